"""What every format reader yields: a record, or a ``ReadProblem`` the ``read`` stage rejects as
``read:<problem>`` with the file and line, row or offset in its detail."""

from __future__ import annotations

from typing import Any

import orjson

from corpusmill.io.decompress import STREAM_ERRORS, describe, stream_error
from corpusmill.io.json_stream import ReadProblem
from corpusmill.pipeline.sources.files import InputFile

__all__ = ["STREAM_ERRORS", "Parsed", "ReadProblem", "describe", "max_bytes", "raw_json", "stream_error"]

Parsed = dict[str, Any] | ReadProblem


def max_bytes(file: InputFile) -> int:
    """The source's per-record size cap, enforced while reading."""
    return int(file.source.max_record_mb * (1 << 20))


def raw_json(record: dict[Any, Any]) -> str:
    """A record as JSON for the rejects file; undecodable bytes (kept as surrogates) become U+FFFD."""
    return orjson.dumps({str(k): v for k, v in record.items()}, default=str).decode("utf-8", "replace")
