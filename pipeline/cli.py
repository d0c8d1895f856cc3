"""The ``corpusmill`` command.

Exit status: 0 success; 1 the run failed (the task log is named); 2 bad configuration or usage;
3 the accounting did not balance (records lost or double counted); 130 interrupted (Ctrl-C) during
``run`` or ``sft clean``, which the same command resumes.

Start-up is kept short (``--version`` and ``--help`` in well under half a second): sub-command
groups (``sft``, ``crawl``, ``quality``) are imported only when invoked, and each command imports
the runner, datatrove and the stages it needs inside its body.
"""

from __future__ import annotations

import functools
import importlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
from rich.console import Console
from typer.core import TyperGroup

from corpusmill import __version__

if TYPE_CHECKING:
    from corpusmill.pipeline.runner import Progress

LAZY_GROUPS: dict[str, tuple[str, str]] = {
    "crawl": ("corpusmill.pipeline.crawl_cli", "Polite, resumable, incremental Scrapy crawls (run, due, status)."),
    "sft": ("corpusmill.pipeline.sft", "Clean SFT / instruction data (Alpaca, ShareGPT, OpenAI messages)."),
    "export": ("corpusmill.pipeline.export.cli", "Export a run folder for a trainer: Megatron .bin/.idx, JSONL, chat."),
    "review": ("corpusmill.pipeline.review.cli", "Read and judge a run's rejects and kept records in the browser."),
    "select": ("corpusmill.pipeline.select.cli", "Decide again over a tagged run: thresholds, dedup, budgets."),
    "quality": (
        "corpusmill.pipeline.quality_cli",
        "Train a fastText quality classifier (quality_classifier stage).",
    ),
}


