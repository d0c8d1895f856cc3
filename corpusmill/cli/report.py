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
    out: Annotated[str, typer.Argument(help="A run folder: a path, or an fsspec URL (s3://bucket/run).")],
    compare: Annotated[
        Path | None, typer.Option(exists=True, file_okay=False, help="Another run folder to show side by side.")
    ] = None,
) -> None:
    """Write OUT/report.html (self-contained, charts as inline SVG), report.json and report.md.

    `run` and `sft clean` write it at the end; run it again with --compare to see two runs side by side.
    """
    from corpusmill.pipeline.remote import is_url, local_copy, upload
    from corpusmill.pipeline.run_files import DamagedRun

    try:
        if is_url(out):  # rendered from a local copy, then uploaded beside the run's files
            with local_copy(out) as local:
                shown = upload(local, out, [path.name for path in write(local, compare).values()])
        elif not Path(out).is_dir():
            raise fail(f"{out}: not a run folder (no such folder)", 2)
        else:
            shown = [str(path) for path in write(Path(out), compare).values()]
    except FileNotFoundError as err:
        raise fail(f"{out}: not a run folder ({err})", 2) from None
    except DamagedRun as err:
        raise fail(str(err), 1) from None
    for line in shown:
        out_console.print(line, highlight=False)
