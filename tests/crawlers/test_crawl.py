"""End-to-end crawls of a real documentation site served on 127.0.0.1 by a real HTTP server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from datatrove.pipeline.readers import JsonlReader, WarcReader

from corpusmill.crawlers.state import CrawlState
from tests.crawlers.harness import (
    SITE_PAGES,
    crawl_cli,
    hit_counts,
    path_of,
    records_of,
    stats_of,
    warc_responses,
    write_plan,
)
from tests.crawlers.siteserver import SiteServer

pytestmark = pytest.mark.slow

RECORD_FIELDS = {
    "id", "text", "url", "title", "fetched_at", "language_hint", "crawl_source", "status", "content_type",
    "content_hash", "depth", "warc_file", "warc_record_id",
}  # fmt: skip


def test_domain_crawl_respects_robots_budgets_and_writes_warc_and_text(tmp_path: Path, server: SiteServer):
    plan = write_plan(tmp_path, [{"name": "pg", "start_urls": [f"{server.base}/index.html"]}], warc_file_size="60KB")
    result = crawl_cli("run", str(plan))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pg: finished run 1" in " ".join(result.stdout.split())

    hits = hit_counts(server)
    assert {p: hits[p] for p in SITE_PAGES} == dict.fromkeys(SITE_PAGES, 1)  # every page, exactly once
    assert hits["/private/bug-reporting.html"] == 0  # robots.txt: Disallow: /private/
    assert hits["/robots.txt"] == 1
    assert hits["/broken.html"] == 2  # one retry of the 500 page
    special = {"/debian-reference/preface", "/away.html", "/gone.html", "/tutorial/basics.source"}
    assert set(hits) == {*SITE_PAGES, "/robots.txt", "/broken.html", *special}
    retries = [h.at for h in server.hits if h.path == "/broken.html"]
    assert retries[1] - retries[0] >= 0.1  # backoff before the retry

    stats = stats_of(tmp_path)
    assert stats["outcome"] == "finished"
    assert stats["pages"] == len(SITE_PAGES) + 3  # the redirects are hops, not pages
    assert stats["status_codes"] == {"200": len(SITE_PAGES) + 1, "301": 1, "302": 1, "404": 1, "500": 1}
    assert (stats["new"], stats["stored"], stats["records"]) == (len(SITE_PAGES),) * 3
    assert (stats["errors"], stats["robots_blocked"], stats["offsite_filtered"]) == (2, 1, 1)
    assert (stats["redirects"], stats["skipped_type"], stats["retries"]) == (2, 1, 1)
    assert stats["bytes"] > 0 and stats["pages_per_second"] > 0

    warc_dir = tmp_path / "out" / "pg" / "warc"
    assert len(list(warc_dir.glob("*.warc.gz"))) >= 2  # rotated at 60 KB
    assert not list(warc_dir.glob("*.open"))
    responses = warc_responses(tmp_path)
    pages = {path_of(url): body for url, status, body in responses if status == "200"}
    assert sorted(pages) == SITE_PAGES  # the non-HTML file was skipped, not stored
    assert all(b"<title>" in body for body in pages.values())  # gzip payload decoded by warcio
    assert [(path_of(u), s) for u, s, _ in responses if s != "200"] == [("/debian-reference/preface", "301")]

    docs = list(WarcReader(str(warc_dir), glob_pattern="*.warc.gz").run())
    assert sorted(path_of(d.metadata["url"]) for d in docs) == SITE_PAGES

    records = records_of(tmp_path)
    assert sorted(path_of(r["url"]) for r in records) == SITE_PAGES
    assert all(set(r) == RECORD_FIELDS for r in records)
    assert len({r["id"] for r in records}) == len(records)
    assert all(r["text"].strip() and r["title"] for r in records)
    join = next(r for r in records if r["url"].endswith("/tutorial-join.html"))
    assert join["title"] == "2.6. Joins Between Tables" and "join" in join["text"].lower()
    chinese = next(r for r in records if r["url"].endswith("/zh/pr01.zh-cn.html"))
    assert chinese["language_hint"] == "zh-cn" and "Debian 参考手册" in chinese["text"]
    assert chinese["depth"] == 1  # reached through the 301, at the depth of the link

    # `corpusmill run` reads these as a `jsonl` source through datatrove's JsonlReader.
    read = list(JsonlReader(str(tmp_path / "out" / "pg" / "records"), text_key="text", id_key="id").run())
    assert sorted(d.id for d in read) == sorted(r["id"] for r in records)

    state = CrawlState(tmp_path / "out" / "state.sqlite")
    (run,) = state.runs("pg")
    assert (run.outcome, run.pages, run.errors) == ("finished", stats["pages"], 2)
    state.close()


def test_depth_page_and_byte_budgets(tmp_path: Path, server: SiteServer):
    start = [f"{server.base}/index.html"]
    plan = write_plan(
        tmp_path,
        [
            {"name": "shallow", "start_urls": start, "max_depth": 1},
            {"name": "five", "start_urls": start, "max_pages": 5},
            {"name": "small", "start_urls": start, "max_bytes": "20KB", "concurrency_per_domain": 1},
        ],
    )
    result = crawl_cli("run", str(plan))
    assert result.returncode == 0, result.stdout + result.stderr
    state = CrawlState(tmp_path / "out" / "state.sqlite")

    index = (tmp_path / "site" / "index.html").read_text()
    linked = {"/" + href for href in re.findall(r'<a\b[^>]*href="([^"#:]+)"', index)} - {"/private/bug-reporting.html"}
    shallow = {path_of(r[0]) for r in state.db.execute("SELECT url FROM pages WHERE source = 'shallow'")}
    assert shallow == {"/index.html", "/zh/pr01.zh-cn.html", *linked}  # the 301 target counts at depth 1
    assert "/tutorial-join.html" not in shallow  # depth 2
    assert stats_of(tmp_path, "shallow")["outcome"] == "finished"

    five = stats_of(tmp_path, "five")
    assert (five["outcome"], five["pages"], five["budget_dropped"] >= 1) == ("max_pages", 5, True)

    small = stats_of(tmp_path, "small")
    assert small["outcome"] == "max_bytes"
    assert 20_000 <= small["bytes"] < 20_000 + 8_000  # stops after the response that crossed the budget
    assert [r.outcome for r in state.runs("five")] == ["max_pages"]
    state.close()

    # The sources ran one after the other, each starting with robots.txt: split the server's log.
    groups: list[list[str]] = []
    for path in server.paths():
        if path == "/robots.txt":
            groups.append([])
        else:
            groups[-1].append(path)
    assert len(groups) == 3
    assert len([p for p in groups[1] if p not in server.redirects]) == 5  # exactly max_pages pages
    assert len(groups[2]) < len(groups[0])


def test_sitemap_spider_fetches_listed_pages_and_stores_other_types_in_warc(tmp_path: Path, server: SiteServer):
    plan = write_plan(
        tmp_path,
        [
            {
                "name": "maps",
                "sitemaps": [f"{server.base}/robots.txt"],
                "deny": ["/history\\.html$"],
                "content_types": ["text/html", "application/octet-stream"],
            }
        ],
    )
    result = crawl_cli("run", str(plan))
    assert result.returncode == 0, result.stdout + result.stderr
    listed = {
        "/preface.html",
        "/intro-whatis.html",
        "/notation.html",
        "/resources.html",
        "/zh/pr01.zh-cn.html",
    }
    hits = hit_counts(server)
    assert set(hits) == {
        *listed,
        "/tutorial/basics.source",
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    }
    assert all(hits[p] == 1 for p in listed)  # no link following, no history.html (denied), no private page
    stats = stats_of(tmp_path, "maps")
    assert (stats["spider"], stats["robots_blocked"], stats["url_filtered"]) == ("sitemap", 1, 1)
    stored = {path_of(u) for u, status, _ in warc_responses(tmp_path, "maps")}
    assert stored == {*listed, "/tutorial/basics.source"}  # kept type: in the WARC ...
    assert {path_of(r["url"]) for r in records_of(tmp_path, "maps")} == listed  # ... but no text record


def test_robots_can_be_ignored_only_with_a_loud_warning(tmp_path: Path, server: SiteServer):
    start = [f"{server.base}/private/bug-reporting.html"]
    plan = write_plan(tmp_path, [{"name": "rude", "start_urls": start, "max_depth": 0, "obey_robots": False}])
    result = crawl_cli("run", str(plan))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING: rude: robots.txt is IGNORED" in " ".join(result.stderr.split())
    assert hit_counts(server) == {"/private/bug-reporting.html": 1}  # robots.txt not even asked for
    assert "ROBOTS.TXT IS IGNORED" in (tmp_path / "out" / "rude" / "crawl.out").read_text()


def test_responses_over_the_size_limit_are_dropped(tmp_path: Path, server: SiteServer):
    start = [f"{server.base}/index.html", f"{server.base}/zh/pr01.zh-cn.html"]  # 13 KB and 33 KB unzipped
    plan = write_plan(tmp_path, [{"name": "pg", "start_urls": start, "max_depth": 0, "max_response_size": "20KB"}])
    result = crawl_cli("run", str(plan))
    assert result.returncode == 0, result.stdout + result.stderr
    stats = stats_of(tmp_path)
    assert (stats["stored"], stats["errors"], stats["status_codes"]) == (1, 1, {"200": 2})
    assert [path_of(r["url"]) for r in records_of(tmp_path)] == ["/index.html"]
