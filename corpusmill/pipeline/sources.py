"""Input sources: JSONL, Parquet, CSV, WARC/ARC/WET and local Hugging Face dataset folders.

One reader step serves every source type so that all files of a run get one global order: file
``i`` (sorted within each source, sources in config order) goes to task ``i % tasks``, and each
record carries ``_order = i << 32 | n`` (n = its line, row or WARC record number). Record ids,
"keep the first duplicate" and output order therefore do not depend on the number of tasks.

Malformed input never raises and is never dropped silently: it becomes a record flagged with a
read problem (and the raw line as text when there is one), which the ``read`` stage rejects with
``file:line`` in ``detail``.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep
from fsspec.core import url_to_fs
from fsspec.utils import infer_compression
from warcio.archiveiterator import ArchiveIterator

from corpusmill.filters.base import ORDER, Reject, Stage, Verdict
from corpusmill.filters.extract import HTML
from corpusmill.filters.sft.formats import FORMATS as SFT_FORMATS
from corpusmill.filters.sft.formats import read_documents
from corpusmill.pipeline.config import ConfigError, SourceConfig

READ_ERROR = "_read_error"
HTML_TYPES = ("text/html", "application/xhtml+xml")
DECODE_ERRORS = (EOFError, OSError, zlib.error, ValueError)
csv.field_size_limit(1 << 30)


@dataclass(frozen=True)
class InputFile:
    """A file, or a part of one: a byte range of an uncompressed JSONL file or a range of row
    groups of a Parquet file, so one huge file still spreads over every task."""

    source: SourceConfig
    path: str
    kind: str  # jsonl | parquet | csv | warc | arrow
    name: str  # short, stable name used in ids and details
    start: int = 0  # byte offset (jsonl) or first row group (parquet)
    end: int | None = None  # exclusive; None = to the end of the file

    @property
    def label(self) -> str:
        return self.path if self.end is None else f"{self.path}@{self.start}"


@dataclass(frozen=True)
class ReadProblem:
    problem: str
    detail: str
    raw: str = ""


Parsed = dict[str, Any] | ReadProblem


def expand_sources(sources: list[SourceConfig]) -> list[InputFile]:
    """Resolve globs (local or fsspec URLs) in config order; a pattern matching nothing is an error."""
    files: list[InputFile] = []
    for i, source in enumerate(sources):
        paths: list[str] = []
        for j, pattern in enumerate(source.paths):
            matched = _glob(pattern, hf=source.type == "hf")
            if not matched:
                raise ConfigError(f"sources[{i}].paths[{j}]: no input file matches {pattern!r}")
            paths += [p for p in matched if p not in paths]
        root = os.path.commonpath(paths) if len(paths) > 1 else os.path.dirname(paths[0])
        for path in paths:
            kind = _hf_kind(path) if source.type == "hf" else source.type
            files += split(InputFile(source, path, kind, os.path.relpath(path, root)))
    return files


def split(file: InputFile) -> list[InputFile]:
    """Cut a file larger than ``split_mb`` into parts, at byte ranges (uncompressed JSONL; a part
    starts at the first line beginning inside it) or row-group boundaries (Parquet)."""
    limit = file.source.split_mb * 1_000_000
    if not limit or infer_compression(file.path) is not None or file.kind not in ("jsonl", "parquet"):
        return [file]
    fs, inner = url_to_fs(file.path)
    if file.kind == "jsonl":
        size = fs.size(inner)
        bounds = [*range(0, size, limit), size]
    else:
        with fs.open(inner, "rb") as handle:
            meta = pq.ParquetFile(handle).metadata
        bounds, total = [0], 0
        for group in range(meta.num_row_groups):
            total += meta.row_group(group).total_byte_size
            if total >= limit and group + 1 < meta.num_row_groups:
                bounds.append(group + 1)
                total = 0
        bounds.append(meta.num_row_groups)
    if len(bounds) <= 2:
        return [file]
    return [
        InputFile(file.source, file.path, file.kind, f"{file.name}@{a}", a, b) for a, b in itertools.pairwise(bounds)
    ]


def _glob(pattern: str, hf: bool) -> list[str]:
    fs, _ = url_to_fs(pattern)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    prefix = "" if protocol in ("file", "local") else f"{protocol}://"
    found = sorted(prefix + p for p in fs.glob(pattern))
    if not hf:
        return [p for p in found if not fs.isdir(p)]
    files: list[str] = []
    for folder in found:
        inner = fs.find(folder) if fs.isdir(folder) else [folder]
        files += sorted(prefix + p for p in inner if _hf_kind(p))
    return files


def _hf_kind(path: str) -> str:
    name = os.path.basename(path).lower()
    for ext, kind in ((".arrow", "arrow"), (".parquet", "parquet"), (".jsonl", "jsonl"), (".json", "jsonl")):
        if ext in name and not name.startswith("dataset_info") and name != "state.json":
            return kind
    return ""


def _open(path: str, mode: str = "rb"):
    fs, inner = url_to_fs(path)
    return fs.open(inner, mode, compression=infer_compression(path))


def parse_jsonl(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    path, lineno = file.label, 0
    try:
        with _open(file.path) as handle:
            if file.start:
                handle.seek(file.start - 1)
                handle.readline()  # the line running into this part belongs to the part before
            for lineno, raw in enumerate(handle, start=1):
                if file.end is not None and handle.tell() - len(raw) >= file.end:
                    break
                if not raw.strip():
                    continue
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as err:
                    text = raw.decode("utf-8", "replace").rstrip("\r\n")
                    yield (
                        lineno,
                        ReadProblem("bad_encoding", f"{path}:{lineno}: invalid UTF-8 at byte {err.start}", text),
                    )
                    continue
                try:
                    record = orjson.loads(line)
                except orjson.JSONDecodeError as err:
                    yield lineno, ReadProblem("bad_json", f"{path}:{lineno}: {err}", line)
                    continue
                if not isinstance(record, dict):
                    yield (
                        lineno,
                        ReadProblem("not_an_object", f"{path}:{lineno}: JSON {type(record).__name__}", line),
                    )
                    continue
                yield lineno, record
    except DECODE_ERRORS as err:
        yield lineno + 1, ReadProblem("truncated_file", f"{path}:{lineno + 1}: {type(err).__name__}: {err}")


def parse_parquet(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    path, source, row = file.label, file.source, 0
    try:
        with _open(file.path) as handle:
            parquet = pq.ParquetFile(handle)
            names = parquet.schema_arrow.names
            if source.text_field not in names:
                yield 0, ReadProblem("missing_text", f"{path}: no column {source.text_field!r} (has {names})")
                return
            roots = {c.split(".")[0] for c in (source.text_field, source.id_field, source.url_field) if c}
            wanted = [c for c in names if c in roots]
            groups = range(file.start, file.end if file.end is not None else parquet.num_row_groups)
            for batch in parquet.iter_batches(columns=wanted, batch_size=10_000, row_groups=groups):
                for record in batch.to_pylist():
                    row += 1
                    yield row, record
    except (pa.ArrowException, *DECODE_ERRORS) as err:
        yield row + 1, ReadProblem("corrupt_file", f"{path}: row {row + 1}: {type(err).__name__}: {err}")


def parse_arrow(path: str) -> Iterator[tuple[int, Parsed]]:
    """A ``datasets.save_to_disk`` shard: the Arrow streaming format."""
    row = 0
    try:
        with _open(path) as handle:
            for batch in pa.ipc.open_stream(handle):
                for record in batch.to_pylist():
                    row += 1
                    yield row, record
    except (pa.ArrowException, *DECODE_ERRORS) as err:
        yield row + 1, ReadProblem("corrupt_file", f"{path}: row {row + 1}: {type(err).__name__}: {err}")


def parse_csv(path: str) -> Iterator[tuple[int, Parsed]]:
    line = 0
    try:
        with _open(path) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")
            reader = csv.DictReader(text)
            header = reader.fieldnames or []
            for record in reader:
                start, line = line + 1, reader.line_num
                values = list(record.values())
                if None in record or None in values:
                    yield (
                        start,
                        ReadProblem(
                            "bad_csv_row",
                            f"{path}:{start}: {len(values)} fields, header has {len(header)}",
                            _raw(record),
                        ),
                    )
                elif any(_has_surrogates(v) for v in values):
                    yield start, ReadProblem("bad_encoding", f"{path}:{start}: invalid UTF-8", _raw(record))
                else:
                    yield start, record
    except (csv.Error, *DECODE_ERRORS) as err:
        yield line + 1, ReadProblem("corrupt_file", f"{path}:{line + 1}: {type(err).__name__}: {err}")


def _has_surrogates(value: Any) -> bool:
    return isinstance(value, str) and any("\udc80" <= ch <= "\udcff" for ch in value)


def _raw(record: dict[Any, Any]) -> str:
    return orjson.dumps({str(k): v for k, v in record.items()}, default=str).decode("utf-8", "replace")


class QuietArchiveIterator(ArchiveIterator):
    """warcio prints a warning to stderr for a record whose length is wrong; we count it instead
    (``err_count``) and reject the record."""

    INC_RECORD = ""


def parse_warc(path: str) -> Iterator[tuple[int, Parsed]]:
    """Responses (and resource/WET conversion records) become records; other record types are not
    documents. A record whose declared length is wrong is rejected; an unreadable one ends the
    file, since WARC has no resync point to trust after it."""
    number, offset = 0, 0
    try:
        with _open(path) as handle:
            records = QuietArchiveIterator(handle, arc2warc=True)
            for record in records:
                if record.rec_type not in ("response", "resource", "conversion"):
                    continue
                errors = records.err_count
                parsed = _warc_record(path, record)
                offset = records.get_record_offset()  # reads the record to its end
                number += 1
                if records.err_count > errors:
                    parsed = ReadProblem("corrupt_warc", f"{path}@{offset}: record length does not match its content")
                elif isinstance(parsed, ReadProblem):
                    parsed = ReadProblem(parsed.problem, f"{path}@{offset} {parsed.detail}")
                yield number, parsed
    except Exception as err:  # warcio raises many unrelated types on damaged input
        yield number + 1, ReadProblem("corrupt_warc", f"{path}@{offset}: {type(err).__name__}: {err}".strip())


def _warc_record(path: str, record: Any) -> Parsed:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    where = url
    if record.http_headers is not None and record.rec_type == "response":
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return ReadProblem("http_status", f"{where}: HTTP {status}")
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    body = record.content_stream().read()
    if record.rec_type == "conversion" or (record.rec_type == "response" and mime == "text/plain"):
        return {"text": _decode(body, content_type), "url": url, "id": record_id}
    if mime not in HTML_TYPES:
        return ReadProblem("not_html", f"{where}: {mime or 'no content type'}")
    return {"text": _decode(body, content_type), "url": url, "id": record_id, HTML: True}


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "iso-8859-1": "cp1252", "latin-1": "cp1252"}


def _decode(body: bytes, content_type: str) -> str:
    """UTF-8 first (it almost never decodes other encodings by accident), then the charset the
    HTTP header or the page's ``<meta>`` declares, then cp1252, which accepts any byte."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = [content_type.lower().partition("charset=")[2].strip(" \"';")]
    meta = META_CHARSET.search(body[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii").lower())
    for encoding in declared:
        if encoding:
            try:
                return body.decode(SUPERSETS.get(encoding, encoding))
            except (UnicodeDecodeError, LookupError):
                continue
    return body.decode("cp1252", "replace")


def parse_file(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    if file.kind == "jsonl":
        return parse_jsonl(file)
    if file.kind == "parquet":
        return parse_parquet(file)
    if file.kind == "csv":
        return parse_csv(file.path)
    if file.kind == "arrow":
        return parse_arrow(file.path)
    return parse_warc(file.path)


def field(record: dict[str, Any], path: str | None) -> Any:
    """A top-level key, or a dotted path into nested objects (Dolma keeps ``metadata.url``)."""
    if not path:
        return None
    if path in record:
        return record[path]
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def to_document(file: InputFile, index: int, number: int, parsed: Parsed) -> Document:
    source = file.source
    meta: dict[str, Any] = {"source": source.name, "url": None, ORDER: (index << 32) | number}
    fallback_id = f"{source.name}:{file.name}:{number}"
    if isinstance(parsed, ReadProblem):
        meta[READ_ERROR] = (parsed.problem, parsed.detail)
        return Document(text=parsed.raw, id=fallback_id, metadata=meta)
    warc = file.kind == "warc"
    text_key = "text" if warc else source.text_field
    text = field(parsed, text_key)
    record_id = field(parsed, "id" if warc else source.id_field)
    doc_id = str(record_id) if record_id not in (None, "") else fallback_id
    url = field(parsed, "url" if warc else source.url_field)
    meta["url"] = str(url) if url not in (None, "") else None
    if parsed.get(HTML):
        meta[HTML] = True
    if not isinstance(text, str):
        problem = "missing_text" if text is None else "bad_text_type"
        meta[READ_ERROR] = (problem, f"{file.label}:{number}: field {text_key!r} is {type(text).__name__}")
        text = _raw(parsed)
    return Document(text=text, id=doc_id, metadata=meta)


def sft_documents(file: InputFile, index: int) -> Iterator[Document]:
    """Alpaca / ShareGPT / OpenAI records, normalised to messages by ``filters.sft``; records it
    cannot normalise arrive flagged and the ``sft`` stage rejects them with the reason."""
    try:
        _, _, docs = read_documents(
            Path(file.path),
            source=file.source.name,
            file_index=index,
            fmt=file.kind,
            extra_fields=frozenset(file.source.extra_fields),
        )
        yield from docs
    except (OSError, ValueError) as err:
        yield to_document(file, index, 1, ReadProblem("corrupt_file", f"{file.path}: {err}"))


class SourceReader(PipelineStep):
    """Reads this task's share of the input files and reports progress for the CLI."""

    name = "read_sources"
    type = "corpusmill"

    def __init__(self, files: list[InputFile], limit: int | None = None, progress: DataFolderLike = None) -> None:
        super().__init__()
        self.files = files
        self.limit = limit
        self.progress = progress

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        tracker = ProgressFile(self.progress, rank) if self.progress is not None else None
        count = 0
        for index, file in enumerate(self.files):
            if index % world_size != rank:
                continue
            empty = True
            if file.kind in SFT_FORMATS:
                documents = sft_documents(file, index)
            else:
                documents = (to_document(file, index, number, parsed) for number, parsed in parse_file(file))
            for doc in documents:
                empty = False
                yield doc
                count += 1
                if tracker is not None and count % 256 == 0:
                    tracker.update(count)
                if self.limit is not None and count >= self.limit:
                    break
            if empty and file.end is None:  # a part of a file may hold no line start
                yield to_document(file, index, 0, ReadProblem("empty_file", f"{file.path}: no records"))
            if self.limit is not None and count >= self.limit:
                break
        if tracker is not None:
            tracker.update(count, force=True)


class ProgressFile:
    """A task's record count, rewritten at most once a second for the CLI's progress display."""

    def __init__(self, folder: DataFolderLike, rank: int) -> None:
        self.folder = get_datafolder(folder)
        self.name = f"{rank:05d}"
        self.last = 0.0

    def update(self, count: int, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last >= 1.0:
            self.last = now
            with self.folder.open(self.name, "w") as handle:
                handle.write(str(count))


class ReadCheck(Stage):
    """Stage ``read``: rejects what the sources could not parse, with the file and line."""

    name = "read"

    def process(self, doc: Document) -> Verdict:
        problem = doc.metadata.pop(READ_ERROR, None)
        if problem is None:
            return None
        code, detail = problem
        return Reject(f"read:{code}", detail)
