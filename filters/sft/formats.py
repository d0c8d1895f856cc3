"""Alpaca, ShareGPT and OpenAI-chat files: detection, normalisation to canonical records, and
writing cleaned records back in any of the three formats.

Files are JSON arrays or JSONL, optionally gzip or zstd compressed; a written file mirrors the
layout (array or lines, compression) of the file it came from, so it drops into training code
that read the original. The format is detected once per file from its first records: a record
that then does not fit is a schema error of that format (``sft:schema``), not a record of
another format, which is what a user who mixed formats in one file would want to hear.
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

import orjson
import zstandard
from datatrove.data import Document

from corpusmill.filters.sft.record import (
    ALPACA_JOIN,
    TURN_FIELDS,
    Message,
    broken_document,
    content_id,
    make_document,
    split_alpaca,
    with_turn_fields,
)
from corpusmill.io.json_stream import DEFAULT_MAX_BYTES, JsonRecords, ReadProblem

Format = Literal["alpaca", "sharegpt", "openai"]
FORMATS: tuple[Format, ...] = ("alpaca", "sharegpt", "openai")
DETECT_SAMPLE = 100

SHAREGPT_ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "system": "system",
    "function_call": "function_call",
    "observation": "observation",
}
SHAREGPT_NAMES = {"user": "human", "assistant": "gpt"}
OPENAI_ROLES = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
    "tool": "observation",
}
OPENAI_NAMES = {"observation": "tool", "function_call": "assistant"}
OWN_FIELDS: dict[Format, frozenset[str]] = {
    "alpaca": frozenset({"id", "instruction", "input", "output", "system", "history"}),
    "sharegpt": frozenset({"id", "conversations", "system"}),
    "openai": frozenset({"id", "messages"}),
}


class SchemaError(ValueError):
    """A record that does not fit its file's format; ``reason`` is a full ``sft:`` code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Layout:
    """How a file stores its records, so cleaned records can be written back the same way."""

    container: Literal["array", "jsonl"]
    compression: Literal["", "gz", "zst"]


@dataclass(frozen=True)
class BadLine:
    """A line or array element that could not be read, kept whole for the rejects file."""

    raw: str
    detail: str
    reason: str = "read:bad_json"


def compression_of(path: Path) -> Literal["", "gz", "zst"]:
    suffix = path.suffix.lower()
    return "gz" if suffix == ".gz" else "zst" if suffix == ".zst" else ""


def open_for_writing(path: Path) -> IO[bytes]:
    """``path`` opened for writing, compressed like its name says (reading goes through
    ``filters.json_stream``, which also survives a cut file)."""
    kind = compression_of(path)
    if kind == "gz":
        return gzip.open(path, "wb")  # type: ignore[return-value]
    if kind == "zst":
        raw = open(path, "wb")  # noqa: SIM115 - handed over to the zstd stream, which closes it
        return zstandard.ZstdCompressor().stream_writer(raw, closefd=True)  # type: ignore[return-value]
    return open(path, "wb")


def read_items(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, fields: dict[str, str] | None = None
) -> tuple[Layout, Iterator[Any | BadLine]]:
    """The file's layout and its records, streamed (``filters.json_stream``): a JSON array or
    JSONL, compressed or not. A line or element that cannot be read becomes a ``BadLine`` with its
    ``read:`` reason, as does a file that ends early (after every complete record). ``fields``
    renames the data set's own names to the canonical ones (see ``rename_fields``)."""
    records = JsonRecords(str(path), label=path.name, max_bytes=max_bytes)
    stream = iter(records)
    head = list(itertools.islice(stream, DETECT_SAMPLE))  # reading the first record sets the container

    def items() -> Iterator[Any | BadLine]:
        for _, value in itertools.chain(head, stream):
            if isinstance(value, ReadProblem):
                yield BadLine(value.raw, value.detail, f"read:{value.problem}")
            else:
                yield rename_fields(value, fields) if fields else value

    return Layout(records.container, compression_of(path)), items()


