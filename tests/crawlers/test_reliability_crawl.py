"""A crawl that got nothing is a failure, and a redirect is not a page (issue 28, item 21)."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from corpusmill.crawlers.state import CrawlState
from tests.crawlers.harness import crawl_cli, path_of, stats_of, write_plan
from tests.crawlers.siteserver import SiteServer

pytestmark = pytest.mark.slow


def closed_port() -> int:
    """A local port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def silent_server() -> socket.socket:
    """A socket that accepts connections (the kernel queues them) but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    return listener


def test_a_site_that_never_answers_fails(tmp_path: Path) -> None:
    with silent_server() as silent:
        urls = {
            "refused": f"http://127.0.0.1:{closed_port()}/index.html",
            "silent": f"http://127.0.0.1:{silent.getsockname()[1]}/index.html",
        }
        sources = [{"name": name, "start_urls": [url], "timeout": 1, "retries": 1} for name, url in urls.items()]
        plan = write_plan(tmp_path, sources)
        result = crawl_cli("run", str(plan))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in result.stderr, result.stderr
    for line, name in zip(lines, urls, strict=True):
        assert re.match(rf"{name}: the site never answered: run \d+, 1 requests without a response", line), line
    state = CrawlState(tmp_path / "out" / "state.sqlite")
    assert [run.outcome for name in urls for run in state.runs(name)] == ["unreachable", "unreachable"]
    state.close()
    due = crawl_cli("due", str(plan))  # a failed crawl is due again at once
    assert "nothing due" not in due.stdout and due.returncode == 1, due.stdout + due.stderr


def test_redirect_hops_do_not_count_against_max_pages(tmp_path: Path, site: Path) -> None:
    with SiteServer(site) as server:
        targets = ["index.html", "history.html", "preface.html", "notation.html", "resources.html"]
        for i, target in enumerate(targets):
            server.redirects[f"/moved-{i}"] = (301, f"/old-{i}")  # two hops before each page
            server.redirects[f"/old-{i}"] = (302, f"/{target}")
        start = [f"{server.base}/moved-{i}" for i in range(len(targets))]
        plan = write_plan(tmp_path, [{"name": "pg", "start_urls": start, "max_pages": 5, "max_depth": 0}])
        result = crawl_cli("run", str(plan))
        assert result.returncode == 0, result.stdout + result.stderr
        fetched = [path for path in server.paths() if path.endswith(".html")]
    stats = stats_of(tmp_path)
    assert sorted(fetched) == sorted(f"/{t}" for t in targets)  # every page behind the redirects
    assert (stats["pages"], stats["redirects"], stats["new"], stats["budget_dropped"]) == (5, 10, 5, 0)
    state = CrawlState(tmp_path / "out" / "state.sqlite")
    urls = {path_of(url) for (url,) in state.db.execute("SELECT url FROM pages WHERE outcome = 'new'")}
    assert urls == {f"/{t}" for t in targets}
    state.close()
