"""Recrawls that ask the server "changed since?" and store only what did change."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from corpusmill.crawlers.state import CrawlState
from tests.crawlers.harness import SITE_PAGES, crawl_cli, stats_of, write_plan
from tests.crawlers.siteserver import SiteServer

pytestmark = pytest.mark.slow


def test_recrawl_is_conditional_and_stores_only_changed_pages(tmp_path: Path, site: Path, server: SiteServer):
    plan = write_plan(tmp_path, [{"name": "pg", "start_urls": [f"{server.base}/index.html"]}])
    out = tmp_path / "out" / "pg"
    assert crawl_cli("run", str(plan)).returncode == 0
    files_after_first = sorted(p.name for p in out.rglob("*") if p.suffix in (".gz", ".jsonl"))

    server.hits.clear()
    assert crawl_cli("run", str(plan)).returncode == 0
    page_hits = [h for h in server.hits if h.path in SITE_PAGES]
    assert sorted(h.path for h in page_hits) == SITE_PAGES
    assert all(h.status == 304 and h.headers.get("If-None-Match") for h in page_hits)
    assert sorted(p.name for p in out.rglob("*") if p.suffix in (".gz", ".jsonl")) == files_after_first
    stats = stats_of(tmp_path)
    assert (stats["run_id"], stats["not_modified"], stats["new"], stats["stored"]) == (
        2,
        len(SITE_PAGES),
        0,
        0,
    )

    page = site / "tutorial-join.html"
    page.write_text(
        page.read_text().replace("</body>", "<p>A paragraph added for the recrawl test about joins.</p></body>")
    )
    server.hits.clear()
    assert crawl_cli("run", str(plan)).returncode == 0
    assert {h.path for h in server.hits if h.status == 200 and h.path.endswith(".html")} == {"/tutorial-join.html"}
    stats = stats_of(tmp_path)
    assert (stats["changed"], stats["not_modified"], stats["records"]) == (1, len(SITE_PAGES) - 1, 1)
    newest = max((out / "records").glob("*.jsonl"), key=lambda p: p.stat().st_mtime)
    (changed,) = [orjson.loads(line) for line in newest.read_bytes().splitlines()]
    assert changed["url"].endswith("/tutorial-join.html") and "added for the recrawl test" in changed["text"]

    server.validators = False  # no ETag/Last-Modified and no 304: only the content hash can tell
    assert crawl_cli("run", str(plan)).returncode == 0
    stats = stats_of(tmp_path)
    assert (stats["unchanged"], stats["stored"], stats["records"]) == (len(SITE_PAGES), 0, 0)
    state = CrawlState(tmp_path / "out" / "state.sqlite")
    assert [r.outcome for r in state.runs("pg")] == ["finished"] * 4
    state.close()
