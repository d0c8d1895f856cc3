"""The memoised spaCy port gives spaCy's tokens (from the shipped rule table too, without importing
spaCy) and datatrove's sentence counts; the numpy repetition measures equal datatrove's Python ones."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import spacy
from datatrove.pipeline.filters.gopher_repetition_filter import find_all_duplicate, find_top_duplicate, get_n_grams
from datatrove.utils.text import split_into_sentences, split_into_words

from corpusmill.filters.quality import QualityParams, explain, spacy_tables, words
from corpusmill.filters.quality.repetition import (
    RADIX_FROM,
    duplicate_chars,
    first_occurrences,
    joined_window_hashes,
    most_frequent,
    most_frequent_windows,
    string_hashes,
    window_hashes,
)
from corpusmill.filters.quality.spacy_tables import extract
from corpusmill.filters.quality.words import ODD_WHITESPACE, SpacyRules, WordSplitter

# fmt: off
TRICKY = [
    "can't", "Don't!", "U.S.A.", "e.g.,", "(hello)", '"quoted"', "x''", "''word", ":)", ":P).", "10km", "$5.00",
    "3.5%", "1,000", "well-known", "http://example.com/a?b=1", "www.example.org.", "user@mail.com", "a....",
    "..." * 12, "....x", "AB.", "A.", "Mr.", "gonna", "cannot", "it's", "O'Neil's", "—dash—", "5°C.", "1990s",
    "e-mail:", "#hashtag", "50/50", "a/b", "x=y", "<tag>", "[1]", "snake_case", "ÀÉÎ.", "naïve,", "😀!",
]
# fmt: on


def web_chunks(test_data: Path, n: int) -> list[str]:
    path = test_data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt") as f:
        chunks = sorted({c for line in f for c in json.loads(line)["text"].split()})
    return random.Random(0).sample(chunks, n) + TRICKY


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_chunk_tokens_equal_spacy(test_data: Path, language: str) -> None:
    tokenizer = spacy.blank(language).tokenizer
    rules = SpacyRules(extract(tokenizer))
    for chunk in web_chunks(test_data, 6000):
        assert rules.tokenize(chunk) == [t.text for t in tokenizer(chunk)], chunk


REGENERATE = "regenerate it with: python -m corpusmill.filters.quality.spacy_tables"


def test_shipped_table_equals_installed_spacy() -> None:
    table = spacy_tables.shipped_table()
    assert table is not None, f"spacy_rules.json.gz was extracted from another spaCy; {REGENERATE}"
    # Compared as JSON text: the order of the special cases matters too (see SpacyRules).
    assert json.dumps(table) == json.dumps(spacy_tables.build_table()), f"spacy_rules.json.gz is stale; {REGENERATE}"


@pytest.mark.parametrize("language", spacy_tables.SHIPPED_LANGUAGES)
def test_tokens_from_shipped_table_equal_spacy(test_data: Path, language: str) -> None:
    table = spacy_tables.shipped_table()
    assert table is not None, REGENERATE
    tokenizer = spacy.blank(language).tokenizer
    rules = SpacyRules(table["languages"][language])
    for chunk in web_chunks(test_data, 3000):
        assert rules.tokenize(chunk) == [t.text for t in tokenizer(chunk)], chunk


def test_other_spacy_version_reads_rules_from_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spacy_tables, "installed_spacy_version", lambda: "0.0.0")
    spacy_tables.shipped_table.cache_clear()
    try:
        assert spacy_tables.shipped_table() is None
        assert spacy_tables.tokenizer_rules("en") == extract(spacy.blank("en").tokenizer)
        assert spacy_tables.tokenizer_rules("zh") == extract(spacy.blank("xx").tokenizer)
    finally:
        spacy_tables.shipped_table.cache_clear()


def test_worker_does_not_import_spacy(repo: Path) -> None:
    code = (
        "import sys\n"
        "from corpusmill.filters.quality.words import word_splitter\n"
        "splitter = word_splitter('en')\n"
        "splitter.ids('Hello, world! (It works.) U.S.A. http://example.com')\n"
        "assert splitter.count_sentences('One sentence. Another one! A third?') == 3\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False", "building the English word splitter imported spaCy"


def test_document_tokens_equal_datatrove(test_data: Path) -> None:
    splitter = WordSplitter("en")
    names = {i: t for t, i in splitter.vocab.ids.items()}
    with open(test_data / "web/text/llamafactory_c4_demo.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line)["text"] for line in f][:60]
    for text in docs:
        ids = splitter.ids(text)
        names.update({i: t for t, i in splitter.vocab.ids.items()})
        assert [names[i] for i in ids] == split_into_words(text, "en")


def test_vocabulary_properties() -> None:
    splitter = WordSplitter("en")
    ids = splitter.ids("Hello , world ... 42 ## ok")
    vocab = splitter.vocab
    assert vocab.length[ids].tolist() == [5, 1, 5, 3, 2, 1, 1, 2]
    assert vocab.symbol[ids].tolist() == [False, True, False, True, False, True, True, False]
    assert vocab.alpha[ids].tolist() == [True, False, True, False, False, False, False, True]


def test_sentence_counts_equal_datatrove(test_data: Path) -> None:
    splitter = WordSplitter("en")
    with open(test_data / "web/text/llamafactory_c4_demo.jsonl", encoding="utf-8") as f:
        lines = [x.strip() for line in f for x in json.loads(line)["text"].splitlines() if x.strip()][:600]
    lines += ["Hello.  World.", "a .\tb", "Mr. Smith went. Then!! x", "Hi… there. ok", "“Quoted.” Next one."]
    # lines whose first sentence end is followed by punctuation, a symbol or odd whitespace only
    lines += ["It ended. ?!", "Price. $", "End. ”", "One.\u00a0.", "Yes. -", "Fin. » «", "A.\u3000.", "Go. (", "No. +"]
    lines += ["Two  runs. Then\ta tab.\u00a0 \u00a0Nbsp, .\t!  Next", "End.\t\t. ?  ! x", "A\u2003B. \u00a0. c"]
    expected = [len(split_into_sentences(line, "en")) for line in lines]
    for line, count in zip(lines, expected, strict=True):
        assert splitter.count_sentences(line) == count, line
    # a whole text's lines at once, from its tokens (C4's exact sentence count), with blank lines
    text_lines = [line for pair in zip(lines, [""] * len(lines), strict=True) for line in pair]
    tokens = splitter.split_lines(text_lines)
    spaced = [(i, line) for i, line in enumerate(text_lines) if ODD_WHITESPACE.search(line)]
    assert len(spaced) == 8
    per_line = splitter.sentences_per_line(tokens, spaced)
    assert per_line[0::2].tolist() == expected
    assert [int(n) for n in tokens.per_line[0::2]] == [len(splitter.ids(line)) for line in lines]


def test_words_are_known_without_their_characters_categories() -> None:
    """The vocabulary takes a token starting with a letter or digit for a word without asking
    ``_sentence_class``: no sentence end of spaCy's does."""
    assert not any(mark[:1].isalnum() for mark in spacy_tables.sentence_punct())
    splitter = WordSplitter("en")
    ids = splitter.ids("Go 42 é. « ! - x")
    assert splitter.vocab.sentence_classes(ids).tolist() == [
        words._sentence_class(splitter.vocab.strings[i]) for i in ids.tolist()
    ]


