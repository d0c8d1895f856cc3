"""What a spider hands to the item pipelines for each visited page."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpusmill.crawlers.state import PageVisit


@dataclass
class Wire:
    """One HTTP exchange as it crossed the network (body still content-encoded), for the WARC.

    Redirect hops travel in request meta, which Scrapy pickles into the job directory, so this
    stays a plain picklable dataclass.
    """

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    protocol: str
    response_headers: list[tuple[str, str]]
    body: bytes
    fetched_at: float
    ip: str | None


@dataclass(repr=False)
class PageItem:
    visit: PageVisit
    fetched_at: float
    depth: int
    content_type: str
    store: bool
    """Write raw and text output: the page is new or changed (or the crawl is ``--full``)."""
    wire: Wire | None = None
    hops: list[Wire] = field(default_factory=list)
    text: str | None = None
    """The body decoded to text (after Content-Encoding and charset), what extraction reads."""
    content_language: str | None = None
    warc_file: str | None = None
    warc_record_id: str | None = None

    def __repr__(self) -> str:  # Scrapy logs items; the bodies would flood the log
        return f"PageItem({self.visit.url!r}, {self.visit.status}, {self.visit.outcome})"
