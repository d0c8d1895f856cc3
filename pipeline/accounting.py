"""``stats.json``: per-stage counts merged from datatrove's per-task stats, then proven.

Every stage counts ``in``, ``kept``, ``rejected:<reason>`` and ``fixed:<reason>`` (see
``filters.base.Stage``). The ``accounting`` run, last in every chain (so it works the same on
Slurm, where the command returns before the jobs run), checks that for every stage
in = kept + rejected, that each stage receives exactly what the previous one kept, and that the
rows on disk (``data/`` + ``rejects/``) add up to the records read. Problems are listed in
``stats.json`` under ``accounting.problems``; the CLI exits 3 on any. When the counts balance, it
also deletes ``work/`` (the segments' intermediate Parquet), unless ``output.keep_work`` is set.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from typing import Any

import pyarrow.parquet as pq
from datatrove.data import DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder
from datatrove.pipeline.base import PipelineStep
from loguru import logger

from corpusmill.filters.base import FIXED, IN, KEPT, REJECTED, GlobalStage
from corpusmill.filters.tagging import TAGGED


class AccountingError(RuntimeError):
    """The counts do not balance: records were lost or double counted. Never ignore this."""


def merged_counters(logs: DataFolder, runs: list[str]) -> tuple[dict[str, Counter], float]:
    counters: dict[str, Counter] = defaultdict(Counter)
    seconds = 0.0
    for run in runs:
        for name in logs.list_files(f"{run}/stats", glob_pattern="*.json"):
            with logs.open(name, "r") as handle:
                steps = json.load(handle)
            for step in steps:
                timing = step.get("time_stats", {})
                seconds += timing.get("total", 0) if isinstance(timing, dict) else timing
                for key, metric in step["stats"].items():
                    counters[step["name"]][key] += int(metric["total"] if isinstance(metric, dict) else metric)
    return counters, seconds


def parquet_rows(folder: DataFolder, sub: str) -> int:
    if not folder.isdir(sub):
        return 0
    total = 0
    for name in folder.list_files(sub, recursive=True, glob_pattern="**/*.parquet"):
        with folder.open(name, "rb") as handle:
            total += pq.ParquetFile(handle).metadata.num_rows
    return total


def repeated_rows(folder: DataFolder) -> int:
    """Rows finalize wrote again to repeat a short group (budget epochs): one record, counted once."""
    if not folder.exists("manifest.json"):
        return 0
    with folder.open("manifest.json", "r") as handle:
        return int(json.load(handle).get("repeated_records", 0))


def build_stats(
    out: str, runs: list[str], stage_ids: list[str], global_stages: dict[str, tuple[GlobalStage, str]]
) -> dict[str, Any]:
    folder = get_datafolder(out)
    counters, seconds = merged_counters(get_datafolder(f"{out.rstrip('/')}/logs"), runs)
    stages = [stage_entry(stage_id, counters.get(stage_id, Counter())) for stage_id in stage_ids]
    stats: dict[str, Any] = {
        "input_records": stages[0]["in"],
        "output_records": parquet_rows(folder, "data") - repeated_rows(folder),
        "rejected_records": parquet_rows(folder, "rejects"),
        "task_seconds": round(seconds, 3),
        "stages": stages,
    }
    encodings = file_encodings(counters)
    if encodings:
        stats["encodings"] = encodings
    for stage_id, (stage, workdir) in global_stages.items():
        extra = stage.summary(workdir)
        if extra:
            stats.setdefault("global_stages", {})[stage_id] = extra
    stats["accounting"] = {"problems": problems(stats)}
    return stats


def file_encodings(counters: dict[str, Counter]) -> dict[str, str]:
    """The encoding each text file was read in (``encoding: auto`` detects it per file), from the
    reader's ``encoding:<codec>:<path>`` counts."""
    found = {}
    for counts in counters.values():
        for key in counts:
            if key.startswith("encoding:"):
                _, codec, path = key.split(":", 2)
                found[path] = codec
    return dict(sorted(found.items()))


def stage_entry(stage_id: str, counts: Counter) -> dict[str, Any]:
    """One stage of ``stats.json`` from its counters (``01_length`` → name ``length``); a stage in
    tag mode adds ``tagged``: the records it kept but would have rejected, by reason."""
    return {
        "name": stage_id.split("_", 1)[1],
        "id": stage_id,
        "in": counts[IN],
        "kept": counts[KEPT],
        "rejected": _by_prefix(counts, REJECTED),
        "fixed": _by_prefix(counts, FIXED),
    } | ({"tagged": tagged} if (tagged := _by_prefix(counts, TAGGED)) else {})


def _by_prefix(counts: Counter, prefix: str) -> dict[str, int]:
    found = {k[len(prefix) :]: v for k, v in counts.items() if k.startswith(prefix)}
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


def balance_checks(stats: dict[str, Any]) -> list[dict[str, Any]]:
    """The run folder's invariants, each as ``{check, expected, actual, ok}``: every stage's
    ``in = kept + rejected``, each stage receives what the one before kept, and input records =
    output rows + reject rows. The one balance checker: ``stats.json`` and the report both use it."""
    checks: list[dict[str, Any]] = []

    def check(name: str, expected: int, actual: int) -> None:
        checks.append({"check": name, "expected": expected, "actual": actual, "ok": expected == actual})

    stages = stats["stages"]
    ids = [stage.get("id", stage["name"]) for stage in stages]  # a report rebuilt from rejects has names only
    for stage_id, stage in zip(ids, stages, strict=True):
        check(f"{stage_id}: in = kept + rejected", stage["in"], stage["kept"] + sum(stage["rejected"].values()))
    for (before_id, before), (after_id, after) in itertools.pairwise(zip(ids, stages, strict=True)):
        check(f"{after_id}: in = {before_id}: kept", before["kept"], after["in"])
    output, rejected = stats["output_records"], stats["rejected_records"]
    check("input = output rows + rejected rows", stats["input_records"], output + rejected)
    if stages:
        check(f"output rows = {ids[-1]}: kept", stages[-1]["kept"], output)
    return checks


def problems(stats: dict[str, Any]) -> list[str]:
    return [f"{c['check']}: expected {c['expected']}, got {c['actual']}" for c in balance_checks(stats) if not c["ok"]]


class Accounting(PipelineStep):
    """The chain's last run: writes ``stats.json`` once every other run has completed."""

    name = "accounting"
    type = "corpusmill"

    def __init__(
        self,
        out: str,
        runs: list[str],
        stage_ids: list[str],
        global_stages: dict[str, tuple[GlobalStage, str]],
        remove: str | None = None,
    ) -> None:
        super().__init__()
        self.out, self.runs, self.stage_ids, self.global_stages = out, runs, stage_ids, global_stages
        self.remove = remove

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        stats = build_stats(self.out, self.runs, self.stage_ids, self.global_stages)
        for problem in stats["accounting"]["problems"]:
            logger.error(f"accounting: {problem}")
        with get_datafolder(self.out).open("stats.json", "w") as handle:
            handle.write(json.dumps(stats, indent=2, ensure_ascii=False))
        if self.remove and not stats["accounting"]["problems"]:
            work = get_datafolder(self.remove)
            if work.exists(""):
                work.rm("", recursive=True)
        return
        yield