def test_line_tokens_are_the_text_tokens() -> None:
    """Every ``str.splitlines`` break is whitespace to ``str.split``: a text's tokens line by line
    are its tokens, and each line's word and token counts are its own."""
    splitter = WordSplitter("en")
    breaks = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
    text = "".join(f"Line {i}, (word{i}).{sep}" for i, sep in enumerate([*breaks, "\r\n", " \u00a0\t"]))
    lines = text.splitlines()
    tokens = splitter.split_lines(lines)
    assert tokens.ids.tolist() == splitter.ids(text).tolist()
    assert tokens.words == [len(line.split()) for line in lines]
    assert tokens.per_line.tolist() == [len(splitter.ids(line)) for line in lines]
    assert len(lines) == len(breaks) + 2


def test_string_hashes_match_window_hashes() -> None:
    words = ["alpha", "β", "汉字", "", "x" * 40]
    joined = "".join(words)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    whole = window_hashes(codes, len(codes))
    assert string_hashes([joined])[0] == whole[0]
    assert len(set(string_hashes(words).tolist())) == len(words)


def test_repetition_measures_equal_datatrove() -> None:
    rng = random.Random(1)
    vocab = ["a", "bc", "ab", "c", "the", "cat", "sat", "on", "mat", "x"]
    splitter = WordSplitter("en")
    sizes = [2, 3, 5, 7]
    for trial in range(300):
        words = [rng.choice(vocab[: rng.randint(2, len(vocab))]) for _ in range(rng.randint(1, 60))]
        splitter.vocab.add_many(set(words))
        ids = np.array([splitter.vocab.ids[w] for w in words])
        hashes, lengths = splitter.vocab.char_hash[ids], splitter.vocab.length[ids]
        duplicated = duplicate_chars(hashes, lengths, sizes)
        frequent = most_frequent_windows(hashes, sizes)
        for n, dup, (position, count) in zip(sizes, duplicated, frequent, strict=True):
            if len(words) >= n:
                assert dup == find_all_duplicate(words, n), trial
                assert (position, count) == most_frequent(window_hashes(hashes, n)), trial
                chars = int(lengths[position : position + n].sum()) + n - 1
                assert chars * count == find_top_duplicate(get_n_grams(words, n)), trial
            else:
                assert len(joined_window_hashes(hashes, lengths, n)) == 0
                assert (dup, count) == (0, 0)


