"""The reader step every source type shares, and the ``read`` stage that rejects what it could not
parse.

All files of a run get one global order: file ``i`` (sorted within each source, sources in config
order) goes to task ``i % tasks``, and each record carries ``_order = i << 32 | n`` (n = its line,
row or WARC record number). Record ids, "keep the first duplicate" and output order therefore do
not depend on the number of tasks: a record whose id an earlier record (in that order) already
has gets ``<id>@<file>:<n>``, decided by one task when it reads every file and by the id pass of
``sources.ids`` when files are spread over tasks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.base import ORDER, Reject, Stage, Verdict
from corpusmill.filters.sft.formats import FORMATS as SFT_FORMATS
from corpusmill.filters.sft.formats import read_documents, rename_fields
from corpusmill.io.text_encoding import DETECT_BYTES, SNIFF_BYTES, sniff
from corpusmill.pipeline.sources.csv_file import parse_csv
from corpusmill.pipeline.sources.documents import DOCUMENT_COLUMNS, is_text_document, parse_documents
from corpusmill.pipeline.sources.files import InputFile, open_file
from corpusmill.pipeline.sources.ids import id_key, load_renamed
from corpusmill.pipeline.sources.jsonl import parse_jsonl
from corpusmill.pipeline.sources.parquet import parse_arrow, parse_parquet
from corpusmill.pipeline.sources.problems import STREAM_ERRORS, Parsed, ReadProblem, max_bytes, raw_json
from corpusmill.pipeline.sources.warc import parse_warc
from corpusmill.schema import HTML, READ_ERROR

DUPLICATE_ID = "_duplicate_id"  # the id a record shares with an earlier one (its own id is made unique)
ENCODING_STAT = "encoding:"  # reader stat ``encoding:<codec>:<path>``, one per text file: stats.json's ``encodings``


def parse_file(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    if file.kind == "jsonl":
        return parse_jsonl(file)
    if file.kind == "parquet":
        return parse_parquet(file)
    if file.kind == "csv":
        return parse_csv(file)
    if file.kind == "arrow":
        return parse_arrow(file.path)
    if file.kind == "documents":
        return parse_documents(file)
    return parse_warc(file.path)


def with_codec(file: InputFile) -> InputFile:
    """A text file with the encoding it is read in (``sources[].encoding``, or detected on its
    first bytes); parts of a split file start past its head and are UTF-8 (``files.split``)."""
    if file.start:
        return replace(file, codec="utf-8")
    head = b""
    try:
        with open_file(file.path) as handle:
            while len(head) < DETECT_BYTES and (block := handle.read(SNIFF_BYTES)):
                head += block
    except STREAM_ERRORS:
        if not head:
            return file  # its reader reports the damage
    return replace(file, codec=sniff(head, file.source.encoding)[0])


def has_text_encoding(file: InputFile) -> bool:
    return file.kind in ("jsonl", "csv") or (file.kind == "documents" and is_text_document(file.path))


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
    """A record as a ``Document``. Its id is the ``id_field`` value (default: an ``id`` key), or
    ``source:file:number`` for records without one."""
    source = file.source
    meta: dict[str, Any] = {"source": source.name, "url": None, ORDER: (index << 32) | number}
    fallback_id = f"{source.name}:{file.name}:{number}"
    if isinstance(parsed, ReadProblem):
        meta[READ_ERROR] = (parsed.problem, parsed.detail)
        return Document(text=parsed.raw, id=fallback_id, metadata=meta)
    warc = file.kind == "warc"
    if source.fields and not warc:
        parsed = rename_fields(parsed, source.fields)
    text_key = "text" if warc else source.text_field
    text = field(parsed, text_key)
    record_id = field(parsed, "id" if warc else source.id_field or "id")
    doc_id = str(record_id) if record_id not in (None, "") and not isinstance(record_id, dict | list) else fallback_id
    url = field(parsed, "url" if warc else source.url_field)
    meta["url"] = str(url) if url not in (None, "") else None
    if parsed.get(HTML):
        meta[HTML] = True
    if file.kind == "documents":
        meta.update({key: parsed.get(key) for key in DOCUMENT_COLUMNS})
    if not isinstance(text, str):
        problem = "missing_text" if text is None else "bad_text_type"
        meta[READ_ERROR] = (problem, f"{file.label}:{number}: field {text_key!r} is {type(text).__name__}")
        text = raw_json(parsed)
    elif len(text) > max_bytes(file):  # formats read whole rows (Parquet, CSV, WARC) are capped here
        meta[READ_ERROR] = ("too_large", f"{file.label}:{number}: {len(text):,} characters, over the record limit")
        text = ""
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
            fields=file.source.fields,
            max_bytes=max_bytes(file),
        )
    except (OSError, ValueError) as err:
        yield to_document(file, index, 1, ReadProblem("corrupt_file", f"{file.path}: {err}"))
        return
    yield from docs


def task_documents(
    files: list[InputFile],
    rank: int,
    world_size: int,
    limit: int | None,
    on_codec: Callable[[InputFile], None] | None = None,
) -> Iterator[tuple[InputFile, Document]]:
    """This task's records (every ``world_size``-th file from ``rank``) with their file, ids as read;
    ``on_codec`` hears of each text file's encoding before its records."""
    count = 0
    for index, file in enumerate(files):
        if index % world_size != rank:
            continue
        if file.problem is None and has_text_encoding(file):
            file = with_codec(file)
            if on_codec is not None and file.codec is not None and not file.start:
                on_codec(file)
        empty = True
        if file.problem is not None:
            documents = iter([to_document(file, index, 0, ReadProblem("not_a_file", file.problem))])
        elif file.kind in SFT_FORMATS:
            documents = sft_documents(file, index)
        else:
            documents = (to_document(file, index, number, parsed) for number, parsed in parse_file(file))
        for doc in documents:
            empty = False
            yield file, doc
            count += 1
            if limit is not None and count >= limit:
                return
        if empty and file.end is None:  # a part of a file may hold no line start
            yield file, to_document(file, index, 0, ReadProblem("empty_file", f"{file.path}: no records"))


