"""``corpusmill explain CONFIG --text FILE | --id ID``: one document through a config's stages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, fail, out_console
from corpusmill.cli.run import load

app = command_app()


@app.command()
def explain(
    config: Annotated[Path, typer.Argument(help="The run config whose stages to apply.")],
    text: Annotated[Path | None, typer.Option(help="A file holding one document (.html/.htm: raw HTML).")] = None,
    record: Annotated[str | None, typer.Option("--id", help="A record id of the run in --out.")] = None,
    out: Annotated[str | None, typer.Option(help="The run folder for --id (default: output.dir).")] = None,
) -> None:
    """Show which stages keep or remove one document, with every rule's measured value and threshold."""
    from rich.table import Table

    from corpusmill.pipeline.explain import find_record, trace

    cfg = load(config)
    if (text is None) == (record is None):
        raise fail("give exactly one of --text FILE or --id ID", 2)
    if text is not None:
        try:
            document, html = text.read_text(encoding="utf-8"), text.suffix.lower() in (".html", ".htm")
        except (OSError, UnicodeDecodeError) as err:
            raise fail(f"{text}: cannot read: {err}", 2) from None
    else:
        try:
            document, decided, html = find_record(out or cfg.output.dir, record)
        except LookupError as err:
            raise fail(str(err), 2) from None
        out_console.print(f"{record}: {decided}", highlight=False)
    table = Table(title=f"explain → {config}", title_justify="left")
    for column in ("stage", "outcome", "rule", "value", "threshold", "passed"):
        table.add_column(column, justify="right" if column in ("value", "threshold") else "left")
    for step in trace(cfg, document, html):
        table.add_row(step.stage, step.outcome, step.detail, "", "", "", end_section=not step.rules)
        for i, rule in enumerate(step.rules):
            mark = "[green]yes[/]" if rule.passed else "[red]NO[/]"
            table.add_row(
                "",
                "",
                rule.rule,
                f"{rule.value:.4g}",
                f"{rule.threshold:.4g}",
                mark,
                end_section=i + 1 == len(step.rules),
            )
    out_console.print(table)