def test_first_occurrences_of_long_arrays() -> None:
    """Long arrays are sorted by their low 32 bits (radix passes); keys that share those bits but
    differ above must not be taken as equal, nor split a run of equal keys."""
    rng = np.random.default_rng(3)
    base = rng.integers(0, 2**63, 3000, dtype=np.int64).astype(np.uint64)
    twins = base[:50] ^ np.uint64(1 << 40)  # same low 32 bits, other keys
    keys = rng.permutation(np.concatenate([base, base[:1500], twins, base[:50]]))
    groups = np.zeros(len(keys), dtype=np.int64)
    groups[len(keys) // 2 :] = 1  # the same key in two groups is two keys
    assert len(keys) >= RADIX_FROM
    seen: dict[tuple[int, int], int] = {}
    expected = [seen.setdefault((g, k), i) for i, (k, g) in enumerate(zip(keys.tolist(), groups.tolist(), strict=True))]
    assert first_occurrences(keys, groups).tolist() == expected
    no_twins = keys[~np.isin(keys, twins)]
    seen.clear()
    expected = [seen.setdefault(k, i) for i, k in enumerate(no_twins.tolist())]
    assert first_occurrences(no_twins, np.zeros(len(no_twins), dtype=np.int64)).tolist() == expected


def test_memo_starts_over_when_full_without_changing_results(test_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open(test_data / "web/text/llamafactory_c4_demo.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line)["text"] for line in f][:25]
    expected = [explain(QualityParams(), t, "en") for t in docs]
    monkeypatch.setattr(words, "CACHE_LIMIT", 100)
    words.word_splitter.cache_clear()
    try:
        assert [explain(QualityParams(), t, "en") for t in docs] == expected
        assert len(words.word_splitter("en")._chunks) < 2000  # started over at least once
    finally:
        words.word_splitter.cache_clear()
