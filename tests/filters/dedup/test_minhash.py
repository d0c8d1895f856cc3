"""The vectorised MinHash core: normalisation, CJK-aware tokens and shingles, signatures, LSH
parameters and the union-find."""

from __future__ import annotations

import gzip
import json
import random
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from datasketch.lsh import _optimal_param

from corpusmill.filters.dedup.minhash import (
    CODE_POINT_TABLE,
    EMPTY_SLOT,
    MinHasher,
    band_hashes,
    build_code_point_tables,
    code_point_tables,
    connected_components,
    equal_hash_edges,
    estimated_jaccard,
    optimal_bands_rows,
    shingle_hashes,
    tokenize,
    uses_cjk_shingles,
    write_code_point_table,
)


def token_lists(texts: list[str]) -> list[list[int]]:
    tokens = tokenize(texts)
    ends = np.cumsum(tokens.counts)
    return [tokens.hashes[end - n : end].tolist() for n, end in zip(tokens.counts, ends, strict=True)]


def shingle_sets(texts: list[str], ngram: int = 5) -> list[set[int]]:
    tokens = tokenize(texts)
    hashes, counts = shingle_hashes(tokens, np.full(len(texts), ngram))
    ends = np.cumsum(counts)
    return [set(hashes[end - n : end].tolist()) for n, end in zip(counts, ends, strict=True)]


@pytest.fixture(scope="module")
def web_texts(test_data: Path) -> list[str]:
    path = test_data / "web" / "text" / "dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    return [t for t in texts if 150 <= len(t.split()) <= 2000][:60]


@pytest.fixture(scope="module")
def zh_lines(test_data: Path) -> list[str]:
    return (test_data / "langid" / "zh.txt").read_text(encoding="utf-8").splitlines()


def test_case_width_punctuation_whitespace_and_digits_are_folded() -> None:
    a, b, c, d = token_lists(
        [
            "Hello, WORLD!!  Call 555-1234.",
            "hello world\n\tcall 999 0000",
            "ＨＥＬＬＯ　ｗｏｒｌｄ：call １２３-４５６７",
            "hello world call 55 1234",
        ]
    )
    assert len(a) == 5
    assert a == b == c
    assert d != a  # digits fold one by one: a number keeps its length


def test_cjk_characters_are_single_tokens_inside_mixed_text() -> None:
    mixed, latin, han = token_lists(["我们使用TensorFlow构建模型。", "TensorFlow", "我们使用构建模型"])
    assert len(mixed) == 9
    assert mixed[4] == latin[0]
    assert mixed[:4] + mixed[5:] == han
    share = tokenize(["我们使用TensorFlow构建模型", "The word 你好 means hello", "日本語のテキスト", "한국어 문장"])
    assert share.cjk_share[0] > 0.4
    assert share.cjk_share[1] < 0.2
    assert share.cjk_share[2] == share.cjk_share[3] == 1.0


def test_language_label_decides_the_shingles_else_the_script() -> None:
    share = np.array([0.9, 0.9, 0.0, 0.0, 0.1, 0.5])
    labels = [None, "en", "zh-Hant", "ja", None, "ko_KR"]
    assert uses_cjk_shingles(share, labels).tolist() == [True, False, True, True, False, True]


def test_cjk_records_use_the_character_ngram_size(zh_lines: list[str]) -> None:
    text = zh_lines[0]
    hasher = MinHasher(num_perm=64, ngram=5, cjk_ngram=2, seed=1)
    as_zh, _ = hasher.signatures([text], ["zh"])
    as_en, _ = hasher.signatures([text], ["en"])
    by_script, _ = hasher.signatures([text])
    bigrams = MinHasher(num_perm=64, ngram=2, cjk_ngram=2, seed=1).signatures([text], ["en"])[0]
    assert np.array_equal(as_zh, by_script)
    assert np.array_equal(as_zh, bigrams)
    assert not np.array_equal(as_zh, as_en)


def test_short_empty_and_punctuation_only_texts() -> None:
    hasher = MinHasher(num_perm=32, ngram=5, cjk_ngram=5, seed=1)
    signatures, counts = hasher.signatures(["", "!!! ...", "Hello", "hello!", "你好", "hello there"])
    assert counts.tolist() == [0, 0, 1, 1, 1, 1]
    assert (signatures[:2] == EMPTY_SLOT).all()
    assert np.array_equal(signatures[2], signatures[3])
    assert not np.array_equal(signatures[2], signatures[5])
    bands = band_hashes(signatures, 4, 8)
    assert (bands[:2] == 0).all() and (bands[2:] != 0).all()


def test_a_signature_does_not_depend_on_its_batch(web_texts: list[str], zh_lines: list[str]) -> None:
    hasher = MinHasher(num_perm=64, ngram=5, cjk_ngram=5, seed=7)
    texts = [*web_texts[:20], "", *zh_lines[:20], "tiny"]
    together, counts = hasher.signatures(texts)
    assert counts.sum() > 3 * 2048  # the batch spans several permutation blocks
    alone = np.vstack([hasher.signatures([t])[0] for t in texts])
    assert np.array_equal(together, alone)
    reseeded, _ = MinHasher(num_perm=64, ngram=5, cjk_ngram=5, seed=8).signatures(texts)
    assert estimated_jaccard(together[:20], reseeded[:20]).max() < 0.2


def _edit_words(text: str, rng: random.Random, share: float) -> str:
    words = text.split()
    for i in rng.sample(range(len(words)), int(len(words) * share)):
        words[i] = "edited"
    return " ".join(words)


