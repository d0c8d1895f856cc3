"""Round 7 of issue 22: ShareGPT chunks that continue a conversation although they open on a user
turn, on real chunks (``tests/data/sft/cases/sharegpt_split_cases.jsonl.gz``, provenance in
``tests/data/README.md``). FastChat names a later chunk of a split conversation
``<conversation>_<first turn>``; such a chunk, or any chat whose opening was dropped for needing
earlier turns, loses further openings that point back ("show me how such check would look like",
"Why you did not mention it?"), while pasted material and FastChat's whole ``identity_N``
conversations stay. Also ``truncated`` on CSV rows cut mid-row behind a closed fence."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from corpusmill.filters.sft import fixes
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks
from corpusmill.filters.sft.truncation import truncated
from tests.helpers import chat, chat_cases, user_turns

P = SftChecksParams()


@pytest.fixture(scope="module")
def raw(test_data: Path) -> dict[str, object]:
    return chat_cases(test_data / "sft/cases/sharegpt_split_cases.jsonl.gz")


@pytest.mark.parametrize(
    ("record", "dropped", "kept"),
    [
        ("kgekZ1A_12", "show me how such check", "explain to me mapping(address => bool)"),
        ("Mv0LPI8_36", "could combine the best of the three above", "which applications could be used"),
        ("Mv0LPI8_46", "How does this compare", "supposing i run RealestateMall"),  # "it" later names the brand
    ],
)
def test_a_later_chunk_loses_an_opening_that_points_back(raw, record, dropped, kept):
    doc = copy.deepcopy(raw[record])
    assert doc.metadata["messages"][0]["role"] == "user"  # no answer first: only the id says it continues
    assert user_turns(doc)[0].startswith(dropped)
    assert fixes.context_turns(doc, P)
    assert user_turns(doc)[0].startswith(kept)


def test_an_opening_dropped_shows_the_chat_began_before_it(raw):
    doc = copy.deepcopy(raw["i0nDinx_0"])  # a "_0" chunk: its id says nothing
    assert not fixes._later_chunk(doc)
    assert user_turns(doc)[:2] == [
        "What about alienation, which list contains it?",
        "Why you did not mention it? Which other important themes you did not mention ?",
    ]
    assert fixes.context_turns(doc, P)
    assert user_turns(doc)[0] == "List most important literary devices"


def test_a_later_chunk_reporting_on_what_it_did_is_an_empty_turn_reject(raw):
    doc = copy.deepcopy(raw["TYHN2rK_62"])  # "This is giving the error "…"" and the shader code's fix
    verdict = SftChecks(P)._check_one(doc)
    assert verdict is not None and verdict.reason == "sft:empty_turn"


def test_pasted_material_in_a_later_chunk_is_not_judged(raw):
    doc = copy.deepcopy(raw["J410gdS_34"])  # web search results, then the query
    assert fixes._later_chunk(doc)
    assert not fixes.context_turns(doc, P)


def test_whole_conversations_with_a_numbered_id_stay(test_data: Path):
    dummy = chat_cases(test_data / "sft/chat/fastchat_dummy_conversation.json")
    numbered = [doc for doc in dummy.values() if fixes._later_chunk(doc)]
    assert len(numbered) > 100  # identity_1 … : whole conversations, not chunks
    assert not any(fixes.context_turns(copy.deepcopy(doc), P) for doc in numbered)


def test_csv_rows_cut_mid_row_behind_a_closed_fence(raw):
    doc = copy.deepcopy(raw["5PrPANu_21"])
    assert doc.metadata["messages"][-1]["content"].endswith("115,100000,10.0,30,\n```")
    found = truncated(doc, P)
    assert found is not None and "115,100000,10.0,30," in found


def test_code_lines_with_commas_are_not_data_rows():
    calls = "\n".join(f"plot(x{i}, y{i}, color)" for i in range(6))
    doc = chat(("user", "Plot the series."), ("assistant", f"Here:\n```python\n{calls}\nshow(fig)\n```"))
    assert truncated(doc, P) is None


def test_leading_exchanges_whose_answer_owns_an_earlier_mistake_go(raw):
    doc = copy.deepcopy(raw["w31Bk3K_15"])  # "the end result was: …" → "I apologize for the confusion. It looks like …"
    assert fixes.APOLOGY.match(doc.metadata["messages"][2]["content"])
    assert fixes.context_turns(doc, P)
    assert user_turns(doc)[0].startswith("using notepad++ to Transform with regular expressions")


def test_a_chunk_made_of_apologies_for_missing_answers_is_an_empty_turn_reject(raw):
    verdict = SftChecks(P)._check_one(copy.deepcopy(raw["1FQUTKz_29"]))  # tracebacks, "I apologize for the mistake"
    assert verdict is not None and verdict.reason == "sft:empty_turn"


@pytest.mark.parametrize(
    ("answer", "owns"),
    [
        ("You're correct, my apologies for the oversight. Here's the updated code", True),
        ("My apologies for the general advice earlier. Here is a specific evaluation", True),
        ("My apologies for the issues. There are a couple of adjustments needed", False),  # TYHN2rK_34: pasted code
        ("I apologize, but I cannot analyze the transcript", False),  # declines
        ("I apologize for the inconvenience. Your refund is on its way.", False),  # a support answer
    ],
)
def test_what_counts_as_owning_an_earlier_mistake(answer, owns):
    assert bool(fixes.APOLOGY.match(answer)) is owns


def test_an_apology_for_the_issues_of_pasted_code_keeps_its_exchange(raw):
    doc = copy.deepcopy(raw["TYHN2rK_34"])
    fixes.context_turns(doc, P)
    assert user_turns(doc)[0].startswith("//\n// BlackHole.swift")


def test_a_chunk_whose_first_answers_name_earlier_work_is_an_empty_turn_reject(raw):
    doc = copy.deepcopy(raw["tyzMFVY_11"])  # "for each of the above can you provide code", "code for 3 and 4"
    assert fixes.EARLIER_WORK.search(doc.metadata["messages"][-1]["content"])  # "the modified code"
    verdict = SftChecks(P)._check_one(doc)
    assert verdict is not None and verdict.reason == "sft:empty_turn"


def test_a_rewrite_of_a_pasted_paragraph_stays(raw):
    doc = copy.deepcopy(raw["FJUkYzN_0"])  # "Make this more attractive" and the paragraph: "Here is a revised version:"
    assert not fixes.context_turns(doc, P)


def test_a_name_s_initials_do_not_end_the_sentence_cut_at_its_comma(raw):
    doc = copy.deepcopy(raw["kT248eo_0"])  # an essay outline whose sources stop at 'by J. W. Veale,'
    assert doc.metadata["messages"][-1]["content"].endswith("by J. W. Veale,")
    found = truncated(doc, P)
    assert found is not None and found.startswith("ends with ','")


def test_an_opening_that_recalls_what_the_model_did_goes(raw):
    doc = copy.deepcopy(raw["ErOTMZ3_21"])  # "Seriously i do not undersand the symbol you used , …"
    verdict = SftChecks(P)._check_one(doc)
    assert verdict is not None and verdict.reason == "sft:empty_turn"


@pytest.mark.parametrize(
    ("text", "recalls"),
    [
        ("Could you give me a detailed example of a financial plan? You already gave me one", True),
        ("please finish the code where you left off", True),
        ("Are you created by OpenAI?", False),  # FastChat's dummy set: a question about the model
        ("Write a story where you used to be a pirate", False),
        ("Here is the code you wrote:\n```\nx = 1\n```", False),  # gives its material
    ],
)
def test_what_counts_as_recalling_an_answer(text, recalls):
    assert fixes._recalls_answer(text) is recalls


def test_an_answer_stopping_at_an_empty_bullet_is_cut(raw):
    doc = copy.deepcopy(raw["2JGvW9D_29"])  # the RCK model's symbols: "…respectively\n*"
    assert doc.metadata["messages"][-1]["content"].rstrip().endswith("\n*")
    found = truncated(doc, P)
    assert found is not None and found.startswith("list stops at an empty item")
