"""Middlewares that keep crawls in scope, filtered, incremental, resumable, bounded and archivable.

One job each. They take the run's :class:`~corpusmill.crawlers.context.CrawlContext` from the crawler
and touch only *page* requests (marked in ``request.meta``): robots.txt and sitemap fetches pass
through as Scrapy made them. Downloader order (lower runs first on the way out):
Replay 40, Scope 50, retries 550, Budget 930, ConditionalRequest 940, Wire 950 (next to the network).
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.defer import deferred_from_coro
from w3lib.url import safe_url_string

from corpusmill.crawlers.context import REPLAYED, ContextComponent, CrawlContext, context_of, is_page_request
from corpusmill.crawlers.items import Wire
from corpusmill.crawlers.state import PageVisit

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http.headers import Headers
    from scrapy.settings import BaseSettings

_CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")
_MAX_BACKOFF = 300.0


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items() for v in values]


class UrlFilterMiddleware(BaseSpiderMiddleware):
    """Applies the source's ``allow``/``deny`` regexes to the pages a spider wants to visit next,
    whether the link came from a page, a stored link list or a sitemap. Start URLs are exempt."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        source = context_of(crawler).source
        self.allow = [re.compile(p) for p in source.allow]
        self.deny = [re.compile(p) for p in source.deny]

    def allows(self, url: str) -> bool:
        return (not self.allow or any(p.search(url) for p in self.allow)) and not any(p.search(url) for p in self.deny)

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or not is_page_request(request) or self.allows(request.url):
            return request
        self.crawler.stats.inc_value("corpusmill/url_filtered")
        return None


class ScopeMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter (same counters, same place) with the plan's scope: origins, not host
    names, so a redirect or link to another port of the same host is dropped (see crawlers/scope.py)."""

    def should_follow(self, request: Request, spider: Spider) -> bool:
        return context_of(self.crawler).scope.allows(request.url)


class ReplayMiddleware(ContextComponent):
    """Answers from the state database, without the network, the URLs that this run already visited.

    A run restarted after a kill rebuilds its frontier this way: the start URLs are "visited" again
    from their stored links, so every page fetched before the kill leads to its links without
    being fetched twice. The replay is a 304 flagged ``replayed`` that the spider follows like a
    real 304.
    """

    def process_request(self, request: Request) -> Response | None:
        if not is_page_request(request):
            return None
        page = self.context.page(request.url)
        if page is None or page.run_id != self.context.run.id:
            return None
        self.crawler.stats.inc_value("corpusmill/replayed")
        return Response(request.url, status=304, flags=[REPLAYED], request=request)


class BudgetMiddleware(ContextComponent):
    """Enforces the run's page and byte budgets (``max_pages``, ``max_bytes``), counted across the
    processes of a resumed run: at the limit it stops the crawl and drops what is still queued.
    A page is counted once, when it is asked for: its retries and redirect hops are not pages."""

    def __init__(self, crawler: Crawler, context: CrawlContext) -> None:
        super().__init__(crawler, context)
        self.requests: int | None = None
        self.bytes = 0
        self.exhausted: str | None = None

    def _stop(self, reason: str) -> None:
        if self.exhausted is None:
            self.exhausted = reason
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def process_request(self, request: Request) -> None:
        if not is_page_request(request) or request.meta.get("corpusmill_counted") == request.url:
            return  # a retry of a counted URL is not a new page
        if request.meta.get("corpusmill_counted") in request.meta.get("redirect_urls", ()):
            request.meta["corpusmill_counted"] = request.url  # a redirect hop: the page it leads to
            return  # was counted when it was asked for
        if self.requests is None:
            totals = self.context.totals()
            self.requests, self.bytes = totals["pages"], totals["bytes"]
        if self.exhausted is None and self.requests >= self.context.source.max_pages:
            self._stop("max_pages")
        if self.exhausted is not None:
            self.crawler.stats.inc_value("corpusmill/budget_dropped")
            raise IgnoreRequest(f"{self.exhausted} reached")
        self.requests += 1
        request.meta["corpusmill_counted"] = request.url

    def process_response(self, request: Request, response: Response) -> Response:
        if is_page_request(request) and REPLAYED not in response.flags:
            self.bytes += len(response.body)
            if self.bytes >= self.context.source.max_bytes:
                self._stop("max_bytes")
        return response


class ConditionalRequestMiddleware(ContextComponent):
    """Asks "changed since?" with the validators stored for a page (unless the crawl is ``--full``)."""

    def process_request(self, request: Request) -> None:
        if not is_page_request(request):
            return
        for name in _CONDITIONAL:  # a redirected request inherits the previous URL's headers
            request.headers.pop(name, None)
        if self.context.full:
            return
        page = self.context.page(request.url)
        if page is not None and page.content_hash is not None:
            if page.etag:
                request.headers[b"If-None-Match"] = page.etag
            if page.last_modified:
                request.headers[b"If-Modified-Since"] = page.last_modified


class WireMiddleware(ContextComponent):
    """Keeps each page response as it crossed the network, still content-encoded, for the WARC file.
    A redirect is kept as a hop of the request and recorded as a visit, so the archive shows the chain."""

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
        location = response.headers.get(b"Location")
        if 300 <= response.status < 400 and location:
            target = response.urljoin(safe_url_string(location.decode("latin-1")))
            request.meta["corpusmill_hops"] = [*request.meta.get("corpusmill_hops", []), wire]
            visit = PageVisit(url=response.url, status=response.status, outcome="redirect", bytes=len(response.body))
            visit.links = [target]
            self.context.record(visit, wire.fetched_at)
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