def parse_field_map(text: str) -> dict[str, str]:
    """``instruction=question,output=answer`` (the ``--map`` option) → ``{"instruction": "question",
    "output": "answer"}``: canonical field name = the data set's field name."""
    mapping: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in text.split(","))):
        canonical, sep, own = (part.strip() for part in pair.partition("="))
        if not sep or not canonical or not own:
            raise ValueError(f"field mapping {pair!r} is not canonical=name (e.g. output=answer)")
        if canonical in mapping:
            raise ValueError(f"field {canonical!r} is mapped twice")
        mapping[canonical] = own
    return mapping


def rename_fields(record: Any, fields: dict[str, str]) -> Any:
    """The record with its own field names replaced by the canonical ones (``fields`` maps
    canonical → own, e.g. ``{"output": "std_answer"}``); a record already using a canonical name
    keeps it, and fields the mapping does not name are left alone."""
    if not isinstance(record, dict) or not fields:
        return record
    renamed = dict(record)
    for canonical, own in fields.items():
        if own in renamed and canonical not in record:
            renamed[canonical] = renamed.pop(own)
    return renamed


def detect_format(items: Iterable[Any]) -> Format:
    """The format most of the first records are written in (by their key field)."""
    votes = dict.fromkeys(FORMATS, 0)
    for item in list(items)[:DETECT_SAMPLE]:
        if not isinstance(item, dict):
            continue
        if "conversations" in item:
            votes["sharegpt"] += 1
        elif "messages" in item:
            votes["openai"] += 1
        elif "instruction" in item:
            votes["alpaca"] += 1
    best = max(votes, key=lambda f: votes[f])
    if votes[best] == 0:
        raise ValueError("no record has `instruction` (Alpaca), `conversations` (ShareGPT) or `messages` (OpenAI)")
    return best


def _string(record: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    """A string field; an optional one may be absent or null (both mean empty)."""
    value = record.get(key)
    if value is None and not required:
        return ""
    if key not in record:
        raise SchemaError("sft:schema", f"missing field {key!r}{where}")
    if not isinstance(value, str):
        raise SchemaError("sft:schema", f"field {key!r}{where} is {type(value).__name__}, expected string")
    return value


def _exact_keys(record: dict[str, Any], allowed: Iterable[str], where: str) -> None:
    unexpected = sorted(set(record) - set(allowed))
    if unexpected:
        raise SchemaError("sft:schema", f"unexpected field {unexpected[0]!r}{where}")


def _turn_list(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise SchemaError("sft:schema", f"field {key!r} is {type(value).__name__}, expected list")
    return value


def from_alpaca(record: dict[str, Any]) -> tuple[list[Message], str]:
    messages: list[Message] = []
    system = _string(record, "system", "", required=False)
    if system:
        messages.append({"role": "system", "content": system})
    for i, pair in enumerate(_turn_list(record.get("history") or [], "history")):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(t, str) for t in pair)):
            raise SchemaError("sft:schema", f"history[{i}] is not a [instruction, response] pair of strings")
        messages += [{"role": "user", "content": pair[0]}, {"role": "assistant", "content": pair[1]}]
    instruction = _string(record, "instruction", "")
    given = _string(record, "input", "", required=False)
    output = _string(record, "output", "")
    query = instruction + ALPACA_JOIN + given if given else instruction
    messages += [{"role": "user", "content": query}, {"role": "assistant", "content": output}]
    return messages, given


def _turns(record: dict[str, Any], key: str, role_key: str, text_key: str, roles: dict[str, str]) -> list[Message]:
    messages: list[Message] = []
    for i, turn in enumerate(_turn_list(record.get(key), key)):
        where = f" in {key}[{i}]"
        if not isinstance(turn, dict):
            raise SchemaError("sft:schema", f"{key}[{i}] is {type(turn).__name__}, expected object")
        _exact_keys(turn, (role_key, text_key), where)
        name = _string(turn, role_key, where)
        if name not in roles:
            raise SchemaError("sft:unknown_role", f"role {name!r}{where}")
        messages.append({"role": roles[name], "content": _string(turn, text_key, where)})
    return messages