class LazyGroup(TyperGroup):
    """Lists the sub-command groups with their one-line help, imports a group only when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *LAZY_GROUPS]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in LAZY_GROUPS:
            return super().get_command(ctx, name)
        module, help_text = LAZY_GROUPS[name]
        if not getattr(self, "_resolving", False):  # listing for --help: the summary is enough
            return click.Group(name, help=help_text)
        group = typer.main.get_command(importlib.import_module(module).app)
        group.name, group.help = name, group.help or help_text
        return group

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        self._resolving = True
        try:
            return super().resolve_command(ctx, args)
        finally:
            self._resolving = False


app = typer.Typer(
    cls=LazyGroup,
    help="Turn raw web text and instruction data into clean, token-budgeted LLM training data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out_console = Console()
if not out_console.is_terminal:  # CI logs and pipes: wide enough for the summary table
    out_console.width = 120


def _version(value: bool) -> None:
    if value:
        out_console.print(f"corpusmill {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """corpusmill: staged, accountable data pipelines on datatrove (see README.md)."""


def fail(message: str, code: int) -> typer.Exit:
    """Print ``message`` (one line per problem, each prefixed, credentials masked) and return the exit to raise."""
    from corpusmill.pipeline.redact import redact

    for line in redact(str(message)).splitlines() or [""]:
        console.print(f"[bold red]corpusmill:[/] {line}", highlight=False, soft_wrap=True, markup=True)
    return typer.Exit(code)


def _load(config: Path, overrides: dict[str, Any] | None = None) -> Any:
    from corpusmill.pipeline.config import ConfigError, load_config

    try:
        return load_config(config, overrides)
    except ConfigError as err:
        raise fail(str(err), 2) from None


def _interruptible(command: Callable[..., None]) -> Callable[..., None]:
    """Ctrl-C anywhere in ``command`` (loading the config, the run, the summary, the report) is one
    line and exit status 130 (see ``lifetime.interrupt_ends_process``)."""

    @functools.wraps(command)
    def interruptible(*args: Any, **kwargs: Any) -> None:
        from corpusmill.pipeline.lifetime import interrupt_ends_process

        with interrupt_ends_process(_interrupted):
            command(*args, **kwargs)

    return interruptible


@app.command()
@_interruptible
def run(
    config: Annotated[Path, typer.Argument(help="YAML run config (see configs/ for commented examples).")],
    out: Annotated[
        str | None, typer.Option(help="Run folder (local path or fsspec URL); overrides output.dir.")
    ] = None,
    tasks: Annotated[
        int | None, typer.Option(min=1, help="Tasks to split the input into; overrides executor.tasks.")
    ] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Tasks run at once; overrides executor.workers.")] = None,
    executor: Annotated[str | None, typer.Option(help="local | ray | slurm; overrides executor.type.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Read at most N records per task (trial runs).")] = None,
    fresh: Annotated[bool, typer.Option(help="Delete the run folder first instead of resuming it.")] = False,
    dry_run: Annotated[bool, typer.Option(help="Slurm: print the sbatch scripts instead of submitting them.")] = False,
    tag: Annotated[
        bool, typer.Option("--tag", help="Tag instead of rejecting (profile: tag); decide later with `select`.")
    ] = False,
) -> None:
    """Run a pipeline config. Rerunning the same command resumes: finished tasks are skipped.

    Writes OUT/data/ (token-budget Parquet shards), OUT/manifest.json, OUT/rejects/<stage>/
    (every removed record with stage, reason and detail), OUT/stats.json (per-stage
    in/kept/rejected, verified) and OUT/logs/ (datatrove task logs and completion markers).
    """
    overrides: dict[str, Any] = {}
    for key, value in (("tasks", tasks), ("workers", workers), ("type", executor)):
        if value is not None:
            overrides[f"executor.{key}"] = value
    cfg = _load(config, overrides)
    if tag:
        from corpusmill.pipeline.config import tag_every_stage

        tag_every_stage(cfg)
    out_dir = out if out is not None else cfg.output.dir
    if "://" not in out_dir:
        out_dir = str(Path(out_dir).resolve())
    if cfg.executor.type == "slurm":
        _submit(cfg, config, out_dir, limit, fresh, dry_run)
        return
    if dry_run:
        raise fail("--dry-run is for executor slurm", 2)
    stats, seconds = run_with_progress(cfg, out_dir, limit, fresh, where=str(config))
    print_summary(stats, out_dir, seconds)
    _write_report(out_dir)
    if stats["accounting"]["problems"]:
        raise fail("accounting does not balance: " + "; ".join(stats["accounting"]["problems"]), 3)


def _interrupted() -> None:
    console.print(
        "[bold red]corpusmill:[/] interrupted; run the same command again to resume", highlight=False, soft_wrap=True
    )


def run_with_progress(cfg: Any, out_dir: str, limit: int | None, fresh: bool, where: str) -> tuple[dict, float]:
    """Run (or resume) ``cfg`` with the live progress line; any failure is one line and an exit.
    ``sft clean`` runs through here too."""
    from corpusmill.pipeline.config import ConfigError
    from corpusmill.pipeline.lifetime import interrupt_ends_process
    from corpusmill.pipeline.logs import quiet_terminal
    from corpusmill.pipeline.runner import execute

    quiet_terminal()
    started = time.monotonic()
    try:
        with interrupt_ends_process(_interrupted), _progress_bar() as show:
            stats = execute(cfg, out_dir, limit=limit, fresh=fresh, on_progress=show)
    except ConfigError as err:
        raise fail("\n".join(f"{where}: {line}" for line in err.lines), 2) from None
    except OSError as err:  # disk full, read-only or missing output: name the folder, not a traceback
        raise fail(f"run failed writing under {out_dir}: {err.strerror or err}", 1) from None
    except Exception as err:  # a task failed: datatrove already wrote its traceback to the task log
        raise fail(f"run failed: {type(err).__name__}: {err} (task logs: {out_dir}/logs)", 1) from None
    return stats, time.monotonic() - started


def _submit(cfg: Any, config: Path, out: str, limit: int | None, fresh: bool, dry_run: bool) -> None:
    from corpusmill.pipeline.config import ConfigError
    from corpusmill.pipeline.logs import quiet_terminal
    from corpusmill.pipeline.runner import submit

    quiet_terminal()
    try:
        lines = submit(cfg, out, limit, fresh, dry_run)
    except ConfigError as err:
        raise fail("\n".join(f"{config}: {line}" for line in err.lines), 2) from None
    except Exception as err:  # sbatch missing or refused: one line, not a traceback
        raise fail(f"slurm submission failed: {type(err).__name__}: {err}", 1) from None
    for line in lines:
        out_console.print(line, highlight=False, markup=False, soft_wrap=True)
    if not dry_run:
        out_console.print(f"submitted; stats.json appears in {out} when the accounting job ends")


class _progress_bar:
    """A live line: records read, records/s, which run of the chain and its tasks. Only on a
    terminal: in a pipe or a CI log it would leave an empty line behind."""

    def __enter__(self):
        self.bar, self.ticker = None, None
        if not console.is_terminal:  # logs and pipes: one line every few seconds instead of a live bar
            from corpusmill.pipeline.progress import Ticker

            self.ticker, self.last = Ticker(console, "run"), None
            return self.line
        from rich.progress import Progress as Bar
        from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Bar(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
        )
        self.bar.__enter__()
        self.task = self.bar.add_task("starting", total=None)
        from corpusmill.pipeline.lifetime import on_interrupt

        self.interrupt = on_interrupt(self.bar.stop)  # Ctrl-C: the live line leaves, the cursor returns
        self.interrupt.__enter__()
        return self.update

    @staticmethod
    def text(p: Progress) -> str:
        rate = p.records / p.elapsed if p.elapsed > 0 else 0.0
        return (
            f"{p.records:,} records read · {rate:,.0f} rec/s · step {min(p.runs_done + 1, p.runs_total)}/"
            f"{p.runs_total} {p.current} · tasks {p.tasks_done}/{p.tasks_total}"
        )

    def update(self, p: Progress) -> None:
        self.bar.update(self.task, description=self.text(p))

    def line(self, p: Progress) -> None:
        self.last = p
        self.ticker.update(self.text(p))

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.interrupt.__exit__(*exc)
            self.bar.__exit__(*exc)
        elif self.ticker is not None and self.last is not None:
            self.ticker.line(self.text(self.last))


def _write_report(out: str) -> None:
    from corpusmill.pipeline.redact import redact
    from corpusmill.pipeline.report_cli import report as write_report

    if "://" in out:  # the report renders from a local folder; run `corpusmill report` on a copy
        console.print(f"[yellow]report:[/] not written for a remote run folder ({redact(out)})")
        return
    try:
        paths = write_report(Path(out))
    except OSError as err:  # the disk filled up after the run: the data is there, the report is not
        raise fail(f"report failed writing under {out}: {err.strerror or err}", 1) from None
    out_console.print(f"report: {paths['html']}  {paths['json']}  {paths['md']}", highlight=False)


@app.command()
def report(
    out: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="A run folder.")],
    compare: Annotated[
        Path | None, typer.Option(exists=True, file_okay=False, help="Another run folder to show side by side.")
    ] = None,
) -> None:
    """Write OUT/report.html (self-contained, charts as inline SVG), report.json and report.md.

    `run` and `sft clean` write it at the end; run it again with --compare to see two runs side by side.
    """
    from corpusmill.pipeline.report_cli import report as write_report
    from corpusmill.pipeline.run_files import DamagedRun

    try:
        paths = write_report(out, compare)
    except FileNotFoundError as err:
        raise fail(f"{out}: not a run folder ({err})", 2) from None
    except DamagedRun as err:
        raise fail(str(err), 1) from None
    for path in paths.values():
        out_console.print(str(path), highlight=False)


@app.command()
def verify(
    out: Annotated[Path, typer.Argument(help="A run folder with manifest.json.")],
    recount: Annotated[bool, typer.Option(help="Also re-tokenize every record (slower).")] = False,
) -> None:
    """Check every shard against OUT/manifest.json: sha256, bytes, records, tokens.

    Exit 0 when all agree; 1 with one line per mismatch otherwise.
    """
    from corpusmill.pipeline.run_files import DamagedRun, read_manifest
    from corpusmill.pipeline.verify import verify as verify_run

    try:
        problems = verify_run(out, recount=recount)
    except DamagedRun as err:
        raise fail(str(err), 1) from None
    for line in problems:
        out_console.print(f"MISMATCH {line}", highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(1)
    manifest = read_manifest(out)
    out_console.print(
        f"ok: {len(manifest['shards'])} shards, {manifest['total_records']:,} records, "
        f"{manifest['total_tokens']:,} tokens match {out / 'manifest.json'}"
    )


@app.command()
def plan(
    config: Annotated[Path, typer.Argument(help="YAML run config with a `budget` section.")],
    scan: Annotated[bool, typer.Option(help="Clean a sample of every source to estimate tokens per group.")] = False,
    sample: Annotated[int, typer.Option(min=1, help="--scan: records cleaned per source.")] = 1000,
    records: Annotated[
        int | None,
        typer.Option(min=1, help="--scan: estimate global stages' disk and memory for this many input records."),
    ] = None,
) -> None:
    """Print the planned tokens per group for a config's budget, without reading or writing data."""
    from rich.table import Table

    cfg = _load(config)
    if scan:
        from corpusmill.pipeline.plan_scan import scan_command

        return scan_command(cfg, sample, console, out_console, records)
    budget = cfg.budget
    if budget is None or budget.tokens is None:
        raise fail(f"{config}: budget: set total_tokens or model_params to plan", 2)
    source = "budget.total_tokens"
    if budget.total_tokens is None:
        source = f"{budget.model_params:,.0f} parameters × {budget.tokens_per_param:g} tokens/parameter"
    table = Table(title=f"token budget: {budget.tokens:,} tokens ({source})", title_justify="left")
    for column in (budget.mix_by, "share", "planned tokens"):
        table.add_column(column, justify="left" if column == budget.mix_by else "right")
    for group, share in (budget.mix or {"all": 1.0}).items():
        table.add_row(group, f"{share:.1%}", f"{round(budget.tokens * share):,}")
    out_console.print(table)


