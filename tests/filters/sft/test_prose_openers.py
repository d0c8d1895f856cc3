"""Prose that opens like code (issue 22, kept ShareGPT defects).

``CODE_LINE`` matched its keywords in any case, so a line of prose opening "For example, …", "If
you …", "While …" or "Let me know …" read as code, and ``truncated`` left alone an answer whose last
line opened so ("For example, … Facility Management, Legal, Research and Development,") and judged
another's style without its "For our medical startup, … the following:" line. Keywords now count in
code's case (SQL's verbs in either case, or capitalised before an upper-case word or ``*``), and a
colon introducing a list counts as punctuation when ``truncated`` reads how an answer's lines end.
The cases are shaped like the real records they name (readings in ``benchmarks/labels/sft.jsonl``).
"""

from __future__ import annotations

import pytest

from corpusmill.filters.sft import fixes
from corpusmill.filters.sft.batch import CODE_LINE
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.truncation import truncated
from tests.helpers import chat

P = SftChecksParams()

PARAGRAPH = (
    "There isn't a good order for those main folders, it could be arranged depending on the company's "
    "specific needs, but usually is ordered by how often they are used or how critical they are."
)


@pytest.mark.parametrize(
    "line",
    [
        "For example, HR, Finance & Accounting, and Operations are typically core functions.",
        "If you have any other questions, let me know.",
        "While the processes share some common steps, the methods vary.",
        "Let me know if you have any other questions.",
        "Select the option that best describes you.",
        "Update your settings before you start.",
    ],
)
def test_prose_opening_with_a_keyword_is_not_code(line):
    assert CODE_LINE.search(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "for i in range(3):",
        "if x > 2:",
        "let total = 0",
        "return value",
        "SELECT * FROM users",
        "UPDATE t SET a = 1",
        "select name from users",
        "Select Name, Age FROM people",
        "print(x)",
    ],
)
def test_code_keywords_in_code_case_are_code(line):
    assert CODE_LINE.search(line) is not None


def test_an_answer_whose_last_line_opens_with_for_and_ends_on_a_comma_is_cut():
    # 1aXQ9Vy_0: the list of main folders stops on a comma
    cut = (
        f"{PARAGRAPH}\n\nFor example, HR, Finance & Accounting, and Operations are typically considered core "
        "functions of a business and might be grouped together. Facility Management, Legal, Research and Development,"
    )
    doc = chat(("user", "List them again, is there any good order for those main folders?"), ("assistant", cut))
    assert truncated(doc, P) == (
        "ends with ',': 'might be grouped together. Facility Management, Legal, Research and Development,'"
    )
    whole = cut.removesuffix(",") + " and Compliance might be grouped together."
    assert truncated(chat(("user", "Is there a good order?"), ("assistant", whole)), P) is None


def test_a_list_introduced_by_a_colon_keeps_the_answer_style_closed():
    # 5mXmlH0_49: the SWOT answer stops "…and potential opportunities for" after its lists
    items = "\n".join(f"* Item {n} of the analysis" for n in range(1, 5))
    swot = (
        "A SWOT analysis is a tool that can be used to identify the key strengths and weaknesses of a company. "
        "This tool can provide valuable insights.\n\n"
        "For our medical startup, a potential SWOT analysis could include the following:\n\n"
        f"Strengths:\n\n{items}\n\nWeaknesses:\n\n{items}\n\n"
        "This SWOT analysis can provide a high-level overview of the key factors, and can help us identify "
        "areas for improvement and potential opportunities for"
    )
    doc = chat(
        ("user", "can you write me a SWOT analysis"),
        ("assistant", swot),
        ("user", "can you write me a PEST analysis"),
        ("assistant", "A PEST analysis looks at political, economic, social and technological factors."),
    )
    assert fixes.cut_turns(doc, P) is True
    assert len(doc.metadata["messages"]) == 2  # the cut exchange alone is left, for truncated to reject
    assert truncated(doc, P).startswith("ends on 'for'")
