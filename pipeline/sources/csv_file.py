"""CSV files with a header row (RFC 4180 quoting), UTF-8 with or without a byte order mark.

The parser is strict, so damage is a reject instead of rows silently glued together: a row with
the wrong number of fields or a stray quote is ``bad_csv_row``, a quote never closed is one
``bad_csv_row`` for everything from that line to the end, a row with bytes that are not UTF-8 is
``bad_encoding``, and a UTF-16 file (a byte order mark or NUL bytes) is one ``bad_encoding``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from corpusmill.io.json_stream import UTF16_BOMS
from corpusmill.pipeline.sources.files import InputFile, open_file
from corpusmill.pipeline.sources.problems import STREAM_ERRORS, Parsed, ReadProblem, describe, max_bytes, raw_json

UTF16_HINT = "UTF-16 text; corpusmill reads UTF-8 (convert with `iconv -f UTF-16 -t UTF-8`)"


def parse_csv(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    path, line = file.path, 0
    csv.field_size_limit(max_bytes(file))  # a field over the cap is an error while it is read, not after
    try:
        with open_file(path) as raw:
            head = raw.read(4096)
            if head.startswith(UTF16_BOMS) or b"\x00" in head:
                yield 1, ReadProblem("bad_encoding", f"{path}: {UTF16_HINT}")
                return
            raw.seek(0)
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            reader = csv.reader(text, strict=True)
            header = next(reader, None) or []
            line = reader.line_num
            while True:
                start = line + 1
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except csv.Error as err:
                    line = reader.line_num
                    yield start, _csv_error(path, start, line, err)
                    continue
                line = reader.line_num
                if not values:
                    continue
                yield start, _record(path, start, header, values)
    except STREAM_ERRORS as err:
        yield line + 1, ReadProblem("corrupt_file", f"{path}:{line + 1}: {describe(err)}")


def _csv_error(path: str, start: int, line: int, err: csv.Error) -> ReadProblem:
    message = str(err)
    if "field larger than field limit" in message:
        return ReadProblem("too_large", f"{path}:{start}: a field is over the record limit")
    if "unexpected end of data" in message:
        message = f"a quote opened on line {start} is never closed (lines {start}-{line} are unread)"
    return ReadProblem("bad_csv_row", f"{path}:{start}: {message}")


def _record(path: str, start: int, header: list[str], values: list[str]) -> Parsed:
    record = dict(zip(header, values, strict=False))
    if len(values) != len(header):
        detail = f"{path}:{start}: {len(values)} fields, header has {len(header)}"
        return ReadProblem("bad_csv_row", detail, _fix(",".join(values)))
    if any(_has_surrogates(v) for v in (*header, *values)):
        return ReadProblem("bad_encoding", f"{path}:{start}: invalid UTF-8", _replaced(record))
    return record


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _fix(value: str) -> str:
    """Text read with ``surrogateescape``, its undecodable bytes shown as U+FFFD."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _replaced(record: dict[str, Any]) -> str:
    return raw_json({_fix(k): _fix(v) for k, v in record.items()})
