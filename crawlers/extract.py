"""Main text and metadata of a fetched page, as the record ``corpusmill run`` reads.

The main text comes from ``filters.extract.main_text`` with the pipeline's default ``ExtractParams``
(navigation, headers and footers dropped), so a crawled page and the same page read from a WARC
give the same text. The language is only a *hint* taken from
what the page declares (``<html lang>``, a content-language meta, the HTTP header): the pipeline's
language stage decides, this only helps when reading a crawl by eye or routing by site.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass

from corpusmill.filters.extract import ExtractParams, TooDeep, main_text

EXTRACT = ExtractParams()
_HTML_LANG = re.compile(r"<html\b[^>]*?\b(?:xml:)?lang\s*=\s*[\"']?([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*)", re.I)
_META_LANG = re.compile(
    r"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?content\s*=\s*[\"']?([A-Za-z-_]+)",
    re.I,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str
    language_hint: str | None


def record_id(url: str, content_hash: str) -> str:
    """Same URL and same bytes give the same id, so refetching identical content cannot add a
    second record under a new id; a changed page gets a new one."""
    return hashlib.sha1(f"{url}\n{content_hash}".encode()).hexdigest()[:20]


def language_hint(page: str, content_language: str | None) -> str | None:
    head = page[:16384]
    for pattern in (_HTML_LANG, _META_LANG):
        if match := pattern.search(head):
            return match.group(1).lower().replace("_", "-")
    if content_language:
        return content_language.split(",")[0].strip().lower() or None
    return None


def page_title(page: str) -> str:
    """The ``<title>``, by a regex on the head: a metadata pass (trafilatura's) would cost as much
    as the text extraction itself (it also hunts for dates and authors)."""
    match = _TITLE.search(page[:65536])
    return html.unescape(" ".join(match.group(1).split())) if match else ""


def extract_html(
    page: str, url: str, content_language: str | None, params: ExtractParams = EXTRACT
) -> Extracted | None:
    """Main text of an HTML page, or None when the extractor finds no main content (or the page
    nests too deep to extract in bounded time)."""
    try:
        text = main_text(page, params, url)
    except TooDeep:
        return None
    if not text:
        return None
    return Extracted(text=text, title=page_title(page), language_hint=language_hint(page, content_language))


def extract_plain(text: str, content_language: str | None) -> Extracted | None:
    """A kept ``text/plain`` page is its own main text."""
    text = text.strip()
    if not text:
        return None
    return Extracted(text=text, title="", language_hint=language_hint("", content_language))
