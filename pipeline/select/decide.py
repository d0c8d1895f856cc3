"""Every record's fate from its tagged columns: one lazy polars query over the small columns.

Stages decide in config order and the first failing rule of the first failing stage names the
reason (``select:<stage>:<rule>``), as in a reject-mode run where a rejected record never reaches
the next stage. A dedup stage keeps, per cluster, the first ``copies`` members that survived the
stages before it, in the stage's own keep order (its tagged rank), which is what the stage keeps
in reject mode from the records that reach it.

Only ids, sources, languages, token counts and the decision columns are read (never ``text``), so
memory follows the number of records times a few small columns.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from corpusmill.filters.tagging import Decision
from corpusmill.pipeline.select.plan import StagePlan
from corpusmill.schema import ID, LANGUAGE, SOURCE, TOKENS

ROW = "_row"
REASON, STAGE, DETAIL, DUPLICATE_OF = "_reason", "_stage", "_detail", "_duplicate_of"


def scan(shards: list[Path], columns: list[str]) -> pl.LazyFrame:
    """The tagged run's shards in manifest order, with a global row number."""
    return pl.scan_parquet([str(s) for s in shards]).select(columns).with_row_index(ROW)


def needed_columns(plans: list[StagePlan], available: list[str]) -> list[str]:
    wanted = [ID, SOURCE, TOKENS, *([LANGUAGE] if LANGUAGE in available else [])]
    for plan in plans:
        for decision in plan.decisions:
            wanted += decision.columns
    return list(dict.fromkeys(wanted))


def fates(frame: pl.LazyFrame, plans: list[StagePlan]) -> pl.LazyFrame:
    """``frame`` with ``_reason``, ``_stage``, ``_detail`` and ``_duplicate_of`` (null where kept)."""
    frame = frame.with_columns(
        pl.lit(None, pl.String).alias(REASON),
        pl.lit(None, pl.String).alias(STAGE),
        pl.lit(None, pl.String).alias(DETAIL),
        pl.lit(None, pl.String).alias(DUPLICATE_OF),
    )
    for plan in plans:
        plain = [d for d in plan.decisions if d.dedup is None]
        if plain:
            frame = _apply(frame, plan, plain)
        for decision in plan.decisions:
            if decision.dedup is not None:
                frame = _apply_dedup(frame, plan, decision)
    return frame


def _first(decisions: list[Decision], pick: str) -> pl.Expr:
    expr = pl.when(decisions[0].fails.fill_null(False)).then(getattr(decisions[0], pick).cast(pl.String))
    for decision in decisions[1:]:
        expr = expr.when(decision.fails.fill_null(False)).then(getattr(decision, pick).cast(pl.String))
    return expr.otherwise(pl.lit(None, pl.String))


def _apply(frame: pl.LazyFrame, plan: StagePlan, decisions: list[Decision]) -> pl.LazyFrame:
    open_ = pl.col(REASON).is_null()
    rule = _first(decisions, "rule")
    failed = open_ & rule.is_not_null()
    reason = pl.format("select:{}:{}", pl.lit(plan.name), rule)
    return frame.with_columns(
        pl.when(failed).then(reason).otherwise(pl.col(REASON)).alias(REASON),
        pl.when(failed).then(pl.lit(plan.stage_id)).otherwise(pl.col(STAGE)).alias(STAGE),
        pl.when(failed).then(_first(decisions, "value")).otherwise(pl.col(DETAIL)).alias(DETAIL),
    )


def _apply_dedup(frame: pl.LazyFrame, plan: StagePlan, decision: Decision) -> pl.LazyFrame:
    spec = decision.dedup
    assert spec is not None
    open_ = pl.col(REASON).is_null()
    rank = pl.when(open_).then(pl.col(spec.rank))
    place = rank.rank("ordinal").over(spec.cluster)
    first_id = pl.col(ID).sort_by(rank, nulls_last=True).first().over(spec.cluster)
    in_index = pl.col(spec.index).fill_null(False) if spec.index else pl.lit(False)
    failed = open_ & ((place > spec.copies) | in_index)
    survivors = open_.sum().over(spec.cluster)
    detail = (
        pl.when(in_index)
        .then(pl.lit("matches a record of the index"))
        .otherwise(pl.format("cluster of {} records, {} left by the stages before", pl.col(spec.size), survivors))
    )
    kept = pl.when(in_index).then(pl.col(spec.cluster)).otherwise(first_id)
    return frame.with_columns(
        pl.when(failed).then(pl.lit(f"select:{plan.name}:{spec.reason}")).otherwise(pl.col(REASON)).alias(REASON),
        pl.when(failed).then(pl.lit(plan.stage_id)).otherwise(pl.col(STAGE)).alias(STAGE),
        pl.when(failed).then(detail).otherwise(pl.col(DETAIL)).alias(DETAIL),
        pl.when(failed).then(kept).otherwise(pl.col(DUPLICATE_OF)).alias(DUPLICATE_OF),
    )
