"""A few rejected records per reason, and a few kept records per source to set beside them.

The first pass already found, for each reason and source, the first file holding it; the samples
of all the reasons (or sources) a file holds come from one pass over that file's ``reason`` (or
``source``) column, which finds the first rows of each, and one query that reads those rows only
(at 1M rejects, 0.1 CPU s instead of 0.5 s for one filtering query per reason). Files are read one
at a time, and text is cut to ``TEXT_LIMIT`` characters inside the query: only the sample rows
are ever collected. Text is stored raw here; the renderers escape it.
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
ROW, KEY = "__sample_row", "__sample_key"


def samples(
    reason_files: dict[str, str],
    source_files: dict[str, str],
    engine: str = "streaming",
    data_engine: str = "streaming",
) -> dict[str, Any]:
    """``{text_limit, rejected: {reason: [row]}, kept: {source: [row]}}``; ``engine`` reads the
    rejects, ``data_engine`` the kept records (``scan.Run.engine``, ``Run.data_engine``)."""
    return {
        "text_limit": TEXT_LIMIT,
        "rejected": first_rows(reason_files, "reason", REJECT_FIELDS, PER_REASON, engine),
        "kept": first_rows(source_files, "source", KEPT_FIELDS, KEPT_PER_SOURCE, data_engine),
    }


def first_rows(
    files: dict[str, str], key: str, fields: tuple[str, ...], n: int, engine: str
) -> dict[str, list[dict[str, Any]]]:
    """For each ``value: file`` of ``files``, the first ``n`` rows of that file whose ``key`` is
    ``value`` (null read as ``unknown``): what ``head`` gives one value at a time, one file at a time."""
    by_file: dict[str, list[str]] = {}
    for value, path in files.items():
        by_file.setdefault(path, []).append(value)
    found: dict[str, list[dict[str, Any]]] = {}
    for path, values in by_file.items():
        frame = pl.scan_parquet(path, hive_partitioning=False).with_row_index(ROW)
        keyed = frame.select(ROW, pl.col(key).fill_null(UNKNOWN).alias(KEY)).filter(pl.col(KEY).is_in(values))
        rows = keyed.group_by(KEY).agg(pl.col(ROW).head(n)).collect(engine=engine)
        wanted = rows[ROW].explode()
        cols = set(frame.collect_schema().names())
        text = display_text(cols, TEXT_LIMIT)
        select = [pl.col(f) for f in fields if f in cols] + ([text.alias("text")] if text is not None else [])
        read = frame.filter(pl.col(ROW).is_in(wanted.implode())).select(
            pl.col(key).fill_null(UNKNOWN).alias(KEY), *select
        )
        for (value,), part in read.collect(engine=engine).group_by(KEY, maintain_order=True):
            found[str(value)] = [truncated(row) for row in part.drop(KEY).iter_rows(named=True)]
    return {value: found.get(value, []) for value in files}


RANDOM_PER_GROUP = 2
RANDOM_GROUPS = 20
SEED = 20240601
"""Kept records drawn at random are the ones whose id hashes lowest with this seed: the same run
shows the same records every time, and a reader sees ordinary records, not the first of a file."""


CANDIDATES = 64
"""Records per group expected under the draw bound: fewer than ``RANDOM_PER_GROUP`` of them is a
Poisson tail of about 1e-26."""
HASH_MAX = 2**64 - 1


def draw_order() -> pl.Expr:
    return pl.col("id").hash(SEED)


def group_keys(data: pl.LazyFrame) -> list[pl.Expr]:
    language = pl.col("language") if "language" in data.collect_schema().names() else pl.lit(None, pl.String)
    return [pl.col("source").fill_null(UNKNOWN), language.fill_null(UNKNOWN).alias("language")]


def random_picks(data: pl.LazyFrame) -> Pending:
    """The largest ``RANDOM_GROUPS`` (source, language) groups of kept records, with their sizes."""
    query = (
        data.select(*group_keys(data))
        .group_by("source", "language")
        .agg(records=pl.len())
        .sort("records", "source", "language", descending=[True, False, False])
        .head(RANDOM_GROUPS)
    )
    return pending(query, lambda table: table.to_dicts())


def random_kept(data: pl.LazyFrame, groups: list[dict[str, Any]], engine: str = "streaming") -> list[dict[str, Any]]:
    """``[{source, language, records, rows}]``: per group, the ``RANDOM_PER_GROUP`` records whose
    id hashes lowest with ``SEED``.

    Hashes are uniform, so a first pass keeps only the hashes under a per-group bound expected to
    let ``CANDIDATES`` through (all of a small group); a second pass finds the groups, ids and files
    of those few hashes; the texts of the drawn ones are then read one file at a time. A pass that
    outputs no more than a hash keeps polars' streaming memory flat as the run grows. The drawn
    records of every group are read with one query per file (a tagged run's groups include every
    language it tagged: 20 groups in one shard were 20 reads of it)."""
    if not groups:
        return []
    bound: Any = pl.lit(None, pl.UInt64)  # a when-chain, not a join: a join holds its matches
    for g in groups:
        limit = pl.lit(min(HASH_MAX, HASH_MAX // g["records"] * CANDIDATES), pl.UInt64)
        bound = pl.when(in_group(g)).then(limit).otherwise(bound)
    under = data.with_columns(*group_keys(data)).filter(draw_order() <= bound).select(order=draw_order())
    orders = under.collect(engine=engine)["order"].to_list()
    located = (
        data.filter(draw_order().is_in(orders))  # filter first: the scan then reads ids of matches only
        .select(*group_keys(data), "id", FILE, order=draw_order())
        .collect(engine=engine)
        .unique("order", keep="first", maintain_order=True)
        .sort("order")
    )
    has_language = "language" in data.collect_schema().names()
    drawn = [located.filter(in_group(group)).head(RANDOM_PER_GROUP) for group in groups]
    picked = pl.concat(drawn)
    read: dict[str, dict[str, Any]] = {}
    for path in dict.fromkeys(picked[FILE]):
        wanted = picked.filter(pl.col(FILE) == path)["id"].to_list()
        read |= {row["id"]: row for row in head(path, "id", wanted, KEPT_FIELDS, len(wanted), engine)}
    return [
        {
            "source": group["source"],
            "language": group["language"] if has_language else None,
            "records": group["records"],
            "rows": [read[i] for i in mine["id"].to_list() if i in read],
        }
        for group, mine in zip(groups, drawn, strict=True)
    ]


def in_group(group: dict[str, Any]) -> pl.Expr:
    return (pl.col("source") == group["source"]) & (pl.col("language") == group["language"])


def head(
    path: str, key: str, value: str | list[str], fields: tuple[str, ...], n: int, engine: str = "streaming"
) -> list[dict[str, Any]]:
    """The first ``n`` rows of one file whose ``key`` is ``value`` (or one of the listed values)."""
    frame = pl.scan_parquet(path, hive_partitioning=False)
    cols = set(frame.collect_schema().names())
    text = display_text(cols, TEXT_LIMIT)
    select = [pl.col(f) for f in fields if f in cols] + ([text.alias("text")] if text is not None else [])
    wanted = pl.col(key).is_in(value) if isinstance(value, list) else pl.col(key).fill_null(UNKNOWN) == value
    rows = frame.filter(wanted).head(n).select(select)
    return [truncated(row) for row in rows.collect(engine=engine).iter_rows(named=True)]


def truncated(row: dict[str, Any]) -> dict[str, Any]:
    text = row.get("text")
    row["truncated"] = text is not None and len(text) > TEXT_LIMIT
    if row["truncated"]:
        row["text"] = text[:TEXT_LIMIT] + "…"
    return row
