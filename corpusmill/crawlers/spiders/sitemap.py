"""The sitemap spider: fetches the pages that sitemaps (or the sitemaps named in robots.txt) list,
plus any start URLs, without following links."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from scrapy.spiders import SitemapSpider

from corpusmill.crawlers.plan import CrawlPlan, SourcePlan
from corpusmill.crawlers.spiders.base import PlanSpider


class SitemapPagesSpider(PlanSpider, SitemapSpider):
    name = "sitemap"
    sitemap_rules: ClassVar[list[tuple[str, str]]] = [("", "parse_page")]

    def begin(self, plan: CrawlPlan, source: SourcePlan, full: bool) -> None:
        super().begin(plan, source, full)
        self.sitemap_urls = list(source.sitemaps)

    async def start(self) -> AsyncIterator[Any]:
        async for request in super().start():
            yield request
        for request in self.start_page_requests():
            yield request
