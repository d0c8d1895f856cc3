"""Judgements of a review, stored as ``OUT/review/labels.parquet``, and what they say.

A judgement says whether the pipeline was right about one record: for a reject, ``right`` means
the record deserved to go and ``wrong`` that good text was lost; for a kept record, ``right`` means
it is good and ``wrong`` that junk was kept. ``skip`` records that a person looked and could not
tell. The file is rewritten whole under a temporary name and renamed over the old one after every
judgement: a process killed at any moment leaves the previous or the new file, never half of one,
and a review of thousands of judgements rewrites a few hundred kilobytes.
"""

from __future__ import annotations

import json
import math
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

LABELS = ("right", "wrong", "skip")
SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("label", pa.string()),
        ("note", pa.string()),
        ("time", pa.string()),
    ]
)
EXPORT_FIELDS = ("id", "source", "stage", "reason", "label", "note", "time")
Z95 = 1.959963984540054


def labels_path(out: Path) -> Path:
    return out / "review" / "labels.parquet"


class LabelStore:
    """The judgements of one run folder: append, undo the last, read; thread-safe."""

    def __init__(self, out: Path) -> None:
        self.path = labels_path(out)
        self._lock = threading.Lock()
        self.rows: list[dict[str, str | None]] = read_labels(self.path)

    def add(self, record: dict[str, str | None], label: str, note: str = "") -> dict[str, str | None]:
        if label not in LABELS:
            raise ValueError(f"label must be one of {', '.join(LABELS)}")
        row = {key: record.get(key) for key in ("id", "source", "stage", "reason")}
        row |= {"label": label, "note": note, "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds")}
        with self._lock:
            self.rows.append(row)
            self._write()
        return row

    def undo(self) -> dict[str, str | None] | None:
        with self._lock:
            if not self.rows:
                return None
            row = self.rows.pop()
            self._write()
            return row

    def latest(self) -> dict[str, dict[str, str | None]]:
        """The last judgement of each record (a record judged twice counts once, as last judged)."""
        return {str(row["id"]): row for row in self.rows}

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        staged = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        table = pa.Table.from_pylist(self.rows, schema=SCHEMA)
        with staged.open("wb") as handle:
            pq.write_table(table, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, self.path)


def read_labels(path: Path) -> list[dict[str, str | None]]:
    if not path.exists():
        return []
    return pq.read_table(path, schema=SCHEMA).to_pylist()


def export_jsonl(out: Path, target: Path) -> int:
    """One JSON object per judgement, in the order they were made; returns how many."""
    rows = read_labels(labels_path(out))
    staged = target.with_name(f".{target.name}.tmp")
    with staged.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({key: row[key] for key in EXPORT_FIELDS}, ensure_ascii=False) + "\n")
    os.replace(staged, target)
    return len(rows)


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion: sound for small samples and for 0 or n successes,
    where the normal approximation gives intervals outside [0, 1]."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    denominator = 1 + z * z / n
    return max(0.0, (centre - margin) / denominator), min(1.0, (centre + margin) / denominator)


@dataclass(frozen=True)
class Estimate:
    """What the judgements of one group (a reject reason, or a source's kept records) say."""

    group: str
    right: int
    wrong: int
    skipped: int

    @property
    def judged(self) -> int:
        return self.right + self.wrong

    @property
    def share(self) -> float | None:
        """Precision of a reason (right/judged); for kept records the share of good ones."""
        return self.right / self.judged if self.judged else None

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.right, self.judged)

    def as_dict(self) -> dict[str, Any]:
        """The figures as the page's ``stats.json`` and the report's ``review`` key give them."""
        low, high = self.interval
        return {
            "group": self.group,
            "judged": self.judged,
            "right": self.right,
            "wrong": self.wrong,
            "skipped": self.skipped,
            "share": self.share,
            "low": low,
            "high": high,
        }


def estimates(rows: list[dict[str, str | None]], kept: bool) -> list[Estimate]:
    """Per reason (rejects) or per source (kept records), from each record's last judgement."""
    latest = {str(row["id"]): row for row in rows}
    counts: dict[str, list[int]] = {}
    for row in latest.values():
        if (row["reason"] is None) != kept:
            continue
        group = str(row["source"] if kept else row["reason"])
        right, wrong, skipped = counts.setdefault(group, [0, 0, 0])
        counts[group] = [
            right + (row["label"] == "right"),
            wrong + (row["label"] == "wrong"),
            skipped + (row["label"] == "skip"),
        ]
    return [Estimate(group, *values) for group, values in sorted(counts.items())]


def suggestion(estimate: Estimate, goal: float = 0.9) -> str | None:
    """A hint for a reason whose whole 95% interval lies below the precision goal."""
    if estimate.judged == 0 or estimate.interval[1] >= goal:
        return None
    low, high = estimate.interval
    return (
        f"{estimate.group}: precision {low:.2f}-{high:.2f} (95%), below {goal}: make this rule opt-in or a tag, "
        "or loosen its threshold, and read its rejects again"
    )
