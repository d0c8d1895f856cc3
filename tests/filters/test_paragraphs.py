"""Paragraph breaks survive every stage that edits lines: a kept document written in paragraphs
keeps a blank line between them, a removed line never glues two paragraphs together and never
leaves two blank lines in a row."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from datatrove.data import Document

from corpusmill.filters.clean_lines import CleanLines, join_lines
from corpusmill.filters.extract import ExtractParams, main_text
from corpusmill.filters.normalize import Normalize
from corpusmill.filters.quality import Quality

BLANK_LINE = re.compile(r"\S[^\S\n]*\n[^\S\n]*\n\s*\S")
EXTRA_BLANK = re.compile(r"\n[^\S\n]*\n[^\S\n]*\n|\n[^\S\n]+\n")


def doc(text: str, i: int = 0) -> Document:
    return Document(text=text, id=f"d{i}", metadata={"source": "t", "url": None, "_order": i, "language": "en"})


@pytest.fixture(scope="module")
def dolma(test_data: Path) -> list[str]:
    """Real Dolma documents written in paragraphs (a blank line between two text lines)."""
    path = test_data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    return [text for text in texts if BLANK_LINE.search(text)]


def test_line_stages_keep_the_paragraphs_of_real_documents(dolma: list[str]) -> None:
    docs = [doc(text, i) for i, text in enumerate(dolma)]
    stream = Quality().run(CleanLines().run(Normalize().run(iter(docs))))
    kept = list(stream)
    assert len(kept) >= 40  # most of them are good text the quality rules keep
    lost = [d.id for d in kept if BLANK_LINE.search(d.text) is None]
    assert lost == []
    assert [d.id for d in kept if EXTRA_BLANK.search(d.text)] == []


def test_quality_rewrite_keeps_breaks_where_a_dropped_line_stood() -> None:
    lines = [
        "The river floods every spring, and the town has learned to live with it over the years.",
        "Farmers move their animals to higher ground in March, before the snow melts in the hills.",
        "The school closes for a week when water reaches the market square near the stone bridge.",
        "Shops on the main street keep sandbags by the door and lift their goods onto high shelves.",
        "Engineers from the capital came twice to measure the banks but no new wall was ever built.",
        "Older people remember the great flood of 1952, when the church stood alone in a lake.",
    ]
    text = "\n".join([lines[0], "Home", "", "Share", lines[1], lines[2], "", "", *lines[3:5], " ", lines[5]])
    [kept] = Quality().run(iter([doc(text)]))
    assert kept.text == "\n".join([lines[0], "", *lines[1:3], "", *lines[3:5], "", lines[5]])


def test_removed_line_between_paragraphs_leaves_one_blank_line() -> None:
    assert join_lines(["para one", "", "", " ", "para two"]) == "para one\n\npara two"
    assert join_lines(["", "para one", "\t", "para two", ""]) == "para one\n\npara two"
    [kept] = CleanLines().run(iter([doc("A first paragraph here.\n\nShare this article\n\nA second one.")]))
    assert kept.text == "A first paragraph here.\n\nA second one."


@pytest.mark.parametrize("engine", ["resiliparse", "trafilatura"])
def test_extraction_puts_a_blank_line_between_block_elements(engine: str) -> None:
    paragraphs = [
        "The first paragraph of the article says what happened in the town during the spring flood.",
        "The second paragraph explains why the river rises every year when the snow in the hills melts.",
        "The third paragraph tells how the farmers and the school prepare for the water each March.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><body><article><h1>Spring floods in the valley</h1>{body}</article></body></html>"
    text = main_text(html, ExtractParams(engine=engine))
    assert text.split("\n\n") == ["Spring floods in the valley", *paragraphs]
