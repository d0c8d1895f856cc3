"""``truncated`` on ShareGPT code answers cut mid-statement whose fence the export closed after
the cut (``tests/data/sft/cases/sharegpt_code_cases.jsonl.gz``, real records, provenance in
``tests/data/README.md``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.filters.sft import checks, truncation
from corpusmill.filters.sft.params import SftChecksParams
from tests.helpers import chat_cases

P = SftChecksParams()


@pytest.fixture(scope="module")
def docs(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_code_cases.jsonl.gz")


@pytest.mark.parametrize(
    ("record", "last_line"),
    [
        ("Z1dBJta_27", "if (buttonStateA == LOW &&"),  # an operator, the if's brace still open
        ("LWleRYL_0", "y=portfolio_values,"),  # a comma inside an open call
        ("6UdXk0I_0", "onChange={(e) =>"),  # an open brace on the last line
    ],
)
def test_code_stopped_mid_statement_is_truncated(docs, record, last_line):
    doc = next(d for key, d in docs.items() if key.startswith(record))
    assert checks.truncated(doc, P) == f"code stops mid-statement: {last_line!r}"


def test_a_closed_code_block_is_not_cut_but_a_code_answer_the_user_asked_to_continue_is(docs):
    doc = next(d for key, d in docs.items() if key.startswith("GSVsCCg_1"))
    # its first code answer ends on a closed block: no cut by the last-line rule alone
    assert truncation._code_cut(doc.metadata["messages"][0]["content"]) is None
    # its second stops on an open "{" and the user says "go on": the next answer repeats that line
    found = "turn 3 code stops mid-statement: \"'continue_with_dob_astrozodiac': {\", and the user asked to continue"
    assert truncation._earlier_cut(doc) == found
    # and its last code answer stops inside an object whose braces are still open
    assert checks.truncated(doc, P) == 'code stops mid-statement: "description: \'User clicks on"'


def test_an_elided_fragment_and_a_divider_are_not_cuts():
    assert truncation._code_cut("Here:\n```js\nif (a) {\n  run();\n  // ...\n```") is None  # no dangling end
    assert truncation._code_cut("```\nx = [1, 2\n=====\n```") is None  # a rule line, not an operator
    assert truncation._code_cut("```py\nx = f(1,\n```") == "x = f(1,"
