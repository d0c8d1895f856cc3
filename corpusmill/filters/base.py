"""The contract every corpusmill stage follows.

A stage is a datatrove ``PipelineStep`` that looks at each record and either keeps it (possibly
editing its text or adding metadata columns) or rejects it with a stable reason code. The base
class does the bookkeeping that makes "nothing is lost" provable: it counts ``in``, ``kept``,
``rejected:<reason>`` and ``fixed:<reason>`` through datatrove's own per-task stats, and hands
every rejected record to a rejects sink injected by the runner. Rules therefore only decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

import pyarrow as pa
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.stats import Stats
from pydantic import BaseModel, ConfigDict

IN, KEPT, REJECTED, FIXED = "in", "kept", "rejected:", "fixed:"


@dataclass(frozen=True, slots=True)
class Reject:
    """Why a record leaves the pipeline. ``reason`` is a full code such as ``length:too_short``."""

    reason: str
    detail: str = ""
    duplicate_of: str | None = None
    similarity: float | None = None


Verdict = Reject | None


class RejectSink(Protocol):
    """Where rejected records go; the runner provides one per task (see ``pipeline.sinks``)."""

    def write(self, doc: Document, stage: str, reject: Reject) -> None: ...

    def close(self) -> None: ...


class RejectSinkFactory(Protocol):
    def open(self, stage_id: str, rank: int) -> RejectSink: ...


class StageParams(BaseModel):
    """Base of every stage's parameter model: unknown keys are configuration errors."""

    model_config = ConfigDict(extra="forbid")


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Stage(PipelineStep):
    """A per-record stage: subclasses implement ``process`` (or ``process_batch`` for speed).

    ``columns`` declares the metadata keys a stage adds to kept records and their Arrow types, so
    every task writes Parquet with the same schema whatever its records contain.
    """

    name: ClassVar[str] = "stage"
    type = "corpusmill"
    Params: ClassVar[type[StageParams]] = StageParams
    columns: ClassVar[dict[str, pa.DataType]] = {}
    batch_size: int = 1

    def __init__(self, params: StageParams | None = None) -> None:
        super().__init__()
        self.params = params if params is not None else self.Params()
        self.stage_id = self.name
        self.rejects: RejectSinkFactory | None = None

    def bind(self, stage_id: str, rejects: RejectSinkFactory | None) -> None:
        """Called by the runner: a unique id (``03_length``) names stats and reject files."""
        self.stage_id = stage_id
        self.stats = Stats(stage_id)
        self.rejects = rejects

    def process(self, doc: Document) -> Verdict:
        raise NotImplementedError

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        return [self.process(doc) for doc in docs]

    def count_fix(self, reason: str, n: int = 1) -> None:
        """Record a repair (e.g. ``normalize:control_chars``) that kept a record usable."""
        self.stat_update(FIXED + reason, value=n)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        sink: RejectSink | None = None
        try:
            for batch in batched(data, self.batch_size):
                with self.track_time("batch" if self.batch_size > 1 else None):
                    verdicts = self.process_batch(batch)
                for doc, verdict in zip(batch, verdicts, strict=True):
                    self.stat_update(IN)
                    if verdict is None:
                        self.stat_update(KEPT)
                        yield doc
                        continue
                    self.stat_update(REJECTED + verdict.reason)
                    if self.rejects is not None:
                        if sink is None:
                            sink = self.rejects.open(self.stage_id, rank)
                        sink.write(doc, self.name, verdict)
        finally:
            if sink is not None:
                sink.close()


def column(doc: Document, key: str, default: Any = None) -> Any:
    return doc.metadata.get(key, default)


ORDER = "_order"
"""Metadata key holding a record's global position (file index << 32 | record index in file).

It is independent of how files are split between tasks, so "keep the first" decisions and
output order are the same whatever the number of workers."""


class GlobalStage:
    """A stage that must see the whole run before it can decide (deduplication across tasks).

    The runner cuts the pipeline at each global stage: ``signature_step`` runs at the end of the
    segment before it (it must pass every record through unchanged), the ``reduce_runs`` run as
    their own chained executor runs, and ``filter_step`` opens the next segment and does the
    accounting. ``workdir`` is a folder private to this stage instance in this run.
    """

    name: ClassVar[str] = "global"
    Params: ClassVar[type[StageParams]] = StageParams
    columns: ClassVar[dict[str, pa.DataType]] = {}

    def __init__(self, params: StageParams | None = None) -> None:
        self.params = params if params is not None else self.Params()

    def signature_step(self, workdir: str) -> PipelineStep:
        raise NotImplementedError

    def reduce_runs(self, workdir: str, tasks: int) -> list[tuple[list[PipelineStep], int]]:
        raise NotImplementedError

    def filter_step(self, workdir: str) -> Stage:
        raise NotImplementedError

    def summary(self, workdir: str) -> dict[str, Any]:
        """Figures for ``stats.json`` beyond in/kept/rejected (e.g. cluster sizes); none by default."""
        return {}
