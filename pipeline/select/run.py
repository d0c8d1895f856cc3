"""Plan, decide and write a selection: the tagged run ``OUT`` decided again into the run folder ``OUT2``
(``corpusmill select OUT --config CONFIG --out OUT2``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpusmill.pipeline.config import RunConfig
    from corpusmill.pipeline.select.plan import TaggedRun


def run_select(run: TaggedRun, cfg: RunConfig, out2: Path, fresh: bool) -> dict:
    """Plan, decide and write OUT2; ``SelectError`` before anything is written if it cannot."""
    from corpusmill.pipeline.select.decide import ROW, carried, fates, needed_columns, scan
    from corpusmill.pipeline.select.output import write_selection
    from corpusmill.pipeline.select.plan import SelectError, plan_stages
    from corpusmill.schema import SOURCE, URL

    plans = plan_stages(cfg, run)
    _check_out2(out2, run.out, fresh)
    import polars as pl

    shown = [name for name in (SOURCE, URL) if name in run.columns]  # what a reject shows besides id
    decided = carried(fates(scan(run.shards, needed_columns(plans, run.columns, shown)), plans, True), plans, shown)
    try:
        frame = decided.collect(engine="streaming").sort(ROW)
    except (pl.exceptions.PolarsError, OSError) as err:  # a damaged or edited shard
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise SelectError(
            f"{run.out}: a shard cannot be read ({first}); check the run with corpusmill verify"
        ) from None
    if out2.exists() and fresh:
        from datatrove.io import get_datafolder

        from corpusmill.pipeline.run_folder import clear_run_folder

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
        from datatrove.io import get_datafolder

        from corpusmill.pipeline.run_folder import read_marker

        if read_marker(get_datafolder(str(out2))) is None:  # a user's folder, whatever logs/run.json it holds
            raise SelectError(f"{out2}: not a corpusmill run folder and not empty; choose a new or empty --out")
        if not fresh:
            raise SelectError(f"{out2}: holds a run; use --fresh to replace it or choose another --out")
