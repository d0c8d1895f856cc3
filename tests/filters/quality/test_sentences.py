"""``sentence_share``: pages without sentences (records, tables, menus) on real web documents
(issue 22: kept English junk that ``prose_share`` lets through)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.filters.quality import QualityParams
from corpusmill.filters.quality.pages import ENGLISH_FUNCTION_WORDS
from corpusmill.filters.quality.sentences import sentence_share
from corpusmill.filters.quality.stage import DATATROVE_COMPATIBLE, Families
from tests.filters.quality.pages import c4_demo, dolma, rejecting_failures, results

FUNCTION_WORDS = frozenset(ENGLISH_FUNCTION_WORDS)
THRESHOLD = QualityParams().space.min_sentence_share


def test_pages_without_sentences_fail_only_sentence_share(test_data: Path) -> None:
    """Real pages that pass the FineWeb chain, ``template_page`` and ``prose_share``: a digital
    library's viewer controls (Dolma), and in the C4 demo the only two records that the rule alone
    removes, both read as junk: an image page's metadata fields and an Italian password-reset form
    with quoted product slogans (``benchmarks/labels/web.jsonl``, C4 lines 199 and 246)."""
    viewer = dolma(test_data)["vqilwnr7xh67qhpvd7zmwk7d573gpxub"]
    assert rejecting_failures(viewer) == ["sentence_share"]
    assert results(viewer)["sentence_share"].value < THRESHOLD
    alone = [
        number for number, text in enumerate(c4_demo(test_data), 1) if rejecting_failures(text) == ["sentence_share"]
    ]
    assert alone == [199, 246]


def test_prose_of_every_layout_keeps_its_sentences(test_data: Path) -> None:
    """Wikipedia articles on one line each stay far above the threshold; so does a job posting
    whose duties are bullet lines without final stops (its paragraphs carry it)."""
    with open(test_data / "web/text/llamafactory_wiki_demo.txt", encoding="utf-8") as f:
        articles = [line for line in f.read().splitlines() if line.strip()]
    shares = [results(article)["sentence_share"].value for article in articles]
    assert min(shares) > 2 * THRESHOLD
    posting = dolma(test_data)["bu3buins4v2qmyj57tnichoxem36occw"]
    assert posting.startswith("Technical Account Manager")
    assert THRESHOLD < results(posting)["sentence_share"].value < 0.3


def test_what_counts_as_a_sentence() -> None:
    sentence = "The hotel was built in the spring of 1902."
    assert sentence_share(sentence, FUNCTION_WORDS) == 1.0
    # the same words without a final stop, cut with an ellipsis, or as a table's cells
    assert sentence_share(sentence[:-1], FUNCTION_WORDS) == 0.0
    assert sentence_share(sentence[:-1] + "…", FUNCTION_WORDS) == 0.0
    assert sentence_share(sentence.replace(" in ", "\tin "), FUNCTION_WORDS) == 0.0
    # a closing quote may follow the stop; a run of names ending in a stop is no sentence
    assert sentence_share('he said "it is over now."', FUNCTION_WORDS) == 1.0
    assert sentence_share("battle house hotel, valley ho resort, royal palms spa.", FUNCTION_WORDS) == 0.0
    # shares are of words (numbers are none): a four-word heading beside a twelve-word sentence
    mixed = "Hotels in Indiana Today\nThe hotel was built in the spring of 1902 by a local bank."
    assert sentence_share(mixed, FUNCTION_WORDS) == pytest.approx(12 / 16)
    assert sentence_share("", FUNCTION_WORDS) == 1.0


def test_wrapped_lines_are_joined_list_items_are_not(test_data: Path) -> None:
    """A real short answer wrapped at 70 characters (Clough & Stevenson corpus): read line by line
    its sentences had no final stop on most lines and the share was 0.09; a break before a
    lowercase word is a space. Items of a list, and field names such as ``dc.title``, stay apart."""
    answer = (test_data / "neardup/clough_stevenson_plagiarism/files/g0pC_taskd.txt").read_text(encoding="utf-8")
    assert "of\ntwo random events" in answer
    assert sentence_share(answer, FUNCTION_WORDS) > 0.5
    assert sentence_share("It is used to compute\nposterior probabilities.", FUNCTION_WORDS) == 1.0
    items = "Hotels of the year\nThe Battle House in Mobile\nA spa at the lake."
    assert sentence_share(items, FUNCTION_WORDS) == pytest.approx(5 / 14)
    fields = "dc.description The toolbox of the association for all of us\ndc.title The toolbox of it."
    assert sentence_share(fields, FUNCTION_WORDS) == pytest.approx(6 / 17)


def test_languages_without_function_words_and_datatrove_settings(test_data: Path) -> None:
    record = dolma(test_data)["vqilwnr7xh67qhpvd7zmwk7d573gpxub"]
    assert "sentence_share" not in results(record, language="de")
    loose = QualityParams.model_validate({"space": {"min_sentence_share": 0.0}})
    assert results(record, loose)["sentence_share"].passed
    compatible = Families(QualityParams.model_validate(DATATROVE_COMPATIBLE)).for_text(record, "en")
    assert "sentence_share" not in {r.name for r in compatible.rules + compatible.flags}
