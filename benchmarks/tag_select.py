"""Tag once, select many times: what tagging costs and what ``corpusmill select`` saves.

    .venv/bin/python benchmarks/tag_select.py tag        # (a) tagged run vs reject run, English web job
    .venv/bin/python benchmarks/tag_select.py tag-en     # (a) on the job's kept (English) records only
    .venv/bin/python benchmarks/tag_select.py rerun      # (b) select vs rerun with other thresholds
    .venv/bin/python benchmarks/tag_select.py million    # (c) select over 1M tagged records
    .venv/bin/python benchmarks/tag_select.py all

Every figure is a whole command in a fresh process, timed from outside (``end_to_end.measure``):
CPU seconds (user + system of the command and its pool workers), which on a shared machine follow
the load much less than wall time, with wall time and ``uptime`` beside them; both sides of a ratio
run in the same minute. (a) and (b) on the English web job of ``end_to_end.py`` (~8 MB of real
English text; ``language`` 0.65, ``quality`` with datatrove's decisions, ``near_dedup``), report
and dataset card included.
(a) runs ``run`` and ``run --tag`` alternately ``--repeat`` times and compares the cheapest of each
and the median of the rounds' ratios; beside them a bound: the reject run plus the extra step
seconds of the tagged run (the same code measuring and writing the records a reject run drops).
(b) changes the language threshold and two quality bounds, then times ``run`` of the changed
config and ``select`` of it on (a)'s tagged output alternately ``--repeat`` times (median ratio),
and compares kept ids; beside them a bound: ``FLOOR``, a bare read, filter and write of the tagged
shards, the least any select does.
(c) repeats (a)'s tagged records (new ids, same values) to 1M, sharded as a run shards them, and
times ``select`` with peak memory (summed RSS of the process tree): records per second counts
input records over the whole command's CPU seconds (one process).
``--bytecode`` runs the commands with compiled bytecode cached (as an installed package has it),
on a machine that sets ``PYTHONDONTWRITEBYTECODE``: there every command compiles corpusmill's
modules again (~0.13 CPU s of a select on the web job).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("end_to_end", HERE / "end_to_end.py")
end_to_end = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(end_to_end)
CLI, DATA, TEXT_MB, load, measure = (
    end_to_end.CLI,
    end_to_end.DATA,
    end_to_end.TEXT_MB,
    end_to_end.load,
    end_to_end.measure,
)


def ids(folder: Path) -> set[str]:
    return set(pl.read_parquet(folder / "data" / "**" / "*.parquet", columns=["id"])["id"].to_list())


def changed(config: dict) -> dict:
    """Other thresholds on the same measures: what a user tunes after a first run."""
    config = copy.deepcopy(config)
    stages = {next(iter(s)): s for s in config["stages"]}
    stages["language"]["language"]["threshold"] = 0.7
    space = stages["quality"]["quality"].setdefault("space", {})
    space |= {"min_alpha_words_ratio": 0.75, "min_doc_words": 80}
    return config


def prepare(tmp: Path, data: Path) -> tuple[Path, Path]:
    inputs = tmp / "web"
    if not inputs.exists():
        end_to_end.write_jsonl(inputs, end_to_end.english_texts(data, TEXT_MB))
    base, other = tmp / "web.yaml", tmp / "web-changed.yaml"
    base.write_text(yaml.safe_dump(end_to_end.web_config(inputs)))
    other.write_text(yaml.safe_dump(changed(end_to_end.web_config(inputs))))
    return base, other


def bench_tag(tmp: Path, data: Path, repeat: int) -> list[str]:
    base, _ = prepare(tmp, data)
    reject, tag = [], []
    for _ in range(repeat):
        reject.append(measure([CLI, "run", str(base), "--out", str(tmp / "reject"), "--fresh"]))
        tag.append(measure([CLI, "run", str(base), "--tag", "--out", str(tmp / "tagged"), "--fresh"]))
        print(
            f"    run {shown(reject[-1])}, run --tag {shown(tag[-1])} "
            f"({tag[-1].cpu / reject[-1].cpu:.2f}x CPU); load {load()}"
        )
    stats = json.loads((tmp / "tagged" / "stats.json").read_text())
    dropped = json.loads((tmp / "reject" / "stats.json").read_text())["rejected_records"]
    steps = {label: end_to_end.stage_seconds(tmp / label) for label in ("reject", "tagged")}
    for label, seconds in steps.items():  # where the time goes: CPU seconds by step, summed over tasks
        print(
            f"    {label} CPU s: "
            + ", ".join(f"{k} {v:.1f}" for k, v in sorted(seconds.items(), key=lambda kv: -kv[1])[:5])
        )
    best_reject, best_tag = min(m.cpu for m in reject), min(m.cpu for m in tag)
    # The steps' extra seconds are the same code measuring (and the sink writing) the records a
    # reject run drops: a tagged run costs at least the reject run plus them, however fast that
    # code gets, since a faster one speeds the reject run's share too.
    extra = sum(steps["tagged"].values()) - sum(steps["reject"].values())
    return [
        f"| tagged run vs reject run (English web job, {stats['input_records']:,} docs, best of {repeat}) "
        f"| {best_tag:.1f} s vs {best_reject:.1f} s CPU | {best_tag / best_reject:.2f}x | <= 1.15x |",
        f"| the same, median of the {repeat} rounds' ratios (a round: the two runs side by side) "
        f"| | {median_ratio([t.cpu for t in tag], [r.cpu for r in reject]):.2f}x | <= 1.15x |",
        f"| bound: the reject run plus the steps' extra seconds in the last tagged run (measuring and "
        f"writing the {dropped:,} records a reject run drops) "
        f"| +{extra:.1f} s on {best_reject:.1f} s | {(best_reject + extra) / best_reject:.2f}x | |",
    ]


def bench_tag_english(tmp: Path, data: Path, repeat: int) -> list[str]:
    """(a) on the records the reject run keeps (English, already clean): what measuring every rule
    of every record costs, without the word splitters of other languages."""
    base, _ = prepare(tmp, data)
    if not (tmp / "reject" / "manifest.json").exists():
        measure([CLI, "run", str(base), "--out", str(tmp / "reject"), "--fresh"])
    texts = pl.read_parquet(tmp / "reject" / "data" / "**" / "*.parquet", columns=["text"])["text"].to_list()
    inputs = tmp / "web-en"
    shutil.rmtree(inputs, ignore_errors=True)
    end_to_end.write_jsonl(inputs, texts)
    config = tmp / "web-en.yaml"
    config.write_text(yaml.safe_dump(end_to_end.web_config(inputs)))
    reject, tag = [], []
    for _ in range(repeat):
        reject.append(measure([CLI, "run", str(config), "--out", str(tmp / "reject-en"), "--fresh"]).cpu)
        tag.append(measure([CLI, "run", str(config), "--tag", "--out", str(tmp / "tagged-en"), "--fresh"]).cpu)
        print(
            f"    English only: run {reject[-1]:.1f} s CPU, run --tag {tag[-1]:.1f} s CPU ({tag[-1] / reject[-1]:.2f}x)"
        )
    best_reject, best_tag = min(reject), min(tag)
    return [
        f"| tagged run vs reject run, the job's {len(texts):,} kept (English) records (best of {repeat}) "
        f"| {best_tag:.1f} s vs {best_reject:.1f} s CPU | {best_tag / best_reject:.2f}x | <= 1.15x |",
        f"| the same, median of the {repeat} rounds' ratios | | {median_ratio(tag, reject):.2f}x | <= 1.15x |",
    ]


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of per-round ratios: on a shared machine one quiet or busy run moves the cheapest
    of either side, while a round's two runs meet about the same load."""
    return statistics.median(n / d for n, d in zip(numerators, denominators, strict=True))


