"""clean_lines removes page furniture line by line, in English and Chinese, and keeps prose."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from datatrove.data import Document

from corpusmill.filters.clean_lines import CleanLines, CleanLinesParams, clean_text, is_button


def doc(text: str, i: int = 0) -> Document:
    return Document(text=text, id=f"d{i}", metadata={"source": "t", "url": None, "_order": i})


PROSE = (
    "The river floods every spring, and the town has learned to live with it.\n\n"
    "Farmers move their animals to higher ground in March."
)


def test_each_kind_of_furniture_is_removed_and_counted() -> None:
    furniture = {
        "cookie": ["We use cookies to improve your experience. Accept all cookies", "本网站使用cookie以提升体验"],
        "javascript": ["Please enable JavaScript to view the comments.", "请启用JavaScript后浏览本页"],
        "share": ["Share this article: Facebook | Twitter | Email", "分享到：微信 微博 QQ空间"],
        "copyright": ["Copyright © 2021 Example Media. All rights reserved.", "版权所有 © 2020 某网 京ICP备123号"],
        "navigation": ["Skip to main content", "上一篇：公司简介", "Read more at The Nation"],
        "symbols": ["-----------------", "* * *", "»"],
    }
    text = PROSE + "\n" + "\n".join(line for lines in furniture.values() for line in lines)
    stage = CleanLines()
    [kept] = stage.run(iter([doc(text)]))
    assert kept.text == PROSE
    for kind, lines in furniture.items():
        assert stage.stats[f"fixed:clean_lines:{kind}"].total == len(lines), kind


NEW_FURNITURE = {
    "ad": [
        "Advertisement",
        "[Sponsored]",
        "Sponsored by Acme Bank",
        "Story continues below advertisement",
        "广告",
        "【推广】",
        "赞助内容",
    ],
    "newsletter": [
        "Sign up for our daily newsletter",
        "Get the latest stories delivered to your inbox.",
        "Enter your email address:",
        "订阅我们的新闻通讯",
        "请输入您的邮箱地址，订阅每周精选",
    ],
    "follow": [
        "Follow us on Instagram @acme",
        "请follow us on Twitter",
        "Find us:",
        "关注我们",
        "扫码关注",
        "微信公众号：科技日报",
        "长按识别二维码，关注更多精彩内容",
        "点击上方蓝字关注我们",
    ],
    "disclaimer": [
        "This article is for informational purposes only and does not constitute financial advice.",
        "本文仅代表作者个人观点，不代表本站立场。",
        "投资有风险，入市需谨慎。",
        "免责声明：本站部分内容来自网友投稿，本站不对其真实性负责，" + "如发现问题请及时告知。" * 30,
        "Disclaimer: The author holds no position in any stock mentioned.",
    ],
    "copyright": [
        "All rights reserved.",
        "转载请注明出处",
        "版权归原作者所有，如有侵权请联系删除。",
        "图片来源于网络",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "本文系转载，侵删",
    ],
    "related": [
        "Related: Council approves new bridge budget",
        "You may also like: Ten walks near the coast",
        "延伸阅读：春季农业生产全面展开",
        "相关推荐：城市公园改造方案公布",
    ],
    "comments": ["Leave a comment", "12 comments", "发表评论", "评论（36）"],
    "credit": ["Photo: Anna Berg / Reuters", "责任编辑：王磊", "编辑：张伟 审核：李娜", "（图片来源：视觉中国）"],
    "site_info": [
        "主办单位：城市日报社",
        "违法和不良信息举报电话：0571-12345678",
        "地址：北京市朝阳区建国路1号 邮编：100020",
    ],
    "navigation": [
        "首页 新闻 体育 财经 娱乐 科技 汽车",
        "首页 | 国内 | 国际 | 社会 | 评论",
        "Home · World · Business · Tech · Sport",
        "News Sport Weather Business Culture",
        "当前位置：首页 > 新闻 > 正文",
        "首页　>　国内新闻　>　正文",
        "相关阅读",
        "Politics | Economy | Opinion | Science",
        "首页  滚动  娱乐  健康  党建  理论  视频",
        "Privacy Policy  Terms  Contact Us  Careers",
    ],
}


def test_new_kinds_are_removed_in_english_and_chinese() -> None:
    for kind, lines in NEW_FURNITURE.items():
        for line in lines:
            cleaned, removed = clean_text(PROSE + "\n" + line, CleanLinesParams())
            assert cleaned == PROSE and removed == {kind: 1}, (kind, line, removed)


LOOK_ALIKES = [
    "More than 10,000 readers subscribe to the newsletter, which is published every Friday.",
    "Join us for dinner on Saturday at the old mill.",
    "The advertisement industry spent billions on television spots last year.",
    "Health news for the local community",
    "Tom, Anna and Li went home early.",
    "Reproduction is how organisms pass on their genes.",
    "他订阅了三份新闻报纸，每天早上都会认真阅读。",
    "很多企业都开设了微信公众号，用来发布产品信息。",
    "用户可以扫描二维码完成支付。",
    "未经许可使用他人作品属于侵权行为。",
    "公司表示，对此事不承担任何责任。",
    "该数据来源于网络调查，样本量为两千人。",
    "关关雎鸠 在河之洲 窈窕淑女 君子好逑",
    "苹果、香蕉、橙子、葡萄",
    "列夫·托尔斯泰是俄国作家。",
    "lan·gos·ta de No·rue·ga",
    "C  G  A-minor  F",
    "商品描述         数量    单价    小计",
    "乙 |我 |否 |格 |欧",
    "Month | Expenditure | Income | Profit",
    "通过小心我们的支出，并关注我们的钱的去向，我们可以更好地选择如何使用它。",
    "保护版权所有者的权利",
    "制作展示产品工作原理的视频演示，并分享到各个平台。",
    "Related research shows that sleep improves memory.",
    "编辑部设在北京，共有二十名记者。",
    "| 首页 | 新闻 | 体育 | 财经 |",
    "usr/local/bin/python",
    "Disclaimers are common in financial reports.",
    "广告法对虚假宣传有明确的处罚规定。",
]


def test_sentences_that_look_like_furniture_stay() -> None:
    text = "\n".join(LOOK_ALIKES)
    cleaned, removed = clean_text(text, CleanLinesParams())
    assert cleaned == text, removed


def test_notice_labels_remove_long_lines_but_other_phrases_need_short_lines() -> None:
    notice = "Disclaimer: " + "the publisher accepts no liability for errors. " * 10
    mention = "Our writers follow strict rules; " * 8 + "all rights reserved by the author."
    assert clean_text(notice, CleanLinesParams())[1] == {"disclaimer": 1}
    assert len(mention) > 200 and not clean_text(mention, CleanLinesParams())[1]
    assert not clean_text(notice, CleanLinesParams(boilerplate=False))[1]


def test_prose_that_mentions_furniture_words_stays() -> None:
    prose = [
        "The court ruled that the use of cookies without consent breaks the law, a decision that websites across "
        "Europe will have to follow within months, according to lawyers who spoke to reporters after the hearing.",
        "She learned JavaScript in college and now teaches it to teenagers on weekends.",
        "Copyright law protects the expression of ideas, not the ideas themselves.",
        "很多网站在首页放置广告，用户点击广告后需要登录或注册。",
        "for (int i = 0; i < n; i++) {",
        "}",
    ]
    text = "\n".join(prose)
    assert clean_text(text, CleanLinesParams())[0] == text


def test_repeated_buttons_go_but_repeated_structure_stays() -> None:
    button = "» Read More"
    header, refrain, code = "Carson City Nevada Journal", "Yes, we can.", "x = 1;"
    label, comment, heading = "标签: 负面", "// Store the current position in array", "Parameters"
    structure = [header, refrain, code, label, comment, heading]
    text = "\n".join([PROSE, *[line for _ in range(3) for line in (button, *structure)]])
    cleaned, removed = clean_text(text, CleanLinesParams())
    assert button not in cleaned and removed == {"repeated": 3}
    assert all(cleaned.count(line) == 3 for line in structure)
    assert clean_text(text, CleanLinesParams(min_repeats=0))[0] == text


@pytest.mark.parametrize(
    ("line", "button"),
    [
        ("Learn more", True),
        ("Try the demo", True),
        ("查看详情 >>", True),
        ("edit", True),
        ("$4.99 Add to Cart", False),  # a price is content
        ("Comments: 0", False),
        ("Girl let me love you", False),
        ("Returns", False),
        ("More", False),  # no action word
        ("ALL", False),
    ],
)
def test_what_counts_as_a_button(line: str, button: bool) -> None:
    assert is_button(line) is button


def test_repeated_structure_in_real_documents_stays(test_data: Path) -> None:
    """Real documents whose repeated lines are labels, a song's refrain or a sentiment example's
    labels (all removed before), and a news page whose "Read more" links go."""
    path = test_data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt") as f:
        dolma = {r["id"]: r["text"] for r in map(json.loads, f)}
    records = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))
    kept = {
        "ballads": ("s6z5enyw4xth5aduv2fl3h64lad3afwu", "Themes:\xa0 Drinking"),
        "song": ("kfgd7qih7aeekf7zjwx4fqto54nnlkkm", "Picture book, picture book"),
    }
    for name, (key, line) in kept.items():
        text = dolma[key]
        assert text.count(line) >= 3, name
        assert clean_text(text, CleanLinesParams())[1]["repeated"] == 0, name
    sentiment = records[29]["output"]
    assert sentiment.count("标签: 负面") == 3
    assert clean_text(sentiment, CleanLinesParams())[0].count("标签: 负面") == 3
    news = dolma["epkrarrf4yq4tql6pgys4erggksmubjl"]
    cleaned, removed = clean_text(news, CleanLinesParams())
    links = [line for line in news.split("\n") if line.strip() == "Read more"]
    assert removed["repeated"] == len(links) >= 3
    assert "Read more" not in cleaned.split("\n")


def test_empty_after_cleaning_is_rejected() -> None:
    stage = CleanLines()
    kept = list(stage.run(iter([doc("Share\nCookie Policy\n-----", 0), doc(PROSE, 1)])))
    assert [d.id for d in kept] == ["d1"]
    assert stage.stats["rejected:clean_lines:empty"].total == 1
    assert stage.stats["in"].total == 2


def test_real_web_text_keeps_most_lines(test_data: Path) -> None:
    path = test_data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt") as f:
        docs = [json.loads(line)["text"] for line in f]
    total = removed = 0
    kinds: set[str] = set()
    for text in docs:
        _, counts = clean_text(text, CleanLinesParams())
        total += sum(1 for line in text.split("\n") if line.strip())
        removed += sum(counts.values())
        kinds |= set(counts)
    assert 0 < removed < 0.1 * total
    assert {"cookie", "copyright", "navigation", "share", "symbols", "repeated"} <= kinds


def test_markdown_code_and_tables_are_content(test_data: Path) -> None:
    """llamafactory_alpaca_zh_demo.json record 5 (a Python answer) and a Markdown table answer:
    fences, table rules and code lines made of symbols must survive."""
    import json

    records = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))
    code_answer = records[5]["output"]
    table = "| 名称 | 数量 |\n|:----:|-----:|\n| 苹果 | 3 |\n| 香蕉 | 5 |"
    for text in (code_answer, table):
        cleaned, removed = clean_text(text, CleanLinesParams())
        assert cleaned == text.strip() and not removed, removed
    assert "```" in code_answer
