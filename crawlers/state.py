"""Crawl state in SQLite: runs (for scheduling and resuming) and what each URL looked like.

Per URL it keeps the HTTP validators (ETag, Last-Modified) and a content hash, so a recrawl asks
"changed since?" and skips unchanged pages, and the outgoing links, so a page answered with 304
(or already visited earlier in an interrupted run) still leads the crawl to the pages it links.
``pages.run_id`` marks the run that last visited a URL: resuming a killed run replays those
visits from here instead of fetching them again. WAL mode lets the crawl process write while
``crawl status`` reads.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

COMPLETE = ("finished", "max_pages", "max_bytes")
"""Outcomes of a run that ended on its own: the source is not due again until ``every`` passed."""
RESUMABLE = ("interrupted", "killed")
"""Outcomes of a run that stopped early: the next start of that source continues it."""
UNREACHABLE = "unreachable"
"""Outcome of a run that ended because no request got an answer: a failure, due again at once."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    started_at REAL NOT NULL,
    ended_at REAL,
    outcome TEXT NOT NULL,
    pid INTEGER,
    host TEXT,
    processes INTEGER NOT NULL DEFAULT 1,
    pages INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    counters TEXT NOT NULL DEFAULT '{}',
    stats TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS runs_source ON runs (source, id);
CREATE TABLE IF NOT EXISTS pages (
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    status INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    bytes INTEGER NOT NULL DEFAULT 0,
    links TEXT NOT NULL DEFAULT '[]',
    record_id TEXT,
    first_seen REAL NOT NULL,
    checked_at REAL NOT NULL,
    changed_at REAL,
    PRIMARY KEY (source, url)
);
CREATE INDEX IF NOT EXISTS pages_run ON pages (source, run_id);
"""


class RunActive(RuntimeError):
    """Another live process is crawling this source (e.g. an overlapping cron job)."""


@dataclass
class Run:
    id: int
    source: str
    started_at: float
    ended_at: float | None
    outcome: str
    pid: int | None
    host: str | None
    processes: int
    pages: int
    bytes: int
    errors: int
    counters: dict = field(default_factory=dict)
    stats: dict = field(default_factory=dict)

    @property
    def alive(self) -> bool:
        return self.outcome == "running" and self.host == socket.gethostname() and pid_alive(self.pid)

    @property
    def resumable(self) -> bool:
        return self.outcome in RESUMABLE or (self.outcome == "running" and not self.alive)


@dataclass
class PageState:
    url: str
    run_id: int
    status: int
    outcome: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    bytes: int
    links: list[str]
    record_id: str | None


@dataclass
class PageVisit:
    """What one visit of a URL found; ``outcome`` is new|changed|unchanged|not_modified|redirect|
    error|skipped_type."""

    url: str
    status: int
    outcome: str
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    bytes: int = 0
    links: list[str] = field(default_factory=list)
    record_id: str | None = None


def pid_alive(pid: int | None) -> bool:
    """True if ``pid`` runs on this machine and is not a zombie left by a killed crawl."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


