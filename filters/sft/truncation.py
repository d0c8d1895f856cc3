"""The ``truncated`` check: answers cut off by a generator's token limit. Only prose can be seen to
stop early, so most of the rules below say what is *not* prose (lists, code, titles, verse,
enumerations) before judging how the last line ends.

Measured with ``benchmarks/sft.py`` (answers cut inside a prose sentence of real Alpaca and Chinese
Alpaca records) and on real records for the false positives; see the README.
"""

from __future__ import annotations

import re

from datatrove.data import Document

from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import instruction, response
from corpusmill.filters.sft.text import CJK, CJK_CHAR, CJK_RUN, strip_code


def _excerpt(text: str, width: int = 80) -> str:
    return text[:width].replace("\n", " ")


BRACKETS = (("(（", ")）"), ("[【", "]】"), ("{", "}"), ("《", "》"), ("“", '”"'), ("「", "」"), ("『", "』"))
"""Pairs counted together across widths and styles: machine translation turns "(" into "（" but not
its ")", and “curly” quotes are often closed by a straight one."""
BRACKET_MIN_CHARS = 40
WORD = re.compile(rf"[^\W\d_]{{2,}}|[{CJK}]")
LIST_MARK = re.compile(r"^(?:[-*•+>|#]|\d+[.)、])")
LIST_OR_CODE = re.compile(r"^(?:[-*•+>|#]|\d+[.)、]|[A-Za-z][.)]\s|[^:：=]{1,24}[:：=]\s*\S|.*[;；{}]$)")
NOT_PROSE = ("#", "＃", "|", "——", " - ", " – ", "→", "->", "&gt;", "http", "/ ", "=")
TERMINAL = frozenset(".!?。！？…:：\"'”’)")
CONNECTORS = frozenset({
    "and", "or", "but", "the", "a", "an", "of", "to", "with", "in", "for", "that", "which", "is", "are", "was",
    "were", "by", "from", "as", "because", "on", "at", "their", "its", "our", "your", "this", "these", "those",
    "than", "then", "if", "when", "while", "so", "such", "into",
})  # fmt: skip
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
SENTENCE_END = frozenset(".!?。！？…~\"'”’）)]】》」』*_`%")


def _cut_mid_sentence(answer: str, min_words: int) -> str | None:
    last = answer.rsplit("\n", 1)[-1].strip()
    if len(last) >= CJK_MIN_CHARS and last[-1] == "，" and not LIST_MARK.match(last):
        return "ends with '，'"  # before the "Key: value" test: "排名如下：猎豹、海豚、青蛙。猎豹是最快的，"
    if not last or any(mark in last for mark in NOT_PROSE) or _is_verse(answer):
        return None
    if LIST_OR_CODE.match(last):
        return _item_cut(answer, last, min_words)
    items = [item.split() for item in last.split(",")]
    if len(items) >= 3 and max(map(len, items)) <= 4:
        return None  # an enumeration: "Do homework, clean the room, do the dishes"
    end = last[-1]
    if CJK_CHAR.match(end) or (end in "，、" and len(CJK_RUN.findall(last)) > 0):
        return _cjk_cut(last, 2 * min_words) if len(last) >= CJK_MIN_CHARS else None
    words = last.split()
    if end in ",，、:：" and len(words) >= 4:
        return f"ends with {end!r}"
    if end in SENTENCE_END or end.isdigit():
        return None
    if sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words):
        return None  # a title: "The Power of Teamwork: What Basketball Can Teach Us About Working Together"
    tail = words[-1]
    if tail.lower() in CONNECTORS and len(words) >= 3:
        return f"ends on {tail!r}"
    lower_word = bool(LOWER_WORD.fullmatch(tail))  # "run-on", "spider's"
    if lower_word and len(words) >= min_words and not last[0].isdigit():  # "2 hours and 5 minutes"
        return "ends mid-sentence"
    last_sentence = SENTENCE_BREAK.split(last)
    if len(last_sentence) > 1 and lower_word and len(last_sentence[-1].split()) >= 3:
        return "last sentence unfinished"  # "Education is essential ... Education not only helps individuals"
    return None


LOWER_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")


