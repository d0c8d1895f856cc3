"""near_dedup's last step: rejects the records the clusters step listed and adds the kept ones
to the cross-run index."""

from __future__ import annotations

from typing import Any

import numpy as np
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder

from corpusmill.filters.base import ORDER, Reject, Stage, Verdict
from corpusmill.filters.dedup.index import DedupIndex, run_token
from corpusmill.filters.dedup.near.layout import (
    BUCKET,
    RECORD,
    REMOVALS_MANIFEST,
    SignatureRun,
    load_signature_run,
    members_path,
    minhash_path,
    record_ids,
    records_path,
    removals_path,
    sorted_path,
)
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.filters.dedup.near.signatures import record_orders
from corpusmill.io.workfiles import read_array, read_json

REASON = "near_duplicate"


class NearDedupFilter(Stage):
    """Rejects the records the clusters step listed for this rank; adds kept ones to the index."""

    name = "near_dedup"
    Params = NearDedupParams
    batch_size = 512

    def __init__(self, workdir: str, params: NearDedupParams | None = None) -> None:
        super().__init__(params)
        self.workdir = workdir
        self._removal_orders = np.zeros(0, np.int64)
        self._removals: dict[str, list[Any]] = {}
        self._members: dict[int, tuple[str, int, int, bool]] = {}
        self._seen = 0
        self._matched = 0

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        folder = get_datafolder(self.workdir)
        run = load_signature_run(folder, self.params)
        if run.world_size != world_size:
            raise RuntimeError(
                f"near_dedup: signatures were computed by {run.world_size} tasks, the filter runs with "
                f"{world_size}; both must use the same task count"
            )
        if not folder.exists(REMOVALS_MANIFEST) or read_json(folder, REMOVALS_MANIFEST)["signatures"] != run.digest:
            raise RuntimeError(
                f"near_dedup: {folder.path}/{REMOVALS_MANIFEST} missing or from other signatures: "
                "rerun the same command"
            )
        removals = read_json(folder, removals_path(rank))
        order = np.argsort(removals[ORDER])
        self._removals = {key: [values[i] for i in order] for key, values in removals.items()}
        self._removal_orders = np.array(self._removals[ORDER], np.int64)
        self._seen = self._matched = 0
        if self.tagging:
            members = read_json(folder, members_path(rank))
            columns = (members["cluster"], members["rank"], members["size"], members["in_index"])
            self._members = dict(zip(members[ORDER], zip(*columns, strict=True), strict=True))
        yield from super().run(data, rank, world_size)
        if self._seen != run.records[rank] or self._matched != len(self._removal_orders):
            raise RuntimeError(
                f"near_dedup: task {rank} saw {self._seen} records and {self._matched} of its "
                f"{len(self._removal_orders)} duplicates, but its signature step saw {run.records[rank]}: "
                "the input changed between the segments; rerun from the segment before the stage"
            )
        if self.params.index and self.params.index_mode == "read_write" and not self.tagging:
            self._add_to_index(folder, run, rank)  # a tagged run has not decided what it keeps

    @classmethod
    def measures(cls, params: NearDedupParams) -> dict[str, Any]:
        """The cluster (its kept record's id), its size, the record's place in the keep order and
        whether the cluster holds a record of the cross-run index."""
        import pyarrow as pa

        return {"cluster": pa.string(), "cluster_size": pa.int64(), "rank": pa.int64(), "in_index": pa.bool_()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        verdicts = self.process_batch(docs)
        tagged: list[tuple[Verdict, dict[str, Any]]] = []
        for doc, verdict in zip(docs, verdicts, strict=True):
            cluster, place, size, in_index = self._members.get(doc.metadata[ORDER], (doc.id, 0, 1, False))
            values = {"cluster": cluster, "cluster_size": size, "rank": place, "in_index": in_index}
            tagged.append((verdict, values))
        return tagged

    @classmethod
    def decisions(cls, params: NearDedupParams) -> list[Any]:
        from corpusmill.filters.tagging import dedup_decision

        return [dedup_decision(cls.name, REASON, params.copies, index=True)]

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        orders = record_orders(docs)
        self._seen += len(docs)
        verdicts: list[Verdict] = [None] * len(docs)
        if not len(self._removal_orders):
            return verdicts
        where = np.minimum(np.searchsorted(self._removal_orders, orders), len(self._removal_orders) - 1)
        hit = self._removal_orders[where] == orders
        self._matched += int(hit.sum())
        for i, row in zip(np.flatnonzero(hit).tolist(), where[hit].tolist(), strict=True):
            verdicts[i] = Reject(
                REASON,
                self._removals["detail"][row],
                duplicate_of=self._removals["duplicate_of"][row],
                similarity=self._removals["similarity"][row],
            )
        return verdicts

    def _add_to_index(self, folder: DataFolder, run: SignatureRun, rank: int) -> None:
        """The rank's records that passed and have a signature join the index."""
        bands, _ = self.params.lsh_shape()
        records = int(run.records[rank])
        table = read_array(folder, records_path(rank), RECORD, "near_dedup", records)
        keep = (table["shingles"] > 0) & ~np.isin(table[ORDER], self._removal_orders)
        signatures = read_array(folder, minhash_path(rank), "<u4", "near_dedup", records * self.params.num_perm)
        hashes = np.zeros((records, bands), np.uint64)
        for b in range(bands):
            entries = read_array(folder, sorted_path(b, rank), BUCKET, "near_dedup")
            hashes[entries["row"], b] = entries["hash"]
        index = DedupIndex(self.params.index or "", self.params.settings())
        token = run_token(folder.path)
        rows = np.flatnonzero(keep)
        index.add(
            token, rank, record_ids(folder, rank, records, rows), signatures.reshape(records, -1)[rows], hashes[rows]
        )
        if rank == 0:
            index.drop_stale(token, run.world_size)
        self.stat_update("indexed", value=int(keep.sum()))
