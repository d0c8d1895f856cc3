"""``spam_vertical``: pages dense in the selling vocabulary of web-spam verticals (issue 22: kept
English junk of essay mills and dating doorway pages), on real web documents."""

from __future__ import annotations

from pathlib import Path

from corpusmill.filters.quality import QualityParams
from corpusmill.filters.quality.spam_verticals import MIN_HITS, MIN_PHRASES, vertical_share
from corpusmill.filters.quality.stage import DATATROVE_COMPATIBLE, Families
from tests.filters.quality.pages import c4_demo, rejecting_failures, results

THRESHOLD = QualityParams().space.max_vertical_share


def test_spam_pages_fail_only_spam_vertical(test_data: Path) -> None:
    """In the C4 demo the rule alone removes three records, every one read as junk
    (``benchmarks/labels/web_dev3.jsonl``, C4 lines 72, 102, 155): a dating doorway page,
    essay-mill keyword stuffing and spun essay-mill text. No other record of the demo reaches the
    threshold; a spun chat-room promotion (line 114, junk) repeats one phrase only and stays."""
    texts = c4_demo(test_data)
    alone = [number for number, text in enumerate(texts, 1) if rejecting_failures(text) == ["spam_vertical"]]
    assert alone == [72, 102, 155]
    over = [number for number, text in enumerate(texts, 1) if not results(text)["spam_vertical"].passed]
    assert over == alone
    assert texts[71].startswith("Robertsdale Agnostic Women Dating")


def test_articles_on_the_same_subjects_stay_under(test_data: Path) -> None:
    """A singer's biography that mentions her singles once (C4 line 186, read as good) measures 0;
    Wikipedia's article on Andre Agassi names 'singles' titles 13 times, one phrase repeated, and
    measures 0 too (with a second phrase, its 8,000 words would hold it at a quarter of the
    threshold); every other article of the Wikipedia demo passes."""
    singer = c4_demo(test_data)[185]
    assert "two more singles" in singer
    assert results(singer)["spam_vertical"].value == 0.0
    with open(test_data / "web/text/llamafactory_wiki_demo.txt", encoding="utf-8") as f:
        articles = [line for line in f.read().splitlines() if line.strip()]
    agassi = (test_data / "web/text/llamafactory_wiki_demo_agassi.txt").read_text(encoding="utf-8")
    assert agassi.startswith("Andre Kirk Agassi")
    assert agassi.lower().count("singles") >= MIN_HITS
    assert results(agassi)["spam_vertical"].value == 0.0
    assert vertical_share(agassi.lower() + " online dating") < THRESHOLD / 3
    assert all(results(article)["spam_vertical"].passed for article in articles)


def test_what_is_measured() -> None:
    # fewer than MIN_HITS occurrences measure 0, however short the text
    assert vertical_share("cheap essays here. cheap essays now.") == 0.0
    assert vertical_share("cheap essays, buy essays, cheap essays, more") == 6 / 7
    # one phrase repeated is a subject named again and again (tips for online dating), not a
    # vertical's selling vocabulary strung together
    assert MIN_PHRASES == 2
    assert vertical_share("online dating, online dating, online dating tips") == 0.0
    # the longest phrase wins: "essay writing service" is three words, not "writing service" (two)
    text = "essay writing service; essay writing service; essay writer; and other words here"
    assert vertical_share(text) == 8 / 12
    # phrases span line breaks; boundaries are ASCII alphanumerics, so a CJK neighbour still ends a
    # word but a longer English word does not match ("singlesex")
    assert vertical_share("online\ndating, dating  site, online dating") == 1.0
    assert vertical_share("在线online dating网站 dating site online dating") == 1.0
    assert vertical_share("singlesex personalsx singlesex schools") == 0.0
    assert vertical_share("") == 0.0


def test_languages_without_function_words_and_datatrove_settings(test_data: Path) -> None:
    page = c4_demo(test_data)[71]
    assert "spam_vertical" not in results(page, language="de")
    loose = QualityParams.model_validate({"space": {"max_vertical_share": 1.0}})
    assert results(page, loose)["spam_vertical"].passed
    compatible = Families(QualityParams.model_validate(DATATROVE_COMPATIBLE)).for_text(page, "en")
    assert "spam_vertical" not in {r.name for r in compatible.rules + compatible.flags}
