"""Batch checks of the ``sft`` stage (filters/sft/batch.py), the token counter and language ID."""

from __future__ import annotations

from pathlib import Path

from corpusmill.filters.sft.batch import language_mismatch, too_long
from corpusmill.filters.sft.formats import normalise, read_documents
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import make_document
from corpusmill.text.tokenizer import count_default as count_tokens

P = SftChecksParams()


def alpaca(instruction: str, output: str, input: str = ""):
    messages, given, _ = normalise(
        {"instruction": instruction, "input": input, "output": output}, "alpaca", frozenset()
    )
    return make_document(doc_id="t", source="test", order=0, messages=messages, alpaca_input=given)


def test_too_long_fills_token_count(test_data: Path):
    # openai_cookbook_toy_chat_fine_tuning.jsonl record 4: "Eat a banana!" x 2000 (a deliberate defect)
    _, _, docs = read_documents(
        test_data / "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl", source="s", file_index=0
    )
    docs = list(docs)
    verdicts = too_long(docs, P, count_tokens)
    assert [v is None for v in verdicts] == [True, True, True, True, False]
    assert verdicts[4] == f"{docs[4].metadata['token_count']} tokens > 4096"
    assert docs[4].metadata["token_count"] > 8000
    assert docs[0].metadata["token_count"] == sum(count_tokens([m["content"] for m in docs[0].metadata["messages"]]))
    assert too_long(docs, P.model_copy(update={"max_tokens": 20_000}), count_tokens) == [None] * 5


def test_counter_can_be_swapped():
    docs = [alpaca("Name a primary color.", "Red.")]
    too_long(docs, P, lambda texts: [len(t) for t in texts])
    assert docs[0].metadata["token_count"] == len("Name a primary color.") + len("Red.")


def test_language_mismatch_on_half_translated_data():
    docs = [
        # hikariming_alpaca_data-18280-21320-zh-unfinished.json record 1460: a Chinese question, an English answer
        alpaca("确定《蝇王》这本书的主题。", "The main themes in Lord of the Flies include the loss of innocence, the "
               "dangers of totalitarianism, and the human capacity for evil."),
        # llamafactory_alpaca_zh_demo.json record 517: the prompt quotes the English phrase to use
        alpaca("写一个包含“do away with”短语的句子。", "Many people believe that we should do away with the practice "
               "of single-use plastics to help protect the environment."),
        # alpaca_data.json record 22455: fastText says "ceb" for the list; same script as English, not judged
        alpaca("Sort these animals by their habitat.", "Owl (land), Leopard (land), Whale (water)",
               "owl, leopard, whale"),
        # carbonz0 zh-data-part-00.json record 0
        alpaca("给出三个保持健康的秘诀。",
               "1.均衡饮食，多吃水果和蔬菜。\n2. 定期锻炼，保持身体活跃和强壮。\n3.充足的睡眠，保持规律的作息时间。"),
        # a translation request is never a mismatch
        alpaca("把这句话翻译成英文：我喜欢读书，尤其是历史书。", "I like reading, especially history books."),
    ]  # fmt: skip
    verdicts = language_mismatch(docs, P)
    assert verdicts[0].startswith("instruction zh (") and ", answer en (" in verdicts[0]
    assert verdicts[1:] == [None] * 4
    # the record's language is the instruction's when clear (the animal list alone reads as "ceb")
    assert [d.metadata["language"] for d in docs] == ["zh", "zh", "en", "zh", "zh"]


def test_language_of_code_answers_comes_from_the_instruction():
    # carbonz0 zh-data-part-00.json: "在 SQL 中构造一个查询以查找在营销部门工作的员工。"
    doc = alpaca(
        "在 SQL 中构造一个查询以查找在营销部门工作的员工。", "SELECT * FROM Employees WHERE Department = ‘Marketing’;"
    )
    assert language_mismatch([doc], P) == [None]
    assert doc.metadata["language"] == "zh"