@app.command()
def explain(
    config: Annotated[Path, typer.Argument(help="The run config whose stages to apply.")],
    text: Annotated[Path | None, typer.Option(help="A file holding one document (.html/.htm: raw HTML).")] = None,
    record: Annotated[str | None, typer.Option("--id", help="A record id of the run in --out.")] = None,
    out: Annotated[str | None, typer.Option(help="The run folder for --id (default: output.dir).")] = None,
) -> None:
    """Show which stages keep or remove one document, with every rule's measured value and threshold."""
    from rich.table import Table

    from corpusmill.pipeline.explain import find_record, trace

    cfg = _load(config)
    if (text is None) == (record is None):
        raise fail("give exactly one of --text FILE or --id ID", 2)
    if text is not None:
        try:
            document, html = text.read_text(encoding="utf-8"), text.suffix.lower() in (".html", ".htm")
        except (OSError, UnicodeDecodeError) as err:
            raise fail(f"{text}: cannot read: {err}", 2) from None
    else:
        try:
            document, decided, html = find_record(out or cfg.output.dir, record)
        except LookupError as err:
            raise fail(str(err), 2) from None
        out_console.print(f"{record}: {decided}", highlight=False)
    table = Table(title=f"explain → {config}", title_justify="left")
    for column in ("stage", "outcome", "rule", "value", "threshold", "passed"):
        table.add_column(column, justify="right" if column in ("value", "threshold") else "left")
    for step in trace(cfg, document, html):
        table.add_row(step.stage, step.outcome, step.detail, "", "", "", end_section=not step.rules)
        for i, rule in enumerate(step.rules):
            mark = "[green]yes[/]" if rule.passed else "[red]NO[/]"
            table.add_row(
                "",
                "",
                rule.rule,
                f"{rule.value:.4g}",
                f"{rule.threshold:.4g}",
                mark,
                end_section=i + 1 == len(step.rules),
            )
    out_console.print(table)


