"""Train the fastText quality classifier (``quality_classifier`` stage) from example texts.

Recipe (README): curated text as positive (Wikipedia-like articles, good instruction answers),
raw crawl as negative. Records are split into train and held-out sets (seeded) before any
chunking, so pieces of one document never sit on both sides; the held-out precision and recall of
each class are measured. A full model is ~530 MB (2M n-gram buckets x ``dim`` floats);
``quantize`` writes a product-quantized ``.ftz`` instead (``cutoff`` most important words and
n-grams, output layer retrained) and measures both models. ``corpusmill quality train`` is this
module's command.
"""

from __future__ import annotations

import gzip
import json
import random
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from corpusmill.filters.quality_classifier import NEGATIVE, POSITIVE, fasttext_line, scores

Scores = dict[str, tuple[float, float]]
"""Per class: held-out (precision, recall)."""


class TrainError(ValueError):
    """Input or options that cannot train a model (one line)."""


@dataclass
class Trained:
    """What ``train`` wrote and measured."""

    output: Path
    examples: dict[str, tuple[int, int]]
    """Per class: (train, held-out) pieces."""
    held_out: dict[str, Scores]
    """Per model (``full``, and ``quantized`` with ``quantize``): its held-out scores."""

    def quantized_drop(self) -> float:
        """The largest precision or recall drop of the quantized model against the full one (0 at least)."""
        full, small = self.held_out["full"], self.held_out["quantized"]
        drop = max(f - s for label in full for f, s in zip(full[label], small[label], strict=True))
        return max(drop, 0.0)


def read_texts(path: Path, text_field: str) -> Iterator[str]:
    """Texts of a JSONL (.gz), JSON array, Parquet or plain-text file (one record per line)."""
    name = path.name.lower()
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

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


def held_out(model, sets: dict[str, tuple[list[str], list[str]]], threshold: float) -> Scores:
    """Precision and recall of each class on the held-out pieces."""
    test_texts = sets[POSITIVE][1] + sets[NEGATIVE][1]
    truth = [True] * len(sets[POSITIVE][1]) + [False] * len(sets[NEGATIVE][1])
    predicted = [s >= threshold for s in scores(model, test_texts)] if test_texts else []
    return {
        label: precision_recall([t == positive for t in truth], [q == positive for q in predicted])
        for label, positive in ((POSITIVE, True), (NEGATIVE, False))
    }


def train(
    positive: list[Path],
    negative: list[Path],
    output: Path,
    *,
    text_field: str = "text",
    chunk_chars: int = 0,
    balance: bool = True,
    test_fraction: float = 0.2,
    seed: int = 0,
    epoch: int = 10,
    lr: float = 0.5,
    word_ngrams: int = 2,
    dim: int = 64,
    threshold: float = 0.5,
    quantize: bool = False,
    cutoff: int = 100_000,
) -> Trained:
    """Train a fastText classifier (positive vs negative), write it to ``output`` (``.ftz`` when
    quantized) and measure it on the held-out records. ``TrainError`` before any work on bad input."""
    import fasttext

    for path in [*positive, *negative]:
        if not path.is_file():
            raise TrainError(f"no such file: {path}")
    if quantize and dim % 2:
        raise TrainError(f"--quantize needs an even --dim, got {dim}")
    rng = random.Random(seed)
    sets = {}
    for label, paths in ((POSITIVE, positive), (NEGATIVE, negative)):
        records = [t for p in paths for t in read_texts(p, text_field)]
        if len(records) < 2:
            raise TrainError(f"need at least 2 {label} records, got {len(records)}")
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
    return Trained(output, {label: (len(tr), len(te)) for label, (tr, te) in sets.items()}, reports)
