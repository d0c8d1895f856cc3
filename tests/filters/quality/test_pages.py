"""Whole-page rules (``template_page`` with its software-view headers, ``prose_share``) and the
code lines C4's short-line filter keeps, on real web documents (issue 22: kept English junk; C4 deleting code lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.filters.quality import QualityParams
from corpusmill.filters.quality.code_lines import is_code
from corpusmill.filters.quality.english import c4_lines
from corpusmill.filters.quality.pages import opens_with_view_header, template_share
from corpusmill.filters.quality.stage import DATATROVE_COMPATIBLE, Families
from tests.filters.quality.pages import c4_demo, dolma, results

PAGE_RULES = ("template_page", "prose_share")


@pytest.mark.parametrize(
    ("doc_id", "kind"),
    [
        ("46l3hmqkkergb6il73vs6hk2pn7v2vrm", "wiki log page with no entries"),
        ("242vbn6iahjs72xy676wahe3xlw4btni", "wiki log-in page"),
        ("dhpdbiqbt7epsjgtxb75pzakuoqdyy2m", "restricted-file wall of a repository"),
        ("fv3s75jgm5zrzvjiiov7mmekkqodzrf3", "PDF viewer placeholder"),
    ],
)
def test_software_template_pages_are_rejected(test_data: Path, doc_id: str, kind: str) -> None:
    """Real Dolma pages that pass the whole FineWeb chain and are only the serving software's
    fixed sentences; ``template_page`` is the one rule that fails."""
    found = results(dolma(test_data)[doc_id])
    failing = [name for name, r in found.items() if not r.passed]
    assert failing == ["template_page"], kind
    assert found["template_page"].value > QualityParams().space.max_template_share


@pytest.mark.parametrize(
    ("doc_id", "kind"),
    [
        ("awsyqect7xlxhxwjwpu675atitx3cklk", "MediaWiki diff of a 40,000-character article"),
        ("4jpmfv2mnbm5bunk6brkgnt2j66o7el3", "DokuWiki diff"),
        ("s6z5enyw4xth5aduv2fl3h64lad3afwu", "library search-result view"),
        ("66aldixx622fx27zomw2jzlofy4wcijj", "linked-data catalogue record with a summary"),
        ("55ztywsxdvhyej5owgnhormtud73ggzx", "wiki welcome template on a user talk page"),
    ],
)
def test_pages_that_open_with_a_software_view_header_are_that_view(test_data: Path, doc_id: str, kind: str) -> None:
    """Real Dolma pages kept before the header rule (labelled junk in ``benchmarks/labels``): the
    header alone makes the page a view, whatever share of article text follows it."""
    text = dolma(test_data)[doc_id]
    assert opens_with_view_header(text.lower()), kind
    assert template_share(text.lower()) == 1.0
    assert not results(text)["template_page"].passed


def test_view_headers_count_only_at_the_opening(test_data: Path) -> None:
    """A plain old revision ("Revision as of ... by <user>") is the article's text and stays
    judged as the article; a header line deep in a text, or "The Resource" without a catalogue
    record's repeated title, is no view."""
    old_revision = dolma(test_data)["fddelafc3qyd2sg7wpt2hxd7ij5235ao"]
    assert "\nRevision as of 19:57, 18 March 2011 by" in old_revision[:200]
    assert results(old_revision)["template_page"].passed
    diff_page = dolma(test_data)["awsyqect7xlxhxwjwpu675atitx3cklk"]
    header, _, body = diff_page.partition("\n")
    with open(test_data / "web/text/llamafactory_wiki_demo.txt", encoding="utf-8") as f:
        article = next(line for line in f if len(line) > 2000)
    assert opens_with_view_header(f"{header}\n{article}".lower())
    assert not opens_with_view_header(f"{article[:400]}\n{header}\n{body}".lower())
    title = "The Resource Conservation and Recovery Act\n"
    assert not opens_with_view_header((title + article).lower())
    assert opens_with_view_header((title + title.removeprefix("The Resource ") + article).lower())


@pytest.mark.parametrize(
    "doc_id",
    ["znblr4ozltjyqc7rngb4cjmsqlj2iarq", "tnj5zcfevry2i3din3ienxfgyf7scvi4"],  # library catalogue records
)
def test_listing_pages_are_rejected(test_data: Path, doc_id: str) -> None:
    found = results(dolma(test_data)[doc_id])
    assert not found["prose_share"].passed
    assert found["prose_share"].value < QualityParams().space.min_prose_share