def test_estimate_tracks_exact_jaccard_on_real_text(web_texts: list[str], zh_lines: list[str]) -> None:
    rng = random.Random(0)
    chinese = ["".join(zh_lines[i : i + 4]) for i in range(0, 160, 4)]
    left = web_texts[:40] + chinese
    right = [_edit_words(t, rng, rng.uniform(0.0, 0.2)) for t in web_texts[:40]]
    right += ["".join(c if rng.random() > 0.05 else "字" for c in t) for t in chinese]
    hasher = MinHasher(num_perm=256, ngram=5, cjk_ngram=5, seed=1)
    estimate = estimated_jaccard(hasher.signatures(left)[0], hasher.signatures(right)[0])
    exact = np.array([len(a & b) / len(a | b) for a, b in zip(shingle_sets(left), shingle_sets(right), strict=True)])
    assert exact.min() < 0.5 < exact.max()
    assert np.abs(estimate - exact).max() < 0.1
    assert np.abs(estimate - exact).mean() < 0.03


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.75, 0.8, 0.9])
@pytest.mark.parametrize("num_perm", [64, 128, 256])
def test_lsh_parameters_match_datasketch(threshold: float, num_perm: int) -> None:
    assert optimal_bands_rows(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_band_hashes_are_equal_exactly_when_the_band_is() -> None:
    rng = np.random.default_rng(0)
    signatures = rng.integers(0, 2**32 - 1, size=(3, 12), dtype=np.uint32)
    signatures[1, :4] = signatures[0, :4]  # same first band
    signatures[2, 8:] = signatures[0, 8:]  # same third band
    bands = band_hashes(signatures, 3, 4)
    assert (bands[0] == bands[1]).tolist() == [True, False, False]
    assert (bands[0] == bands[2]).tolist() == [False, False, True]


def _reference_components(edges: list[tuple[int, int]]) -> dict[int, int]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {x: min(y for y in parent if find(y) == find(x)) for x in parent}


def test_union_find_matches_a_reference_on_random_graphs() -> None:
    rng = random.Random(3)
    for _ in range(20):
        ids = rng.sample(range(10**9), 60)
        edges = [(rng.choice(ids), rng.choice(ids)) for _ in range(rng.randrange(1, 80))]
        nodes, roots = connected_components(np.array(edges, np.int64))
        assert dict(zip(nodes.tolist(), roots.tolist(), strict=True)) == _reference_components(edges)
    chain = np.array([(i, i + 1) for i in range(5000)], np.int64)
    assert set(connected_components(chain[::-1].copy())[1].tolist()) == {0}
    nodes, roots = connected_components(np.zeros((0, 2), np.int64))
    assert nodes.size == roots.size == 0


def test_equal_band_hashes_become_star_edges() -> None:
    hashes = np.array([5, 7, 5, 9, 5, 7], np.uint64)
    nodes = np.array([10, 11, 12, 13, 14, 15])
    edges = equal_hash_edges(hashes, nodes)
    assert sorted(map(tuple, edges.tolist())) == [(10, 12), (10, 14), (11, 15)]


def test_three_gram_signatures_separate_edited_copies_from_other_texts(
    web_texts: list[str], zh_lines: list[str]
) -> None:
    """What ``near_dedup``'s verification relies on (3-grams, 128 permutations, threshold 0.6):
    copies with 6% of the words (zh: 5% of the characters) replaced stay above the threshold
    (all but the odd one, an estimate's spread at 128 permutations being ~0.04),
    different texts of the same source (almost all) far below it, English and Chinese alike."""
    rng = random.Random(3)
    chinese = ["".join(zh_lines[i : i + 4]) for i in range(0, 160, 4)]
    texts = web_texts[:40] + chinese
    copies = [_edit_words(t, rng, 0.06) for t in web_texts[:40]]
    copies += ["".join(c if rng.random() > 0.05 else "字" for c in t) for t in chinese]
    hasher = MinHasher(num_perm=128, ngram=3, cjk_ngram=3, seed=1)
    originals, edited = hasher.signatures(texts)[0], hasher.signatures(copies)[0]
    similarity = estimated_jaccard(originals, edited)
    assert (similarity >= 0.6).mean() >= 0.95 and similarity.min() >= 0.5  # 5-grams: ~0.55 on average
    others = estimated_jaccard(originals, np.roll(originals, 1, axis=0))
    assert (others < 0.1).mean() >= 0.95  # a few pages of one site share their boilerplate
    exact = np.array(
        [len(a & b) / len(a | b) for a, b in zip(shingle_sets(texts, 3), shingle_sets(copies, 3), strict=True)]
    )
    assert np.abs(estimated_jaccard(originals, edited) - exact).mean() < 0.04


def test_shipped_code_point_table_is_what_unicodedata_gives(tmp_path: Path) -> None:
    """Fails after a Python upgrade changes Unicode: then run
    ``python -c "from corpusmill.filters.dedup.minhash import write_code_point_table as w; w()"``."""
    assert str(np.load(CODE_POINT_TABLE)["unidata_version"]) == unicodedata.unidata_version
    shipped, built = code_point_tables(), build_code_point_tables()
    assert all(np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(shipped, built, strict=True))
    write_code_point_table(tmp_path / "table.npz")
    with np.load(tmp_path / "table.npz") as fresh, np.load(CODE_POINT_TABLE) as saved:
        assert sorted(fresh.files) == sorted(saved.files)
        assert all(np.array_equal(fresh[name], saved[name]) for name in saved.files)
