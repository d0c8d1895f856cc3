"""Middlewares that make crawls incremental, resumable, bounded, filtered and archivable.

Only *page* requests (those whose callback is a spider's ``parse_page``) are touched: robots.txt
and sitemap fetches pass through as Scrapy made them.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.defer import deferred_from_coro
from w3lib.url import safe_url_string

from corpusmill.crawlers.items import Wire
from corpusmill.crawlers.state import PageVisit

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http.headers import Headers
    from scrapy.settings import BaseSettings

    from corpusmill.crawlers.spiders.base import PlanSpider

REPLAYED = "replayed"
_CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")
_MAX_BACKOFF = 300.0


def is_page_request(request: Request) -> bool:
    return getattr(request.callback, "__name__", None) == "parse_page"


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items() for v in values]


class SpiderAware:
    """A Scrapy component (middleware or item pipeline) built from the crawler, with its spider."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler)

    @property
    def spider(self) -> PlanSpider:
        return self.crawler.spider  # type: ignore[return-value]


class PageRequestMiddleware(BaseSpiderMiddleware):
    """Treats every page a spider wants to visit next alike, whether the link came from a page, a
    stored link list or a sitemap (whose requests Scrapy's ``SitemapSpider`` builds itself): applies
    the source's ``allow``/``deny`` regexes (start URLs are exempt) and attaches the spider's
    failure handler."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.patterns: tuple[list[re.Pattern[str]], list[re.Pattern[str]]] | None = None

    def allows(self, url: str) -> bool:
        if self.patterns is None:
            source = self.crawler.spider.source  # type: ignore[union-attr]
            self.patterns = ([re.compile(p) for p in source.allow], [re.compile(p) for p in source.deny])
        allow, deny = self.patterns
        return (not allow or any(p.search(url) for p in allow)) and not any(p.search(url) for p in deny)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if not is_page_request(request):
            return request
        if response is not None and not self.allows(request.url):
            self.crawler.stats.inc_value("corpusmill/url_filtered")
            return None
        if request.errback is None:
            request.errback = self.crawler.spider.page_failed  # type: ignore[union-attr]
        return request


class ReplayMiddleware(SpiderAware):
    """Answers from the state database, without the network, the URLs that this run already visited.

    A run restarted after a kill rebuilds its frontier this way: the start URLs are "visited" again
    from their stored links, so every page fetched before the kill leads to its links without
    being fetched twice. The replay is a 304 flagged ``replayed`` that the spider follows like a
    real 304.
    """

    def process_request(self, request: Request) -> Response | None:
        if not is_page_request(request):
            return None
        page = self.spider.crawl_state.page(self.spider.source.name, request.url)
        if page is None or page.run_id != self.spider.run.id:
            return None
        self.crawler.stats.inc_value("corpusmill/replayed")
        return Response(request.url, status=304, flags=[REPLAYED], request=request)


class WireMiddleware(SpiderAware):
    """Sits next to the network (priority 950): adds conditional headers, enforces the run's page and
    byte budgets, and keeps each response as it arrived, still content-encoded, for the WARC file.
    Redirect responses are kept as hops (and recorded as visits) so the archive shows the chain."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.requests: int | None = None
        self.bytes = 0
        self.exhausted: str | None = None

    def _load_totals(self) -> None:
        totals = self.spider.crawl_state.run_totals(self.spider.source.name, self.spider.run.id)
        self.requests, self.bytes = totals["requests"], totals["bytes"]

    def _stop(self, reason: str) -> None:
        if self.exhausted is None:
            self.exhausted = reason
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def process_request(self, request: Request) -> None:
        if not is_page_request(request):
            return
        if self.requests is None:
            self._load_totals()
        assert self.requests is not None
        source = self.spider.source
        if request.meta.get("corpusmill_counted") != request.url:
            if self.exhausted is None and self.requests >= source.max_pages:
                self._stop("max_pages")
            if self.exhausted is not None:
                self.crawler.stats.inc_value("corpusmill/budget_dropped")
                raise IgnoreRequest(f"{self.exhausted} reached")
            self.requests += 1
            request.meta["corpusmill_counted"] = request.url
        for name in _CONDITIONAL:  # a redirected request inherits the previous URL's headers
            request.headers.pop(name, None)
        if self.spider.full:
            return
        page = self.spider.crawl_state.page(source.name, request.url)
        if page is not None and page.content_hash is not None:
            if page.etag:
                request.headers[b"If-None-Match"] = page.etag
            if page.last_modified:
                request.headers[b"If-Modified-Since"] = page.last_modified

    def process_response(self, request: Request, response: Response) -> Response:
        if not is_page_request(request) or REPLAYED in response.flags:
            return response
        wire = Wire(
            url=response.url,
            method=request.method,
            request_headers=header_pairs(request.headers),
            status=response.status,
            protocol=response.protocol or "HTTP/1.1",
            response_headers=header_pairs(response.headers),
            body=response.body,
            fetched_at=time.time(),
            ip=str(response.ip_address) if response.ip_address else None,
        )
        self.bytes += len(response.body)
        if self.bytes >= self.spider.source.max_bytes:
            self._stop("max_bytes")
        location = response.headers.get(b"Location")
        if 300 <= response.status < 400 and location:
            target = response.urljoin(safe_url_string(location.decode("latin-1")))
            request.meta["corpusmill_hops"] = [*request.meta.get("corpusmill_hops", []), wire]
            self.spider.record(
                PageVisit(
                    url=response.url,
                    status=response.status,
                    outcome="redirect",
                    bytes=len(response.body),
                    links=[target],
                ),
                wire.fetched_at,
            )
        else:
            request.meta["corpusmill_wire"] = wire
        return response


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, but each new attempt waits ``backoff * 2**(n-1)`` seconds, or what the
    server's ``Retry-After`` asks (capped at 5 minutes), so a struggling server gets room."""

    def __init__(self, settings: BaseSettings) -> None:
        super().__init__(settings)
        self.backoff = settings.getfloat("CORPUSMILL_RETRY_BACKOFF", 1.0)

    def _delay(self, retry: Request, response: Response | None) -> float:
        delay = self.backoff * 2 ** (retry.meta.get("retry_times", 1) - 1)
        retry_after = response.headers.get(b"Retry-After") if response is not None else None
        if retry_after and retry_after.strip().isdigit():
            delay = max(delay, float(retry_after))
        return min(delay, _MAX_BACKOFF)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, response))
        return result

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self._delay(result, None))
        return result
