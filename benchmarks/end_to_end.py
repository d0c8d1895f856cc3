"""Whole jobs, corpusmill against datatrove, in one run on the same inputs with the same task counts.

    .venv/bin/python benchmarks/end_to_end.py web      # (a) language → Gopher/C4/FineWeb → near-dup → Parquet
    .venv/bin/python benchmarks/end_to_end.py warc     # (b) WARC of ~600 Debian manual pages → main text
    .venv/bin/python benchmarks/end_to_end.py dedup    # (c) benchmarks/dedup.py --repeat 3 (+ datasketch)
    .venv/bin/python benchmarks/end_to_end.py memory   # peak memory of (a) on 1/4 of the input and on all of it
    .venv/bin/python benchmarks/end_to_end.py all

Every figure is a whole command in a fresh process (interpreter start, imports, reading, writing),
timed from outside; (a) runs both commands ``--repeat`` times (default 3) and counts each tool's
fastest run. Peak memory (the ``memory`` job, its own runs) is the largest sum of RSS over the
command's process tree, sampled every 20 ms. (a) reads ~8 MB of real English text: Dolma's Common
Crawl extract, C4, Wikipedia articles, Dolma CCNet "head" documents and ShareGPT answers
(../shared/data/web/text, sft/chat).
datatrove runs FineWeb's own chain: LanguageFilter (the same lid.176.ftz model, loaded offline),
GopherRepetitionFilter, GopherQualityFilter, C4QualityFilter(filter_no_terminal_punct=False),
FineWebQualityFilter, then its four MinHash steps (5-grams, 14 bands x 8 rows) and ParquetWriter;
corpusmill runs ``language`` (threshold 0.65), ``quality`` (``DATATROVE_COMPATIBLE``) and ``near_dedup``
with the same MinHash shape, and writes its token-counted Parquet shards. The kept ids of both are
compared.
(b) needs ``apt-get install -y python-django-doc``: its pages are packed into a WARC with warcio
(with ``WARC-Identified-Payload-Type``, which datatrove's WarcReader reads instead of libmagic).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import psutil
import pyarrow.parquet as pq
import yaml

from corpusmill.filters.quality.stage import DATATROVE_COMPATIBLE

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CLI = str(Path(sys.executable).parent / "corpusmill")
DJANGO = Path("/usr/share/doc/python-django-doc/html")
TASKS, WORKERS = 4, 2
TEXT_MB = 8.0


# ---------------------------------------------------------------- measuring whole commands


class Measured(NamedTuple):
    seconds: float
    """Wall seconds."""
    peak_mb: float
    """Peak RSS summed over the process tree (``memory`` runs only, else 0)."""
    cpu: float
    """User + system CPU seconds of the command and of the processes waited for down its tree (on
    a shared machine wall time follows the other jobs' load, CPU time much less). Complete for
    corpusmill (its pools fork from the command and are joined); datatrove's pool workers are
    children of its forkserver, which nobody waits for, so its figure would leave them out."""


def measure(command: list[str], memory: bool = False) -> Measured:
    """Wall seconds, CPU seconds and, with ``memory``, peak RSS (MB, summed over the process tree)
    of a command; fails loudly. Timing runs are not sampled: walking the process tree every 20 ms
    takes CPU from the 2-core machine that both tools need."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = 0
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(proc.stdout.read()))
    reader.start()
    while memory and proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    proc.wait()
    reader.join()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{b''.join(output).decode(errors='replace')[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured(seconds, peak / 1e6, cpu)


def load() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def row(job: str, ours: float, theirs: float, anchor: str, goal: float) -> str:
    return f"| {job} | {ours:.1f} s | {theirs:.1f} s | {anchor} | {theirs / ours:.1f}x | >= {goal:g}x |"


# ---------------------------------------------------------------- (a) the English web job


def english_texts(data: Path, megabytes: float) -> list[str]:
    web = data / "web" / "text"
    texts: list[str] = []
    for name in ("dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz", "llamafactory_c4_demo.jsonl"):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(web / name, "rt", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [a for a in (web / "llamafactory_wiki_demo.txt").read_text(encoding="utf-8").splitlines() if a]
    for name in ("dolma_cc_en_head-0091.jsonl.gz", "dolma_cc_en_head-0174.jsonl.gz"):
        with gzip.open(web / name, "rt", encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    chat = data / "sft" / "chat" / "sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz"
    with gzip.open(chat, "rt", encoding="utf-8") as handle:
        for line in handle:
            if sum(len(t.encode()) for t in texts) >= megabytes * 1e6:
                break
            turns = json.loads(line)["conversations"]
            answer = "\n\n".join(t["value"] for t in turns if t["from"] == "gpt")
            if answer.strip():
                texts.append(answer)
    return texts


def write_jsonl(folder: Path, texts: list[str], files: int = 8) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for part in range(files):
        with (folder / f"part-{part}.jsonl").open("w", encoding="utf-8") as handle:
            for i in range(part, len(texts), files):
                handle.write(json.dumps({"id": f"doc{i}", "text": texts[i]}, ensure_ascii=False) + "\n")


def web_config(inputs: Path) -> dict:
    return {
        "sources": [{"name": "web", "type": "jsonl", "paths": [str(inputs / "part-*.jsonl")], "id_field": "id"}],
        "stages": [
            {"language": {"languages": ["en"], "threshold": 0.65}},
            {"quality": DATATROVE_COMPATIBLE},  # datatrove's decisions: the same kept set
            {"near_dedup": {"ngram": 5, "num_perm": 112, "bands": 14, "rows": 8}},
        ],
        "output": {"rejects": "ids"},
        "executor": {"type": "local", "tasks": TASKS, "workers": WORKERS},
    }


def datatrove_web(inputs: str, work: str) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.filters import (
        C4QualityFilter,
        FineWebQualityFilter,
        GopherQualityFilter,
        GopherRepetitionFilter,
        LanguageFilter,
    )
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter, ParquetWriter

    from corpusmill.filters.language import default_model_path

    language = LanguageFilter(languages=["en"], language_threshold=0.65)
    language.model.MODEL_URL = str(default_model_path())  # offline, and the same model as corpusmill's
    minhash = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)
    steps: list[tuple[list, int]] = [
        (
            [
                JsonlReader(inputs, glob_pattern="part-*.jsonl"),
                language,
                GopherRepetitionFilter(),
                GopherQualityFilter(),
                C4QualityFilter(filter_no_terminal_punct=False),
                FineWebQualityFilter(),
                JsonlWriter(f"{work}/filtered"),
            ],
            TASKS,
        ),
        ([JsonlReader(f"{work}/filtered"), MinhashDedupSignature(f"{work}/sigs", config=minhash)], TASKS),
        ([MinhashDedupBuckets(f"{work}/sigs", f"{work}/buckets", config=minhash)], minhash.num_buckets),
        ([MinhashDedupCluster(f"{work}/buckets", f"{work}/remove_ids", config=minhash)], 1),
        (
            [
                JsonlReader(f"{work}/filtered"),
                MinhashDedupFilter(f"{work}/remove_ids"),
                ParquetWriter(f"{work}/out"),
            ],
            TASKS,
        ),
    ]
    for i, (pipeline, tasks) in enumerate(steps):
        LocalPipelineExecutor(
            pipeline, tasks=tasks, workers=WORKERS, logging_dir=f"{work}/logs/{i}", skip_completed=False
        ).run()


def parquet_ids(folder: Path) -> set[str]:
    ids: set[str] = set()
    for path in folder.rglob("*.parquet"):
        ids.update(str(i) for i in pq.read_table(path, columns=["id"]).column("id").to_pylist())
    return ids


def stage_seconds(run: Path) -> dict[str, float]:
    """CPU seconds per step summed over tasks, from the datatrove stats of each chain run."""
    seconds: dict[str, float] = {}
    for path in sorted(run.glob("logs/*/stats.json")):
        for step in json.loads(path.read_text()):
            timing = step.get("time_stats", {})
            total = timing.get("total", 0.0) if isinstance(timing, dict) else float(timing)
            if total:
                name = f"{path.parent.name}/{step['name'].removeprefix('corpusmill: ')}"
                seconds[name] = seconds.get(name, 0.0) + total
    return seconds


def chain_walls(run: Path) -> dict[str, float]:
    """Wall seconds of each executor run of the chain: from its executor.json to its stats.json."""
    walls = {}
    for start in sorted(run.glob("logs/*/executor.json")):
        end = start.parent / "stats.json"
        if end.exists():
            walls[start.parent.name] = end.stat().st_mtime - start.stat().st_mtime
    return walls


def web_job(tmp: Path, texts: list[str], label: str, memory: bool = False) -> tuple[Measured, Measured, str]:
    inputs = tmp / f"web-{label}"
    if not inputs.exists():
        write_jsonl(inputs, texts)
        (tmp / f"web-{label}.yaml").write_text(yaml.safe_dump(web_config(inputs)))
    command = [CLI, "run", str(tmp / f"web-{label}.yaml"), "--out", str(tmp / f"cm-{label}"), "--fresh"]
    ours = measure(command, memory)
    shutil.rmtree(tmp / f"dt-{label}", ignore_errors=True)
    theirs = measure([sys.executable, __file__, "_datatrove_web", str(inputs), str(tmp / f"dt-{label}")], memory)
    ours_ids, their_ids = parquet_ids(tmp / f"cm-{label}" / "data"), parquet_ids(tmp / f"dt-{label}" / "out")
    agreement = (
        f"kept: corpusmill {len(ours_ids)}, datatrove {len(their_ids)}, both {len(ours_ids & their_ids)} "
        f"(Jaccard {len(ours_ids & their_ids) / max(1, len(ours_ids | their_ids)):.3f})"
    )
    return ours, theirs, agreement


def bench_web(tmp: Path, data: Path, repeat: int) -> list[str]:
    """``repeat`` rounds, each running both commands one after the other; the table gives the
    fastest run of each (as ``timeit`` does: other load only ever adds time) and the median ratio."""
    texts = english_texts(data, TEXT_MB)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    print(f"(a) {len(texts)} docs, {megabytes:.1f} MB; {TASKS} tasks, {WORKERS} workers; load {load()}")
    rounds = []
    for _ in range(repeat):
        ours, theirs, agreement = web_job(tmp, texts, "full")
        rounds.append((ours, theirs))
        print(
            f"    corpusmill {ours.seconds:.1f} s, datatrove {theirs.seconds:.1f} s "
            f"({theirs.seconds / ours.seconds:.1f}x); "
            f"corpusmill CPU {ours.cpu:.1f} s; load {os.getloadavg()[0]:.1f}; "
            f"{agreement}"
        )
    print("    corpusmill CPU seconds by step (summed over tasks, last round):")
    for name, seconds in sorted(stage_seconds(tmp / "cm-full").items(), key=lambda kv: -kv[1])[:12]:
        print(f"      {name:48s} {seconds:6.2f}")
    walls = chain_walls(tmp / "cm-full")
    print(f"    corpusmill wall seconds by chain run ({sum(walls.values()):.1f} s of {rounds[-1][0].seconds:.1f} s):")
    print("      " + ", ".join(f"{name} {seconds:.1f}" for name, seconds in walls.items()))
    ours, theirs = min(r[0].seconds for r in rounds), min(r[1].seconds for r in rounds)
    median = statistics.median(t.seconds / o.seconds for o, t in rounds)
    job = f"English web job, {len(texts):,} docs, {megabytes:.1f} MB (best of {repeat}; median ratio {median:.1f}x)"
    return [row(job, ours, theirs, "datatrove", 5)]


def bench_memory(tmp: Path, data: Path) -> list[str]:
    texts = english_texts(data, TEXT_MB)
    quarter = texts[::4]
    print(f"memory: job (a) on {len(quarter)} and {len(texts)} distinct docs; load {load()}")
    (_, small, _), (_, dt_small, _), _ = web_job(tmp, quarter, "quarter", memory=True)
    (_, large, _), (_, dt_large, _), _ = web_job(tmp, texts, "all", memory=True)
    print(f"    corpusmill peak {small:.0f} MB -> {large:.0f} MB ({large / small:.2f}x, goal <= 1.3x)")
    print(f"    datatrove  peak {dt_small:.0f} MB -> {dt_large:.0f} MB ({dt_large / dt_small:.2f}x)")
    job = "peak memory of (a), 4x the input"
    return [f"| {job} | {large:.0f} MB | {small:.0f} MB | 1x input | {large / small:.2f}x | <= 1.3x |"]


# ---------------------------------------------------------------- (b) WARC -> main text


def pack_manual(path: Path, pages: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    files = sorted(p for p in DJANGO.rglob("*.html") if "_modules" not in p.parts)
    if not files:
        sys.exit(f"no HTML under {DJANGO}: apt-get install -y python-django-doc")
    files = files[:: max(1, len(files) // pages)][:pages]
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for page in files:
            body = page.read_bytes()
            url = f"https://docs.djangoproject.com/en/stable/{page.relative_to(DJANGO)}"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            record.rec_headers.add_header("WARC-Identified-Payload-Type", "text/html")
            writer.write_record(record)
    return len(files)


def datatrove_warc(warc: str, work: str) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.extractors import Trafilatura
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import ParquetWriter

    pipeline = [
        WarcReader(str(Path(warc).parent), glob_pattern=Path(warc).name),
        Trafilatura(favour_precision=True, deduplicate=False),
        ParquetWriter(f"{work}/out"),
    ]
    LocalPipelineExecutor(pipeline, tasks=1, workers=1, logging_dir=f"{work}/logs", skip_completed=False).run()


def bench_warc(tmp: Path, pages: int) -> list[str]:
    warc = tmp / "django.warc.gz"
    count = pack_manual(warc, pages)
    print(f"(b) {count} Django manual pages in one WARC ({warc.stat().st_size / 1e6:.1f} MB); load {load()}")
    rows = []
    times = {}
    for engine in ("resiliparse", "trafilatura"):
        config = {
            "sources": [{"name": "manual", "type": "warc", "paths": [str(warc)]}],
            "stages": [{"extract": {"engine": engine}}],
            "output": {"rejects": "ids"},
            "executor": {"type": "local", "tasks": 1, "workers": 1},
        }
        (tmp / f"warc-{engine}.yaml").write_text(yaml.safe_dump(config))
        times[engine] = measure(
            [CLI, "run", str(tmp / f"warc-{engine}.yaml"), "--out", str(tmp / f"cm-warc-{engine}")]
        ).seconds
    theirs = measure([sys.executable, __file__, "_datatrove_warc", str(warc), str(tmp / "dt-warc")]).seconds
    kept = {e: len(parquet_ids(tmp / f"cm-warc-{e}" / "data")) for e in times}
    print(
        f"    corpusmill resiliparse {times['resiliparse']:.1f} s ({kept['resiliparse']} kept), "
        f"corpusmill trafilatura {times['trafilatura']:.1f} s ({kept['trafilatura']} kept), "
        f"datatrove {theirs:.1f} s ({len(parquet_ids(tmp / 'dt-warc' / 'out'))} kept); 1 task each"
    )
    job = f"WARC -> main text, {count} manual pages"
    rows.append(row(job, times["resiliparse"], theirs, "datatrove", 5))
    rows.append(row(job + " (engine: trafilatura)", times["trafilatura"], theirs, "datatrove", 1))
    return rows


# ---------------------------------------------------------------- (c) near-dup only


def bench_dedup() -> list[str]:
    print(f"(c) benchmarks/dedup.py; load {load()}")
    if subprocess.run([sys.executable, str(REPO / "benchmarks" / "dedup.py"), "--repeat", "3"]).returncode:
        print("    benchmarks/dedup.py failed: it reads ../shared/data beside the clone")
    return []


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1].startswith("_datatrove_"):
        {"_datatrove_web": datatrove_web, "_datatrove_warc": datatrove_warc}[sys.argv[1]](sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("job", choices=["web", "warc", "dedup", "memory", "all"])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of job (a); the fastest of each tool counts")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default: ../shared/data)")
    args = parser.parse_args()
    jobs: dict[str, Callable[[Path], list[str]]] = {
        "web": lambda tmp: bench_web(tmp, args.data, args.repeat),
        "warc": lambda tmp: bench_warc(tmp, args.pages),
        "memory": lambda tmp: bench_memory(tmp, args.data),
        "dedup": lambda _tmp: bench_dedup(),
    }
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="corpusmill-bench-") as tmp:
        for name, job in jobs.items():
            if args.job in (name, "all"):
                rows += job(Path(tmp))
    if rows:  # job (c) prints its own table
        print("\n| job | corpusmill | anchor's time | anchor | ratio | goal |\n|---|---:|---:|---|---:|---:|")
        print("\n".join(rows))
    print(f"load at the end: {load()}")


if __name__ == "__main__":
    main()
