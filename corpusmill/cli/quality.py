"""``corpusmill quality train``: a fastText quality classifier from example texts, e.g.

    corpusmill quality train \\
      --positive shared_data/web/text/llamafactory_wiki_demo.txt \\
      --negative shared_data/web/text/dolma_CC-MAIN-...-00140.jsonl.gz \\
      --chunk-chars 1000 -o quality.bin

``--positive`` and ``--negative`` repeat for several files; the training is
``corpusmill.pipeline.quality_train.train``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpusmill.cli import command_app, fail, out_console

app = command_app(help="Train and inspect the fastText quality classifier.", no_args_is_help=True)


@app.callback()
def quality() -> None:
    """Quality classifier commands (the heuristic rules need no training)."""


@app.command()
def train(
    positive: Annotated[list[Path], typer.Option("--positive", help="High-quality examples (repeatable).")],
    negative: Annotated[list[Path], typer.Option("--negative", help="Low-quality examples (repeatable).")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Model file to write (.bin, or .ftz with --quantize).")
    ],
    text_field: Annotated[str, typer.Option(help="Text column of JSON/JSONL/Parquet inputs.")] = "text",
    chunk_chars: Annotated[int, typer.Option(help="Cut records into pieces of about N chars (0: whole).")] = 0,
    balance: Annotated[bool, typer.Option(help="Downsample the larger class to the smaller one.")] = True,
    test_fraction: Annotated[float, typer.Option(min=0.0, max=0.9, help="Held-out share of records.")] = 0.2,
    seed: Annotated[int, typer.Option(help="Seed of the split and of the downsampling.")] = 0,
    epoch: Annotated[int, typer.Option(min=1)] = 10,
    lr: Annotated[float, typer.Option(min=0.0)] = 0.5,
    word_ngrams: Annotated[int, typer.Option(min=1)] = 2,
    dim: Annotated[int, typer.Option(min=2)] = 64,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="Score cut for the report.")] = 0.5,
    quantize: Annotated[
        bool, typer.Option(help="Write a quantized .ftz model (product quantization, retrained; ~100x smaller).")
    ] = False,
    cutoff: Annotated[int, typer.Option(min=0, help="With --quantize: words and n-grams kept (0: all).")] = 100_000,
) -> None:
    """Train a fastText classifier (positive vs negative) and report held-out precision/recall."""
    from rich.table import Table

    from corpusmill.pipeline.quality_train import TrainError
    from corpusmill.pipeline.quality_train import train as train_model

    try:
        trained = train_model(
            positive, negative, output, text_field=text_field, chunk_chars=chunk_chars, balance=balance,
            test_fraction=test_fraction, seed=seed, epoch=epoch, lr=lr, word_ngrams=word_ngrams, dim=dim,
            threshold=threshold, quantize=quantize, cutoff=cutoff,
        )  # fmt: skip
    except TrainError as err:
        raise fail(str(err), 2) from None
    table = Table(title=f"held-out ({test_fraction:.0%} of records, seed {seed}, threshold {threshold:g})")
    for column in ("model", "class", "train examples", "test examples", "precision", "recall"):
        table.add_column(column, justify="left" if column in ("model", "class") else "right")
    for name, scores in trained.held_out.items():
        for label, (p, r) in scores.items():
            table.add_row(name, label, *map(str, trained.examples[label]), f"{p:.3f}", f"{r:.3f}")
    out_console.print(table)
    if quantize:
        out_console.print(
            f"quantized vs full: largest precision/recall drop {100 * trained.quantized_drop():.1f} points"
        )
    size = trained.output.stat().st_size / 1e6
    out_console.print(f"model written to {trained.output} ({size:.1f} MB)")
