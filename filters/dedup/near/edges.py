"""near_dedup's second step: the candidate pairs of every unit, verified on their signatures,
and the unit markers that say which units are done."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from datatrove.data import DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.dedup.index import DedupIndex, IndexPart, run_token
from corpusmill.filters.dedup.minhash import estimated_jaccard
from corpusmill.filters.dedup.near.layout import (
    PREFIX_BITS,
    SignatureRun,
    gather,
    load_signature_run,
    remove_file,
    unit_edges,
    unit_marker,
)
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.filters.dedup.near.units import Stars, Unit, bucket_counts, plan_units, unit_chunks, unit_slices
from corpusmill.io.workfiles import read_json, write_json

VERIFY_PAIRS = 16_384  # candidate pairs compared at a time (two [pairs x num_perm] arrays)


class NearDedupEdges(PipelineStep):
    """Per unit (one band's hash range, see ``plan_units``): equal band hashes join records, and
    records to index records, as stars centred on their smallest node; every star edge is then
    verified on the two whole signatures. Task ``rank`` of ``world_size`` takes units ``rank,
    rank + world_size, ...``; each unit has its own files, and a rerun of a killed task skips the
    units it finished."""

    name = "near_dedup:edges"
    type = "corpusmill"

    def __init__(self, workdir: str, params: NearDedupParams) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        run = load_signature_run(folder, self.params)
        units = plan_units(bucket_counts(folder, run, self.params), self.params.unit_entries())
        parts: list[IndexPart] = []
        index = None
        if self.params.index:
            index = DedupIndex(self.params.index, self.params.settings())
            if self.params.index_mode == "read_only" and not index.exists():
                raise ValueError(f"near_dedup: no index at {self.params.index} to read (index_mode read_only)")
            parts = index.parts(exclude_run=run_token(folder.path))
        expected = {"signatures": run.digest, "index_parts": [[p.name, p.rows] for p in parts]}
        mine = list(range(rank, len(units), world_size))
        slices = unit_slices(folder, run, self.params.lsh_shape()[0], [units[n] for n in mine])
        for i, number in enumerate(mine):
            marker = unit_marker(number)
            if folder.exists(marker) and _matches(read_json(folder, marker), units[number], expected):
                self.stat_update("units_reused")
                continue
            self._unit(folder, run, number, units[number], slices[:, i], index, parts, expected)

    def _unit(
        self,
        folder: DataFolder,
        run: SignatureRun,
        number: int,
        unit: Unit,
        slices: np.ndarray,
        index: DedupIndex | None,
        parts: list[IndexPart],
        expected: dict[str, Any],
    ) -> None:
        remove_file(folder, unit_marker(number))
        chunks = unit_chunks(folder, run, unit, slices, self.params.unit_entries())
        if index is not None:
            indexed = index.band(parts, unit.band)
            prefix = indexed >> np.uint64(64 - PREFIX_BITS)
            at = np.flatnonzero((prefix >= unit.lo) & (prefix < unit.hi) & (indexed != 0))
            chunks = itertools.chain(chunks, [(indexed[at], run.offsets[-1] + at)])
            del indexed, prefix
        stars, candidates, verified = Stars(), 0, 0
        with folder.open(f"{unit_edges(number)}.tmp", "wb") as out:
            for hashes, nodes in chunks:
                with self.track_time():
                    # chunks come in node order (ranks, then index records), so each hash's
                    # star is centred on its smallest node; a star centred on an index record
                    # joins only index records: it decides nothing
                    edges = stars.edges(hashes, nodes)
                    del hashes, nodes
                    edges = edges[edges[:, 0] < run.offsets[-1]]
                kept = self._verified(folder, run, parts, edges)
                out.write(kept.astype("<i8").tobytes())
                candidates, verified = candidates + len(edges), verified + len(kept)
        folder.mv(f"{unit_edges(number)}.tmp", unit_edges(number))
        self.stat_update("candidate_pairs", value=candidates)
        self.stat_update("verified_pairs", value=verified)
        over_budget = int(slices[:, 1].sum()) > self.params.unit_entries()
        marker = {"unit": list(unit), "candidates": candidates, "edges": verified, "over_budget": over_budget}
        marker.update(expected)
        write_json(folder, unit_marker(number), marker)

    def _verified(self, folder: DataFolder, run: SignatureRun, parts: list[IndexPart], pairs: np.ndarray) -> np.ndarray:
        """The candidate pairs whose signatures agree on at least ``threshold`` of their slots:
        banding with a low threshold finds the edited copies, this check drops the pairs that
        only share a band by chance. Signatures are read a chunk of pairs at a time."""
        keep = np.zeros(len(pairs), dtype=bool)
        for lo in range(0, len(pairs), VERIFY_PAIRS):
            chunk = pairs[lo : lo + VERIFY_PAIRS]
            nodes, ends = np.unique(chunk, return_inverse=True)
            ends = ends.reshape(-1, 2)
            _, signatures = gather(folder, run, parts, self.params, nodes, with_ids=False)
            keep[lo : lo + len(chunk)] = (
                estimated_jaccard(signatures[ends[:, 0]], signatures[ends[:, 1]]) >= self.params.threshold
            )
        return pairs[keep]


def _matches(marker: dict[str, Any], unit: Unit, expected: dict[str, Any]) -> bool:
    return marker["unit"] == list(unit) and all(marker[key] == value for key, value in expected.items())


def unit_markers(folder: DataFolder, run: SignatureRun, params: NearDedupParams) -> list[dict[str, Any]]:
    """Every unit's marker, checked to come from these signatures and one listing of the index."""
    units = plan_units(bucket_counts(folder, run, params), params.unit_entries())
    markers = []
    for number, unit in enumerate(units):
        path = unit_marker(number)
        if not folder.exists(path):
            raise RuntimeError(f"near_dedup: {folder.path}/{path} missing: rerun the same command")
        marker = read_json(folder, path)
        if marker["signatures"] != run.digest or marker["unit"] != list(unit):
            raise RuntimeError(
                f"near_dedup: {folder.path}/{path} was computed from other signatures: rerun the same command"
            )
        markers.append(marker)
    if any(m["index_parts"] != markers[0]["index_parts"] for m in markers):
        raise RuntimeError("near_dedup: the index changed while the edge tasks ran; rerun the same command")
    return markers