FLOOR = """
import sys
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

tagged, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
tags = ["language.best", "language.score", "quality.reason"]
for path in sorted((tagged / "data").rglob("*.parquet")):
    record = [name for name in pq.read_schema(path).names if "." not in name]
    table = pq.read_table(path, columns=record + tags)
    keep = pc.and_(pc.equal(table["language.best"], "en"), pc.greater_equal(table["language.score"], 0.7))
    keep = pc.and_(keep, pc.is_null(table["quality.reason"]))
    pq.write_table(table.filter(keep).select(record), out / path.name, compression="zstd")
"""
"""The least any select of the tagged run has to do, as a bare script: read the record columns and
three tag columns of every shard, keep rows by a mask over the tags, write the kept records as
zstd Parquet. No CLI, config,
dedup policy, budget, stats, manifest, report or card: a lower bound of a select's cost."""


def bench_rerun(tmp: Path, data: Path, repeat: int) -> list[str]:
    """``run`` of the changed config and ``select`` of it alternately, ``repeat`` times; then
    ``FLOOR`` in a fresh process, the bound that any select meets on this job."""
    base, other = prepare(tmp, data)
    if not (tmp / "tagged" / "manifest.json").exists():
        measure([CLI, "run", str(base), "--tag", "--out", str(tmp / "tagged"), "--fresh"])
    rerun_command = [CLI, "run", str(other), "--out", str(tmp / "rerun"), "--fresh"]
    command = [CLI, "select", str(tmp / "tagged"), "--config", str(other), "--out", str(tmp / "selected"), "--fresh"]
    if os.environ.get("PYTHONPYCACHEPREFIX"):  # --bytecode: compiled once, before the timed rounds
        measure(rerun_command)
        measure(command)
    floor_command = [sys.executable, "-c", FLOOR, str(tmp / "tagged"), str(tmp / "floor")]
    ratios, floors = [], []
    for _ in range(repeat):
        rerun = measure(rerun_command)
        select = measure(command)
        floors.append(measure(floor_command).cpu)
        ratios.append((rerun.cpu / select.cpu, select.cpu, rerun.cpu))
        kept_rerun, kept_select = ids(tmp / "rerun"), ids(tmp / "selected")
        same = "same kept ids" if kept_rerun == kept_select else f"kept ids differ: {len(kept_rerun ^ kept_select)}"
        print(
            f"    rerun {shown(rerun)}, select {shown(select)}: {ratios[-1][0]:.1f}x; {len(kept_select):,} kept, "
            f"{same}; bare read-filter-write {floors[-1]:.2f} s CPU; load {load()}"
        )
    ratio, select_cpu, rerun_cpu = sorted(ratios)[len(ratios) // 2]
    floor = statistics.median(floors)
    job = f"select vs rerun, changed thresholds ({same}), median of {repeat}"
    return [
        f"| {job} | {select_cpu:.2f} s vs {rerun_cpu:.1f} s CPU | {ratio:.1f}x | >= 10x |",
        f"| bound: a bare pyarrow read, filter and write of the tagged shards (`FLOOR`), median | "
        f"{floor:.2f} s vs {rerun_cpu:.1f} s CPU | {rerun_cpu / floor:.1f}x | |",
    ]


def shown(measured: end_to_end.Measured) -> str:
    return f"{measured.cpu:.1f} s CPU ({measured.seconds:.1f} s wall)"


def build_million(tagged: Path, target: Path, records: int) -> None:
    """A tagged run folder of ``records`` rows: (a)'s tagged rows repeated with new ids, in shards
    of the run's ``shard_tokens`` (as a run of that many records writes them: 1M records of this
    job are 23 shards of ~44,000 records), row groups of ``row_group_records``, zstd as a run.
    (Until 2026-12-07 one shard per copy: 597 files of 1,676 records, where reading each column of
    each file cost more than decoding it.)"""
    rows = pl.read_parquet(tagged / "data" / "**" / "*.parquet")
    shutil.rmtree(target, ignore_errors=True)
    (target / "logs").mkdir(parents=True)
    (target / "data").mkdir()
    shutil.copy(tagged / "logs" / "run.json", target / "logs" / "run.json")
    manifest = json.loads((tagged / "manifest.json").read_text())
    output = json.loads((tagged / "logs" / "run.json").read_text())["config"]["output"]
    per_shard = max(1, output["shard_tokens"] * manifest["total_records"] // manifest["total_tokens"])
    shards, written, copy_number = [], 0, 0
    while written < records:
        size, copies = min(per_shard, records - written), []
        while sum(c.height for c in copies) < size:
            wanted = size - sum(c.height for c in copies)
            copies.append(rows.head(wanted).with_columns(pl.col("id") + f"#{copy_number}"))
            copy_number += 1
        path = f"data/shard-{len(shards):05d}.parquet"
        table = pa.Table.from_batches(pl.concat(copies).to_arrow().to_batches())
        pq.write_table(table, target / path, row_group_size=output["row_group_records"], compression="zstd")
        shards.append({"path": path, "records": size})
        written += size
    (target / "manifest.json").write_text(json.dumps({"tokenizer": manifest["tokenizer"], "shards": shards}))


def bench_million(tmp: Path, data: Path, records: int) -> list[str]:
    base, other = prepare(tmp, data)
    if not (tmp / "tagged" / "manifest.json").exists():
        measure([CLI, "run", str(base), "--tag", "--out", str(tmp / "tagged"), "--fresh"])
    big = tmp / "million"
    build_million(tmp / "tagged", big, records)
    megabytes = sum(p.stat().st_size for p in (big / "data").glob("*.parquet")) / 1e6
    command = [CLI, "select", str(big), "--config", str(other), "--out", str(tmp / "million-out"), "--fresh"]
    seconds, peak, cpu = measure(command, memory=True)
    stats = json.loads((tmp / "million-out" / "stats.json").read_text())
    print(
        f"    {records:,} records ({megabytes:.0f} MB of shards): {seconds:.1f} s wall, {cpu:.1f} s CPU, "
        f"peak {peak:.0f} MB, {stats['output_records']:,} kept; load {load()}"
    )
    return [
        f"| select over {records:,} tagged records ({megabytes:.0f} MB), whole command | {seconds:.1f} s wall, "
        f"{cpu:.1f} s CPU: {records / cpu:,.0f} records/s per core, peak {peak:.0f} MB | | >= 200,000/s, <= 1,000 MB |"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("job", choices=["tag", "tag-en", "rerun", "million", "all"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="run the commands with Python's compiled bytecode cached, as an installed wheel has it "
        "(a machine that sets PYTHONDONTWRITEBYTECODE compiles corpusmill's modules in every command)",
    )
    args = parser.parse_args()
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="corpusmill-select-") as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        if args.bytecode:
            os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
            os.environ["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        print(f"load at the start: {load()}")
        if args.job in ("tag", "all"):
            rows += bench_tag(tmp, args.data, args.repeat)
        if args.job in ("tag-en", "all"):
            rows += bench_tag_english(tmp, args.data, args.repeat)
        if args.job in ("rerun", "all"):
            rows += bench_rerun(tmp, args.data, args.repeat)
        if args.job in ("million", "all"):
            rows += bench_million(tmp, args.data, args.records)
    print("\n| job | corpusmill | ratio | goal |\n|---|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
