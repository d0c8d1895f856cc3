"""The ``near_dedup`` config entry: the global stage that chains the four steps, and its
work-folder and memory estimate."""

from __future__ import annotations

from typing import Any

from datatrove.data import Document
from datatrove.io import get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.base import GlobalStage, Stage
from corpusmill.filters.dedup.components import BYTES_PER_EDGE
from corpusmill.filters.dedup.keep import BYTES_PER_MEMBER, MEMBER, ROW
from corpusmill.filters.dedup.near.clusters import NearDedupClusters
from corpusmill.filters.dedup.near.edges import NearDedupEdges
from corpusmill.filters.dedup.near.filter import NearDedupFilter
from corpusmill.filters.dedup.near.layout import BUCKET, CLUSTERS, PREFIX_BITS, RECORD
from corpusmill.filters.dedup.near.params import BASE_MB, BYTES_PER_ENTRY, NearDedupParams
from corpusmill.filters.dedup.near.signatures import NearDedupSignatures
from corpusmill.io.workfiles import read_json

RANK_MEMBER_BYTES = 200
"""Bytes per cluster member of one rank while its removal list is written: its MEMBER row and
its removal columns as Python lists (kept id, similarity, detail), as the filter step reads them."""


class NearDedup(GlobalStage):
    """Config entry ``near_dedup``: see the package docstring for the steps."""

    name = "near_dedup"
    Params = NearDedupParams
    params: NearDedupParams
    measures = NearDedupFilter.measures
    decisions = NearDedupFilter.decisions
    measured_with = tuple(name for name in NearDedupParams.model_fields if name not in ("copies", "max_memory_mb"))

    def signature_step(self, workdir: str) -> PipelineStep:
        return NearDedupSignatures(workdir, self.params, self.settled_by)

    def reduce_runs(self, workdir: str, tasks: int) -> list[tuple[list[PipelineStep], int]]:
        """Edges run as ``tasks`` tasks (units spread over them), the clustering as one task."""
        return [
            ([NearDedupEdges(workdir, self.params)], tasks),
            ([NearDedupClusters(workdir, self.params, self.tagging)], 1),
        ]

    def filter_step(self, workdir: str) -> Stage:
        return NearDedupFilter(workdir, self.params)

    def resources(self, records: int, removed: int, tasks: int, sample: list[Document]) -> dict[str, Any]:
        """Work-folder disk and peak memory per task of each step for ``records`` records reaching
        the stage, ``removed`` of them near duplicates, over ``tasks`` tasks, from the per-entry
        sizes (``BYTES_PER_ENTRY``, ``BYTES_PER_EDGE``, ``BYTES_PER_MEMBER``, ``RANK_MEMBER_BYTES``;
        ``sample``: records of the kind the stage sees, for the id length)."""
        p = self.params
        bands, _ = p.lsh_shape()
        id_bytes = 8 + (sum(len(d.id) for d in sample) / len(sample) if sample else 32)
        per_record = RECORD.itemsize + 4 * p.num_perm + id_bytes + bands * BUCKET.itemsize
        edges = removed * bands  # at most: every copy joined to its cluster in every band
        members = 2 * removed
        units = bands * max(1, -(-records // p.unit_entries()))
        base = BASE_MB << 20
        return {
            "reduce tasks": f"{tasks} (edges, {units} units) + 1 (clusters)",
            "disk": int(
                records * per_record
                + tasks * bands * (8 << PREFIX_BITS)
                + edges * (16 + 64)
                + members * (ROW.itemsize + MEMBER.itemsize)
            ),
            "peak": {
                "signatures": base + -(-records // tasks) * 40,
                "edges": base + min(records, p.unit_entries()) * BYTES_PER_ENTRY,
                "clusters": base
                + max(
                    min(p.budget(), 2 * edges * BYTES_PER_EDGE),
                    min(p.budget(), members * BYTES_PER_MEMBER),
                    -(-members // tasks) * RANK_MEMBER_BYTES,
                ),
            },
        }

    def summary(self, workdir: str) -> dict[str, Any]:
        """``clusters.json`` of the run: cluster count and size distribution, for ``stats.json``."""
        folder = get_datafolder(workdir)
        return read_json(folder, CLUSTERS) if folder.exists(CLUSTERS) else {}
