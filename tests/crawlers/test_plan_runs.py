"""Crawling a plan's sources in turn (skipping one another process crawls) and each source's status,
without a crawl: the state database is written here as crawls would write it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from corpusmill.crawlers import plan_runs
from corpusmill.crawlers.plan import load_plan
from corpusmill.crawlers.plan_runs import Busy, crawl_in_turn, failed, plan_status
from corpusmill.crawlers.scheduler import CrawlResult
from corpusmill.crawlers.state import CrawlState
from tests.crawlers.harness import write_plan


def plan_of(tmp_path: Path, *names: str):
    sources = [{"name": name, "start_urls": ["http://127.0.0.1:9/"], "every": "1h"} for name in names]
    path = write_plan(tmp_path, sources)
    return path, load_plan(path)


def test_a_source_crawled_by_a_live_process_is_skipped_and_fails_the_command(tmp_path: Path, monkeypatch) -> None:
    path, plan = plan_of(tmp_path, "busy", "free")
    state = CrawlState(plan.state)
    holder, _ = state.open_run("busy", os.getpid())  # this live process holds the source
    state.close()
    crawled = []

    def run_source(plan_path, plan, source, **options):
        crawled.append(source.name)
        return CrawlResult(source.name, 0, None, tmp_path / "crawl.log")

    monkeypatch.setattr(plan_runs, "run_source", run_source)
    events = list(crawl_in_turn(path, plan, plan.sources))
    assert [type(e).__name__ for e in events] == ["Busy", "Starting", "CrawlResult"]
    assert events[0] == Busy(plan.sources[0], holder) and crawled == ["free"]
    assert [failed(e) for e in events] == [True, False, True]  # a run that never opened: "failed"


def test_status_of_never_run_running_and_finished_sources(tmp_path: Path) -> None:
    _, plan = plan_of(tmp_path, "busy", "free", "never")
    state = CrawlState(plan.state)
    state.open_run("busy", os.getpid())
    done, _ = state.open_run("free", os.getpid())
    state.close_run(done.id, "finished", {}, {"pages": 3, "bytes": 4000, "errors": 1})
    state.close()
    now = time.time()
    busy, free, never = plan_status(plan, now)
    assert busy.running and busy.pages == 0 and busy.runs == 1
    assert not free.running and (free.pages, free.bytes, free.errors) == (3, 4000, 1)
    assert free.due_at == pytest.approx(done.started_at + 3600)  # finished: due an hour after it started
    assert plan_status(plan, now + 3601)[1].due_at is None  # due now
    assert never.last is None and never.pages is None and never.due_at is None and never.runs == 0
