"""The crawler's text records and the crawl's WARC give a page the same text when its server
declares no charset and the page no usable ``<meta>`` (issue 28, item 8): real GBK and
windows-1251 pages of a Common Crawl excerpt, served by the test site as plain ``text/html``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.crawlers.harness import crawl_cli, records_of, write_plan
from tests.crawlers.siteserver import SiteServer
from tests.helpers import corpusmill, rows
from tests.io.test_html_decode import non_utf8_pages, without_meta

pytestmark = pytest.mark.slow

PAGES = {"http://041696.com/15477/list_6_4.html": "gbk.html", "http://01spb.ru/company/": "cp1251.html"}


def test_text_records_and_warc_agree_on_undeclared_encodings(
    tmp_path: Path, site: Path, server: SiteServer, test_data: Path
) -> None:
    for url, _, body in non_utf8_pages(test_data):
        if url in PAGES:
            (site / PAGES[url]).write_bytes(without_meta(body))
    start = [f"{server.base}/{name}" for name in PAGES.values()]
    plan = write_plan(tmp_path, [{"name": "pg", "start_urls": start, "max_depth": 0}])
    assert crawl_cli("run", str(plan)).returncode == 0
    records = {r["url"].rsplit("/", 1)[1]: r["text"] for r in records_of(tmp_path)}
    assert "企业公告" in records["gbk.html"] and "О компании" in records["cp1251.html"]

    config = {
        "sources": [{"name": "w", "type": "warc", "paths": [str(tmp_path / "out/pg/warc/*.warc.gz")]}],
        "stages": [{"extract": {}}],
    }
    (tmp_path / "run.yaml").write_text(yaml.safe_dump(config))
    assert corpusmill("run", tmp_path / "run.yaml", "--out", tmp_path / "run").returncode == 0
    data = rows(tmp_path / "run/data")
    from_warc = {url.rsplit("/", 1)[1]: text for url, text in zip(data["url"], data["text"], strict=True)}
    assert from_warc == records
