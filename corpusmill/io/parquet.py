"""Atomic, buffered Parquet files on any fsspec folder: shared by stages that spill to disk and by
the pipeline's sinks.

Every file is written under a temporary name and renamed when complete, so a killed task never
leaves a partial file where a reader would count it; a rerun of the task rewrites the same name.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from datatrove.io import DataFolderLike, get_datafolder

ROW_GROUP = 10_000


class ParquetFile:
    """Buffered Parquet writer on any fsspec folder, published atomically on ``close``."""

    def __init__(
        self,
        folder: DataFolderLike,
        path: str,
        schema: pa.Schema,
        keep_empty: bool = False,
        row_group: int = ROW_GROUP,
        compression: str = "zstd",
    ) -> None:
        self.compression = compression
        self.keep_empty = keep_empty
        self.row_group = row_group
        self.folder = get_datafolder(folder)
        self.path = path
        head, _, base = path.rpartition("/")
        # a leading dot hides it from dataset readers (pyarrow, datasets, Spark) until it is complete
        self.tmp = f"{head}/.{base}.tmp" if head else f".{base}.tmp"
        self.schema = schema
        self.rows: list[dict[str, Any]] = []
        self.tables: list[pa.Table] = []
        self.buffered = 0
        self._handle = None
        self._writer: pq.ParquetWriter | None = None

    def write(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.row_group:
            self._stage_rows()
            self._flush(final=False)

    def write_table(self, table: pa.Table) -> None:
        self._stage_rows()
        self.tables.append(table)
        self.buffered += table.num_rows
        if self.buffered >= self.row_group:
            self._flush(final=False)

    def _stage_rows(self) -> None:
        if self.rows:
            self.tables.append(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.buffered += len(self.rows)
            self.rows = []

    def _flush(self, final: bool) -> None:
        """Write row groups of exactly ``row_group`` rows (the last may be shorter), so the bytes
        do not depend on how callers batched their writes."""
        if not self.tables:
            return
        if self._writer is None:
            self._handle = self.folder.open(self.tmp, "wb")
            self._writer = pq.ParquetWriter(self._handle, self.schema, compression=self.compression)
        table = pa.concat_tables(self.tables)
        full = table.num_rows - table.num_rows % self.row_group
        cut = table.num_rows if final else full
        if cut:
            self._writer.write_table(table.slice(0, cut), row_group_size=self.row_group)
        rest = table.slice(cut)
        self.tables = [rest] if rest.num_rows else []
        self.buffered = rest.num_rows

    def close(self) -> None:
        """Publish the file; without rows it is written only when ``keep_empty`` (a marker that
        the task ran, for steps that check every task's file is present)."""
        self._stage_rows()
        self._flush(final=True)
        if self._writer is None and self.keep_empty:
            self._handle = self.folder.open(self.tmp, "wb")
            self._writer = pq.ParquetWriter(self._handle, self.schema, compression=self.compression)
        if self._writer is None:
            return
        self._writer.close()
        self._handle.close()
        self.folder.mv(self.tmp, self.path)
