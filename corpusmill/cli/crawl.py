"""``corpusmill crawl``: run crawl plans now, from cron/systemd when due, and show their state."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from corpusmill.cli import command_app, console, fail, out_console
from corpusmill.crawlers.plan import CrawlPlan, PlanError, SourcePlan, load_plan
from corpusmill.crawlers.plan_runs import Busy, SourceStatus, Starting, crawl_in_turn, failed, plan_status
from corpusmill.crawlers.scheduler import CrawlResult, Progress, due_sources
from corpusmill.crawlers.state import COMPLETE, UNREACHABLE, Run

app = command_app(help="Crawl web sites into WARC files and text records (Scrapy).", no_args_is_help=True)

PlanArg = Annotated[Path, typer.Argument(help="Crawl plan (YAML).", show_default=False)]
ProgressOpt = Annotated[
    float, typer.Option("--progress", min=0, help="Seconds between progress lines while crawling (0: none).")
]


def _load(path: Path) -> CrawlPlan:
    try:
        return load_plan(path)
    except PlanError as exc:
        raise fail(str(exc), 2) from None


def _size(n: float) -> str:
    units = ("B", "KB", "MB", "GB")
    step = 0
    while n >= 1000 and step < len(units) - 1:
        n, step = n / 1000, step + 1
    return f"{n:.0f} B" if step == 0 else f"{n:.1f} {units[step]}"


def _ago(ts: float, now: float) -> str:
    seconds = ts - now
    sign, seconds = ("in " if seconds >= 0 else ""), abs(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            text = f"{int(seconds // size)}{unit}"
            break
    else:
        text = f"{int(seconds)}s"
    return f"{sign}{text}" if sign else f"{text} ago"


def _progress_line(p: Progress) -> None:
    rate = f" ({p.rate:.1f}/s)" if p.rate is not None else ""
    out_console.print(
        f"{p.source}: run {p.run_id}: {p.pages} pages{rate}, {_size(p.bytes)}, {p.errors} errors, "
        f"{p.records} text records, {p.elapsed:.0f} s",
        markup=False,
        highlight=False,
    )


def _crawl(plan_path: Path, plan: CrawlPlan, sources: list[SourcePlan], full: bool, every: float) -> int:
    """Crawl ``sources`` in turn, saying what happens; the exit status (1 when any failed)."""
    on_progress = _progress_line if every > 0 else None
    failures = 0
    for event in crawl_in_turn(plan_path, plan, sources, full=full, on_progress=on_progress, every=every):
        if isinstance(event, Busy):
            name, holder = event.source.name, event.run
            console.print(f"[yellow]{name}: already being crawled by pid {holder.pid} (run {holder.id}); skipped")
        elif isinstance(event, Starting):
            if not event.source.obey_robots:
                console.print(
                    f"[bold red]WARNING: {event.source.name}: robots.txt is IGNORED (obey_robots: false). "
                    "Only do this for sites you own or have permission to crawl."
                )
            out_console.print(f"{event.source.name}: crawling ({event.source.spider} spider) ...")
        else:
            _report(event)
        failures += failed(event)
    return 1 if failures else 0


def _report(result: CrawlResult) -> None:
    run = result.run
    if run is None or run.outcome == "failed":
        detail = (run.stats.get("error") if run else None) or f"exit code {result.returncode}"
        console.print(f"[red]{result.source}: failed[/red]; see {result.log}\n{detail}", soft_wrap=True)
        return
    if run.outcome == UNREACHABLE:
        console.print(
            f"[red]{result.source}: the site never answered[/red]: run {run.id}, {run.stats.get('errors', 0)} "
            f"requests without a response (refused, timed out or unknown host); see {result.log}",
            soft_wrap=True,
            highlight=False,
        )
        return
    s = run.stats
    style = "green" if run.outcome in COMPLETE else "yellow"
    out_console.print(
        f"{result.source}: [{style}]{run.outcome}[/{style}] run {run.id}: {s.get('pages', 0)} pages "
        f"({s.get('new', 0)} new, {s.get('changed', 0)} changed, {s.get('unchanged', 0)} unchanged, "
        f"{s.get('not_modified', 0)} not modified), {_size(s.get('bytes', 0))}, {s.get('errors', 0)} errors, "
        f"{s.get('robots_blocked', 0)} blocked by robots.txt, {s.get('records', 0)} text records; "
        f"log {result.log}"
    )


@app.command()
def run(
    plan: PlanArg,
    source: Annotated[list[str] | None, typer.Option("--source", "-s", help="Only this source (repeatable).")] = None,
    full: Annotated[bool, typer.Option(help="Ignore stored validators: fetch and store every page.")] = False,
    progress: ProgressOpt = 5.0,
) -> None:
    """Crawl the plan's sources now (an interrupted run of a source is resumed)."""
    loaded = _load(plan)
    try:
        chosen = [loaded.source(name) for name in source] if source else loaded.sources
    except PlanError as exc:
        raise fail(str(exc), 2) from None
    raise typer.Exit(_crawl(plan, loaded, chosen, full, progress))


@app.command()
def due(plan: PlanArg, progress: ProgressOpt = 5.0) -> None:
    """Crawl only the sources whose interval (`every`) has passed; for cron and systemd timers."""
    loaded = _load(plan)
    sources = due_sources(loaded)
    if not sources:
        out_console.print("nothing due")
        raise typer.Exit(0)
    raise typer.Exit(_crawl(plan, loaded, sources, full=False, every=progress))


def _last_run_cell(run: Run | None) -> str:
    if run is None:
        return "never"
    if run.outcome == "running":
        return f"#{run.id} running" if run.alive else f"#{run.id} killed"
    return f"#{run.id} {run.outcome}"


def _due_cell(status: SourceStatus, now: float) -> str:
    if status.running:
        return "running"
    return "now" if status.due_at is None else _ago(status.due_at, now)


def _figure(value: int | None, shown: Callable[[int], str] = str) -> str:
    return "-" if value is None else shown(value)


@app.command()
def status(plan: PlanArg) -> None:
    """Sources, their last run, when they are due next, and totals."""
    loaded = _load(plan)
    now = time.time()
    table = Table(title=f"crawl plan {plan}")
    for column in (
        "source",
        "spider",
        "last run",
        "started",
        "pages",
        "bytes",
        "errors",
        "next due",
        "runs",
        "URLs",
        "records",
    ):
        table.add_column(column, justify="left" if column in ("source", "spider", "last run") else "right")
    for row in plan_status(loaded, now):
        table.add_row(
            row.source.name,
            row.source.spider,
            _last_run_cell(row.last),
            _ago(row.last.started_at, now) if row.last else "-",
            _figure(row.pages),
            _figure(row.bytes, _size),
            _figure(row.errors),
            _due_cell(row, now),
            str(row.runs),
            str(row.urls),
            str(row.records),
        )
    out_console.print(table)


if __name__ == "__main__":
    app()
