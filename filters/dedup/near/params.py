"""near_dedup's settings (``NearDedupParams``) and the memory figures they are checked and
split by, shared by every step."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from corpusmill.filters.base import StageParams
from corpusmill.filters.dedup.minhash import VERSION, MinHasher, optimal_bands_rows

LSH_WEIGHTS = (0.1, 0.9)
"""Weights of false positives and false negatives when bands and rows are derived from the
threshold: candidates are verified on their whole signatures, so the banding errs on finding too many."""
BYTES_PER_ENTRY = 160
"""Peak bytes per band entry of a unit in the edges step (read, sort, stars), measured with
benchmarks/near_dedup_scale.py."""
BASE_MB = 320
"""A task's memory before any unit (interpreter, numpy, datatrove, a verification chunk)."""


class NearDedupParams(StageParams):
    ngram: int = Field(default=3, ge=1, le=64)
    """Word n-gram size for space-delimited text."""
    cjk_ngram: int = Field(default=3, ge=1, le=64)
    """Character n-gram size for CJK text."""
    num_perm: int = Field(default=128, ge=8, le=1024)
    """MinHash permutations."""
    threshold: float = Field(default=0.6, gt=0.0, lt=1.0)
    """Jaccard similarity to catch (verified on every candidate pair)."""
    bands: int | None = Field(default=None, ge=1)
    """LSH bands; default derived from threshold."""
    rows: int | None = Field(default=None, ge=1)
    """Rows per band; set with bands."""
    keep: Literal["first", "longest", "highest_quality"] = "first"
    """Which record of a cluster stays: first (input order), longest, or highest_quality (the quality_score
    column)."""
    index: str | None = Field(default=None)
    """Cross-run index folder."""
    index_mode: Literal["read_write", "read_only"] = "read_write"
    """read_write: drop what earlier runs accepted, then add this run's records; read_only: only drop
    (decontamination against evaluation sets)."""
    seed: int = Field(default=1, ge=0)
    """Permutation seed; runs sharing an index share it."""
    copies: int = Field(default=1, ge=1)
    """Records kept per cluster by `corpusmill select` over a tagged run (a run keeps 1)."""
    max_memory_mb: int = Field(
        default=2048,
        ge=BASE_MB + 64,
    )
    """Memory a reduce task may use: bands are split into hash ranges and the clustering into node partitions that
    fit it, whatever the corpus size (it does not change the result)."""

    @model_validator(mode="after")
    def _bands_and_rows(self) -> NearDedupParams:
        if (self.bands is None) != (self.rows is None):
            raise ValueError("set both bands and rows, or neither (then threshold decides)")
        if self.bands is not None and self.rows is not None and self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands x rows ({self.bands * self.rows}) exceeds num_perm ({self.num_perm})")
        return self

    def lsh_shape(self) -> tuple[int, int]:
        if self.bands is not None and self.rows is not None:
            return self.bands, self.rows
        return optimal_bands_rows(self.threshold, self.num_perm, *LSH_WEIGHTS)

    def settings(self) -> dict[str, int]:
        """What makes signatures and band hashes comparable (between steps and with an index)."""
        bands, rows = self.lsh_shape()
        return {
            "minhash_version": VERSION,
            "num_perm": self.num_perm,
            "bands": bands,
            "rows": rows,
            "ngram": self.ngram,
            "cjk_ngram": self.cjk_ngram,
            "seed": self.seed,
        }

    def hasher(self) -> MinHasher:
        return MinHasher(self.num_perm, self.ngram, self.cjk_ngram, self.seed)

    def budget(self) -> int:
        """Bytes a reduce task may spend on its data, beyond what every task starts with."""
        return (self.max_memory_mb - BASE_MB) << 20

    def unit_entries(self) -> int:
        """Band entries one unit of the edges step may hold."""
        return self.budget() // BYTES_PER_ENTRY
