"""The SFT checks on the real records that issue 22 (class 11) found them wrong about, and on the
real defects they must still catch. The records are in ``tests/data/sft/cases`` (cut from the shared
data by upstream index or id, see ``tests/data/README.md``); tests find them by their text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpusmill.filters.sft import checks
from corpusmill.filters.sft.formats import read_documents
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks, SftDedup
from tests.helpers import quoted

P = SftChecksParams()
CASES = "sft/cases"


@pytest.fixture(scope="module")
def alpaca(test_data: Path) -> dict[str, object]:
    """Alpaca case documents by the start of their instruction."""
    _, _, docs = read_documents(test_data / CASES / "alpaca_cases.json", source="a", file_index=0, fmt="alpaca")
    return {d.metadata["messages"][-2]["content"]: d for d in docs}


def doc(docs: dict[str, object], instruction: str):
    return next(d for text, d in docs.items() if text.startswith(instruction))


@pytest.fixture(scope="module")
def carbonz0(test_data: Path) -> dict[str, object]:
    _, _, docs = read_documents(test_data / CASES / "carbonz0_cases.json", source="z", file_index=0, fmt="alpaca")
    return {d.metadata["messages"][-2]["content"]: d for d in docs}


def sharegpt(test_data: Path) -> dict[str, object]:
    _, _, docs = read_documents(test_data / CASES / "sharegpt_cases.jsonl.gz", source="s", file_index=0)
    return {d.id: d for d in docs}


COMPLETE = [
    "Convert this sentence into its past tense.",  # "She walked to the store"
    "Write a function that swaps the values of two variables.",  # def swap(a, b): return b, a
    'Given a sentence, edit it to include the word "because"',  # "I chose to go because", from the input
    "Sort the words in the sentence in alphabetical order.",  # "chess I like play to"
    "How would you address an email to a professor?",  # "Dear Professor [last name],"
    "List five simple verbs.",  # "Run, read, eat, write, sleep"
    "Extract the main verb from the following sentence",  # "Verb: eat, Tense: present continuous"
    "Classify the following input software",  # "Image viewer and editor software"
    "Generate a one-line haiku about nature.",
    "Compose a haiku that reflects on nature.",  # "... Nature's endless might"
    "Generate a list of 10 ideas for activities",  # ten items, the last without a full stop
    "Make a list of five ways to be kind to others",  # "... a task they are struggling with"
]
CUT = {
    "Calculate 14 + 6.": "ends on 'to'",  # "The sum of 14 and 6 is equal to"
    "Calculate the numerical value of the following equation": "ends on 'is'",
    "Predict the trend for the following data.": "ends on 'be'",  # "... sales in 2015 will be"
    "Create a two-player game involving": "ends on 'to'",  # "... numbered from 1 to"
}


@pytest.mark.parametrize("instruction", COMPLETE)
def test_complete_short_answers_are_not_truncated(alpaca, instruction):
    assert checks.truncated(doc(alpaca, instruction), P) is None


@pytest.mark.parametrize(("instruction", "found"), CUT.items())
def test_real_cuts_are_truncated(alpaca, instruction, found):
    assert (checks.truncated(doc(alpaca, instruction), P) or "").startswith(found)


def test_chinese_cuts_and_rewrites(carbonz0):
    assert checks.truncated(doc(carbonz0, "创建一个结合策略和运气的双人游戏。"), P).startswith("ends on '到'")
    assert checks.truncated(doc(carbonz0, "计算以下等式的数值"), P).startswith("ends on '是'")
    assert checks.truncated(doc(carbonz0, "颠倒句子中单词的顺序"), P) is None  # made from its input


def test_sharegpt_answers_cut_mid_sentence_and_mid_list(test_data: Path):
    records = sharegpt(test_data)
    assert checks.truncated(records["AP3ywBQ_0"], P).startswith("ends on 'is'")  # "So the variance is"
    assert checks.truncated(records["Key03Rh_0"], P).startswith("list stops after its first item")


@pytest.mark.parametrize(
    "instruction",
    [
        'Reword the sentence: "I\'m not able to figure it out"',  # → "I can't make sense of it."
        "Rearrange this sentence to make it sound more natural",  # → "I can't do this, it's impossible."
        "Explain why you can't take a break right now.",  # role-play: the user's voice
    ],
)
def test_a_rewritten_or_acted_refusal_is_not_the_model_declining(alpaca, instruction):
    assert checks.refusal(doc(alpaca, instruction), P) is None


@pytest.mark.parametrize(
    "instruction",
    [
        "Cite a website in APA format.",
        "Create a web crawler to scrape data from the website.",
        "Write the HTML code to create a button that links to a certain page.",
    ],
)
def test_a_url_that_is_the_task_s_data_is_not_an_unseen_reference(alpaca, instruction):
    assert checks.unseen_reference(doc(alpaca, instruction), P) is None


def test_a_url_to_read_is_still_an_unseen_reference(alpaca):
    assert checks.unseen_reference(doc(alpaca, "Summarize the following article"), P).startswith("input is only")


def run_stages(docs: list) -> dict[str, str]:
    """Reason of each rejected record by id after ``sft`` then ``sft_dedup``."""
    reasons: dict[str, str] = {}
    for stage in (SftChecks(), SftDedup()):
        alive = [d for d in docs if d.id not in reasons]
        for d, verdict in zip(alive, stage.process_batch(alive), strict=True):
            if verdict is not None:
                reasons[d.id] = verdict.reason
    return reasons


def test_sorting_up_and_down_different_numbers_are_not_near_duplicates(alpaca):
    up = doc(alpaca, "Sort the following list of numbers in ascending order: 8, 15, 4, 10")
    down = doc(alpaca, "Sort the following list of numbers in descending order: 2, 8, 5, 16")
    assert run_stages([up, down]) == {}


def test_continuation_chunks_are_repaired_not_folded_together(test_data: Path):
    records = sharegpt(test_data)
    chunks = [records[k] for k in ("Ot1oxuK_7", "khKiYli_9", "IZI9QDH_1", "J4JgaBk_7", "J4JgaBk_11")]
    reasons = run_stages(chunks)
    assert "sft:near_duplicate" not in reasons.values()  # each opened with "continue" after an answer
    for chunk in chunks:
        if chunk.id not in reasons:  # what is kept starts with a request, not with "continue"
            first = next(m for m in chunk.metadata["messages"] if m["role"] != "system")
            assert first["role"] == "user" and not first["content"].lower().startswith("continue")


def test_conversations_are_repaired_instead_of_dropped(test_data: Path):
    records = sharegpt(test_data)
    two_users, greeting = records["wOII1sT_0"], records["Is7srQ5_0"]  # user, user; "Hello! How have you been?"
    reasons = run_stages([two_users, greeting])
    assert reasons.get(two_users.id) != "sft:role_order" and "sft:merge_turns" in two_users.metadata["fixes"]
    assert reasons.get(greeting.id) != "sft:ai_boilerplate" and "sft:greeting_turns" in greeting.metadata["fixes"]
    assert not greeting.metadata["messages"][0]["content"].startswith("Hello")


def test_latin_names_and_addresses_answer_chinese_requests(carbonz0):
    names = doc(carbonz0, "您能为软件开发公司建议一个独特的名称吗？")  # QuadraSoft Technologies、EchoCoder ...
    address = doc(carbonz0, "提供纽约一家餐馆的名称和地址。")  # Rao's, 455 East 114th Street, New York
    assert run_stages([names, address]) == {}


def test_cases_are_the_quoted_upstream_records(test_data: Path):
    rows = json.loads((test_data / CASES / "alpaca_cases.json").read_text())
    assert quoted(rows, "Calculate 14 + 6.")["output"] == "The sum of 14 and 6 is equal to"
