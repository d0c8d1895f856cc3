"""The crawl stays on its origins (scheme, host and port): a redirect or a link to another port of
the same host, e.g. an admin console, is not followed unless the plan lists that origin."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpusmill.crawlers.plan import PlanError, SourcePlan, load_plan
from tests.crawlers.harness import crawl_cli, stats_of, write_plan
from tests.crawlers.siteserver import SiteServer


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"


def crawl(folder: Path, **source: object) -> dict:
    folder.mkdir()
    result = crawl_cli("run", str(write_plan(folder, [{"name": "pg", **source}])))
    assert result.returncode == 0, result.stdout + result.stderr
    return stats_of(folder)


def test_redirect_and_link_to_another_port_are_not_followed(tmp_path: Path) -> None:
    root = tmp_path / "site"
    root.mkdir()
    with SiteServer(root) as site, SiteServer(root) as admin:  # one host, two ports
        links = f'<a href="page.html">page</a> <a href="/admin">admin</a> <a href="{admin.base}/linked.html">x</a>'
        (root / "index.html").write_text(page("Home", "The start page of a small site. " + links))
        (root / "page.html").write_text(page("Page", "A page of the site itself, reached by a link."))
        (root / "linked.html").write_text(page("Linked", "A page on the other port."))
        site.redirects["/admin"] = (302, f"{admin.base}/internal-admin")

        stats = crawl(tmp_path / "default", start_urls=[f"{site.base}/index.html"])
        assert admin.paths() == []  # neither the redirect target nor the linked page, not even robots.txt
        assert {"/index.html", "/page.html", "/admin"} <= set(site.paths())
        assert (stats["redirects"], stats["offsite_filtered"], stats["new"]) == (1, 1, 2)

        stats = crawl(tmp_path / "listed", start_urls=[f"{site.base}/index.html"], origins=[admin.base])
        assert {"/internal-admin", "/linked.html"} <= set(admin.paths())  # listed: the plan allows it
        assert stats["offsite_filtered"] == 0 and stats["new"] == 3


def test_scope_rules() -> None:
    source = SourcePlan(name="s", start_urls=["http://docs.example.org/index.html", "http://127.0.0.1:8000/"])
    scope = source.scope
    assert scope.allows("http://docs.example.org/a") and scope.allows("https://docs.example.org/a")  # http↔https
    assert not scope.allows("http://docs.example.org:8080/a") and not scope.allows("http://www.example.org/")
    assert scope.allows("http://127.0.0.1:8000/x") and not scope.allows("http://127.0.0.1:8001/x")
    assert not scope.allows("https://127.0.0.1:8000/x") and not scope.allows("ftp://docs.example.org/")

    domains = SourcePlan(name="s", start_urls=["https://example.org/"], allowed_domains=["example.org"]).scope
    assert domains.allows("https://www.example.org/") and domains.allows("http://cdn.example.org/x")
    assert not domains.allows("https://www.example.org:8443/") and not domains.allows("https://badexample.org/")

    listed = SourcePlan(name="s", start_urls=["https://example.org/"], origins=["http://127.0.0.1:18081"]).scope
    assert listed.allows("http://127.0.0.1:18081/internal-admin") and not listed.allows("http://127.0.0.1:18082/")


@pytest.mark.parametrize(
    ("origins", "message"),
    [(["127.0.0.1:8000"], "not an http(s) URL"), (["http://h:1/path"], "an origin is scheme://host[:port]")],
)
def test_bad_origins_are_plan_errors(tmp_path: Path, origins: list[str], message: str) -> None:
    plan = write_plan(tmp_path, [{"name": "s", "start_urls": ["http://h/"], "origins": origins}])
    with pytest.raises(PlanError, match=re.escape(message)):
        load_plan(plan)
