"""The link-following spider: start URLs, then every in-domain link up to ``max_depth``.

A plain ``Spider`` with a ``LinkExtractor`` rather than ``CrawlSpider``: an unchanged page answers
304 with no body, and its links must then come from the state database, which ``CrawlSpider``'s
rules cannot do.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor

from corpusmill.crawlers.context import CrawlContext
from corpusmill.crawlers.plan import HTML_TYPES
from corpusmill.crawlers.spiders.base import PlanSpider


class DomainSpider(PlanSpider):
    name = "domain"
    follows_links = True

    def begin(self, context: CrawlContext) -> None:
        super().begin(context)
        keeps_other_types = any(t not in HTML_TYPES for t in context.source.content_types)
        self.link_extractor = LinkExtractor(deny_extensions=[] if keeps_other_types else IGNORED_EXTENSIONS)

    async def start(self) -> AsyncIterator[Any]:
        for request in self.start_page_requests():
            yield request

    def page_links(self, response: Response) -> list[str]:
        if not isinstance(response, HtmlResponse):
            return []
        links = (link.url.split("#", 1)[0] for link in self.link_extractor.extract_links(response))
        # the scope applied before links are stored, so a recrawl's 304 never leads out of it
        return [url for url in dict.fromkeys(links) if self.context.scope.allows(url)]
