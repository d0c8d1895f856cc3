"""Round 6 of issue 22: the positive test for a continuation chunk's short opening, on real ShareGPT
chunks (``tests/data/sft/cases/sharegpt_opening_cases.jsonl.gz``, provenance in
``tests/data/README.md``). An opening of up to ``SELF_WORDS`` words without material stays only if
it asks in the form of a request and points at nothing before it; the openings the word lists
could not see go, and self-contained ones (a language-scoped query, a story direction) stay."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from corpusmill.filters.sft import fixes
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks
from tests.helpers import chat_cases, user_turns

P = SftChecksParams()


@pytest.fixture(scope="module")
def raw(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_opening_cases.jsonl.gz")


@pytest.mark.parametrize(
    ("record", "opening"),
    [
        ("tgKByb7_9", "terjemahkan kalimat diatas"),  # "translate the sentence above", no English word
        ("KRjBYkX_59", "examples ?"),  # a fragment with a question mark
        ("TYHN2rK_9", "When you say shader code"),  # asks about what a missing answer said
    ],
)
def test_an_opening_without_a_self_contained_request_goes(raw, record, opening):
    doc = copy.deepcopy(raw[record])
    assert doc.metadata["messages"][0]["role"] == "assistant"  # the chunk continues a conversation
    turn = next(text for text in user_turns(doc) if text.startswith(opening))
    assert not fixes.self_contained(turn)
    fixes.context_turns(doc, P)
    assert not any(text.startswith(opening) for text in user_turns(doc))


def test_a_chunk_with_no_self_contained_opening_is_an_empty_turn_reject(raw):
    verdict = SftChecks(P)._check_one(copy.deepcopy(raw["tgKByb7_9"]))
    assert verdict is not None and verdict.reason == "sft:empty_turn"


@pytest.mark.parametrize(
    ("record", "opening"),
    [
        ("wNBG8Gp_51", "Java print elements of arraylist"),  # a query scoped by its language
        ("LuMzUEg_39", "stack data structure program in python"),
        ("lDVDe5H_279", "Wukong takes out his aggression"),  # a story direction: "Let's write that scene."
    ],
)
def test_a_self_contained_opening_stays(raw, record, opening):
    doc = copy.deepcopy(raw[record])
    assert fixes.self_contained(user_turns(doc)[0])
    assert fixes.context_turns(doc, P)  # only the chunk's leading answer goes
    assert doc.metadata["messages"][0]["role"] == "user" and user_turns(doc)[0].startswith(opening)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Write me a 30-second elevator pitch that I can use to an investor", True),  # "that" after a noun
        ("My EB2 Priority Date Dec 2015. When will I get my Green Card", True),  # a later sentence asks
        ("detailed api backend structure include admin", False),  # no request form
        ("I meant hashmap to search hotel names for faster access", False),  # corrects a missing turn
        ("do that again", False),
    ],
)
def test_request_form_and_back_reference(text, alone):
    assert fixes.self_contained(text) is alone


def test_a_long_or_material_opening_is_not_judged_by_the_positive_test():
    pasted = "detailed backend notes:\nline one\nline two\nline three"
    assert not fixes._needs_context(pasted, continuation=True)  # material: what it is about is given
    assert not fixes._needs_context("examples ?", continuation=False)  # only continuation chunks
