"""WARCs the tests write (warcio's writer) and then cut: every complete record before the cut is
read, and the cut is one ``truncated_file`` reject."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import READ_ERROR, SourceReader, expand_sources

PAGES = 12


def warc_with_offsets(compressed: bool) -> tuple[bytes, list[int]]:
    """``PAGES`` HTML responses, each preceded by its request (not a document), and the offset
    where each record starts."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compressed)
    starts = []
    for i in range(PAGES):
        url = f"http://example.com/{i}"
        starts.append(out.tell())
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        body = f"<html><body><p>page {i} {'text ' * (200 + i)}</p></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        starts.append(out.tell())
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue(), starts


def warc(compressed: bool) -> bytes:
    return warc_with_offsets(compressed)[0]


def read(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    docs = list(SourceReader(expand_sources([SourceConfig(name="w", type="warc", paths=[str(path)])])).run(None))
    urls = [d.metadata["url"] for d in docs if READ_ERROR not in d.metadata]
    return urls, [d.metadata[READ_ERROR] for d in docs if READ_ERROR in d.metadata]


def expected(n: int) -> list[str]:
    return [f"http://example.com/{i}" for i in range(n)]


@pytest.mark.parametrize("compressed", [True, False])
def test_whole_warc_reads_every_page(tmp_path: Path, compressed: bool) -> None:
    path = tmp_path / ("w.warc.gz" if compressed else "w.warc")
    path.write_bytes(warc(compressed))
    assert read(path) == (expected(PAGES), [])


@pytest.mark.parametrize("fraction", [0.2, 0.45, 0.7, 0.95])
@pytest.mark.parametrize("compressed", [True, False])
def test_cut_warc_keeps_complete_records_and_reports_the_cut(tmp_path: Path, compressed: bool, fraction: float) -> None:
    data = warc(compressed)
    path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    path.write_bytes(data[: int(len(data) * fraction)])
    urls, found = read(path)
    assert [p for p, _ in found] == ["truncated_file"]
    assert found[0][1].startswith(f"{path}@")
    assert 0 < len(urls) < PAGES and urls == expected(len(urls))
    # nothing complete was dropped: the record after the last one read is the one the cut hit
    assert len(urls) >= int(PAGES * fraction) - 1


def test_content_length_past_the_end_of_file(tmp_path: Path) -> None:
    data = warc(False)
    last = data.rfind(b"Content-Length: ")
    end = data.index(b"\r\n", last)
    length = int(data[last + 16 : end])
    path = tmp_path / "long.warc"
    path.write_bytes(data[: last + 16] + str(length + 5000).encode() + data[end:])
    urls, found = read(path)
    assert urls == expected(PAGES - 1)
    assert [p for p, _ in found] == ["truncated_file"] and re.search(r"ends [\d,]+ bytes before the end", found[0][1])


@pytest.mark.parametrize("compressed", [True, False])
def test_cut_inside_a_request_record_is_reported(tmp_path: Path, compressed: bool) -> None:
    """A cut inside a record that is not a document still loses what follows: it is reported."""
    data, starts = warc_with_offsets(compressed)
    request = starts[10]  # records alternate request, response: this is page 5's request
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: request + (starts[11] - request) // 2])
    urls, found = read(path if not compressed else path.rename(tmp_path / "cut.warc.gz"))
    assert urls == expected(5) and [p for p, _ in found] == ["truncated_file"]
