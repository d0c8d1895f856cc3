"""``corpusmill select OUT --config CONFIG --out OUT2`` and ``select OUT --what-if SIGNAL=VALUE``
(the selection itself: ``corpusmill.pipeline.select.run``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, fail, out_console
from corpusmill.cli.run import check_accounting, print_summary, write_report

app = command_app()


@app.command()
def select(
    out: Annotated[Path, typer.Argument(help="A run folder made with --tag (or profile: tag).")],
    config: Annotated[
        Path | None, typer.Option(help="A run config: its stages, params, output and budget (sources ignored).")
    ] = None,
    out2: Annotated[Path | None, typer.Option("--out", help="The new run folder (empty or new).")] = None,
    what_if: Annotated[
        list[str] | None,
        typer.Option(help="SIGNAL=VALUE, e.g. quality.gopher_alpha_words=0.7: print what would go; write nothing."),
    ] = None,
    fresh: Annotated[bool, typer.Option(help="Replace OUT2 if it is a corpusmill run folder.")] = False,
) -> None:
    """Decide again over a tagged run: thresholds, language lists, dedup copies, budget, mixture.

    Nothing is measured again: the tagged columns are read from OUT/data. OUT2 is a normal run
    folder (shards, manifest.json, stats.json, rejects with select:<stage>:<rule>, report, card).
    Exit 2 (one line) when the config needs a signal the run did not tag.
    """
    from corpusmill.io.arrow_without_pandas import settle
    from corpusmill.pipeline.config import ConfigError, load_config
    from corpusmill.pipeline.registry import is_user_stage
    from corpusmill.pipeline.select.plan import SelectError, read_tagged_run
    from corpusmill.pipeline.select.run import run_select

    if not out_console.is_terminal:  # pipes and CI logs: wide enough for the what-if table
        out_console.width = max(out_console.width, 160)
    started = time.monotonic()
    try:
        cfg = load_config(config) if config is not None else None
        if cfg is None or not any(is_user_stage(spec.name) for spec in cfg.stages):
            settle()  # only corpusmill's code runs here: pyarrow needs no pandas (~0.25 s)
        run = read_tagged_run(out)
        if what_if:
            from corpusmill.pipeline.select.whatif import what_if_table

            what_if_table(run, cfg, what_if, out_console)
            return
        if cfg is None or out2 is None:
            raise fail("select needs --config CONFIG and --out OUT2 (or --what-if SIGNAL=VALUE)", 2)
        stats = run_select(run, cfg, out2, fresh)
    except (SelectError, ConfigError) as err:
        raise fail(str(err), 2) from None
    print_summary(stats, str(out2), time.monotonic() - started)
    write_report(str(out2))
    check_accounting(stats)
