"""Crawl a real site on 127.0.0.1 with `corpusmill crawl run`, then feed both outputs (the text
records and the raw WARC) to `corpusmill run`."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from tests.crawlers.harness import SITE_PAGES, crawl_cli, write_plan
from tests.crawlers.siteserver import SiteServer
from tests.helpers import corpusmill

pytestmark = pytest.mark.slow


def test_crawl_then_run(tmp_path: Path, server: SiteServer) -> None:
    plan = write_plan(tmp_path, [{"name": "pg", "start_urls": [f"{server.base}/index.html"]}])
    assert crawl_cli("run", str(plan)).returncode == 0
    source = tmp_path / "out" / "pg"
    config = {
        "sources": [
            {"name": "crawl_text", "type": "jsonl", "paths": [str(source / "records/*.jsonl")], "id_field": "id"},
            {"name": "crawl_warc", "type": "warc", "paths": [str(source / "warc/*.warc.gz")]},
        ],
        "stages": [{"extract": {}}, {"normalize": {}}, {"length": {"min_chars": 100}}, {"exact_dedup": {}}],
        "executor": {"tasks": 2, "workers": 2},
    }
    (tmp_path / "run.yaml").write_text(yaml.safe_dump(config))
    out = tmp_path / "run"
    result = corpusmill("run", tmp_path / "run.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    stats = json.loads((out / "stats.json").read_text())
    assert stats["accounting"]["problems"] == []
    data = pl.read_parquet(out / "data/*.parquet")
    text_pages = data.filter(pl.col("source") == "crawl_text")
    assert text_pages.height >= len(SITE_PAGES) - 3  # article pages survive length and dedup
    assert text_pages["url"].str.starts_with(server.base).all()
    # the WARC holds the same pages: their extracted text is an exact duplicate of the records'
    read = stats["stages"][0]
    assert read["in"] >= 2 * len(SITE_PAGES)
    assert stats["stages"][-1]["name"] == "exact_dedup" and stats["stages"][-1]["rejected"]["exact_duplicate"] > 0
