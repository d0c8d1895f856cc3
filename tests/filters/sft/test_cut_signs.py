"""Round 5 of issue 22 on real ShareGPT records (``tests/data/sft/cases/sharegpt_cut_cases.jsonl.gz``,
provenance in ``tests/data/README.md``): last answers cut where the ``truncated`` check saw no sign
(code blocks whose braces are still open, a Python header without its colon, prose after a code
block, lists stopping at a number or a first word, an item of a list of sentences, an inline code
span or a sentence opener left at the end), a quote count made odd by an inch mark, and chunk
openings that report on or name what an earlier turn gave."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from corpusmill.filters.sft import fixes, truncation
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks
from tests.helpers import chat_cases

P = SftChecksParams()


@pytest.fixture(scope="module")
def raw(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_cut_cases.jsonl.gz")


def _answer(doc, turn: int) -> str:
    return doc.metadata["messages"][turn]["content"]


def _verdict(doc):
    """The stage's verdict on ``doc``, which its repairs edit in place (pass a copy to keep the record)."""
    return SftChecks(P)._check_one(doc)


def _cut_verdict(doc):
    """The verdict with ``context_turns`` off: some of these chunks open without a self-contained
    request ("linux lab excercise with real values commands for students to try") and are
    ``empty_turn`` rejects by default; the cut answer must still be found by ``truncated``."""
    return SftChecks(SftChecksParams(disable=["context_turns"]))._check_one(doc)


@pytest.mark.parametrize(
    ("record", "turn", "last_line"),
    [
        ("GSVsCCg_8", 3, "eventtype: EVENT_TYPES.USER"),  # inside two open braces, the line looks whole
        ("TYHN2rK_68", 1, "scnView.autoenablesDefaultLighting = true"),  # struct and func left open
        ("yYhQ9Pc_27", 4, "elif h"),  # a Python header without its colon
    ],
)
def test_a_closed_code_block_left_open_is_cut(raw, record, turn, last_line):
    assert truncation._code_cut(_answer(raw[record], turn)) == last_line


def test_an_elided_or_short_open_block_is_not_cut():
    assert truncation._code_cut("```swift\nstruct A {\n  let x = 1\n  // ...\n```") is None
    assert truncation._code_cut("```js\nconst a = {\n  b: 1,\n```") == "b: 1,"  # dangling comma, as before
    assert truncation._code_cut("```\nfor x in y\n```") is None  # no colon-ended line: not Python


def test_prose_after_the_last_code_block_is_judged(raw):
    doc = raw["yYhQ9Pc_35"]
    assert "```" in _answer(doc, 8)
    verdict = _cut_verdict(copy.deepcopy(doc))  # by default every exchange goes: each answer apologises
    assert verdict is not None and verdict.reason == "sft:truncated"
    assert "splitting the" in verdict.detail


@pytest.mark.parametrize(
    ("record", "found"),
    [
        ("zGF0EmX_13", "list stops at the number of item"),  # "24. Type …" then "25"
        ("zGF0EmX_25", "list stops at the first word of an item: '33. Change'"),
        ("xAKv18c_0", "list stops at the first word of an item: '* Next'"),  # labelled steps, then "Next"
        ("rHiKYOS_13", "last list item stops mid-sentence"),  # "…menu icon in the top"
        ("GSVsCCg_11", "unclosed '`'"),  # "…to access the object for the `'click"
        ("cp6hfVh_11", "last sentence stops after 'A'"),
    ],
)
def test_last_answers_cut_without_a_dangling_word(raw, record, found):
    verdict = _cut_verdict(copy.deepcopy(raw[record]))
    assert verdict is not None and verdict.reason == "sft:truncated"
    assert found in verdict.detail


def test_one_word_items_in_a_list_of_them_are_whole():
    lines = ["1. Start", "2. Declare two variables and assign them.", "3. Add them together.", "4. Print it.", "5. End"]
    assert truncation._list_stub(lines) is None
    assert truncation._list_stub([*lines[1:4], "5. Print"]) is not None


def test_an_odd_quote_count_whose_last_quote_closes_is_not_a_cut(raw):
    doc = raw["l8MPPUC_10"]  # 'old 2" 16 Track machine' makes the count odd; the email is whole
    assert truncation._unclosed_bracket(_answer(doc, 1)) is None
    assert _verdict(copy.deepcopy(doc)) is None
    assert truncation._unclosed_bracket('The longest novel ever written is "The Blah of the Thing') == "unclosed '\"'"


@pytest.mark.parametrize(
    ("record", "turns"),
    [
        ("PxUPkNV_17", (3,)),  # "extract the second part of the string" of a string it lacks
        ("ErOTMZ3_29", (1, 3)),  # "if its a table …", then "the 256 interpretations you gave already"
    ],
)
def test_chunk_openings_that_point_back_are_dropped(raw, record, turns):
    doc = raw[record]
    for turn in turns:
        assert fixes._needs_context(_answer(doc, turn), continuation=True)
    verdict = _verdict(copy.deepcopy(doc))  # every opening points back: nothing self-contained is left
    assert verdict is not None and verdict.reason == "sft:empty_turn"


