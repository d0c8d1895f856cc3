"""JSON Lines (and JSON array) sources: the shared streaming reader, plus the rule that a pipeline
record is a JSON object."""

from __future__ import annotations

from collections.abc import Iterator

from corpusmill.io.json_stream import JsonRecords, ReadProblem
from corpusmill.pipeline.sources.files import InputFile
from corpusmill.pipeline.sources.problems import Parsed, max_bytes


def parse_jsonl(file: InputFile) -> Iterator[tuple[int, Parsed]]:
    records = JsonRecords(
        file.path,
        label=file.label,
        max_bytes=max_bytes(file),
        start=file.start,
        end=file.end,
        encoding=file.codec or file.source.encoding,
    )
    for number, value in records:
        if isinstance(value, dict | ReadProblem):
            yield number, value
        else:
            where = f"{file.label}:{number}"
            yield number, ReadProblem("not_an_object", f"{where}: JSON {type(value).__name__}", _text(value))


def _text(value: object) -> str:
    import orjson

    return orjson.dumps(value).decode()
