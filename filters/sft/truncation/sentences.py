"""English last sentences that stop mid-way: on a connector, a comma, an opener, an announcing colon."""

from __future__ import annotations

import re

from corpusmill.filters.sft.batch import CODE_LINE
from corpusmill.filters.sft.text import CJK_CHAR, CJK_RUN
from corpusmill.filters.sft.truncation.chinese import _cjk_cut
from corpusmill.filters.sft.truncation.derived import TRANSFORM_TASK
from corpusmill.filters.sft.truncation.lists import _sentence_list
from corpusmill.filters.sft.truncation.text import (
    KEY_VALUE,
    LIST_ITEM,
    LOWER_WORD,
    NOT_PROSE,
    NUMBER_MARK,
    SALUTATION,
    SENTENCE_BREAK,
    SENTENCE_END_WORD,
    SQL_WORDS,
    TERMINAL,
    _closed,
    _enumeration,
    _lines,
    _long,
    _others_closed,
)

CONNECTORS = frozenset({
    "the", "a", "an", "my", "your", "their", "our", "its", "and", "or", "but", "nor", "because", "although",
    "though", "unless", "whether", "if", "than", "of", "to", "into", "onto", "between", "including", "especially",
    "such", "which", "whose", "is", "are", "was", "were",
})  # fmt: skip
"""Words an English sentence does not end on: articles, possessives, conjunctions, "of", "to",
copulas ("So the variance is"). Prepositions that end many complete sentences ("strive for",
"connect with") and auxiliaries ("will be") are not among them; in verse only the articles,
possessives and conjunctions count."""


SOFT_CONNECTORS = frozenset({
    "during", "in", "on", "for", "with", "at", "by", "from", "about", "as", "like", "through", "without", "within",
    "toward", "towards", "upon", "over", "under", "after", "before", "around", "across", "against", "among",
    "along", "via", "per", "that", "who", "where", "when", "while", "very", "more", "most", "not", "also", "be",
    "been", "being", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have", "had", "do",
    "does", "did", "this", "these", "those", "each", "every", "both", "either", "neither", "so", "then", "since",
    "until", "am", "other", "given", "following", "some", "any", "several", "many", "few",
})  # fmt: skip
"""Words that end some complete sentences ("strive for", "will be") but end a cut far more often:
they count in an answer whose other sentences or lines are punctuated."""


VERSE_CONNECTORS = frozenset({"the", "a", "an", "my", "your", "their", "our", "its", "and", "or", "but", "of"})


OPERATOR_END = re.compile(r"[A-Za-z0-9)]\s+[-–+*/=×÷x]$")
"""A formula or an expression cut after its operator: "2 x 2 x 2 x 2 x", "(101 /", "Fervor -"."""


VERSE_TASK = re.compile(
    r"\b(?:poems?|poetry|haikus?|limericks?|lyrics?|verses?|rhym\w*|couplets?|songs?|sonnets?|stanzas?)\b"
    r"|诗|俳句|歌词|对联",
    re.I,
)


NAMING_TASK = re.compile(
    r"\b(?:titles?|headlines?|slogans?|taglines?|mottos?|captions?|subject lines?|hashtags?)\b"
    r"|标题|题目|口号|标语|名字|名称|命名|用户名|昵称",
    re.I,
)


FENCED = re.compile(r"```.*?```", re.S)


