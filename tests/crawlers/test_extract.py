"""Text records from real pages: main text, title, language hint, stable ids."""

from __future__ import annotations

import pytest
from datatrove.data import Document

from corpusmill.crawlers.extract import extract_html, extract_plain, language_hint, page_title, record_id
from corpusmill.filters.extract import Extract, ExtractParams
from corpusmill.schema import HTML
from tests.crawlers.harness import SITE


def page(name: str) -> str:
    return (SITE / name).read_text(encoding="utf-8")


def test_main_text_without_navigation():
    params = ExtractParams(engine="trafilatura")
    extracted = extract_html(page("tutorial-join.html"), "http://127.0.0.1/tutorial-join.html", None, params)
    assert extracted is not None
    assert extracted.title == "2.6. Joins Between Tables"
    assert "Queries can access multiple tables at once" in extracted.text
    assert "Prev" not in extracted.text.split()  # the navigation bar is dropped
    assert extracted.language_hint is None  # the PostgreSQL pages declare no language


def test_crawler_and_pipeline_share_one_extraction():
    """A crawled page and the same page read from a WARC by the ``extract`` stage give the same text."""
    html = page("tutorial-join.html")
    extracted = extract_html(html, "http://127.0.0.1/tutorial-join.html", None)
    assert extracted is not None and "Queries can access multiple tables at once" in extracted.text
    warc_doc = Document(text=html, id="p", metadata={HTML: True, "url": "http://127.0.0.1/tutorial-join.html"})
    assert Extract().process(warc_doc) is None
    assert warc_doc.text == extracted.text


def test_chinese_page_text_and_hint_from_the_http_header():
    extracted = extract_html(page("zh/pr01.zh-cn.html"), "http://127.0.0.1/zh/pr01.zh-cn.html", "zh-CN")
    assert extracted is not None
    assert extracted.title == "序言" and "Debian 参考手册" in extracted.text
    assert extracted.language_hint == "zh-cn"


@pytest.mark.parametrize(
    ("html", "header", "hint"),
    [
        ('<html lang="en-US"><head>', "fr", "en-us"),
        ("<html xml:lang='zh_Hans' xmlns='x'>", None, "zh-hans"),
        ('<head><meta http-equiv="Content-Language" content="de"></head>', None, "de"),
        ("<html><head>", "ja, en", "ja"),
        ("<html><head>", None, None),
    ],
)
def test_language_hint_prefers_what_the_page_declares(html: str, header: str | None, hint: str | None):
    assert language_hint(html, header) == hint


def test_title_entities_and_whitespace():
    assert page_title("<title>\n  A &amp; B\n </title>") == "A & B"


def test_empty_pages_give_no_record():
    assert extract_html("<html><head><title>x</title></head><body></body></html>", "http://127.0.0.1/", None) is None
    assert extract_plain("  \n", None) is None
    assert extract_plain("SELECT 1;\n", "en").text == "SELECT 1;"


def test_record_ids_follow_url_and_content():
    assert record_id("http://a/", "h1") == record_id("http://a/", "h1")
    assert len({record_id("http://a/", "h1"), record_id("http://a/", "h2"), record_id("http://b/", "h1")}) == 3
