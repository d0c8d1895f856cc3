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
    ) -> None:
        self.keep_empty = keep_empty
        self.row_group = row_group
        self.folder = get_datafolder(folder)
        self.path = path
        self.tmp = f"{path}.tmp"
        self.schema = schema
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        self._handle = None
        self._writer: pq.ParquetWriter | None = None

    def write(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.row_group:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        if self._writer is None:
            self._handle = self.folder.open(self.tmp, "wb")
            self._writer = pq.ParquetWriter(self._handle, self.schema, compression="zstd")
        self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.count += len(self.rows)
        self.rows = []

    def close(self) -> None:
        """Publish the file; without rows it is written only when ``keep_empty`` (a marker that
        the task ran, for steps that check every task's file is present)."""
        self._flush()
        if self._writer is None and self.keep_empty:
            self._handle = self.folder.open(self.tmp, "wb")
            self._writer = pq.ParquetWriter(self._handle, self.schema, compression="zstd")
        if self._writer is None:
            return
        self._writer.close()
        self._handle.close()
        self.folder.mv(self.tmp, self.path)
