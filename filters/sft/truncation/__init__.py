"""The ``truncated`` check: answers cut off by a generator's token limit.

A missing full stop alone says little: Alpaca's rewrites, classifications, names, one-line code
and poems end without one ("She walked to the store", ``def swap(a, b): return b, a``), and read
on real data the old rule that judged the last line's final word was wrong 3 times in 4. So the
check rejects only what a complete answer does not do:

* an unclosed code fence, or a bracket, an opening quote or an inline code span opened near the
  end and never closed (an answer whose last character opens one: "…power purchase agreements (";
  a span ending on an escaped underscore: "`on\\_tab\\_");
* a closing code block that stops mid-statement: brackets still open at its end, a Python header
  without its colon ("elif h") or with no body (``class MainScreen(MDScreen):``), a member access
  without its member (``self.``), a kv/YAML line cut mid-name (``OneLine``), a string opened on its
  last line (``text: "``, ``text: '``), a comment announcing code that never follows ("# Print the
  best hyperparameters"), delimited rows whose last row is short ("57,40000,8.5" under rows of five
  fields) or ends on a comma;
* a last sentence that ends on a word a sentence cannot end on ("So the variance is", "equal to",
  的/和/等于) or on a comma or a colon that announces nothing after it;
* a last sentence without an end where the answer's other sentences have one: the same line holds
  a finished sentence before it ("…packed with vitamins. These little red gems are packed"), or
  a long answer (a chat model's, ``LONG_WORDS``) whose other lines end with punctuation;
* Chinese prose without its 。 (after finished sentences, or a clause too long to be a name),
  unless digits or Latin letters in it show that machine translation damaged it, and then only if
  it ends on a character that rarely ends sentences (``end_ratio``, learned from real complete
  Chinese text); a clause ending inside a word ("患者自"), or opened by 如果/当 with no main clause;
* a list that stops before the count it announced ("Here are five tips" and three items), or a
  list of one item right after the colon that opened it ("…your descriptive writing:\\n\\n1. Use
  sensory details"), or at an item's number, its bullet or its first word ("25" after "24. Type …",
  a lone "*", "33. Change");
  an item of a list of sentences stopping on a word; a last sentence of only an opener ("It's");
  a last line announcing what never follows ("…can be written as:").

Prose after an answer's last code block is judged without the code.

An answer made from the text it was given (most of its words are in the Alpaca input or the user
turn: rewrites, reorderings, corrections) ends the way that text ends and is not judged by its
last word. Measured precision and the planted-cut recall (``benchmarks/sft.py``) are in the README.
"""

from __future__ import annotations

from datatrove.data import Document

from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import instruction, prompt, response
from corpusmill.filters.sft.text import strip_code
from corpusmill.filters.sft.truncation.brackets import _unclosed_bracket
from corpusmill.filters.sft.truncation.chinese import (
    CJK_LOW_END,
    CJK_RARE_END,
    DAMAGE,
    END_TABLE,
    _end_table,
    end_ratio,
)
from corpusmill.filters.sft.truncation.code import _code_cut
from corpusmill.filters.sft.truncation.derived import _ends_like, _made_from, _own_ending, _rewrite_cut
from corpusmill.filters.sft.truncation.earlier import _earlier_cut, _goes_on
from corpusmill.filters.sft.truncation.lists import _list_complete, _list_cut, _list_stub, _questions_cut
from corpusmill.filters.sft.truncation.sentences import NAMING_TASK, _cut_mid_sentence
from corpusmill.filters.sft.truncation.text import _closed, _excerpt, _lines

__all__ = [
    "CJK_LOW_END",
    "CJK_RARE_END",
    "DAMAGE",
    "END_TABLE",
    "_code_cut",
    "_cut_mid_sentence",
    "_earlier_cut",
    "_end_table",
    "_goes_on",
    "_list_stub",
    "_questions_cut",
    "_unclosed_bracket",
    "end_ratio",
    "truncated",
]
"""``truncated`` is the check; the other names are the rules its tests and the README name."""


def truncated(doc: Document, p: SftChecksParams) -> str | None:
    """An answer cut off by the generator's token limit (see the module docstring): the last
    answer, or an earlier one (``_earlier_cut``)."""
    return _last_answer_cut(doc, p) or _earlier_cut(doc)


def _last_answer_cut(doc: Document, p: SftChecksParams) -> str | None:
    answer = response(doc)
    if answer.count("```") % 2:
        return "unclosed code fence"
    if found := _code_cut(answer):
        return f"code stops mid-statement: {found[-60:]!r}"
    opens_span = answer.rstrip().endswith((" `", "(`"))  # "…the corresponding functions in the `"
    if (opens_span or not _closed(answer.rstrip()[-2:] or ".")) and (found := _unclosed_bracket(strip_code(answer))):
        return found  # an answer that ends with its full stop lost a bracket by a slip, not a cut
    if stub := _list_stub(_lines(answer)):
        return f"{stub}: {_excerpt(answer[-80:])!r}"  # whatever text the answer was made from
    asked = instruction(doc)
    given = doc.metadata.get("alpaca_input")
    given = given if given is not None else prompt(doc)
    derived = _made_from(answer, given) and not _own_ending(answer, given)
    if derived and _ends_like(answer, given, asked):
        return None  # a rewrite ends the way the text it was given ends: "chess I like play to"
    if derived and _rewrite_cut(answer, asked, p.truncated_min_words):
        return f"rewrite stops before its sentence ends: {_excerpt(answer[-80:])!r}"
    if "\n" not in answer and NAMING_TASK.search(asked) and answer.rstrip()[-1] not in ",，、":
        return None  # a title, name or slogan needs no full stop: "席卷数字营销的 5 大趋势"
    complete = _list_complete(answer, asked)  # "List 5 elements …" and its item 5 needs no full stop
    found = (None if complete else _list_cut(answer, asked) or _questions_cut(answer, asked)) or _cut_mid_sentence(
        answer, asked, p.truncated_min_words, derived or complete, p.truncated_cjk_no_stop
    )
    return f"{found}: {_excerpt(answer[-80:])!r}" if found else None
