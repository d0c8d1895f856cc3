"""``translated_code`` on real records: carbonz0's Chinese Alpaca translated the code of its
answers along with the prose (``tests/data/sft/cases/zh_code_cases.json``, provenance in
``tests/data/README.md``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpusmill.filters.sft.formats import from_alpaca
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import make_document
from corpusmill.filters.sft.stage import SftChecks
from corpusmill.filters.sft.translated_code import translated_code

P = SftChecksParams()


@pytest.fixture(scope="module")
def rows(test_data: Path) -> dict[str, dict]:
    cases = json.loads((test_data / "sft/cases/zh_code_cases.json").read_text(encoding="utf-8"))
    return {r["instruction"]: r for r in cases}


def document(row: dict, instruction: str | None = None):
    messages, given = from_alpaca({**row, "instruction": instruction or row["instruction"]})
    return make_document(doc_id="x", source="t", order=0, messages=messages, alpaca_input=given)


@pytest.mark.parametrize(
    ("instruction", "line"),
    [
        ("编写一个函数将给定的字符串转换为大写。", "返回 str.upper()"),  # return str.upper()
        ("编写一个 Python 函数，它接受两个整数并返回它们的最小公倍数。", "如果 a &gt; b:"),  # if a > b:
        ("如何提高以下代码的可读性？", "对于（让 i = 0；i &lt; list.length；i++）{"),  # for (let i = 0; …) {
    ],
)
def test_code_with_translated_keywords_is_rejected(rows, instruction, line):
    assert translated_code(document(rows[instruction]), P) == f"code keywords translated: {line!r}"


def test_real_code_with_a_chinese_docstring_is_kept(rows):
    row = rows["写一个Python函数，它接受两个整数并返回它们的最小公倍数。"]
    assert "返回:" in row["output"]  # the docstring's Returns: section
    assert translated_code(document(row), P) is None


def test_pseudo_code_asked_for_is_not_judged(rows):
    row = rows["编写一个函数将给定的字符串转换为大写。"]
    assert translated_code(document(row, "用伪代码写一个函数将给定的字符串转换为大写。"), P) is None


def test_prose_with_a_keyword_is_not_code():
    prose = {"instruction": "解释条件语句。", "input": "", "output": "如果下雨：带伞。返回家里以后，把伞晾干。"}
    assert translated_code(document(prose), P) is None


def test_the_stage_names_the_reason_and_it_can_be_disabled(rows):
    doc = document(rows["编写一个函数将给定的字符串转换为大写。"])
    assert SftChecks(P).process_batch([doc])[0].reason == "sft:translated_code"
    assert SftChecks(SftChecksParams(disable=["translated_code"])).process_batch([doc])[0] is None


def test_code_translated_through_and_through_is_rejected():
    # carbonz0 part 01: only `if __name__ == '__main__':` is left untranslated
    row = {
        "instruction": "从以下代码编译 Python 程序。",
        "input": "打印（“你好世界”）",
        "output": "#编译程序\n定义主要（）：\n 打印（“你好世界”）\n\n如果 __name__ == '__main__':\n  主要的（）",
    }
    assert translated_code(document(row), P) == "code keywords translated: '定义主要（）：'"
