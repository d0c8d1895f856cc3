"""Write a run folder's report: report.json, report.html, report.md and the dataset card README.md
(``corpusmill report OUT [--compare OTHER]``, and the end of every command that makes a run folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from corpusmill.pipeline.export.card import write_card
from corpusmill.pipeline.progress import Ticker
from corpusmill.pipeline.report.aggregate import aggregate
from corpusmill.pipeline.report.compare import compare as compare_runs
from corpusmill.pipeline.report.html import render_html
from corpusmill.pipeline.report.markdown import render_markdown
from corpusmill.pipeline.run_files import DamagedRun, read_manifest, read_stats

if TYPE_CHECKING:
    from rich.console import Console


def write_report(out: Path, compare: Path | None = None, console: Console | None = None) -> dict[str, Path]:
    """Measure the run folder ``out`` (and ``compare``, another run, side by side).

    Returns the paths of the files written into ``out``. Progress and the data-problems line go to
    ``console`` (the command's stderr); without one the report is written silently."""
    out = Path(out)
    for folder in (out, compare) if compare is not None else (out,):
        check_run_files(folder)
    ticker = Ticker(console, "report")
    ticker.update(f"measuring {out}")
    figures = _measure(out, ticker)
    if compare is not None:
        ticker.update(f"measuring {compare}")
        figures["compare"] = compare_runs(figures, _measure(Path(compare), ticker))
    ticker.update("writing report.json, report.html, report.md, README.md")
    paths = {"json": out / "report.json", "html": out / "report.html", "md": out / "report.md"}
    paths["json"].write_text(
        json.dumps(figures, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8"
    )
    paths["html"].write_text(render_html(figures), encoding="utf-8")
    paths["md"].write_text(render_markdown(figures), encoding="utf-8")
    paths["card"] = write_card(out)  # README.md: the run folder loads with datasets.load_dataset
    ticker.done(f"{figures['totals'].get('output_records', 0):,} records measured")
    if figures["alerts"] and console is not None:
        console.print(alert_line(figures["alerts"], paths["md"]), style="bold red", highlight=False, soft_wrap=True)
    return paths


def _measure(out: Path, ticker: Ticker) -> dict:
    """``aggregate(out)``; a Parquet file damaged after the run is ``DamagedRun`` naming it."""
    try:
        return aggregate(out)
    except (pa.ArrowException, pl.exceptions.PolarsError) as err:
        ticker.stop()
        for path in sorted([*out.glob("data/**/*.parquet"), *out.glob("rejects/**/*.parquet")]):
            try:
                pq.read_metadata(path)
            except (pa.ArrowException, OSError) as damaged:
                raise DamagedRun(f"{path}: not the Parquet the run wrote ({str(damaged)[:120]})") from None
        raise DamagedRun(f"{out}: its Parquet files cannot be read together ({str(err)[:200]})") from None


def check_run_files(out: Path) -> None:
    """``stats.json`` and ``manifest.json``, where a folder has them, are the ones a run writes
    (else ``DamagedRun``, one line): the report reads their fields without asking."""
    read_stats(out)
    if (out / "manifest.json").exists():
        read_manifest(out)


def alert_line(alerts: list[str], where: Path) -> str:
    """One terminal line: how many data problems, the worst one, and where the rest are."""
    first = alerts[0] if len(alerts[0]) <= 140 else alerts[0][:139] + "…"
    more = f" (+{len(alerts) - 1} more)" if len(alerts) > 1 else ""
    return f"WARNING: {len(alerts)} data problem{'s' if len(alerts) > 1 else ''}: {first}{more} See {where}"
