"""Near-duplicate removal: corpusmill's ``near_dedup`` beside datatrove's MinHash pipeline,
datasketch's ``MinHashLSH`` and rensa's ``RMinHashLSH``, on labelled sets built from the real text
in ../shared/data.

Each set has an English part (Common Crawl text from Dolma, C4, Wikipedia chunks, ShareGPT
answers, Alpaca records) and a Chinese part (Chinese Alpaca translations, BELLE, LLaMA-Factory
records, Chinese language-identification sentences joined into documents). Bases that already
near-duplicate each other (exact Jaccard >= 0.5 of their 5-gram sets) are dropped first, so the
only duplicates are the injected ones. 30% of the bases get one or two copies, all of one kind:

* ``header_footer``: a boilerplate line added before or after (real lines mined from the Common
  Crawl text for English, common Chinese site notices for Chinese);
* ``swap``: two paragraphs (or sentences) swapped;
* ``case_spacing``: letter case and spacing changed (line breaks joined, spaces doubled, spaces
  between Chinese characters, full-width punctuation);
* ``edit``: 1-6% of the words (Chinese: 1-5% of the characters) replaced, deleted or inserted;
* ``edit_header_footer``: the same edits plus a boilerplate line.

A cluster is a base and its copies; a tool should remove all but one record of each cluster.
Scores do not depend on which record a tool keeps: true positives are, per cluster,
min(removed, size - 1); recall per kind counts the clusters of that kind.

``--split tune`` and ``--split heldout`` (the default) use different base documents (the two
halves of the shuffled distinct bases) and different random seeds for the edits: tune settings
on the first, report the second.

Each tool runs in its own subprocess, single process, so the wall time is the whole command
(interpreter start, imports, reading the JSONL, dedup); peak RSS is the process's VmHWM (and
its children's ru_maxrss), CPU time its user + system time. rensa is not a dependency of
corpusmill: ``pip install rensa`` to include it.

    .venv/bin/python benchmarks/dedup.py                      # held-out set, ~7K English + ~7K Chinese docs
    .venv/bin/python benchmarks/dedup.py --split tune --tools corpusmill
    .venv/bin/python benchmarks/dedup.py --bases 1000         # quicker
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib.util
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"  # replaced by --data
NGRAM, NUM_PERM, THRESHOLD = 5, 128, 0.7  # what the other tools are given (their usual settings)
BASE_OVERLAP = 0.5  # bases this similar to an earlier base are dropped before injecting copies
TOOLS = ("corpusmill", "datatrove", "datasketch", "rensa")
KINDS = ("header_footer", "swap", "case_spacing", "edit", "edit_header_footer")
SPLITS = {"tune": (0, 101), "heldout": (1, 202)}  # half of the distinct bases, seed of the edits
SOURCE_SEED = 7  # the shuffle that decides which base goes to which half

ZH_BOILERPLATE = [
    "本文来源于网络，版权归原作者所有，如有侵权请联系删除。",
    "免责声明：本站部分内容转载自互联网，仅供学习交流，不代表本站观点。",
    "分享到：微信 微博 QQ空间 豆瓣 复制链接",
    "扫描二维码关注我们的微信公众号，获取更多精彩内容。",
    "上一篇：返回列表 下一篇：暂无 相关文章推荐",
    "版权所有 © 2019 保留所有权利 京ICP备12345678号",
    "责任编辑：王晓明 发布时间：2021-06-18 阅读次数：1532",
    "点击查看原文 更多资讯请关注本站首页",
]
WORDS = re.compile(r"\w+")
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*")
HAN = re.compile(r"[\u4e00-\u9fff]")
FULL_WIDTH = str.maketrans({",": "，", ".": "。", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"})


# ---------------------------------------------------------------- the labelled set


def _jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _json(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _alpaca_text(record: dict) -> str:
    return "\n".join(part for part in (record["instruction"], record["input"], record["output"]) if part)


def english_texts() -> list[str]:
    web = DATA / "web" / "text"
    texts = [r["text"] for r in _jsonl(web / "dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz")]
    texts += [r["text"] for r in _jsonl(web / "llamafactory_c4_demo.jsonl")]
    for article in (web / "llamafactory_wiki_demo.txt").read_text(encoding="utf-8").splitlines():
        chunk: list[str] = []
        for sentence in SENTENCE_END.split(article):
            chunk.append(sentence)
            if sum(len(s.split()) for s in chunk) >= 250:
                texts.append("\n".join(" ".join(chunk[i : i + 4]) for i in range(0, len(chunk), 4)))
                chunk = []
    for record in _jsonl(DATA / "sft" / "chat" / "sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz"):
        texts += [turn["value"] for turn in record["conversations"] if turn["from"] == "gpt"]
    texts += [_alpaca_text(r) for r in _json(DATA / "sft" / "alpaca" / "alpaca_data.json.gz")]
    return [t for t in texts if len(t.split()) >= 60]


def chinese_texts() -> list[str]:
    zh = DATA / "sft" / "zh"
    texts = [_alpaca_text(r) for r in _json(zh / "llamafactory_alpaca_zh_demo.json")]
    texts += [r["question"] + "\n" + r["std_answer"] for r in _jsonl(zh / "belle_eval_set.jsonl")]
    texts += [_alpaca_text(r) for r in _json(zh / "hikariming_alpaca_data-18280-21320-zh-unfinished.json")]
    for name in ("carbonz0_zh-data-part-00.json.gz", "carbonz0_zh-data-part-01.json.gz"):
        texts += [_alpaca_text(r) for r in _json(zh / name)]
    sentences = (DATA / "langid" / "zh.txt").read_text(encoding="utf-8").splitlines()
    texts += ["\n".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]
    return [t for t in texts if _han_share(t) >= 0.5 and len(t) >= 80]


def _han_share(text: str) -> float:
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    return han / max(sum(c.isalnum() for c in text), 1)


def shingles(text: str, language: str) -> set[str]:
    """The shingles a datasketch or rensa user writes: word 5-grams, or character 5-grams for Chinese."""
    if language == "zh":
        chars = "".join(WORDS.findall(text.lower()))
        return {chars[i : i + NGRAM] for i in range(max(len(chars) - NGRAM + 1, 1))}
    words = WORDS.findall(text.lower())
    return {" ".join(words[i : i + NGRAM]) for i in range(max(len(words) - NGRAM + 1, 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a | b), 1)


def distinct_bases(texts: list[str], language: str, wanted: int) -> list[str]:
    """The first ``wanted`` texts with no earlier text at exact Jaccard >= BASE_OVERLAP (found
    through an inverted index of their shingles, verified with the exact sets)."""
    kept: list[set[str]] = []
    chosen: list[str] = []
    postings: dict[str, list[int]] = collections.defaultdict(list)
    for text in texts:
        own = shingles(text, language)
        shared = collections.Counter(k for s in own for k in postings.get(s, ()))
        if any(
            n >= BASE_OVERLAP * min(len(own), len(kept[k])) and jaccard(own, kept[k]) >= BASE_OVERLAP
            for k, n in shared.items()
        ):
            continue
        for s in own:
            if len(postings[s]) < 50:  # very common shingles (boilerplate) only slow the search
                postings[s].append(len(kept))
        kept.append(own)
        chosen.append(text)
        if len(chosen) == wanted:
            break
    return chosen


def english_boilerplate(texts: list[str]) -> list[str]:
    """Lines repeated across Common Crawl pages: navigation, cookie and licence notices."""
    counts = collections.Counter(
        line.strip()
        for text in texts[:1500]
        for line in dict.fromkeys(text.splitlines())
        if 6 <= len(line.split()) <= 40
    )
    return [line for line, n in counts.most_common() if n >= 3 and line.isascii()][:40]


def swap(text: str, rng: random.Random) -> str:
    """Swaps two paragraphs (or, in texts of fewer than three, two sentences)."""
    parts, joiner = [p for p in text.split("\n") if p.strip()], "\n"
    if len(parts) < 3:
        parts, joiner = [s for s in SENTENCE_END.split(text) if s.strip()], " "
    if len(parts) < 2:
        return text
    i, j = rng.sample(range(len(parts)), 2)
    parts[i], parts[j] = parts[j], parts[i]
    return joiner.join(parts)


def case_spacing(text: str, rng: random.Random) -> str:
    """Case and spacing only: what a re-rendered page or a copy-paste does to a text."""
    choices: list[Callable[[str], str]] = [
        lambda t: re.sub(r"\n+", " ", t),
        lambda t: re.sub(r" ", lambda _: "  " if rng.random() < 0.3 else " ", t),
        str.lower,
        str.upper,
        lambda t: re.sub(r"\w+", lambda m: m.group().capitalize() if rng.random() < 0.3 else m.group(), t),
    ]
    if HAN.search(text):
        choices += [
            lambda t: HAN.sub(lambda m: m.group() + " " if rng.random() < 0.2 else m.group(), t),
            lambda t: t.translate(FULL_WIDTH),
        ]
    for change in rng.sample(choices, 2):
        text = change(text)
    return text


def edit_words(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """Replaces, deletes or inserts 1-6% of the words (at least one)."""
    tokens = re.split(r"(\s+)", text)
    words = [i for i, t in enumerate(tokens) if t and not t.isspace()]
    return edit(tokens, words, rng, 0.06, lambda: rng.choice(vocabulary), " ")


def edit_chars(text: str, rng: random.Random, alphabet: str) -> str:
    """Replaces, deletes or inserts 1-5% of the Chinese characters (at least one)."""
    chars = list(text)
    han = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
    return edit(chars, han, rng, 0.05, lambda: rng.choice(alphabet), "")


def edit(
    pieces: list[str], editable: list[int], rng: random.Random, top: float, pick: Callable[[], str], gap: str
) -> str:
    """Replaces (40%), deletes (30%) or follows with a new piece (30%) 1%-``top`` of the
    ``editable`` pieces, at least one."""
    for i in rng.sample(editable, max(1, round(len(editable) * rng.uniform(0.01, top)))):
        action = rng.random()
        if action < 0.4:
            pieces[i] = pick()
        elif action < 0.7:
            pieces[i] = ""
        else:
            pieces[i] = f"{pieces[i]}{gap}{pick()}"
    return "".join(pieces)


def add_boilerplate(text: str, rng: random.Random, lines: list[str], size: Callable[[str], int]) -> str:
    """Adds one boilerplate line before or after the text, at most 20% of its size (more would
    make a page that is mostly boilerplate, not a near-copy)."""
    fitting = [line for line in lines if size(line) <= 0.2 * size(text)] or [min(lines, key=size)]
    extra = rng.choice(fitting)
    return f"{extra}\n{text}" if rng.random() < 0.5 else f"{text}\n{extra}"


def build_part(language: str, bases: list[str], rng: random.Random) -> list[dict]:
    """Bases plus one or two copies of one kind for 30% of them, shuffled; ``cluster`` names the
    base, ``kind`` the kind of its copies (``singleton`` for bases without copies)."""
    if language == "zh":
        alphabet = "".join(sorted({c for t in bases[:500] for c in t if "\u4e00" <= c <= "\u9fff"}))
        lines, size = ZH_BOILERPLATE, len

        def edit(t: str) -> str:
            return edit_chars(t, rng, alphabet)
    else:
        vocabulary = sorted({w for t in bases[:500] for w in t.split() if w.isalpha()})
        lines, size = english_boilerplate(english_texts()), lambda s: len(s.split())

        def edit(t: str) -> str:
            return edit_words(t, rng, vocabulary)

    transforms: dict[str, Callable[[str], str]] = {
        "header_footer": lambda t: add_boilerplate(t, rng, lines, size),
        "swap": lambda t: swap(t, rng),
        "case_spacing": lambda t: case_spacing(t, rng),
        "edit": edit,
        "edit_header_footer": lambda t: add_boilerplate(edit(t), rng, lines, size),
    }
    records = []
    for b, text in enumerate(bases):
        cluster = f"{language}-{b}"
        kind = rng.choice(KINDS) if rng.random() < 0.3 else "singleton"
        records.append({"text": text, "cluster": cluster, "kind": kind})
        if kind != "singleton":
            for _ in range(rng.choice((1, 2))):
                records.append({"text": transforms[kind](text), "cluster": cluster, "kind": kind})
    rng.shuffle(records)
    for i, record in enumerate(records):
        record.update(id=f"{language}-{i}", language=language)
    return records


def build(folder: Path, bases: int, split: str) -> dict[str, Path]:
    """The ``split`` half of ``2 * bases`` distinct bases per language, with copies made with
    the split's own seed."""
    half, seed = SPLITS[split]
    rng = random.Random(seed)
    parts = {}
    for language, texts in (("en", english_texts()), ("zh", chinese_texts())):
        random.Random(SOURCE_SEED).shuffle(texts)
        chosen = distinct_bases(texts, language, 2 * bases)[half::2]
        records = build_part(language, chosen, rng)
        path = folder / f"{language}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        parts[language] = path
    return parts


