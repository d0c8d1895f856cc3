"""Benchmark decontamination: drop training records that share long n-grams with evaluation data.

GPT-3's rule (13-word overlap) applied to words for alphabetic text and to characters for CJK
(13 CJK characters are about 6 to 8 Chinese words, still far beyond chance overlap). Benchmark
items shorter than ``ngram`` tokens (mt_bench-style one-line questions) cannot share a full
n-gram; they match a record whose prompt is the same text, up to case and punctuation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from corpusmill.filters.sft.fixes import squash
from corpusmill.filters.sft.formats import BadLine, read_items
from corpusmill.filters.sft.text import ngram_hashes, tokens


def benchmark_strings(path: Path) -> Iterator[str]:
    """Every string value of a JSON/JSONL benchmark (questions, turns, reference answers), or every
    non-empty line of a text file."""
    if not any(s in {".json", ".jsonl"} for s in path.suffixes):
        yield from (line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        return
    _, items = read_items(path)
    for item in items:
        if not isinstance(item, BadLine):
            yield from _strings(item)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        if value.strip():
            yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


class BenchmarkIndex:
    def __init__(self, paths: list[Path], ngram: int) -> None:
        self.ngram = ngram
        self.short: dict[str, str] = {}
        self.labels: list[str] = []
        chunks: list[np.ndarray] = []
        for path in paths:
            for text in benchmark_strings(path):
                label = f"{path.name}: {text[:80]!r}"
                toks = tokens(text)
                if len(toks) >= ngram:
                    chunks.append(ngram_hashes(toks, ngram))
                    self.labels.append(label)
                elif squash(text):
                    self.short[squash(text)] = label
        self.all = np.concatenate(chunks) if chunks else np.zeros(0, np.uint64)
        self.owner = np.repeat(np.arange(len(chunks)), [len(c) for c in chunks])
        self.sorted = np.unique(self.all)

    def match(self, prompt: str, full_text: str) -> str | None:
        """Where the record overlaps the benchmark (for the reject's detail), or ``None``."""
        if origin := self.short.get(squash(prompt)):
            return f"prompt equals {origin}"
        toks = tokens(full_text)
        if not len(self.sorted) or len(toks) < self.ngram:
            return None
        found = ngram_hashes(toks, self.ngram)
        at = np.minimum(np.searchsorted(self.sorted, found), len(self.sorted) - 1)
        hits = found[self.sorted[at] == found]
        if not len(hits):
            return None
        owner = self.labels[int(self.owner[np.flatnonzero(self.all == hits[0])[0]])]
        return f"{len(np.unique(hits))} shared {self.ngram}-grams, e.g. with {owner}"
