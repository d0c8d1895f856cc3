"""near_dedup's four steps driven by hand across tasks, as the runner chains them, on real English
web text and Chinese instruction data with injected near-copies."""

from __future__ import annotations

import copy
import csv
import gzip
import json
import pickle
import random
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from datatrove.data import Document

from corpusmill.filters.base import ORDER, Reject
from corpusmill.filters.dedup.minhash import optimal_bands_rows
from corpusmill.filters.dedup.near import NearDedup, NearDedupParams
from corpusmill.filters.dedup.near.layout import id_ends_path, ids_path, manifest_path, sorted_path
from tests.helpers import CollectedRejects

BOILERPLATE_EN = "By clicking “Post Your Answer”, you agree to our terms of service, privacy policy and cookie policy"
BOILERPLATE_ZH = "本文来源于网络，版权归原作者所有，如有侵权请联系删除。"
WORDS = re.compile(r"\w+")


def shingles(text: str, cjk: bool) -> set[str]:
    """An independent oracle: word or character 5-grams in plain Python."""
    if cjk:
        chars = "".join(WORDS.findall(text.lower()))
        return {chars[i : i + 5] for i in range(len(chars) - 4)}
    words = WORDS.findall(text.lower())
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def distinct(texts: list[str], cjk: bool, wanted: int) -> list[str]:
    """Texts no two of which are near each other (so the only duplicates are the injected ones)."""
    chosen: list[tuple[str, set[str]]] = []
    for text in texts:
        own = shingles(text, cjk)
        if all(jaccard(own, other) < 0.15 for _, other in chosen):
            chosen.append((text, own))
        if len(chosen) == wanted:
            break
    return [text for text, _ in chosen]


@dataclass
class Corpus:
    docs: list[Document]
    copy_of: dict[str, str]  # injected copy id -> base id


def make_docs(texts: list[str], prefix: str, start: int, language: str | None = None) -> list[Document]:
    meta = {} if language is None else {"language": language}
    return [Document(text=t, id=f"{prefix}{i}", metadata={ORDER: start + i, **meta}) for i, t in enumerate(texts)]


