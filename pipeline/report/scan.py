"""Open a run folder as lazy polars frames.

Shards written by different stages or tasks may carry different columns (a stage adds
``quality_score``, rejects in ``ids`` mode drop ``text``), so the frames are scanned with the
union of all file schemas and missing columns read as nulls. Nothing is collected here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

FILE = "__report_file"
"""Column holding each row's source file, used to rebuild shard figures when there is no manifest."""


@dataclass(frozen=True)
class Run:
    path: Path
    data: pl.LazyFrame | None
    rejects: pl.LazyFrame | None
    stats: dict[str, Any] | None
    manifest: dict[str, Any] | None

    @property
    def data_columns(self) -> set[str]:
        return columns(self.data)

    @property
    def rejects_columns(self) -> set[str]:
        return columns(self.rejects)

    @property
    def kind(self) -> str:
        """``sft`` when records are conversations, otherwise ``corpus``."""
        return "sft" if "messages" in self.data_columns | self.rejects_columns else "corpus"


def open_run(path: Path) -> Run:
    path = Path(path).resolve()
    run = Run(
        path=path,
        data=scan_folder(path / "data"),
        rejects=scan_folder(path / "rejects"),
        stats=read_json(path / "stats.json"),
        manifest=read_json(path / "manifest.json"),
    )
    if run.data is None and run.rejects is None and run.stats is None:
        raise FileNotFoundError(f"{path} is not a run folder: no data/, rejects/ or stats.json")
    return run


def read_json(path: Path) -> dict[str, Any] | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def scan_folder(folder: Path) -> pl.LazyFrame | None:
    files = sorted(p for p in folder.rglob("*.parquet") if p.is_file()) if folder.is_dir() else []
    if not files:
        return None
    schema = pa.unify_schemas([pq.read_schema(f) for f in files], promote_options="permissive")
    return pl.scan_parquet(
        files,
        # Table.from_batches, not Schema.empty_table: that one imports pandas (~1 s of every run).
        schema=pl.from_arrow(pa.Table.from_batches([], schema=schema)).schema,
        missing_columns="insert",
        extra_columns="ignore",
        hive_partitioning=False,
        include_file_paths=FILE,
    )


def columns(frame: pl.LazyFrame | None) -> set[str]:
    return set() if frame is None else set(frame.collect_schema().names()) - {FILE}


def content() -> pl.Expr:
    return pl.element().struct.field("content")


def role() -> pl.Expr:
    return pl.element().struct.field("role")


def char_count(cols: set[str]) -> pl.Expr | None:
    """Characters of a record: its text, or the sum of its conversation's turns."""
    if "text" in cols:
        return pl.col("text").str.len_chars()
    if "messages" in cols:
        return pl.col("messages").list.eval(content().str.len_chars()).list.sum()
    return None


def first_turn(speaker: str) -> pl.Expr:
    """Content of the first turn by ``speaker`` (``user`` or ``assistant``)."""
    return pl.col("messages").list.eval(content().filter(role() == speaker)).list.first()


def display_text(cols: set[str], limit: int) -> pl.Expr | None:
    """At most ``limit + 1`` characters of a record as a reader sees it (``role: content`` lines)."""
    if "text" in cols:
        return pl.col("text").str.slice(0, limit + 1)
    if "messages" in cols:
        lines = pl.concat_str(role(), pl.lit(": "), content())
        return pl.col("messages").list.eval(lines).list.join("\n").str.slice(0, limit + 1)
    return None
