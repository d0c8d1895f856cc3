"""A few rejected records per reason, and a few kept records per source to set beside them.

The first pass already found, for each reason and source, the first file holding it; each
sample query reads only that file, filters, and stops after ``head(n)``. Queries run one at a
time so at most one row group is decoded at once, and text is cut to ``TEXT_LIMIT`` characters
inside the query: only the sample rows are ever collected. Text is stored raw here; the
renderers escape it.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from corpusmill.pipeline.report.lazy import Pending, pending
from corpusmill.pipeline.report.profile import UNKNOWN
from corpusmill.pipeline.report.scan import FILE, display_text

PER_REASON = 3
KEPT_PER_SOURCE = 2
TEXT_LIMIT = 400
REJECT_FIELDS = ("id", "source", "stage", "detail", "duplicate_of", "similarity")
KEPT_FIELDS = ("id", "source", "url", "language", "token_count", "quality_score")


def samples(reason_files: dict[str, str], source_files: dict[str, str]) -> dict[str, Any]:
    """``{text_limit, rejected: {reason: [row]}, kept: {source: [row]}}``."""
    return {
        "text_limit": TEXT_LIMIT,
        "rejected": {r: head(f, "reason", r, REJECT_FIELDS, PER_REASON) for r, f in reason_files.items()},
        "kept": {s: head(f, "source", s, KEPT_FIELDS, KEPT_PER_SOURCE) for s, f in source_files.items()},
    }


RANDOM_PER_GROUP = 2
RANDOM_GROUPS = 20
SEED = 20240601
"""Kept records drawn at random are the ones whose id hashes lowest with this seed: the same run
shows the same records every time, and a reader sees ordinary records, not the first of a file."""


def random_picks(data: pl.LazyFrame) -> Pending:
    """Per source and language (the largest ``RANDOM_GROUPS`` groups): the ids and files of
    ``RANDOM_PER_GROUP`` kept records drawn with ``SEED``. Only ids are collected here."""
    cols = set(data.collect_schema().names())
    language = pl.col("language").fill_null(UNKNOWN) if "language" in cols else pl.lit(None, pl.String)
    order = pl.col("id").hash(SEED)
    query = (
        data.select(pl.col("source").fill_null(UNKNOWN), language.alias("language"), "id", FILE)
        .group_by("source", "language")
        .agg(
            records=pl.len(),
            ids=pl.col("id").sort_by(order).head(RANDOM_PER_GROUP),
            files=pl.col(FILE).sort_by(order).head(RANDOM_PER_GROUP),
        )
        .sort("records", "source", "language", descending=[True, False, False], nulls_last=True)
        .head(RANDOM_GROUPS)
    )
    return pending(query, lambda table: table.to_dicts())


def random_kept(picks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``[{source, language, records, rows}]``: the picked records read back, one file at a time."""
    groups = []
    for pick in picks:
        rows = []
        for path in dict.fromkeys(pick["files"]):
            ids = [i for i, f in zip(pick["ids"], pick["files"], strict=True) if f == path]
            rows += head(path, "id", ids, KEPT_FIELDS, len(ids))
        rows.sort(key=lambda r: pick["ids"].index(r["id"]))
        groups.append(
            {"source": pick["source"], "language": pick["language"], "records": pick["records"], "rows": rows}
        )
    return groups


def head(path: str, key: str, value: str | list[str], fields: tuple[str, ...], n: int) -> list[dict[str, Any]]:
    """The first ``n`` rows of one file whose ``key`` is ``value`` (or one of the listed values)."""
    frame = pl.scan_parquet(path, hive_partitioning=False)
    cols = set(frame.collect_schema().names())
    text = display_text(cols, TEXT_LIMIT)
    select = [pl.col(f) for f in fields if f in cols] + ([text.alias("text")] if text is not None else [])
    wanted = pl.col(key).is_in(value) if isinstance(value, list) else pl.col(key).fill_null(UNKNOWN) == value
    rows = frame.filter(wanted).head(n).select(select)
    return [truncated(row) for row in rows.collect(engine="streaming").iter_rows(named=True)]


def truncated(row: dict[str, Any]) -> dict[str, Any]:
    text = row.get("text")
    row["truncated"] = text is not None and len(text) > TEXT_LIMIT
    if row["truncated"]:
        row["text"] = text[:TEXT_LIMIT] + "…"
    return row
