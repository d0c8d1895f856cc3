"""``corpusmill plan CONFIG [--scan]``: the tokens a config's budget plans per group (``--scan``:
what a sample of every source gives after cleaning)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from corpusmill.cli import command_app, console, fail, out_console
from corpusmill.cli.run import load

app = command_app()


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

    cfg = load(config)
    if scan:
        return _scan(cfg, sample, records)
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


def _scan(cfg: Any, sample: int, records: int | None) -> None:
    """``--scan``: progress on stderr; the estimate table, its notes and the global stages' disk and
    memory on stdout."""
    from corpusmill.pipeline.config import ConfigError
    from corpusmill.pipeline.plan_scan import GlobalSample, estimate, render, resources_table, scan
    from corpusmill.pipeline.progress import Ticker

    ticker = Ticker(console, "plan --scan")
    seed = cfg.budget.seed if cfg.budget is not None else 0
    seen: list[GlobalSample] = []
    try:
        scans = scan(cfg, sample, seed, ticker, seen)
    except (ConfigError, OSError, ValueError) as err:  # missing inputs, a bad tokenizer: one line
        ticker.stop()
        raise fail(f"plan --scan: {err}", 2) from None
    ticker.done(f"{sum(s.kept for s in scans.values()):,} sampled records kept")
    table, notes = render(cfg, estimate(cfg, scans), scans, sample)
    out_console.print(table)
    for note in notes:
        out_console.print(note, highlight=False, soft_wrap=True)
    if seen:
        out_console.print(resources_table(cfg, scans, seen, records))
