"""Runs crawls: one fresh ``scrapy crawl`` process per source, and which sources are due.

A child process per source gives every crawl a fresh Twisted reactor (it cannot be restarted in
one process) and keeps a crashing or killed crawl from taking the scheduler with it. The child
opens and closes its run in the state database itself, so the same bookkeeping happens under
scrapyd; this side only notices children that died without closing their run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpusmill.crawlers.plan import CrawlPlan, SourcePlan
from corpusmill.crawlers.state import CrawlState, Run


@dataclass
class CrawlResult:
    source: str
    returncode: int
    run: Run | None
    log: Path

    @property
    def outcome(self) -> str:
        return self.run.outcome if self.run is not None else "failed"


@dataclass
class Progress:
    """A running crawl's figures so far, read from the state database the crawl writes."""

    source: str
    run_id: int
    pages: int
    bytes: int
    errors: int
    records: int
    elapsed: float
    """Seconds since this process started the crawl."""
    rate: float | None
    """Pages per second fetched by this process (None until it has fetched some)."""


class ProgressWatch:
    """Reads a child crawl's live totals; the pages a resumed run had before are not in its rate."""

    def __init__(self, state: CrawlState, source: str, pid: int) -> None:
        self.state, self.source, self.pid = state, source, pid
        self.started = time.time()
        self.baseline: int | None = None

    def read(self) -> Progress | None:
        run = self.state.last_run(self.source)
        if run is None or run.pid != self.pid:
            return None  # the child has not opened its run yet
        totals = self.state.run_totals(self.source, run.id)
        pages = totals["pages"]
        if self.baseline is None:
            self.baseline = pages if run.started_at < self.started else 0
        elapsed = time.time() - self.started
        fetched = pages - self.baseline
        return Progress(
            source=self.source,
            run_id=run.id,
            pages=pages,
            bytes=totals["bytes"],
            errors=totals["outcomes"].get("error", 0),
            records=totals["records"],
            elapsed=elapsed,
            rate=fetched / elapsed if fetched > 0 and elapsed > 0 else None,
        )


def is_due(source: SourcePlan, state: CrawlState, now: float) -> bool:
    """Due when never completed, when its interval has passed, or when a run waits to be resumed."""
    last = state.last_run(source.name)
    if last is not None and last.alive:
        return False
    if last is not None and last.resumable:
        return True
    done = state.last_complete_run(source.name)
    return done is None or done.started_at + source.every <= now


def next_due(source: SourcePlan, state: CrawlState) -> float | None:
    done = state.last_complete_run(source.name)
    return None if done is None else done.started_at + source.every


def crawl_command(plan_path: Path, source: SourcePlan, full: bool) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        source.spider,
        "-a",
        f"plan={plan_path.resolve()}",
        "-a",
        f"source={source.name}",
    ]
    return [*command, "-a", "full=1"] if full else command


def _child_env() -> dict[str, str]:
    """The crawl child imports the installed ``corpusmill`` like its parent; nothing is added to
    ``PYTHONPATH`` (a package folder there would import ``filters`` as a second, top-level copy)."""
    return dict(os.environ, SCRAPY_SETTINGS_MODULE="corpusmill.crawlers.settings")


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _wait(child: subprocess.Popen, watch: ProgressWatch, on_progress: Callable[[Progress], None], every: float) -> int:
    while True:
        try:
            return child.wait(timeout=every)
        except subprocess.TimeoutExpired:
            progress = watch.read()
            if progress is not None:
                on_progress(progress)


def run_source(
    plan_path: Path,
    plan: CrawlPlan,
    source: SourcePlan,
    full: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    every: float = 5.0,
) -> CrawlResult:
    """Crawl one source now and wait for it, calling ``on_progress`` every ``every`` seconds while it
    runs. SIGTERM is passed on to the crawl, which then stops gracefully and can be resumed; Ctrl-C
    reaches it directly through the terminal."""
    folder = plan.source_dir(source.name)
    folder.mkdir(parents=True, exist_ok=True)
    console = folder / "crawl.out"
    with console.open("ab") as out:
        child = subprocess.Popen(
            crawl_command(plan_path, source, full),
            env=_child_env(),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: child.send_signal(signal.SIGTERM))
    state = CrawlState(plan.state)
    try:
        if on_progress is None:
            returncode = child.wait()
        else:
            returncode = _wait(child, ProgressWatch(state, source.name, child.pid), on_progress, every)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    try:
        run = state.last_run(source.name)
        if run is not None and run.pid == child.pid:
            if run.outcome == "running":  # died without closing its run: resumable
                state.mark_killed(run.id)
                run = state.run(run.id)
        elif run is not None and run.alive:  # refused: another process crawls this source
            run = None
        else:  # died before opening a run (bad plan, import error): leave a trace for `status`
            state.record_failed_start(source.name, _tail(console) or f"exit code {returncode}")
            run = state.last_run(source.name)
    finally:
        state.close()
    return CrawlResult(source.name, returncode, run, folder / "crawl.log")


def due_sources(plan: CrawlPlan, now: float | None = None) -> list[SourcePlan]:
    state = CrawlState(plan.state)
    try:
        when = time.time() if now is None else now
        return [source for source in plan.sources if is_due(source, state, when)]
    finally:
        state.close()
