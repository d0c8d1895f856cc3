"""Run bookkeeping: resuming what stopped early, refusing to crawl a source twice at once, and `due`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpusmill.crawlers.plan import SourcePlan
from corpusmill.crawlers.scheduler import is_due
from corpusmill.crawlers.state import CrawlState, PageVisit, RunActive


@pytest.fixture
def state(tmp_path: Path):
    opened = CrawlState(tmp_path / "state.sqlite")
    yield opened
    opened.close()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_runs_resume_only_after_an_early_stop(state: CrawlState):
    run, resumed = state.open_run("docs", dead_pid())
    assert (run.id, resumed) == (1, False)
    # The process died without closing its run (SIGKILL): the next start continues run 1.
    run, resumed = state.open_run("docs", dead_pid())
    assert (run.id, resumed, run.processes) == (1, True, 2)
    state.close_run(run.id, "interrupted", {"retries": 1}, {"pages": 3})
    run, resumed = state.open_run("docs", dead_pid())
    assert (run.id, resumed, run.processes, run.counters) == (1, True, 3, {"retries": 1})
    state.close_run(run.id, "finished", {}, {"pages": 9})
    run, resumed = state.open_run("docs", dead_pid())
    assert (run.id, resumed) == (2, False)
    assert [r.outcome for r in state.runs("docs")] == ["finished", "running"]


def test_a_live_crawl_of_the_same_source_is_refused(state: CrawlState):
    state.open_run("docs", os.getpid())  # this test process plays the running crawl
    with pytest.raises(RunActive, match="being crawled by pid"):
        state.open_run("docs", dead_pid())
    assert state.open_run("other", dead_pid())[0].id == 2  # other sources are independent


def test_visits_keep_validators_and_links_through_304s_and_errors(state: CrawlState):
    url = "http://127.0.0.1/a.html"
    state.record_visit(
        "docs", 1, PageVisit(url, 200, "new", '"e1"', "Mon", "h1", 10, ["http://127.0.0.1/b"], "r1"), 1.0
    )
    state.record_visit("docs", 2, PageVisit(url, 304, "not_modified"), 2.0)
    state.record_visit("docs", 3, PageVisit(url, 500, "error"), 3.0)
    page = state.page("docs", url)
    assert page is not None
    assert (page.run_id, page.status, page.etag, page.content_hash) == (3, 500, '"e1"', "h1")
    assert (page.links, page.record_id) == (["http://127.0.0.1/b"], "r1")
    state.record_visit("docs", 4, PageVisit(url, 200, "changed", '"e2"', None, "h2", 12, [], "r2"), 4.0)
    page = state.page("docs", url)
    assert page is not None and (page.etag, page.content_hash, page.links, page.record_id) == (
        '"e2"',
        "h2",
        [],
        "r2",
    )
    assert state.run_totals("docs", 4) == {
        "requests": 1,
        "pages": 1,
        "bytes": 12,
        "records": 1,
        "outcomes": {"changed": 1},
        "status_codes": {"200": 1},
    }


def test_due_follows_the_interval_and_resumable_runs(state: CrawlState):
    source = SourcePlan(name="docs", start_urls=["http://127.0.0.1/"], every="1h")
    now = time.time()
    assert is_due(source, state, now)  # never crawled
    run, _ = state.open_run("docs", dead_pid())
    assert is_due(source, state, now)  # a dead "running" run waits to be resumed
    state.close_run(run.id, "max_pages", {}, {})
    assert not is_due(source, state, now)
    assert is_due(source, state, now + 3601)
    state.open_run("docs", os.getpid())
    assert not is_due(source, state, now + 3601)  # running right now
