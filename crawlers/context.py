"""The state of one crawl of one source, shared by the spider, its middlewares and item pipelines.

The spider opens it in ``from_crawler`` (where it reads the plan, before Scrapy builds the other
components) and attaches it to the crawler; middlewares and pipelines take it from the crawler in
their own ``from_crawler``. None of them reaches into the spider, and the spider knows none of them.

What a request is for travels with it in ``request.meta`` (:func:`mark_page`), so redirects and
retries, which copy the meta, stay page requests; robots.txt and sitemap fetches carry no mark.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import Request

from corpusmill.crawlers.outputs import iso_date
from corpusmill.crawlers.plan import CrawlPlan, SourcePlan
from corpusmill.crawlers.scope import Scope
from corpusmill.crawlers.state import COMPLETE, UNREACHABLE, CrawlState, PageState, PageVisit, Run

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

KIND = "corpusmill_kind"
PAGE = "page"
REPLAYED = "replayed"
"""Response flag of a visit answered from the state database (see ReplayMiddleware)."""
CLEAN_MARK = "corpusmill.clean"
_ATTRIBUTE = "corpusmill_context"

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


def mark_page(request: Request) -> Request:
    request.meta[KIND] = PAGE
    return request


def is_page_request(request: Request) -> bool:
    return request.meta.get(KIND) == PAGE


def prepare_jobdir(jobdir: Path, resumed: bool) -> None:
    """Keep Scrapy's job directory only when it was closed gracefully by the run we continue.

    After SIGKILL its queue and seen-fingerprints disagree (the fingerprints are flushed, the queue
    state is not), which would silently drop pages; the state database rebuilds the frontier instead.
    """
    if not (resumed and (jobdir / CLEAN_MARK).exists()):
        shutil.rmtree(jobdir, ignore_errors=True)
    (jobdir / CLEAN_MARK).unlink(missing_ok=True)


@dataclass
class CrawlContext:
    plan: CrawlPlan
    source: SourcePlan
    full: bool
    """Ignore stored validators: fetch and store every page."""
    state: CrawlState
    run: Run
    resumed: bool
    jobdir: Path | None
    scope: Scope
    started: float = field(default_factory=time.time)

    @classmethod
    def open(cls, plan: CrawlPlan, source: SourcePlan, full: bool, jobdir: Path | None) -> CrawlContext:
        """Open (or resume) the source's run in the state database."""
        plan.source_dir(source.name).mkdir(parents=True, exist_ok=True)
        state = CrawlState(plan.state)
        run, resumed = state.open_run(source.name, os.getpid())
        if jobdir is not None:
            prepare_jobdir(jobdir, resumed)
        return cls(plan, source, full, state, run, resumed, jobdir, source.scope)

    @property
    def folder(self) -> Path:
        return self.plan.source_dir(self.source.name)

    def page(self, url: str) -> PageState | None:
        return self.state.page(self.source.name, url)

    def record(self, visit: PageVisit, when: float) -> None:
        self.state.record_visit(self.source.name, self.run.id, visit, when)

    def totals(self) -> dict:
        return self.state.run_totals(self.source.name, self.run.id)

    def close(self, reason: str, spider: str, scrapy_stats: dict) -> dict:
        """End this process's share of the run: stats.json, the run row, the clean-stop mark."""
        outcome = reason if reason in COMPLETE else "interrupted" if reason == "shutdown" else "failed"
        if outcome == "finished" and self.never_answered():
            outcome = UNREACHABLE
        mine = {key: scrapy_stats.get(stat, 0) for key, stat in COUNTERS.items()}
        mine["download_exceptions"] -= scrapy_stats.get(_IGNORED, 0)  # filtered requests are not errors
        counters = dict(self.run.counters)
        for key, value in mine.items():
            counters[key] = counters.get(key, 0) + value
        counters["elapsed_s"] = counters.get("elapsed_s", 0.0) + (time.time() - self.started)
        stats = self.run_stats(reason, outcome, spider, counters)
        tmp = self.folder / "stats.json.tmp"
        tmp.write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
        tmp.replace(self.folder / "stats.json")
        self.state.close_run(self.run.id, outcome, counters, stats)
        self.state.close()
        if outcome == "interrupted" and self.jobdir is not None:
            (self.jobdir / CLEAN_MARK).touch()
        return stats

    def never_answered(self) -> bool:
        """No request of this run got an HTTP response, and some failed: the crawl ran out of work
        because the site never answered (refused, timed out, unknown host), not because it was done."""
        totals = self.totals()
        answered = sum(n for status, n in totals["status_codes"].items() if status != "0")
        return answered == 0 and totals["outcomes"].get("error", 0) > 0

    def run_stats(self, reason: str, outcome: str, spider: str, counters: dict[str, float]) -> dict:
        totals = self.totals()
        outcomes = totals["outcomes"]
        elapsed = counters["elapsed_s"]
        return {
            "source": self.source.name,
            "run_id": self.run.id,
            "spider": spider,
            "outcome": outcome,
            "finish_reason": reason,
            "processes": self.run.processes,
            "started_at": iso_date(self.run.started_at),
            "finished_at": iso_date(time.time()),
            "pages": totals["pages"],
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
            "pages_per_second": round(totals["pages"] / elapsed, 2) if elapsed > 0 else 0.0,
        }


def attach(crawler: Crawler, context: CrawlContext) -> None:
    setattr(crawler, _ATTRIBUTE, context)


def context_of(crawler: Crawler) -> CrawlContext:
    context = getattr(crawler, _ATTRIBUTE, None)
    if context is None:
        raise RuntimeError("corpusmill crawl components need a crawl started by a corpusmill plan spider")
    return context


class ContextComponent:
    """A downloader middleware or item pipeline built from the crawler, working on the run's context."""

    def __init__(self, crawler: Crawler, context: CrawlContext) -> None:
        self.crawler = crawler
        self.context = context

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        return cls(crawler, context_of(crawler))
