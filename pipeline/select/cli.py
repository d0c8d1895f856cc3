"""``corpusmill select OUT --config CONFIG --out OUT2`` and ``select OUT --what-if SIGNAL=VALUE``."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

if TYPE_CHECKING:
    from corpusmill.pipeline.config import RunConfig
    from corpusmill.pipeline.select.plan import TaggedRun

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
console = Console(stderr=True)
out_console = Console()
if not out_console.is_terminal:  # pipes and CI logs: wide enough for the what-if table
    out_console.width = 160


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
    from corpusmill.cli import fail
    from corpusmill.cli.run import print_summary, write_report
    from corpusmill.pipeline.config import ConfigError, load_config
    from corpusmill.pipeline.select.plan import SelectError, read_tagged_run

    started = time.monotonic()
    try:
        run = read_tagged_run(out)
        if what_if:
            from corpusmill.pipeline.select.whatif import what_if_table

            cfg = load_config(config) if config is not None else None
            what_if_table(run, cfg, what_if, out_console)
            return
        if config is None or out2 is None:
            raise fail("select needs --config CONFIG and --out OUT2 (or --what-if SIGNAL=VALUE)", 2)
        cfg = load_config(config)
        stats = run_select(run, cfg, out2, fresh)
    except (SelectError, ConfigError) as err:
        raise fail(str(err), 2) from None
    print_summary(stats, str(out2), time.monotonic() - started)
    write_report(str(out2))
    if stats["accounting"]["problems"]:
        raise fail("accounting does not balance: " + "; ".join(stats["accounting"]["problems"]), 3)


def run_select(run: TaggedRun, cfg: RunConfig, out2: Path, fresh: bool) -> dict:
    """Plan, decide and write OUT2; ``SelectError`` before anything is written if it cannot."""
    from corpusmill.pipeline.select.decide import CODE, DUPLICATE_OF, ROW, fates, needed_columns, scan
    from corpusmill.pipeline.select.output import write_selection
    from corpusmill.pipeline.select.plan import SelectError, plan_stages

    plans = plan_stages(cfg, run)
    _check_out2(out2, run.out, fresh)
    import polars as pl

    decided = fates(scan(run.shards, needed_columns(plans, run.columns)), plans).select(ROW, CODE, DUPLICATE_OF)
    try:
        frame = decided.collect(engine="streaming").sort(ROW)
    except (pl.exceptions.PolarsError, OSError) as err:  # a damaged or edited shard
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise SelectError(
            f"{run.out}: a shard cannot be read ({first}); check the run with corpusmill verify"
        ) from None
    if out2.exists() and fresh:
        from datatrove.io import get_datafolder

        from corpusmill.pipeline.runner import clear_run_folder

        clear_run_folder(get_datafolder(str(out2)))
    try:
        return write_selection(run, cfg, plans, frame, out2)
    except OSError as err:
        raise SelectError(f"select failed writing under {out2}: {err.strerror or err}") from None


def _check_out2(out2: Path, out: Path, fresh: bool) -> None:
    from corpusmill.pipeline.select.plan import SelectError

    if out2.resolve() == out.resolve():
        raise SelectError(f"{out2}: is the tagged run itself; choose another --out")
    if out2.exists() and not out2.is_dir():
        raise SelectError(f"{out2}: is a file, not a run folder")
    if out2.is_dir() and any(out2.iterdir()):
        if not fresh:
            raise SelectError(
                f"{out2}: not empty; use --fresh to replace a corpusmill run folder or choose another --out"
            )
        if not (out2 / "logs" / "run.json").is_file():
            raise SelectError(f"{out2}: not a corpusmill run folder; --fresh replaces only run folders")
