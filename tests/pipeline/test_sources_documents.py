"""``documents`` sources on real files (``tests/data/documents``, provenance in its README): the
structure and metadata of PDF, Word, Markdown and text records, the units, and every damaged
file as one reject with its reason while the others are read."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polars as pl
import pypdfium2 as pdfium
import pytest

from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import READ_ERROR, SourceReader, expand_sources
from corpusmill.pipeline.sources.pdf_text import Line, paragraphs, remove_running_lines
from tests.helpers import corpusmill, rows

DOCS = Path(__file__).parents[1] / "data" / "documents"


def read(*paths: Path, **options) -> list:
    source = SourceConfig(name="docs", type="documents", paths=[str(p) for p in paths], **options)
    return list(SourceReader(expand_sources([source])).run(None, 0, 1))


def one(path: Path, **options):
    (doc,) = read(path, **options)
    assert READ_ERROR not in doc.metadata, doc.metadata[READ_ERROR]
    return doc


def words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{3,}", text))


def test_pdf_record_keeps_the_text_layer_and_metadata_without_running_headers() -> None:
    doc = one(DOCS / "pdf" / "natnotes.pdf")
    meta = doc.metadata
    assert (meta["format"], meta["pages"], meta["title"]) == ("pdf", 6, "natnotes")
    assert meta["created"] == "2010-09-14T11:11:03+02:00"
    assert meta["path"].endswith("natnotes.pdf")
    pdf = pdfium.PdfDocument(DOCS / "pdf" / "natnotes.pdf")
    layer = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    # every page but the first carries "Reference sheet: natbib <page>" at its top
    assert layer.count("Reference sheet: natbib") >= 5
    assert "Reference sheet: natbib" not in doc.text
    found = words(layer)
    assert len(found & words(doc.text)) >= 0.97 * len(found)
    assert "\n\n" in doc.text and "\n\n\n" not in doc.text


def test_pdf_paragraphs_join_wrapped_lines_and_hyphenated_words() -> None:
    doc = one(DOCS / "pdf" / "natnotes.pdf")
    # a sentence PDFium gives on two lines is one line of text
    assert "This is intended to be able to refer to citation numbers without superscripting them." in doc.text
    lines = [
        Line("The running text of a para-", 72, 700, 540, 710),
        Line("graph goes on here and it ends", 72, 688, 540, 698),
        Line("short.", 72, 676, 120, 686),
        Line("A new one starts indented and", 90, 664, 540, 674),
        Line("fills the line again.", 72, 652, 300, 662),
    ]
    assert paragraphs(lines) == (
        "The running text of a paragraph goes on here and it ends short.\n\n"
        "A new one starts indented and fills the line again."
    )


def test_running_lines_and_page_numbers_go_on_every_page() -> None:
    pages = [
        [
            Line(f"Manual of the press, page {n}", 72, 780, 300, 790),
            Line(f"body text {n}", 72, 700, 540, 710),
            Line(str(n), 300, 40, 310, 50),
        ]
        for n in range(1, 5)
    ]
    kept, removed = remove_running_lines(pages)
    assert removed == 8
    assert [[line.text for line in page] for page in kept] == [[f"body text {n}"] for n in range(1, 5)]


def test_chinese_pdf_joins_lines_without_spaces() -> None:
    doc = one(DOCS / "pdf" / "exam-zh-example-multiple.pdf")
    assert doc.metadata["pages"] == 5
    assert "并将准考证号条形码粘贴在答题卡上的指定位置" in doc.text  # wrapped in the PDF
    assert "A. {2} | B. {2, 3} | C. {3, 4} | D. {2, 3, 4}" in doc.text  # a row of choices as a table row


def test_units_page_and_section() -> None:
    pages = read(DOCS / "pdf" / "natnotes.pdf", unit="page")
    assert [d.metadata["page"] for d in pages] == [1, 2, 3, 4, 5, 6]
    assert all(d.metadata["pages"] == 6 for d in pages)
    assert len({d.id for d in pages}) == 6
    sections = read(DOCS / "markdown" / "pypdf-7.1.1-README.md", unit="section")
    headings = [d.metadata["section"] for d in sections]
    assert headings[:3] == [None, "Installation", "Usage"] or "Installation" in headings
    assert all(d.text.startswith("#") for d in sections if d.metadata["section"])
    whole = one(DOCS / "markdown" / "pypdf-7.1.1-README.md")
    assert all(d.text in whole.text for d in sections)


def test_word_document_structure_and_metadata() -> None:
    doc = one(DOCS / "docx" / "par-known-paragraphs.docx")
    assert doc.text.split("\n\n")[0] == "Heading Paragraph"
    assert doc.metadata["author"] == "Steve Canny"
    assert doc.metadata["created"].startswith("2014-12-26")
    listed = one(DOCS / "docx" / "num-having-numbering-part.docx")
    assert listed.text.startswith("- ")
    tables = one(DOCS / "docx" / "blk-paras-and-tables.docx")
    # a one-cell table holding paragraphs and a nested table, between two body paragraphs
    assert tables.text.split("\n\n")[1] == "Text before Table ; Between Text after"


def test_damaged_files_are_rejects_with_reasons_and_the_rest_is_read(tmp_path: Path) -> None:
    for name in ("natnotes-encrypted.pdf", "natnotes-scanned.pdf", "natnotes-truncated.pdf"):
        shutil.copy(DOCS / "derived" / name, tmp_path / name)
    shutil.copy(DOCS / "derived" / "par-known-paragraphs-truncated.docx", tmp_path / "broken.docx")
    shutil.copy(DOCS / "pdf" / "natnotes.pdf", tmp_path / "good.pdf")
    (tmp_path / "notes.odt").write_bytes(b"PK")
    docs = read(tmp_path / "*")
    reasons = {d.id.split(":")[1]: d.metadata.get(READ_ERROR, (None, ""))[0] for d in docs}
    assert reasons == {
        "broken.docx": "corrupt_file",
        "good.pdf": None,
        "natnotes-encrypted.pdf": "encrypted",
        "natnotes-scanned.pdf": "no_text_layer",
        "natnotes-truncated.pdf": "corrupt_file",
        "notes.odt": "unsupported_format",
    }
    scanned = next(d for d in docs if "scanned" in d.id)
    assert "1 pages" in scanned.metadata[READ_ERROR][1]


def test_a_file_over_max_record_mb_is_too_large() -> None:
    (doc,) = read(DOCS / "pdf" / "natnotes.pdf", max_record_mb=0.1)
    assert doc.metadata[READ_ERROR][0] == "too_large"


@pytest.mark.parametrize(
    ("name", "codec"),
    [("zh-cn.gb18030.txt", "gb18030"), ("zh-cn.utf-16.txt", "utf-16-le"), ("zh-tw.big5.txt", "big5hkscs")],
)
def test_text_documents_in_chinese_encodings(name: str, codec: str) -> None:
    source = SourceConfig(name="docs", type="documents", paths=[str(DOCS / "derived" / name)])
    reader = SourceReader(expand_sources([source]))
    (doc,) = reader.run(None, 0, 1)
    assert list(reader.stats.to_dict()["stats"]) == [f"encoding:{codec}:{source.paths[0]}"]
    assert "\ufffd" not in doc.text and "\ufeff" not in doc.text
    original = DOCS / "text" / f"debian-reference-{name[:5]}-1.1.13.txt"
    assert doc.text.split("\n\n")[0] in original.read_text(encoding="utf-8")
    assert len(re.findall("[\u4e00-\u9fff]", doc.text)) > 300


@pytest.mark.slow
def test_documents_config_balances_and_verifies(tmp_path: Path) -> None:
    out = tmp_path / "out"
    config = Path(__file__).parents[2] / "configs" / "documents.yaml"
    result = corpusmill("run", config, "--out", out)
    assert result.returncode == 0, result.stderr
    stats = json.loads((out / "stats.json").read_text())
    assert stats["accounting"]["problems"] == []
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]
    read = stats["stages"][0]["rejected"]
    assert read == {"read:corrupt_file": 2, "read:encrypted": 1, "read:no_text_layer": 1}
    rejects = rows(out / "rejects")
    near = rejects.filter(pl.col("reason") == "near_duplicate")
    assert near["id"].to_list() == ["docs:markdown/pypdf-7.1.1-README.md:1"]  # the later edition
    assert stats["encodings"][str(DOCS / "derived" / "zh-cn.gb18030.txt")] == "gb18030"
    kept = rows(out / "data")
    assert {"title", "path", "pages", "format", "author", "created"} <= set(kept.columns)
    assert corpusmill("verify", out).returncode == 0


def test_html_document_gives_its_main_text_and_title() -> None:
    doc = one(DOCS / "html" / "apa.zh-tw.html")
    assert (doc.metadata["format"], doc.metadata["title"]) == ("html", "附錄 A. 附錄")
    assert "<div" not in doc.text and "<p>" not in doc.text and "Debian 參考手冊" in doc.text


def test_word_sections_start_at_headings() -> None:
    (doc,) = read(DOCS / "docx" / "par-known-paragraphs.docx", unit="section")
    assert doc.metadata["section"] == "Heading Paragraph"
    assert doc.text.startswith("Heading Paragraph\n\n")


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(DOCS / "pdf" / "natnotes.pdf"))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    writer.write(tmp_path / "owner.pdf")
    assert one(tmp_path / "owner.pdf").text == one(DOCS / "pdf" / "natnotes.pdf").text


def test_section_unit_of_a_pdf_without_bookmarks_is_the_whole_document() -> None:
    (doc,) = read(DOCS / "pdf" / "natnotes.pdf", unit="section")
    assert doc.text == one(DOCS / "pdf" / "natnotes.pdf").text


def test_a_lone_utf16_surrogate_costs_its_section(tmp_path: Path) -> None:
    text = "# One\n\n第一节的文字。\n\n# Two\n\n第二节的文字。\n"
    data = text.encode("utf-16-le")
    cut = data.index("第二".encode("utf-16-le"))
    (tmp_path / "notes.md").write_bytes(b"\xff\xfe" + data[:cut] + b"\x00\xd8" + data[cut:])
    docs = read(tmp_path / "notes.md", unit="section")
    assert [d.metadata.get(READ_ERROR, ("kept",))[0] for d in docs] == ["kept", "bad_encoding"]
    assert docs[0].text == "# One\n\n第一节的文字。"
