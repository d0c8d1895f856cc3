"""Reads of some byte ranges of a work file (signature rows, record table rows, ids), at a cost per
range that does not grow with the file or the corpus.

Ranges closer than ``GAP_BYTES`` are read as one (a dense set reads nearly sequentially); they are
fetched in batches: with ``os.pread`` on the file's descriptor when the folder is local (no seek,
no buffer refill, no Python wrapper per row: about a microsecond a range, read-ahead off), else with
one ``cat_ranges`` call per batch (fsspec runs an object store's range requests concurrently).
Reading row by row through a file object cost ~25 µs a row, which made the verification of
candidate pairs grow faster than the corpus: the rows a band unit needs get sparser as the corpus
grows, so fewer of them shared a read.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator

import numpy as np
from datatrove.io import DataFolder

GAP_BYTES = 8192
"""Ranges at most this far apart are read as one (the bytes in between are read and dropped)."""
BATCH = 4096
"""Ranges per batch: ``read_rows`` holds one batch of rows besides its output."""


def read_ranges(folder: DataFolder, path: str, starts: np.ndarray, ends: np.ndarray, size: int) -> list[bytes]:
    """The bytes ``[start, end)`` of each range (sorted, not overlapping) of ``path``, a file of
    ``size`` bytes; a file of another size (an interrupted task) is one clear error."""
    return [part for batch in _batches(folder, path, starts, ends, size) for part in batch]


def _batches(folder: DataFolder, path: str, starts: np.ndarray, ends: np.ndarray, size: int) -> Iterator[list[bytes]]:
    """``read_ranges``, ``BATCH`` ranges at a time."""
    if starts.size == 0:
        return
    with folder.open(path, "rb") as handle:
        if handle.size != size:
            raise RuntimeError(
                f"near_dedup: {folder.path}/{path} has {handle.size} bytes, expected {size}: rerun the same command"
            )
        try:
            descriptor = handle.fileno()
        except (AttributeError, OSError, io.UnsupportedOperation):  # an object store: no descriptor
            descriptor = None
        if descriptor is not None and hasattr(os, "posix_fadvise"):
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_RANDOM)
        for lo in range(0, starts.size, BATCH):
            s, e = starts[lo : lo + BATCH].astype(np.int64), ends[lo : lo + BATCH].astype(np.int64)
            first = np.concatenate([[True], s[1:] - e[:-1] > GAP_BYTES])
            heads = np.flatnonzero(first)
            merged_starts, merged_ends = s[heads], np.maximum.reduceat(e, heads)
            if descriptor is not None:
                pairs = zip(merged_starts.tolist(), (merged_ends - merged_starts).tolist(), strict=True)
                chunks = [os.pread(descriptor, n, at) for at, n in pairs]
            else:
                count = merged_starts.size
                chunks = folder.cat_ranges([path] * count, merged_starts.tolist(), merged_ends.tolist())
            group = np.cumsum(first) - 1
            offsets = (s - merged_starts[group]).tolist()
            yield [chunks[g][at : at + n] for g, at, n in zip(group.tolist(), offsets, (e - s).tolist(), strict=True)]


def read_rows(folder: DataFolder, path: str, rows: np.ndarray, row_bytes: int, file_rows: int) -> np.ndarray:
    """``[rows x row_bytes]`` uint8: the given rows (sorted, unique) of ``path``, a file of
    ``file_rows`` rows of ``row_bytes`` bytes."""
    out = np.empty((rows.size, row_bytes), np.uint8)
    starts = rows.astype(np.int64) * row_bytes
    done = 0
    for batch in _batches(folder, path, starts, starts + row_bytes, file_rows * row_bytes):
        out[done : done + len(batch)] = np.frombuffer(b"".join(batch), np.uint8).reshape(-1, row_bytes)
        done += len(batch)
    return out
