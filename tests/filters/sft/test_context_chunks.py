"""``context_turns`` on real ShareGPT chunks that continue a conversation
(``tests/data/sft/cases/sharegpt_context_cases.jsonl.gz``, provenance in ``tests/data/README.md``):
opening exchanges that point back at missing turns go, self-contained ones stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.filters.sft import checks, fixes
from corpusmill.filters.sft.params import SftChecksParams
from tests.helpers import chat_cases, user_turns

P = SftChecksParams()


@pytest.fixture
def docs(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_context_cases.jsonl.gz")


def first_user_turn(doc) -> str:
    return user_turns(doc)[0]


@pytest.mark.parametrize(
    ("record", "dropped"),
    [
        ("xH9ko6c_19", "Redo the above where the code is using tailwind"),  # 13 words, "the above"
        ("2JGvW9D_75", "Print the meaning of every symbol our equations used"),  # "our" equations, 2nd turn
    ],
)
def test_an_opening_that_points_back_is_dropped(docs, record, dropped):
    doc = docs[record]
    assert any(text.startswith(dropped) for text in user_turns(doc))
    assert fixes.context_turns(doc, P)
    assert all(m["role"] == "user" for m in doc.metadata["messages"][:1])  # empty when no opening stands alone
    assert not any(text.startswith(dropped) for text in user_turns(doc))


@pytest.mark.parametrize(
    ("record", "kept"),
    [
        ("AWZfh6K_15", "What's the difference between approvelogin and prelogin"),  # asks anew
        ("MJSl6B1_341", "Traceback (most recent call last):"),  # "the above exception" is the traceback's own
    ],
)
def test_a_self_contained_opening_stays(docs, record, kept):
    doc = docs[record]
    assert fixes.context_turns(doc, P)  # only the leading answer of the chunk goes
    assert first_user_turn(doc).startswith(kept) and doc.metadata["messages"][0]["role"] == "user"


def test_a_chunk_made_only_of_follow_ups_is_left_empty_and_rejected(docs):
    doc = docs["sEApyJP_11"]  # "continue the above code from lines: …" and its answer
    assert fixes.context_turns(doc, P)
    assert doc.metadata["messages"] == []
    assert checks.empty_turn(doc, P)
