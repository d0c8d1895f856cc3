"""The ``corpusmill`` command: the one CLI layer.

Every command lives in a small module of this package (``run``, ``report``, ``verify``, ``plan``,
``explain``, ``crawl``, ``sft``, ``export``, ``review``, ``select``, ``quality``): argument handling,
one library call, printing. They share what is here: one stdout/stderr console pair and one way to
fail (``fail``: one line per problem, credentials masked, an exit status).

Exit status: 0 success; 1 the run failed (the task log is named); 2 bad configuration or usage;
3 the accounting did not balance (records lost or double counted); 130 interrupted (Ctrl-C) during
``run`` or ``sft clean``, which the same command resumes.

Start-up is kept short (``--version`` and ``--help`` in well under half a second): a command's
module is imported only when that command is invoked, and each command imports the runner,
datatrove and the stages it needs inside its body.
"""

from __future__ import annotations

import importlib
from typing import Annotated, Any

import click
import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from corpusmill import __version__

COMMANDS: dict[str, str] = {
    "run": "Run a pipeline config. Rerunning the same command resumes: finished tasks are skipped.",
    "report": "Write OUT/report.html (self-contained, charts as inline SVG), report.json and report.md.",
    "verify": "Check every shard against OUT/manifest.json: sha256, bytes, records, tokens.",
    "plan": "Print the planned tokens per group for a config's budget, without reading or writing data.",
    "explain": "Show which stages keep or remove one document, with every rule's measured value and threshold.",
    "crawl": "Polite, resumable, incremental Scrapy crawls (run, due, status).",
    "sft": "Clean SFT / instruction data (Alpaca, ShareGPT, OpenAI messages).",
    "export": "Export a run folder for a trainer: Megatron .bin/.idx, JSONL, chat.",
    "review": "Read and judge a run's rejects and kept records in the browser.",
    "select": "Decide again over a tagged run: thresholds, dedup, budgets.",
    "quality": "Train a fastText quality classifier (quality_classifier stage).",
}
"""Each command's line in ``--help``; its module is ``corpusmill.cli.<name>``, holding a Typer ``app``."""


class LazyGroup(TyperGroup):
    """Lists the commands with their one-line help, imports a command's module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *COMMANDS]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return super().get_command(ctx, name)
        if not getattr(self, "_resolving", False):  # listing for --help: the summary is enough
            return click.Command(name, help=COMMANDS[name])
        command = typer.main.get_command(importlib.import_module(f"{__name__}.{name}").app)
        command.name, command.help = name, command.help or COMMANDS[name]
        return command

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
"""Progress, warnings and failures."""
out_console = Console()
"""What a command produces: tables, paths, summaries."""
if not out_console.is_terminal and out_console.width < 120:  # CI logs and pipes: wide enough for the tables
    out_console.width = 120


def command_app(**settings: Any) -> typer.Typer:
    """The Typer ``app`` of one command module, set up like the main one."""
    return typer.Typer(add_completion=False, pretty_exceptions_enable=False, **settings)


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
        console.print(f"[bold red]corpusmill:[/] {escape(line)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


class Interrupted(BaseException):
    """Ctrl-C outside a pipeline run (a run stops its task pools itself, see ``pipeline.lifetime``):
    raised from the signal handler so that ``finally`` blocks and staging folders unwind; not a
    ``KeyboardInterrupt``, which click would turn into "Aborted!" and status 1."""


def _interrupt(signum: int, frame: Any) -> None:
    raise Interrupted


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
    import signal
    import sys
    import threading

    signal.signal(signal.SIGINT, _interrupt)
    try:
        app()
        code: Any = 0
    except SystemExit as done:
        code = done.code
    except Interrupted:
        console.print("[bold red]corpusmill:[/] interrupted", highlight=False)
        code = 130
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
