"""`crawl run` reports progress while a source is being crawled, not only when it ends."""

from __future__ import annotations

import re
from pathlib import Path

from tests.crawlers.harness import SITE_PAGES, crawl_cli, stats_of, write_plan
from tests.crawlers.siteserver import SiteServer

LINE = re.compile(r"^pg: run 1: (\d+) pages(?: \([\d.]+/s\))?, [\d.]+ [KMG]?B, \d+ errors, \d+ text records, \d+ s$")


def test_progress_lines_while_crawling(tmp_path: Path, site: Path) -> None:
    with SiteServer(site, delay=0.3) as server:  # slow pages: the crawl lasts several progress intervals
        plan = write_plan(tmp_path, [{"name": "pg", "start_urls": [f"{server.base}/index.html"]}])
        result = crawl_cli("run", str(plan), "--progress", "0.5")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    progress = [LINE.match(line) for line in lines if line.startswith("pg: run 1:")]
    assert progress and all(progress), lines
    pages = [int(m.group(1)) for m in progress]
    assert pages == sorted(pages) and pages[-1] <= stats_of(tmp_path)["pages"]
    assert any(n > 0 for n in pages) and "/s)" in " ".join(lines)  # a rate once pages were fetched
    assert lines[0] == "pg: crawling (domain spider) ..."  # then progress, then the summary
    words = " ".join(result.stdout.split())
    assert words.index("pg: finished run 1:") > words.rindex("pg: run 1:")
    assert stats_of(tmp_path)["new"] == len(SITE_PAGES)


def test_no_progress_lines_when_disabled(tmp_path: Path, server: SiteServer) -> None:
    plan = write_plan(tmp_path, [{"name": "pg", "start_urls": [f"{server.base}/index.html"], "max_depth": 0}])
    result = crawl_cli("run", str(plan), "--progress", "0")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("pg: run 1:")]
