"""What both plan-driven spiders share: how page requests are made and a fetched page is judged.

A spider is started with ``-a plan=PATH -a source=NAME`` (``-a full=1`` to ignore stored
validators). It reads the plan in ``from_crawler``, where Scrapy still lets spiders change
settings, so per-source politeness, budgets and the job directory apply whether the spider was
launched by ``corpusmill crawl`` or by scrapyd; there it also opens the run's
:class:`~corpusmill.crawlers.context.CrawlContext`, which the middlewares and pipelines take from
the crawler.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from corpusmill.crawlers.context import REPLAYED, CrawlContext, attach, mark_page
from corpusmill.crawlers.items import PageItem, Wire
from corpusmill.crawlers.plan import PlanError, load_plan
from corpusmill.crawlers.settings import plan_settings
from corpusmill.crawlers.state import PageVisit
from corpusmill.io.html_decode import decode_html


def mime_type(response: Response) -> str:
    header = response.headers.get(b"Content-Type")
    if header:
        return header.split(b";")[0].strip().lower().decode("latin-1")
    return "text/html" if isinstance(response, HtmlResponse) else "application/octet-stream"


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class PlanSpider(Spider):
    handle_httpstatus_list: ClassVar[list[int]] = [304, *range(400, 600)]
    """304s and errors reach ``parse_page`` so they are recorded; 3xx stay with the redirect
    middleware, which follows them (within the plan's scope, thanks to the scope middleware)."""
    follows_links: ClassVar[bool] = False

    context: CrawlContext

    @classmethod
    def from_crawler(cls, crawler, *args: Any, plan: str, source: str, full: str = "", **kwargs: Any):
        loaded = load_plan(plan)
        chosen = loaded.source(source)
        if chosen.spider != cls.name:
            raise PlanError(f"source {source!r} is crawled by the {chosen.spider!r} spider, not {cls.name!r}")
        crawler.settings.setdict(plan_settings(loaded, chosen), priority="spider")
        spider = super().from_crawler(crawler, *args, **kwargs)
        jobdir = crawler.settings.get("JOBDIR")  # a command-line -s JOBDIR= may have emptied it
        context = CrawlContext.open(
            loaded, chosen, full.lower() in ("1", "true", "yes"), Path(jobdir) if jobdir else None
        )
        attach(crawler, context)
        spider.begin(context)
        return spider

    def begin(self, context: CrawlContext) -> None:
        self.context = context
        self.start_urls = list(context.source.start_urls)
        verb = "resuming" if context.resumed else "starting"
        self.logger.info("%s run %d of source %r", verb, context.run.id, context.source.name)
        if not context.source.obey_robots:
            self.logger.warning("ROBOTS.TXT IS IGNORED for source %r (obey_robots: false)", context.source.name)

    def page_request(self, url: str) -> Request:
        return mark_page(Request(url, callback=self.parse_page, errback=self.page_failed))

    def start_page_requests(self) -> Iterator[Request]:
        """Unlike Scrapy's default, start URLs go through the duplicate filter: a start page linked
        from another page must not be fetched twice. A resumed run gets them back by replay."""
        for url in self.start_urls:
            yield self.page_request(url)

    def page_failed(self, failure: Failure) -> Iterator[PageItem]:
        """Records pages that failed after their retries (timeouts, refused connections, bodies over
        ``max_response_size``), so they count as errors and a resumed run does not retry them.
        Requests dropped before any answer (robots.txt, offsite, budgets) are not visits."""
        request = failure.request  # type: ignore[attr-defined]
        wire: Wire | None = request.meta.get("corpusmill_wire")
        if wire is None and failure.check(IgnoreRequest):
            return
        self.logger.warning("page failed: %s: %s", request.url, failure.getErrorMessage())
        yield PageItem(
            visit=PageVisit(
                url=request.url, status=wire.status if wire else 0, outcome="error", bytes=len(wire.body) if wire else 0
            ),
            fetched_at=wire.fetched_at if wire else time.time(),
            depth=request.meta.get("depth", 0),
            content_type="",
            store=False,
        )

    def page_links(self, response: Response) -> list[str]:
        return []

    def follow(self, urls: Iterable[str], depth: int, redirect: bool = False) -> Iterator[Request]:
        if redirect or (self.follows_links and depth < self.context.source.max_depth):
            for url in urls:
                yield self.page_request(url)

    def parse_page(self, response: Response) -> Iterator[Request | PageItem]:
        depth = response.meta.get("depth", 0)
        wire: Wire | None = response.meta.get("corpusmill_wire")
        fetched_at = wire.fetched_at if wire else time.time()
        wire_bytes = len(wire.body) if wire else len(response.body)
        etag, last_modified = _header(response, b"ETag"), _header(response, b"Last-Modified")
        item = PageItem(
            visit=PageVisit(url=response.url, status=response.status, outcome="error", bytes=wire_bytes),
            fetched_at=fetched_at,
            depth=depth,
            content_type=mime_type(response),
            store=False,
        )
        if response.status == 304:
            page = self.context.page(response.url)
            if REPLAYED not in response.flags:
                item.visit.outcome, item.visit.etag, item.visit.last_modified = (
                    "not_modified",
                    etag,
                    last_modified,
                )
                yield item
            if page is not None:
                yield from self.follow(page.links, depth, redirect=page.outcome == "redirect")
            return
        if response.status >= 400:
            yield item
            return
        if item.content_type not in self.context.source.content_types:
            item.visit.outcome = "skipped_type"  # no validators kept: it was never stored
            yield item
            return
        digest = hashlib.sha1(response.body).hexdigest()
        known = self.context.page(response.url)
        if known is None or known.content_hash is None:
            outcome = "new"
        else:
            outcome = "unchanged" if known.content_hash == digest else "changed"
        links = self.page_links(response)
        item.visit = PageVisit(
            url=response.url,
            status=response.status,
            outcome=outcome,
            etag=etag,
            last_modified=last_modified,
            content_hash=digest,
            bytes=wire_bytes,
            links=links,
        )
        item.store = outcome != "unchanged" or self.context.full
        item.wire, item.hops = wire, response.meta.get("corpusmill_hops", [])
        # decoded as the WARC reader decodes the same page, so text records and WARC agree
        item.text = (
            decode_html(response.body, _header(response, b"Content-Type") or "")
            if isinstance(response, TextResponse)
            else None
        )
        item.content_language = _header(response, b"Content-Language")
        yield item
        yield from self.follow(links, depth)

    def closed(self, reason: str) -> None:
        stats = self.context.close(reason, self.name, self.crawler.stats.get_stats())
        self.logger.info(
            "run %d of source %r: %s (%d pages, %d bytes)",
            stats["run_id"],
            stats["source"],
            stats["outcome"],
            stats["pages"],
            stats["bytes"],
        )
