"""Repairs of the ``sft`` stage (filters/sft/fixes.py), on records quoted from the shared data."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from corpusmill.filters.sft.fixes import (
    control_chars,
    dangling_turns,
    empty_system,
    html_entities,
    placeholder_input,
    whitespace,
)
from corpusmill.filters.sft.formats import read_documents
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import prompt
from tests.helpers import alpaca, chat, quoted

P = SftChecksParams()


@pytest.fixture(scope="module")
def alpaca_records(test_data: Path) -> list[dict]:
    with gzip.open(test_data / "sft/alpaca/alpaca_data.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def test_control_characters_are_stripped(alpaca_records):
    # alpaca_data.json record 29819 ends its output with "  \x03 \x01 \x01 \x07 ... \x7f"
    record = quoted(alpaca_records, "Generate a closing paragraph for the following argument.")
    doc = alpaca(record["instruction"], record["input"], record["output"])
    assert control_chars(doc, P)
    answer = doc.metadata["messages"][-1]["content"]
    assert answer.startswith("We have come a long way in terms of addressing inequalities")
    assert not any((ord(c) < 32 and c not in "\n\t") or c == "\x7f" for c in answer)
    assert not control_chars(alpaca(record["instruction"], "", "Plain text.\nSecond line."), P)


def test_crlf_and_zero_width_space():
    doc = chat(("user", "Hi\r\nthere\u200b"), ("assistant", "Hello!"))
    assert control_chars(doc, P)
    assert prompt(doc) == "Hi\nthere"


def test_html_entities_are_unescaped_outside_code():
    # carbonz0 zh-data-part-00.json record 1005: input "&lt;无输入&gt;"
    doc = alpaca("求 156 的平方根。", "&lt;无输入&gt;", "156 的平方根是 12.48664。")
    assert html_entities(doc, P)
    assert doc.metadata["alpaca_input"] == "<无输入>" and prompt(doc).endswith("<无输入>")
    code = alpaca("Escape this for HTML.", "", "```html\n&lt;b&gt;\n```")
    assert not html_entities(code, P)


def test_placeholder_inputs_are_removed(alpaca_records):
    # alpaca_data.json record 2831: input "No input"
    record = quoted(alpaca_records, "If you were to receive one extra hour of free time in the day, what would you do?")
    assert record["input"] == "No input"
    doc = alpaca(record["instruction"], record["input"], record["output"])
    assert placeholder_input(doc, P)
    assert prompt(doc) == "If you were to receive one extra hour of free time in the day, what would you do?"
    assert doc.metadata["alpaca_input"] == ""
    # carbonz0 zh-data-part-01.json record 485: input "“&lt;无输入&gt;”" (after html_entities)
    zh = alpaca(
        "为处理来自客户的一些反馈的电子邮件生成主题行", "“&lt;无输入&gt;”", "来自我们尊贵客户的反馈 - 让我们做得更好！"
    )
    html_entities(zh, P)
    assert placeholder_input(zh, P) and prompt(zh) == "为处理来自客户的一些反馈的电子邮件生成主题行"
    # a real input is left alone: alpaca_data.json record 5
    kept = alpaca("Identify the odd one out.", "Twitter, Instagram, Telegram", "Telegram")
    assert not placeholder_input(kept, P) and kept.metadata["alpaca_input"] == "Twitter, Instagram, Telegram"


def test_dangling_turns_are_dropped(test_data: Path):
    # sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz record 26 (J410gdS_3) opens with a gpt turn
    _, _, docs = read_documents(
        test_data / "sft/chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz", source="s", file_index=0
    )
    doc = next(d for d in docs if d.id == "J410gdS_3")
    assert [m["role"] for m in doc.metadata["messages"]] == ["assistant", "user", "assistant"]
    assert dangling_turns(doc, P)
    assert [m["role"] for m in doc.metadata["messages"]] == ["user", "assistant"]
    assert doc.metadata["messages"][0]["content"].startswith("Let's call these holding companies \"The Citadel Em")
    assert not dangling_turns(doc, P)
    unanswered = chat(("system", "Be brief."), ("user", "Hi"), ("assistant", "Hello!"), ("user", "Bye"))
    assert dangling_turns(unanswered, P)
    assert [m["role"] for m in unanswered.metadata["messages"]] == ["system", "user", "assistant"]


def test_whitespace_and_empty_system():
    doc = chat(("system", "  "), ("user", " Hi \n"), ("assistant", "Hello!"))
    assert whitespace(doc, P) and empty_system(doc, P)
    assert doc.metadata["messages"] == [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]
    assert not whitespace(doc, P) and not empty_system(doc, P)