def from_sharegpt(record: dict[str, Any]) -> list[Message]:
    if "conversations" not in record:
        raise SchemaError("sft:schema", "missing field 'conversations'")
    messages = _turns(record, "conversations", "from", "value", SHAREGPT_ROLES)
    system = _string(record, "system", "", required=False)
    return [{"role": "system", "content": system}, *messages] if system else messages


OPENAI_TURN_KEYS = frozenset({"role", "content", "name", "tool_calls", "tool_call_id", "weight"})
"""Fields of an OpenAI chat message that fine-tuning files use: the participant ``name``, an
assistant's ``tool_calls`` (then ``content`` may be null), a ``tool`` reply's ``tool_call_id``,
and the ``weight`` that masks an assistant turn from training."""


def from_openai(record: dict[str, Any]) -> list[Message]:
    """Canonical messages of an OpenAI chat record. ``content`` may be a string or a list of text
    parts (joined); an assistant turn with ``tool_calls`` becomes a ``function_call`` turn whose
    text is the calls as LLaMA-Factory writes them (``{"name", "arguments"}``), and a ``tool`` reply
    an ``observation``. Whatever the canonical message cannot hold (the parts, ``name``, the calls'
    ids, ``tool_call_id``, ``weight``, ``developer``) is kept in its ``fields`` (``record.TURN_FIELDS``)
    so ``to_openai`` writes the record back as it was."""
    if "messages" not in record:
        raise SchemaError("sft:schema", "missing field 'messages'")
    messages: list[Message] = []
    for i, turn in enumerate(_turn_list(record.get("messages"), "messages")):
        where = f" in messages[{i}]"
        if not isinstance(turn, dict):
            raise SchemaError("sft:schema", f"messages[{i}] is {type(turn).__name__}, expected object")
        _exact_keys(turn, OPENAI_TURN_KEYS, where)
        name = _string(turn, "role", where)
        if name not in OPENAI_ROLES:
            raise SchemaError("sft:unknown_role", f"role {name!r}{where}")
        role = OPENAI_ROLES[name]
        fields = {k: turn[k] for k in ("name", "tool_call_id", "weight") if k in turn}
        if name == "developer":
            fields["role"] = name
        calls = turn.get("tool_calls")
        content = turn.get("content")
        if isinstance(content, list) or (content is None and calls):
            fields["content"] = content
        text = _content_text(content, where, optional=bool(calls))
        if calls:
            if name != "assistant":
                raise SchemaError("sft:schema", f"tool_calls{where} on a {name} turn")
            role, text = "function_call", _calls_text(calls, where)
            fields["tool_calls"] = calls
            if turn.get("content"):
                fields["content"] = content
        message: Message = {"role": role, "content": text}
        if fields:
            message[TURN_FIELDS] = fields  # type: ignore[assignment]
        messages.append(message)
    return messages


def _content_text(content: Any, where: str, optional: bool) -> str:
    if isinstance(content, str):
        return content
    if content is None and optional:
        return ""
    if isinstance(content, list):
        texts = []
        for j, part in enumerate(content):
            if not (isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)):
                kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                raise SchemaError("sft:schema", f"content[{j}]{where} is {kind!r}, only text parts are read")
            texts.append(part["text"])
        return "".join(texts)
    if content is None:
        raise SchemaError("sft:schema", f"field 'content'{where} is null without tool_calls")
    raise SchemaError("sft:schema", f"field 'content'{where} is {type(content).__name__}, expected string")


