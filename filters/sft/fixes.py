"""Repairs: problems a record can be saved from. Each returns whether it changed the record; the
stage counts ``fixed:sft:<name>`` and lists ``sft:<name>`` in the record's ``fixes`` column.

They run before the checks so that the checks see repaired text (a ``<noinput>`` input is not an
input, an escaped ``&lt;`` is a ``<``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from datatrove.data import Document

from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import PROMPT_ROLES, RESPONSE_ROLES

CONTROL = re.compile(
    r"\x1b\[[0-9;?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, erase line
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[ -/]*[0-~]"  # other escapes (charset selection, ...)
    r"|\r\n?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]"
)
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#[0-9]{1,6}|#x[0-9a-fA-F]{1,6});")
NOT_ALNUM = re.compile(r"[\W_]+")


def _map_texts(doc: Document, edit: Callable[[str], str]) -> bool:
    """Apply ``edit`` to every message and to the Alpaca input; report whether anything changed."""
    changed = False
    for message in doc.metadata["messages"]:
        new = edit(message["content"])
        if new != message["content"]:
            message["content"] = new
            changed = True
    given = doc.metadata.get("alpaca_input")
    if given:
        doc.metadata["alpaca_input"] = edit(given)
    return changed


def _strip_control(text: str) -> str:
    """Terminal escapes (CSI, OSC and the rest: a lone ESC would leave ``[31m`` or ``]0;title``
    behind), zero-width spaces, BOMs and C0/C1 controls (NUL, backspace, bell) go; CR and CRLF
    become LF."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(lambda m: "\n" if m.group()[0] in "\r\u2028\u2029" else "", text)


def control_chars(doc: Document, p: SftChecksParams) -> bool:
    """Alpaca record 29819 has ``\\x03\\x01\\x07`` bytes in its output; 8 records have U+200B."""
    return _map_texts(doc, _strip_control)


def _unescape(text: str) -> str:
    if "&" not in text or "```" in text or not ENTITY.search(text):
        return text
    return ENTITY.sub(lambda m: " " if m.group() == "&nbsp;" else html.unescape(m.group()), text)


def html_entities(doc: Document, p: SftChecksParams) -> bool:
    """carbonz0 zh-data inputs read ``&lt;无输入&gt;``: HTML-escaped once too often. Text holding a
    code block is left alone, since ``&lt;`` may be exactly what an HTML answer must say."""
    return _map_texts(doc, _unescape)


def whitespace(doc: Document, p: SftChecksParams) -> bool:
    """Leading and trailing whitespace of each turn: templates add their own separators."""
    return _map_texts(doc, str.strip)


def empty_system(doc: Document, p: SftChecksParams) -> bool:
    """An empty system prompt says nothing; dropping it is what every trainer does anyway."""
    messages = doc.metadata["messages"]
    kept = [m for m in messages if m["role"] != "system" or m["content"]]
    if len(kept) == len(messages):
        return False
    doc.metadata["messages"] = kept
    return True


def squash(text: str) -> str:
    return NOT_ALNUM.sub("", text.lower())


def placeholder_input(doc: Document, p: SftChecksParams) -> bool:
    """Alpaca inputs such as ``<noinput>``, ``No input.``, ``N/A`` (and zh ``无输入``) mean "no input":
    161 + 90 + 67 + ... records of the original Alpaca file. The input is removed from the prompt."""
    given = doc.metadata.get("alpaca_input")
    if not given or squash(given) not in p.input_placeholders:
        return False
    messages = doc.metadata["messages"]
    for message in reversed(messages):
        if message["role"] == "user":
            if message["content"].endswith(given):
                message["content"] = message["content"][: -len(given)].rstrip()
            break
    doc.metadata["alpaca_input"] = ""
    return True


def dangling_turns(doc: Document, p: SftChecksParams) -> bool:
    """ShareGPT conversations split for length often start with a ``gpt`` turn (768 of the first
    2,000 records) or end on a ``human`` turn; like FastChat, the turn without its partner is dropped."""
    messages = doc.metadata["messages"]
    start = 1 if messages and messages[0]["role"] == "system" else 0
    end = len(messages)
    first = start
    while first < end and messages[first]["role"] in RESPONSE_ROLES:
        first += 1
    while end > first and messages[end - 1]["role"] in PROMPT_ROLES:
        end -= 1
    if first == start and end == len(messages):
        return False
    doc.metadata["messages"] = messages[:start] + messages[first:end]
    return True


FIXES: dict[str, Callable[[Document, SftChecksParams], bool]] = {
    "control_chars": control_chars,
    "html_entities": html_entities,
    "whitespace": whitespace,
    "empty_system": empty_system,
    "placeholder_input": placeholder_input,
    "dangling_turns": dangling_turns,
}
