"""``corpusmill verify OUT [--recount]``: check a run folder's shards against its manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, fail, out_console

app = command_app()


@app.command()
def verify(
    out: Annotated[Path, typer.Argument(help="A run folder with manifest.json.")],
    recount: Annotated[bool, typer.Option(help="Also re-tokenize every record (slower).")] = False,
) -> None:
    """Check every shard against OUT/manifest.json: sha256, bytes, records, tokens.

    Exit 0 when all agree; 1 with one line per mismatch otherwise.
    """
    from corpusmill.pipeline.run_files import DamagedRun, read_manifest
    from corpusmill.pipeline.verify import verify as verify_run

    try:
        problems = verify_run(out, recount=recount)
    except DamagedRun as err:
        raise fail(str(err), 1) from None
    for line in problems:
        out_console.print(f"MISMATCH {line}", highlight=False, soft_wrap=True)
    if problems:
        raise typer.Exit(1)
    manifest = read_manifest(out)
    out_console.print(
        f"ok: {len(manifest['shards'])} shards, {manifest['total_records']:,} records, "
        f"{manifest['total_tokens']:,} tokens match {out / 'manifest.json'}"
    )
