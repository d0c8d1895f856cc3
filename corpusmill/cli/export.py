"""``corpusmill export OUT --format FORMAT``: the kept records of a run folder for a trainer."""

from __future__ import annotations

import contextlib
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
    out: Annotated[str, typer.Argument(help="A finished run folder: a path or an fsspec URL (s3://bucket/run).")],
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
    from corpusmill.pipeline.remote import is_url, local_copy, upload

    if not is_url(out) and not Path(out).is_dir():
        raise fail(f"{out}: not a run folder (no such folder)", 2)
    ticker = Ticker(console, f"export {format}")
    with contextlib.ExitStack() as stack:
        try:  # a URL's run folder: exported from a local copy, the export and manifest uploaded
            folder = stack.enter_context(local_copy(out)) if is_url(out) else Path(out)
            target = to if to is not None else folder / "export" / format
            entry = export(folder, format, target, ticker, eod=eod, per_shard=per_shard, chat_template=chat_template)
            if is_url(out):
                names = ([] if to is not None else [f"export/{format}"]) + ["manifest.json"]
                shown = upload(folder, out, names)[0] if to is None else str(to)
            else:
                shown = str(target)
        except (ExportError, DamagedRun, OSError) as err:  # usage: 2; a damaged run folder or a full disk: 1
            ticker.stop()
            where = to if to is not None else f"{out.rstrip('/')}/export/{format}"
            raise fail(_one_line(err, where), 2 if isinstance(err, ExportError) else 1) from None
    documents = sum(p["documents"] for p in entry["parts"])
    tokens = sum(p["tokens"] for p in entry["parts"])
    ticker.done(f"{len(entry['parts'])} parts, {documents:,} documents, {tokens:,} tokens")
    manifest = f"{out.rstrip('/')}/manifest.json"
    out_console.print(f"{shown} (recorded in {manifest}; check it with `corpusmill verify {out}`)")


def _one_line(err: Exception, target: Path | str) -> str:
    if not isinstance(err, OSError):
        return str(err)
    where = f": {err.filename}" if err.filename else ""
    return f"export to {target} failed: {err.strerror or err}{where}"
