"""safety: adult and gambling pages go, in English and Chinese; pages that talk about the same
subjects for health, education, research or regulation stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from datatrove.data import Document

from corpusmill.filters.safety import Safety, SafetyParams, Score, load_vocabulary, trie_regex


def doc(text: str, language: str | None = None) -> Document:
    return Document(text=text, id="d", metadata={"language": language} if language else {})


ZH_FILLER = "今天天气很好，我们一起去公园散步。这座城市的交通越来越方便了。"
EN_FILLER = "The town library opens at nine in the morning. Volunteers repaired the old bridge last spring. "

UNSAFE = [
    (
        "澳门百家乐官网，真人娱乐城，注册即送38元彩金。"
        + ZH_FILLER
        + "香港六合彩开奖结果，今晚特码资料大全，三肖六码必中。"
        "重庆时时彩计划群，计划员带你稳赚，倍投包回本。",
        "safety:gambling",
    ),
    ("北京赛车pk10精准计划" + ZH_FILLER + "加QQ进群领取彩金，首存再送100%，返水1.2%。" * 2, "safety:gambling"),
    (
        "最新成人视频免费在线观看，无码高清。"
        + ZH_FILLER
        + "亚洲色图、自拍偷拍，同城约炮，一夜情交友。巨乳人妻偷情小说。",
        "safety:adult",
    ),
    (
        "Claim your welcome bonus and 100 free spins at the best online casino. "
        + EN_FILLER
        + "Use the bonus code on your first deposit; the sportsbook has the best odds, bet now! "
        "Live dealer baccarat and roulette for real money.",
        "safety:gambling",
    ),
    (
        "Watch free porn videos of horny milfs in HD. " + EN_FILLER + "Thousands of xxx videos and live sex cams with "
        "busty camgirls. Meet hot singles for a hookup tonight.",
        "safety:adult",
    ),
]

SAFE = [
    # sex and health education, medical text
    "Sex education helps teenagers understand puberty, consent and healthy relationships. Condoms reduce the risk of "
    "sexually transmitted infections. The curriculum explains the anatomy of the penis, the vagina and the vulva. "
    "Teachers answer questions about masturbation, a normal part of sexual development. " + EN_FILLER,
    "性教育帮助青少年了解青春期的身体变化和自我保护。老师用科学的语言讲解阴茎、阴道和子宫。正确使用安全套可以预防艾滋病等性传播疾病。"
    "研究表明，全面的性教育能够推迟初次性行为。" + ZH_FILLER,
    "乳腺癌是女性最常见的恶性肿瘤之一。阴道炎的症状包括瘙痒，应及时就医。精子质量下降与吸烟有关。医生建议定期检查乳房。",
    # adult education, gender equality
    "成人教育是终身教育体系的重要组成部分。今年成人高考报名人数超过二百万，成人学历教育包括函授和网络教育。"
    + ZH_FILLER,
    "性别平等是社会进步的重要标志，妇女权益保障法禁止性别歧视。职场性骚扰问题需要完善法律和举报机制。" + ZH_FILLER,
    "Gender equality means equal rights for women and men. The report documents sexual harassment at work and "
    "sex discrimination in hiring. " + EN_FILLER,
    # gambling and lottery regulation and research
    "The Gambling Commission fined the online casino operator for failing to protect customers. Researchers found that "
    "problem gambling is linked to debt. The new law restricts betting advertising. State lottery revenue funds "
    "education. Slot machines are designed to maximise time on device, according to the study. " + EN_FILLER,
    "公安机关依法打击网络赌博犯罪，查处多个跨境赌博平台。研究显示，彩票消费与家庭收入相关。财政部发布彩票管理条例，"
    "规范彩票发行。澳门特区政府加强对博彩业的监管，博彩税收占财政收入的大部分。法院以开设赌场罪判处被告人有期徒刑。",
    # ordinary text with look-alike substrings: 性能, 牛奶, 处女座; Scunthorpe, cocktail, analysis
    "这款手机的性能很好，电池续航时间长。早餐喝一杯牛奶。她是处女座，喜欢整理房间。可能性很大。" + ZH_FILLER,
    "Scunthorpe and Sussex hosted a cocktail evening; the analysis of Essex grapes by the Middlesex class. "
    + EN_FILLER,
]


@pytest.mark.parametrize(("text", "reason"), UNSAFE)
def test_unsafe_pages_are_removed(text: str, reason: str) -> None:
    verdict = Safety().process(doc(text))
    assert verdict is not None and verdict.reason == reason, verdict
    assert "density" in verdict.detail


@pytest.mark.parametrize("text", SAFE)
def test_hard_negatives_pass(text: str) -> None:
    assert Safety().process(doc(text)) is None, Safety().scores(doc(text))


def test_one_term_is_never_enough() -> None:
    assert Safety().process(doc("百家乐")) is None  # dense, but a single term
    assert Safety().process(doc("百家乐 六合彩")) is not None


def test_cjk_terms_glued_and_ascii_terms_bounded() -> None:
    vocab = load_vocabulary("zh")
    hits = vocab.hits("点击进入百家乐娱乐城，pk10计划，免费AV在线")
    assert {"百家乐", "娱乐城"} <= set(hits["gambling"]) and "pk10" in hits["gambling"]
    assert "av" in hits["adult"]
    assert not load_vocabulary("zh").hits("这台电脑的性能很好，牛奶和乳业")["adult"]  # single characters unused
    english = load_vocabulary("en").hits("Scunthorpe cocktails, analysis, Essex, 色情porn")
    assert sum(english["adult"].values()) == 1 and english["adult"]["porn"] == 1


def test_threshold_and_language_column() -> None:
    text = UNSAFE[0][0]
    assert Safety(SafetyParams(thresholds={"zh": 0.9})).process(doc(text, "zh")) is None
    assert Safety(SafetyParams(thresholds={"zh": 0.9})).process(doc(text, "en")) is None  # English: no Chinese terms
    assert Safety().process(doc(text, "zh")) is not None


def test_user_vocabulary(tmp_path: Path) -> None:
    extra = tmp_path / "zh-extra.tsv"
    extra.write_text("gambling\t1\t菠菜平台\ngambling\t1\t上分\n", encoding="utf-8")
    text = "正规菠菜平台，秒上分。" * 3
    assert Safety().process(doc(text)) is None
    verdict = Safety(SafetyParams(vocab_files={"zh": [str(extra)]})).process(doc(text))
    assert verdict is not None and verdict.reason == "safety:gambling"


def test_explain_shows_terms_and_density() -> None:
    rows = Safety().explain(doc(UNSAFE[0][0]))
    gambling = next(r for r in rows if r.rule.startswith("gambling"))
    assert not gambling.passed and gambling.value >= gambling.threshold == 0.01
    assert "百家乐x1" in gambling.rule and "特码" in gambling.rule
    assert all(r.passed for r in Safety().explain(doc(SAFE[0])))


def test_trie_regex_matches_exactly_the_terms() -> None:
    import re

    pattern = re.compile(f"^(?:{trie_regex(['六合彩', '六合', '时时彩', 'ab'])})$")
    assert all(pattern.match(t) for t in ("六合彩", "六合", "时时彩", "ab"))
    assert not any(pattern.match(t) for t in ("六", "时时", "a", "六合彩票"))


# Real pages from the Wayback WARC `web/warc/copycat/snapshot-wayback-topic-02.warc.gz` of the shared
# data (chatnoir-eu/chatnoir-copycat, MIT; see tests/data/README.md), as corpusmill extracts them.
# Promotion (book a room, hotel reservations, sign up, online casino) separates the directory page from
# the Wikipedia article (CC BY-SA) on a casino resort; the bare list is dense enough alone.
WIKIPEDIA_CASINO = (  # ec9284c3-47c3-451e-b415-b8ff5c91a869, en.wikipedia.org/wiki/Chukchansi_Gold_Resort_&_Casino
    "Chukchansi Gold Resort & Casino\n\nChukchansi Gold Resort & Casino\nAddress\t\t711 Lucky Lane\n"
    "Coarsegold, California 93614\nNotable restaurants\t\tCalifornia Market Buffet\nNoodle Bar Asian Bistro\n"
    "Owner\t\tPicayune Rancheria of Chukchansi Indians\n\nChukchansi Gold Resort & Casino is located just off of "
    "State Route 41 in Coarsegold, California, between Fresno and Yosemite National Park. It is owned and operated "
    "by the Picayune Rancheria of Chukchansi Indians.\n\nThe 56,000-square-foot (5,200\xa0m2) casino has 1,800 slot "
    "machines, as well as more than 45 table games. The resort had seven restaurants in late 2005 and the hotel had "
    "192 rooms.\n\nThe resort opened on August 22, 2003, at a cost of $150 million. The resort has bus service from "
    '20 cities.\n\n1. ^ "Chukchansi Gold Resort & Casino." 500 Nations. (retrieved 29 June 2010)\n\nThis article '
    "about a California building or structure is a stub. You can help Wikipedia by expanding it.\nThis article "
    "relating to a casino or gaming company is a stub. You can help Wikipedia by expanding it."
)
CASINO_DIRECTORY = (  # 56239b04-e481-44d0-acb5-34eb1c5aece7, casinocity.vc/kingstown/emerald-valley-resort-and-casino/
    "Emerald Valley Resort and Casino\n\nEmerald Valley Resort and Casino is in Kingstown, Saint Vincent, Saint "
    "Vincent and the Grenadines and is open Wed-Mon 9pm-3am, Tue closed. The casino's gaming space features fifty "
    "gaming machines and eight table games. The property has one restaurant, one bar and a hotel with twenty-four "
    "rooms.\n\nBOOK A ROOM IN KINGSTOWN\nEmerald Valley Resort and Casino Address\n\nKingstown, Saint Vincent\n"
    "Saint Vincent and the Grenadines\n\nGeneral Information - (784) 456-7824\nGaming Machines - 50 total\nTable and "
    "Poker Games - 8 total\nRestaurants and Bars\n• Bar - Bar\n• Emerald Valley Restaurant - American\nEmerald Valley "
    "Resort and Casino Features\nSwimming Pool, Tennis Court\nEmerald Valley Resort and Casino Hotel\n• unspecified "
    "(Casino located within the Hotel)\nContains 24 Standard Rooms.\n\nBook a Room at Emerald Valley Resort and "
    "Casino »\n\nAbout us | Feedback | Advertising\nCASINO CITY NETWORK: Online Casino City | Casino City Times | "
    "RGT Online | Casino City Press | Gaming Directory\nCasino City Home World Gambling Saint Vincent and the "
    "Grenadines Gambling\nEmerald Valley Resort and Casino\nNearby Casinos Hotel Reservations Map Executives\n"
    "Sign up for the\nCasino City Times"
)
CASINO_LIST = (  # a3134e10-26db-4a6b-8886-c6ded4b9f1d5, indianacasinodirectory.com, title to last address
    "Indiana Gambling - Casino Gaming Directory\n\nIN\xa0State Casino Map and Directions\n\nFor Full Color Pictures "
    "and Individual\nCasino Information and Updates Take a\nLook at Each Indiana Casinos Web Site\n\nIN Casino Web "
    "Addresses\n\nAmeristar East Chicago\n777 Ameristar Blvd\n\n777 Argosy Pkwy\n\nBelterra Casino Resort and Spa\n"
    "777 Belterra Drive\n\nBlue Chips Casino Hotel\n2 Easy Street\n\n421 NW Riverside Dr.\n\nFrench Lick Casino and "
    "Resort\n8670 West State Road 56\n\nGrand Victoria Casino and Resort\n600 Grand Victoria Drive\n\nHoosier Park "
    "Racing & Casino\n4500 Dan Patch Circle\n\nHorseshoe Casino Hotel\n11999 Casino Center Drive SE\n\n777 Casino "
    "Ctr Dr.\n\nIndiana Live! Casino\n4200 N. Michigan Road\n\nMajestic Star Casino & Hotel\n1 Buffington Harbor Drive"
)


def gambling_score(text: str, params: SafetyParams | None = None) -> Score:
    return next(s for s in Safety(params or SafetyParams()).scores(doc(text, "en")) if s.category == "gambling")


def test_article_about_a_casino_is_not_a_gambling_page() -> None:
    """As dense in casino words as a directory, but it sells nothing: kept only by the promotion gate."""
    score = gambling_score(WIKIPEDIA_CASINO)
    assert score.density >= score.threshold and score.promotion == 0, score
    assert Safety().process(doc(WIKIPEDIA_CASINO, "en")) is None
    ungated = Safety(SafetyParams(min_promotion=0)).process(doc(WIKIPEDIA_CASINO, "en"))
    assert ungated is not None and ungated.reason == "safety:gambling"


def test_page_selling_a_casino_is_removed() -> None:
    score = gambling_score(CASINO_DIRECTORY)
    assert score.density < score.threshold * SafetyParams().dense_factor  # removed for its promotion, not density
    assert set(load_vocabulary("en").hits(CASINO_DIRECTORY)["promotion"]) >= {"book a room", "sign up"}
    verdict = Safety().process(doc(CASINO_DIRECTORY, "en"))
    assert verdict is not None and verdict.reason == "safety:gambling" and "promotion 4" in verdict.detail
    assert Safety(SafetyParams(min_promotion=5)).process(doc(CASINO_DIRECTORY, "en")) is None


def test_bare_casino_list_is_removed_by_density_alone() -> None:
    score = gambling_score(CASINO_LIST)
    assert score.promotion == 0 and score.density >= score.threshold * SafetyParams().dense_factor, score
    assert Safety().process(doc(CASINO_LIST, "en")) is not None
    assert Safety(SafetyParams(dense_factor=100)).process(doc(CASINO_LIST, "en")) is None


def test_tagged_columns_decide_like_process() -> None:
    """``corpusmill select`` decides from the tagged columns: the promotion gate must hold there too."""
    import polars as pl

    texts = [WIKIPEDIA_CASINO, CASINO_DIRECTORY, CASINO_LIST, UNSAFE[0][0], SAFE[0]]
    stage = Safety()
    docs = [doc(t) for t in texts]
    rows = [{f"safety.{k}": v for k, v in values.items()} for _, values in stage.tag_batch(docs)]
    (decision,) = Safety.decisions(stage.params)
    decided = pl.DataFrame(rows).select(decision.fails.fill_null(False)).to_series().to_list()
    assert decided == [stage.process(d) is not None for d in docs] == [False, True, True, True, False]