# ---------------------------------------------------------------- the tools (child processes)
# Each runner returns the removed ids and the CPU seconds the deduplication itself took (after the
# imports and reading the records), the figure to compare between libraries: on a shared machine
# wall time mostly measures the other jobs.


def run_corpusmill(path: Path, workdir: Path, params: dict) -> tuple[list[str], float]:
    from datatrove.data import Document

    from corpusmill.filters.dedup.near import NearDedup, NearDedupParams

    docs = [
        Document(text=r["text"], id=r["id"], metadata={"_order": i, "language": r["language"]})
        for i, r in enumerate(_jsonl(path))
    ]
    start = time.process_time()
    stage = NearDedup(NearDedupParams(**params))
    for _ in stage.signature_step(str(workdir)).run(iter(docs), 0, 1):
        pass
    for steps, tasks in stage.reduce_runs(str(workdir), 1):
        for rank in range(tasks):
            for step in steps:
                step.run(None, rank, tasks)
    kept = {doc.id for doc in stage.filter_step(str(workdir)).run(iter(docs), 0, 1)}
    return [doc.id for doc in docs if doc.id not in kept], time.process_time() - start


def run_datatrove(path: Path, workdir: Path, params: dict) -> tuple[list[str], float]:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from corpusmill.filters.dedup.minhash import optimal_bands_rows

    bands, rows = optimal_bands_rows(THRESHOLD, NUM_PERM)
    config = MinhashConfig(n_grams=NGRAM, num_buckets=bands, hashes_per_bucket=rows)

    def reader() -> JsonlReader:
        return JsonlReader(str(path.parent), glob_pattern=path.name)

    stages = [
        ([reader(), MinhashDedupSignature(output_folder=str(workdir / "sigs"), config=config)], 1),
        ([MinhashDedupBuckets(str(workdir / "sigs"), str(workdir / "buckets"), config=config)], bands),
        ([MinhashDedupCluster(str(workdir / "buckets"), str(workdir / "remove"), config=config)], 1),
        (
            [
                reader(),
                MinhashDedupFilter(str(workdir / "remove"), exclusion_writer=JsonlWriter(str(workdir / "removed"))),
            ],
            1,
        ),
    ]
    start = time.process_time()
    for i, (pipeline, tasks) in enumerate(stages):
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=str(workdir / f"logs{i}")).run()
    seconds = time.process_time() - start
    return [r["id"] for file in sorted((workdir / "removed").glob("*.jsonl.gz")) for r in _jsonl(file)], seconds


