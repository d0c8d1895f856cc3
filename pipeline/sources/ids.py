"""Record ids unique across the whole run, the same whatever the number of tasks.

A record keeps its id unless an earlier record in the run's global order (``_order``: file, then
line) has the same one; then it becomes ``<id>@<file>:<n>``. A task that reads every file finds
those records as it reads. When files are spread over tasks, no task sees them all, so an id pass
runs first, the way ``exact_dedup`` works: every task hashes its records' ids (128 bits, so two
different ids never meet) into one file per hash bucket, one reduce task per bucket lists the
records whose id came earlier, and each reading task loads the list for its own files. The pass
reads the input once more; records with a unique id keep it, and the default id
``<source>:<file>:<line>`` is unique by construction.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash
from datatrove.data import DocumentsPipeline
from datatrove.io import get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.io.parquet import ParquetFile
from corpusmill.schema import ORDER

KEY_SCHEMA = pa.schema([("hi", pa.uint64()), ("lo", pa.uint64()), (ORDER, pa.int64())])
RENAMED_SCHEMA = pa.schema([(ORDER, pa.int64())])
LOW = (1 << 64) - 1


def id_key(doc_id: str) -> int:
    """A 128-bit hash of an id (a lone surrogate from a damaged file hashes too)."""
    return xxhash.xxh3_128_intdigest(doc_id.encode("utf-8", "surrogatepass"))


def needs_id_pass(files: int, tasks: int) -> bool:
    """Only when more than one task reads and more than one file (or part) is read."""
    return files > 1 and tasks > 1


class IdKeys(PipelineStep):
    """The id pass: every record's id hash and ``_order``, spread into one file per bucket."""

    name = "id_keys"
    type = "corpusmill"

    def __init__(self, files: list, limit: int | None, workdir: str) -> None:
        super().__init__()
        self.files, self.limit, self.workdir = files, limit, workdir

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from corpusmill.pipeline.sources.reader import task_documents  # the reader imports this module

        buckets = [
            ParquetFile(self.workdir, f"keys/{b:05d}/{rank:05d}.parquet", KEY_SCHEMA, keep_empty=True)
            for b in range(world_size)
        ]
        for _, doc in task_documents(self.files, rank, world_size, self.limit):
            key = id_key(doc.id)
            buckets[key % world_size].write({"hi": key >> 64, "lo": key & LOW, ORDER: doc.metadata[ORDER]})
        for bucket in buckets:
            bucket.close()
        return
        yield


class IdReduce(PipelineStep):
    """One task per bucket: every record whose id an earlier record has, listed for the task that
    reads it (file ``i`` is read by task ``i % tasks``, and ``_order >> 32`` is ``i``)."""

    name = "id_reduce"
    type = "corpusmill"

    def __init__(self, workdir: str, tasks: int) -> None:
        super().__init__()
        self.workdir, self.tasks = workdir, tasks

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        names = [f"keys/{rank:05d}/{r:05d}.parquet" for r in range(self.tasks)]
        missing = [n for n in names if not folder.exists(n)]
        if missing:
            raise RuntimeError(f"id pass: {missing[0]} is missing in {self.workdir}: rerun the same command")
        tables = []
        for name in names:
            with folder.open(name, "rb") as handle:
                tables.append(pq.read_table(handle))
        keys = pa.concat_tables(tables)
        hi, lo, order = (keys[c].to_numpy() for c in ("hi", "lo", ORDER))
        sort = np.lexsort((order, lo, hi))
        hi, lo, order = hi[sort], lo[sort], order[sort]
        repeated = order[1:][(hi[1:] == hi[:-1]) & (lo[1:] == lo[:-1])]
        self.stat_update("renamed", value=len(repeated))
        origin = (repeated >> 32) % self.tasks
        for task in range(self.tasks):
            out = ParquetFile(self.workdir, f"renamed/{task:05d}/{rank:05d}.parquet", RENAMED_SCHEMA, keep_empty=True)
            for value in repeated[origin == task].tolist():
                out.write({ORDER: value})
            out.close()
        return
        yield


def id_runs(files: list, tasks: int, limit: int | None, workdir: str) -> list[tuple[str, list[PipelineStep], int]]:
    """The id pass as (run name, steps, tasks), run before the first segment."""
    return [("ids", [IdKeys(files, limit, workdir)], tasks), ("ids_reduce", [IdReduce(workdir, tasks)], tasks)]


def load_renamed(workdir: str, rank: int, tasks: int) -> frozenset[int]:
    """The ``_order`` of this task's records whose id came earlier in the run."""
    folder = get_datafolder(workdir)
    found: set[int] = set()
    for bucket in range(tasks):
        name = f"renamed/{rank:05d}/{bucket:05d}.parquet"
        if not folder.exists(name):
            raise RuntimeError(f"id pass: {name} is missing in {workdir}: rerun the same command")
        with folder.open(name, "rb") as handle:
            found.update(pq.read_table(handle)[ORDER].to_pylist())
    return frozenset(found)
