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

from corpusmill.pipeline.report.profile import UNKNOWN
from corpusmill.pipeline.report.scan import display_text

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


def head(path: str, key: str, value: str, fields: tuple[str, ...], n: int) -> list[dict[str, Any]]:
    frame = pl.scan_parquet(path, hive_partitioning=False)
    cols = set(frame.collect_schema().names())
    text = display_text(cols, TEXT_LIMIT)
    select = [pl.col(f) for f in fields if f in cols] + ([text.alias("text")] if text is not None else [])
    rows = frame.filter(pl.col(key).fill_null(UNKNOWN) == value).head(n).select(select)
    return [truncated(row) for row in rows.collect(engine="streaming").iter_rows(named=True)]


def truncated(row: dict[str, Any]) -> dict[str, Any]:
    text = row.get("text")
    row["truncated"] = text is not None and len(text) > TEXT_LIMIT
    if row["truncated"]:
        row["text"] = text[:TEXT_LIMIT] + "…"
    return row
