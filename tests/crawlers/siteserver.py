"""A real HTTP server on 127.0.0.1 serving the test site like a production web server would.

Beyond static files it does what crawlers meet in the wild: strong ETags and Last-Modified with
304 answers, gzip transfer for HTML, Content-Language for ``*.zh-cn.html`` (as Apache content
negotiation does), a 301 and an off-site 302, a 500 page, and robots.txt / sitemaps rendered with
the server's own address. Every request is logged so tests can assert what was fetched, when, and
with which headers.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import sys
import threading
import time
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

REDIRECTS = {
    "/debian-reference/preface": (301, "/zh/pr01.zh-cn.html"),
    "/away.html": (302, "http://127.0.0.2/elsewhere.html"),
}
ERRORS = {"/broken.html": 500}
TEMPLATES = {"/robots.txt", "/sitemap.xml", "/sitemap-pages.xml"}


@dataclass(frozen=True)
class Hit:
    path: str
    status: int
    headers: dict[str, str]
    at: float


class SiteServer:
    def __init__(self, root: Path, delay: float = 0.0) -> None:
        self.root = root.resolve()
        self.delay = delay
        """Seconds to wait before answering a page, to make a crawl slow enough to kill."""
        self.redirects = dict(REDIRECTS)
        """Path -> (status, Location); a test may add its own."""
        self.validators = True
        """When False, send no ETag/Last-Modified and never 304 (tests content-hash change detection)."""
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"site": self})
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self) -> list[str]:
        with self.lock:
            return [hit.path for hit in self.hits]

    def log(self, hit: Hit) -> None:
        with self.lock:
            self.hits.append(hit)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A crawler killed mid-response closes its sockets: expected here, not worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    site: SiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet: the hit log is the record
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.site.log(Hit(unquote(urlsplit(self.path).path), status, dict(self.headers.items()), time.time()))
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if self.site.delay and path.endswith(".html"):
            time.sleep(self.site.delay)
        if path in self.site.redirects:
            status, location = self.site.redirects[path]
            self._send(status, headers={"Location": location})
            return
        if path in ERRORS:
            body = b"<html><body><h1>Internal Server Error</h1></body></html>"
            self._send(ERRORS[path], body, {"Content-Type": "text/html"})
            return
        if path == "/":
            path = "/index.html"
        file = (self.site.root / path.lstrip("/")).resolve()
        if not file.is_file() or self.site.root not in file.parents or file.name == "README.md":
            self._send(404, b"not found", {"Content-Type": "text/plain"})
            return
        content = file.read_bytes()
        if path in TEMPLATES:
            content = content.replace(b"{base}", self.site.base.encode())
        self._send_file(file, content)

    def _send_file(self, file: Path, content: bytes) -> None:
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        headers = {"Content-Type": ctype}
        if file.name.endswith(".zh-cn.html"):
            headers["Content-Language"] = "zh-cn"
        gzipped = ctype == "text/html" and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            content = gzip.compress(content, mtime=0)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        if self.site.validators:
            etag = '"' + hashlib.sha1(content).hexdigest()[:16] + ('-gz"' if gzipped else '"')
            mtime = int(file.stat().st_mtime)
            headers["ETag"] = etag
            headers["Last-Modified"] = formatdate(mtime, usegmt=True)
            if self._not_modified(etag, mtime):
                self._send(304, headers={"ETag": etag})
                return
        self._send(200, content, headers)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        if "If-None-Match" in self.headers:
            return etag in [t.strip() for t in self.headers["If-None-Match"].split(",")]
        if "If-Modified-Since" in self.headers:
            try:
                return mtime <= parsedate_to_datetime(self.headers["If-Modified-Since"]).timestamp()
            except (TypeError, ValueError):
                return False
        return False