def english_copy(text: str, kind: int, rng: random.Random) -> str:
    if kind == 0:  # word edits
        words = text.split(" ")
        for i in rng.sample(range(len(words)), max(1, len(words) // 100)):
            words[i] = "changed"
        return " ".join(words)
    if kind == 1:  # boilerplate added
        return f"{text}\n{BOILERPLATE_EN}"
    paragraphs = text.split("\n")  # paragraphs reordered
    return "\n".join(paragraphs[len(paragraphs) // 2 :] + paragraphs[: len(paragraphs) // 2])


def chinese_copy(text: str, kind: int, rng: random.Random) -> str:
    if kind == 0:  # character edits
        chars = list(text)
        han = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
        for i in rng.sample(han, max(1, len(han) // 100)):
            chars[i] = "的"
        return "".join(chars)
    return f"{BOILERPLATE_ZH}{text}"


@pytest.fixture(scope="module")
def english(test_data: Path) -> list[str]:
    path = test_data / "web" / "text" / "dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    return distinct([t for t in texts if 200 <= len(t.split()) <= 3000 and t.count("\n") >= 3], False, 90)


@pytest.fixture(scope="module")
def chinese(test_data: Path) -> list[str]:
    path = test_data / "sft" / "zh" / "carbonz0_zh-data-part-00.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = json.load(handle)
    texts = [r["instruction"] + "\n" + r["input"] + "\n" + r["output"] for r in records]
    return distinct([t for t in texts if len(t) >= 250], True, 90)


@pytest.fixture(scope="module")
def corpus(english: list[str], chinese: list[str]) -> Corpus:
    """Bases, then their copies (so keep=first keeps the base). Chinese records carry no language
    label: the script alone must choose character shingles."""
    rng = random.Random(0)
    docs = make_docs(english, "en", 0) + make_docs(chinese, "zh", 1000)
    copies_en = [english_copy(t, i % 3, rng) for i, t in enumerate(english[:30])]
    copies_zh = [chinese_copy(t, i % 2, rng) for i, t in enumerate(chinese[:30])]
    docs += make_docs(copies_en, "en-copy", 2000) + make_docs(copies_zh, "zh-copy", 3000)
    copy_of = {f"en-copy{i}": f"en{i}" for i in range(30)} | {f"zh-copy{i}": f"zh{i}" for i in range(30)}
    rng.shuffle(docs)  # records reach the tasks out of order; _order still decides
    return Corpus(docs, copy_of)


def run(
    stage: NearDedup, workdir: Path, docs: list[Document], tasks: int
) -> tuple[list[str], dict[str, Reject], list[dict[str, float]]]:
    """Signature step per rank, every reduce run, then the filter per rank: kept ids, rejects by
    id and the filter's counters per rank."""
    shards = [docs[r::tasks] for r in range(tasks)]
    signatures = stage.signature_step(str(workdir))
    for rank, shard in enumerate(shards):
        before = copy.deepcopy(shard)
        passed = list(signatures.run(iter(shard), rank, tasks))
        assert passed == before  # every record forwarded, unchanged
    for steps, n in stage.reduce_runs(str(workdir), tasks):
        for rank in range(n):
            for step in steps:
                step.run(None, rank, n)
    kept, counters = [], []
    sink = CollectedRejects()
    for rank, shard in enumerate(shards):
        filt = stage.filter_step(str(workdir))
        filt.bind("05_near_dedup", sink)
        kept += [doc.id for doc in filt.run(iter(shard), rank, tasks)]
        counters.append({key: filt.stats[key].total for key in ("in", "kept", "rejected:near_duplicate")})
    return sorted(kept), {doc_id: reject for doc_id, _, reject in sink.rows}, counters


SENSITIVE = NearDedupParams(threshold=0.5)  # the copies are at Jaccard ~0.9: caught with certainty


def test_injected_copies_are_removed_and_point_to_their_base(corpus: Corpus, tmp_path: Path) -> None:
    stage = NearDedup(SENSITIVE)
    kept, rejects, counters = run(stage, tmp_path / "w", corpus.docs, tasks=3)
    assert {doc_id: r.duplicate_of for doc_id, r in rejects.items()} == corpus.copy_of
    assert {r.reason for r in rejects.values()} == {"near_duplicate"}
    assert len(kept) == len(corpus.docs) - len(corpus.copy_of)
    for rank_counters in counters:
        assert rank_counters["in"] == rank_counters["kept"] + rank_counters["rejected:near_duplicate"]
    assert sum(c["in"] for c in counters) == len(corpus.docs)
    assert sum(c["rejected:near_duplicate"] for c in counters) == len(corpus.copy_of)

    text = {doc.id: doc.text for doc in corpus.docs}
    for doc_id, reject in rejects.items():
        cjk = doc_id.startswith("zh")
        exact = jaccard(shingles(text[doc_id], cjk), shingles(text[reject.duplicate_of], cjk))
        assert reject.similarity == pytest.approx(exact, abs=0.15)
        assert reject.detail == "cluster of 2 records"

    summary = stage.summary(str(tmp_path / "w"))
    assert summary["clusters"] == 60
    assert summary["cluster_sizes"] == {"2": 60}
    assert summary["duplicates_removed"] == 60
    assert summary["records"] == len(corpus.docs)


def test_result_does_not_depend_on_the_task_count(corpus: Corpus, tmp_path: Path) -> None:
    stage = NearDedup(NearDedupParams())
    one = run(stage, tmp_path / "one", corpus.docs, tasks=1)
    four = run(stage, tmp_path / "four", corpus.docs, tasks=4)
    assert one[0] == four[0]
    assert {k: r.duplicate_of for k, r in one[1].items()} == {k: r.duplicate_of for k, r in four[1].items()}
    assert len(one[1]) >= 0.9 * len(corpus.copy_of)  # default threshold 0.7 still finds the copies
    # one task doing every unit writes what one task per unit writes
    folder = tmp_path / "one" / "edges"
    together = {p.name: p.read_bytes() for p in folder.glob("*.i64")}
    assert len(together) == stage.params.lsh_shape()[0]  # a small run: one unit per band
    edges = stage.reduce_runs(str(tmp_path / "one"), 1)[0][0][0]
    for path in folder.iterdir():
        path.unlink()
    for rank in range(len(together)):
        edges.run(None, rank, len(together))
    assert {p.name: p.read_bytes() for p in folder.glob("*.i64")} == together


def test_keep_rules(english: list[str], tmp_path: Path) -> None:
    base = english[0]
    texts = [base, f"{base}\n{BOILERPLATE_EN}", english_copy(base, 0, random.Random(1)), english[1]]
    docs = make_docs(texts, "r", 0)
    for doc, quality in zip(docs, [0.2, 0.9, 0.9, 0.1], strict=True):
        doc.metadata["quality_score"] = quality
    expected = {"first": "r0", "longest": "r1", "highest_quality": "r1"}  # r1 and r2 tie on quality
    for keep, winner in expected.items():
        params = SENSITIVE.model_copy(update={"keep": keep})
        kept, rejects, _ = run(NearDedup(params), tmp_path / keep, docs, tasks=2)
        assert kept == sorted({winner, "r3"})
        assert {r.duplicate_of for r in rejects.values()} == {winner}
    del docs[1].metadata["quality_score"]  # a missing quality ranks last
    best = NearDedup(SENSITIVE.model_copy(update={"keep": "highest_quality"}))
    kept, _, _ = run(best, tmp_path / "missing", docs, tasks=2)
    assert kept == ["r2", "r3"]


def test_empty_and_mixed_script_records_and_idle_tasks(tmp_path: Path) -> None:
    texts = ["", "   ", "!!!", "我们使用TensorFlow构建模型，然后部署到Android应用程序中。", "short"]
    docs = make_docs([*texts, "我们使用TensorFlow构建模型，然后部署到Android应用程序中！"], "r", 0)
    kept, rejects, counters = run(NearDedup(SENSITIVE), tmp_path / "w", docs, tasks=8)
    assert [c["in"] for c in counters] == [1, 1, 1, 1, 1, 1, 0, 0]  # tasks without records work too
    assert kept == ["r0", "r1", "r2", "r3", "r4"]
    assert rejects["r5"].duplicate_of == "r3"
    assert rejects["r5"].similarity == 1.0


def test_settled_records_join_no_cluster(english: list[str], tmp_path: Path) -> None:
    """A tagged run's settled record (what language would reject) gets no signature: a reject run
    never shows it to near_dedup, so it neither joins a cluster nor joins two together."""
    base = english[0]
    texts = [base, english_copy(base, 0, random.Random(1)), english[1], english_copy(english[1], 1, random.Random(2))]
    docs = make_docs(texts, "r", 0)
    docs[1].metadata["language.reason"] = "language:fr"  # settled: its copy of r0 must not be removed
    stage = NearDedup(SENSITIVE)
    stage.settled_by = ("language.reason",)
    kept, rejects, _ = run(stage, tmp_path / "tagged", docs, tasks=2)
    assert kept == ["r0", "r1", "r2"]
    assert rejects["r3"].duplicate_of == "r2"
    stage.settled_by = ()
    kept, _, _ = run(stage, tmp_path / "plain", docs, tasks=2)
    assert kept == ["r0", "r2"]  # the same records signed: r1 goes as r0's copy


def test_missing_order_is_a_clear_error(tmp_path: Path) -> None:
    step = NearDedup().signature_step(str(tmp_path))
    with pytest.raises(RuntimeError, match="_order"):
        list(step.run(iter([Document(text="no order", id="x")]), 0, 1))


def test_steps_pickle_for_the_executors(tmp_path: Path) -> None:
    stage = NearDedup(NearDedupParams(keep="longest"))
    steps = [stage.signature_step(str(tmp_path)), stage.filter_step(str(tmp_path))]
    steps += [step for run_steps, _ in stage.reduce_runs(str(tmp_path), 2) for step in run_steps]
    for step in steps:
        assert pickle.loads(pickle.dumps(step)).params == stage.params


def test_partial_reruns_are_detected(corpus: Corpus, tmp_path: Path) -> None:
    stage = NearDedup(SENSITIVE)
    workdir = tmp_path / "w"
    docs = corpus.docs[:120]
    run(stage, workdir, docs, tasks=2)
    edges, clusters = (steps[0] for steps, _ in stage.reduce_runs(str(workdir), 2))
    bands = stage.params.lsh_shape()[0]

    # a signature task re-run on other input: the old edges and removals no longer apply
    shard = docs[0::2]
    list(stage.signature_step(str(workdir)).run(iter(shard[:-1]), 0, 2))
    with pytest.raises(RuntimeError, match="other signatures"):
        clusters.run(None, 0, 1)
    with pytest.raises(RuntimeError, match="other signatures"):
        list(stage.filter_step(str(workdir)).run(iter(shard[:-1]), 0, 2))
    list(stage.signature_step(str(workdir)).run(iter(shard), 0, 2))

    # a band file cut short (a task killed while publishing) or a missing rank's manifest
    band_file = workdir / sorted_path(3, 1)
    band_file.write_bytes(band_file.read_bytes()[:-12])
    (workdir / "edges" / "000003.json").unlink()  # finished units are not redone
    with pytest.raises(RuntimeError, match="rerun the same command"):
        edges.run(None, 3, bands)
    (workdir / manifest_path(1)).unlink()
    with pytest.raises(RuntimeError, match="1 of 2 tasks missing"):
        edges.run(None, 0, bands)

    # a filter fed other records than its signature step saw
    run(stage, workdir, docs, tasks=2)
    with pytest.raises(RuntimeError, match="input changed"):
        list(stage.filter_step(str(workdir)).run(iter(docs[0::2][:-3]), 0, 2))
    with pytest.raises(RuntimeError, match="same task count"):
        list(stage.filter_step(str(workdir)).run(iter(docs), 0, 1))

    # an id file cut short, then signatures of an older release (ids without their end offsets)
    ids = workdir / ids_path(1)
    ids.write_bytes(ids.read_bytes()[:-5])
    with pytest.raises(RuntimeError, match="rerun the same command"):
        clusters.run(None, 0, 1)
    (workdir / id_ends_path(0)).unlink()
    with pytest.raises(RuntimeError, match="older corpusmill"):
        clusters.run(None, 0, 1)


def index_rows(index: Path) -> dict[str, int]:
    return {p.name: pq.ParquetFile(p).metadata.num_rows for p in sorted(index.glob("part-*.parquet"))}


def test_cross_run_index(corpus: Corpus, english: list[str], chinese: list[str], tmp_path: Path) -> None:
    index = tmp_path / "index"
    first_docs = make_docs(english[:50], "a", 0) + make_docs(chinese[:50], "b", 100, language="zh")
    params = SENSITIVE.model_copy(update={"index": str(index)})
    kept, rejects, _ = run(NearDedup(params), tmp_path / "run1", first_docs, tasks=2)
    assert not rejects
    assert sum(index_rows(index).values()) == 100

    # a re-run of the same run folder neither matches its own index entries nor adds them twice
    kept_again, rejects_again, _ = run(NearDedup(params), tmp_path / "run1", first_docs, tasks=2)
    assert (kept_again, rejects_again) == (kept, {})
    assert sum(index_rows(index).values()) == 100

    rng = random.Random(5)
    copies = [english_copy(t, i % 3, rng) for i, t in enumerate(english[:10])]
    copies += [chinese_copy(t, i % 2, rng) for i, t in enumerate(chinese[:10])]
    fresh = english[50:60] + chinese[50:60]
    second_docs = make_docs(copies + fresh, "c", 0)
    kept, rejects, _ = run(NearDedup(params), tmp_path / "run2", second_docs, tasks=3)
    expected = {f"c{i}": f"a{i}" for i in range(10)} | {f"c{10 + i}": f"b{i}" for i in range(10)}
    assert {k: r.duplicate_of for k, r in rejects.items()} == expected
    assert {r.detail for r in rejects.values()} == {"matches a record of the index"}
    assert kept == sorted(f"c{i}" for i in range(20, 40))
    assert sum(index_rows(index).values()) == 120  # the new run's kept records joined
    assert NearDedup(params).summary(str(tmp_path / "run2"))["removed_as_index_matches"] == 20

    # read_only: decontamination against the index, which does not grow
    before = index_rows(index)
    read_only = params.model_copy(update={"index_mode": "read_only"})
    third_docs = make_docs([english_copy(english[55], 1, rng), english[70]], "d", 0)
    kept, rejects, _ = run(NearDedup(read_only), tmp_path / "run3", third_docs, tasks=1)
    assert kept == ["d1"]
    assert rejects["d0"].duplicate_of == "c25"
    assert index_rows(index) == before

    missing = read_only.model_copy(update={"index": str(tmp_path / "no-index")})
    with pytest.raises(ValueError, match="no index"):
        run(NearDedup(missing), tmp_path / "run5", third_docs, tasks=1)

    other = params.model_copy(update={"num_perm": 64})
    with pytest.raises(ValueError, match="not comparable"):
        run(NearDedup(other), tmp_path / "run4", third_docs, tasks=1)


def test_plagiarism_corpus_whole_copies_go_independent_answers_stay(test_data: Path, tmp_path: Path) -> None:
    """Clough & Stevenson's short answers: the three that copy their Wikipedia source almost
    whole (Jaccard >= 0.85) are removed; the 38 written independently on the same topics stay.
    Other removals may only be answers made from the source (cut-and-paste, light or heavy
    revision: one cut answer is at 3-gram Jaccard 0.58 of its source)."""
    folder = test_data / "neardup" / "clough_stevenson_plagiarism"
    with (folder / "file_information.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows.sort(key=lambda r: r["Category"] != "orig")  # the sources come first

    def read(name: str) -> str:
        raw = (folder / "files" / name).read_bytes()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252")

    docs = [Document(text=read(r["File"]), id=r["File"], metadata={ORDER: i}) for i, r in enumerate(rows)]
    kept, rejects, _ = run(NearDedup(), tmp_path / "w", docs, tasks=2)
    whole_copies = {"g0pE_taska.txt": "orig_taska.txt", "g4pC_taska.txt": "orig_taska.txt"}
    whole_copies["g3pA_taskd.txt"] = "orig_taskd.txt"
    assert whole_copies.items() <= {k: r.duplicate_of for k, r in rejects.items()}.items()
    assert set(rejects) <= {*whole_copies, *(r["File"] for r in rows if r["Category"] in ("cut", "light", "heavy"))}
    independent = {r["File"] for r in rows if r["Category"] == "non"}
    assert len(independent) == 38 and independent <= set(kept)


def edited(text: str, rng: random.Random, share: float, cjk: bool) -> str:
    """``share`` of the words (CJK: characters) replaced, deleted or inserted, a third each."""
    units = list(text) if cjk else text.split(" ")
    where = [i for i, u in enumerate(units) if ("\u4e00" <= u <= "\u9fff") or (not cjk and u)]
    filler = "的是了在有" if cjk else ["new", "old", "today", "update", "here"]
    for n, i in enumerate(rng.sample(where, max(1, round(len(where) * share)))):
        word = rng.choice(filler)
        units[i] = (word, "", units[i] + ("" if cjk else " ") + word)[n % 3]
    return ("" if cjk else " ").join(units)


def spacing(text: str, cjk: bool) -> str:
    if cjk:
        return re.sub(r"([\u4e00-\u9fff])", r"\1 ", text.replace("\n", "")).replace(",", "，")
    return text.upper().replace("\n", " ").replace(" ", "  ")


COPIES = {
    "header_footer": lambda t, rng, cjk: f"{BOILERPLATE_ZH if cjk else BOILERPLATE_EN}\n{t}",
    "swap": lambda t, rng, cjk: "\n".join(reversed(t.split("\n"))),
    "case_spacing": lambda t, rng, cjk: spacing(t, cjk),
    "edit": lambda t, rng, cjk: edited(t, rng, 0.06 if not cjk else 0.05, cjk),
    "edit_header_footer": lambda t, rng, cjk: (
        edited(t, rng, 0.06 if not cjk else 0.05, cjk) + f"\n{BOILERPLATE_ZH if cjk else BOILERPLATE_EN}"
    ),
}


@pytest.mark.parametrize("kind", COPIES)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_kind_of_copy_is_caught_with_the_defaults(
    kind: str, language: str, english: list[str], chinese: list[str], tmp_path: Path
) -> None:
    """With the default settings (3-grams, threshold 0.6 verified on candidate pairs) copies with
    6% of the words (zh: 5% of the characters) edited, also with a boilerplate line added, are
    found; 5-gram shingles at 0.7 (the old defaults) miss most of the edited ones."""
    cjk = language == "zh"
    bases = (chinese if cjk else english)[:40]
    rng = random.Random(7)
    copies = [COPIES[kind](t, rng, cjk) for t in bases[:20]]
    docs = make_docs(bases, "base", 0, language) + make_docs(copies, "copy", 100, language)
    _, rejects, _ = run(NearDedup(), tmp_path / "w", docs, tasks=2)
    assert set(rejects) <= {f"copy{i}" for i in range(20)}  # no base goes
    assert len(rejects) >= 19
    assert all(rejects[f"copy{i}"].duplicate_of == f"base{i}" for i in range(20) if f"copy{i}" in rejects)


def test_candidate_pairs_are_verified_on_their_whole_signatures(english: list[str], tmp_path: Path) -> None:
    """Texts made of half of one base and half of another (Jaccard ~0.3 with each) share many
    bands when bands have 2 rows, but their signatures agree on far fewer than ``threshold`` of
    the slots: candidates, never duplicates."""
    words = [t.split(" ") for t in english[:20]]
    mixed = [" ".join(a[: len(a) // 2] + b[len(b) // 2 :]) for a, b in zip(words[::2], words[1::2], strict=True)]
    docs = make_docs(english[:20], "base", 0) + make_docs(mixed, "mixed", 100)
    stage = NearDedup(NearDedupParams(bands=64, rows=2))
    kept, rejects, _ = run(stage, tmp_path / "w", docs, tasks=1)
    assert rejects == {} and len(kept) == len(docs)
    summary = stage.summary(str(tmp_path / "w"))
    assert summary["candidate_pairs"] >= 15
    assert summary["verified_pairs"] == 0


def test_banding_leans_to_recall_because_pairs_are_verified():
    """Derived bands and rows find a pair at the threshold with high probability (the
    verification drops the chance ones), where the balanced choice finds fewer than half."""
    params = NearDedupParams()
    bands, rows = params.lsh_shape()
    assert bands * rows <= params.num_perm
    found_at_threshold = 1 - (1 - params.threshold**rows) ** bands
    assert found_at_threshold >= 0.8
    balanced_bands, balanced_rows = optimal_bands_rows(params.threshold, params.num_perm)
    assert 1 - (1 - params.threshold**balanced_rows) ** balanced_bands < 0.5
