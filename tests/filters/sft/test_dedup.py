"""Exact and near-duplicate removal for instruction data (filters/sft/dedup.py, the sft_dedup stage)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpusmill.filters.base import Reject
from corpusmill.filters.sft.dedup import NearDuplicateIndex, prompt_parts
from corpusmill.filters.sft.formats import normalise, read_documents
from corpusmill.filters.sft.record import make_document
from corpusmill.filters.sft.stage import SftDedup, SftDedupParams


def alpaca(doc_id: str, instruction: str, input: str, output: str):
    messages, given, _ = normalise(
        {"instruction": instruction, "input": input, "output": output}, "alpaca", frozenset()
    )
    return make_document(doc_id=doc_id, source="test", order=0, messages=messages, alpaca_input=given)


def run(stage: SftDedup, docs) -> tuple[list[str], list[tuple[str, Reject]]]:
    found: list[tuple[str, Reject]] = []

    class Sink:
        def open(self, stage_id, rank):
            return self

        def write(self, doc, stage_name, reject):
            found.append((doc.id, reject))

        def close(self):
            pass

    stage.rejects = Sink()
    return [d.id for d in stage.run(iter(docs))], found


def test_exact_duplicates_keep_the_first(test_data: Path):
    # the same machine translation appears in carbonz0 zh-data-part-01.json and hikariming's file
    carbonz0 = alpaca("a", "给出三个保持健康的秘诀。", "", "1.均衡饮食，多吃水果和蔬菜。")
    copy = alpaca("b", "给出三个保持健康的秘诀。", "", "1.均衡饮食，多吃水果和蔬菜。 ")
    other = alpaca("c", "给出三个保持健康的秘诀。", "", "多喝水。")
    kept, rejects = run(SftDedup(SftDedupParams(near=False)), [carbonz0, copy, other])
    assert kept == ["a", "c"]
    assert rejects == [("b", Reject("sft:exact_duplicate", "same conversation", "a", 1.0))]


def test_near_duplicate_prompts_in_fastchat_identity_data(test_data: Path):
    # fastchat_dummy_conversation.json: 500 conversations built from 54 distinct questions
    _, _, docs = read_documents(test_data / "sft/chat/fastchat_dummy_conversation.json", source="s", file_index=0)
    docs = list(docs)
    kept, rejects = run(SftDedup(), docs)
    assert len(kept) + len(rejects) == 500
    assert 30 < len(kept) < 200
    by_id = {d.id: d for d in docs}
    for _, reject in rejects:
        assert reject.reason in ("sft:exact_duplicate", "sft:near_duplicate")
        assert reject.duplicate_of in kept and reject.similarity >= 0.8

    def asked(doc_id: str) -> list[str]:
        return prompt_parts(by_id[doc_id].metadata["messages"], None)[0].lower().split()

    # e.g. identity_10 and identity_7 ask the same questions ("Are you ...?", "Have a nice day!"); a
    # conversation counts only when its whole text is alike too, so the similarity is that of both
    same = [(doc_id, r) for doc_id, r in rejects if asked(doc_id) == asked(r.duplicate_of)]
    assert same


def test_same_input_different_task_is_not_a_duplicate(test_data: Path):
    # alpaca_data.json has several tasks on one abstract ("Abstract: Fine-tuning continuous prompts ...")
    abstract = (
        "Abstract: Fine-tuning continuous prompts for target tasks has recently emerged as a compact alternative to "
        "full model fine-tuning. Motivated by these promising results, we investigate the feasibility of extracting "
        "a discrete (textual) interpretation of continuous prompts that is faithful to the problem they solve."
    )
    docs = [
        alpaca("1", "Classify the abstract under a label.", abstract, "Natural language processing."),
        alpaca("2", "State the main arguments that the abstract makes", abstract, "Prompts can be wayward."),
        alpaca("3", "Classify the sentiment of the sentence.", "I loved the movie, it was great fun.", "Positive"),
        alpaca(
            "4", "Classify the sentiment of the sentence.", "The service was slow and the food was cold.", "Negative"
        ),
        alpaca("5", "Classify the abstract under a label!", abstract, "NLP."),
    ]
    kept, rejects = run(SftDedup(), docs)
    assert kept == ["1", "2", "3", "4"]
    assert [(doc_id, r.reason, r.duplicate_of) for doc_id, r in rejects] == [("5", "sft:near_duplicate", "1")]


def test_cjk_prompts_use_character_shingles():
    index = NearDuplicateIndex(num_perm=128, bands=32, ngram=3, threshold=0.8)
    answer = "我不得不做出的一个艰难决定是换工作。"
    parts = [
        (
            "描述一次你不得不做出艰难决定的经历。",
            "",
            "描述一次你不得不做出艰难决定的经历。\n" + answer,
        ),  # carbonz0 00 #4
        ("描述一次你不得不做出艰难决定的经历", "", "描述一次你不得不做出艰难决定的经历\n" + answer),
        ("描述原子的结构。", "", "描述原子的结构。\n原子由原子核和电子组成。"),  # record 2
    ]
    signatures = index.signatures_of(parts)
    keys = index.band_keys(signatures)
    assert index.add_or_match("a", signatures[0], keys[0]) is None
    assert index.add_or_match("b", signatures[1], keys[1])[0] == "a"
    assert index.add_or_match("c", signatures[2], keys[2]) is None


def test_one_task_only():
    with pytest.raises(ValueError, match="needs one task"):
        list(SftDedup().run(iter([]), rank=0, world_size=2))


def test_bands_must_divide_permutations():
    with pytest.raises(ValueError, match="multiple of bands"):
        SftDedupParams(num_perm=100, bands=32)
    assert json.loads(SftDedupParams().model_dump_json())["bands"] == 32


@pytest.mark.parametrize(
    ("instruction", "copy", "input", "output", "other_input"),
    [
        (  # alpaca_data.json record 2: one inserted word defeats word 3-grams of a short instruction
            "Describe the structure of an atom.",
            "Describe briefly the structure of an atom.",
            "",
            "An atom is made up of a nucleus, which contains protons and neutrons, surrounded by electrons.",
            None,
        ),
        (
            "Categorize the following as either an input or output device.",
            "Categorize the following as please either an input or output device.",
            "Mouse",
            "Input device",
            "Speaker",
        ),
        (  # carbonz0 zh-data-part-00.json record 2
            "描述原子的结构。",
            "请描述原子的结构。",
            "",
            "原子由原子核组成，原子核包含质子和中子，周围环绕着电子。",
            None,
        ),
        (
            "说出一种人工神经网络。",
            "说出一种人工神经网请络。",
            "",
            "一种类型的人工神经网络是卷积神经网络 (CNN)。",
            None,
        ),
        ("将以下单词分类为名词或动词。", "请将以下单词分类为名词或动词。", "跑步", "动词", "苹果"),
    ],
)
def test_copy_with_an_inserted_word_and_the_same_answer(instruction, copy, input, output, other_input):
    """The whole record (prompt and answer) as character shingles finds a copy whose instruction
    gained a word; the same instruction over another input (another task) stays."""
    docs = [alpaca("1", instruction, input, output), alpaca("2", copy, input, output)]
    if other_input is not None:
        docs.append(alpaca("3", instruction, other_input, "Output device" if input == "Mouse" else "名词"))
    kept, rejects = run(SftDedup(), docs)
    assert [(doc_id, r.reason, r.duplicate_of) for doc_id, r in rejects] == [("2", "sft:near_duplicate", "1")]
    assert kept == ["1"] + (["3"] if other_input is not None else [])


def test_different_short_tasks_with_different_answers_stay():
    docs = [
        alpaca("1", "What is 5 + 7?", "", "12"),
        alpaca("2", "What is 5 + 8?", "", "13"),
        alpaca("3", "45 除以 9", "", "5"),
        alpaca("4", "45 除以 5", "", "9"),
    ]
    kept, rejects = run(SftDedup(), docs)
    assert kept == ["1", "2", "3", "4"] and rejects == []
