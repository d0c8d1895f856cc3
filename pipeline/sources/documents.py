"""``documents`` sources: a team's own files (PDF, Word ``.docx``, Markdown, plain text, HTML) as
records with their structure and metadata.

One record per document by default; ``unit: page`` gives one per PDF page, ``unit: section`` one
per section (Markdown ``#`` headings, Word heading styles, a PDF's top-level bookmarks). A format
without pages or sections (text, HTML) gives one record either way. Each record carries
``title``, ``path``, ``format``, ``pages``, ``page``, ``section``, ``author`` and ``created``
(``corpusmill.schema.DOCUMENT_SOURCE_COLUMNS``).

What cannot be read is a reject with its reason, never a stopped run: ``read:encrypted`` (a PDF
that needs a password), ``read:no_text_layer`` (a scanned PDF: no page has text; there is no OCR),
``read:corrupt_file`` (what the format's library cannot open), ``read:too_large`` (a file over
``max_record_mb``: documents are read whole), ``read:unsupported_format`` (another extension) and
``read:bad_encoding`` (text not valid in its encoding, see ``corpusmill.io.text_encoding``).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from fsspec.core import url_to_fs

from corpusmill.io.text_encoding import DETECT_BYTES, INVALID, codec_of, sniff
from corpusmill.pipeline.sources.files import InputFile, open_file
from corpusmill.pipeline.sources.problems import STREAM_ERRORS, Parsed, ReadProblem, describe, max_bytes
from corpusmill.schema import DOCUMENT_SOURCE_COLUMNS

DOCUMENT_COLUMNS = tuple(DOCUMENT_SOURCE_COLUMNS)
FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
}
TEXT_FORMATS = frozenset({"markdown", "text", "html"})
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


@dataclass
class Part:
    """A piece of a document: a page, or everything under one heading."""

    text: str
    page: int | None = None
    section: str | None = None


@dataclass
class Extracted:
    """A document as read: its parts in order (pages or sections) and its own metadata."""

    parts: list[Part]
    title: str | None = None
    author: str | None = None
    created: str | None = None
    pages: int | None = None
    sections: list[Part] = field(default_factory=list)  # under headings (PDF: top-level bookmarks)
    text: str | None = None  # the whole text when it is more than its parts joined by blank lines (PDF pages)


class Unreadable(Exception):
    """A document the reader cannot give text for, with the ``read:`` code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def format_of(path: str) -> str | None:
    name = path.lower()
    for suffix in (".gz", ".zst", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    return FORMATS.get(os.path.splitext(name)[1])


def is_text_document(path: str) -> bool:
    """A file the ``encoding`` option applies to (Markdown, text, HTML)."""
    return format_of(path) in TEXT_FORMATS


def parse_documents(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    """The file's records: one per document, page or section (``source.unit``)."""
    fmt = format_of(file.path)
    if fmt is None:
        known = ", ".join(sorted(set(FORMATS)))
        yield 1, ReadProblem("unsupported_format", f"{file.path}: not a document this source reads ({known})")
        return
    try:
        data = _read_bytes(file)
        document = _extract(fmt, data, file)
    except Unreadable as err:
        yield 1, ReadProblem(err.code, str(err))
        return
    except STREAM_ERRORS as err:
        yield 1, ReadProblem("corrupt_file", f"{file.path}: {describe(err)}")
        return
    except Exception as err:  # a parser library failing on a damaged file, in any of its own ways
        yield 1, ReadProblem("corrupt_file", f"{file.path}: {fmt} could not be read ({type(err).__name__}: {err})")
        return
    yield from _records(file, fmt, document)


def _read_bytes(file: InputFile) -> bytes:
    fs, inner = url_to_fs(file.path)
    limit = max_bytes(file)
    size = fs.size(inner)
    if size is not None and size > limit:
        raise Unreadable("too_large", f"{file.path}: {size:,} bytes, over max_record_mb")
    with open_file(file.path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise Unreadable("too_large", f"{file.path}: over max_record_mb once decompressed")
    return data


def _extract(fmt: str, data: bytes, file: InputFile) -> Extracted:
    if fmt == "pdf":
        from corpusmill.pipeline.sources.pdf_document import read_pdf

        return read_pdf(data, file.path)
    if fmt == "docx":
        from corpusmill.pipeline.sources.docx_document import read_docx

        return read_docx(io.BytesIO(data))
    text = decode(data, file.codec or file.source.encoding)
    if fmt == "html":
        return _html(text)
    text = BLANK_LINES.sub("\n\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if fmt == "markdown":
        return Extracted([Part(text)], title=_markdown_title(text), sections=_markdown_sections(text))
    return Extracted([Part(text)])


def decode(data: bytes, encoding: str) -> str:
    """The bytes as text in ``encoding`` (``auto``: ``sniff``); an undecodable byte becomes
    ``INVALID`` (a lone surrogate), so the records holding one are rejected, never kept mangled."""
    codec, mark = sniff(data[:DETECT_BYTES], codec_of(encoding))
    return data[mark:].decode(codec, "corpusmill-invalid")  # a lone UTF-16 surrogate too


def _html(text: str) -> Extracted:
    from resiliparse.parse.html import HTMLTree

    from corpusmill.filters.extract import ExtractParams, main_text

    tree = HTMLTree.parse(text)
    title = tree.title.strip() if tree.title else None
    return Extracted([Part(main_text(text, ExtractParams()))], title=title or None)


def _markdown_title(text: str) -> str | None:
    for line in text.split("\n"):
        found = MARKDOWN_HEADING.match(line)
        if found:
            return found.group(1)
    return None


def _markdown_sections(text: str) -> list[Part]:
    """The text cut before each heading, outside fenced code blocks."""
    parts: list[Part] = []
    current: list[str] = []
    heading: str | None = None
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        found = None if fenced else MARKDOWN_HEADING.match(line)
        if found and any(s.strip() for s in current):
            parts.append(Part("\n".join(current).strip(), section=heading))
            current = []
        if found:
            heading = found.group(1)
        current.append(line)
    if any(s.strip() for s in current) or not parts:
        parts.append(Part("\n".join(current).strip(), section=heading))
    return parts


def _records(file: InputFile, fmt: str, document: Extracted) -> Iterator[tuple[int, Parsed]]:
    unit = file.source.unit
    if unit == "page" and fmt == "pdf":
        parts = document.parts
    elif unit == "section" and document.sections:
        parts = document.sections
    else:  # a whole document; also the section unit of one without headings or bookmarks
        parts = [Part(document.text or "\n\n".join(part.text for part in document.parts if part.text))]
    title = document.title or os.path.splitext(os.path.basename(file.path))[0]
    limit = max_bytes(file)
    for number, part in enumerate(parts, 1):
        where = f"{file.path}:{_where(part, number)}"
        if INVALID in part.text:
            codec = file.codec or file.source.encoding
            shown = part.text.replace(INVALID, "\ufffd")
            yield number, ReadProblem("bad_encoding", f"{where}: bytes not valid in {codec}", shown)
            continue
        if len(part.text) > limit:
            yield number, ReadProblem("too_large", f"{where}: {len(part.text):,} characters, over the record limit")
            continue
        yield (
            number,
            {
                "text": part.text,
                "title": title,
                "path": file.path,
                "format": fmt,
                "pages": document.pages,
                "page": part.page if unit != "document" else None,
                "section": part.section if unit == "section" else None,
                "author": document.author,
                "created": document.created,
            },
        )


def _where(part: Part, number: int) -> str:
    if part.page is not None:
        return f"page {part.page}"
    return f"section {number}" if part.section is not None else str(number)
