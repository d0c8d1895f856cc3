"""Flagged-word counting from a user's list (one word or phrase per line, ``#`` comments).

corpusmill ships no list: which words disqualify a document is a policy of the user's. The
matching follows C4's bad-words filter (as datatrove writes it, without its runtime download):
case-insensitive, whole words for languages written with spaces, plain substrings for Chinese and
Japanese, which have no word boundaries to match on.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORD = re.compile(r"\w+")


class BadWords:
    def __init__(self, words: list[str], whole_words: bool) -> None:
        words = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
        self.whole_words = whole_words
        # Single words are looked up among the text's words, which is much faster than a regex
        # alternation; phrases and words with symbols go through the regex.
        self.single = {w for w in words if whole_words and WORD.fullmatch(w)}
        others = [re.escape(w) for w in words if w not in self.single]
        body = "|".join(others)
        self.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)" if whole_words else body) if others else None

    def count(self, text: str) -> int:
        lower = text.lower()
        hits = 0
        if self.single:
            hits += sum(1 for word in WORD.findall(lower) if word in self.single)
        if self.pattern is not None:
            hits += sum(1 for _ in self.pattern.finditer(lower))
        return hits


def read_list(path: str) -> list[str]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


@cache
def load_badwords(path: str, whole_words: bool) -> BadWords:
    """One compiled list per file and process, shared by the stage's language families."""
    return BadWords(read_list(path), whole_words)
