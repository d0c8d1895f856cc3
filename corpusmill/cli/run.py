"""``corpusmill run CONFIG``: run (or resume) a pipeline, print its summary and write its report.

``run_with_progress``, ``print_summary`` and ``write_report`` serve the other commands that make a
run folder (``sft clean``, ``select``)."""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from corpusmill.cli import command_app, console, fail, out_console

if TYPE_CHECKING:
    from corpusmill.pipeline.runner import Progress

app = command_app()


def load(config: Path, overrides: dict[str, Any] | None = None) -> Any:
    """The run config at ``config``; a bad one is exit 2 with one line per problem."""
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
    cfg = load(config, overrides)
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
    write_report(out_dir)
    check_accounting(stats)


def check_accounting(stats: dict[str, Any]) -> None:
    """Exit 3 when the run's counts do not balance (records lost or double counted)."""
    if stats["accounting"]["problems"]:
        raise fail("accounting does not balance: " + "; ".join(stats["accounting"]["problems"]), 3)


def _interrupted() -> None:
    console.print(
        "[bold red]corpusmill:[/] interrupted; run the same command again to resume", highlight=False, soft_wrap=True
    )


def run_with_progress(cfg: Any, out_dir: str, limit: int | None, fresh: bool, where: str) -> tuple[dict, float]:
    """Run (or resume) ``cfg`` with the live progress line; any failure is one line and an exit.
    ``sft clean`` runs through here too."""
    from corpusmill.io.arrow_without_pandas import settle
    from corpusmill.pipeline.config import ConfigError
    from corpusmill.pipeline.lifetime import interrupt_ends_process
    from corpusmill.pipeline.logs import quiet_terminal
    from corpusmill.pipeline.registry import is_user_stage
    from corpusmill.pipeline.runner import execute

    if not any(is_user_stage(spec.name) for spec in cfg.stages):  # a user's stage may hand pyarrow pandas objects
        settle()  # only corpusmill's code runs here and in the forked workers: pyarrow needs no pandas
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


def write_report(out: str) -> None:
    """The run's report.html/json/md after a run, beside its other files (a remote folder too)."""
    from corpusmill.cli.report import write
    from corpusmill.pipeline.redact import redact
    from corpusmill.pipeline.remote import is_url, local_copy, upload

    try:
        if is_url(out):  # rendered from a local copy, then uploaded beside the run's files
            with local_copy(out) as local:
                paths = write(local)
                shown = upload(local, out, [path.name for path in paths.values()])
        else:
            shown = [str(path) for path in write(Path(out)).values()]
    except OSError as err:  # the disk filled up after the run: the data is there, the report is not
        raise fail(f"report failed writing under {redact(out)}: {err.strerror or err}", 1) from None
    out_console.print("report: " + "  ".join(shown), highlight=False)


def print_summary(stats: dict[str, Any], out: str, seconds: float) -> None:
    """The per-stage table, the balance line and the shards of a finished run (stdout); budget and
    shard warnings (stderr)."""
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
