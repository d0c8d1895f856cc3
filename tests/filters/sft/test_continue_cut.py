"""``truncated`` on an earlier ShareGPT answer that the user asked to continue: cut mid-sentence
or mid-code it is rejected, complete it is not (``tests/data/sft/cases/sharegpt_continue_cases.jsonl.gz``,
real records, provenance in ``tests/data/README.md``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.filters.sft import checks
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import make_document
from tests.helpers import chat_cases

P = SftChecksParams()


@pytest.fixture(scope="module")
def docs(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_continue_cases.jsonl.gz")


@pytest.mark.parametrize(
    ("record", "found"),
    [
        ("RdpVWQm_0", "turn 2 stops mid-sentence: 'Burnout is a complex and multifac'"),  # cut mid-word
        ("E9wqXIC_0", "turn 2 stops mid-sentence: '20. Above all'"),  # a list item cut
        ("1piqjf1_0", "turn 2 code stops mid-statement: 'for (col in 0 until width) {'"),  # fence closed by the export
    ],
)
def test_an_answer_cut_before_continue_is_truncated(docs, record, found):
    assert checks.truncated(docs[record], P) == f"{found}, and the user asked to continue"


@pytest.mark.parametrize("record", ["13VyV6c_0", "M0OZa0V_0"])
def test_continue_after_a_complete_answer_is_kept(docs, record):
    assert checks.truncated(docs[record], P) is None  # "THE END." / a finished post, then "continue"


def chat(answer: str, then: str) -> object:
    turns = [("user", "Write a long essay on tides."), ("assistant", answer), ("user", then)]
    turns.append(("assistant", "The moon pulls the oceans toward it."))
    messages = [{"role": role, "content": text} for role, text in turns]
    return make_document(doc_id="t", source="s", order=0, messages=messages)


def test_only_a_continue_request_makes_an_earlier_prose_answer_judged():
    cut = "Tides rise twice a day because"
    assert checks.truncated(chat(cut, "继续"), P)
    assert checks.truncated(chat(cut, "Please go on"), P)
    assert checks.truncated(chat(cut, "Now write about waves."), P) is None  # no sign the user saw a cut
    assert checks.truncated(chat(cut, "continue " + "with more detail " * 5), P) is None  # a long new request
    assert checks.truncated(chat("| a | b |\n| 1 | 2 |", "continue"), P) is None  # a table row


def test_earlier_code_cut_mid_statement_needs_no_continue_request():
    found = checks.truncated(chat("Here:\n```py\nx = f(1,\n```", "Now write about waves."), P)
    assert found == "turn 2 code stops mid-statement: 'x = f(1,'"
    assert checks.truncated(chat("Here:\n```py\nx = f(1, 2)\n```", "Now write about waves."), P) is None
