"""ARC files (the Internet Archive's format, Common Crawl's until 2012), read leniently.

An ARC file is a header line ``URL IP date content-type length`` (version 1; version 2 adds
fields before the length, which is always last), then ``length`` bytes of HTTP response, then a
newline, repeated; the first record (``filedesc://``) describes the file. warcio reads the
records but stops at the description block of Common Crawl's 2008-2010 variant, which holds one
more blank line than it expects, so a whole file became one reject. This reader frames records
itself and lets warcio parse each one's HTTP headers and undo its chunking and Content-Encoding
(the WARC reader's ``_warc_record``, so both formats give the same records).

Damage never hides records: a line where a header should be starts a scan for the next header
line, and the bytes skipped are one ``corrupt_warc`` reject (a garbled header: the record it
opened; a length that ends inside its record: the rest of that record). A length that runs past
the next header line makes its record a ``corrupt_warc`` reject, and reading goes on at that header.
A file that ends inside a record adds one ``truncated_file`` reject. So every record whose header
line survives is read or counted, and a damaged span is counted at least once. Records get no id
of their own (ARC has none), so the reader names them ``<source>:<file>:<number>``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from corpusmill.pipeline.sources.files import open_file
from corpusmill.pipeline.sources.problems import Parsed, ReadProblem, describe
from corpusmill.pipeline.sources.warc import _warc_record, block_aware_loader

HEADER = re.compile(rb"^(?P<url>[A-Za-z][A-Za-z0-9+.-]*:\S+) \S+ \d{12,14} (?:\S+ )*?(?P<length>\d+)\r?\n$")
"""URL, IP address, 12-14 digit date, (content type and, in version 2, more fields), length."""
EMBEDDED = re.compile(rb"\n([A-Za-z][A-Za-z0-9+.-]*://\S+ \S+ \d{12,14} (?:\S+ )*?\d+\r?\n)")
"""A header line inside a record: its declared length ran past the next record."""
CHUNK = 1 << 16


class Lines:
    """A byte stream read by lines and counts, whose bytes can be pushed back; ``offset`` is the
    position of the next byte in the (decompressed) file."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.read1 = stream.read1 if hasattr(stream, "read1") else stream.read
        self.pending = b""
        self.offset = 0
        self.error: Exception | None = None

    def _fill(self, size: int) -> None:
        while len(self.pending) < size and self.error is None:
            try:  # read1: a read that hits a cut gzip member would lose the bytes it decoded before it
                more = self.read1(CHUNK)
            except (EOFError, OSError) as err:  # a gzip member cut short or damaged
                self.error = err
                return
            if not more:
                return
            self.pending += more

    def readline(self) -> bytes:
        while b"\n" not in self.pending:
            size = len(self.pending)
            self._fill(size + CHUNK)
            if len(self.pending) == size:
                break
        end = self.pending.find(b"\n") + 1 or len(self.pending)
        return self.read(end)

    def read(self, size: int) -> bytes:
        self._fill(size)
        data, self.pending = self.pending[:size], self.pending[size:]
        self.offset += len(data)
        return data

    def unread(self, data: bytes) -> None:
        self.pending = data + self.pending
        self.offset -= len(data)


def parse_arc(path: str) -> Iterator[tuple[int, Parsed]]:
    number = 0
    cut = False
    try:
        with open_file(path) as raw:
            lines = Lines(raw)
            for at, header, body in _frames(lines, path):
                if header is None:  # damage: one reject per unreadable span or record
                    number += 1
                    cut = body.problem == "truncated_file"
                    yield number, body
                    continue
                if header.startswith(b"filedesc:"):
                    continue
                number += 1
                yield number, _record(header, body, f"{path}@{at}")
            if lines.error is not None and not cut:
                detail = f"{path}@{lines.offset}: the compressed stream ends inside a record: {describe(lines.error)}"
                yield number + 1, ReadProblem("truncated_file", detail)
    except Exception as err:  # an unreadable file (permissions, not gzip) is one reject
        yield number + 1, ReadProblem("corrupt_warc", f"{path}: {describe(err)}")


def _frames(lines: Lines, path: str) -> Iterator[tuple[int, bytes | None, Any]]:
    """(offset, header line, body) per record, or (offset, None, ReadProblem) per damaged span."""
    while line := lines.readline():
        at = lines.offset - len(line)
        if not line.strip():
            continue
        header = HEADER.match(line)
        if header is None:
            skipped = len(line) + _skip_to_header(lines)
            yield at, None, ReadProblem("corrupt_warc", f"{path}@{at}: {skipped:,} bytes without an ARC header line")
            continue
        length = int(header["length"])
        body = lines.read(length)
        if len(body) < length:
            detail = f"{path}@{at}: the file ends {length - len(body):,} bytes before the end of this record"
            yield at, None, ReadProblem("truncated_file", detail)
            return
        inside = EMBEDDED.search(body)
        if inside is not None:  # the length runs into the next record: read that one from its header
            lines.unread(body[inside.start(1) :])
            yield at, None, ReadProblem("corrupt_warc", f"{path}@{at}: record length runs into the next record")
            continue
        yield at, line, body


def _skip_to_header(lines: Lines) -> int:
    """Reads up to the next ARC header line (left unread); the bytes skipped."""
    skipped = 0
    while line := lines.readline():
        if HEADER.match(line):
            lines.unread(line)
            break
        skipped += len(line)
    return skipped


def _record(header: bytes, body: bytes, where: str) -> Parsed:
    """One ARC record through warcio's parser (as a WARC response) and the WARC reader's rules."""
    fields = header.split()
    version_1 = b" ".join([*fields[:4], fields[-1]]) + b"\n"  # the five fields warcio's parser reads
    try:
        record = block_aware_loader().parse_record_stream(io.BytesIO(version_1 + body), known_format="arc")
        parsed = _warc_record(record, record_id="")
    except Exception as err:  # warcio raises many types on a damaged HTTP header block
        return ReadProblem("corrupt_warc", f"{where}: {describe(err)}")
    if isinstance(parsed, ReadProblem):
        return ReadProblem(parsed.problem, f"{where} {parsed.detail}")
    return parsed
