"""HTML to main text with trafilatura, for records that sources mark as HTML (WARC responses).

Text records from other sources pass through untouched, so one config can mix WARC and JSONL.
"""

from __future__ import annotations

import trafilatura
from datatrove.data import Document

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict

HTML = "_html"
"""Metadata flag set by the WARC source on records whose text is still raw HTML."""


class ExtractParams(StageParams):
    favor_precision: bool = True
    include_tables: bool = True
    include_comments: bool = False


class Extract(Stage):
    name = "extract"
    Params = ExtractParams

    def process(self, doc: Document) -> Verdict:
        if not doc.metadata.pop(HTML, False):
            return None
        text = trafilatura.extract(
            doc.text,
            url=doc.metadata.get("url") or None,
            favor_precision=self.params.favor_precision,
            include_tables=self.params.include_tables,
            include_comments=self.params.include_comments,
            deduplicate=False,
        )
        if not text or not text.strip():
            return Reject("extract:no_text", f"no main text in {len(doc.text)} bytes of HTML")
        doc.text = text
        return None
