"""``stats.json``: per-stage counts merged from datatrove's per-task stats, then proven.

Every stage counts ``in``, ``kept``, ``rejected:<reason>`` and ``fixed:<reason>`` (see
``filters.base.Stage``). The run is only reported as done when, for every stage,
in = kept + rejected, each stage receives exactly what the previous one kept, and the rows on
disk (``data/`` + ``rejects/``) add up to the records read.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from filters.base import FIXED, IN, KEPT, REJECTED

if TYPE_CHECKING:
    from pipeline.runner import Plan


class AccountingError(RuntimeError):
    """The counts do not balance: records were lost or double counted. Never ignore this."""


def merged_counters(logs: Path, runs: list[str]) -> dict[str, Counter]:
    counters: dict[str, Counter] = defaultdict(Counter)
    for run in runs:
        for path in sorted((logs / run / "stats").glob("*.json")):
            for step in json.loads(path.read_text()):
                for key, metric in step["stats"].items():
                    counters[step["name"]][key] += int(
                        metric["total"] if isinstance(metric, dict) else metric
                    )
    return counters


def parquet_rows(folder: Path) -> int:
    return sum(pq.ParquetFile(p).metadata.num_rows for p in sorted(folder.rglob("*.parquet")))


def build_stats(plan: Plan, elapsed: float) -> dict[str, Any]:
    counters = merged_counters(plan.out / "logs", [run.name for run in plan.runs])
    stages = []
    for stage_id in plan.stage_ids:
        counts = counters.get(stage_id, Counter())
        stages.append(
            {
                "name": stage_id.split("_", 1)[1],
                "id": stage_id,
                "in": counts[IN],
                "kept": counts[KEPT],
                "rejected": _by_prefix(counts, REJECTED),
                "fixed": _by_prefix(counts, FIXED),
            }
        )
    stats = {
        "input_records": stages[0]["in"],
        "output_records": parquet_rows(plan.out / "data"),
        "rejected_records": parquet_rows(plan.out / "rejects"),
        "elapsed_seconds": round(elapsed, 3),
        "stages": stages,
    }
    for stage_id, stage in plan.global_stages.items():
        extra = stage.summary(str(plan.out / "work" / stage_id))
        if extra:
            stats.setdefault("global_stages", {})[stage_id] = extra
    check(stats)
    return stats


def _by_prefix(counts: Counter, prefix: str) -> dict[str, int]:
    found = {k[len(prefix) :]: v for k, v in counts.items() if k.startswith(prefix)}
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


def check(stats: dict[str, Any]) -> None:
    problems = []
    previous_kept = None
    for stage in stats["stages"]:
        rejected = sum(stage["rejected"].values())
        if stage["in"] != stage["kept"] + rejected:
            problems.append(
                f"stage {stage['id']}: in {stage['in']} != kept {stage['kept']} + rejected {rejected}"
            )
        if previous_kept is not None and stage["in"] != previous_kept:
            problems.append(
                f"stage {stage['id']}: received {stage['in']} but the stage before kept {previous_kept}"
            )
        previous_kept = stage["kept"]
    total = stats["output_records"] + stats["rejected_records"]
    if stats["input_records"] != total:
        problems.append(
            f"input {stats['input_records']} != output rows {stats['output_records']} "
            f"+ rejected rows {stats['rejected_records']}"
        )
    if stats["stages"] and stats["output_records"] != stats["stages"][-1]["kept"]:
        problems.append(
            f"output rows {stats['output_records']} != last stage kept {stats['stages'][-1]['kept']}"
        )
    if problems:
        raise AccountingError("; ".join(problems))
