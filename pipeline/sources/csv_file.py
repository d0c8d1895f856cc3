"""CSV files with a header row (RFC 4180 quoting), in the source's ``encoding``: by default the
one ``corpusmill.io.text_encoding.sniff`` finds (UTF-8 with or without a byte order mark, UTF-16 by
its mark or NUL pattern, GB18030, Big5, ... by the detector).

The parser is strict, so damage is a reject instead of rows silently glued together: a row with
the wrong number of fields or a stray quote is ``bad_csv_row``, a quote never closed is one
``bad_csv_row`` for everything from that line to the end, and a row with bytes that are not valid
in the file's encoding (or a lone UTF-16 surrogate) is ``bad_encoding``. A NUL byte in a UTF-8 file
is a character of its row, like any other: it costs nothing (``normalize`` removes it)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from corpusmill.io.text_encoding import DETECT_BYTES, sniff
from corpusmill.pipeline.sources.files import InputFile, open_file
from corpusmill.pipeline.sources.problems import STREAM_ERRORS, Parsed, ReadProblem, describe, max_bytes, raw_json

SURROGATE = re.compile("[\ud800-\udfff]")  # an undecodable byte (surrogateescape) or a lone UTF-16 half


def parse_csv(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    path, line = file.path, 0
    csv.field_size_limit(max_bytes(file))  # a field over the cap is an error while it is read, not after
    try:
        with open_file(path) as raw:
            codec, mark = sniff(raw.read(DETECT_BYTES), file.codec or file.source.encoding)
            raw.seek(0)
            raw.read(mark)  # the byte order mark
            if codec == "utf-8":
                text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            else:
                errors = "surrogatepass" if codec.startswith("utf-") else "corpusmill-invalid"
                text = io.TextIOWrapper(raw, encoding=codec, errors=errors, newline="")
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
                yield start, _record(path, start, header, values, codec)
    except STREAM_ERRORS as err:
        yield line + 1, ReadProblem("corrupt_file", f"{path}:{line + 1}: {describe(err)}")


def _csv_error(path: str, start: int, line: int, err: csv.Error) -> ReadProblem:
    message = str(err)
    if "field larger than field limit" in message:
        return ReadProblem("too_large", f"{path}:{start}: a field is over the record limit")
    if "unexpected end of data" in message:
        message = f"a quote opened on line {start} is never closed (lines {start}-{line} are unread)"
    return ReadProblem("bad_csv_row", f"{path}:{start}: {message}")


def _record(path: str, start: int, header: list[str], values: list[str], codec: str) -> Parsed:
    record = dict(zip(header, values, strict=False))
    if len(values) != len(header):
        detail = f"{path}:{start}: {len(values)} fields, header has {len(header)}"
        return ReadProblem("bad_csv_row", detail, _fix(",".join(values)))
    if any(_has_surrogates(v) for v in (*header, *values)):
        shown = "UTF-8" if codec == "utf-8" else codec
        return ReadProblem("bad_encoding", f"{path}:{start}: invalid {shown}", _replaced(record))
    return record


def _has_surrogates(value: str) -> bool:
    return SURROGATE.search(value) is not None


def _fix(value: str) -> str:
    """Text read with ``surrogateescape`` (or a lone UTF-16 half), undecodable parts shown as U+FFFD."""
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _replaced(record: dict[str, Any]) -> str:
    return raw_json({_fix(k): _fix(v) for k, v in record.items()})
