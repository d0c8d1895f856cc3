"""A page's text does not depend on whether its server declared the right charset (issue 28,
item 8): the real non-UTF-8 pages of a Common Crawl excerpt (GBK, GB2312, windows-1251,
ISO-8859-1), served again with ``charset=utf-8``, ``charset=iso-8859-1`` or no charset and with
their ``<meta>`` removed, decode to the text their right declaration gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from corpusmill.io.html_decode import META_CHARSET, decode_html

WARC = "web/warc/resiliparse/warcfile.warc.gz"


def non_utf8_pages(test_data: Path) -> list[tuple[str, str, bytes]]:
    """(url, Content-Type, body) of every page that is not UTF-8."""
    pages = []
    with (test_data / WARC).open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response":
                continue
            body = record.content_stream().read()
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                url = record.rec_headers.get_header("WARC-Target-URI")
                pages.append((url, record.http_headers.get_header("Content-Type") or "", body))
    return pages


def without_meta(body: bytes) -> bytes:
    return META_CHARSET.sub(b"<meta data-x", body)


def test_the_excerpt_holds_the_encodings_this_test_is_about(test_data: Path) -> None:
    declared = {(META_CHARSET.search(body[:4096]).group(1).lower()) for _, _, body in non_utf8_pages(test_data)}
    assert {b"gbk", b"gb2312", b"windows-1251", b"iso-8859-1"} <= declared


@pytest.mark.parametrize("served", ["text/html; charset=utf-8", "text/html; charset=iso-8859-1", "text/html", ""])
def test_a_wrong_or_missing_charset_gives_the_right_text(test_data: Path, served: str) -> None:
    for url, _, body in non_utf8_pages(test_data):
        declared = META_CHARSET.search(body[:4096]).group(1).decode()
        expected = decode_html(without_meta(body), f"text/html; charset={declared}")
        assert decode_html(without_meta(body), served) == expected, (url, served)


def test_gbk_served_as_latin1_is_chinese_not_mojibake(test_data: Path) -> None:
    gbk = "http://041696.com/15477/list_6_4.html"
    body = next(body for url, _, body in non_utf8_pages(test_data) if url == gbk)
    text = decode_html(without_meta(body), "text/html; charset=iso-8859-1")
    assert "企业公告" in text and "ÆóÒµ" not in text


def test_utf8_with_one_bad_byte_stays_utf8() -> None:
    body = ("<html><body>" + "中文网页的正文内容。" * 50 + "</body></html>").encode()
    broken = body[:192] + b"\xff" + body[192:]  # between two characters
    text = decode_html(broken, "text/html; charset=utf-8")
    assert text.count("中文网页的正文内容。") == 50 and text.count("\ufffd") == 1


def test_accented_latin_without_a_charset_is_cp1252() -> None:
    body = "<p>Le café où l'on déjeune, près de la forêt, coûte cher à Noël.</p>".encode("cp1252") * 20
    assert decode_html(body, "text/html") == body.decode("cp1252")
