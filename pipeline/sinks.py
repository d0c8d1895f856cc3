"""Parquet sinks for kept records, intermediate segments and rejects (one file per task, written
atomically by ``filters.parquet.ParquetFile``)."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.base import Reject, batched
from corpusmill.io.parquet import ROW_GROUP, ParquetFile
from corpusmill.schema import BYTES, ID, SOURCE, TEXT, URL, record_schema


class RecordWriter(PipelineStep):
    """Writes a segment's records to ``{folder}/{rank:05d}.parquet`` with every column, private
    ones included; the file exists even when empty, so the next run can check every task's."""

    name = "write"
    type = "corpusmill"

    def __init__(self, folder: DataFolderLike, columns: dict[str, pa.DataType]) -> None:
        super().__init__()
        self.folder = folder
        self.schema = record_schema(columns, private=True)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        # lz4: work files are read once by the next run; zstd's ratio is not worth its time here
        out = ParquetFile(self.folder, f"{rank:05d}.parquet", self.schema, keep_empty=True, compression="lz4")
        meta_names = self.schema.names[2:]
        for batch in batched(data, ROW_GROUP):
            texts = pa.array([d.text for d in batch], pa.string())
            columns: dict[str, Any] = {ID: [d.id for d in batch], TEXT: texts}
            for name in meta_names:
                columns[name] = [d.metadata.get(name) for d in batch]
            if BYTES in columns:  # UTF-8 size, for max_shard_bytes, computed by Arrow in one call
                columns[BYTES] = pc.binary_length(texts.cast(pa.binary()))
            out.write_table(pa.table(columns, schema=self.schema))
            self.stat_update("written", value=len(batch))
        out.close()
        return
        yield


class RecordReader(PipelineStep):
    """Reads back this rank's file of a previous segment, with every column it had."""

    name = "read_segment"
    type = "corpusmill"

    def __init__(self, folder: DataFolderLike) -> None:
        super().__init__()
        self.folder = folder

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.folder)
        name = f"{rank:05d}.parquet"
        if not folder.exists(name):
            return
        with folder.open(name, "rb") as handle:
            for batch in pq.ParquetFile(handle).iter_batches(batch_size=ROW_GROUP):
                for row in batch.to_pylist():
                    doc_id, text = row.pop(ID), row.pop(TEXT)
                    yield Document(text=text, id=doc_id, metadata=row)


REJECT_FIELDS: list[tuple[str, pa.DataType]] = [
    ("id", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("stage", pa.string()),
    ("reason", pa.string()),
    ("detail", pa.string()),
    ("duplicate_of", pa.string()),
    ("similarity", pa.float64()),
]


class RejectsWriter:
    """Opens one Parquet file per (stage, task): ``rejects/{stage_id}/{rank:05d}.parquet``."""

    def __init__(self, folder: DataFolderLike, keep_text: bool) -> None:
        self.folder = folder
        self.keep_text = keep_text

    def open(self, stage_id: str, rank: int) -> RejectFile:
        return RejectFile(self.folder, f"{stage_id}/{rank:05d}.parquet", self.keep_text)


class RejectFile:
    def __init__(self, folder: DataFolderLike, path: str, keep_text: bool) -> None:
        fields = REJECT_FIELDS + ([("text", pa.string())] if keep_text else [])
        self.keep_text = keep_text
        self.file = ParquetFile(folder, path, pa.schema(fields))

    def write(self, doc: Document, stage: str, reject: Reject) -> None:
        row = {
            "id": doc.id,
            "source": doc.metadata.get(SOURCE),
            "url": doc.metadata.get(URL),
            "stage": stage,
            "reason": reject.reason,
            "detail": reject.detail,
            "duplicate_of": reject.duplicate_of,
            "similarity": reject.similarity,
        }
        if self.keep_text:
            row["text"] = doc.text
        self.file.write(row)

    def close(self) -> None:
        self.file.close()


EDIT_FIELDS = [
    ("id", pa.string()),
    ("source", pa.string()),
    ("stage", pa.string()),
    ("before", pa.string()),
    ("after", pa.string()),
]


class EditsWriter:
    """Samples of line edits, one Parquet file per (stage, task): ``edits/{stage_id}/{rank:05d}.parquet``."""

    def __init__(self, folder: DataFolderLike) -> None:
        self.folder = folder

    def open(self, stage_id: str, rank: int) -> EditFile:
        return EditFile(self.folder, f"{stage_id}/{rank:05d}.parquet")


class EditFile:
    def __init__(self, folder: DataFolderLike, path: str) -> None:
        self.file = ParquetFile(folder, path, pa.schema(EDIT_FIELDS))

    def write(self, doc: Document, stage: str, before: str) -> None:
        self.file.write(
            {"id": doc.id, "source": doc.metadata.get(SOURCE), "stage": stage, "before": before, "after": doc.text}
        )

    def close(self) -> None:
        self.file.close()
