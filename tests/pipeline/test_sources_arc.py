"""Archives the strict readers hid: Common Crawl's 2008 ARC files (read leniently, every record
read or counted, also when damaged) and Wayback Machine WARC responses without HTTP headers."""

from __future__ import annotations

import gzip
import itertools
import random
import re
from pathlib import Path

import pytest

from corpusmill.filters.extract import Extract
from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import READ_ERROR, SourceReader, expand_sources

ARC = "web/warc/copycat/small-sample-1213893279526_0.arc"
WAYBACK = "web/warc/copycat/snapshot-wayback-topic-02.warc.gz"
HEADER = re.compile(rb"^(https?://\S+) \S+ \d{14} \S+ (\d+)\n", re.MULTILINE)


def read(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    docs = list(SourceReader(expand_sources([SourceConfig(name="w", type="warc", paths=[str(path)])])).run(None))
    assert all(d.metadata.get("_html") for d in docs if READ_ERROR not in d.metadata)
    return [d.metadata["url"] for d in docs if READ_ERROR not in d.metadata], [
        d.metadata[READ_ERROR] for d in docs if READ_ERROR in d.metadata
    ]


@pytest.fixture()
def arc(test_data: Path) -> bytes:
    return (test_data / ARC).read_bytes()


def headers(data: bytes) -> list[re.Match[bytes]]:
    """The record header lines of an ARC file (the version block's excluded)."""
    return list(HEADER.finditer(data))


def test_common_crawl_arc_reads_every_record(test_data: Path, arc: bytes) -> None:
    urls, problems = read(test_data / ARC)
    records = headers(arc)
    assert len(records) == 5
    assert urls == [m[1].decode() for m in records if b"wallenhorst" not in m[1]]
    assert [p for p, _ in problems] == ["http_status"]  # the one 404 page
    assert "HTTP 404" in problems[0][1]


def test_arc_ids_are_stable(test_data: Path) -> None:
    config = SourceConfig(name="w", type="warc", paths=[str(test_data / ARC)])
    ids = [[d.id for d in SourceReader(expand_sources([config])).run(None)] for _ in range(2)]
    assert ids[0] == ids[1] == [f"w:{Path(ARC).name}:{n}" for n in range(1, 6)]


def test_arc_pages_are_decoded_and_extracted(test_data: Path) -> None:
    config = SourceConfig(name="w", type="warc", paths=[str(test_data / ARC)])
    docs = [d for d in SourceReader(expand_sources([config])).run(None) if READ_ERROR not in d.metadata]
    # headers say Content-Encoding gzip and chunked, the body is plain: read as it is
    assert docs[0].text.lstrip().startswith("<!DOCTYPE")
    kept = list(Extract().run(iter(docs)))
    assert len(kept) >= 3 and all(len(d.text) > 100 and "<" not in d.text[:20] for d in kept)


def test_unreadable_header_line_costs_one_reject(tmp_path: Path, arc: bytes) -> None:
    second = headers(arc)[1]
    broken = arc[: second.start()] + b"#garbled#" + arc[second.start() + 12 :]
    (tmp_path / "a.arc").write_bytes(broken)
    urls, problems = read(tmp_path / "a.arc")
    assert len(urls) == 3 and second[1].decode() not in urls
    assert sorted(p for p, _ in problems) == ["corrupt_warc", "http_status"]


def test_length_past_the_next_header_rejects_that_record_only(tmp_path: Path, arc: bytes) -> None:
    second = headers(arc)[1]
    length = int(second[2])
    line = second[0].replace(b" %d\n" % length, b" %d\n" % (length + 3000))
    (tmp_path / "a.arc").write_bytes(arc[: second.start()] + line + arc[second.end() :])
    urls, problems = read(tmp_path / "a.arc")
    assert len(urls) == 3 and second[1].decode() not in urls
    assert sorted(p for p, _ in problems) == ["corrupt_warc", "http_status"]


def test_short_length_reads_the_record_and_counts_the_rest(tmp_path: Path, arc: bytes) -> None:
    second = headers(arc)[1]
    length = int(second[2])
    line = second[0].replace(b" %d\n" % length, b" %d\n" % (length - 200))
    (tmp_path / "a.arc").write_bytes(arc[: second.start()] + line + arc[second.end() :])
    urls, problems = read(tmp_path / "a.arc")
    assert urls == [m[1].decode() for m in headers(arc) if b"wallenhorst" not in m[1]]
    assert sorted(p for p, _ in problems) == ["corrupt_warc", "http_status"]


def test_random_damage_never_hides_a_record(tmp_path: Path, arc: bytes) -> None:
    """Bytes overwritten, inserted or deleted anywhere: every header line that survives is a read
    record or a reject, and the reader never raises."""
    rng = random.Random(7)
    for trial in range(25):
        damaged = bytearray(arc)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(damaged) - 64)
            damaged[at : at + rng.randint(0, 40)] = rng.randbytes(rng.randint(0, 40))
        path = tmp_path / f"d{trial}.arc"
        path.write_bytes(bytes(damaged))
        urls, problems = read(path)
        assert len(urls) + len(problems) >= len(headers(bytes(damaged))), trial


@pytest.mark.parametrize("compressed", [False, True])
def test_cut_arc_keeps_records_before_the_cut(tmp_path: Path, arc: bytes, compressed: bool) -> None:
    records = headers(arc)
    cut = arc[: records[3].start() + 500]
    path = tmp_path / ("a.arc.gz" if compressed else "a.arc")
    if compressed:  # one gzip member per record, as .arc.gz files are written; the last one cut
        starts = [0, *(m.start() for m in records), len(cut)]
        members = [gzip.compress(cut[a:b], mtime=0) for a, b in itertools.pairwise(starts) if b > a]
        path.write_bytes(b"".join(members)[:-20])
    else:
        path.write_bytes(cut)
    urls, problems = read(path)
    assert urls == [m[1].decode() for m in records[:3]]
    assert [p for p, _ in problems] == ["truncated_file"]


def test_wayback_responses_without_http_headers_are_pages(test_data: Path) -> None:
    urls, problems = read(test_data / WAYBACK)
    assert problems == [] and len(urls) == 3
    assert all(u.startswith("http://web.archive.org/web/") for u in urls)
    config = SourceConfig(name="w", type="warc", paths=[str(test_data / WAYBACK)])
    docs = list(SourceReader(expand_sources([config])).run(None))
    assert all(re.match(r"\s*<(!DOCTYPE|html)", d.text, re.IGNORECASE) for d in docs)  # nothing eaten as headers
    kept = list(Extract().run(iter(docs)))
    assert len(kept) == 3 and all(len(d.text) > 200 for d in kept)