class SourceReader(PipelineStep):
    """Reads this task's share of the input files and reports progress for the CLI.

    A record whose id an earlier record of the run already has (two records with ``id: 7``) gets
    ``7@<file>:<number>``, so ids are unique and a duplicate reject never reads "7 duplicates 7";
    the ``read`` stage counts it as ``fixed:read:duplicate_id``. With ``ids`` (the folder of the
    id pass, when files are spread over tasks) the records to rename are listed there; without,
    this task reads every file and finds them itself. Both give the same ids."""

    name = "read_sources"
    type = "corpusmill"

    def __init__(
        self,
        files: list[InputFile],
        limit: int | None = None,
        progress: DataFolderLike = None,
        ids: str | None = None,
    ) -> None:
        super().__init__()
        self.files = files
        self.limit = limit
        self.progress = progress
        self.ids = ids

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        tracker = ProgressFile(self.progress, rank) if self.progress is not None else None
        count = 0
        renamed = load_renamed(self.ids, rank, world_size) if self.ids is not None else None
        seen: set[int] = set()  # 128-bit hashes of the ids read so far, when this task reads every file
        for file, doc in task_documents(self.files, rank, world_size, self.limit, self._count_codec):
            if renamed is None:
                _rename_if_seen(doc, file, seen)
            elif doc.metadata[ORDER] in renamed:
                _rename(doc, file)
            yield doc
            count += 1
            if tracker is not None and count % 256 == 0:
                tracker.update(count)
        if tracker is not None:
            tracker.update(count, force=True)

    def _count_codec(self, file: InputFile) -> None:
        self.stat_update(f"{ENCODING_STAT}{file.codec}:{file.path}")


def _rename_if_seen(doc: Document, file: InputFile, seen: set[int]) -> None:
    key = id_key(doc.id)
    if key in seen:
        _rename(doc, file)
    else:
        seen.add(key)


def _rename(doc: Document, file: InputFile) -> None:
    doc.metadata[DUPLICATE_ID] = doc.id
    doc.id = f"{doc.id}@{file.name}:{doc.metadata[ORDER] & 0xFFFFFFFF}"


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
    """Stage ``read``: rejects what the sources could not parse, with the file and line, and
    counts records whose id repeated an earlier record's (``fixed:read:duplicate_id``)."""

    name = "read"

    def process(self, doc: Document) -> Verdict:
        if doc.metadata.pop(DUPLICATE_ID, None) is not None:
            self.count_fix("read:duplicate_id")
        problem = doc.metadata.pop(READ_ERROR, None)
        if problem is None:
            return None
        code, detail = problem
        return Reject(f"read:{code}", detail)
