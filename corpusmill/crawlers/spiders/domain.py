"""The link-following spider: start URLs, then every in-domain link up to ``max_depth``.

A plain ``Spider`` with a ``LinkExtractor`` rather than ``CrawlSpider``: an unchanged page answers
304 with no body, and its links must then come from the state database, which ``CrawlSpider``'s
rules cannot do.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor

from corpusmill.crawlers.plan import HTML_TYPES, CrawlPlan, SourcePlan
from corpusmill.crawlers.spiders.base import PlanSpider


def in_domains(url: str, domains: list[str]) -> bool:
    """The offsite rule (a domain or its subdomains, any port), applied before links are stored."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower() for d in domains))


class DomainSpider(PlanSpider):
    name = "domain"
    follows_links = True

    def begin(self, plan: CrawlPlan, source: SourcePlan, full: bool) -> None:
        super().begin(plan, source, full)
        keeps_other_types = any(t not in HTML_TYPES for t in source.content_types)
        self.link_extractor = LinkExtractor(deny_extensions=[] if keeps_other_types else IGNORED_EXTENSIONS)

    async def start(self) -> AsyncIterator[Any]:
        for request in self.start_page_requests():
            yield request

    def page_links(self, response: Response) -> list[str]:
        if not isinstance(response, HtmlResponse):
            return []
        links = (link.url.split("#", 1)[0] for link in self.link_extractor.extract_links(response))
        return [url for url in dict.fromkeys(links) if in_domains(url, self.source.allowed_domains)]
