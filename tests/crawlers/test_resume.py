"""Crawls that survive being stopped: killed outright (SIGKILL) or asked to stop (SIGTERM)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from corpusmill.crawlers.state import CrawlState
from tests.crawlers.harness import (
    REPO,
    SITE_PAGES,
    cli_command,
    cli_env,
    crawl_cli,
    path_of,
    records_of,
    stats_of,
    warc_responses,
    write_plan,
)
from tests.crawlers.siteserver import SiteServer

pytestmark = pytest.mark.slow


def visited(db: Path) -> set[str]:
    """URLs the crawl has committed as visited (read-only: the crawl is writing)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return {path_of(url) for (url,) in conn.execute("SELECT url FROM pages")}
    except sqlite3.OperationalError:  # not created yet
        return set()


def start_crawl(plan: Path) -> subprocess.Popen:
    """``corpusmill crawl run`` in its own session, so the test can signal it like a service manager."""
    return subprocess.Popen(
        cli_command("run", str(plan)), cwd=REPO, env=cli_env(), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def wait_for_visits(db: Path, crawl: subprocess.Popen, count: int) -> None:
    deadline = time.monotonic() + 60
    while len(visited(db)) < count:
        assert crawl.poll() is None and time.monotonic() < deadline, "crawl ended before it could be stopped"
        time.sleep(0.05)


def slow_site_plan(tmp_path: Path, server: SiteServer) -> Path:
    source = {"name": "pg", "start_urls": [f"{server.base}/index.html"], "concurrency_per_domain": 2}
    return write_plan(tmp_path, [{**source, "autothrottle": False}])


def test_killed_crawl_resumes_without_fetching_twice(tmp_path: Path, site: Path):
    db = tmp_path / "out" / "state.sqlite"
    out = tmp_path / "out" / "pg"
    with SiteServer(site, delay=0.15) as server:  # slow pages: the crawl takes a few seconds
        plan = slow_site_plan(tmp_path, server)
        crawl = start_crawl(plan)
        wait_for_visits(db, crawl, 10)
        os.killpg(crawl.pid, signal.SIGKILL)  # the CLI and its Scrapy child, without any cleanup
        crawl.wait()
        time.sleep(0.5)  # the server finishes answering what was in flight
        committed, before = visited(db), server.paths()
        assert len(committed) < len(SITE_PAGES)
        assert list(out.rglob("*.open"))  # output files left half-written

        state = CrawlState(db)
        (run,) = state.runs("pg")
        assert run.outcome == "running" and not run.alive and run.resumable
        state.close()
        status = crawl_cli("status", str(plan))
        assert "#1 killed" in status.stdout

        result = crawl_cli("run", str(plan))
        assert result.returncode == 0, result.stdout + result.stderr
        after = server.paths()[len(before) :]

    # Fetched again: only pages that were in flight (asked for, not yet stored) when it died.
    refetched = (set(before) & set(after)) - {"/robots.txt"}
    assert not refetched & committed
    assert set(SITE_PAGES) <= set(before) | set(after)

    stats = stats_of(tmp_path)
    assert (stats["run_id"], stats["processes"], stats["outcome"]) == (1, 2, "finished")
    assert stats["pages"] == len(SITE_PAGES) + 3 and stats["replayed"] >= 1
    assert not list(out.rglob("*.open"))  # recovered: cut after the last complete record, published
    for warc in (out / "warc").glob("*.warc.gz"):
        with warc.open("rb") as fh:
            assert sum(1 for _ in ArchiveIterator(fh)) > 0  # each file reads to its end without error
    assert {path_of(u) for u, status, _ in warc_responses(tmp_path) if status == "200"} == set(SITE_PAGES)
    assert {path_of(r["url"]) for r in records_of(tmp_path)} == set(SITE_PAGES)


def test_sigterm_stops_gracefully_and_scrapy_resumes_from_its_job_directory(tmp_path: Path, site: Path):
    db = tmp_path / "out" / "state.sqlite"
    job = tmp_path / "out" / "pg" / "job"
    with SiteServer(site, delay=0.15) as server:
        plan = slow_site_plan(tmp_path, server)
        crawl = start_crawl(plan)
        wait_for_visits(db, crawl, 8)
        crawl.terminate()  # SIGTERM to the CLI, which passes it on to the crawl
        assert crawl.wait(timeout=60) == 1  # the source did not complete
        state = CrawlState(db)
        (run,) = state.runs("pg")
        assert run.outcome == "interrupted"
        state.close()
        assert (job / "corpusmill.clean").exists() and (job / "requests.queue" / "active.json").exists()
        before = server.paths()

        result = crawl_cli("run", str(plan))
        assert result.returncode == 0, result.stdout + result.stderr
        after = server.paths()[len(before) :]

    assert "Resuming crawl" in (tmp_path / "out" / "pg" / "crawl.log").read_text()  # Scrapy's own queue
    assert not (set(before) & set(after)) - {"/robots.txt"}  # a graceful stop finishes what is in flight
    assert set(SITE_PAGES) <= set(before) | set(after)
    stats = stats_of(tmp_path)
    assert (stats["run_id"], stats["processes"], stats["outcome"]) == (1, 2, "finished")
    assert stats["pages"] == len(SITE_PAGES) + 3
