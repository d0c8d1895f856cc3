"""Helpers for crawler tests: the test site's pages, crawl plans, and running the crawl CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import orjson
import yaml
from warcio.archiveiterator import ArchiveIterator

from tests.crawlers.siteserver import SiteServer

HERE = Path(__file__).parent
REPO = HERE.parents[1]
SITE = HERE / "site"

SITE_PAGES = sorted(
    "/" + p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html") if p.relative_to(SITE).parts[0] != "private"
)
"""Every HTML page a polite crawl of the whole site must fetch: all but the robots-disallowed one."""


def write_plan(folder: Path, sources: list[dict], **plan: object) -> Path:
    data = {"state": str(folder / "out" / "state.sqlite"), "output": str(folder / "out"), **plan}
    data["sources"] = [{"retries": 1, "backoff": 0.1, **source} for source in sources]
    path = folder / "plan.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "corpusmill.cli.crawl", *args]


def cli_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), COLUMNS="200")


def crawl_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Runs ``corpusmill crawl ARGS`` as a user would, in its own process."""
    command = cli_command(*args)
    return subprocess.run(command, cwd=REPO, env=cli_env(), capture_output=True, text=True, timeout=timeout)


def hit_counts(server: SiteServer) -> Counter[str]:
    return Counter(server.paths())


def stats_of(tmp_path: Path, source: str = "pg") -> dict:
    return json.loads((tmp_path / "out" / source / "stats.json").read_text())


def records_of(tmp_path: Path, source: str = "pg") -> list[dict]:
    files = sorted((tmp_path / "out" / source / "records").glob("*.jsonl"))
    return [orjson.loads(line) for f in files for line in f.read_bytes().splitlines()]


def warc_responses(tmp_path: Path, source: str = "pg") -> list[tuple[str, str, bytes]]:
    """(url, status, decoded payload) of every response record, read back with warcio."""
    found = []
    for path in sorted((tmp_path / "out" / source / "warc").glob("*.warc.gz")):
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type == "response":
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    found.append((url, record.http_headers.get_statuscode(), record.content_stream().read()))
    return found


def path_of(url: str) -> str:
    return re.sub(r"^http://127\.0\.0\.1:\d+", "", url)
