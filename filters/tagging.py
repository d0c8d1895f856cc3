"""``mode: tag``: a deciding stage keeps every record and writes what it measured.

A stage in tag mode adds typed columns named ``<stage>.<measure>`` (``quality.gopher_alpha_words``,
``language.score``, ``near_dedup.cluster``) and ``<stage>.reason``, the reason it would have
rejected the record for (null if none). ``corpusmill select`` later decides again from those
columns with other thresholds, without reading or measuring any text.

Each stage says how to decide from its columns as a list of ``Decision``: a polars expression that
is true where the record fails, the rule's name and a detail, in the stage's own order (the first
failing one names the reason, as in reject mode). ``bound`` builds the common case, a measured
value against a minimum or a maximum, with exactly ``Rule.check``'s comparison: a value that is
NaN (the rule does not apply to this text) or null (not measured for this record, e.g. a Chinese
rule on an English text) passes. A stage that tags only its reason gets ``tagged_reason``: select
can apply it again as it was, but cannot change its parameters.

Settled records: what a stage that ``settles`` (``language``) would reject, select can never keep
(it refuses a lower threshold, ``keep_unknown``, a language the run did not keep, or leaving the
stage out, whenever tagged per-record stages follow). Those records are therefore passed on
unmeasured by the later tagged per-record stages: their tag columns and reason are null. A
reject-mode run never shows them to later stages either, so select decides exactly the same, and a
tagged run does not pay for measuring what it can never keep (building the word splitter of every
language it rejects, for one). ``near_dedup`` signs none of them either (they join no cluster, as in
a reject run); ``exact_dedup`` and ``boilerplate_lines`` see every record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

import pyarrow as pa

Mode = Literal["reject", "tag"]
TAG: Mode = "tag"
REJECT: Mode = "reject"
REASON = "reason"
TAGGED = "tagged:"
"""Stats key prefix: in tag mode a stage counts ``tagged:<reason>`` for what it would have rejected."""


def tag_column(stage: str, key: str) -> str:
    """The column of one measure of one stage: ``quality.gopher_alpha_words``."""
    return f"{stage}.{key}"


def settled(doc: Any, reason_columns: tuple[str, ...]) -> bool:
    """Whether an earlier stage that ``settles`` would have rejected ``doc`` (a record select can
    never keep: later tagged stages leave it unmeasured)."""
    return any(doc.metadata.get(key) is not None for key in reason_columns)


def tag_schema(stage: str, measures: dict[str, pa.DataType]) -> dict[str, pa.DataType]:
    """Every column a stage writes in tag mode: its measures and ``<stage>.reason``."""
    columns = {tag_column(stage, key): kind for key, kind in measures.items()}
    columns[tag_column(stage, REASON)] = pa.string()
    return columns


@dataclass(frozen=True)
class Decision:
    """One rule of one stage, decided from tagged columns (``corpusmill select``).

    ``fails`` is a boolean polars expression (null counts as passing), ``rule`` a string expression
    naming the rule (``gopher_alpha_words``, or ``de`` for an unwanted language), ``value`` a
    string expression for the reject's detail. ``column``, ``threshold`` and ``lower_bound`` are set
    for plain bounds, which ``--what-if`` can move, and whose ``value`` reads ``column`` only (select
    carries that one value out of its decide pass instead of every bound's column). ``cluster``
    marks a dedup decision (see ``Dedup``)."""

    rule: Any
    fails: Any
    value: Any
    columns: tuple[str, ...]
    column: str | None = None
    threshold: float | None = None
    lower_bound: bool = False
    dedup: Dedup | None = None
    as_tagged: bool = False
    """True when the decision repeats the tagged reason (the stage's parameters cannot change)."""

    def with_threshold(self, threshold: float) -> Decision:
        """The same bound at another threshold (``--what-if``)."""
        if self.column is None:
            raise ValueError("not a threshold rule")
        rebuilt = bound(self.column, self.rule_name, threshold, self.lower_bound)
        return replace(rebuilt, columns=self.columns)

    @property
    def rule_name(self) -> str:
        import polars as pl

        return pl.select(self.rule).item()


@dataclass(frozen=True)
class Dedup:
    """Keep the first ``copies`` members of each cluster that survived the stages before (by the
    tagged rank, which is the stage's own keep order), as the stage does in reject mode on the
    records that reach it. ``index`` names a boolean column: the cluster holds a record of an
    earlier run's index, so no member is kept."""

    stage: str
    reason: str
    copies: int = 1
    index: str | None = None
    cluster: str = field(init=False, default="")
    rank: str = field(init=False, default="")
    size: str = field(init=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "cluster", tag_column(self.stage, "cluster"))
        object.__setattr__(self, "rank", tag_column(self.stage, "rank"))
        object.__setattr__(self, "size", tag_column(self.stage, "cluster_size"))


def passes(value: float, threshold: float, lower_bound: bool) -> bool:
    """The one comparison of a measured value with its bound, shared by ``Rule.check``."""
    return value >= threshold if lower_bound else value <= threshold


def bound(column: str, rule: str, threshold: float, lower_bound: bool) -> Decision:
    """``column`` must reach ``threshold`` (a minimum) or not exceed it (a maximum)."""
    import polars as pl

    value = pl.col(column).cast(pl.Float64)
    ok = value >= threshold if lower_bound else value <= threshold
    fails = value.is_not_null() & value.is_not_nan() & ~ok
    shown = pl.format("{}={} threshold={}", pl.lit(rule), value.round_sig_figs(4), pl.lit(f"{threshold:g}"))
    return Decision(pl.lit(rule), fails, shown, (column,), column, threshold, lower_bound)


def tagged_reason(stage: str) -> Decision:
    """Reject where the stage tagged a reason, named as it was (``safety:adult`` → ``adult``)."""
    import polars as pl

    reason = pl.col(tag_column(stage, REASON))
    rule = reason.str.splitn(":", 2).struct.field("field_1").fill_null(reason)
    rule = pl.when(reason.str.contains(":")).then(rule).otherwise(reason)
    return Decision(rule, reason.is_not_null(), reason, (tag_column(stage, REASON),), as_tagged=True)


def dedup_decision(stage: str, reason: str, copies: int, index: bool) -> Decision:
    """A dedup stage's decision; ``fails`` is filled in by select, which needs the survivors."""
    import polars as pl

    spec = Dedup(stage, reason, copies, tag_column(stage, "in_index") if index else None)
    columns = (spec.cluster, spec.rank, spec.size) + ((spec.index,) if spec.index else ())
    return Decision(pl.lit(reason), pl.lit(False), pl.lit(""), columns, dedup=spec)