def run_datasketch(path: Path, workdir: Path, params: dict) -> tuple[list[str], float]:
    from datasketch import MinHash, MinHashLSH

    from corpusmill.filters.dedup.minhash import optimal_bands_rows

    records = list(_jsonl(path))
    start = time.process_time()
    lsh = MinHashLSH(num_perm=NUM_PERM, params=optimal_bands_rows(THRESHOLD, NUM_PERM))
    removed = []
    for record in records:
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch([s.encode() for s in shingles(record["text"], record["language"])])
        if lsh.query(minhash):
            removed.append(record["id"])
        else:
            lsh.insert(record["id"], minhash)
    return removed, time.process_time() - start


def run_rensa(path: Path, workdir: Path, params: dict) -> tuple[list[str], float]:
    """rensa's LSH needs bands dividing num_perm: the divisor nearest the optimal band count."""
    from rensa import RMinHash, RMinHashLSH

    from corpusmill.filters.dedup.minhash import optimal_bands_rows

    optimal, _ = optimal_bands_rows(THRESHOLD, NUM_PERM)
    bands = min((b for b in range(1, NUM_PERM + 1) if NUM_PERM % b == 0), key=lambda b: abs(b - optimal))
    records = list(_jsonl(path))
    start = time.process_time()
    lsh = RMinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, num_bands=bands)
    removed = []
    for key, record in enumerate(records):
        minhash = RMinHash(num_perm=NUM_PERM, seed=1)
        minhash.update(list(shingles(record["text"], record["language"])))
        if lsh.query(minhash):
            removed.append(record["id"])
        else:
            lsh.insert(key, minhash)
    return removed, time.process_time() - start


