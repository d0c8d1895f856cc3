"""Pages without sentences (``sentence_share``), a whole-page rule for English web text (issue 22).

``prose_share`` (``pages.py``) rejects pages with almost no function-word prose; pages that keep a
little more of it pass: a repository record with one line of description and its field lines,
an availability table, a shop's menu with two promotional lines, an image page's metadata. Read
in the kept English sample of the real web data (``benchmarks/labels``), such pages have one thing
in common: almost none of their words sit in a *sentence*. A sentence here is a segment (split
at sentence ends, line breaks, tabs and menu separators) of at least ``SENTENCE_MIN_WORDS``
words, at least ``SENTENCE_MIN_FUNCTION`` of them function words, that ends with ``.``, ``!``
or ``?`` (closing quotes and brackets may follow). Names, headings, field labels, menu entries
and teasers cut with "…" are not sentences; prose of any layout is made of them, a one-line
article as much as a forum post.

Text wrapped at a fixed width (plain-text mail, ``<pre>`` pages, copied articles) breaks its
sentences over lines; a line break before a lowercase word, after a line that does not end a
sentence, is read as a space (``WRAPPED_LINE``). Items of a list or menu start with a capital, a
digit or a bullet, so they stay apart.

The stricter segment test is why the threshold can stay low (``min_sentence_share``: 0.1, fewer
than one word in ten inside a sentence): a page of informal writing without final stops keeps
its share from the lines that do end with one.
"""

from __future__ import annotations

import re

from corpusmill.filters.quality.pages import WORD

WRAPPED_LINE = re.compile(r"(?<=[^\s.!?])[ \t]*\n[ \t]*(?=[a-z]+(?:[\s,;:)'’-]|[.!?](?:\s|$)))")
"""A single line break inside a sentence of wrapped text (matched on the text as written): the
next line starts with a lowercase word (not a field name such as ``dc.title``)."""
SEGMENT_BREAK = re.compile(r"(?<=[.!?])\s+|\n+|\t+|\s[|•·»]\s?")
"""Sentence ends, line breaks, table cells (tabs) and the separators of menus and breadcrumbs."""
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
SENTENCE_MIN_WORDS = 5
SENTENCE_MIN_FUNCTION = 0.2


def sentence_share(text: str, function_words: frozenset[str]) -> float:
    """Share of the words of a text that sit in sentences (see the module docstring;
    ``function_words`` in lower case); 1 without words, so an empty text is left to the rules
    that measure size."""
    total = in_sentences = 0
    for segment in SEGMENT_BREAK.split(WRAPPED_LINE.sub(" ", text).lower()):
        words = WORD.findall(segment)
        total += len(words)
        if len(words) < SENTENCE_MIN_WORDS or not SENTENCE_END.search(segment.rstrip()):
            continue
        if sum(word in function_words for word in words) >= SENTENCE_MIN_FUNCTION * len(words):
            in_sentences += len(words)
    return in_sentences / total if total else 1.0
