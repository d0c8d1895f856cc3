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


def test_after_finished_sentences_a_missing_stop_is_a_cut_unless_numbers_or_names_were_damaged(rows):
    france = rows["描述近十年来法国和德国的外交关系。"]
    cut = france["output"][: france["output"].index("欧盟开展合作") + 6]  # "…。两国还在欧盟开展合作"
    assert truncation.end_ratio(cut) >= truncation.CJK_LOW_END  # 合作 ends sentences: only the 。 is missing
    assert (judge(france, cut) or "").startswith("last sentence without 。")
    # "…北约和 G 等各种国际组织中进行了合作" (G20) and "他于20年11月17日宣誓就任总统" (2020): translation
    # damaged a name or a number and dropped the 。; there the last character decides, and it ends sentences
    for row in (france, rows["研究秘鲁现任总统。"]):
        assert truncation.DAMAGE.search(row["output"][row["output"].rindex("。") :])
        assert truncation.end_ratio(row["output"]) >= truncation.CJK_LOW_END
        assert judge(row) is None


def test_short_clauses_after_a_finished_sentence_are_prose_not_a_word_list(rows):
    france = rows["描述近十年来法国和德国的外交关系。"]
    cut = france["output"][: france["output"].index("此外，两国") + 5]  # "…发挥领导作用。此外，两国"
    assert (judge(france, cut) or "").startswith("last sentence without 。")


def test_a_single_clause_without_its_stop_is_cut_unless_it_holds_latin_names(rows):
    summary = rows["把这篇文章总结成一句话。"]
    cut = summary["output"][: summary["output"].index("基因编辑") + 4]  # "…它使用患者自己的细胞来进行基因编辑"
    assert truncation.end_ratio(cut) >= truncation.CJK_LOW_END
    assert judge(summary, cut) == "ends without 。: " + repr(cut[-80:])
    samsung = rows["在网络上搜索与产品相关的评论。"]  # "…我发现了一些与 Samsung Galaxy S 相关的评论"
    assert not samsung["output"].endswith("。")
    assert judge(samsung) is None


def test_a_trailing_comma_is_a_cut_in_prose_with_a_dash(rows):
    row = rows["创建一个原始的隐喻"]  # "生活就像过山车——充满了意想不到的曲折，但最终还是有回报的。"
    assert judge(row) is None
    cut = row["output"][: row["output"].index("曲折，") + 3]
    assert (judge(row, cut) or "").startswith("ends with '，'")
    assert judge(row, cut.replace("，", "")) is None  # a term and its gloss: "过山车——充满了意想不到的曲折"


def test_a_when_clause_without_its_main_clause_is_truncated(rows):
    row = rows["为成语“吃惊”写一句话。"]  # "当我听到这个意外情况的消息时，我吃了一惊。"
    assert judge(row) is None
    cut = row["output"][: row["output"].index("消息") + 2]  # a whole clause, but 当 waits for its main one
    assert (judge(row, cut) or "").startswith("condition without its main clause: '当我'")


def test_a_short_slogan_cut_inside_its_quote_is_truncated(rows):
    row = rows["为销售环保可重复使用袋的产品建议标语。"]  # "“用我们环保的可重复使用的袋子走向绿色！”"
    assert judge(row) is None
    cut = row["output"][: row["output"].index("袋子")]
    assert len(cut) < 20
    assert (judge(row, cut) or "").startswith("unclosed '“'")


@pytest.fixture(scope="module")
def belle(test_data: Path) -> list[dict]:
    """Native Chinese records (BELLE's eval set and seed tasks) as Alpaca rows."""
    found = []
    for line in (test_data / "sft/cases/belle_truncation_cases.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "question" in row:
            found.append({"instruction": row["question"], "input": "", "output": row["std_answer"]})
        else:
            found += [{"instruction": row["instruction"], **instance} for instance in row["instances"]]
    return found


def test_native_complete_answers_without_a_final_stop_are_kept(belle):
    # a summary ending in 是…的, an inline list numbered after ；, four-character synonyms, "-" items
    assert len(belle) == 4
    for row in belle:
        assert not row["output"].endswith("。")
        assert judge(row) is None, row["output"][-40:]


POEM = (  # carbonz0 zh-data-part-00 record 1676, "写一首关于夜空之美的诗。"
    "夜空是美丽的挂毯，\n闪烁的星星和谐地闪耀着。\n从一夜到另一夜，星星都在它们的位置上，\n用优雅照亮黑暗。\n\n"
    "无尽的空间供所有人探索，\n尚未揭开的谜团和秘密。\n一幅永不过时的彩绘杰作，\n夜空俘获人心，纯净而难以言表。"
)


def test_verse_is_judged_by_a_trailing_comma_not_by_its_missing_stop():
    row = {"instruction": "写一首关于夜空之美的诗。", "input": ""}
    assert judge(row, POEM) is None
    assert judge(row, POEM.removesuffix("。")) is None  # a poem's last line needs no 。
    cut = POEM[: POEM.index("人心，") + 3]  # "…\n一幅永不过时的彩绘杰作，\n夜空俘获人心，": not a letter's signature
    assert (judge(row, cut) or "").startswith("ends with '，'")


def test_shi_de_closes_an_assertion_but_shi_yi_ge_de_waits_for_its_noun():
    # carbonz0 zh-data-part-00 record 9807 ("创造太阳的拟人化。"), cut before its noun
    row = {"instruction": "创造太阳的拟人化。", "input": ""}
    assert (judge(row, "太阳是一个温暖而充满活力的") or "").startswith("ends on '的'")


def test_a_translated_query_is_not_prose():
    # carbonz0 zh-data-part-01 record 9295: the query's WHERE line ends on a quote, not on a full stop
    output = "选择 *\n从航班\nWHERE origin = '伦敦' AND destination = '罗马'\n按价格升序排列"
    assert judge({"instruction": "编写查询以查找从伦敦到罗马的最便宜航班。", "input": "伦敦到罗马"}, output) is None


def test_an_answer_to_a_task_asking_for_sentences_is_judged_from_six_characters(rows):
    row = rows["把这篇文章总结成一句话。"]  # a summary is written in sentences
    cut = row["output"][: row["output"].index("基因疗法") + 4]  # "一种新的基因疗法": a phrase, but not the answer
    assert (judge(row, cut) or "").startswith("ends without 。")
    assert judge({"instruction": "说出一种新疗法的名字。", "input": ""}, cut) is None  # there a name is the answer
    # carbonz0 zh-data-part-00 record 5773: a classification, five characters
    assert judge({"instruction": "分析下列句子，将其归类为陈述句或疑问句。", "input": ""}, "声明性陈述") is None