def test_a_turn_reporting_on_what_an_earlier_turn_gave_points_back(raw):
    first = _answer(raw["TYHN2rK_97"], 1)  # "This is giving the errors: "…""
    assert fixes.MATERIAL.search(first)  # it quotes the errors, not the code they come from
    assert fixes._needs_context(first, continuation=True)
    own = "This is my code: ```import foo``` and when I run it I get an error about a missing module, why?"
    assert not fixes._needs_context(own, continuation=True)  # it gives what it is about


def test_a_string_opened_on_a_code_blocks_last_line_is_cut(raw):
    assert truncation._code_cut(_answer(raw["MJSl6B1_265"], 8)) == 'text: "'
    assert truncation._code_cut('```\nprint("a")\nx = "done"\n```') is None  # strings closed
    assert (
        truncation._code_cut('```text\n"A long quote that runs\nonto a second line."\n```') is None
    )  # a quote closing


def test_a_paragraph_after_bullets_without_stops_is_judged_by_the_paragraphs(raw):
    doc = raw["5mXmlH0_49"]
    swot = _answer(doc, 10)  # bullets without full stops, paragraphs with them, then "…opportunities for"
    assert truncation._cut_mid_sentence(swot, "can you write me a SWOT analysis", P.truncated_min_words, False)
    trimmed = copy.deepcopy(doc)
    assert _verdict(trimmed) is None  # kept, ending before the SWOT exchange
    assert "sft:cut_turns" in trimmed.metadata["fixes"]
    assert trimmed.metadata["messages"][-1]["content"] == _answer(doc, 8)


def test_a_last_line_announcing_what_follows_is_cut():
    answer = (
        "The model is below.\n\n$$Y = A K^a$$\n\nUsing the same logic, we can write the green energy consumption as:"
    )
    assert truncation._cut_mid_sentence(answer, "print the production function", 4, False) == "ends with ':'"
    form = "Please fill in:\nName:\nThe address you would like us to use:"
    assert truncation._cut_mid_sentence(form, "write a form", 4, False) is None  # a form's fields


@pytest.mark.parametrize(
    ("record", "turn"),
    [
        ("MJSl6B1_53", 1),  # "You missed a few methods": a short turn answering the one before
        ("yYhQ9Pc_49", 1),  # "I got this error, revise the code please" above a traceback, no code
        ("MJSl6B1_113", 5),  # "refactor the code into multiple modules or classes, …"
        ("f9H4ikB_21", 1),  # "This is part 9 of my multiple messages"
    ],
)
def test_continuation_openings_that_answer_or_edit_missing_turns(raw, record, turn):
    text = _answer(raw[record], turn)
    assert fixes._needs_context(text, continuation=True)
    assert not fixes._needs_context(text, continuation=False) or fixes.CONTEXT_LESS.match(text)


def test_an_edit_request_that_gives_its_code_is_self_contained():
    own = "Please refactor the code below into classes and explain each one:\n```python\ndef f(x):\n    return x\n```"
    assert not fixes._needs_context(own, continuation=True)


@pytest.mark.parametrize(
    ("record", "found"),
    [
        ("tcTjsGD_0", "last line stops mid-sentence"),  # "…and save the predictions to a CSV"
        ("efcAzKB_111", "unclosed '`'"),  # "…to the corresponding functions in the `"
    ],
)
def test_long_answers_cut_on_a_capital_or_an_opening_backtick(raw, record, found):
    verdict = _cut_verdict(copy.deepcopy(raw[record]))
    assert verdict is not None and verdict.reason == "sft:truncated"
    assert verdict.detail.startswith(found)


def test_a_closing_backtick_and_a_short_capitalised_line_are_whole():
    assert truncation._unclosed_bracket("Run it with `python main.py`") is None
    assert (
        truncation._cut_mid_sentence("Here is the plan.\nIt works well.\nBest regards, John Smith", "", 4, False)
        is None
    )


def test_a_long_request_to_go_on_points_back_in_a_continuation_chunk():
    text = (
        "Continue writing the STAR stories in bullet points. It is missing the following principles:\n1. A\n2. B\n3. C"
    )
    assert fixes.MATERIAL.search(text)  # what is left to write, not the work itself
    assert fixes._needs_context(text, continuation=True)
    assert not fixes._needs_context(text, continuation=False)


def test_an_answer_the_next_answer_finishes_in_lowercase_was_cut(raw):
    verdict = _verdict(copy.deepcopy(raw["S5bjSp8_0"]))  # "…with overall company" | "objectives\n- KPI …"
    assert verdict is not None and verdict.reason == "sft:truncated"
    assert "the next answer goes on from it" in verdict.detail
    assert not truncation._goes_on("import os\nprint(os.getcwd())")  # code opens in lowercase too
