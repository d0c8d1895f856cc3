"""Item pipelines, in order: raw exchange to WARC, main text to JSONL, visit to the state database.

The state is written last, after both files were flushed: a crawl killed in between fetches the
page again on resume (a possible duplicate record) rather than believing it stored a page it lost.
"""

from __future__ import annotations

import asyncio

import scrapy

from corpusmill.crawlers.context import ContextComponent
from corpusmill.crawlers.extract import Extracted, extract_html, extract_plain, record_id
from corpusmill.crawlers.items import PageItem
from corpusmill.crawlers.outputs import JsonlRecords, WarcFiles, file_stamp, iso_date, recover_open_files
from corpusmill.crawlers.plan import HTML_TYPES


class WarcPipeline(ContextComponent):
    """New and changed pages, with the redirects that led to them, as WARC request/response pairs."""

    def open_spider(self) -> None:
        plan, source = self.context.plan, self.context.source
        folder = self.context.folder / "warc"
        folder.mkdir(parents=True, exist_ok=True)
        recover_open_files(folder)
        info = {
            "software": f"corpusmill crawler (Scrapy {scrapy.__version__})",
            "format": "WARC File Format 1.0",
            "isPartOf": source.name,
            "http-header-user-agent": plan.user_agent,
            "robots": "obey" if source.obey_robots else "ignore",
        }
        self.files = WarcFiles(folder, f"{source.name}-{file_stamp()}", plan.warc_file_size, info)

    def process_item(self, item: PageItem) -> PageItem:
        if not item.store or item.wire is None:
            return item
        for hop in item.hops:
            content_type = dict((k.lower(), v) for k, v in hop.response_headers).get("content-type")
            self.files.write(hop, content_type.split(";")[0].strip().lower() if content_type else None)
        item.warc_file, item.warc_record_id = self.files.write(item.wire, item.content_type)
        return item

    def close_spider(self) -> None:
        self.files.close()


class TextPipeline(ContextComponent):
    """Main text of new and changed HTML (and kept plain-text) pages as JSONL records that
    ``corpusmill run`` reads as a ``jsonl`` source (``text_field: text``, ``id_field: id``)."""

    def open_spider(self) -> None:
        folder = self.context.folder / "records"
        folder.mkdir(parents=True, exist_ok=True)
        recover_open_files(folder)
        self.records = JsonlRecords(folder / f"{self.context.source.name}-{file_stamp()}.jsonl")

    async def process_item(self, item: PageItem) -> PageItem:
        if not item.store or item.text is None:
            return item
        extracted: Extracted | None = None
        if item.content_type in HTML_TYPES:
            # Off the reactor thread: extraction costs tens of milliseconds per page.
            extracted = await asyncio.to_thread(extract_html, item.text, item.visit.url, item.content_language)
        elif item.content_type == "text/plain":
            extracted = extract_plain(item.text, item.content_language)
        if extracted is None:
            return item
        assert item.visit.content_hash is not None
        item.visit.record_id = record_id(item.visit.url, item.visit.content_hash)
        self.records.write(
            {
                "id": item.visit.record_id,
                "text": extracted.text,
                "url": item.visit.url,
                "title": extracted.title,
                "fetched_at": iso_date(item.fetched_at),
                "language_hint": extracted.language_hint,
                "crawl_source": self.context.source.name,
                "status": item.visit.status,
                "content_type": item.content_type,
                "content_hash": item.visit.content_hash,
                "depth": item.depth,
                "warc_file": item.warc_file,
                "warc_record_id": item.warc_record_id,
            }
        )
        return item

    def close_spider(self) -> None:
        self.records.close()


class StatePipeline(ContextComponent):
    """Remembers the visit: validators, hash and links for the next recrawl, run id for resuming."""

    def process_item(self, item: PageItem) -> PageItem:
        self.context.record(item.visit, item.fetched_at)
        return item
