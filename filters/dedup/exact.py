"""Exact duplicates across the whole run, found the way datatrove's dedup steps work: hash, shuffle
by hash bucket, decide per bucket, filter.

Text is compared after case folding and whitespace collapsing, so copies that differ only in
layout count as the same. The kept copy is the one with the smallest ``_order`` (first in input
order), which does not depend on how files were split between tasks.
"""

from __future__ import annotations

import re
from typing import Any

import pyarrow as pa
import xxhash
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import get_datafolder
from datatrove.pipeline.base import PipelineStep
from pydantic import Field

from corpusmill.filters.base import ORDER, GlobalStage, Reject, Stage, StageParams, Verdict
from corpusmill.io.parquet import ParquetFile

WHITESPACE = re.compile(r"\s+")
SIG_SCHEMA = pa.schema([("hash", pa.uint64()), (ORDER, pa.int64()), ("id", pa.string())])
DUP_SCHEMA = pa.schema([(ORDER, pa.int64()), ("duplicate_of", pa.string()), ("rank", pa.int64()), ("size", pa.int64())])
"""A member of a group of copies: the group's first record, its place in input order and the group's size."""
REASON = "exact_duplicate"


class ExactDedupParams(StageParams):
    copies: int = Field(default=1, ge=1)
    """Records kept of each group of copies (the first ones in input order); more than 1 keeps
    some repetition of what the web repeats (upsampling by cluster size)."""


def text_hash(text: str) -> int:
    return xxhash.xxh3_64_intdigest(WHITESPACE.sub(" ", text.casefold()).strip())


class ExactSignatures(PipelineStep):
    """End of the previous segment: spreads (hash, order, id) into one file per hash bucket."""

    name = "exact_dedup_signatures"
    type = "corpusmill"

    def __init__(self, workdir: str) -> None:
        super().__init__()
        self.workdir = workdir

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        buckets = [
            ParquetFile(self.workdir, f"sigs/{b:05d}/{rank:05d}.parquet", SIG_SCHEMA, keep_empty=True)
            for b in range(world_size)
        ]
        for doc in data:
            digest = text_hash(doc.text)
            buckets[digest % world_size].write({"hash": digest, ORDER: doc.metadata[ORDER], "id": doc.id})
            yield doc
        for bucket in buckets:
            bucket.close()


class ExactReduce(PipelineStep):
    """One task per bucket: every hash seen more than once keeps its first record."""

    name = "exact_dedup_reduce"
    type = "corpusmill"

    def __init__(self, workdir: str, tasks: int, copies: int = 1, tagging: bool = False) -> None:
        super().__init__()
        self.workdir = workdir
        self.tasks = tasks
        self.copies, self.tagging = copies, tagging

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        import polars as pl  # only the reduce needs it; importing it costs ~0.15 s

        folder = get_datafolder(self.workdir)
        names = [f"sigs/{rank:05d}/{r:05d}.parquet" for r in range(self.tasks)]
        missing = [n for n in names if not folder.exists(n)]
        if missing:
            raise RuntimeError(
                f"exact_dedup: {len(missing)} of {self.tasks} signature files missing in {self.workdir} "
                f"(e.g. {missing[0]}); the previous segment did not complete: rerun the same command"
            )
        frames = []
        for origin, name in enumerate(names):
            with folder.open(name, "rb") as handle:
                frames.append(pl.read_parquet(handle).with_columns(pl.lit(origin).alias("rank")))
        sigs = pl.concat(frames).sort("hash", ORDER)
        members = sigs.with_columns(
            pl.col("id").first().over("hash").alias("duplicate_of"),
            pl.int_range(pl.len()).over("hash").alias("place"),
            pl.len().over("hash").alias("size"),
        )
        dups = members.filter(pl.col("place") >= self.copies)
        self.stat_update("duplicates", value=dups.height)
        listed = members.filter(pl.col("size") > 1) if self.tagging else dups  # tag mode: every member
        for origin in range(self.tasks):
            part = listed.filter(pl.col("rank") == origin).select(
                ORDER, "duplicate_of", pl.col("place").alias("rank"), "size"
            )
            out = ParquetFile(self.workdir, f"dups/{origin:05d}/{rank:05d}.parquet", DUP_SCHEMA, keep_empty=True)
            for row in part.iter_rows(named=True):
                out.write(row)
            out.close()
        return
        yield


