"""``corpusmill review OUT``: read and judge a run's records in the browser (``pipeline/review``)."""

from __future__ import annotations

import secrets
import socket
from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, console, fail, out_console

app = command_app()


@app.command("review")
def review_command(
    out: Annotated[Path, typer.Argument(help="A run folder (of `corpusmill run` or `sft clean`).")],
    port: Annotated[int, typer.Option(help="Port to serve on (0: any free port).")] = 0,
    host: Annotated[str, typer.Option(help="Address to bind; the default serves this machine only.")] = "127.0.0.1",
    seed: Annotated[int, typer.Option(help="Seed of the queues' random samples.")] = 0,
    export: Annotated[
        Path | None, typer.Option(help="Write the judgements as JSONL to this file and exit (no server).")
    ] = None,
) -> None:
    """Read a run's rejects and kept records in the browser, judge them with the keyboard (y/n/s/u),
    and see each rule's precision. Judgements go to OUT/review/labels.parquet; a later run takes
    them with `overrides: {labels: [OUT/review/labels.parquet]}`.

    The first line printed is `review: http://HOST:PORT/?token=TOKEN`; requests without the token get 403.
    """
    from datatrove.io import get_datafolder

    from corpusmill.pipeline.run_folder import read_marker

    if not (out / "stats.json").is_file() or read_marker(get_datafolder(str(out))) is None:
        # judgements are written into OUT/review/: only into a folder corpusmill made
        raise fail(f"{out}: not a finished corpusmill run folder (no stats.json or no run marker)", 2)
    if export is not None:
        from corpusmill.pipeline.review.labels import export_jsonl

        try:
            written = export_jsonl(out, export)
        except OSError as err:
            raise fail(f"--export {export}: {err.strerror or err}", 1) from None
        out_console.print(f"{export}: {written} judgements", markup=False, highlight=False, soft_wrap=True)
        return
    import uvicorn

    from corpusmill.pipeline.review.app import create_app

    try:
        listener = socket.create_server((host, port))
    except OSError as err:
        raise fail(f"--host {host} --port {port}: {err.strerror or err}", 2) from None
    bound = listener.getsockname()[1]
    token = secrets.token_urlsafe(18)
    shown = f"[{host}]" if ":" in host else host
    out_console.print(f"review: http://{shown}:{bound}/?token={token}", markup=False, highlight=False, soft_wrap=True)
    console.print(
        f"judgements: {out / 'review' / 'labels.parquet'} · Ctrl-C stops", markup=False, highlight=False, soft_wrap=True
    )
    server = uvicorn.Server(uvicorn.Config(create_app(out.resolve(), token, seed), log_level="warning"))
    server.run(sockets=[listener])  # uvicorn handles Ctrl-C: it finishes the request in flight and returns
