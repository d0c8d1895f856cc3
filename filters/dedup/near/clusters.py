"""near_dedup's third step: clusters of the verified edges, the kept record of each, and every
rank's removal list."""

from __future__ import annotations

from typing import Any

import numpy as np
from datatrove.data import DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.base import ORDER
from corpusmill.filters.dedup.components import PartitionedComponents, partitions_for
from corpusmill.filters.dedup.index import DedupIndex, IndexPart
from corpusmill.filters.dedup.keep import decide
from corpusmill.filters.dedup.minhash import estimated_jaccard
from corpusmill.filters.dedup.near.edges import unit_markers
from corpusmill.filters.dedup.near.layout import (
    CLUSTERS,
    COMPONENTS,
    QUALITY,
    RECORD,
    REMOVALS_MANIFEST,
    SignatureRun,
    gather,
    load_signature_run,
    members_path,
    records_path,
    removals_path,
    remove_file,
    signature_rows,
    unit_edges,
)
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.filters.dedup.rows import read_rows
from corpusmill.io.workfiles import read_array, write_json

KEEP_CHUNK = 65_536
"""Members of a rank whose removal rows are made at a time (their and their kept records'
signatures and ids)."""


class NearDedupClusters(PipelineStep):
    """One task: connected components over the verified edges of every unit, then the kept
    record per cluster, then every rank's removal list.

    The components are found by ``PartitionedComponents`` with as many node-range partitions as
    the memory budget needs, so the edges never sit in memory together; the keep rule
    (``keep.decide``) reads them partition by partition and decides by root ranges that fit the
    budget. A rank's removal list is then made from its members only (at most its records), the
    kept records' ids and signatures read by random access ``KEEP_CHUNK`` members at a time."""

    name = "near_dedup:clusters"
    type = "corpusmill"

    def __init__(self, workdir: str, params: NearDedupParams, tagging: bool = False) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params
        self.tagging = tagging

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if world_size != 1:
            raise RuntimeError(f"near_dedup clusters run as a single task, got {world_size}")
        folder = get_datafolder(self.workdir)
        remove_file(folder, REMOVALS_MANIFEST)
        run = load_signature_run(folder, self.params)
        markers = unit_markers(folder, run, self.params)
        parts = [IndexPart(name, rows) for name, rows in markers[0]["index_parts"]]
        candidates = sum(m["candidates"] for m in markers)
        verified = sum(m["edges"] for m in markers)
        self.stat_update("candidate_pairs", value=candidates)
        self.stat_update("verified_pairs", value=verified)
        total = run.offsets[-1]
        partitions = partitions_for(verified, self.params.budget())
        graph = PartitionedComponents(folder, COMPONENTS, int(total) + sum(p.rows for p in parts), partitions)
        with self.track_time():
            for number, marker in enumerate(markers):
                edges = read_array(folder, unit_edges(number), "<i8", "near_dedup", 2 * marker["edges"])
                graph.add_edges(edges.reshape(-1, 2))
            graph.solve()
            decided = decide(
                folder,
                f"{COMPONENTS}/keep",
                graph.labels,
                lambda nodes: self._keys(folder, run, nodes),
                graph.node_count,
                run.offsets,
                self.params.budget(),
            )
        removed, by_index = [], 0
        for r in range(run.world_size):
            members = decided.members(folder, r)
            if not self.tagging:
                members = members[members["kept"] != members["node"]]
            removals, tags = self._rank_decisions(folder, run, parts, r, members)
            write_json(folder, removals_path(r), removals)
            if self.tagging:
                write_json(folder, members_path(r), tags)
            removed.append(len(removals[ORDER]))
            by_index += int(((members["kept"] >= total) & (members["kept"] != members["node"])).sum())
        graph.remove()
        sizes = decided.sizes
        self.stat_update("clusters", value=sum(sizes.values()))
        self.stat_update("removed", value=sum(removed))
        write_json(
            folder,
            CLUSTERS,
            {
                "records": int(total),
                "candidate_pairs": candidates,
                "verified_pairs": verified,
                "units": len(markers),
                "units_over_budget": sum(m["over_budget"] for m in markers),
                "partitions": partitions,
                "propagation_rounds": graph.rounds,
                "keep_ranges": decided.ranges,
                "clusters": sum(sizes.values()),
                "duplicates_removed": sum(removed),
                "removed_as_index_matches": by_index,
                "largest_cluster": max(sizes, default=0),
                "cluster_sizes": {str(s): sizes[s] for s in sorted(sizes)},
            },
        )
        if self.params.index and self.params.index_mode == "read_write":
            DedupIndex(self.params.index, self.params.settings()).write_settings()
        write_json(folder, REMOVALS_MANIFEST, {"signatures": run.digest, "removed": removed})

    def _rank_decisions(
        self, folder: DataFolder, run: SignatureRun, parts: list[IndexPart], rank: int, members: np.ndarray
    ) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
        """A rank's removal columns and (tag mode) member columns, ``KEEP_CHUNK`` members at a
        time: the kept records' ids and signatures come by random access, not whole files."""
        total = int(run.offsets[-1])
        removals: dict[str, list[Any]] = {ORDER: [], "duplicate_of": [], "similarity": [], "detail": []}
        tags: dict[str, list[Any]] = {ORDER: [], "cluster": [], "size": [], "rank": [], "in_index": []}
        for lo in range(0, members.size, KEEP_CHUNK):
            chunk = members[lo : lo + KEEP_CHUNK]
            keepers, keeper_of = np.unique(chunk["kept"], return_inverse=True)
            keeper_ids, _ = gather(folder, run, parts, self.params, keepers, with_signatures=False)
            gone = chunk["kept"] != chunk["node"]
            needed = np.unique(keeper_of[gone])
            _, keeper_signatures = gather(folder, run, parts, self.params, keepers[needed], with_ids=False)
            own = signature_rows(
                folder, rank, int(run.records[rank]), chunk["node"][gone] - run.offsets[rank], self.params.num_perm
            )
            similarity = estimated_jaccard(own, keeper_signatures[np.searchsorted(needed, keeper_of[gone])])
            in_index = chunk["kept"] >= total
            cluster = [keeper_ids[k] for k in keeper_of.tolist()]
            removals[ORDER] += chunk["order"][gone].tolist()
            removals["duplicate_of"] += [c for c, g in zip(cluster, gone.tolist(), strict=True) if g]
            removals["similarity"] += np.round(similarity, 4).tolist()
            removals["detail"] += [
                "matches a record of the index" if index else f"cluster of {size} records"
                for index, size in zip(in_index[gone].tolist(), chunk["size"][gone].tolist(), strict=True)
            ]
            if self.tagging:
                tags[ORDER] += chunk["order"].tolist()
                tags["cluster"] += cluster
                tags["size"] += chunk["size"].tolist()
                tags["rank"] += chunk["place"].tolist()
                tags["in_index"] += in_index.tolist()
        return removals, tags

    def _keys(self, folder: DataFolder, run: SignatureRun, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Keep-rule value (smaller is better) and ``_order`` of some nodes (sorted); index records get 0."""
        rule = np.zeros(nodes.size, np.float64)
        order = np.zeros(nodes.size, np.int64)
        for r in range(run.world_size):
            lo, hi = np.searchsorted(nodes, run.offsets[r : r + 2])
            if hi == lo:
                continue
            rows = nodes[lo:hi] - run.offsets[r]
            records = read_rows(folder, records_path(r), rows, RECORD.itemsize, int(run.records[r])).view(RECORD)
            records = records.ravel()
            order[lo:hi] = records[ORDER]
            if self.params.keep == "longest":
                rule[lo:hi] = -records["length"]
            elif self.params.keep == "highest_quality":
                rule[lo:hi] = -np.nan_to_num(records[QUALITY], nan=-np.inf)
        return rule, order