def _cut_mid_sentence(answer: str, asked: str, min_words: int, derived: bool, no_stop: bool = False) -> str | None:
    """The last sentence stops mid-way. An answer whose prose goes on after its last closed code
    block is judged without its code blocks ("…model parallelism is implemented by splitting the"
    after two blocks of Python): what the code lines look like says nothing of that prose."""
    fenced = "```" in answer and not answer.rstrip().endswith("```")
    lines = _lines(FENCED.sub("\n", answer) if fenced else answer)
    if not lines:
        return None
    last = lines[-1]
    if _closed(last) or CODE_LINE.search(last) or "|" in last or "http" in last:
        return None  # a table row, a URL, code ("def swap(a, b): return b, a")
    if last[-1] == ":" and len(lines) > 1 and _announces(last, lines[-2]):
        return "ends with ':'"  # "Using the same logic, we can write the green energy consumption as:"
    if sum(1 for line in lines if CODE_LINE.search(line) or SQL_WORDS.search(line)) >= 2:
        return None  # an answer in code, machine-translated or not: "打印 (\"%d\" %arr[i]),"
    verse = VERSE_TASK.search(asked) or (_is_verse(lines) and len(last.split()) <= VERSE_LINE_WORDS)
    if last[-1] in "；;" and CJK_RUN.search(last):
        return None  # an SQL statement in translation: "从用户中选择 *；"
    if CJK_CHAR.match(last[-1]) or (last[-1] in "，、：" and CJK_RUN.search(last)):
        return _cjk_cut(last, lines, asked, bool(verse) and len(lines) > 1, no_stop)
    inline_list = len(NUMBER_MARK.findall(last)) >= 2  # "1. In a tree hollow 2. Behind a book 3. Hidden in"
    sentences = [last] if inline_list else SENTENCE_BREAK.split(last)
    tail = sentences[-1]
    words = tail.split()
    end = tail[-1]
    if SALUTATION.match(tail) and len(words) <= 5:
        return None  # "Dear Professor [last name],", "Sincerely,"
    before = sentences[-2] if len(sentences) > 1 else lines[-2] if len(lines) > 1 and not LIST_ITEM.match(last) else ""
    if (
        before
        and len(words) <= OPENER_WORDS
        and SENTENCE_END_WORD.search(before)
        and all(w.strip(",").lower() in OPENERS for w in words)
    ):
        return f"last sentence stops after {tail!r}"  # "…to get started. It's", "…as follows. In the", "…\n\nOnce"
    if end in ",;":
        return f"ends with {end!r}" if len(words) >= 3 and not (verse and len(lines) == 1) else None
    if OPERATOR_END.search(tail) and len(words) >= 3 and not (verse or inline_list or LIST_ITEM.match(last)):
        return f"ends on {words[-1]!r}"  # "2 x 2 x 2 x 2 x", "(101 /", "Fervor -"
    pairs = KEY_VALUE.match(tail)
    if (pairs and len(pairs.group(1).split()) <= 4) or _enumeration(tail):
        return None  # "Verb: eat, Tense: present continuous", "Run, read, eat, write, sleep"
    if end == ":":
        before = lines[-2] if len(lines) > 1 else ""
        form = before.endswith(":") or last.count(":") > 1 or bool(LIST_ITEM.match(last))  # a form's fields
        return "ends with ':'" if len(words) >= 4 and not form else None
    tail_word = words[-1]
    if tail_word in (VERSE_CONNECTORS if verse else CONNECTORS) and len(words) >= 4:
        return f"ends on {tail_word!r}"  # "So the variance is"; a phrase ("In addition to") is shorter
    punctuated = len(sentences) > 1 or _others_closed(lines)
    in_list = bool(LIST_ITEM.match(last)) or inline_list
    item_line = in_list
    soft = punctuated and (_long(answer) or not in_list)  # a short list's items need no full stop
    if tail_word in SOFT_CONNECTORS and len(words) >= 4 and soft and not (verse or derived):
        return f"ends on {tail_word!r}"
    long_prose = _long(answer) and not item_line and len(words) >= LONG_TAIL_WORDS and tail_word[-1].isalnum()
    if long_prose and _others_closed(lines) and not (verse or derived or any(m in tail for m in NOT_PROSE)):
        return "last line stops mid-sentence"  # "…and save the predictions to a CSV"
    if not LOWER_WORD.fullmatch(tail_word) or verse or derived or any(m in tail for m in NOT_PROSE):
        return None
    if re.search(r"\d", " ".join(words[-3:])):
        return None  # an amount and its unit: "Perimeter: 22 cm"
    item = bool(LIST_ITEM.match(last)) or inline_list
    if _long(answer) and _others_closed(lines) and len(words) >= 3:
        return "last line stops mid-sentence"
    if item and len(words) >= SENTENCE_ITEM_WORDS and _sentence_list(lines):
        return "last list item stops mid-sentence"  # "1. Open the app… .\n2. Tap the menu icon in the top"
    if item:
        return None  # a list item without a full stop is a list's style in short answers
    if len(sentences) > 1 and SENTENCE_END_WORD.search(sentences[-2]) and len(words) >= 3:
        return "last sentence unfinished"  # "…packed with vitamins. These little red gems are packed"
    body = [line for line in lines if not (SALUTATION.match(line) and len(line.split()) <= 5)]
    if len(words) >= min_words and len(body) == 1 and last[0].isupper() and not TRANSFORM_TASK.search(asked):
        return "ends mid-sentence"  # one prose sentence answering a question, stopping on a word
    return None


OPENERS = CONNECTORS | SOFT_CONNECTORS | {
    "it", "it's", "it’s", "there", "here", "we", "you", "i", "they", "he", "she", "however", "additionally",
    "finally", "overall", "also", "if", "to", "in", "for", "this", "that", "these", "those", "one", "another",
    "once",
}  # fmt: skip
"""Words that open a sentence and cannot make one: a last sentence of only these ("It's", "In the")
after a finished one was cut as it began, in its line or as a paragraph of its own ("…to your
satisfaction.\n\nOnce")."""


OPENER_WORDS = 2


LONG_TAIL_WORDS = 8
"""A paragraph this long closing a chat model's long answer whose other lines end with punctuation
was cut whatever its last word ("…save the predictions to a CSV", "…of England"): not a heading, a
name or a list item."""


SENTENCE_ITEM_WORDS = 6
"""A list item this long stopping on a lowercase word is a cut sentence when the list's other items
and the lines before it are closed sentences (``_sentence_list``)."""


ANNOUNCE_WORDS = 6


def _announces(last: str, before: str) -> bool:
    """A last line of prose that announces what follows ("…we can write the green energy consumption
    as:", "Here's the updated code:") with nothing after it: at least ``ANNOUNCE_WORDS`` words, one
    colon, not a list item or a form's field (the line before it is no heading). Code and formulas
    before it do not make it code."""
    return (
        len(last.split()) >= ANNOUNCE_WORDS
        and last.count(":") == 1
        and not LIST_ITEM.match(last)
        and not before.endswith((":", "："))
        and not any(m in last for m in NOT_PROSE)
    )


def _is_verse(lines: list[str]) -> bool:
    """Poems and lyrics: several short lines of text (not table rows, list items or code), most of
    them without closing punctuation."""
    text = [line for line in lines if "|" not in line and not LIST_ITEM.match(line) and not CODE_LINE.search(line)]
    if len(text) < 3 or len(text) < len(lines) / 2 or sum(len(line.split()) for line in text) > VERSE_WORDS * len(text):
        return False
    return sum(1 for line in text if line[-1] in TERMINAL) < len(text) / 2


VERSE_WORDS = 12
"""Most words per line, on average, of verse."""


VERSE_LINE_WORDS = 2 * VERSE_WORDS
"""Most words of a verse answer's last line: a résumé's short heading lines read like verse, but a
last paragraph of two long sentences is prose ("…ultimately leading to a better")."""
