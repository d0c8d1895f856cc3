"""HTML to main text, for records that sources mark as HTML (WARC responses) and for crawled pages.

Two engines: resiliparse (the default: a C++ DOM walk with main-content heuristics, ~15x faster) and
trafilatura (Python, slower, a little more precise on pages with heavy side bars). Both the
pipeline's ``extract`` stage and the crawler call ``main_text`` with the same ``ExtractParams``, so a
crawl and a WARC run of the same page give the same text. Text records from other sources pass
through the stage untouched, so one config can mix WARC and JSONL. The engines are imported on
first use: a run without HTML never pays for them.
"""

from __future__ import annotations

from typing import Literal

from datatrove.data import Document

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.schema import HTML  # the WARC source's flag: text is still raw HTML

Engine = Literal["resiliparse", "trafilatura"]

MAX_DEPTH = 512
"""Deeper DOMs are rejected (``extract:too_deep``): resiliparse's main-content pass is quadratic in
nesting depth (10,000 unclosed ``<div>`` take 8 s, 100,000 over ten minutes), and lxml, which
trafilatura uses, gives up on such pages anyway. Browsers stop nesting at a similar depth."""
_DEEPER = " > ".join(["*"] * (MAX_DEPTH + 1))


class TooDeep(ValueError):
    """The page nests elements deeper than ``MAX_DEPTH``."""


class ExtractParams(StageParams):
    engine: Engine = "resiliparse"
    """HTML to main text with resiliparse (default: a C++ DOM walk, about 15x faster) or trafilatura (Python, a
    little more precise on pages with heavy side bars)."""
    include_tables: bool = True
    """trafilatura only: resiliparse always keeps table text."""
    include_comments: bool = False
    """Reader comment sections (both engines)."""
    favor_precision: bool = True
    """trafilatura only: drop borderline blocks rather than keep them."""


def main_text(html: str, params: ExtractParams, url: str | None = None) -> str:
    """The main text of an HTML page, stripped; "" when the engine finds none. Raises ``TooDeep``."""
    if params.engine == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        # Via bytes, so a lone surrogate (from a lenient decoder upstream) cannot raise.
        tree = HTMLTree.parse_from_bytes(html.encode("utf-8", "replace"), "utf-8")
        if tree.document is not None and tree.document.query_selector(_DEEPER) is not None:
            raise TooDeep(f"elements nested deeper than {MAX_DEPTH}")
        # Alt texts ("logo", "icon") and form fields are page furniture, not prose.
        text = extract_plain_text(
            tree, main_content=True, alt_texts=False, form_fields=False, comments=params.include_comments
        )
    else:
        text = _trafilatura_text(html, params, url)
    return text.strip() if text else ""


def _trafilatura_text(html: str, params: ExtractParams, url: str | None) -> str:
    """trafilatura's text with a blank line between block elements (paragraphs, headings, lists,
    tables, quotes), as resiliparse writes it: trafilatura's own text output puts every block on
    the next line, so paragraphs could not be told from the lines of a list or a poem."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        favor_precision=params.favor_precision,
        include_tables=params.include_tables,
        include_comments=params.include_comments,
        deduplicate=False,
        with_metadata=False,
    )
    if document is None:
        return ""
    bodies = [document.body, document.commentsbody if params.include_comments else None]
    blocks = (
        xmltotxt(block, include_formatting=False).strip() for body in bodies if body is not None for block in body
    )
    return "\n\n".join(block for block in blocks if block)


class Extract(Stage):
    name = "extract"
    decides = False  # edits text; rejects only what nothing is left of (no tag mode)
    Params = ExtractParams

    def process(self, doc: Document) -> Verdict:
        if not doc.metadata.pop(HTML, False):
            return None
        try:
            text = main_text(doc.text, self.params, doc.metadata.get("url"))
        except TooDeep as err:
            return Reject("extract:too_deep", f"{err} in {len(doc.text)} bytes of HTML")
        if not text:
            return Reject("extract:no_text", f"no main text in {len(doc.text)} bytes of HTML ({self.params.engine})")
        doc.text = text
        return None
