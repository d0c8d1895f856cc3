"""The record and token funnel: how many records (and tokens) enter and leave each stage.

Records come from ``stats.json``. Tokens are only counted on output records, so the tokens a
stage removed are read from its rejects: their ``token_count`` when present, otherwise their
characters times the output's tokens-per-character ratio (flagged ``tokens_estimated``). When a
stage's rejects cannot be measured (``ids`` mode, or fewer reject rows than the stats report),
its token figures and those of every stage before it are ``None`` rather than a guess.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from corpusmill.pipeline.report.lazy import Pending, pending
from corpusmill.pipeline.report.scan import FILE


def reject_groups(rejects: pl.LazyFrame) -> Pending:
    """Per (stage, reason): ``rows``, exact ``tokens``, ``chars`` of rows without tokens,
    ``blind`` rows (neither, e.g. ``ids`` mode) and the first ``file`` holding one (for samples)."""
    query = rejects.group_by("stage", "reason").agg(
        rows=pl.len(),
        file=pl.col(FILE).min(),
        tokens=pl.col("tokens").sum(),
        chars=pl.col("chars").sum(),
        blind=(pl.col("tokens").is_null() & pl.col("chars").is_null()).sum(),
    )
    return pending(query, lambda table: table.sort("stage", "reason").to_dicts())


def by_reason(groups: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    measures: dict[str, dict[str, float]] = {}
    for g in groups:
        m = measures.setdefault(g["reason"], {"rows": 0, "tokens": 0, "chars": 0, "blind": 0})
        for key in m:
            m[key] += g[key] or 0
    return measures


def stats_from_rejects(groups: list[dict[str, Any]], output_records: int) -> dict[str, Any]:
    """A stand-in for a missing ``stats.json``: stages in name order, counts from the rejects."""
    per_stage: dict[str, dict[str, int]] = {}
    for g in groups:
        per_stage.setdefault(g["stage"], {})[g["reason"]] = g["rows"]
    rejected = sum(g["rows"] for g in groups)
    remaining = output_records + rejected
    stages = []
    for name, reasons in per_stage.items():
        kept = remaining - sum(reasons.values())
        stages.append({"name": name, "in": remaining, "kept": kept, "rejected": reasons, "fixed": {}})
        remaining = kept
    return {
        "input_records": output_records + rejected,
        "output_records": output_records,
        "rejected_records": rejected,
        "stages": stages,
    }


def funnel(
    stats: dict[str, Any],
    measures: dict[str, dict[str, float]],
    output_tokens: int | None,
    output_chars: int | None,
) -> list[dict[str, Any]]:
    ratio = output_tokens / output_chars if output_tokens is not None and output_chars else None
    rows = []
    for stage in stats.get("stages", []):
        rejected = stage.get("rejected", {})
        rows.append(
            {
                "stage": stage["name"],
                "in": stage["in"],
                "kept": stage["kept"],
                "rejected": sum(rejected.values()),
                "fixed": sum(stage.get("fixed", {}).values()),
                **removed_tokens(rejected, measures, ratio),
            }
        )
    kept_tokens = output_tokens
    for row in reversed(rows):
        removed = row.pop("removed_tokens")
        row["tokens_kept"] = kept_tokens
        row["tokens_in"] = None if kept_tokens is None or removed is None else kept_tokens + removed
        row["tokens_rejected"] = removed if row["tokens_in"] is not None else None
        row["tokens_estimated"] = row["tokens_estimated"] and row["tokens_in"] is not None
        kept_tokens = row["tokens_in"]
    return rows


def removed_tokens(
    rejected: dict[str, int], measures: dict[str, dict[str, float]], ratio: float | None
) -> dict[str, Any]:
    total, estimated = 0.0, False
    for reason, count in rejected.items():
        m = measures.get(reason, {"rows": 0, "tokens": 0, "chars": 0, "blind": 0})
        if count and (m["rows"] != count or m["blind"] or (m["chars"] and ratio is None)):
            return {"removed_tokens": None, "tokens_estimated": False}
        total += m["tokens"] or 0
        if m["chars"]:
            total += m["chars"] * ratio
            estimated = True
    return {"removed_tokens": round(total), "tokens_estimated": estimated}
