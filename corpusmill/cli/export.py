"""``corpusmill export OUT --format FORMAT``: the kept records of a run folder for a trainer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, console, fail, out_console
from corpusmill.pipeline.export.tokens import ExportError
from corpusmill.pipeline.export.writer import FORMATS, export
from corpusmill.pipeline.progress import Ticker
from corpusmill.pipeline.run_files import DamagedRun

app = command_app()


@app.command("export")
def export_command(
    out: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="A finished run folder.")],
    format: Annotated[str, typer.Option("--format", help=f"One of: {', '.join(FORMATS)}.")] = "megatron",
    to: Annotated[Path | None, typer.Option(help="Output folder (default: OUT/export/FORMAT).")] = None,
    eod: Annotated[
        str | None,
        typer.Option(help="megatron: append this end-of-document token after every document: an id, a token, or eos."),
    ] = None,
    per_shard: Annotated[bool, typer.Option(help="One file (set) per shard instead of one per group.")] = False,
    chat_template: Annotated[
        Path | None,
        typer.Option(help="chat-template: a local folder with tokenizer_config.json (chat_template) + tokenizer.json."),
    ] = None,
) -> None:
    """Export the kept records for a trainer: Megatron-LM .bin/.idx (the run's tokenizer) or JSONL;
    conversations as chatml, chat-template, text (plain, for continued pretraining), alpaca,
    sharegpt or openai JSONL with token counts.

    Recorded in OUT/manifest.json under `exports`, checked by `corpusmill verify OUT`.
    """
    target = to if to is not None else out / "export" / format
    ticker = Ticker(console, f"export {format}")
    try:
        entry = export(out, format, target, ticker, eod=eod, per_shard=per_shard, chat_template=chat_template)
    except (ExportError, DamagedRun, OSError) as err:  # usage: 2; a damaged run folder or a full disk: 1
        ticker.stop()
        raise fail(_one_line(err, target), 2 if isinstance(err, ExportError) else 1) from None
    documents = sum(p["documents"] for p in entry["parts"])
    tokens = sum(p["tokens"] for p in entry["parts"])
    ticker.done(f"{len(entry['parts'])} parts, {documents:,} documents, {tokens:,} tokens")
    out_console.print(f"{target} (recorded in {out / 'manifest.json'}; check it with `corpusmill verify {out}`)")


def _one_line(err: Exception, target: Path) -> str:
    if not isinstance(err, OSError):
        return str(err)
    where = f": {err.filename}" if err.filename else ""
    return f"export to {target} failed: {err.strerror or err}{where}"
