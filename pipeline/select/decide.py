"""Every record's fate from its tagged columns: one lazy polars query over the small columns.

Stages decide in config order and the first failing rule of the first failing stage names the
reason (``select:<stage>:<rule>``), as in a reject-mode run where a rejected record never reaches
the next stage. A dedup stage keeps, per cluster, the first ``copies`` members that survived the
stages before it, in the stage's own keep order (its tagged rank), which is what the stage keeps
in reject mode from the records that reach it.

The query gives each record only a small integer, the position of its failing rule among all
rules (``_code``, null: kept), and for dedup rejects the kept record's id; it runs on polars'
streaming engine and never reads ``text``. Reason strings and details (the measured value against
the threshold) are made afterwards, for rejected records only (``named_parts``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from corpusmill.filters.tagging import Decision
from corpusmill.pipeline.select.plan import StagePlan
from corpusmill.schema import ID

ROW = "_row"
CODE, DUPLICATE_OF = "_code", "_duplicate_of"
REASON, DETAIL = "_reason", "_detail"
VALUE = "_value"


def scan(shards: list[Path], columns: list[str]) -> pl.LazyFrame:
    """The tagged run's shards in manifest order, with a global row number."""
    return pl.scan_parquet([str(s) for s in shards]).select(columns).with_row_index(ROW)


def needed_columns(plans: list[StagePlan], available: list[str], extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The columns ``fates`` reads: the rules' own and ``id`` (a dedup reject names the kept
    record), and ``extra``: what the rejects show (``run``) or the what-if tables group and sum by."""
    wanted = [ID, *extra]
    for plan in plans:
        for decision in plan.decisions:
            wanted += decision.columns
    return list(dict.fromkeys(wanted))


def rules(plans: list[StagePlan]) -> list[tuple[StagePlan, Decision]]:
    """Every rule of the selection in decision order; a record's ``_code`` indexes this list."""
    return [(plan, decision) for plan in plans for decision in plan.decisions]


def fates(frame: pl.LazyFrame, plans: list[StagePlan], valued: bool = False) -> pl.LazyFrame:
    """``frame`` with ``_code`` (the failing rule, null where kept) and ``_duplicate_of``;
    ``valued`` adds ``_value``, a failing bound's measured value (see ``carried``)."""
    frame = frame.with_columns(pl.lit(None, pl.UInt32).alias(CODE), pl.lit(None, pl.String).alias(DUPLICATE_OF))
    if valued:
        frame = frame.with_columns(pl.lit(None, pl.Float64).alias(VALUE))
    code = 0
    for plan in plans:
        plain = [d for d in plan.decisions if d.dedup is None]
        if plain:  # a stage's plain rules come before its dedup rule (a stage has one or the other)
            frame = _apply(frame, plain, code, valued)
            code += len(plain)
        for decision in plan.decisions:
            if decision.dedup is not None:
                frame = _apply_dedup(frame, decision, code)
                code += 1
    return frame


def carried(frame: pl.LazyFrame, plans: list[StagePlan], shown: list[str]) -> pl.LazyFrame:
    """What writing the rejects needs of ``fates(..., valued=True)``: row, code, duplicate_of, id,
    ``shown`` columns, ``_value`` and the columns of the rules that are not bounds. A bound's
    detail reads only its own column, which ``_value`` holds where that bound failed, so the
    quality rules' columns (most of a tagged run's) are dropped in the decide pass and never read
    again."""
    others = [c for _, decision in rules(plans) if decision.column is None for c in decision.columns]
    return frame.select(*dict.fromkeys([ROW, CODE, DUPLICATE_OF, ID, *shown, *others, VALUE]))


def _apply(frame: pl.LazyFrame, decisions: list[Decision], first_code: int, valued: bool) -> pl.LazyFrame:
    failing = pl.when(decisions[0].fails.fill_null(False)).then(pl.lit(first_code, pl.UInt32))
    for offset, decision in enumerate(decisions[1:], start=1):
        failing = failing.when(decision.fails.fill_null(False)).then(pl.lit(first_code + offset, pl.UInt32))
    frame = frame.with_columns(pl.coalesce(pl.col(CODE), failing.otherwise(pl.lit(None, pl.UInt32))).alias(CODE))
    bounds = [(first_code + i, d.column) for i, d in enumerate(decisions) if d.column is not None]
    if not valued or not bounds:
        return frame
    value = pl.when(pl.col(CODE) == bounds[0][0]).then(pl.col(bounds[0][1]).cast(pl.Float64))
    for code, column in bounds[1:]:
        value = value.when(pl.col(CODE) == code).then(pl.col(column).cast(pl.Float64))
    return frame.with_columns(pl.coalesce(pl.col(VALUE), value.otherwise(pl.lit(None, pl.Float64))).alias(VALUE))


def _apply_dedup(frame: pl.LazyFrame, decision: Decision, code: int) -> pl.LazyFrame:
    spec = decision.dedup
    assert spec is not None
    open_ = pl.col(CODE).is_null()
    rank = pl.when(open_).then(pl.col(spec.rank))
    place = rank.rank("ordinal").over(spec.cluster)
    in_index = pl.col(spec.index).fill_null(False) if spec.index else pl.lit(False)
    failed = open_ & ((place > spec.copies) | in_index)
    first_id = pl.col(ID).sort_by(rank, nulls_last=True).first().over(spec.cluster)
    kept = pl.when(in_index).then(pl.col(spec.cluster)).otherwise(first_id)
    return frame.with_columns(
        pl.when(failed).then(pl.lit(code, pl.UInt32)).otherwise(pl.col(CODE)).alias(CODE),
        pl.when(failed).then(kept).otherwise(pl.col(DUPLICATE_OF)).alias(DUPLICATE_OF),
    )


def named_parts(rejected: pl.DataFrame, plans: list[StagePlan]) -> Iterator[tuple[StagePlan, pl.DataFrame]]:
    """The rows of ``rejected`` that a rule failed (``_code`` set), one part per rule in rule order
    (input order within it), with ``_reason`` and ``_detail`` from their tagged columns: the rule's
    name and its measured value against the threshold.

    Each rule's expressions run on its own rows only, so ``rejected`` needs the columns of the
    rules its rows failed, no others; a bound's column may come as ``_value`` (``carried``)."""
    listed = rules(plans)
    ordered = rejected.filter(pl.col(CODE).is_not_null()).sort(CODE, maintain_order=True)
    at = 0
    for code, rows in ordered.group_by(CODE, maintain_order=True).len().iter_rows():
        plan, decision = listed[code]
        reason = pl.format("select:{}:{}", pl.lit(plan.name), decision.rule)
        detail = _detail(decision).cast(pl.String)
        part = ordered.slice(at, rows)  # one sort, then each rule's rows are a contiguous slice
        at += rows
        if decision.column is not None and VALUE in part.columns:  # a bound's value, carried
            part = part.with_columns(pl.col(VALUE).alias(decision.column))
        yield plan, part.with_columns(reason.alias(REASON), detail.alias(DETAIL))  # lits: on every row


def _detail(decision: Decision) -> pl.Expr:
    """What a reject's ``detail`` shows: the measured value against the threshold, or for dedup
    the cluster's size (or that it holds an index record)."""
    spec = decision.dedup
    if spec is None:
        return decision.value
    about = pl.format("cluster of {} records", pl.col(spec.size))
    if spec.index is None:
        return about
    return pl.when(pl.col(spec.index)).then(pl.lit("matches a record of the index")).otherwise(about)
