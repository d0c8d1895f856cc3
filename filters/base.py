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

from corpusmill.schema import ORDER as ORDER  # re-exported: stages import it from here
from corpusmill.schema import TEXT

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


class EditSink(Protocol):
    """Where samples of line edits go: a kept record's text before and after a stage removed lines."""

    def write(self, doc: Document, stage: str, before: str) -> None: ...

    def close(self) -> None: ...


class EditSinkFactory(Protocol):
    def open(self, stage_id: str, rank: int) -> EditSink: ...


class RuleOutcome(Protocol):
    """One rule's measured value against its threshold, for ``corpusmill explain``."""

    rule: str
    passed: bool
    value: float
    threshold: float


@dataclass(frozen=True)
class Chain:
    """Where a stage sits in a validated config, for its coherence checks (``Describes.check``)."""

    index: int
    stages: list[str]
    source_types: list[str]
    tasks: int

    @property
    def key(self) -> str:
        """This stage's config key, e.g. ``stages[3].language``."""
        return f"stages[{self.index}].{self.stages[self.index]}"


Problem = tuple[str, str]
"""A configuration problem: the config key it is about (``executor.tasks``) and a message."""


class Describes:
    """What every stage, per-record or global, says about itself.

    ``columns`` (name → Arrow type) are the columns it adds to kept records, ``needs`` the ones it
    reads beyond ``id``; config validation checks the chain from these before any work, so a stage
    that needs ``messages`` after a text source is a one-line configuration error, not a
    ``KeyError`` hours into a run. ``check`` adds the stage's own rules about its neighbours and
    files; ``explain`` lists its rules' values for one document (``corpusmill explain``).
    """

    name: ClassVar[str] = "stage"
    Params: ClassVar[type[StageParams]]
    columns: ClassVar[dict[str, pa.DataType]] = {}
    needs: ClassVar[frozenset[str]] = frozenset({TEXT})
    is_global: ClassVar[bool] = False
    decides: ClassVar[bool] = True
    """Whether the stage rejects by judging records (``mode: tag`` is for these); stages that only
    repair or edit text (and reject only what nothing is left of) set it False."""
    tagging: bool = False
    """``mode: tag``: keep every record and write ``tag_columns`` (see ``filters.tagging``)."""
    measured_with: ClassVar[tuple[str, ...]] = ()
    """Parameters (dotted for nested ones) the tagged measures depend on: ``corpusmill select``
    refuses to change them (it would need to measure again)."""
    settles: ClassVar[bool] = False
    """In tag mode, what it would reject ``corpusmill select`` can never keep (its ``select_problem``
    refuses any change that would): later tagged per-record stages pass those records on unmeasured
    (``filters.tagging.settled``), as a reject-mode run never shows them to later stages."""

    @classmethod
    def adds(cls) -> dict[str, pa.DataType]:
        return dict(cls.columns)

    @classmethod
    def measures(cls, params: Any) -> dict[str, pa.DataType]:
        """What the stage measures in tag mode, by key (``gopher_alpha_words``), from its params:
        every task writes the same Parquet schema. None by default: only the reason is tagged."""
        return {}

    @classmethod
    def tag_columns(cls, params: Any) -> dict[str, pa.DataType]:
        """The namespaced columns tag mode adds: ``<name>.<measure>`` and ``<name>.reason``."""
        from corpusmill.filters.tagging import tag_schema

        return tag_schema(cls.name, cls.measures(params))

    @classmethod
    def decisions(cls, params: Any) -> list[Any]:
        """How ``corpusmill select`` decides from the tagged columns (``filters.tagging.Decision``,
        in the stage's order); by default the tagged reason as it was."""
        from corpusmill.filters.tagging import tagged_reason

        return [tagged_reason(cls.name)]

    @classmethod
    def select_problem(cls, params: Any, tagged: dict[str, Any], later: list[str]) -> str | None:
        """Why ``corpusmill select`` cannot apply ``params`` to values tagged with ``tagged`` (the run's
        params, as dumped) when the stages ``later`` follow it, or None; none by default."""
        return None

    @classmethod
    def relabels(cls, params: Any) -> dict[str, Any]:
        """Columns ``corpusmill select`` writes again on kept records from the tagged ones (polars
        expressions by column), where a label depends on a threshold; none by default."""
        return {}

    @classmethod
    def check(cls, params: Any, chain: Chain) -> list[Problem]:
        """Problems with this stage's place in the chain or with its files; none by default."""
        return []

    def explain(self, doc: Document) -> list[RuleOutcome]:
        """Every rule's measured value and threshold for ``doc``; stages without rules list none."""
        return []


