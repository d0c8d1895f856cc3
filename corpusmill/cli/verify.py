"""``corpusmill verify OUT [--recount]``: check a run folder's shards against its manifest."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, fail, out_console

app = command_app()


@app.command()
def verify(
    out: Annotated[str, typer.Argument(help="A run folder with manifest.json: a path or an fsspec URL.")],
    recount: Annotated[bool, typer.Option(help="Also re-tokenize every record (slower).")] = False,
) -> None:
    """Check every shard against OUT/manifest.json: sha256, bytes, records, tokens.

    Exit 0 when all agree; 1 with one line per mismatch otherwise.
    """
    from corpusmill.pipeline.remote import is_url, local_copy
    from corpusmill.pipeline.run_files import DamagedRun, read_manifest
    from corpusmill.pipeline.verify import verify as verify_run

    with contextlib.ExitStack() as stack:
        try:  # a URL's folder is verified as the object store serves it: a local copy of its bytes
            folder = stack.enter_context(local_copy(out)) if is_url(out) else Path(out)
            problems = verify_run(folder, recount=recount)
        except FileNotFoundError as err:
            raise fail(f"{out}: not a run folder ({err})", 1) from None
        except DamagedRun as err:
            raise fail(str(err), 1) from None
        manifest = None if problems else read_manifest(folder)
    for line in problems:
        out_console.print(f"MISMATCH {line}", highlight=False, soft_wrap=True)
    if manifest is None:
        raise typer.Exit(1)
    out_console.print(
        f"ok: {len(manifest['shards'])} shards, {manifest['total_records']:,} records, "
        f"{manifest['total_tokens']:,} tokens match {out.rstrip('/')}/manifest.json"
    )
