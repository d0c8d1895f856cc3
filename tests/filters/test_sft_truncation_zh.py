"""Chinese ``truncated``: an answer that stops on a character that rarely ends a sentence was cut;
a complete answer that only lost its 。 to machine translation ends on one that often does.

The records are real (``tests/data/sft/cases/zh_truncation_cases.json``, carbonz0's Chinese
Alpaca, see ``tests/data/README.md``); the cuts below are made by the tests, the way
``benchmarks/sft.py`` plants them: inside a word of a real complete answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpusmill.filters.sft import checks, truncation
from corpusmill.filters.sft.formats import from_alpaca
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import make_document

P = SftChecksParams()
CASES = "sft/cases/zh_truncation_cases.json"


@pytest.fixture(scope="module")
def rows(test_data: Path) -> dict[str, dict]:
    """The case records by instruction."""
    return {r["instruction"]: r for r in json.loads((test_data / CASES).read_text(encoding="utf-8"))}


def judge(row: dict, output: str | None = None) -> str | None:
    messages, given = from_alpaca({**row, "output": row["output"] if output is None else output})
    return checks.truncated(make_document(doc_id="x", source="t", order=0, messages=messages, alpaca_input=given), P)


@pytest.mark.parametrize(
    "instruction",
    [
        "创建数据可视化以比较 2020 年和 2019 年的死亡率。",  # "…总体趋势是 20 年死亡率上升"
        "研究秘鲁现任总统。",  # "…他于20年11月17日宣誓就任总统"
        "描述近十年来法国和德国的外交关系。",  # "…各种国际组织中进行了合作"
        "生成计算机科学史上 10 位最具影响力人物的名单。",  # a list of names, "10.比尔·盖茨"
    ],
)
def test_complete_answers_without_a_final_stop_are_kept(rows, instruction):
    row = rows[instruction]
    assert not row["output"].endswith("。")
    assert judge(row) is None


@pytest.mark.parametrize(
    ("instruction", "through"),
    [
        ("描述近十年来法国和德国的外交关系。", "德国经常"),  # an adverb that needs its verb
        ("创建数据可视化以比较 2020 年和 2019 年的死亡率。", "可视化了两"),  # inside 两年
        ("创建数据可视化以比较 2020 年和 2019 年的死亡率。", "较年轻的年龄组死亡率略有"),  # after finished sentences
    ],
)
def test_answers_cut_mid_clause_are_truncated(rows, instruction, through):
    output = rows[instruction]["output"]
    cut = output[: output.index(through) + len(through)]
    assert "rarely ends a sentence" in (judge(rows[instruction], cut) or "")


def test_a_summary_made_from_its_input_is_judged_by_its_last_character(rows):
    # a summary reuses its input's characters (so its end is not judged like a rewrite's), but
    # 自 of 自己 ends no sentence of it
    row = rows["把这篇文章总结成一句话。"]
    cut = row["output"][: row["output"].index("患者自") + 3]
    assert "rarely ends a sentence" in (judge(row, cut) or "")
    assert judge(row) is None


def test_a_condition_without_its_main_clause_is_truncated(rows):
    row = rows["描述近十年来法国和德国的外交关系。"]
    assert (judge(row, row["output"] + "。如果两国继续深化合作") or "").startswith(
        "condition without its main clause: '如果'"
    )


def test_end_ratio_separates_word_halves_from_sentence_ends():
    assert truncation.end_ratio("它使用患者自") < truncation.CJK_RARE_END  # 自 of 自己
    assert truncation.end_ratio("死亡率上升") >= truncation.CJK_LOW_END
    assert truncation.end_ratio("在") < truncation.end_ratio("了")
    assert truncation.end_ratio("abc") == 1.0  # not a Han character: not judged
    assert truncation.end_ratio("𪚥") == 1.0  # a character the table has not seen: no evidence


def test_the_table_is_counts_with_its_provenance():
    lines = truncation.END_TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# built by benchmarks/cjk_sentence_ends.py")
    table, base = truncation._end_table()
    assert 0 < base < 1 and len(table) > 1000
    assert all(0 <= ends <= seen for ends, seen in table.values())


def test_a_question_set_stopping_before_the_count_asked_for_is_truncated(rows):
    row = rows["生成一组关于给定主题的 5 个问题和答案。"]  # Q1, A1, Q2, A2 and no more
    assert (judge(row) or "").startswith("questions stop at 2 of 5")
    questions = "\n".join(f"Q{i}：问题？\nA{i}：回答。" for i in range(1, 6))
    assert judge(row, questions) is None


def test_a_grade_is_not_a_count_of_questions():
    assert truncation._questions_cut("Question 1: What is a noun?", "Create a 6th-grade vocabulary quiz") is None
    assert truncation._questions_cut("Question 1: What is a noun?", "Create a quiz with 6 questions") == (
        "questions stop at 1 of 6"
    )


def test_after_finished_sentences_the_bar_is_higher_unless_the_sentence_holds_a_number(rows):
    france = rows["描述近十年来法国和德国的外交关系。"]["output"]
    cut = france[: france.index("中进行了") + 4]  # "…各种国际组织中进行了": 了 ends sentences, but not 2x as often
    assert truncation.CJK_LOW_END <= truncation.end_ratio(cut) < truncation.CJK_FOLLOWED_END
    assert (judge(rows["描述近十年来法国和德国的外交关系。"], cut) or "").startswith("last sentence without 。")
    peru = rows["研究秘鲁现任总统。"]  # "…他于20年11月17日宣誓就任总统": a number, the 1.5 bar
    assert truncation.end_ratio(peru["output"]) >= truncation.CJK_LOW_END
    assert judge(peru) is None
