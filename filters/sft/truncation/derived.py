"""Answers made from the text they were given (rewrites, reorderings): they end the way that text ends."""

from __future__ import annotations

import re

from corpusmill.filters.sft.text import tokens
from corpusmill.filters.sft.truncation.text import KEY_VALUE, LOWER_WORD, TERMINAL, _enumeration, _long

TRANSFORM_TASK = re.compile(
    r"\b(?:rewrite|re-write|rephrase|restate|paraphrase|reword|edit|correct|change|convert|transform|translate|"
    r"encode|decode|encrypt|cipher|segment|split|separate|delete|remove|replace|insert|reverse|rearrange|reorder|"
    r"arrange|sort|classify|categori[sz]e|alter|modify|substitute|capitali[sz]e|punctuat\w*|combine|shorten|"
    r"simplify|fill in|synonyms?|antonyms?|translat\w*|complete|finish|next (?:\w+ )?words?)\b",
    re.I,
)
"""Tasks whose answer is a transformed sentence, a label or a short extraction: a single line
without a full stop is their normal form ("Convert this sentence into its past tense." → "She
walked to the store"; "Classify the following software" → "Image viewer and editor software")."""


REWRITE_TASK = re.compile(
    r"\b(?:rewrite|re-write|rephrase|paraphrase|reword|restate|restructure|edit|combine|merge|revise|improve|"
    r"change the (?:sentence|tense|voice)|convert the sentence|make (?:the|this) sentence)\b",
    re.I,
)
"""Tasks whose answer is the given sentence, rewritten whole."""


REORDER_TASK = re.compile(
    r"\b(?:sort|alphabeti\w*|reverse|invert|rearrange|reorder|arrange|scramble|unscramble|delete|remove|omit|"
    r"drop|punctuat\w*|split|segment|separate|capitali[sz]e|lower ?case|upper ?case)",
    re.I,
)
"""Tasks whose answer moves, drops or splits the given words and may end on any of them."""


DERIVED_SHARE, DERIVED_LENGTH = 0.6, 1.5
"""Share of an answer's tokens found in the given text above which the answer is made from it, and
the most the answer may be longer than that text (a chat answer reusing the question's words is not
a rewrite of it)."""


def _made_from(answer: str, given: str) -> bool:
    """Most of the answer's tokens (words; CJK characters) are in ``given``: the answer rewrites,
    reorders or corrects the text it was handed ("Convert this sentence into its past tense. She
    walks to the store" → "She walked to the store")."""
    if not given:
        return False
    mine, theirs = tokens(answer), tokens(given)
    if not mine or len(mine) > DERIVED_LENGTH * len(theirs) + 3:
        return False  # an answer much longer than the text is more than a rewrite of it
    known = set(theirs)
    return sum(t in known for t in mine) >= DERIVED_SHARE * len(mine)


OWN_ENDING_WORDS = 4
"""Last words of a long answer looked up in the text it was made from."""


def _own_ending(answer: str, given: str) -> bool:
    """A long answer (a chat model's, ``_long``) made mostly from the given text whose last
    ``OWN_ENDING_WORDS`` words are not in that text ends in prose of its own: a resume rewritten
    from the user's pasted one that closes on a new mission statement "…ultimately leading to a
    better". How that text ends says nothing of how the answer's own last sentence should end."""
    ending = tokens(" ".join(answer.split()[-OWN_ENDING_WORDS:]))
    mine, theirs = tokens(answer), tokens(given)
    runs = {tuple(theirs[i : i + len(ending)]) for i in range(len(theirs) - len(ending) + 1)}
    return _long(answer) and len(mine) > len(ending) and tuple(ending) not in runs


def _ends_like(answer: str, given: str, asked: str) -> bool:
    """A rewrite may end without punctuation when the text it rewrites does ("None of the
    students" → "None of the students were"), or end on any word when the task moves or deletes
    words ("I like to play chess." → "chess I like play to"); but one that stops where the given
    text goes on ("We were late for the meeting …" → "We were late for the"), or that lost the
    full stop its text had ("… in a swift movement." → "… fell to the ground in a rapid"), was cut."""
    mine, theirs = tokens(answer), tokens(given)
    if len(mine) < len(theirs) and mine == theirs[: len(mine)]:
        return False
    given_end, answer_end = given.rstrip()[-1], answer.rstrip()[-1]
    return given_end not in TERMINAL or given_end == answer_end or bool(REORDER_TASK.search(asked))


def _rewrite_cut(answer: str, asked: str, min_words: int) -> bool:
    """A sentence rewritten ("Rewrite", "Edit", "Combine" … a sentence that ends with its full stop)
    into one line of prose that stops on a lowercase word: "Cats have excellent night vision and
    can see in". Extractions, lists and labels made from the text are not rewrites of it."""
    words = answer.split()
    return (
        bool(REWRITE_TASK.search(asked))
        and "\n" not in answer.strip()
        and len(words) >= min_words
        and answer.strip()[0].isupper()
        and bool(LOWER_WORD.fullmatch(words[-1]))
        and not _enumeration(answer)
        and not KEY_VALUE.match(answer.strip())
    )