def print_summary(stats: dict[str, Any], out: str, seconds: float) -> None:
    from datatrove.io import get_datafolder
    from rich.table import Table

    from corpusmill.pipeline.redact import redact

    folder, out = (
        get_datafolder(out),
        redact(out),
    )  # the folder opens with its credentials; the terminal never sees them
    table = Table(title=f"corpusmill run → {out}", title_justify="left")
    for column in ("stage", "in", "kept", "rejected", "top reasons", "fixed"):
        numeric = column in ("in", "kept", "rejected")
        # reasons wrap (and fold) at 80 columns, so the counts never shrink to "…"
        justify = "right" if numeric else "left"
        table.add_column(column, justify=justify, no_wrap=numeric or column == "stage", overflow="fold")
    for stage in stats["stages"]:
        rejected = sum(stage["rejected"].values())
        top = "\n".join(f"{k} {v:,}" for k, v in list(stage["rejected"].items())[:3])
        fixed = "\n".join(f"{k} {v:,}" for k, v in list(stage["fixed"].items())[:3])
        table.add_row(stage["name"], f"{stage['in']:,}", f"{stage['kept']:,}", f"{rejected:,}", top, fixed)
    out_console.print(table)
    rate = stats["input_records"] / seconds if seconds > 0 else 0.0
    out_console.print(
        f"input {stats['input_records']:,} = output {stats['output_records']:,} + rejected "
        f"{stats['rejected_records']:,} records · {seconds:.1f} s ({rate:,.0f} records/s)\n"
        f"data: {out}/data  rejects: {out}/rejects  stats: {out}/stats.json",
        highlight=False,
    )
    with folder.open("manifest.json", "r") as handle:
        manifest = json.load(handle)
    shards = manifest["shards"]
    out_console.print(
        f"{len(shards)} shards, {manifest['total_tokens']:,} tokens ({manifest['tokenizer']['name']}), "
        f"up to {manifest['shard_tokens']:,} tokens each: {out}/manifest.json",
        highlight=False,
    )
    for group, entry in manifest["groups"].items():
        if "short_by_tokens" in entry:
            console.print(
                f"[yellow]budget:[/] {group} has {entry['available_tokens']:,} tokens of the "
                f"{entry['planned_tokens']:,} planned (short by {entry['short_by_tokens']:,}); "
                "the mix was not changed",
                highlight=False,
            )
    underfilled = [s["path"] for s in shards if s["underfilled"]]
    if underfilled:
        console.print(f"[yellow]shards:[/] {len(underfilled)} under 95% of shard_tokens (records too large to pack)")


def entry() -> None:
    """The ``corpusmill`` console script: ``app``, then an exit that skips freeing every module.

    A run loads over a thousand modules (datatrove, pyarrow, polars, pandas, numpy...), and
    Python's shutdown takes them apart one by one: 0.3-0.5 s after a 5 s run has finished and
    printed everything. Once the command has returned, what a normal exit must still do is done
    here (threads joined, exit handlers run, output flushed) and the process ends at once. In-process
    callers (tests, notebooks) use ``app`` and exit normally.
    """
    import atexit
    import os
    import sys
    import threading

    try:
        app()
        code: Any = 0
    except SystemExit as done:
        code = done.code
    if code is not None and not isinstance(code, int):  # sys.exit("message"): printed, exit 1
        print(code, file=sys.stderr)
        code = 1
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()  # CPython's own step of a normal exit (private, but stable since 3.0)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: Python's own exit reports this as 120
            code = code or 120
    os._exit(code or 0)