def _item_cut(answer: str, last: str, min_words: int) -> str | None:
    """A list item or ``Speaker: line`` that stops mid-sentence while the items before it end
    with punctuation: "1. Automating customer service ....\n2. ...\n3. Using computer vision to create"."""
    before = [line.strip() for line in answer.splitlines()[:-1] if LIST_OR_CODE.match(line.strip())]
    words = last.split()
    if CJK_CHAR.match(last[-1]):
        open_end = len(CJK_RUN.findall(last)) > 0 and len(last) >= CJK_CLAUSE_CHARS
    else:
        open_end = len(words) >= min_words and bool(LOWER_WORD.fullmatch(words[-1]))
    if not before or not open_end:
        return None
    closed = sum(1 for line in before if line[-1] in TERMINAL)
    return "last item stops mid-sentence" if 2 * closed > len(before) else None


def _is_verse(answer: str) -> bool:
    """Poems and lyrics: several lines, most of them without closing punctuation."""
    lines = [line.strip() for line in answer.splitlines() if line.strip()]
    if len(lines) < 3:
        return False
    return sum(1 for line in lines if line[-1] in TERMINAL) < len(lines) / 2


CJK_MIN_CHARS = 6
LEAD_IN = re.compile(r"[是有括为：:]")
CJK_CLAUSE_CHARS = 8
"""A Chinese last clause this long without 。 (not a title: see ``NAMING_TASK``) is prose that
stopped: names, amounts and headings are shorter (on 4,000 real records 0.27% of answers)."""
CJK_CONNECTORS = frozenset("的和与及或在对把被从向为因而并但且将让使给跟以于是")
"""Particles, conjunctions and prepositions a Chinese sentence does not end on."""


def _cjk_cut(last: str, min_chars: int) -> str | None:
    """Chinese headlines, lists and quotes end without 。 too; a cut is prose whose last sentence has
    no end: text after an earlier 。, a clause with commas, or a comma at the very end. An
    enumeration ("生动，猩红色，红宝石色，深红色") is not prose: its items are a few characters each."""
    stop = max(last.rfind(c) for c in "。！？!?")
    tail = last[stop + 1 :].strip(" “”\"'")
    clauses = [c for c in re.split(r"[，、,；;]", tail) if c.strip()]
    items = tail.split("、")
    if not clauses or max(len(c) for c in clauses) <= 4:
        return None  # an enumeration: "生动，猩红色，红宝石色，深红色"
    if len(items) >= 3 and "，" not in tail and not LEAD_IN.search(items[0]):
        return None  # names only, no sentence leading into them: "史蒂文·斯皮尔伯格、昆汀·塔伦蒂诺、马丁·斯科塞斯"
    if last[-1] in "，、":
        return f"ends with {last[-1]!r}"
    if last[-1] in CJK_CONNECTORS and len(tail) >= 6:
        return f"ends on {last[-1]!r}"
    if (stop >= 0 and len(tail) >= 6) or (len(tail) >= min_chars and "，" in tail) or len(tail) >= CJK_CLAUSE_CHARS:
        return "ends without 。"
    return None


def truncated(doc: Document, p: SftChecksParams) -> str | None:
    """An answer cut off by the generator's token limit: an unclosed code fence or bracket, or a
    long last line that stops mid-sentence. Lists, code, titles, hashtags and short lines (a poem's
    line, "Telegram") are not judged: only prose can be seen to stop early."""
    answer = response(doc)
    if answer.count("```") % 2:
        return "unclosed code fence"
    prose = strip_code(answer)
    if len(prose) >= BRACKET_MIN_CHARS:
        for openers, closers in BRACKETS:
            opened = sum(prose.count(c) for c in openers)
            if opened and opened > sum(prose.count(c) for c in closers):
                last_open = max(prose.rfind(c) for c in openers)
                tail_words = WORD.findall(prose[last_open:])
                if last_open > max(prose.rfind(c) for c in closers) and len(tail_words) >= 3:
                    return f"unclosed {prose[last_open]!r}"
    if "\n" not in answer and NAMING_TASK.search(instruction(doc)):
        return None  # a title, name or slogan needs no full stop: "席卷数字营销的 5 大趋势"
    found = _cut_mid_sentence(answer, p.truncated_min_words)
    return f"{found}: {_excerpt(answer[-80:])!r}" if found else None


NAMING_TASK = re.compile(
    r"\b(?:titles?|headlines?|slogans?|taglines?|mottos?|captions?|subject lines?|hashtags?)\b"
    r"|标题|题目|口号|标语|名字|名称|命名",
    re.I,
)