def _calls_text(calls: Any, where: str) -> str:
    """The calls as a function_call turn's text: ``{"name", "arguments"}`` (a list for several)."""
    if not isinstance(calls, list):
        raise SchemaError("sft:schema", f"field 'tool_calls'{where} is {type(calls).__name__}, expected list")
    plain = []
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise SchemaError("sft:schema", f"a tool call{where} has no function name")
        arguments = function.get("arguments", "")
        with contextlib.suppress(orjson.JSONDecodeError):  # else kept as the string it was
            arguments = orjson.loads(arguments) if isinstance(arguments, str) else arguments
        plain.append({"name": function["name"], "arguments": arguments})
    return orjson.dumps(plain[0] if len(plain) == 1 else plain).decode()


def normalise(record: Any, fmt: Format, extra_fields: frozenset[str]) -> tuple[list[Message], str | None, dict]:
    """Canonical messages, Alpaca input (``None`` for chat formats) and carried-through fields."""
    if not isinstance(record, dict):
        raise SchemaError("sft:schema", f"record is {type(record).__name__}, expected object")
    given: str | None = None
    if fmt == "alpaca":
        messages, given = from_alpaca(record)
    else:
        messages = from_sharegpt(record) if fmt == "sharegpt" else from_openai(record)
    _exact_keys(record, OWN_FIELDS[fmt] | extra_fields, "")
    extra = {k: v for k, v in record.items() if k in extra_fields and k not in OWN_FIELDS[fmt]}
    return messages, given, extra


