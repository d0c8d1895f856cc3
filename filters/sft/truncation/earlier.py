"""Earlier answers of a chat cut off: the user asked to go on, or the next answer finishes them."""

from __future__ import annotations

import re
from itertools import pairwise

from datatrove.data import Document

from corpusmill.filters.sft.batch import CODE_LINE
from corpusmill.filters.sft.truncation.code import _code_cut
from corpusmill.filters.sft.truncation.text import _closed, _excerpt, _lines

CONTINUE_REQUEST = re.compile(
    r"^\W*(?:please\s+)?(?:continue|go on|keep going|carry on)(?![A-Za-z0-9])|^\W*(?:请)?(?:继续|接着)",
    re.I,
)
"""A user turn asking the model to go on ("continue", "please go on", "Continue writing please",
"继续"): the user saw where the answer before it stopped."""


CONTINUE_MAX_WORDS = 12


def _earlier_cut(doc: Document) -> str | None:
    """An earlier answer cut off: its code stops mid-statement (``_code_cut``, an odd fence), or
    the user noticed the cut and asked to go on: the answer is followed by a short "continue" turn
    and stops mid-sentence (its last line, outside a table, ends on a word or a comma, not on
    closing punctuation), or whatever the user said, the next answer opens in lowercase and
    finishes it (``GOES_ON_WORDS``). The next answer goes on from the middle of a word or a statement, so the
    conversation teaches answers that stop anywhere. After a complete prose answer "continue" asks
    for more, and nothing is judged. Read on the 2,000 first ShareGPT records: 40 turns before a
    "continue" in 33 kept conversations, 39 cut (the one complete: a quiz whose last line is its
    answer "D) The Cowrie Shells"); 23 earlier code answers stopping mid-statement without one
    ("def redeem_reward(", "delay(0."), all cut."""
    messages = doc.metadata["messages"]
    for i, (answer, then) in enumerate(pairwise(messages)):
        if answer["role"] != "assistant" or then["role"] != "user":
            continue
        text = answer["content"].rstrip()
        if text.count("```") % 2:
            found = "unclosed code fence"
        elif code := _code_cut(text):
            found = f"code stops mid-statement: {code[-60:]!r}"
        else:
            found = None
        words = then["content"].split()
        asked_on = len(words) <= CONTINUE_MAX_WORDS and bool(CONTINUE_REQUEST.match(then["content"]))
        lines = _lines(text)
        last = lines[-1] if lines else ""
        open_end = bool(last) and not _closed(last) and not last.endswith("```") and "|" not in last
        if not found and asked_on and open_end:
            found = f"stops mid-sentence: {_excerpt(last[-60:])!r}"
        nxt = messages[i + 2]["content"].lstrip() if i + 2 < len(messages) else ""
        if not found and open_end and len(text.split()) >= GOES_ON_WORDS and _goes_on(nxt):
            found = f"stops mid-sentence: {_excerpt(last[-60:])!r}, and the next answer goes on from it"
        if found:
            return f"turn {i + 1} {found}" + (", and the user asked to continue" if asked_on else "")
    return None


GOES_ON = re.compile(r"[a-z][a-z'’-]+(?=[\s,.;:)])")


GOES_ON_WORDS = 40
"""An answer this long whose last line has no end, followed by an answer that opens in lowercase
mid-sentence ("…with overall company" and, after "add numerical goals", "objectives\n- KPI …"), was
cut: the next answer finishes it. Shorter turns are game moves and quiz letters ("take leaflet",
"b. cost-shifting")."""


def _goes_on(text: str) -> bool:
    """The answer opens with a lowercase word that is not code ("objectives", not "import os")."""
    first = text.split("\n", 1)[0]
    return bool(GOES_ON.match(text)) and not CODE_LINE.search(first)
