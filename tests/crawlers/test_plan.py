"""The crawl plan: sizes, intervals, defaults, and one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from corpusmill.cli.crawl import app
from corpusmill.crawlers.plan import PlanError, load_plan, parse_interval, parse_size
from corpusmill.crawlers.settings import plan_settings

REPO = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def minimal(**source: object) -> dict:
    return {"sources": [{"name": "docs", "start_urls": ["http://127.0.0.1:8000/index.html"], **source}]}


@pytest.mark.parametrize(
    ("text", "size"),
    [("50MB", 50_000_000), ("512KiB", 524_288), ("1.5GB", 1_500_000_000), ("100", 100), ("2 mib", 2_097_152)],
)
def test_sizes(text: str, size: int):
    assert parse_size(text) == size


@pytest.mark.parametrize(("text", "seconds"), [("7d", 604_800), ("12h", 43_200), ("1d12h", 129_600), ("90s", 90)])
def test_intervals(text: str, seconds: float):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["7 days", "d7", "1x", ""])
def test_bad_intervals(text: str):
    with pytest.raises(ValueError, match="not an interval"):
        parse_interval(text)


def test_defaults_and_derived_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    plan = load_plan(write(tmp_path, minimal(max_bytes="1MB", every="1h")))
    source = plan.source("docs")
    assert plan.state == tmp_path / "out/crawl/state.sqlite"  # relative to the working directory
    assert (source.allowed_domains, source.origins, source.spider) == ([], [], "domain")
    assert source.scope.allows("http://127.0.0.1:8000/a") and not source.scope.allows("http://127.0.0.1:8001/")
    assert (source.max_bytes, source.every, source.obey_robots) == (1_000_000, 3600.0, True)
    settings = plan_settings(plan, source)
    assert settings["ROBOTSTXT_OBEY"] and settings["AUTOTHROTTLE_ENABLED"]
    assert settings["JOBDIR"] == str(tmp_path / "out/crawl/docs/job")
    assert settings["CONCURRENT_REQUESTS"] == settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 4
    sitemap = load_plan(write(tmp_path, minimal(sitemaps=["http://127.0.0.1:8000/robots.txt"])))
    assert sitemap.source("docs").spider == "sitemap"


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (minimal(max_page=5), "sources[0].max_page: unknown key"),
        ({**minimal(), "outptu": "x"}, "outptu: unknown key"),
        ({"sources": [{"name": "docs"}]}, "sources[0]: give start_urls or sitemaps"),
        (minimal(start_urls=["ftp://host/x"]), "not an http(s) URL: 'ftp://host/x'"),
        (minimal(allow=["(unclosed"]), "bad regex '(unclosed'"),
        (minimal(every="weekly"), "not an interval: 'weekly'"),
        (minimal(max_depth=-1), "sources[0].max_depth: must be >= 0"),
        ({"sources": minimal()["sources"] * 2}, "duplicate source names: docs"),
        ({"sources": []}, "sources: list should have at least 1 item"),
    ],
)
def test_plan_errors_are_one_line_naming_the_key(tmp_path: Path, plan: dict, message: str):
    path = write(tmp_path, plan)
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)

    result = CliRunner().invoke(app, ["status", str(path)])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and message in result.output


def test_unknown_source_is_exit_2(tmp_path: Path):
    result = CliRunner().invoke(app, ["run", str(write(tmp_path, minimal())), "--source", "nope"])
    assert result.exit_code == 2 and "no source named 'nope'" in result.output


@pytest.mark.parametrize("name", ["crawl.yaml", "crawl-local.yaml"])
def test_example_plans_are_valid(name: str):
    plan = load_plan(REPO / "configs" / name)
    assert plan.sources and all(s.obey_robots for s in plan.sources)
