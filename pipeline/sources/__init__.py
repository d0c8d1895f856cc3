"""Input sources: JSONL / JSON arrays, Parquet, CSV, WARC/ARC/WET, local Hugging Face dataset
folders, SFT files (Alpaca, ShareGPT, OpenAI chat) and a team's own documents (PDF, Word,
Markdown, text, HTML: ``documents``), one module per format. Text files are read in the source's
``encoding`` (``corpusmill.io.text_encoding``: detected per file by default).

Malformed input never raises and is never dropped silently: it becomes a record flagged with a
read problem (and the raw line as text when there is one), which the ``read`` stage rejects as
``read:<problem>`` with ``file:line`` (or row, element, byte offset) in ``detail``. The README's
"What corpusmill does with broken input" lists every case.
"""

from corpusmill.pipeline.sources.files import InputFile, expand_sources, split
from corpusmill.pipeline.sources.problems import Parsed, ReadProblem
from corpusmill.pipeline.sources.reader import (
    DUPLICATE_ID,
    READ_ERROR,
    ProgressFile,
    ReadCheck,
    SourceReader,
    field,
    parse_file,
    to_document,
)

__all__ = [
    "DUPLICATE_ID",
    "READ_ERROR",
    "InputFile",
    "Parsed",
    "ProgressFile",
    "ReadCheck",
    "ReadProblem",
    "SourceReader",
    "expand_sources",
    "field",
    "parse_file",
    "split",
    "to_document",
]
