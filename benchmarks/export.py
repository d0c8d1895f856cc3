"""Megatron export: throughput against the bare tokenizer, and memory flat in the number of documents.

    .venv/bin/python benchmarks/export.py OUT            # OUT: a finished run folder (e.g. out/demo)

Prints (1) tokens/s of `corpusmill export --format megatron` (in process, without CLI start-up)
next to the bare `TokenCounter.encode` over the same texts, and (2) the writer's peak memory for
1M and 4M documents of synthetic ids: flat, because lengths go to a temporary file.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
from rich.console import Console

from corpusmill.pipeline.export.tokens import run_tokenizer
from corpusmill.pipeline.export.writer import export
from corpusmill.pipeline.progress import Ticker

WRITER = """
import resource, sys, tempfile
from pathlib import Path
import numpy as np
from corpusmill.pipeline.export.megatron import IndexedDatasetWriter
documents = int(sys.argv[1])
rng = np.random.default_rng(0)
with tempfile.TemporaryDirectory() as tmp:
    writer = IndexedDatasetWriter(Path(tmp) / "bench", 131_072)
    for _ in range(documents // 10_000):
        lengths = rng.integers(1, 64, size=10_000)
        writer.write([list(range(n)) for n in lengths])
    writer.close()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def throughput(out: Path) -> None:
    manifest = json.loads((out / "manifest.json").read_text())
    counter = run_tokenizer(manifest)
    tables = [pq.read_table(out / s["path"], columns=["text"]) for s in manifest["shards"]]
    texts = [text for table in tables for text in table["text"].to_pylist()]
    counter.encode(texts[:10])  # warm-up: load the tokenizer
    started = time.perf_counter()
    tokens = sum(len(ids) for ids in counter.encode(texts))
    bare = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "run"
        subprocess.run(["cp", "-r", str(out), str(copy)], check=True)
        started = time.perf_counter()
        export(copy, "megatron", copy / "export", Ticker(Console(stderr=True, quiet=True), "bench"))
        full = time.perf_counter() - started
    print(f"{len(texts):,} documents, {tokens:,} tokens")
    print(f"bare TokenCounter.encode: {bare:.2f} s ({tokens / bare:,.0f} tokens/s)")
    print(f"export --format megatron: {full:.2f} s ({tokens / full:,.0f} tokens/s, {full / bare:.2f}x bare)")


def memory() -> None:
    for documents in (1_000_000, 4_000_000):
        command = [sys.executable, "-c", WRITER, str(documents)]
        peak = subprocess.run(command, capture_output=True, text=True, check=True)
        print(f"writer peak RSS, {documents:,} documents: {peak.stdout.strip()} MB")


if __name__ == "__main__":
    throughput(Path(sys.argv[1]))
    memory()
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB)")
