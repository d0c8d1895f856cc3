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
from dataclasses import dataclass
from pathlib import Path

from corpusmill.crawlers.plan import CrawlPlan, SourcePlan
from corpusmill.crawlers.state import CrawlState, Run

_PROJECT_ROOT = Path(__file__).resolve().parents[1]


@dataclass
class CrawlResult:
    source: str
    returncode: int
    run: Run | None
    log: Path

    @property
    def outcome(self) -> str:
        return self.run.outcome if self.run is not None else "failed"


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
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="corpusmill.crawlers.settings")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PROJECT_ROOT), env.get("PYTHONPATH")]))
    return env


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def run_source(plan_path: Path, plan: CrawlPlan, source: SourcePlan, full: bool = False) -> CrawlResult:
    """Crawl one source now and wait for it. SIGTERM is passed on to the crawl, which then stops
    gracefully and can be resumed; Ctrl-C reaches it directly through the terminal."""
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
    try:
        returncode = child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    state = CrawlState(plan.state)
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
