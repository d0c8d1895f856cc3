"""``corpusmill quality train``: a fastText quality classifier from example texts.

Recipe (README): curated text as positive (Wikipedia-like articles, good instruction answers),
raw crawl as negative, e.g.

    corpusmill quality train \\
      --positive shared_data/web/text/llamafactory_wiki_demo.txt \\
      --negative shared_data/web/text/dolma_CC-MAIN-...-00140.jsonl.gz \\
      --chunk-chars 1000 -o quality.bin

``--positive`` and ``--negative`` repeat for several files. Records are split into train and
held-out sets (seeded) before any chunking, so pieces of one document never sit on both sides; the
held-out precision and recall are printed. A full model is ~530 MB (2M n-gram buckets x ``dim``
floats); ``--quantize`` writes a product-quantized ``.ftz`` instead (``cutoff`` most important
words and n-grams, output layer retrained) and prints the held-out figures of both models.
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import pyarrow.parquet as pq
import typer
from rich.console import Console
from rich.table import Table

from corpusmill.filters.quality_classifier import NEGATIVE, POSITIVE, fasttext_line, scores

app = typer.Typer(help="Train and inspect the fastText quality classifier.", no_args_is_help=True)
console = Console()


@app.callback()
def quality() -> None:
    """Quality classifier commands (the heuristic rules need no training)."""


def read_texts(path: Path, text_field: str) -> Iterator[str]:
    """Texts of a JSONL (.gz), JSON array, Parquet or plain-text file (one record per line)."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        table = pq.read_table(path, columns=[text_field])
        yield from (t for t in table.column(text_field).to_pylist() if t)
        return
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        if ".jsonl" in name:
            for line in handle:
                if line.strip():
                    text = json.loads(line).get(text_field)
                    if text:
                        yield text
        elif ".json" in name:
            yield from (r[text_field] for r in json.load(handle) if r.get(text_field))
        else:
            yield from (line.strip() for line in handle if line.strip())


def chunks(text: str, size: int) -> list[str]:
    """Pieces of about ``size`` characters cut at whitespace (the whole text when size is 0)."""
    if size <= 0 or len(text) <= size:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = text.rfind(" ", start + size // 2, end)
            end = space if space > start else end
        pieces.append(text[start:end].strip())
        start = end
    return [p for p in pieces if p]


def split(texts: list[str], test_fraction: float, rng: random.Random) -> tuple[list[str], list[str]]:
    texts = texts[:]
    rng.shuffle(texts)
    n_test = max(1, round(len(texts) * test_fraction)) if len(texts) > 1 else 0
    return texts[n_test:], texts[:n_test]


def precision_recall(truth: list[bool], predicted: list[bool]) -> tuple[float, float]:
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    predicted_pos, actual_pos = sum(predicted), sum(truth)
    return (tp / predicted_pos if predicted_pos else 0.0), (tp / actual_pos if actual_pos else 0.0)


def held_out(model, sets: dict[str, tuple[list[str], list[str]]], threshold: float) -> dict[str, tuple[float, float]]:
    """Precision and recall of each class on the held-out pieces."""
    test_texts = sets[POSITIVE][1] + sets[NEGATIVE][1]
    truth = [True] * len(sets[POSITIVE][1]) + [False] * len(sets[NEGATIVE][1])
    predicted = [s >= threshold for s in scores(model, test_texts)] if test_texts else []
    return {
        label: precision_recall([t == positive for t in truth], [q == positive for q in predicted])
        for label, positive in ((POSITIVE, True), (NEGATIVE, False))
    }


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
    import fasttext

    for path in [*positive, *negative]:
        if not path.is_file():
            console.print(f"[red]error:[/] no such file: {path}")
            raise typer.Exit(2)
    if quantize and dim % 2:
        console.print(f"[red]error:[/] --quantize needs an even --dim, got {dim}")
        raise typer.Exit(2)
    rng = random.Random(seed)
    sets = {}
    for label, paths in ((POSITIVE, positive), (NEGATIVE, negative)):
        records = [t for p in paths for t in read_texts(p, text_field)]
        if len(records) < 2:
            console.print(f"[red]error:[/] need at least 2 {label} records, got {len(records)}")
            raise typer.Exit(2)
        train_records, test_records = split(records, test_fraction, rng)
        sets[label] = (
            [c for r in train_records for c in chunks(r, chunk_chars)],
            [c for r in test_records for c in chunks(r, chunk_chars)],
        )
    if balance:
        smaller = min(len(sets[POSITIVE][0]), len(sets[NEGATIVE][0]))
        sets = {label: (rng.sample(tr, smaller), te) for label, (tr, te) in sets.items()}
    lines = [f"{label} {fasttext_line(t)}" for label, (tr, _) in sets.items() for t in tr]
    rng.shuffle(lines)
    if quantize and output.suffix != ".ftz":
        output = output.with_suffix(".ftz")
    reports = {}
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
        train_file = handle.name
    try:
        model = fasttext.train_supervised(
            input=train_file, epoch=epoch, lr=lr, wordNgrams=word_ngrams, dim=dim, thread=1, verbose=0, seed=seed
        )
        reports["full"] = held_out(model, sets, threshold)
        if quantize:
            # retraining re-fits the output layer to the quantized input vectors; qnorm keeps their norms apart
            model.quantize(input=train_file, qnorm=True, retrain=True, cutoff=cutoff, epoch=epoch, lr=lr, thread=1)
            reports["quantized"] = held_out(model, sets, threshold)
    finally:
        Path(train_file).unlink()
    output.parent.mkdir(parents=True, exist_ok=True)
    model.save_model(str(output))

    table = Table(title=f"held-out ({test_fraction:.0%} of records, seed {seed}, threshold {threshold:g})")
    for column in ("model", "class", "train examples", "test examples", "precision", "recall"):
        table.add_column(column, justify="left" if column in ("model", "class") else "right")
    for name, report in reports.items():
        for label, (p, r) in report.items():
            table.add_row(name, label, str(len(sets[label][0])), str(len(sets[label][1])), f"{p:.3f}", f"{r:.3f}")
    console.print(table)
    if quantize:
        drop = max(
            full - small
            for label in reports["full"]
            for full, small in zip(reports["full"][label], reports["quantized"][label], strict=True)
        )
        console.print(f"quantized vs full: largest precision/recall drop {100 * max(drop, 0.0):.1f} points")
    console.print(f"model written to {output} ({output.stat().st_size / 1e6:.1f} MB)")