class StageParams(BaseModel):
    """Base of every stage's parameter model: unknown keys are configuration errors.

    ``path_fields`` names the fields holding files (a path, a list of paths or a mapping to paths):
    the config loader resolves them against the config file's folder and checks that they exist
    before any work.

    Each field is documented by the docstring under it (one style for every stage): the
    parameter tables in ``docs/reference/stage-parameters.md`` are generated from them by
    ``corpusmill.pipeline.params_doc``."""

    model_config = ConfigDict(extra="forbid")  # docstrings are read by params_doc, not at every class creation
    path_fields: ClassVar[tuple[str, ...]] = ()


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Stage(Describes, PipelineStep):
    """A per-record stage: subclasses implement ``process`` (or ``process_batch`` for speed).

    ``columns`` declares the metadata keys a stage adds to kept records and their Arrow types, so
    every task writes Parquet with the same schema whatever its records contain.

    Outside corpusmill's runner a stage is a plain datatrove step: put it in any pipeline and call
    ``bind(stage_id, rejects)`` with a ``RejectSinkFactory`` (e.g. ``pipeline.sinks.RejectsWriter``)
    to have its rejected records written; unbound, they are counted and dropped.
    """

    type = "corpusmill"
    Params: ClassVar[type[StageParams]] = StageParams
    batch_size: int = 1
    line_editor: ClassVar[bool] = False
    """Removes lines from records it keeps: the runner hands it an ``edits`` sink, which gets the
    text before and after of the first ``edit_samples`` records it edits in each task (the report
    and ``corpusmill review`` show what was cut, not only how many lines)."""
    edit_samples: ClassVar[int] = 50
    settled_by: tuple[str, ...] = ()
    """Tag mode: the reason columns of earlier tagged stages that ``settles`` (set by the runner)."""

    def __init__(self, params: StageParams | None = None) -> None:
        super().__init__()
        self.params = params if params is not None else self.Params()
        self.stage_id = self.name
        self.rejects: RejectSinkFactory | None = None
        self.review_keep: dict[str, frozenset[str]] = {}
        self.edits: EditSinkFactory | None = None
        """Reason -> ids a person judged wrongly rejected (``overrides: {labels: ...}``): kept."""

    def bind(self, stage_id: str, rejects: RejectSinkFactory | None) -> None:
        """Called by the runner: a unique id (``03_length``) names stats and reject files."""
        self.stage_id = stage_id
        self.stats = Stats(stage_id)
        self.rejects = rejects

    def process(self, doc: Document) -> Verdict:
        raise NotImplementedError

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        return [self.process(doc) for doc in docs]

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        """Tag mode: each record's verdict and measured values (keys of ``measures``). By default
        the reject-mode verdict and nothing measured; stages with measures override it."""
        return [(verdict, {}) for verdict in self.process_batch(docs)]

    def count_fix(self, reason: str, n: int = 1) -> None:
        """Record a repair (e.g. ``normalize:control_chars``) that kept a record usable."""
        self.stat_update(FIXED + reason, value=n)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        if self.tagging:
            yield from self._run_tagging(data)
            return
        sink: RejectSink | None = None
        edit_sink: EditSink | None = None
        edited = 0
        try:
            for batch in batched(data, self.batch_size):
                befores = [doc.text for doc in batch] if self.edits is not None and edited < self.edit_samples else None
                with self.track_time("batch" if self.batch_size > 1 else None):
                    verdicts = self.process_batch(batch)
                for at, (doc, verdict) in enumerate(zip(batch, verdicts, strict=True)):
                    self.stat_update(IN)
                    if verdict is not None and doc.id in self.review_keep.get(verdict.reason, ()):
                        self.count_fix("review:kept")
                        verdict = None
                    if verdict is None:
                        self.stat_update(KEPT)
                        if befores is not None and edited < self.edit_samples and doc.text != befores[at]:
                            if edit_sink is None:
                                edit_sink = self.edits.open(self.stage_id, rank)
                            edit_sink.write(doc, self.name, befores[at])
                            edited += 1
                        yield doc
                        continue
                    self.stat_update(REJECTED + verdict.reason)
                    if self.rejects is not None:
                        if sink is None:
                            sink = self.rejects.open(self.stage_id, rank)
                        sink.write(doc, self.name, verdict)
        finally:
            for opened in (sink, edit_sink):
                if opened is not None:
                    opened.close()

    def _run_tagging(self, data: DocumentsPipeline) -> DocumentsPipeline:
        """Keep every record; write the measures and the reason it would have been rejected for."""
        from corpusmill.filters.tagging import REASON, TAGGED, settled, tag_column

        prefix = self.name + "."
        reason_key = tag_column(self.name, REASON)
        for batch in batched(data, self.batch_size):
            skip = [settled(doc, self.settled_by) for doc in batch]
            measured = [doc for doc, skipped in zip(batch, skip, strict=True) if not skipped]
            with self.track_time("batch" if self.batch_size > 1 else None):
                results = iter(self.tag_batch(measured) if measured else ())
            for doc, skipped in zip(batch, skip, strict=True):
                verdict, values = (None, {}) if skipped else next(results)
                self.stat_update(IN)
                if verdict is not None and doc.id in self.review_keep.get(verdict.reason, ()):
                    self.count_fix("review:kept")
                    verdict = None
                for key, value in values.items():
                    doc.metadata[prefix + key] = value
                doc.metadata[reason_key] = None if verdict is None else verdict.reason
                if verdict is not None:
                    self.stat_update(TAGGED + verdict.reason)
                self.stat_update(KEPT)
                yield doc


def column(doc: Document, key: str, default: Any = None) -> Any:
    return doc.metadata.get(key, default)


class GlobalStage(Describes):
    """A stage that must see the whole run before it can decide (deduplication across tasks).

    The runner cuts the pipeline at each global stage: ``signature_step`` runs at the end of the
    segment before it (it must pass every record through unchanged), the ``reduce_runs`` run as
    their own chained executor runs, and ``filter_step`` opens the next segment and does the
    accounting. ``workdir`` is a folder private to this stage instance in this run.
    """

    name: ClassVar[str] = "global"
    Params: ClassVar[type[StageParams]] = StageParams
    is_global: ClassVar[bool] = True
    settled_by: tuple[str, ...] = ()
    """Tag mode: the reason columns of earlier tagged stages that ``settles`` (set by the runner).
    ``near_dedup`` signs none of those records: no selection keeps them, and a reject run never
    lets them join two clusters."""

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
