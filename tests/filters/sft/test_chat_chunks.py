"""``cut_turns`` and the wider ``context_turns`` on real ShareGPT chats
(``tests/data/sft/cases/sharegpt_chunk_cases.jsonl.gz``, provenance in ``tests/data/README.md``):
a chat ends before an earlier answer cut mid-sentence, and a chunk that continues a conversation
loses the opening turns that only make sense after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.filters.sft import fixes
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks
from corpusmill.filters.sft.truncation import _earlier_cut, truncated
from tests.helpers import chat_cases, user_turns

P = SftChecksParams()


@pytest.fixture
def docs(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_chunk_cases.jsonl.gz")


def test_an_earlier_answer_cut_mid_sentence_ends_the_chat_before_it(docs):
    doc = docs["Q09bvN6_16"]  # the third answer stops on "…in a sentence, which"; the user asks on
    messages = doc.metadata["messages"]
    assert messages[5]["content"].rstrip().endswith("which") and len(messages) == 16
    doc.metadata["messages"] = messages = messages[:14]  # without the last exchange, cut too (below)
    assert truncated(doc, P) is None  # the check alone reads only the last answer
    assert fixes.cut_turns(doc, P)
    kept = doc.metadata["messages"]
    assert kept == messages[:4] and kept[-1]["role"] == "assistant"
    assert truncated(doc, P) is None


def test_a_chat_whose_last_answer_is_cut_too_is_left_whole_for_truncated(docs):
    doc = docs["Q09bvN6_16"]  # its last answer ends "…the meaning of a text.\n\nIt's"
    assert doc.metadata["messages"][-1]["content"].endswith("text.\n\nIt's")
    assert "It's" in (truncated(doc, P) or "")
    assert not fixes.cut_turns(doc, P)


def test_a_cut_first_answer_leaves_its_exchange_for_truncated_to_reject(docs):
    doc = docs["S2g4q9F_14"]  # "…check the Visa Bulletin regularly … It's also a", then a new question
    verdict = SftChecks(P)._check_one(doc)
    assert verdict is not None and verdict.reason == "sft:truncated"
    assert "sft:cut_turns" in doc.metadata["fixes"]
    assert doc.metadata["messages"][-1]["content"].rstrip().endswith("It's also a")


def test_a_cut_the_user_asked_to_continue_is_left_whole_for_truncated(docs):
    doc = docs["QffyecP_0"]  # "…saves it to" and then "continue": that turn is the evidence of the cut
    before = list(doc.metadata["messages"])
    assert not fixes.cut_turns(doc, P)
    assert doc.metadata["messages"] == before
    assert truncated(doc, P)  # its last answer is cut too ("…it retrieves" after its code)
    assert "asked to continue" in _earlier_cut(doc)


def test_a_complete_chat_keeps_every_turn(docs):
    doc = docs["HOVz2Ic_0"]  # twelve turns on linear regression, each answer finished
    assert not fixes.cut_turns(doc, P)
    assert len(doc.metadata["messages"]) == 12


@pytest.mark.parametrize(
    ("record", "opening"),
    [
        ("TYHN2rK_63", "So this is producing a black hole"),  # 118 words opening on "So this"
        ("fTRQK97_17", "Slide three"),  # a fragment, not a question
        ("ErOTMZ3_59", "contionue"),  # a misspelt "continue" is a fragment too
        ("tyzMFVY_21", "for point number 5 auditing"),  # an item of an answer that is not there
        ("9lOYcwI_9", "who were the speacific rabbis"),  # "…quoted in the talmud on this topic"
    ],
)
def test_a_continuation_chunk_made_of_follow_ups_is_emptied_and_rejected(docs, record, opening):
    doc = docs[record]
    assert any(text.startswith(opening) for text in user_turns(doc))
    verdict = SftChecks(P)._check_one(doc)
    assert doc.metadata["messages"] == []
    assert verdict is not None and verdict.reason == "sft:empty_turn"


def test_a_chat_opening_on_a_misspelt_continue_loses_that_exchange(docs):
    doc = docs["Lf9Yg5c_0"]  # shared from its middle: "contiune" and the outline's part VI, cut
    assert user_turns(doc) == ["contiune"]
    verdict = SftChecks(P)._check_one(doc)
    assert doc.metadata["messages"] == []
    assert verdict is not None and verdict.reason == "sft:empty_turn"


@pytest.mark.parametrize(
    ("record", "opening"),
    [
        ("lDVDe5H_269", "MK talks to Mei and Tang - they begin"),  # "they" names Mei and Tang; "above his head"
        ("XVq0Pv9_33", 'rewrite this with less cliches "The Cola Island'),  # the quote is the material
        ("r9uooDi_23", "What law abolished slavery"),  # a short question asks anew
        ("VLFywXv_15", "Please explain with the python code"),  # "the python code" is new code, not earlier code
    ],
)
def test_a_self_contained_opening_of_a_chunk_stays(docs, record, opening):
    doc = docs[record]
    assert fixes.context_turns(doc, P)  # the chunk's leading answer (and earlier follow-ups) go
    assert doc.metadata["messages"][0]["role"] == "user"
    assert user_turns(doc)[0].startswith(opening)
