"""`crawl due` (for cron and systemd timers) and `crawl status`, against a real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpusmill.crawlers.state import CrawlState
from tests.crawlers.harness import crawl_cli, hit_counts, write_plan
from tests.crawlers.siteserver import SiteServer


@pytest.mark.slow
def test_due_runs_a_source_once_per_interval_and_status_shows_it(tmp_path: Path, server: SiteServer):
    plan = write_plan(
        tmp_path, [{"name": "pg", "start_urls": [f"{server.base}/index.html"], "max_depth": 0, "every": "1h"}]
    )
    first = crawl_cli("due", str(plan))
    assert first.returncode == 0, first.stdout + first.stderr
    assert hit_counts(server) == {"/robots.txt": 1, "/index.html": 1}
    second = crawl_cli("due", str(plan))
    assert second.returncode == 0 and "nothing due" in second.stdout
    assert len(server.hits) == 2

    status = crawl_cli("status", str(plan))
    assert status.returncode == 0
    row = next(line for line in status.stdout.splitlines() if "│ pg" in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    assert cells[:3] == ["pg", "domain", "#1 finished"]
    assert cells[7] in ("in 59m", "in 1h")  # next due

    state = CrawlState(tmp_path / "out" / "state.sqlite")
    state.db.execute("UPDATE runs SET started_at = started_at - 3601")  # as if an hour had passed
    state.close()
    assert crawl_cli("due", str(plan)).returncode == 0
    state = CrawlState(tmp_path / "out" / "state.sqlite")
    assert [r.outcome for r in state.runs("pg")] == ["finished", "finished"]
    state.close()
