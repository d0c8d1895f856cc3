"""The sitemap spider: fetches the pages that sitemaps (or the sitemaps named in robots.txt) list,
plus any start URLs, without following links."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

from scrapy import Request
from scrapy.http import Response
from scrapy.spiders import SitemapSpider

from corpusmill.crawlers.context import CrawlContext, mark_page
from corpusmill.crawlers.spiders.base import PlanSpider


class SitemapPagesSpider(PlanSpider, SitemapSpider):
    name = "sitemap"
    sitemap_rules: ClassVar[list[tuple[str, str]]] = [("", "parse_page")]

    def begin(self, context: CrawlContext) -> None:
        super().begin(context)
        self.sitemap_urls = list(context.source.sitemaps)

    def _parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Scrapy builds the requests for a sitemap's entries itself (with the ``sitemap_rules``
        callback); here they become page requests like those the spider makes."""
        for request in super()._parse_sitemap(response):
            if request.callback == self.parse_page:
                request.errback = self.page_failed
                mark_page(request)
            yield request

    async def start(self) -> AsyncIterator[Any]:
        async for request in super().start():
            yield request
        for request in self.start_page_requests():
            yield request
