"""Parquet files and ``datasets.save_to_disk`` Arrow shards.

Damage costs the smallest unit that cannot be read: a file whose footer is unreadable is one
``corrupt_file`` reject; a row group that fails to decode is one reject (its row count in the
detail) and the other row groups are read; a value that is not UTF-8 costs its row only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from corpusmill.pipeline.sources.files import InputFile, open_file
from corpusmill.pipeline.sources.problems import STREAM_ERRORS, Parsed, ReadProblem, describe

BATCH = 10_000


def parse_parquet(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path, source, row = file.label, file.source, 0
    errors = (pa.ArrowException, *STREAM_ERRORS)
    with open_file(file.path) as handle:
        try:
            parquet = pq.ParquetFile(handle)
        except errors as err:
            yield 1, ReadProblem("corrupt_file", f"{path}: not a readable Parquet file: {describe(err)}")
            return
        names = parquet.schema_arrow.names
        if source.text_field.split(".")[0] not in names:
            yield 1, ReadProblem("missing_text", f"{path}: no column {source.text_field!r} (has {names})")
            return
        wanted_fields = (source.text_field, source.id_field or "id", source.url_field, *source.fields.values())
        roots = {c.split(".")[0] for c in wanted_fields if c}
        columns = [c for c in names if c in roots]
        end = file.end if file.end is not None else parquet.num_row_groups
        for group in range(file.start, end):
            first = row
            try:
                for batch in parquet.iter_batches(columns=columns, batch_size=BATCH, row_groups=[group]):
                    for record in _rows(batch, path, row):
                        row += 1
                        yield row, record
            except errors as err:
                rows = parquet.metadata.row_group(group).num_rows - (row - first)
                row += 1
                detail = f"{path}: row group {group} ({rows} rows from row {row}): {describe(err)}"
                yield row, ReadProblem("corrupt_file", detail)


def _rows(batch: Any, path: str, before: int) -> Iterator[Parsed]:
    """The batch's rows; when a value is not UTF-8, the rows one by one so only that row is lost."""
    try:
        yield from batch.to_pylist()
        return
    except UnicodeDecodeError:
        pass
    for i in range(batch.num_rows):
        try:
            yield batch.slice(i, 1).to_pylist()[0]
        except UnicodeDecodeError as err:
            raw = _replaced(batch.slice(i, 1))
            yield ReadProblem("bad_encoding", f"{path}: row {before + i + 1}: invalid UTF-8 ({err.reason})", raw)


def _replaced(row: Any) -> str:
    """One row's string columns decoded with U+FFFD for bad bytes, for the rejects file."""
    import orjson
    import pyarrow as pa

    values = {}
    for name, column in zip(row.schema.names, row.columns, strict=True):
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            data = column.view(pa.binary() if pa.types.is_string(column.type) else pa.large_binary())[0].as_py()
            values[name] = None if data is None else data.decode("utf-8", "replace")
    return orjson.dumps(values).decode()


def parse_arrow(path: str) -> Iterator[tuple[int, Parsed]]:
    """A ``datasets.save_to_disk`` shard: the Arrow streaming format."""
    import pyarrow as pa

    row = 0
    try:
        with open_file(path) as handle:
            for batch in pa.ipc.open_stream(handle):
                for record in _rows(batch, path, row):
                    row += 1
                    yield row, record
    except (pa.ArrowException, *STREAM_ERRORS) as err:
        yield row + 1, ReadProblem("corrupt_file", f"{path}: row {row + 1}: {describe(err)}")
