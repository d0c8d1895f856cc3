"""The one JSON reader of corpusmill: JSON Lines or a JSON array, streamed, shared by the
pipeline's sources and the SFT readers.

Why our own instead of ``orjson.loads(whole_file)`` or ``ijson``: damage must cost the smallest
unit it touches. A line (or array element) that does not parse, is not UTF-8 or is larger than
``max_bytes`` becomes one ``ReadProblem``; a file that ends early (truncated gzip or zstd, an
array without its ``]``) keeps every complete record and adds one ``truncated_file`` problem.
Memory stays bounded by ``max_bytes`` plus one block whatever the file holds: an oversized line
is skipped while it is read, never held. Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (JSON
strings cannot contain raw line breaks, so splitting on ``\\r`` is safe); a UTF-8 byte order mark
is ignored at the start of the file and of every line (``cat a.jsonl b.jsonl`` puts b's mark in
the middle). UTF-16 text (a byte order mark, or the NUL pattern of ``corpusmill.io.text_encoding``)
is read as UTF-8; compressed data is recognised by its first bytes, whatever the file's name.

JSON Lines or arrays is decided by content, per line: a file is a stream of arrays when it starts
with ``[`` unless its first line is a whole array followed by a line that is not one (a header row
``["id","text"]`` or ``[]`` above JSON Lines: that line is one record, the rest are lines). After
an array's closing ``]`` comes another array (``cat a.json b.json``: read element by element,
numbers going on) or lines, each read on its own.

Arrays: a block's valid stretch of elements is parsed by one orjson call (as fast as parsing the
whole file); a block with a broken element is cut at top-level commas by a tokenizer that skips
strings in C (one regex match per string) and each element is parsed alone. A lost quote flips
every string after it; the tokenizer notices (a raw line break inside a "string", or no end
before the file's) and resumes at the next ``}, {`` followed by an object that parses and shares
a key with the last good element, so the damage costs one record, not the rest of the file.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import orjson

from corpusmill.io.decompress import STREAM_ERRORS, TruncatedStream, describe, open_blocks, stream_error
from corpusmill.io.text_encoding import as_utf8

DEFAULT_MAX_BYTES = 64 << 20
BOM = b"\xef\xbb\xbf"
LINE_END = re.compile(rb"(\r\n|\r|\n)")
# a whole string (escapes included), a structural character, or the quote of a string still open
TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},"]', re.S)
ELEMENT_END = re.compile(rb"[}\]][ \t\r\n]*([,\]])")  # a candidate end of an object or array element
BOUNDARY = re.compile(rb"\}[ \t\r\n]*,[ \t\r\n]*(?=\{)")  # where one object element may end and the next begin
CONTROL = re.compile(rb"[\x00-\x1f]")  # never raw inside a JSON string
RESYNC_TRIES = 1000
STRING_REST = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # the rest of an open string, with its quote
WHITESPACE = b" \t\r\n"


@dataclass(frozen=True)
class ReadProblem:
    """A unit that could not be read: ``problem`` becomes the reason ``read:<problem>``."""

    problem: str
    detail: str
    raw: str = ""


Item = tuple[int, Any]  # (line or element number, value or ReadProblem)


class JsonRecords:
    """Iterate ``(number, value | ReadProblem)`` over a JSONL file or a JSON array.

    ``container`` is ``"array"`` or ``"jsonl"`` once the first record has been read. ``start`` /
    ``end`` select the lines that begin in a byte range of an uncompressed JSONL file (a file
    split over tasks); numbers are then counted from the range's start, and ``label`` (which
    prefixes every detail) should name the range."""

    def __init__(
        self,
        path: str,
        *,
        label: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        start: int = 0,
        end: int | None = None,
        encoding: str = "auto",
    ) -> None:
        self.path = path
        self.encoding = encoding  # ``text_encoding.codec_of`` name or auto
        self.label = label or path
        self.max_bytes = max_bytes
        self.start = start
        self.end = end
        self.container: Literal["array", "jsonl"] = "jsonl"

    def __iter__(self) -> Iterator[Item]:
        number = 0
        try:
            blocks = open_blocks(self.path, self.start - 1 if self.start else 0)
            if not self.start:  # a part of a file (``split``) is never UTF-16 or compressed
                blocks = as_utf8(blocks, self.encoding)
            head, blocks = _first_bytes(blocks)
            if not self.start:
                head = head.removeprefix(BOM)
            if not self.start and is_array_stream(head):
                self.container = "array"
                items = self._arrays(head, blocks)
            else:
                items = self._lines(head, blocks)
            for number, item in items:
                yield number, item
        except STREAM_ERRORS as err:
            problem = stream_error(err)
            yield number + 1, ReadProblem(problem, f"{self.label}: after record {number}: {describe(err)}")

    def _parse(self, raw: bytes, where: str) -> Any:
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError as err:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as bad:
                text = raw.decode("utf-8", "replace")
                shown = "UTF-8" if self.encoding in ("auto", "utf-8") else self.encoding
                return ReadProblem("bad_encoding", f"{where}: invalid {shown} at byte {bad.start}", text)
            return ReadProblem("bad_json", f"{where}: {err}", text)

    def _too_large(self, where: str, size: int) -> ReadProblem:
        return ReadProblem("too_large", f"{where}: {size:,} bytes, over the record limit of {self.max_bytes:,} bytes")

    def _lines(self, head: bytes, blocks: Iterator[bytes], number: int = 0) -> Iterator[Item]:
        """Lines by number (after ``number``); in a byte range, the line running into it belongs to
        the range before."""
        offset = self.start - 1 if self.start else 0
        skip_first = bool(self.start)
        for line_start, line, size in _split_lines(head, blocks, offset, self.max_bytes):
            if skip_first:
                skip_first = False
                continue
            if self.end is not None and line_start >= self.end:
                return
            number += 1
            where = f"{self.label}:{number}"
            if line is None:
                yield number, self._too_large(where, size)
            elif line.strip(WHITESPACE):
                yield number, self._parse(line.removeprefix(BOM), where)

    def _arrays(self, head: bytes, blocks: Iterator[bytes]) -> Iterator[Item]:
        """The elements of one top-level array after another, then any lines after the last."""
        number, consumed = 0, 0
        while True:
            number, consumed, rest = yield from self._elements(head, blocks, number, consumed)
            head, blocks = _first_bytes(_chain(rest, blocks))
            consumed += len(head)
            head = head.lstrip(WHITESPACE + BOM)
            consumed -= len(head)
            if not head:
                return
            if head[:1] != b"[":
                yield from self._lines(head, blocks, number)
                return

    def _elements(
        self, head: bytes, blocks: Iterator[bytes], number: int, consumed: int
    ) -> Generator[Item, None, tuple[int, int, bytes]]:
        """Elements of a top-level array, each parsed on its own so one broken element costs one;
        returns the last number, the offset after the array and the bytes read past it."""
        buf = head[head.index(b"[") + 1 :]
        consumed += len(head) - len(buf)  # absolute offset of buf[0]
        pos = after = 0  # scan position; start of the current element
        depth, oversize = 1, 0
        in_string = done = suspect = False
        try_batch = True  # once per block: after a failure the block is read element by element
        keys: frozenset[str] = frozenset()  # the last good element's keys, to recognise the next one
        while True:
            while not done:
                if suspect:  # out of step with the strings: skip to where the next element starts
                    resumed = self._resync(buf, after, keys, number, consumed)
                    if resumed is not None:
                        number += 1
                        yield number, resumed[0]
                        pos = after = resumed[1]
                        depth, in_string, suspect = 1, False, False
                        continue
                if depth == 1 and pos == after and not in_string and not oversize and try_batch:
                    try_batch = False
                    batch = _many_elements(buf, pos, self.max_bytes)
                    if batch is not None:  # the usual case: every element up to the block's end is valid
                        for value in batch[0]:
                            number += 1
                            yield number, value
                        keys = _keys(batch[0][-1], keys)
                        pos = after = batch[1]
                        continue
                if depth == 1 and pos == after and not in_string and not oversize:
                    fast = _whole_element(buf, pos)
                    if fast is not None:  # the common case: a well-formed object, parsed in one go
                        number += 1
                        size = fast[1] - pos
                        where = f"{self.label}: element {number} (byte {consumed + pos})"
                        yield number, self._too_large(where, size) if size > self.max_bytes else fast[0]
                        keys = _keys(fast[0], keys)
                        pos = after = fast[1]
                        done = fast[2] == b"]"
                        continue
                if in_string:
                    rest = STRING_REST.match(buf, pos)
                    if rest is None:  # still open: resume before a trailing run of backslashes
                        pos = max(pos, len(buf.rstrip(b"\\")))
                        break
                    pos, in_string = rest.end(), False
                    suspect = suspect or CONTROL.search(rest.group()) is not None
                    continue
                match = TOKEN.search(buf, pos)
                if match is None:
                    pos = len(buf)
                    break
                token = match.group()
                pos = match.end()
                if token[:1] == b'"':
                    in_string = len(token) == 1
                    # a raw line break inside a string is invalid JSON: most likely a quote was lost
                    suspect = suspect or CONTROL.search(token) is not None
                elif token in b"[{":
                    depth += 1
                elif token in b"]}" and depth > 1:
                    depth -= 1
                elif depth == 1 and token in b",]":
                    element = buf[after : match.start()].strip(WHITESPACE)
                    where = f"{self.label}: element {number + 1} (byte {consumed + after})"
                    if oversize or len(element) > self.max_bytes:
                        number += 1
                        yield number, self._too_large(where, oversize + match.start() - after)
                    elif element:
                        number += 1
                        value = self._parse(element, where)
                        keys = _keys(value, keys)
                        yield number, value
                    elif token == b",":
                        number += 1
                        yield number, ReadProblem("bad_json", f"{where}: empty element")
                    oversize, after, done = 0, pos, token == b"]"
            if done:
                return number, consumed + pos, buf[pos:]
            if oversize or pos - after > self.max_bytes:  # stop keeping the element, count its size
                oversize += pos - after
                after = pos
            consumed += after
            buf, pos, after = buf[after:], pos - after, 0
            block = next(blocks, None)
            if block is None:
                resumed = None if oversize else self._resync(buf, after, keys, number, consumed)
                if resumed is None:
                    raise TruncatedStream(f"the JSON array has no closing ] (element {number + 1} is incomplete)")
                number += 1  # an element that never ended (a lost quote): it alone is lost
                yield number, resumed[0]
                pos = after = resumed[1]
                depth, in_string, suspect = 1, False, False
                continue
            buf += block
            try_batch = True

    def _resync(
        self, buf: bytes, after: int, keys: frozenset[str], number: int, consumed: int
    ) -> tuple[ReadProblem, int] | None:
        """The broken element at ``after`` and where the next element starts: the first ``}, {``
        followed by an object that parses and shares a key with the last good element (so the
        turns inside a chat record are not taken for records)."""
        for found, boundary in enumerate(BOUNDARY.finditer(buf, after)):
            if found == RESYNC_TRIES:
                return None
            start = boundary.end()
            fast = _whole_element(buf, start, tries=64)
            if fast is None or (keys and not (isinstance(fast[0], dict) and keys & fast[0].keys())):
                continue
            where = f"{self.label}: element {number + 1} (byte {consumed + after})"
            raw = buf[after : boundary.start() + 1].decode("utf-8", "replace")
            detail = f"{where}: not valid JSON; reading resumes at byte {consumed + start}"
            return ReadProblem("bad_json", detail, raw), start
        return None


def _keys(value: Any, last: frozenset[str]) -> frozenset[str]:
    return frozenset(value) if isinstance(value, dict) else last


def _many_elements(buf: bytes, pos: int, max_bytes: int) -> tuple[list[Any], int] | None:
    """``(values, end)`` for the elements from ``pos`` to the last ``},`` of the buffer, parsed by
    one orjson call when they are all valid and fit ``max_bytes`` together (so each one does);
    by the argument of ``_whole_element``, a cut that parses is at an element boundary."""
    cut = buf.rfind(b"},", pos)
    if cut <= pos or cut + 1 - pos > max_bytes:
        return None
    try:
        values = orjson.loads(b"[" + buf[pos : cut + 1] + b"]")
    except orjson.JSONDecodeError:
        return None
    return values, cut + 2


def _whole_element(buf: bytes, pos: int, tries: int = 3) -> tuple[Any, int, bytes] | None:
    """``(value, end, closing token)`` when the element at ``pos`` is an object or array that
    parses up to one of the next ``tries`` candidate ends. A candidate that parses is the true end:
    a JSON prefix is lexed exactly as in the whole text, so its closing brace is structural."""
    start = pos
    while start < len(buf) and buf[start] in WHITESPACE:
        start += 1
    if start >= len(buf) or buf[start] not in b"{[":
        return None
    end = ELEMENT_END.search(buf, start)
    for _ in range(tries):
        if end is None:
            return None
        try:
            return orjson.loads(buf[start : end.start() + 1]), end.end(), end.group(1)
        except orjson.JSONDecodeError:
            end = ELEMENT_END.search(buf, end.start() + 1)
    return None


def is_array_stream(head: bytes) -> bool:
    """Whether a file starting with ``head`` (after any byte order mark) is read as a stream of
    arrays: it starts with ``[``, and not as JSON Lines under a header row, where the first line
    is a whole JSON array (``["id","text"]``, ``[]``) and a line that is not an array follows."""
    head = head.lstrip(WHITESPACE)
    return head[:1] == b"[" and not _array_line_then_lines(head)


def _array_line_then_lines(head: bytes) -> bool:
    first, *rest = LINE_END.split(head, 1)
    following = rest[-1].lstrip(WHITESPACE + BOM) if rest else b""
    if not following:
        return False
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        return False
    return following[:1] != b"["


def _first_bytes(blocks: Iterator[bytes]) -> tuple[bytes, Iterator[bytes]]:
    """Enough leading bytes to tell an array from JSON Lines (first non-blank byte)."""
    head = b""
    for block in blocks:
        head += block
        if head.strip(WHITESPACE + BOM):
            break
    return head, blocks


def _split_lines(
    head: bytes, blocks: Iterator[bytes], offset: int, max_bytes: int
) -> Iterator[tuple[int, bytes | None, int]]:
    """``(start offset, line, size)`` per line; ``line`` is None when it exceeds ``max_bytes``
    (its bytes are dropped as they arrive, so memory stays at ``max_bytes`` plus a block)."""
    parts: list[bytes] = []  # the unfinished line, joined once complete (no quadratic +=)
    kept = dropped = 0  # its bytes held in ``parts``; its bytes already thrown away (oversized)
    line_start = offset
    hold = b""
    for block in _chain(head, blocks):
        block = hold + block if hold else block
        hold = b""
        if block.endswith(b"\r"):  # it may be the first half of \r\n
            block, hold = block[:-1], b"\r"
        if b"\r" in block:
            pieces = LINE_END.split(block)
            texts, seps = pieces[0::2], [len(s) for s in pieces[1::2]]
        else:
            texts = block.split(b"\n")
            seps = [1] * (len(texts) - 1)
        for text, sep in zip(texts, seps, strict=False):
            size = dropped + kept + len(text)
            if dropped or size > max_bytes:
                yield line_start, None, size
            else:
                yield line_start, b"".join((*parts, text)) if parts else text, size
            line_start += size + sep
            parts, kept, dropped = [], 0, 0
        tail = texts[-1]
        if dropped or kept + len(tail) > max_bytes:
            dropped += kept + len(tail)
            parts, kept = [], 0
        elif tail:
            parts.append(tail)
            kept += len(tail)
    if kept or dropped:
        yield line_start, None if dropped else b"".join(parts), dropped + kept


def _chain(head: bytes, blocks: Iterator[bytes]) -> Iterator[bytes]:
    if head:
        yield head
    yield from blocks
