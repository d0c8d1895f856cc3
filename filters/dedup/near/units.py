"""How the edges step splits its work: every band into hash-prefix ranges (units) that fit the
memory budget, each read in chunks and joined into stars (``Stars``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import numpy as np
from datatrove.io import DataFolder

from corpusmill.filters.dedup.near.layout import BUCKET, PREFIX_BITS, SignatureRun, counts_path, sorted_path
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.io.workfiles import read_array


class Unit(NamedTuple):
    """A band's hash range: hashes whose top ``PREFIX_BITS`` bits are in ``[lo, hi)``."""

    band: int
    lo: int
    hi: int


def bucket_counts(folder: DataFolder, run: SignatureRun, params: NearDedupParams) -> np.ndarray:
    """``[bands x 2**PREFIX_BITS]`` entries of the whole run per band and hash prefix (summed
    over the ranks' ``.counts`` files, one at a time)."""
    bands, _ = params.lsh_shape()
    total = np.zeros((bands, 1 << PREFIX_BITS), np.int64)
    for r, records in enumerate(run.records.tolist()):
        total += _rank_counts(folder, r, bands, records)
    return total


def _rank_counts(folder: DataFolder, rank: int, bands: int, records: int) -> np.ndarray:
    counts = read_array(folder, counts_path(rank), "<i8", "near_dedup", bands << PREFIX_BITS)
    counts = counts.reshape(bands, 1 << PREFIX_BITS)
    if (counts.sum(axis=1) > records).any():
        raise RuntimeError(f"near_dedup: {folder.path}/{counts_path(rank)} is inconsistent: rerun the same command")
    return counts


def plan_units(counts: np.ndarray, max_entries: int) -> list[Unit]:
    """Splits every band into consecutive hash prefix ranges of at most ``max_entries`` entries
    (a single prefix above it stays one unit). Depends only on the counts and the budget, so
    every step and every task count derives the same units."""
    units = []
    for band, row in enumerate(counts):
        lo, size = 0, 0
        for prefix, count in enumerate(row.tolist()):
            if size and size + count > max_entries:
                units.append(Unit(band, lo, prefix))
                lo, size = prefix, 0
            size += count
        units.append(Unit(band, lo, row.size))
    return units


def unit_slices(folder: DataFolder, run: SignatureRun, bands: int, units: list[Unit]) -> np.ndarray:
    """``[ranks x units x 3]``: where each unit starts in each rank's sorted band file, how many
    entries it has there, and the file's entry count. Each rank's counts are read once."""
    band = np.array([u.band for u in units], np.int64)
    lo = np.array([u.lo for u in units], np.int64)
    hi = np.array([u.hi for u in units], np.int64)
    slices = np.zeros((run.world_size, len(units), 3), np.int64)
    for r, records in enumerate(run.records.tolist()):
        cumulative = np.zeros((bands, (1 << PREFIX_BITS) + 1), np.int64)
        np.cumsum(_rank_counts(folder, r, bands, records), axis=1, out=cumulative[:, 1:])
        slices[r, :, 0] = cumulative[band, lo]
        slices[r, :, 1] = cumulative[band, hi] - cumulative[band, lo]
        slices[r, :, 2] = cumulative[band, -1]
    return slices


def unit_chunks(
    folder: DataFolder, run: SignatureRun, unit: Unit, slices: np.ndarray, max_entries: int
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Band hashes and node ids of the run records in ``unit`` (its slice of every rank's sorted
    band file; ``slices``: ``[ranks x 3]`` from ``unit_slices``), in node order, as chunks of at
    most ``max_entries`` entries (consecutive ranks' slices are joined, a large one is cut)."""
    hashes, nodes, held = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)], 0
    for r, (start, size, entries_in_file) in enumerate(slices.tolist()):
        if not size:
            continue
        path = sorted_path(unit.band, r)
        with folder.open(path, "rb") as handle:
            if handle.size != entries_in_file * BUCKET.itemsize:
                raise RuntimeError(
                    f"near_dedup: {folder.path}/{path} has {handle.size} bytes, expected "
                    f"{entries_in_file * BUCKET.itemsize}: rerun the same command"
                )
            handle.seek(start * BUCKET.itemsize)
            while size:
                take = min(size, max_entries - held)
                entries = np.frombuffer(handle.read(take * BUCKET.itemsize), BUCKET)
                hashes.append(entries["hash"].astype(np.uint64))
                nodes.append(entries["row"].astype(np.int64) + run.offsets[r])
                size, held = size - take, held + take
                if held == max_entries:
                    full = [(hashes, nodes)]
                    hashes, nodes, held = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)], 0
                    yield _joined(full.pop())  # this frame keeps no piece of the chunk
    if held:
        full = [(hashes, nodes)]
        del hashes, nodes
        yield _joined(full.pop())


def _joined(pieces: tuple[list[np.ndarray], list[np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    return np.concatenate(pieces[0]), np.concatenate(pieces[1])


class Stars:
    """Star edges of one unit whose entries come in chunks, each in node order after the chunks
    before it: every band hash joins its later nodes to the first node seen with it (its
    smallest). One chunk gives ``minhash.equal_hash_edges``; more chunks give the same edges
    while holding one chunk and a table of each hash's centre (16 bytes per distinct hash), so a
    unit larger than the budget (a hash prefix shared by very many records) stays bounded."""

    def __init__(self) -> None:
        self.hashes = np.zeros(0, np.uint64)
        self.centres = np.zeros(0, np.int64)
        self._new: tuple[np.ndarray, np.ndarray] | None = None  # merged when a next chunk comes

    def edges(self, hashes: np.ndarray, nodes: np.ndarray) -> np.ndarray:
        if self._new is not None:
            merged = np.argsort(np.concatenate([self.hashes, self._new[0]]), kind="stable")
            self.hashes = np.concatenate([self.hashes, self._new[0]])[merged]
            self.centres = np.concatenate([self.centres, self._new[1]])[merged]
            self._new = None
        order = np.argsort(hashes, kind="stable")
        hashes, nodes = hashes[order], nodes[order]
        first = np.ones(hashes.size, dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        distinct, firsts = hashes[first], nodes[first]
        centre_of = firsts.copy()
        if self.hashes.size:
            at = np.minimum(np.searchsorted(self.hashes, distinct), self.hashes.size - 1)
            known = self.hashes[at] == distinct
            centre_of[known] = self.centres[at[known]]
            distinct, firsts = distinct[~known], firsts[~known]
        self._new = (distinct, firsts)
        centre = centre_of[np.cumsum(first) - 1]
        leaf = nodes != centre
        return np.stack([centre[leaf], nodes[leaf]], axis=1)