def test_page_rules_keep_articles_and_c4_documents(test_data: Path) -> None:
    """Prose of every kind passes: Wikipedia articles (one line each) and the C4 demo, where the
    pages that only the page rules fail are generated pages: a people-search placeholder, a
    marketplace's supplier search summary, an alumni-listing placeholder, an ICD code page and an
    image-gallery page (others fail flagged or earlier rules too)."""
    with open(test_data / "web/text/llamafactory_wiki_demo.txt", encoding="utf-8") as f:
        articles = [line for line in f.read().splitlines() if line.strip()]
    for article in articles:
        found = results(article)
        assert all(found[name].passed for name in PAGE_RULES)
        assert found["prose_share"].value > 0.9
    removed = []
    for text in c4_demo(test_data):
        failing = {name for name, r in results(text).items() if not r.passed}
        if failing and failing <= set(PAGE_RULES):
            removed.append(text[:36])
    assert removed == [
        "This is a placeholder page for Kerri",
        "There are 1,307 movable 20ft contain",
        "Info about Hudson Falls Music member",
        "T74.22XD is a billable/specific ICD-",
        "Creative small living room designs i",
    ]


def test_prose_share_needs_a_function_word_list(test_data: Path) -> None:
    """English function words mean nothing in German: languages without a list skip the rule."""
    german = (test_data / "langid/de.txt").read_text(encoding="utf-8").splitlines()[:40]
    text = "\n".join(german)
    assert "prose_share" not in results(text, language="de")
    assert results(text, language="en")["prose_share"].value < 0.5
    words = "der die das den dem des ein eine und oder in im zu zum von mit auf an als auch es sich ist sind war"
    with_list = QualityParams.model_validate({"space": {"function_words": {"de": words.split()}}})
    assert results(text, with_list, language="de")["prose_share"].value > 0.5


def test_thresholds_and_datatrove_settings(test_data: Path) -> None:
    placeholder = next(t for t in c4_demo(test_data) if t.startswith("This is a placeholder page for"))
    loose = QualityParams.model_validate({"space": {"max_template_share": 0.9}})
    assert not results(placeholder)["template_page"].passed and results(placeholder, loose)["template_page"].passed
    compatible = Families(QualityParams.model_validate(DATATROVE_COMPATIBLE)).for_text(placeholder, "en")
    assert not {r.name for r in compatible.rules + compatible.flags} & set(PAGE_RULES)


def c4_text(text: str, **space: object) -> str:
    params = QualityParams.model_validate({"space": space}).space
    lines = text.splitlines()
    return c4_lines(text, lines, [len(line.split()) for line in lines], params).text


def test_c4_keeps_short_code_lines_inside_code(test_data: Path) -> None:
    """A real forum question with PL/SQL (Dolma): C4 kept ``w_id warehouse.w_id%TYPE := 1;``
    (three words) and dropped the two-word declarations around it, leaving code that no longer
    declares its variables. The default keeps them; ``c4_keep_code_lines: false`` is C4."""
    question = dolma(test_data)["kjykscq3gup62esf7d56wshxguguqfwh"]
    declarations = ["namecount NUMBER;", "n NUMBER;", "w_street_2 warehouse.w_street_2%TYPE;"]
    three_words = "w_id warehouse.w_id%TYPE := 1;"
    assert all(line in question.splitlines() for line in [*declarations, three_words])
    c4 = c4_text(question, c4_keep_code_lines=False).splitlines()
    assert three_words in c4 and not any(line in c4 for line in declarations)
    kept = c4_text(question).splitlines()
    assert all(line in kept for line in [*declarations, three_words])
    assert set(c4) <= set(kept)
    assert "Aquí os dejo el código." in " ".join(kept)


def test_wiki_markup_and_lone_short_lines_are_not_code(test_data: Path) -> None:
    """A real wiki page's template markup (``{{Series Data``, ``| seasons=1``) still goes."""
    page = dolma(test_data)["awsyqect7xlxhxwjwpu675atitx3cklk"]
    markup = [line.strip() for line in page.splitlines() if line.strip().startswith(("{{", "| "))]
    assert markup and not any(is_code(line) for line in markup)
    assert c4_text(page) == c4_text(page, c4_keep_code_lines=False)
    assert is_code("}") and is_code("return hs.size();") and is_code("i++") and not is_code("Home")
