"""WARC and JSONL output files: rotation, standard records, and recovery after a kill."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

from datatrove.pipeline.readers import WarcReader
from warcio.archiveiterator import ArchiveIterator

from corpusmill.crawlers.items import Wire
from corpusmill.crawlers.outputs import JsonlRecords, WarcFiles, recover_open_files
from tests.crawlers.harness import SITE


def page_wire(name: str) -> Wire:
    html = (SITE / name).read_bytes()
    return Wire(
        url=f"http://127.0.0.1:8000/{name}",
        method="GET",
        request_headers=[("User-Agent", "corpusmill-test"), ("Accept-Encoding", "gzip")],
        status=200,
        protocol="HTTP/1.1",
        response_headers=[
            ("Content-Type", "text/html"),
            ("Content-Encoding", "gzip"),
            ("Transfer-Encoding", "chunked"),
        ],
        body=gzip.compress(html, mtime=0),
        fetched_at=time.time(),
        ip="127.0.0.1",
    )


def read_records(folder: Path) -> list:
    found = []
    for path in sorted(folder.glob("*.warc.gz")):
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                body = record.content_stream().read() if record.rec_type == "response" else b""
                found.append((path.name, record.rec_type, record.rec_headers, record.http_headers, body))
    return found


PAGES = ["tutorial-join.html", "tutorial-select.html", "history.html", "tutorial-window.html"]


def test_warc_files_rotate_and_hold_standard_request_response_pairs(tmp_path: Path):
    files = WarcFiles(tmp_path, "docs-1", max_bytes=8_000, info={"software": "corpusmill test"})
    ids = [files.write(page_wire(name), "text/html") for name in PAGES]
    files.close()
    assert len({name for name, _ in ids}) >= 2 and not list(tmp_path.glob("*.open"))
    records = read_records(tmp_path)
    warcinfos = [r for r in records if r[1] == "warcinfo"]
    assert len(warcinfos) == len(list(tmp_path.glob("*.warc.gz")))  # one per file
    responses = [r for r in records if r[1] == "response"]
    requests = {r[2].get_header("WARC-Concurrent-To"): r for r in records if r[1] == "request"}
    assert [r[2].get_header("WARC-Record-ID") for r in responses] == [rid for _, rid in ids]
    for name, (_, _, headers, http, body) in zip(PAGES, responses, strict=True):
        assert body == (SITE / name).read_bytes()  # content-encoding undone by the reader
        assert headers.get_header("WARC-Payload-Digest").startswith("sha1:")
        assert headers.get_header("WARC-IP-Address") == "127.0.0.1"
        assert http.get_statuscode() == "200" and http.get_header("Transfer-Encoding") is None
        request = requests[headers.get_header("WARC-Record-ID")]
        assert request[3].protocol == "GET" and request[3].get_header("Host") == "127.0.0.1:8000"
    docs = list(WarcReader(str(tmp_path), glob_pattern="*.warc.gz").run())
    assert [d.metadata["url"].rsplit("/", 1)[1] for d in docs] == PAGES


def test_recovery_cuts_the_partial_tail_left_by_a_kill(tmp_path: Path):
    warc = WarcFiles(tmp_path, "docs-1", max_bytes=10**9, info={})
    for name in PAGES:
        warc.write(page_wire(name), "text/html")
    (open_warc,) = tmp_path.glob("*.warc.gz.open")
    complete = open_warc.stat().st_size
    warc.current.fh.write(b"\x1f\x8b\x08\x00partial gzip member")  # type: ignore[union-attr]
    warc.current.fh.flush()  # type: ignore[union-attr]

    records = JsonlRecords(tmp_path / "docs-1.jsonl")
    records.write({"id": "a", "text": "complete"})
    records.file.fh.write(b'{"id": "b", "text": "cut sh')  # type: ignore[union-attr]
    records.file.fh.flush()  # type: ignore[union-attr]
    (tmp_path / "empty.jsonl.open").write_bytes(b'{"id": "c"')  # nothing complete: removed

    published = recover_open_files(tmp_path)
    assert sorted(p.name for p in published) == ["docs-1-00000.warc.gz", "docs-1.jsonl"]
    assert not list(tmp_path.glob("*.open"))
    assert (tmp_path / "docs-1-00000.warc.gz").stat().st_size == complete
    assert [r[1] for r in read_records(tmp_path)] == ["warcinfo"] + ["response", "request"] * len(PAGES)
    assert (tmp_path / "docs-1.jsonl").read_bytes() == b'{"id":"a","text":"complete"}\n'
