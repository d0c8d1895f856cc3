"""Crawl output files: rotating gzip WARC files and JSONL text records.

A file being written carries an ``.open`` suffix, so readers globbing ``*.warc.gz`` or
``*.jsonl`` never see a half-written file, and each record is flushed before the crawl state
says the page is done. A crawl killed mid-write therefore leaves at most one partial record at the
end of an ``.open`` file; :func:`recover_open_files` cuts it off and publishes the rest.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import orjson
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from corpusmill.crawlers.items import Wire

OPEN = ".open"
_HOP_BY_HOP = {"transfer-encoding", "connection", "keep-alive"}
"""Headers describing the connection, not the payload: Scrapy has already undone chunking, so
keeping ``Transfer-Encoding: chunked`` would make WARC readers try to de-chunk again."""


def iso_date(ts: float) -> str:
    return datetime_to_iso_date(datetime.fromtimestamp(ts, tz=timezone.utc).replace(tzinfo=None))


def _valid_warc_prefix(path: Path) -> int:
    """Byte length of the complete records at the start of a (possibly truncated) WARC file."""
    good = 0
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for _ in records:
                records.read_to_end()
                good = records.get_record_offset() + records.get_record_length()
        except Exception:
            pass
    return good


def _valid_jsonl_prefix(path: Path) -> int:
    data = path.read_bytes()
    return data.rfind(b"\n") + 1


def recover_open_files(folder: Path) -> list[Path]:
    """Publish files left ``.open`` by a killed crawl, without their partial last record."""
    published = []
    for path in sorted(folder.glob(f"*{OPEN}")):
        keep = _valid_warc_prefix(path) if path.name.endswith(".warc.gz" + OPEN) else _valid_jsonl_prefix(path)
        if keep == 0:
            path.unlink()
            continue
        os.truncate(path, keep)
        final = path.with_name(path.name.removesuffix(OPEN))
        path.rename(final)
        published.append(final)
    return published


class _OpenFile:
    """A file written under ``name.open`` and renamed to ``name`` when closed."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.fh: BinaryIO = path.with_name(path.name + OPEN).open("xb")

    def close(self) -> None:
        self.fh.close()
        self.path.with_name(self.path.name + OPEN).rename(self.path)


class WarcFiles:
    """Writes request/response pairs to ``<prefix>-<serial>.warc.gz``, starting a new file once
    one reaches ``max_bytes`` (each file opens with a ``warcinfo`` record describing the crawl)."""

    def __init__(self, folder: Path, prefix: str, max_bytes: int, info: dict[str, str]) -> None:
        self.folder, self.prefix, self.max_bytes, self.info = folder, prefix, max_bytes, info
        self.serial = 0
        self.current: _OpenFile | None = None
        self.writer: WARCWriter | None = None
        self.files: list[str] = []

    def _open(self) -> WARCWriter:
        if self.current is not None and self.current.fh.tell() >= self.max_bytes:
            self.close()
        if self.writer is None:
            name = f"{self.prefix}-{self.serial:05d}.warc.gz"
            self.serial += 1
            self.current = _OpenFile(self.folder / name)
            self.writer = WARCWriter(self.current.fh, gzip=True)
            self.writer.write_record(self.writer.create_warcinfo_record(name, self.info))
            self.files.append(name)
        return self.writer

    def write(self, wire: Wire, payload_type: str | None) -> tuple[str, str]:
        """Write one exchange; returns (file name, WARC-Record-ID of the response)."""
        writer = self._open()
        response = _response_record(writer, wire, payload_type)
        writer.write_request_response_pair(_request_record(writer, wire), response)
        assert self.current is not None
        self.current.fh.flush()
        return self.current.path.name, response.rec_headers.get_header("WARC-Record-ID")

    def close(self) -> None:
        if self.current is not None:
            self.current.close()
        self.current, self.writer = None, None


def _request_record(writer: WARCWriter, wire: Wire):
    parts = urlsplit(wire.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = [("Host", parts.netloc), *wire.request_headers]
    http = StatusAndHeaders(f"{wire.method} {target} HTTP/1.1", headers, protocol="HTTP/1.1", is_http_request=True)
    return writer.create_warc_record(wire.url, "request", http_headers=http)


def _response_record(writer: WARCWriter, wire: Wire, payload_type: str | None):
    try:
        phrase = HTTPStatus(wire.status).phrase
    except ValueError:
        phrase = ""
    headers = [(k, v) for k, v in wire.response_headers if k.lower() not in _HOP_BY_HOP]
    http = StatusAndHeaders(f"{wire.status} {phrase}".strip(), headers, protocol=wire.protocol or "HTTP/1.1")
    warc_headers = {"WARC-Date": iso_date(wire.fetched_at)}
    if wire.ip:
        warc_headers["WARC-IP-Address"] = wire.ip
    if payload_type:
        warc_headers["WARC-Identified-Payload-Type"] = payload_type
    return writer.create_warc_record(
        wire.url,
        "response",
        payload=BytesIO(wire.body),
        length=len(wire.body),
        http_headers=http,
        warc_headers_dict=warc_headers,
    )


class JsonlRecords:
    """Text records, one JSON object per line, flushed per record."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file: _OpenFile | None = None
        self.count = 0

    def write(self, record: dict) -> None:
        if self.file is None:
            self.file = _OpenFile(self.path)
        self.file.fh.write(orjson.dumps(record) + b"\n")
        self.file.fh.flush()
        self.count += 1

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


def file_stamp() -> str:
    """Names the files of one crawl process: UTC time plus pid keeps a resumed run's files apart."""
    return f"{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{os.getpid()}"
