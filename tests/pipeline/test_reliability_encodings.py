"""Web pages whose server declares the wrong charset or none (issue 28, item 8), through the real
command: the real non-UTF-8 pages of a Common Crawl excerpt (GBK, GB2312, windows-1251,
ISO-8859-1) are written into WARCs twice, once with their right charset and once served as
``charset=utf-8``, ``charset=iso-8859-1`` or without one, their ``<meta>`` removed; both runs give
the same main text, and the Chinese pages are Chinese."""

from __future__ import annotations

import io
import json
from pathlib import Path

import polars as pl
import pytest
import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpusmill.io.html_decode import META_CHARSET
from tests.helpers import corpusmill, messages, rows
from tests.io.test_html_decode import non_utf8_pages, without_meta

pytestmark = pytest.mark.slow

SERVED = ["text/html; charset=utf-8", "text/html; charset=iso-8859-1", "text/html"]


def write_warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, content_type, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
        writer.write_record(record)
    path.write_bytes(out.getvalue())


def main_text(tmp: Path, name: str) -> dict[str, str]:
    config = tmp / f"{name}.yaml"
    sources = [{"name": "w", "type": "warc", "paths": [f"{name}.warc.gz"]}]
    config.write_text(yaml.safe_dump({"sources": sources, "stages": [{"extract": {}}, {"normalize": {}}]}))
    result = corpusmill("run", config, "--out", tmp / name)
    assert result.returncode == 0 and "Traceback" not in result.stderr and len(messages(result.stderr)) <= 1
    stats = json.loads((tmp / name / "stats.json").read_text())
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]
    data = rows(tmp / name / "data")
    return dict(zip(data["url"], data["text"], strict=True))


def test_wrong_or_missing_charsets_give_the_text_of_the_right_one(tmp_path: Path, test_data: Path) -> None:
    pages = non_utf8_pages(test_data)
    right = []
    wrong = []
    for i, (url, _, body) in enumerate(pages):
        declared = META_CHARSET.search(body[:4096]).group(1).decode()
        right.append((url, f"text/html; charset={declared}", without_meta(body)))
        wrong.append((url, SERVED[i % len(SERVED)], without_meta(body)))
    write_warc(tmp_path / "right.warc.gz", right)
    write_warc(tmp_path / "wrong.warc.gz", wrong)
    expected, got = main_text(tmp_path, "right"), main_text(tmp_path, "wrong")
    assert got == expected and len(got) >= 8
    assert "企业公告" in got["http://041696.com/15477/list_6_4.html"]
    assert "О компании" in got["http://01spb.ru/company/"]
    assert pl.Series(list(got.values())).str.contains("[ÃÂÆÒ][\u0080-\u00ff]").sum() == 0  # no cp1252 mojibake