def read_documents(
    path: Path,
    *,
    source: str,
    file_index: int,
    fmt: Format | Literal["auto"] = "auto",
    extra_fields: frozenset[str] = frozenset(),
    seen_ids: dict[str, int] | None = None,
    fields: dict[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[Format, Layout, Iterator[Document]]:
    """The file's format and layout, and one ``Document`` per record (broken ones included),
    streamed: the format is detected from the first records, the rest are read as consumed.

    ``seen_ids`` is shared by all files of a run: an id that repeats (an exact duplicate's
    content-derived id, or an own ``id`` the data set used twice) gets a ``-2``, ``-3``... suffix
    so that every id in a run is unique and ``duplicate_of`` is unambiguous; a renamed own id is
    listed in ``fixes`` as ``read:duplicate_id``.
    """
    layout, stream = read_items(path, max_bytes, fields)
    head = list(itertools.islice(stream, DETECT_SAMPLE))
    readable = [i for i in head if not isinstance(i, BadLine)]
    detected: Format = fmt if fmt != "auto" else _placeholder(head, readable) or detect_format(readable)
    counts = seen_ids if seen_ids is not None else {}

    def documents() -> Iterator[Document]:
        for number, item in enumerate(itertools.chain(head, stream)):
            order = (file_index << 32) | number
            fallback = f"{source}:{number}"
            if isinstance(item, BadLine):
                yield broken_document(
                    doc_id=fallback,
                    source=source,
                    order=order,
                    raw=item.raw,
                    reason=item.reason,
                    detail=item.detail,
                )
                continue
            try:
                messages, given, extra = normalise(item, detected, extra_fields)
            except SchemaError as err:
                yield broken_document(
                    doc_id=_own_id(item) or fallback,
                    source=source,
                    order=order,
                    raw=orjson.dumps(item).decode(),
                    reason=err.reason,
                    detail=f"record {number}: {err.detail}",
                )
                continue
            own = _own_id(item)
            doc_id = _unique(own or content_id(messages, extra), counts)
            doc = make_document(
                doc_id=doc_id,
                source=source,
                order=order,
                messages=messages,
                alpaca_input=given,
                extra=extra,
                own_id=own is not None,
            )
            if own is not None and doc_id != own:  # counted by the sft stage as fixed:read:duplicate_id
                doc.metadata["fixes"].append("read:duplicate_id")
            yield doc

    return detected, layout, documents()


def _placeholder(head: list[Any], readable: list[Any]) -> Format | None:
    """A format for a file in which nothing could be read (cut before its first record): any
    will do, since every record is a reject that says why; ``None`` when there is something to
    detect from."""
    return "alpaca" if head and not readable and len(head) < DETECT_SAMPLE else None


def _own_id(item: Any) -> str | None:
    if isinstance(item, dict) and item.get("id") not in (None, ""):
        return str(item["id"])
    return None


def _unique(doc_id: str, counts: dict[str, int]) -> str:
    n = counts.get(doc_id, 0) + 1
    counts[doc_id] = n
    return doc_id if n == 1 else f"{doc_id}-{n}"


class NotRepresentable(ValueError):
    """A record whose roles the requested output format has no way to write."""


def to_alpaca(messages: list[Message], alpaca_input: str | None) -> dict[str, Any]:
    system = messages[0]["content"] if messages and messages[0]["role"] == "system" else ""
    turns = messages[1:] if system else messages
    roles = [m["role"] for m in turns]
    if len(turns) < 2 or roles != ["user", "assistant"] * (len(turns) // 2):
        raise NotRepresentable(f"roles {roles} are not user/assistant pairs")
    asked, given = split_alpaca(turns[-2]["content"], alpaca_input)
    record: dict[str, Any] = {"instruction": asked, "input": given, "output": turns[-1]["content"]}
    if system:
        record["system"] = system
    if len(turns) > 2:
        record["history"] = [[turns[i]["content"], turns[i + 1]["content"]] for i in range(0, len(turns) - 2, 2)]
    return record


def to_sharegpt(messages: list[Message]) -> dict[str, Any]:
    turns = [{"from": SHAREGPT_NAMES.get(m["role"], m["role"]), "value": m["content"]} for m in messages]
    return {"conversations": turns}


def to_openai(messages: list[Message]) -> dict[str, Any]:
    """OpenAI chat messages; turns read from OpenAI get back the fields ``from_openai`` kept."""
    written = []
    for m in messages:
        fields: dict[str, Any] = m.get(TURN_FIELDS) or {}  # type: ignore[assignment]
        if m["role"] == "function_call" and "tool_calls" not in fields:
            raise NotRepresentable("function_call turns need OpenAI tool_calls with ids, which this record lacks")
        turn: dict[str, Any] = {"role": fields.get("role", OPENAI_NAMES.get(m["role"], m["role"]))}
        if "tool_calls" in fields:
            turn["content"] = fields.get("content")
            turn["tool_calls"] = fields["tool_calls"]
        else:
            turn["content"] = _parts_or_text(fields.get("content"), m["content"])
        turn.update({k: fields[k] for k in ("name", "tool_call_id", "weight") if k in fields})
        written.append(turn)
    return {"messages": written}


def _parts_or_text(original: Any, text: str) -> Any:
    """The original list of text parts if the (repaired) text still equals them joined, else the text
    as one part; a plain string stays a string."""
    if not isinstance(original, list):
        return text
    if "".join(part["text"] for part in original) == text:
        return original
    return [{"type": "text", "text": text}]


def to_raw(doc: Document, fmt: Format) -> dict[str, Any]:
    """The record in ``fmt``: its own id first when it had one, carried-through fields last."""
    meta = doc.metadata
    extra = orjson.loads(meta.get("extra") or "{}")
    messages = with_turn_fields(meta["messages"], extra.pop(TURN_FIELDS, None))
    if fmt == "alpaca":
        body = to_alpaca(messages, meta.get("alpaca_input"))
    elif fmt == "sharegpt":
        body = to_sharegpt(messages)
    else:
        body = to_openai(messages)
    head = {"id": doc.id} if meta.get("own_id") else {}
    return {**head, **body, **extra}


def write_documents(docs: Iterable[Document], path: Path, fmt: Format, layout: Layout) -> int:
    """Write ``docs`` in ``fmt`` with ``layout``; raises ``NotRepresentable`` before writing anything."""
    records = [to_raw(doc, fmt) for doc in docs]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_for_writing(path) as handle:
        if layout.container == "array":
            handle.write(orjson.dumps(records, option=orjson.OPT_INDENT_2))
            handle.write(b"\n")
        else:
            for record in records:
                handle.write(orjson.dumps(record))
                handle.write(b"\n")
    return len(records)
