"""Line and sentence helpers shared by the ``truncated`` rules: what counts as a closed line, prose, a list item."""

from __future__ import annotations

import re

from corpusmill.filters.sft.batch import CODE_LINE
from corpusmill.filters.sft.text import CJK, CJK_RUN


def _excerpt(text: str, width: int = 80) -> str:
    return text[:width].replace("\n", " ")


WORD = re.compile(rf"[{CJK}]|[^\W\d_]{{2,}}")
"""A Han character or a word of letters: three after an opened bracket make a cut."""


NUMBER_MARK = re.compile(r"(?:^|(?<=[\s；;]))(\d{1,2})[.)、](?!\d)")
"""A list number, at a line's start or inline ("1. 大数据分析 2. 数据库安全 3. 数据挖掘与知识发现",
"1. 虚拟个人助理；2. 语音评测")."""


LIST_ITEM = re.compile(r"^(?:[-*•+]\s|(\d+)[.)、]\s*|[A-Za-z][.)]\s)")


TERMINAL = frozenset(".!?。！？…\"'”’)）]】》」』*_`%~")


NOT_PROSE = ("#", "＃", "|", "——", " - ", " – ", "→", "->", "&gt;", "http", "/ ", "=")
"""Marks of a last sentence that is not prose (a hashtag line, a table row, a term and its
definition, a formula): its missing full stop says nothing."""


KEY_VALUE = re.compile(r"^[^:：=]{1,30}[:：=]\s*(\S.*)$")


SENTENCE_BREAK = re.compile(r"(?<=[A-Za-z0-9)\]\"'”’][.!?])(?<!\s[A-Z]\.)\s+(?=[A-Z\"“(])")
"""Where a sentence ends: after a full stop, a question or an exclamation mark and before a capital,
not after a name's initial ("by J. W. Veale," is one sentence, cut at its comma)."""


SENTENCE_END_WORD = re.compile(r"(?:\s\S+){2}\s(?:[a-z]{2,}|\d+)[.!?]$")
"""A sentence of three words or more whose full stop follows a lowercase word or a number, not an
abbreviation ("Inc.", "v.")."""


LOWER_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")


SALUTATION = re.compile(
    r"^(?:dear|hi|hello|hey|greetings|to(?=\s+(?-i:[A-Z])|\s+whom\b)|sincerely|best|regards|yours|cheers|thanks|"
    r"thank you|with|love|warmly|respectfully|cordially|kind regards|warm regards|all the best)\b"
    r"|^尊敬的|^亲爱的|^此致|^祝好|^最好的祝福|^真诚的",
    re.I,
)
"""Opening and closing lines of letters ("Dear Professor [last name],", "Sincerely,"). "To" only before
a name or "whom" ("To Hiring Manager,", "To whom it may concern,"): a sentence that opens "To achieve
these goals, many" is prose cut mid-way, not an address."""


LONG_WORDS = 250
"""An answer this long (CJK: twice in characters) comes from a chat model writing prose, whose
lines end with punctuation; a last line without it there was cut (ShareGPT: "…15. Use A/B
testing: Utilize A/B testing"). Alpaca answers this long are rare and mostly lists."""


def _lines(answer: str) -> list[str]:
    return [line.strip() for line in answer.splitlines() if line.strip()]


def _closed(line: str) -> bool:
    """The line ends with closing punctuation or a number. An escaped markdown marker (``\\_``,
    ``\\*``) is a literal character, as in ShareGPT's exported identifiers (`` `kc\\_user\\_delete\\_``),
    not the end of an emphasis."""
    return (line[-1] in TERMINAL and not line.endswith(("\\_", "\\*"))) or line[-1].isdigit()


def _long(answer: str) -> bool:
    return len(answer.split()) + len(CJK_RUN.findall(answer)) // 2 >= LONG_WORDS or (
        sum(map(len, CJK_RUN.findall(answer))) >= 2 * LONG_WORDS
    )


def _prose(lines: list[str]) -> list[str]:
    """Lines of text, not code or SQL (a query's "WHERE origin = '伦敦'" ends on a quote, not a stop)."""
    return [
        line
        for line in lines
        if not (CODE_LINE.search(line) or SQL_WORDS.search(line))
        and (len(line.split()) >= 3 or sum(map(len, CJK_RUN.findall(line))) >= 6)
    ]


def _others_closed(lines: list[str]) -> bool:
    """Most earlier prose lines end with punctuation (the answer's own style; a colon introducing a
    list counts: "For our medical startup, a potential SWOT analysis could include the following:").
    A last line that is a paragraph, not a list item, may also match the other paragraphs alone:
    bullets without full stops say nothing of how the answer's paragraphs end ("…and potential
    opportunities for" after a SWOT list whose items have none)."""
    prose = _prose(lines[:-1])
    paragraphs = (
        [line for line in prose if not LIST_ITEM.match(line)] if lines and not LIST_ITEM.match(lines[-1]) else []
    )
    return any(group and 2 * sum(map(_punctuated, group)) > len(group) for group in (prose, paragraphs))


def _punctuated(line: str) -> bool:
    """Closed, or ending on a colon that introduces what follows."""
    return _closed(line) or line.endswith((":", "："))


def _enumeration(text: str) -> bool:
    """Three or more comma-separated items of a few words: "Curious, daring, brave, creative, bold"."""
    items = [item.split() for item in re.split(r"[,;]", text)]
    return len(items) >= 3 and max(map(len, items)) <= 4


SQL_WORDS = re.compile(r"\b(?:SELECT|FROM|WHERE|AND|ORDER BY|GROUP BY|INSERT|UPDATE|JOIN)\b")