RUNNERS = {"corpusmill": run_corpusmill, "datatrove": run_datatrove, "datasketch": run_datasketch, "rensa": run_rensa}


def child(tool: str, path: Path, workdir: Path, result: Path, params: dict) -> None:
    removed, seconds = RUNNERS[tool](path, workdir, params)
    cpu = sum(
        usage.ru_utime + usage.ru_stime
        for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    )
    # ru_maxrss of RUSAGE_SELF would include the driver's memory at fork time (Linux keeps the
    # high-water mark across exec); VmHWM is this process's own peak.
    own_peak_kb = next(
        int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM:")
    )
    peak_kb = max(own_peak_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    payload = {"removed": removed, "dedup_seconds": seconds, "peak_rss_mb": peak_kb / 1024, "cpu_seconds": cpu}
    result.write_text(json.dumps(payload))


# ---------------------------------------------------------------- scoring and the table


def score(records: list[dict], removed: list[str]) -> tuple[float, float, float, dict[str, float]]:
    """Precision, recall, F1 and the recall of each kind of copy."""
    cluster_of = {r["id"]: r["cluster"] for r in records}
    kind_of = {r["cluster"]: r["kind"] for r in records}
    sizes = collections.Counter(cluster_of.values())
    removed_per_cluster = collections.Counter(cluster_of[i] for i in removed)
    caught = {c: min(n, sizes[c] - 1) for c, n in removed_per_cluster.items()}
    true_positives = sum(caught.values())
    expected = sum(size - 1 for size in sizes.values())
    precision = true_positives / max(len(removed), 1)
    recall = true_positives / max(expected, 1)
    by_kind = {}
    for kind in KINDS:
        clusters = [c for c, k in kind_of.items() if k == kind]
        by_kind[kind] = sum(caught.get(c, 0) for c in clusters) / max(sum(sizes[c] - 1 for c in clusters), 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9), by_kind


def measure(tool: str, path: Path, scratch: Path, repeat: int, params: dict) -> dict:
    """The fastest of ``repeat`` runs (the machine may be shared), each in a fresh work folder."""
    runs = []
    for attempt in range(repeat):
        workdir = scratch / f"{tool}-{path.stem}-{attempt}"
        result = scratch / f"{tool}-{path.stem}-{attempt}.json"
        command = [
            sys.executable,
            __file__,
            "--child",
            tool,
            str(path),
            str(workdir),
            str(result),
            json.dumps(params),
        ]
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append({"seconds": time.perf_counter() - start, **json.loads(result.read_text())})
    return min(runs, key=lambda run: run["seconds"])


HEADER = (
    "| part | tool | records | records per CPU s (dedup) | records/s (whole process) | CPU s | peak RSS MB "
    "| precision | recall | F1 | " + " | ".join(KINDS) + " |"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bases", type=int, default=4500, help="distinct base texts per language and split")
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool and part; the fastest counts")
    parser.add_argument("--tools", default=",".join(TOOLS), help="rensa is skipped where not installed")
    parser.add_argument("--params", default="{}", help="near_dedup options for corpusmill, as JSON (tuning)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data", help="the shared data folder")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    global DATA
    DATA = args.data
    if args.child:
        tool, path, workdir, result, params = args.child
        sys.path.insert(0, str(REPO))
        child(tool, Path(path), Path(workdir), Path(result), json.loads(params))
        return
    tools = args.tools.split(",")
    if "rensa" in tools and importlib.util.find_spec("rensa") is None:
        print("rensa is not installed (pip install rensa): measured without it", file=sys.stderr)
        tools.remove("rensa")
    with tempfile.TemporaryDirectory(prefix="dedup-bench-") as tmp:
        scratch = Path(tmp)
        start = time.perf_counter()
        parts = build(scratch, args.bases, args.split)
        print(f"built the {args.split} set in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        rows = []
        seconds: dict[str, float] = collections.Counter()
        total = 0
        for language, path in parts.items():
            records = list(_jsonl(path))
            clusters = collections.Counter(r["kind"] for r in records)
            print(f"{language}: {len(records)} records; records per kind: {dict(clusters)}", file=sys.stderr)
            total += len(records)
            for tool in tools:
                run = measure(tool, path, scratch, args.repeat, json.loads(args.params))
                seconds[tool] += run["seconds"]
                precision, recall, f1, by_kind = score(records, run["removed"])
                rows.append(
                    f"| {language} | {tool} | {len(records)} | {len(records) / run['dedup_seconds']:,.0f} "
                    f"| {len(records) / run['seconds']:,.0f} | {run['cpu_seconds']:.1f} | {run['peak_rss_mb']:,.0f} "
                    f"| {precision:.3f} | {recall:.3f} | {f1:.3f} | "
                    + " | ".join(f"{by_kind[k]:.3f}" for k in KINDS)
                    + " |"
                )
                print(rows[-1], file=sys.stderr)
    print(HEADER)
    print("|---|---|" + "---:|" * (8 + len(KINDS)))
    print("\n".join(rows))
    if "corpusmill" in seconds:
        print(f"\nWhole processes over both parts ({total:,} records; fastest of {args.repeat} per part):")
        print("| job | corpusmill | anchor's time | anchor | ratio | goal |\n|---|---:|---:|---|---:|---:|")
        goals = {"datatrove": 10, "datasketch": 1.5, "rensa": None}
        for tool, goal in goals.items():
            if tool in seconds:
                print(
                    f"| near-dup only, {total:,} docs | {seconds['corpusmill']:.1f} s | {seconds[tool]:.1f} s | {tool} "
                    f"| {seconds[tool] / seconds['corpusmill']:.1f}x | {f'>= {goal:g}x' if goal else '-'} |"
                )


if __name__ == "__main__":
    main()
