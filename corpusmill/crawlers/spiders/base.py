"""What both plan-driven spiders share: the run's bookkeeping and how a fetched page is judged.

A spider is started with ``-a plan=PATH -a source=NAME`` (``-a full=1`` to ignore stored
validators). It reads the plan in ``from_crawler``, where Scrapy still lets spiders change
settings, so per-source politeness, budgets and the job directory apply whether the spider was
launched by ``corpusmill crawl`` or by scrapyd.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from corpusmill.crawlers.items import PageItem, Wire
from corpusmill.crawlers.middlewares import REPLAYED
from corpusmill.crawlers.outputs import iso_date
from corpusmill.crawlers.plan import CrawlPlan, PlanError, SourcePlan, load_plan
from corpusmill.crawlers.settings import plan_settings
from corpusmill.crawlers.state import COMPLETE, CrawlState, PageVisit, Run

CLEAN_MARK = "corpusmill.clean"

COUNTERS = {
    "robots_blocked": "robotstxt/forbidden",
    "offsite_filtered": "offsite/filtered",
    "url_filtered": "corpusmill/url_filtered",
    "retries": "retry/count",
    "download_exceptions": "downloader/exception_count",
    "budget_dropped": "corpusmill/budget_dropped",
    "replayed": "corpusmill/replayed",
}
"""Run counters taken from Scrapy's stats of each process (a process killed outright loses its
share); page, byte and status figures come from the URL table instead and are always exact."""
_IGNORED = "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest"


def prepare_jobdir(jobdir: Path, resumed: bool) -> None:
    """Keep Scrapy's job directory only when it was closed gracefully by the run we continue.

    After SIGKILL its queue and seen-fingerprints disagree (the fingerprints are flushed, the queue
    state is not), which would silently drop pages; the state database rebuilds the frontier instead.
    """
    if not (resumed and (jobdir / CLEAN_MARK).exists()):
        shutil.rmtree(jobdir, ignore_errors=True)
    (jobdir / CLEAN_MARK).unlink(missing_ok=True)


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
    middleware, which follows them (within the allowed domains, thanks to the offsite filter)."""
    follows_links: ClassVar[bool] = False

    plan: CrawlPlan
    source: SourcePlan
    crawl_state: CrawlState
    run: Run
    resumed: bool
    full: bool

    @classmethod
    def from_crawler(cls, crawler, *args: Any, plan: str, source: str, full: str = "", **kwargs: Any):
        loaded = load_plan(plan)
        chosen = loaded.source(source)
        if chosen.spider != cls.name:
            raise PlanError(f"source {source!r} is crawled by the {chosen.spider!r} spider, not {cls.name!r}")
        crawler.settings.setdict(plan_settings(loaded, chosen), priority="spider")
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.begin(loaded, chosen, full=full.lower() in ("1", "true", "yes"))
        return spider

    def begin(self, plan: CrawlPlan, source: SourcePlan, full: bool) -> None:
        self.plan, self.source, self.full = plan, source, full
        self.allowed_domains = list(source.allowed_domains)
        self.start_urls = list(source.start_urls)
        self.folder = plan.source_dir(source.name)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.crawl_state = CrawlState(plan.state)
        self.run, self.resumed = self.crawl_state.open_run(source.name, os.getpid())
        self.started = time.time()
        jobdir = self.settings.get("JOBDIR")  # a command-line -s JOBDIR= may have emptied it
        self.jobdir = Path(jobdir) if jobdir else None
        if self.jobdir is not None:
            prepare_jobdir(self.jobdir, self.resumed)
        self.logger.info("%s run %d of source %r", "resuming" if self.resumed else "starting", self.run.id, source.name)
        if not source.obey_robots:
            self.logger.warning("ROBOTS.TXT IS IGNORED for source %r (obey_robots: false)", source.name)

    def page_request(self, url: str) -> Request:
        return Request(url, callback=self.parse_page, errback=self.page_failed)

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

    def record(self, visit: PageVisit, when: float) -> None:
        self.crawl_state.record_visit(self.source.name, self.run.id, visit, when)

    def follow(self, urls: Iterable[str], depth: int, redirect: bool = False) -> Iterator[Request]:
        if redirect or (self.follows_links and depth < self.source.max_depth):
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
            page = self.crawl_state.page(self.source.name, response.url)
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
        if item.content_type not in self.source.content_types:
            item.visit.outcome = "skipped_type"  # no validators kept: it was never stored
            yield item
            return
        digest = hashlib.sha1(response.body).hexdigest()
        known = self.crawl_state.page(self.source.name, response.url)
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
        item.store = outcome != "unchanged" or self.full
        item.wire, item.hops = wire, response.meta.get("corpusmill_hops", [])
        item.text = response.text if isinstance(response, TextResponse) else None
        item.content_language = _header(response, b"Content-Language")
        yield item
        yield from self.follow(links, depth)

    def closed(self, reason: str) -> None:
        outcome = reason if reason in COMPLETE else "interrupted" if reason == "shutdown" else "failed"
        scrapy_stats = self.crawler.stats.get_stats()
        mine = {key: scrapy_stats.get(stat, 0) for key, stat in COUNTERS.items()}
        mine["download_exceptions"] -= scrapy_stats.get(_IGNORED, 0)  # filtered requests are not errors
        counters = dict(self.run.counters)
        for key, value in mine.items():
            counters[key] = counters.get(key, 0) + value
        counters["elapsed_s"] = counters.get("elapsed_s", 0.0) + (time.time() - self.started)
        stats = self.run_stats(reason, outcome, counters)
        tmp = self.folder / "stats.json.tmp"
        tmp.write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
        tmp.replace(self.folder / "stats.json")
        self.crawl_state.close_run(self.run.id, outcome, counters, stats)
        self.crawl_state.close()
        if outcome == "interrupted" and self.jobdir is not None:
            (self.jobdir / CLEAN_MARK).touch()
        self.logger.info(
            "run %d of source %r: %s (%d pages, %d bytes)",
            self.run.id,
            self.source.name,
            outcome,
            stats["pages"],
            stats["bytes"],
        )

    def run_stats(self, reason: str, outcome: str, counters: dict[str, float]) -> dict:
        totals = self.crawl_state.run_totals(self.source.name, self.run.id)
        outcomes = totals["outcomes"]
        elapsed = counters["elapsed_s"]
        return {
            "source": self.source.name,
            "run_id": self.run.id,
            "spider": self.name,
            "outcome": outcome,
            "finish_reason": reason,
            "processes": self.run.processes,
            "started_at": iso_date(self.run.started_at),
            "finished_at": iso_date(time.time()),
            "pages": totals["requests"],
            "bytes": totals["bytes"],
            "status_codes": totals["status_codes"],
            "new": outcomes.get("new", 0),
            "changed": outcomes.get("changed", 0),
            "unchanged": outcomes.get("unchanged", 0),
            "not_modified": outcomes.get("not_modified", 0),
            "redirects": outcomes.get("redirect", 0),
            "skipped_type": outcomes.get("skipped_type", 0),
            "stored": outcomes.get("new", 0) + outcomes.get("changed", 0),
            "records": totals["records"],
            "errors": outcomes.get("error", 0),
            **{key: int(counters.get(key, 0)) for key in COUNTERS},
            "elapsed_s": round(elapsed, 3),
            "pages_per_second": round(totals["requests"] / elapsed, 2) if elapsed > 0 else 0.0,
        }