class CrawlState:
    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=60, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # runs -------------------------------------------------------------------------------------

    @staticmethod
    def _run(row: sqlite3.Row | None) -> Run | None:
        if row is None:
            return None
        data = dict(row)
        data["counters"] = json.loads(data["counters"])
        data["stats"] = json.loads(data["stats"])
        return Run(**data)

    def run(self, run_id: int) -> Run | None:
        return self._run(self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone())

    def last_run(self, source: str) -> Run | None:
        row = self.db.execute("SELECT * FROM runs WHERE source = ? ORDER BY id DESC LIMIT 1", (source,))
        return self._run(row.fetchone())

    def last_complete_run(self, source: str) -> Run | None:
        marks = ",".join("?" * len(COMPLETE))
        row = self.db.execute(
            f"SELECT * FROM runs WHERE source = ? AND outcome IN ({marks}) ORDER BY id DESC LIMIT 1",
            (source, *COMPLETE),
        )
        return self._run(row.fetchone())

    def runs(self, source: str) -> list[Run]:
        rows = self.db.execute("SELECT * FROM runs WHERE source = ? ORDER BY id", (source,))
        return [r for r in map(self._run, rows.fetchall()) if r is not None]

    def open_run(self, source: str, pid: int) -> tuple[Run, bool]:
        """Continue the source's interrupted run, or start a new one; ``(run, resumed)``."""
        with self._transaction() as db:
            last = self.last_run(source)
            if last is not None and last.alive and last.pid != pid:
                raise RunActive(f"source {source!r} is being crawled by pid {last.pid} (run {last.id})")
            host = socket.gethostname()
            if last is not None and last.resumable:
                db.execute(
                    "UPDATE runs SET outcome = 'running', pid = ?, host = ?, processes = processes + 1,"
                    " ended_at = NULL WHERE id = ?",
                    (pid, host, last.id),
                )
                run_id, resumed = last.id, True
            else:
                cur = db.execute(
                    "INSERT INTO runs (source, started_at, outcome, pid, host) VALUES (?, ?, 'running', ?, ?)",
                    (source, time.time(), pid, host),
                )
                run_id, resumed = int(cur.lastrowid or 0), False
        run = self.run(run_id)
        assert run is not None
        return run, resumed

    def close_run(self, run_id: int, outcome: str, counters: dict[str, float], stats: dict) -> None:
        """End one process's share of a run; ``counters`` are the run's totals so far."""
        self.db.execute(
            "UPDATE runs SET outcome = ?, ended_at = ?, pages = ?, bytes = ?, errors = ?, counters = ?,"
            " stats = ? WHERE id = ?",
            (
                outcome,
                time.time(),
                stats.get("pages", 0),
                stats.get("bytes", 0),
                stats.get("errors", 0),
                json.dumps(counters),
                json.dumps(stats),
                run_id,
            ),
        )

    def mark_killed(self, run_id: int) -> None:
        """Record that the process of a run died without closing it (it resumes on the next start)."""
        self.db.execute(
            "UPDATE runs SET outcome = 'killed', ended_at = ? WHERE id = ? AND outcome = 'running'",
            (time.time(), run_id),
        )

    def record_failed_start(self, source: str, error: str) -> None:
        """A crawl process that died before opening its run still leaves a trace for ``status``."""
        now = time.time()
        self.db.execute(
            "INSERT INTO runs (source, started_at, ended_at, outcome, stats) VALUES (?, ?, ?, 'failed', ?)",
            (source, now, now, json.dumps({"error": error})),
        )

    # pages ------------------------------------------------------------------------------------

    def page(self, source: str, url: str) -> PageState | None:
        row = self.db.execute(
            "SELECT url, run_id, status, outcome, etag, last_modified, content_hash, bytes, links, record_id"
            " FROM pages WHERE source = ? AND url = ?",
            (source, url),
        ).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["links"] = json.loads(data["links"])
        return PageState(**data)

    def record_visit(self, source: str, run_id: int, visit: PageVisit, when: float) -> None:
        """Store a visit; validators and hash of a 304 or an error keep their last good values."""
        changed_at = when if visit.outcome in ("new", "changed") else None
        self.db.execute(
            """INSERT INTO pages (source, url, run_id, status, outcome, etag, last_modified, content_hash,
                                  bytes, links, record_id, first_seen, checked_at, changed_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (source, url) DO UPDATE SET
                 run_id = excluded.run_id, status = excluded.status, outcome = excluded.outcome,
                 etag = COALESCE(excluded.etag, etag),
                 last_modified = COALESCE(excluded.last_modified, last_modified),
                 content_hash = COALESCE(excluded.content_hash, content_hash),
                 bytes = excluded.bytes,
                 links = CASE WHEN excluded.outcome IN ('not_modified', 'error') THEN links
                              ELSE excluded.links END,
                 record_id = CASE WHEN excluded.outcome IN ('new', 'changed') THEN excluded.record_id
                                  ELSE record_id END,
                 checked_at = excluded.checked_at,
                 changed_at = COALESCE(excluded.changed_at, changed_at)""",
            (
                source,
                visit.url,
                run_id,
                visit.status,
                visit.outcome,
                visit.etag,
                visit.last_modified,
                visit.content_hash,
                visit.bytes,
                json.dumps(visit.links),
                visit.record_id,
                when,
                when,
                changed_at,
            ),
        )

    def run_totals(self, source: str, run_id: int) -> dict:
        """Per-run figures computed from the URL table, so they stay exact across kills and resumes.
        ``requests`` counts every visit, ``pages`` those that are not a redirect hop (the budget's unit)."""
        outcomes = dict(
            self.db.execute(
                "SELECT outcome, COUNT(*) FROM pages WHERE source = ? AND run_id = ? GROUP BY outcome",
                (source, run_id),
            ).fetchall()
        )
        statuses = {
            str(code): n
            for code, n in self.db.execute(
                "SELECT status, COUNT(*) FROM pages WHERE source = ? AND run_id = ? GROUP BY status ORDER BY status",
                (source, run_id),
            ).fetchall()
        }
        requests, total_bytes = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(bytes), 0) FROM pages WHERE source = ? AND run_id = ?",
            (source, run_id),
        ).fetchone()
        (records,) = self.db.execute(
            "SELECT COUNT(*) FROM pages WHERE source = ? AND run_id = ? AND record_id IS NOT NULL"
            " AND outcome IN ('new', 'changed')",
            (source, run_id),
        ).fetchone()
        return {
            "requests": requests,
            "pages": requests - outcomes.get("redirect", 0),  # a redirect hop is not a page
            "bytes": total_bytes,
            "records": records,
            "outcomes": outcomes,
            "status_codes": statuses,
        }

    def source_totals(self, source: str) -> dict:
        row = self.db.execute(
            "SELECT COUNT(*), SUM(status BETWEEN 200 AND 299 OR outcome = 'not_modified'),"
            " SUM(record_id IS NOT NULL) FROM pages WHERE source = ?",
            (source,),
        ).fetchone()
        return {"urls": row[0], "ok": row[1] or 0, "with_text": row[2] or 0}
