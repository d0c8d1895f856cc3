"""Lists that stop before the count they announced, at an item's number, bullet or first word."""

from __future__ import annotations

import re

from corpusmill.filters.sft.truncation.text import (
    LIST_ITEM,
    LOWER_WORD,
    NOT_PROSE,
    NUMBER_MARK,
    _closed,
    _enumeration,
    _lines,
    _prose,
)

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip


ANNOUNCED = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tips|ways|steps|ideas|reasons|examples|strategies|things|items|questions|points|"
    r"suggestions|benefits|methods|techniques|factors|types|facts|options|words|sentences|features|rules|"
    r"activities|places|books|tools|skills|habits|advantages|disadvantages|elements|stages|principles|"
    r"characteristics|qualities|differences|causes|effects|signs|key|main|common|important)\b"
    r"|(\d{1,2}|[两二三四五六七八九十])\s*(?:个|条|种|件|项|点|步|句|本|首)",
    re.I,
)


def _list_cut(answer: str, asked: str) -> str | None:
    """A numbered list that stops before the count the instruction or the answer's lead-in
    announced, or a one-item list right after the colon that opened it."""
    lines = _lines(answer)
    last = lines[-1] if lines else ""
    if not LIST_ITEM.match(last) or _closed(last):
        return None
    numbers = [int(m.group(1)) for line in lines for m in NUMBER_MARK.finditer(line)]
    if not numbers:
        return None
    words = last.split()
    if numbers == [1] and (len(lines) == 1 or lines[-2].endswith((":", "："))):
        return "list stops after its first item"  # nobody numbers a list of one
    if len(words) < 3 or not LOWER_WORD.fullmatch(words[-1]) or _enumeration(last) or any(m in last for m in NOT_PROSE):
        return None  # "4. Parasites: Giardia, Toxoplasma gondii" is a whole item
    wanted = _announced(asked) or _announced("\n".join(lines[: max(1, len(lines) - len(numbers))]))
    if wanted and numbers[-1] < wanted and len(numbers) < wanted:
        return f"list stops at item {numbers[-1]} of {wanted}"
    return None


QUESTION_MARK = re.compile(r"^(?:Q|Question|问题|问|题)\s*(\d{1,2}|[一二三四五六七八九十])\s*[：:.、)）]", re.M | re.I)
"""A numbered question of a quiz or a Q&A set: "Q2：", "Question 4:", "问题四："."""


QUESTIONS_ASKED = re.compile(
    r"(?<![\w-])(\d{1,2}|[两二三四五六七八九十]|two|three|four|five|six|seven|eight|nine|ten)(?![\w-])\s*(?:个|道)?\s*"
    r"(?:[A-Za-z-]+\s+){0,3}?(?:问题|题|questions?\b)",
    re.I,
)
"""How many questions the instruction asks for ("5 个问题和答案", "a quiz with 5 questions"); "6th-grade"
is no count."""


def _questions_cut(answer: str, asked: str) -> str | None:
    """A quiz or Q&A set that stops before the number of questions asked for ("5 个问题" and Q1, Q2)."""
    found = QUESTIONS_ASKED.search(asked)
    numbers = [_number(m.group(1)) for m in QUESTION_MARK.finditer(answer)]
    wanted = _number(found.group(1)) if found else None
    if wanted and numbers and max(numbers) < wanted:
        return f"questions stop at {max(numbers)} of {wanted}"
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


def _list_complete(answer: str, asked: str) -> bool:
    """The last line is the numbered item the instruction asked for ("Name five …" and "5. …")."""
    lines = _lines(answer)
    found = [int(m.group(1)) for m in NUMBER_MARK.finditer(lines[-1])] if lines else []
    wanted = _announced(asked)
    return bool(found and wanted and found[-1] == wanted)


def _announced(text: str) -> int | None:
    found = ANNOUNCED.search(text)
    if not found:
        return None
    word = (found.group(1) or found.group(2) or "").lower()
    number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return number if number and 2 <= number <= 30 else None


def _sentence_list(lines: list[str]) -> bool:
    """A list of sentences: every earlier prose line ends with punctuation or a lead-in colon ("Here's
    how:"), and at least one of them is a list item, so the last item's missing full stop is a cut."""
    prose = _prose(lines[:-1])
    items = [line for line in prose if LIST_ITEM.match(line)]
    return bool(items) and all(_closed(line) or line.endswith((":", "：")) for line in prose)


LIST_NUMBER = re.compile(r"(\d{1,3})[.)]?")


def _list_stub(lines: list[str]) -> str | None:
    """A numbered or bulleted list whose last item stops at its number ("18.", "25" after "24. Type
    …") or its first word ("33. Change", "* Next") while the items before it are sentences or
    labelled steps ("Decision: Move disk 1 …"): nobody writes an empty item, and a one-word item
    among sentences is the start of one. Outlines whose items are all short ("5. Conclusion") are
    not judged."""
    if len(lines) >= 2 and EMPTY_ITEM.fullmatch(lines[-1]):
        return "list stops at an empty item"  # "…and cultural nuances.\n*": the bullet of the next item
    if len(lines) < LIST_STUB_ITEMS + 1:
        return None
    last = lines[-1]
    kind = _item_kind(last)
    before = [line for line in lines[:-1] if _item_kind(line) == kind][-LIST_STUB_ITEMS:]
    if not kind or len(before) < LIST_STUB_ITEMS:
        return None
    if number := LIST_NUMBER.fullmatch(last):
        previous = LIST_ITEM.match(before[-1])
        if previous and previous.group(1) and int(previous.group(1)) == int(number.group(1)) - 1:
            return f"list stops at the number of item {number.group(1)}"
        return None
    marker = LIST_ITEM.match(last)
    if not marker:
        return None
    rest = last[marker.end() :]
    if not STUB_WORD.fullmatch(rest):
        return None  # "Enjoy!", "Meditate.", a Chinese item (no spaces to count words by)
    siblings = [found for line in lines[:-1] if _item_kind(line) == kind and (found := LIST_ITEM.match(line))]
    if any(STUB_WORD.fullmatch(found.string[found.end() :]) for found in siblings):
        return None  # one-word items are the list's style: "1. Start" … "6. End"
    sentences = sum(line[-1] in ".!?。！？" and len(line.split()) >= 4 for line in before)
    labelled = sum(":" in line for line in before)
    if 2 * max(sentences, labelled) > len(before):
        return f"list stops at the first word of an item: {last!r}"
    return None


LIST_STUB_ITEMS = 3


EMPTY_ITEM = re.compile(r"[-*•+]")
"""A last line that is only a bullet: the generator stopped right after opening the next item (7 answers
of the first 2,000 ShareGPT records end so, all of them cut: "* RX-C loses 5% …\n*")."""


STUB_WORD = re.compile(r"\s*[A-Za-z]+\s*")
"""An item of one Latin word without punctuation ("Change", "Next")."""


def _item_kind(line: str) -> str:
    """ "1" for a numbered item (or a bare number), the bullet for a bulleted one, "" for other lines:
    items of one list share their kind ("* Decision: …" and "* Next", not the "+" items between)."""
    if LIST_NUMBER.fullmatch(line):
        return "1"
    marker = LIST_ITEM.match(line)
    return ("1" if marker.group(1) else line[0]) if marker else ""


"""Items a list needs before its last one is judged by ``_list_stub``."""
