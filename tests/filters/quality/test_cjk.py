"""Character rules for Chinese: real prose passes, each kind of junk fails its rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpusmill.filters.quality import QualityParams, explain
from corpusmill.filters.quality.cjk import cjk_share, prose_lines, word_units
from corpusmill.filters.quality.zh_tables import SIMPLIFIED, TRADITIONAL

TO_TRADITIONAL = str.maketrans(SIMPLIFIED, TRADITIONAL)
LIST_OR_CODE = re.compile(r"(?m)^\s*(\d+[.、)]|[-*•#|]|```)")


@pytest.fixture(scope="module")
def zh_docs(test_data: Path) -> list[str]:
    """Real Chinese news sentences (Leipzig corpora via lingua), ten per document."""
    lines = (test_data / "langid/zh.txt").read_text(encoding="utf-8").splitlines()
    return ["\n".join(lines[i : i + 10]) for i in range(0, len(lines) - 9, 10)]


def failures(text: str, language: str | None = "zh", params: QualityParams | None = None) -> dict[str, float]:
    return {r.rule: r.value for r in explain(params or QualityParams(), text, language) if not r.passed}


def test_real_chinese_prose_passes(zh_docs: list[str], test_data: Path) -> None:
    assert len(zh_docs) >= 70
    assert all(not failures(doc) for doc in zh_docs)
    answers = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))
    prose = [
        a["output"]
        for a in answers
        if len(a["output"]) > 300 and cjk_share(a["output"]) > 0.5 and not LIST_OR_CODE.search(a["output"])
    ]
    assert len(prose) >= 50  # 55 long prose answers in the excerpt (tests/data/README.md)
    assert [text for text in prose if failures(text)] == []


def test_traditional_text_is_consistent_but_mixed_text_is_not(zh_docs: list[str]) -> None:
    traditional = zh_docs[0].translate(TO_TRADITIONAL)
    assert traditional != zh_docs[0] and not failures(traditional)
    lines = zh_docs[0].split("\n")
    mixed = "\n".join(line.translate(TO_TRADITIONAL) if i % 2 else line for i, line in enumerate(lines))
    assert set(failures(mixed)) == {"cjk_script_mixing"}
    assert failures(mixed)["cjk_script_mixing"] > 0.3
    # Japanese mixes both kinds of forms by design: not checked
    assert "cjk_script_mixing" not in failures(mixed, "ja")


def test_navigation_page_fails(zh_docs: list[str]) -> None:
    furniture = ["首页 > 新闻中心", "上一篇：公司简介", "下一篇：联系我们", "分享到：微信 微博", "扫一扫关注公众号"]
    page = "\n".join(zh_docs[1].split("\n")[:4] + furniture)
    assert "cjk_nav_lines" in failures(page)
    # the same words inside punctuated sentences are prose
    prose = zh_docs[1] + "\n很多网站在首页放置广告，用户点击广告后需要登录或注册。"
    assert "cjk_nav_lines" not in failures(prose)


@pytest.mark.parametrize(
    ("junk", "rule"),
    [
        ("好消息！点击下载！" * 60, "cjk_top_2_gram"),
        ("短文本。", "cjk_short_doc"),
        ("This page is mostly English text with a few 中文 characters in it. " * 8, "cjk_share"),
        ("\n".join(["记住QQ215138693"] * 10 + ["这是正常的句子内容。"]) * 3, "cjk_dup_line_frac"),
    ],
)
def test_junk_fails_its_rule(junk: str, rule: str) -> None:
    assert rule in failures(junk)


def test_sentence_length_bounds(zh_docs: list[str]) -> None:
    no_punctuation = re.sub(r"[。！？!?；;…，\n]", "", "".join(zh_docs[2:5]))
    assert "cjk_sentence_long" in failures(no_punctuation)
    fragments = "。".join(["好"] * 300)
    assert "cjk_sentence_short" in failures(fragments)


def test_fallback_routing_without_language(zh_docs: list[str]) -> None:
    rules = [r.rule for r in explain(QualityParams(), zh_docs[0], None)]
    assert "cjk_share" in rules and "cjk_script_mixing" in rules
    japanese = "これは日本語の文章です。漢字とかなが混ざっています。" * 10
    rules = [r.rule for r in explain(QualityParams(), japanese, None)]
    assert "cjk_share" in rules and "cjk_script_mixing" not in rules


def test_chinese_tutorials_are_measured_on_their_prose(test_data: Path) -> None:
    """Issue 22: code counted against the Han share (and line punctuation, repeated lines) of real
    Chinese tutorials (Alpaca-zh answers 5, 12 and 221 of the excerpt). Code blocks and code lines
    are left out; an English answer with one quoted Chinese sentence (600) still fails."""
    answers = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))
    tutorials = [answers[i]["output"] for i in (5, 12, 221)]
    for text in tutorials:
        assert "```" in text and cjk_share(text) < 0.3  # the whole text's share, as measured before
        assert not failures(text)
        assert all("```" not in line and "for " not in line for line in prose_lines(text))
    english = answers[600]["output"]
    assert english.startswith("As an AI language model") and "cjk_share" in failures(english)


def test_ascii_words_count_as_one_unit_each() -> None:
    assert word_units("Nike 运动鞋, size 43") == (3, 7)  # Nike 运 动 鞋 , size 43
    assert word_units("") == (0, 0)
