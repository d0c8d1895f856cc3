"""WARC, ARC and WET files (plain or gzip), read with warcio.

Responses (and resource/WET conversion records) become records; other record types are not
documents. A record whose declared length is wrong is rejected (``corrupt_warc``); an unreadable
one ends the file, since WARC has no resync point to trust after it. A file that ends inside a
record (a cut download, a Content-Length past the end of the file, a gzip member cut short) keeps
every complete record before the cut and adds one ``truncated_file`` reject at the cut.

fastwarc (resiliparse) iterates about 3x faster, but returns bodies without undoing HTTP chunking
and Content-Encoding, reads the CopyCat ARC variant differently and has its own damage
behaviour; see the README's "Sources" for the measurement and why warcio stays."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fsspec.utils import infer_compression

from corpusmill.io.html_decode import decode_html
from corpusmill.pipeline.sources.files import open_file
from corpusmill.pipeline.sources.problems import Parsed, ReadProblem, describe
from corpusmill.schema import HTML

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_START = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
"""How an HTML page starts, whatever its headers say."""
ARC_START = b"filedesc://"
DOCUMENT_TYPES = ("response", "resource", "conversion")


def parse_warc(path: str) -> Iterator[tuple[int, Parsed]]:
    from warcio.archiveiterator import ArchiveIterator

    if is_arc(path):
        from corpusmill.pipeline.sources.arc import parse_arc

        yield from parse_arc(path)
        return

    class QuietArchiveIterator(ArchiveIterator):
        """warcio prints a warning to stderr for a record whose length is wrong; we count it
        instead (``err_count``) and reject the record. Its loader reads a response whose block
        is not an HTTP message as a bare body (see ``BlockAwareLoader``)."""

        INC_RECORD = ""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.loader = block_aware_loader()

    number, offset, end = 0, 0, 0
    compressed = infer_compression(path) is not None
    handle: EndWatch | None = None
    try:
        with open_file(path) as raw:
            handle = EndWatch(raw)
            records = QuietArchiveIterator(handle, arc2warc=True)
            for record in records:
                errors = records.err_count
                wanted = record.rec_type in DOCUMENT_TYPES
                parsed = _warc_record(record) if wanted else None
                missing = _drain(record)
                offset = records.get_record_offset()
                if missing:
                    detail = f"{path}@{offset}: the file ends {missing:,} bytes before the end of this record"
                    yield number + 1, ReadProblem("truncated_file", detail)
                    return
                end = offset + records.get_record_length()
                if not wanted:
                    continue
                number += 1
                if records.err_count > errors:
                    parsed = ReadProblem("corrupt_warc", f"{path}@{offset}: record length does not match its content")
                elif isinstance(parsed, ReadProblem):
                    parsed = ReadProblem(parsed.problem, f"{path}@{offset} {parsed.detail}")
                yield number, parsed
    except Exception as err:  # warcio raises many unrelated types on damaged input
        if handle is not None and handle.error is not None:  # the parse error is only a symptom of the cut
            detail = f"{path}@{end}: the compressed stream ends inside a record: {describe(handle.error)}"
            yield number + 1, ReadProblem("truncated_file", detail)
        else:
            yield number + 1, ReadProblem("corrupt_warc", f"{path}@{offset}: {describe(err)}")
        return
    if handle.error is not None:
        detail = f"{path}@{end}: the compressed stream ends inside a record: {describe(handle.error)}"
        yield number + 1, ReadProblem("truncated_file", detail)
    elif not compressed and (left := _bytes_after(path, end)):
        yield number + 1, ReadProblem("truncated_file", f"{path}@{end}: {left} bytes after the last complete record")


def is_arc(path: str) -> bool:
    """An ARC file (it opens with its ``filedesc://`` record), read by the lenient ARC reader."""
    try:
        with open_file(path) as handle:
            return handle.read(len(ARC_START) + 64).lstrip().startswith(ARC_START)
    except Exception:  # an unreadable file is reported by the WARC reader, with its cause
        return False


def block_aware_loader() -> Any:
    """warcio's record loader, except that a ``response`` whose block is declared as something
    other than an HTTP message (``Content-Type: text/html``, as in Wayback Machine exports) keeps
    its whole block as the body: warcio would parse the page's first lines as an HTTP status line
    and headers, eat them, and report status ``""``."""
    from warcio.recordloader import ArcWarcRecordLoader

    class BlockAwareLoader(ArcWarcRecordLoader):
        def parse_record_stream(
            self,
            stream: Any,
            statusline: Any = None,
            known_format: Any = None,
            no_record_parse: bool = False,
            ensure_http_headers: bool = False,
            check_digests: bool = False,
        ) -> Any:
            record = super().parse_record_stream(stream, statusline, known_format, True, False, check_digests)
            if no_record_parse or not has_http_block(record):
                return record
            uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>")
            body = record.raw_stream
            start = body.tell()
            record.http_headers = self.load_http_headers(record.rec_type, uri, body, record.length)
            if record.length and record.http_headers:
                record.payload_length = record.length - (body.tell() - start)
            return record

    return BlockAwareLoader(verify_http=False, arc2warc=True)


def has_http_block(record: Any) -> bool:
    """Whether a record's block starts with HTTP headers: any record but a response declared as
    another type (an undeclared block is parsed as HTTP, as warcio does)."""
    declared = (record.rec_headers.get_header("Content-Type") or "").strip().lower()
    return record.rec_type != "response" or not declared or declared.startswith("application/http")


class EndWatch:
    """The decompressed stream as warcio reads it. warcio takes the ``EOFError`` of a gzip member
    cut short for a normal end of file, so it is kept here and reported after the last record."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.error: EOFError | None = None

    def read(self, size: int = -1) -> bytes:
        try:  # read1: a read that hits the cut would lose the bytes it decoded before it
            return self.stream.read1(size) if hasattr(self.stream, "read1") else self.stream.read(size)
        except EOFError as err:
            self.error = err
            return b""

    def readline(self, size: int = -1) -> bytes:
        try:
            return self.stream.readline(size)
        except EOFError as err:
            self.error = err
            return b""

    def close(self) -> None:
        self.stream.close()


def _drain(record: Any) -> int:
    """Read the record to its end; the bytes its Content-Length promised that the file lacks."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    return getattr(stream, "limit", 0)


def _bytes_after(path: str, end: int) -> int:
    """Non-blank bytes after the last complete record: the start of a record cut in its headers
    (warcio ends quietly there) or a gzip member cut short."""
    with open_file(path) as handle:
        handle.seek(end)
        tail = handle.read(1 << 16)
    return len(tail) if tail.strip(b"\r\n\t ") else 0


def _warc_record(record: Any, record_id: str | None = None) -> Parsed:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record_id is None:
        record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    if record.http_headers is not None and record.rec_type == "response":
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return ReadProblem("http_status", f"{url}: HTTP {status}")
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    body = record.content_stream().read()
    if mime not in HTML_TYPES and HTML_START.match(body[:1024]):
        mime = "text/html"  # a page sent as text/plain or octet-stream, or a bare body
    if record.rec_type == "conversion" or (record.rec_type == "response" and mime == "text/plain"):
        return {"text": decode_html(body, content_type), "url": url, "id": record_id}
    if mime not in HTML_TYPES:
        return ReadProblem("not_html", f"{url}: {mime or 'no content type'}")
    return {"text": decode_html(body, content_type), "url": url, "id": record_id, HTML: True}
