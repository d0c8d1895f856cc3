"""``corpusmill plan CONFIG [--scan]``: the tokens a config's budget plans per group (``--scan``:
what a sample of every source gives after cleaning)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
