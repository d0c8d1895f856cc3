"""The canonical SFT record, carried through datatrove as a ``Document``.

Whatever the input format, a record is a list of ``{role, content}`` messages with roles from
``ROLES`` (LLaMA-Factory's vocabulary, which covers Alpaca, ShareGPT incl. tool calls, and OpenAI
chat). The messages live in ``doc.metadata["messages"]`` and are the authority; ``doc.text`` is a
plain rendering kept in sync so that text-based stages (language, PII) can look at SFT records too.

Metadata keys an SFT record carries (all plain Python values, so Parquet writers can store them):

- ``messages``: the canonical messages;
- ``alpaca_input``: for Alpaca records, the ``input`` field as read (it is already appended to the
  last user message, as LLaMA-Factory does); only used to split instruction and input again when
  writing Alpaca back. ``None`` for chat formats;
- ``extra``: other top-level fields carried through unchanged (``tools``, ``label``, ...), as a
  JSON object string so that every writer can store it as one string column;
- ``own_id``: whether ``doc.id`` came from the record's own ``id`` field;
- ``fixes``: repairs applied, as reason codes (``sft:control_chars``, ...);
- ``TURN_FIELDS`` (``_turn_fields``) in a message: what an OpenAI message held beyond role and text
  (text parts, ``name``, ``tool_calls``, ``tool_call_id``, ``weight``), so that it is written back
  as it was. Repairs that drop or merge messages carry it along; since Parquet's ``messages``
  column holds only role and content, the list of them (one entry per message, ``null`` for
  none) also travels in ``extra`` under the same key, refreshed by the ``sft`` stage after its
  repairs (``pack_turn_fields``) and taken out again by the writers (``with_turn_fields``);
- ``schema_error``: ``(reason, detail)`` when the record could not be normalised; such a record has
  no messages and its raw JSON as ``text``, and the ``sft`` stage rejects it first.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
from datatrove.data import Document

from corpusmill.filters.base import ORDER

Message = dict[str, Any]  # role and content are strings; TURN_FIELDS holds a dict

ROLES = ("system", "user", "assistant", "function_call", "observation")
PROMPT_ROLES = frozenset({"user", "observation"})
RESPONSE_ROLES = frozenset({"assistant", "function_call"})
USER = frozenset({"user"})
ASSISTANT = frozenset({"assistant"})
SCHEMA_ERROR = "schema_error"
TURN_FIELDS = "_turn_fields"
ALPACA_JOIN = "\n"
"""Separator between Alpaca ``instruction`` and ``input`` (LLaMA-Factory joins them this way)."""


def content_id(messages: list[Message], extra: dict[str, Any]) -> str:
    """A stable id for records without one: the sha1 of their canonical JSON (sorted keys)."""
    payload = orjson.dumps({"messages": messages, **extra}, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha1(payload).hexdigest()


def render(messages: list[Message]) -> str:
    return "\n\n".join(m["content"] for m in messages)


def make_document(
    *,
    doc_id: str,
    source: str,
    order: int,
    messages: list[Message],
    alpaca_input: str | None = None,
    extra: dict[str, Any] | None = None,
    own_id: bool = False,
) -> Document:
    meta = {
        "source": source,
        ORDER: order,
        "messages": messages,
        "alpaca_input": alpaca_input,
        "extra": _packed(messages, extra or {}),
        "own_id": own_id,
        "fixes": [],
    }
    return Document(text=render(messages), id=doc_id, metadata=meta)


def _packed(messages: list[Message], extra: dict[str, Any]) -> str:
    turns = [m.get(TURN_FIELDS) for m in messages]
    extra = {k: v for k, v in extra.items() if k != TURN_FIELDS}
    if any(turns):
        extra[TURN_FIELDS] = turns
    return orjson.dumps(extra).decode()


def pack_turn_fields(doc: Document) -> None:
    """Write the messages' kept OpenAI fields into ``extra`` (after repairs changed the messages)."""
    doc.metadata["extra"] = _packed(doc.metadata["messages"], orjson.loads(doc.metadata.get("extra") or "{}"))


def attach_turn_fields(doc: Document) -> None:
    """Give the messages back their fields from ``extra`` when they lost them (read from Parquet)."""
    messages = doc.metadata["messages"]
    if any(TURN_FIELDS in m for m in messages):
        return
    stored = orjson.loads(doc.metadata.get("extra") or "{}").get(TURN_FIELDS)
    doc.metadata["messages"] = with_turn_fields(messages, stored)


def with_turn_fields(messages: list[Message], stored: list[Any] | None) -> list[Message]:
    """``messages`` with the fields ``stored`` in ``extra`` (when they line up one to one)."""
    if not stored or len(stored) != len(messages) or any(TURN_FIELDS in m for m in messages):
        return messages
    return [{**m, TURN_FIELDS: fields} if fields else m for m, fields in zip(messages, stored, strict=True)]


def broken_document(*, doc_id: str, source: str, order: int, raw: str, reason: str, detail: str) -> Document:
    """A record that could not be read or normalised: kept as raw text so the rejects lose nothing."""
    meta = {
        "source": source,
        ORDER: order,
        "messages": [],
        "alpaca_input": None,
        "extra": "{}",
        "own_id": False,
        "fixes": [],
        SCHEMA_ERROR: (reason, detail),
    }
    return Document(text=raw, id=doc_id, metadata=meta)


def messages(doc: Document) -> list[Message]:
    return doc.metadata["messages"]


def contents(doc: Document, roles: frozenset[str]) -> list[str]:
    return [m["content"] for m in doc.metadata["messages"] if m["role"] in roles]


def last_content(doc: Document, roles: frozenset[str]) -> str:
    for message in reversed(doc.metadata["messages"]):
        if message["role"] in roles:
            return message["content"]
    return ""


def prompt(doc: Document) -> str:
    """The last user message (for Alpaca: instruction and input)."""
    return last_content(doc, USER)


def split_alpaca(query: str, given: str | None) -> tuple[str, str]:
    """(instruction, input) of a user message that ends with the Alpaca ``input`` ``given``."""
    if not given or not query.endswith(given):
        return query, ""
    head = query[: -len(given)]
    return head.removesuffix(ALPACA_JOIN) if head.endswith(ALPACA_JOIN) else head.rstrip(), given


def instruction(doc: Document) -> str:
    """The last user message without the Alpaca input: what the user asked for."""
    return split_alpaca(prompt(doc), doc.metadata.get("alpaca_input"))[0]


def response(doc: Document) -> str:
    """The last assistant message: the answer a model is trained to give."""
    return last_content(doc, ASSISTANT)
