"""What a review reads: a run folder's rejects and kept records as queues of seeded samples.

Counts come from lazy Parquet scans of two or three columns (a run with a million rejects opens in
about a second); a queue's records are loaded only when it is opened, as one scan that orders the
queue's rows by a seeded hash of their id and keeps the first ``SAMPLE``. Reading a queue from the
top is therefore reading a uniform random sample of it, the same one on every visit, and a few
dozen judgements per reject reason estimate that reason's precision.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import polars as pl

from corpusmill.pipeline.report.edits import diff_lines

SAMPLE = 200
"""Records kept in memory per opened queue: more than anyone judges for one estimate."""
PAIRS = "pairs"
EDITS = "edits"
TEXT_COLUMNS = ("id", "source", "stage", "reason", "detail", "url", "duplicate_of", "similarity", "text")


@dataclass(frozen=True)
class Queue:
    """One stratum to read: the rejects of a stage and reason, the kept records of a source and
    language, the near-duplicate pairs of the run, or a line-editing stage's before/after samples."""

    kind: str  # reject | kept | pairs | edits
    title: str
    count: int
    stage_id: str | None = None
    reason: str | None = None
    source: str | None = None
    language: str | None = None

    @property
    def qid(self) -> str:
        """A short stable name for URLs."""
        key = json.dumps([self.kind, self.stage_id, self.reason, self.source, self.language])
        return hashlib.sha1(key.encode()).hexdigest()[:12]


@dataclass
class RunData:
    """A run folder seen by the review: its queues, their samples, search and rule values."""

    out: Path
    seed: int = 0
    _samples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def reject_files(self, stage_id: str = "*") -> str:
        return str(self.out / "rejects" / stage_id / "*.parquet")

    @property
    def kept_files(self) -> str:
        return str(self.out / "data" / "**" / "*.parquet")

    def _has(self, pattern: str) -> bool:
        root = Path(pattern.split("*", 1)[0])
        return root.is_dir() and any(root.rglob("*.parquet"))

    @cached_property
    def queues(self) -> list[Queue]:
        queues: list[Queue] = []
        if self._has(self.reject_files()):
            for stage_dir in sorted(p for p in (self.out / "rejects").iterdir() if p.is_dir()):
                if not any(stage_dir.glob("*.parquet")):
                    continue
                counts = (
                    pl.scan_parquet(self.reject_files(stage_dir.name)).group_by("reason").len().sort("reason").collect()
                )
                for reason, n in counts.iter_rows():
                    title = f"{stage_dir.name} · {reason}"
                    queues.append(Queue("reject", title, n, stage_id=stage_dir.name, reason=reason))
            pairs = (
                pl.scan_parquet(self.reject_files())
                .filter(pl.col("duplicate_of").is_not_null())
                .select(pl.len())
                .collect()
                .item()
            )
            if pairs:
                queues.append(Queue(PAIRS, "near-duplicate pairs (removed vs kept)", pairs))
        edits = self.out / "edits"
        for stage_dir in sorted(p for p in edits.iterdir() if p.is_dir()) if edits.is_dir() else []:
            if any(stage_dir.glob("*.parquet")):
                n = pl.scan_parquet(str(stage_dir / "*.parquet")).select(pl.len()).collect().item()
                queues.append(Queue(EDITS, f"{stage_dir.name} · lines removed (samples)", n, stage_id=stage_dir.name))
        if self._has(self.kept_files):
            scan = pl.scan_parquet(self.kept_files)
            names = scan.collect_schema().names()
            keys = ["source", "language"] if "language" in names else ["source"]
            for row in scan.group_by(keys).len().sort(keys, nulls_last=True).collect().iter_rows(named=True):
                language = row.get("language")
                title = f"kept · {row['source']}" + (f" · {language}" if language else "")
                queues.append(Queue("kept", title, row["len"], source=row["source"], language=language))
        return queues

    def queue(self, qid: str) -> Queue | None:
        return next((q for q in self.queues if q.qid == qid), None)

    def opened(self, queue: Queue) -> bool:
        """Whether the queue's sample is loaded (the index page counts judgements only there)."""
        return queue.qid in self._samples

    def sample(self, queue: Queue) -> list[dict[str, Any]]:
        """The queue's records in seeded random order (loaded on first use, then kept)."""
        if queue.qid not in self._samples:
            self._samples[queue.qid] = self._load(queue)
        return self._samples[queue.qid]

    def _load(self, queue: Queue) -> list[dict[str, Any]]:
        if queue.kind == "kept":
            scan = pl.scan_parquet(self.kept_files)
            wanted = pl.col("source") == queue.source
            if queue.language is not None:
                wanted &= pl.col("language") == queue.language
            elif "language" in scan.collect_schema().names():
                wanted &= pl.col("language").is_null()
        elif queue.kind == PAIRS:
            scan = pl.scan_parquet(self.reject_files())
            wanted = pl.col("duplicate_of").is_not_null()
        elif queue.kind == EDITS:
            scan = pl.scan_parquet(str(self.out / "edits" / str(queue.stage_id) / "*.parquet"))
            wanted = pl.lit(True)
        else:
            scan = pl.scan_parquet(self.reject_files(str(queue.stage_id)))
            wanted = pl.col("reason") == queue.reason
        rows = (
            scan.filter(wanted)
            .with_columns(pl.col("id").hash(seed=self.seed).alias("_order"))
            .sort("_order")
            .head(SAMPLE)
            .drop("_order")
            .collect()
            .to_dicts()
        )
        for row in rows:
            row.setdefault("stage", None)
            row.setdefault("reason", None)
            if queue.kind == "kept":
                row["stage"] = row["reason"] = None
            elif queue.kind == "reject":
                row["stage_id"] = queue.stage_id
            elif queue.kind == EDITS:  # judged like a reject: was removing these lines right?
                row["reason"] = f"edit:{row['stage']}"
                row["diff"], row["removed"] = diff_lines(row["before"], row["after"])
        if queue.kind == PAIRS:
            self._attach_survivors(rows)
        return rows

    def _attach_survivors(self, rows: list[dict[str, Any]]) -> None:
        """Each removed near-duplicate gets the text of the record it duplicates (kept, or removed
        later by another stage)."""
        ids = [row["duplicate_of"] for row in rows]
        texts: dict[str, str] = {}
        for pattern in (self.kept_files, self.reject_files()):
            if self._has(pattern):
                found = pl.scan_parquet(pattern).filter(pl.col("id").is_in(ids)).select("id", "text").collect()
                texts |= {k: v for k, v in found.iter_rows() if k not in texts}
        for row in rows:
            row["survivor_text"] = texts.get(row["duplicate_of"])

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Records whose id is ``query`` or whose text contains it (literally), kept and rejected."""
        found: list[dict[str, Any]] = []
        for pattern, kept in ((self.kept_files, True), (self.reject_files(), False)):
            if not self._has(pattern) or len(found) >= limit:
                continue
            scan = pl.scan_parquet(pattern)
            names = scan.collect_schema().names()
            columns = [c for c in TEXT_COLUMNS if c in names]
            matched = pl.col("id") == query
            if "text" in names:
                matched |= pl.col("text").str.contains(query, literal=True)
            for row in scan.filter(matched).select(columns).head(limit - len(found)).collect().to_dicts():
                if kept:
                    row["stage"] = row["reason"] = None
                found.append(row)
        return found