class ExactDedupFilter(Stage):
    """Start of the next segment: rejects the records the reduce marked, naming the kept copy."""

    name = "exact_dedup"
    Params = ExactDedupParams

    def __init__(self, workdir: str, params: ExactDedupParams | None = None) -> None:
        super().__init__(params)
        self.workdir = workdir
        self._dups: dict[int, tuple[str, int, int]] = {}

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        self._dups = self._load(rank, world_size)
        return super().run(data, rank, world_size)

    def _load(self, rank: int, buckets: int) -> dict[int, tuple[str, int, int]]:
        folder = get_datafolder(self.workdir)
        names = [f"dups/{rank:05d}/{b:05d}.parquet" for b in range(buckets)]
        missing = [n for n in names if not folder.exists(n)]
        if missing:
            raise RuntimeError(f"exact_dedup: duplicate lists missing ({missing[0]}): rerun the same command")
        import polars as pl

        dups: dict[int, tuple[str, int, int]] = {}
        for name in names:
            with folder.open(name, "rb") as handle:
                frame = pl.read_parquet(handle)
            members = zip(
                frame["duplicate_of"].to_list(), frame["rank"].to_list(), frame["size"].to_list(), strict=True
            )
            dups.update(zip(frame[ORDER].to_list(), members, strict=True))
        return dups

    def process(self, doc: Document) -> Verdict:
        found = self._dups.get(doc.metadata[ORDER])
        if found is None or found[1] < self.params.copies:
            return None
        kept = found[0]
        return Reject(REASON, f"same text as {kept}", duplicate_of=kept, similarity=1.0)

    @classmethod
    def measures(cls, params: ExactDedupParams) -> dict[str, pa.DataType]:
        """The group of copies (its first record's id), its size and the record's place in it."""
        return {"cluster": pa.string(), "cluster_size": pa.int64(), "rank": pa.int64()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        tagged: list[tuple[Verdict, dict[str, Any]]] = []
        for doc in docs:
            first, place, size = self._dups.get(doc.metadata[ORDER], (doc.id, 0, 1))
            tagged.append((self.process(doc), {"cluster": first, "cluster_size": size, "rank": place}))
        return tagged

    @classmethod
    def decisions(cls, params: ExactDedupParams) -> list[Any]:
        from corpusmill.filters.tagging import dedup_decision

        return [dedup_decision(cls.name, REASON, params.copies, index=False)]


class ExactDedup(GlobalStage):
    name = "exact_dedup"
    Params = ExactDedupParams
    params: ExactDedupParams
    measures = ExactDedupFilter.measures
    decisions = ExactDedupFilter.decisions

    def signature_step(self, workdir: str) -> PipelineStep:
        return ExactSignatures(workdir)

    def reduce_runs(self, workdir: str, tasks: int) -> list[tuple[list[PipelineStep], int]]:
        return [([ExactReduce(workdir, tasks, self.params.copies, self.tagging)], tasks)]

    def filter_step(self, workdir: str) -> Stage:
        return ExactDedupFilter(workdir, self.params)

    def resources(self, records: int, removed: int, tasks: int, sample: list[Document]) -> dict[str, Any]:
        """Work-folder disk and peak memory per task (see ``NearDedup.resources``): the reduce of
        one hash bucket holds its records' (hash, order, id) rows in polars, about 3x their size."""
        row = 8 + 8 + 8 + (sum(len(d.id) for d in sample) / len(sample) if sample else 32)
        per_task = -(-records // tasks)
        return {
            "reduce tasks": str(tasks),
            "disk": int(records * row + removed * (row + 16)),
            "peak": {
                "reduce": (200 << 20) + int(per_task * row * 3),
                "filter": (150 << 20) + int(removed / tasks * 100),
            },
        }
