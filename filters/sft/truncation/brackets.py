"""Quotes, brackets and inline code spans opened near an answer's end and never closed."""

from __future__ import annotations

import re

from corpusmill.filters.sft.truncation.text import WORD

BRACKETS = (("(（", ")）"), ("[【", "]】"), ("《", "》"), ("“", '”"'), ("「", "」"), ("『", "』"))
"""Pairs counted together across widths and styles: machine translation turns "(" into "（" but not
its ")", and “curly” quotes are often closed by a straight one. Braces are left to the code-fence
rule: prose quotes code ("changing “if(i%2==0){” to …")."""


BRACKET_MIN_CHARS = 10
"""A bracket left open counts from this many characters of prose: a slogan cut inside its quote is
short ("“新鲜烘焙食品配上最甜")."""


OPENERS = "(（[【《“「『"
"""Opening brackets and quotes: a last character that opens one was written as the answer stopped."""


OPEN_QUOTE = re.compile(r'(?:^|(?<=[\s(\[{:]))"(?=\w)')


INLINE_TICK = re.compile(r"(?:^|(?<=[\s(\[:]))`(?!`)(?=\S)")


def _unclosed_bracket(prose: str) -> str | None:
    """A quote, a bracket or an inline code span opened near the end and never closed. A straight
    quote counts only where it opens one (after a space, before a word): an odd count whose last
    quote closes ("…my ski racing and coaching.\"" after an inch mark in "old 2\" 16 Track machine")
    is no cut."""
    quotes = prose
    last_quote = quotes.rfind('"')
    if quotes.count('"') % 2 and OPEN_QUOTE.match(quotes, last_quote) and len(WORD.findall(quotes[last_quote:])) >= 2:
        return "unclosed '\"'"  # 'The longest novel ever written is "The Blah'
    tail = prose.rstrip().rsplit("\n", 1)[-1]
    ticks = list(INLINE_TICK.finditer(tail)) if tail.count("`") % 2 else []
    if tail.count("`") % 2 and tail.endswith((" `", "(`")):
        return "unclosed '`'"  # a span opened as the answer stopped
    if ticks and WORD.search(tail[ticks[-1].end() :]):
        return "unclosed '`'"  # "…then call `'click"
    if len(prose) < BRACKET_MIN_CHARS:
        return None
    if (end := prose.rstrip()[-1:]) and end in OPENERS:
        return f"unclosed {end!r}"  # "…through power purchase agreements (": opened as the answer stopped
    for openers, closers in BRACKETS:
        opened = sum(prose.count(c) for c in openers)
        if opened and opened > sum(prose.count(c) for c in closers):
            last_open = max(prose.rfind(c) for c in openers)
            tail_words = WORD.findall(prose[last_open:])
            if last_open > max(prose.rfind(c) for c in closers) and len(tail_words) >= 3:
                return f"unclosed {prose[last_open]!r}"
    return None
