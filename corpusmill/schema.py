"""The record schema: every column a corpusmill record can carry, written once.

A record is a datatrove ``Document``: ``id`` and ``text`` are its attributes, every other column
lives in ``doc.metadata`` under the names below. Between segments (see ``pipeline.runner``)
records are stored as Parquet with exactly the columns the chain declared so far, so a column
that nobody declared would be lost at a segment cut: that is why sources and stages declare what
they add (``Stage.columns``) and what they need (``Stage.needs``), and why config validation
checks the chain before any work.

Private columns (leading underscore) are bookkeeping that survives segment cuts but is never
written to ``data/``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

ID = "id"
TEXT = "text"
SOURCE = "source"
URL = "url"
TOKENS = "token_count"
LANGUAGE = "language"
LANGUAGE_SCORE = "language_score"
SCRIPT = "script"
QUALITY_SCORE = "quality_score"
MESSAGES = "messages"
ALPACA_INPUT = "alpaca_input"
EXTRA = "extra"
OWN_ID = "own_id"
FIXES = "fixes"
SCHEMA_ERROR = "schema_error"
TITLE = "title"
PATH = "path"
FORMAT = "format"
PAGES = "pages"
PAGE = "page"
SECTION = "section"
AUTHOR = "author"
CREATED = "created"
ORDER = "_order"
HTML = "_html"
BYTES = "_bytes"
READ_ERROR = "_read_error"

MESSAGES_TYPE = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())]))


@dataclass(frozen=True)
class Column:
    type: pa.DataType
    meaning: str


BASE_COLUMNS: dict[str, pa.DataType] = {SOURCE: pa.string(), URL: pa.string()}
"""Every record has these besides ``id`` and ``text`` (``url`` may be null)."""

PRIVATE_COLUMNS: dict[str, pa.DataType] = {ORDER: pa.int64(), HTML: pa.bool_(), BYTES: pa.int64()}
"""Kept through segment cuts, dropped from ``data/``: global order, raw-HTML flag, UTF-8 size."""

SFT_SOURCE_COLUMNS: dict[str, pa.DataType] = {
    MESSAGES: MESSAGES_TYPE,
    ALPACA_INPUT: pa.string(),
    EXTRA: pa.string(),
    OWN_ID: pa.bool_(),
    FIXES: pa.list_(pa.string()),
    SCHEMA_ERROR: pa.list_(pa.string()),
}
"""What an Alpaca / ShareGPT / OpenAI source adds to each record (``filters.sft.record``)."""

DOCUMENT_SOURCE_COLUMNS: dict[str, pa.DataType] = {
    TITLE: pa.string(),
    PATH: pa.string(),
    FORMAT: pa.string(),
    PAGES: pa.int64(),
    PAGE: pa.int64(),
    SECTION: pa.string(),
    AUTHOR: pa.string(),
    CREATED: pa.string(),
}
"""What a ``documents`` source (PDF, Word, Markdown, text, HTML files) adds to each record."""

TEXT_SOURCE_TYPES = ("jsonl", "parquet", "csv", "warc", "hf", "documents")
SFT_SOURCE_TYPES = ("alpaca", "sharegpt", "openai")

DOCUMENTED: dict[str, Column] = {
    ID: Column(pa.string(), "the source's id, or a stable one derived from file and position"),
    TEXT: Column(pa.string(), "the document (SFT: the rendered conversation)"),
    SOURCE: Column(pa.string(), "the source's `name` from the config"),
    URL: Column(pa.string(), "the document's URL when the source has one"),
    TOKENS: Column(pa.int64(), "tokens of `text` with `output.tokenizer`"),
    LANGUAGE: Column(pa.string(), "ISO 639 code (`language` stage; SFT: `sft`)"),
    LANGUAGE_SCORE: Column(pa.float32(), "the language model's confidence"),
    SCRIPT: Column(pa.string(), "Hans / Hant for Chinese"),
    QUALITY_SCORE: Column(pa.float64(), "fastText quality classifier probability"),
    MESSAGES: Column(MESSAGES_TYPE, "SFT turns: list of {role, content}"),
    ALPACA_INPUT: Column(pa.string(), "SFT: the Alpaca `input`, kept for a faithful export"),
    EXTRA: Column(pa.string(), "SFT: carried-through fields (JSON)"),
    OWN_ID: Column(pa.bool_(), "SFT: the id came from the record itself"),
    FIXES: Column(pa.list_(pa.string()), "SFT: repairs applied"),
    SCHEMA_ERROR: Column(pa.list_(pa.string()), "SFT: (reason, detail) of a record that failed the schema"),
    TITLE: Column(pa.string(), "documents: the document's title (its metadata, first heading or file name)"),
    PATH: Column(pa.string(), "documents: the file the record was read from"),
    FORMAT: Column(pa.string(), "documents: pdf, docx, markdown, text or html"),
    PAGES: Column(pa.int64(), "documents: the document's page count (PDF; null for other formats)"),
    PAGE: Column(pa.int64(), "documents: the record's first page (PDF, `unit: page` or `section`)"),
    SECTION: Column(pa.string(), "documents: the heading of the record's section (`unit: section`)"),
    AUTHOR: Column(pa.string(), "documents: the author in the document's own metadata"),
    CREATED: Column(pa.string(), "documents: the creation time in its own metadata (ISO 8601)"),
    ORDER: Column(pa.int64(), "private: global position (file << 32 | record)"),
    HTML: Column(pa.bool_(), "private: text is still raw HTML (WARC)"),
    BYTES: Column(pa.int64(), "private: UTF-8 size of text, for max_shard_bytes"),
}


def source_columns(source_type: str) -> dict[str, pa.DataType]:
    """The metadata columns a source of this type gives its records (besides the base ones)."""
    if source_type == "documents":
        return dict(DOCUMENT_SOURCE_COLUMNS)
    return dict(SFT_SOURCE_COLUMNS) if source_type in SFT_SOURCE_TYPES else {}


def record_schema(columns: dict[str, pa.DataType], private: bool) -> pa.Schema:
    """The Parquet schema of records carrying ``columns``: segment files (``private``) or ``data/``."""
    fields = [(ID, pa.string()), (TEXT, pa.string()), *BASE_COLUMNS.items()]
    kept = columns if private else public(columns)
    fields += [(k, v) for k, v in kept.items() if k not in PRIVATE_COLUMNS and k not in BASE_COLUMNS]
    if private:
        fields += PRIVATE_COLUMNS.items()
    return pa.schema(fields)


def public(columns: dict[str, pa.DataType]) -> dict[str, pa.DataType]:
    """``columns`` without the ones that only matter inside a run (not written to ``data/``)."""
    return {k: v for k, v in columns.items() if k not in PRIVATE_COLUMNS and k != SCHEMA_ERROR}


TAG_MEASURES: dict[str, str] = {
    "reason": "the reason the stage would have rejected the record for (null: it passes)",
    "length.chars": "characters after stripping",
    "length.cjk_chars": "non-whitespace characters (the CJK floor's measure)",
    "length.cjk_share": "Han/kana share of non-whitespace characters",
    "language.best": "the model's best label, whatever its score",
    "language.score": "that label's score",
    "quality.<rule>": "the rule's value (null: not a rule of the record's language family; NaN: does not apply)",
    "quality_classifier.score": "the classifier's probability of the positive label",
    "safety.<category>_density": "weighted term hits per word (adult, gambling)",
    "safety.language": "the vocabulary the densities were measured with",
    "exact_dedup.cluster": "id of the first record of the group of copies (own id: no copy)",
    "near_dedup.cluster": "id of the record the stage keeps of the cluster (own id: no near duplicate)",
    "<dedup>.cluster_size": "records in the cluster",
    "<dedup>.rank": "place in the stage's keep order (0: the record a run keeps)",
    "near_dedup.in_index": "the cluster holds a record of the cross-run index (no member is kept)",
}
"""``mode: tag`` columns, named ``<stage>.<measure>`` (``filters.tagging``); ``corpusmill select``
decides from them. Stages without measures tag ``<stage>.reason`` only."""


def tagged_column(name: str) -> Column | None:
    """Type and meaning of a tag-mode column such as ``quality.gopher_alpha_words``, or None when
    ``name`` is not one (its stage has no such measure with default parameters)."""
    from corpusmill.pipeline.registry import BUILTIN, stage_class

    stage, _, measure = name.partition(".")
    if stage not in BUILTIN or not measure:
        return None
    cls = stage_class(stage)
    if measure == "reason":
        return Column(pa.string(), TAG_MEASURES["reason"]) if cls.decides else None
    measures = cls.measures(cls.Params.model_construct())  # defaults, no required files
    if measure not in measures:
        return None
    for key in (name, f"{stage}.<rule>", f"<dedup>.{measure}"):
        if key in TAG_MEASURES:
            return Column(measures[measure], TAG_MEASURES[key])
    category = measure.removesuffix("_density")
    meaning = TAG_MEASURES["safety.<category>_density"] if category != measure else measure
    return Column(measures[measure], meaning)
