"""``corpusmill report OUT [--compare OTHER]``: write report.html, report.json and report.md into OUT."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, console, fail, out_console

app = command_app()


def write(out: Path, compare: Path | None = None) -> dict[str, Path]:
    """The report of ``out`` with its progress and data-problems line on the command's stderr."""
    from corpusmill.pipeline.report.write import write_report

    return write_report(out, compare, console)


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
    from corpusmill.pipeline.run_files import DamagedRun

    try:
        paths = write(out, compare)
    except FileNotFoundError as err:
        raise fail(f"{out}: not a run folder ({err})", 2) from None
    except DamagedRun as err:
        raise fail(str(err), 1) from None
    for path in paths.values():
        out_console.print(str(path), highlight=False)
