"""``corpusmill sft clean``: clean instruction data (Alpaca, ShareGPT, OpenAI chat) into a run folder.

The options become a run config (``corpusmill.pipeline.sft.prepare``) run like ``corpusmill run``;
the exports and per-file figures follow (``finish``), then the per-reason summary and the report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from corpusmill.cli import command_app, console, fail, out_console
from corpusmill.cli.run import check_accounting, run_with_progress, write_report

app = command_app(help="Clean SFT / instruction data: Alpaca, ShareGPT and OpenAI chat files.", no_args_is_help=True)


@app.callback()
def sft() -> None:
    """Instruction data (SFT): clean Alpaca, ShareGPT and OpenAI chat files."""


@app.command("clean")
def clean(
    inputs: Annotated[list[Path], typer.Argument(help="Alpaca / ShareGPT / OpenAI files (.json, .jsonl, .gz, .zst).")],
    out: Annotated[Path, typer.Option(help="Run folder (replaced if it holds an earlier run): data/, rejects/, ...")],
    format: Annotated[
        str | None,
        typer.Option("--format", help="Also write export/<input name> as alpaca, sharegpt or openai, or chatml."),
    ] = None,
    input_format: Annotated[
        str | None, typer.Option(help="auto (default), alpaca, sharegpt or openai; overrides the config.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="SFT config (see configs/sft.yaml).")] = None,
    benchmark: Annotated[
        list[Path] | None, typer.Option(help="Benchmark file to decontaminate against (repeatable).")
    ] = None,
    field_map: Annotated[
        str | None,
        typer.Option("--map", help="Other field names, e.g. instruction=question,output=answer (adds to `fields:`)."),
    ] = None,
) -> None:
    """Clean instruction data: schema, placeholders, unseen references, media requests, merged
    instructions, refusals, truncation, length, language, duplicates and benchmark overlap.
    Exit status: 0 done; 1 the run failed; 2 bad input, config or option, or no record could be
    read; 3 the counts did not balance."""
    from corpusmill.pipeline.config import ConfigError
    from corpusmill.pipeline.sft import finish, nothing_readable, prepare, schema_warnings

    try:
        cfg, files, run = prepare(
            inputs, out, export_format=format, input_format=input_format, config=config, benchmarks=benchmark,
            field_map=field_map,
        )  # fmt: skip
    except ConfigError as err:
        raise fail(str(err), 2) from None
    stats, seconds = run_with_progress(run, str(out.resolve()), None, fresh=True, where="sft clean")
    try:
        stats = finish(stats, files, out, format, console)
    except ConfigError as err:
        raise fail(str(err), 2) from None
    except OSError as err:
        raise fail(f"export failed writing under {out}: {err.strerror or err}", 1) from None
    print_summary(stats, out, seconds, cfg.warn_below)
    write_report(str(out))
    check_accounting(stats)
    problem = nothing_readable(stats)
    if problem is not None:
        raise fail(problem, 2)
    for line in schema_warnings(stats):
        console.print(f"[bold yellow]warning:[/] {line}", highlight=False, soft_wrap=True)


def print_summary(stats: dict[str, Any], out: Path, seconds: float, warn_below: int) -> None:
    """Rejects and repairs per reason with an example, the balance line and each input file's figures."""
    from rich.table import Table

    from corpusmill.pipeline.sft import reject_examples

    total = stats["input_records"] or 1
    examples = reject_examples(out)
    table = Table(title=f"corpusmill sft clean → {out}", title_justify="left")
    table.add_column("stage")
    table.add_column("reason")
    table.add_column("records", justify="right")
    table.add_column("% of input", justify="right")
    table.add_column("example", overflow="fold", max_width=60)
    for stage in stats["stages"]:
        for reason, n in stage["rejected"].items():
            table.add_row(stage["name"], reason, f"{n:,}", f"{100 * n / total:.2f}", examples.get(reason, "")[:120])
        for reason, n in stage["fixed"].items():
            table.add_row(stage["name"], f"fixed:{reason}", f"{n:,}", f"{100 * n / total:.2f}", "kept, repaired")
    out_console.print(table)
    rate = stats["input_records"] / seconds if seconds > 0 else 0.0
    out_console.print(
        f"input {stats['input_records']:,} = kept {stats['output_records']:,} + rejected "
        f"{stats['rejected_records']:,} · {seconds:.1f} s · {rate:,.0f} records/s",
        highlight=False,
    )
    for source in stats["sources"]:
        out_console.print(
            f"  {source['name']}: {source['format']} {source['container']}, "
            f"{source['records']:,} read, {source['kept']:,} kept",
            highlight=False,
        )
    if stats["output_records"] < warn_below:
        out_console.print(
            f"[yellow]warning:[/] only {stats['output_records']:,} records kept; under {warn_below:,} is a "
            "small instruction set: expect it to set a style more than to teach skills.",
            highlight=False,
        )
