"""A crawl plan's sources crawled one after another, and what ``status`` shows of each source.

``crawl_in_turn`` is what ``corpusmill crawl run`` and ``crawl due`` do: a source that another live
process is crawling is skipped (``Busy``); every other source is crawled in its own process
(``scheduler.run_source``). It yields what happens as it happens, so that the caller can say so
before a crawl starts and after it ends; ``failed`` tells which events make the command fail.
``plan_status`` reads the state database for the status table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpusmill.crawlers.plan import CrawlPlan, SourcePlan
from corpusmill.crawlers.scheduler import CrawlResult, Progress, next_due, run_source
from corpusmill.crawlers.state import COMPLETE, CrawlState, Run


@dataclass(frozen=True)
class Busy:
    """A source skipped because a live process (``run.pid``) is crawling it."""

    source: SourcePlan
    run: Run


@dataclass(frozen=True)
class Starting:
    """A source about to be crawled: its crawl runs when the next event is asked for."""

    source: SourcePlan


Event = Busy | Starting | CrawlResult


def crawl_in_turn(
    plan_path: Path,
    plan: CrawlPlan,
    sources: list[SourcePlan],
    full: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    every: float = 5.0,
) -> Iterator[Event]:
    """Crawl ``sources`` one after another (an interrupted run of a source is resumed)."""
    for source in sources:
        state = CrawlState(plan.state)
        try:
            last = state.last_run(source.name)
        finally:
            state.close()
        if last is not None and last.alive:
            yield Busy(source, last)
            continue
        yield Starting(source)
        yield run_source(plan_path, plan, source, full=full, on_progress=on_progress, every=every)


def failed(event: Event) -> bool:
    """A skipped source or a crawl that did not complete: the command then exits with status 1."""
    return isinstance(event, Busy) or (isinstance(event, CrawlResult) and event.outcome not in COMPLETE)


@dataclass(frozen=True)
class SourceStatus:
    source: SourcePlan
    last: Run | None
    """Its last run, None when it never ran."""
    pages: int | None
    """Of the last run (counted from its pages while it is not closed); None when it never ran."""
    bytes: int | None
    errors: int | None
    due_at: float | None
    """When it is due next; None when it is due now (never completed, or a run waits to be resumed)."""
    runs: int
    urls: int
    records: int
    """URLs with text records, over all runs."""

    @property
    def running(self) -> bool:
        return self.last is not None and self.last.alive


def plan_status(plan: CrawlPlan, now: float) -> list[SourceStatus]:
    """Every source of ``plan`` with its last run, when it is due next and its totals."""
    state = CrawlState(plan.state)
    try:
        return [_source_status(source, state, now) for source in plan.sources]
    finally:
        state.close()


def _source_status(source: SourcePlan, state: CrawlState, now: float) -> SourceStatus:
    runs = state.runs(source.name)
    last = runs[-1] if runs else None
    totals = state.source_totals(source.name)
    pages = size = errors = None
    if last is not None and last.outcome in ("running", "killed"):  # not closed: count live
        live = state.run_totals(source.name, last.id)
        pages, size, errors = live["pages"], live["bytes"], live["outcomes"].get("error", 0)
    elif last is not None:
        pages, size, errors = last.pages, last.bytes, last.errors
    due_at = next_due(source, state)
    if (last is not None and last.resumable) or (due_at is not None and due_at <= now):
        due_at = None
    return SourceStatus(source, last, pages, size, errors, due_at, len(runs), totals["urls"], totals["with_text"])
