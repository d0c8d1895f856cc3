"""Connected components of a graph whose edges do not fit in one task's memory.

Min-label propagation over edge files partitioned by node range, the way large connected-components
jobs run on clusters: every node starts as its own label; in each round every node whose label
changed in the round before sends its label to its neighbours, and each node keeps the smallest
label it receives. When no label changes, every node's label is the smallest node of its component
(what ``minhash.connected_components`` returns). Rounds stop after the largest component's diameter
(LSH stars give diameters of a few edges), and only nodes that changed send, so late rounds are short.

Memory is bounded by the partition count, not by the graph: one round holds one partition's edges
(both directions, 16 bytes each), its nodes' labels and the messages it sends (about 64 bytes per
directed edge of the partition), then one partition's labels and the messages it receives. Files
live in a ``DataFolder`` (local disk or object store)::

    {prefix}/edges/{p}.i64      int64 [edges x 2] (u, v) with u in partition p, both directions
    {prefix}/nodes/{p}.i64      sorted nodes of partition p that have an edge
    {prefix}/labels/{p}.i64     their current labels
    {prefix}/active/{p}.u8      1 where the label changed in the last round (sends next round)
    {prefix}/messages/{q}.i64   (node, label) pairs for partition q, rewritten every round
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import ExitStack

import numpy as np
from datatrove.io import DataFolder

from corpusmill.io.workfiles import read_array, write_array

BYTES_PER_EDGE = 64
"""Peak bytes per directed edge of the partition a round works on (edges, lookups, messages)."""
STAGE = "near_dedup"


def partitions_for(edges: int, budget_bytes: int) -> int:
    """Partitions so that one partition's ``2 * edges / partitions`` directed edges fit the budget."""
    return max(1, -(-2 * edges * BYTES_PER_EDGE // max(budget_bytes, 1)))


class PartitionedComponents:
    """Add undirected edges (any number of calls), then ``solve``, then read ``labels``."""

    def __init__(self, folder: DataFolder, prefix: str, node_count: int, partitions: int) -> None:
        self.folder, self.prefix = folder, prefix
        self.node_count, self.partitions = max(node_count, 1), partitions
        self._stack = ExitStack()
        self._edge_files = [
            self._stack.enter_context(folder.open(self._path("edges", p, "i64") + ".tmp", "wb"))
            for p in range(partitions)
        ]
        self.rounds = 0

    def _path(self, kind: str, p: int, ext: str) -> str:
        return f"{self.prefix}/{kind}/{p:05d}.{ext}"

    def partition_of(self, nodes: np.ndarray) -> np.ndarray:
        return nodes * self.partitions // self.node_count

    def _scatter(self, handles: list, pairs: np.ndarray) -> None:
        """Appends ``[n x 2]`` pairs to the file of their first column's partition."""
        if not len(pairs):
            return
        parts = self.partition_of(pairs[:, 0])
        order = np.argsort(parts, kind="stable")
        bounds = np.searchsorted(parts[order], np.arange(self.partitions + 1))
        for p, (lo, hi) in enumerate(itertools.pairwise(bounds)):
            if hi > lo:
                handles[p].write(pairs[order[lo:hi]].astype("<i8").tobytes())

    def add_edges(self, edges: np.ndarray) -> None:
        """Undirected ``[E x 2]`` edges; each is stored in both directions."""
        self._scatter(self._edge_files, np.concatenate([edges, edges[:, ::-1]]).astype(np.int64))

    def solve(self) -> int:
        """Propagates labels until none changes; returns the number of rounds."""
        self._stack.close()
        for p in range(self.partitions):
            path = self._path("edges", p, "i64")
            self.folder.mv(f"{path}.tmp", path)
            nodes = np.unique(self._edges(p)[:, 0])
            write_array(self.folder, self._path("nodes", p, "i64"), nodes)
            write_array(self.folder, self._path("labels", p, "i64"), nodes)
            write_array(self.folder, self._path("active", p, "u8"), np.ones(nodes.size, np.uint8))
        while True:
            self.rounds += 1
            with ExitStack() as stack:
                handles = [
                    stack.enter_context(self.folder.open(self._path("messages", q, "i64"), "wb"))
                    for q in range(self.partitions)
                ]
                for p in range(self.partitions):
                    self._scatter(handles, self._messages(p))
            if not sum(self._receive(q) for q in range(self.partitions)):
                return self.rounds

    def _edges(self, p: int) -> np.ndarray:
        return read_array(self.folder, self._path("edges", p, "i64"), "<i8", STAGE).reshape(-1, 2)

    def _state(self, p: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        nodes = read_array(self.folder, self._path("nodes", p, "i64"), "<i8", STAGE)
        labels = read_array(self.folder, self._path("labels", p, "i64"), "<i8", STAGE, nodes.size)
        active = read_array(self.folder, self._path("active", p, "u8"), "u1", STAGE, nodes.size)
        return nodes, labels, active.astype(bool)

    def _messages(self, p: int) -> np.ndarray:
        """(neighbour, label) for every edge leaving a node of ``p`` whose label changed."""
        nodes, labels, active = self._state(p)
        if not active.any():
            return np.zeros((0, 2), np.int64)
        edges = self._edges(p)
        source = np.searchsorted(nodes, edges[:, 0])
        sends = active[source]
        return np.stack([edges[sends, 1], labels[source[sends]]], axis=1)

    def _receive(self, q: int) -> int:
        """Keeps the smallest label each node of ``q`` received; returns how many changed."""
        nodes, labels, _ = self._state(q)
        messages = read_array(self.folder, self._path("messages", q, "i64"), "<i8", STAGE).reshape(-1, 2)
        best = labels.copy()
        np.minimum.at(best, np.searchsorted(nodes, messages[:, 0]), messages[:, 1])
        changed = best < labels
        write_array(self.folder, self._path("labels", q, "i64"), best)
        write_array(self.folder, self._path("active", q, "u8"), changed.astype(np.uint8))
        return int(changed.sum())

    def labels(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Per partition in node order: its nodes (sorted) and each one's component label (the
        component's smallest node)."""
        for p in range(self.partitions):
            nodes, labels, _ = self._state(p)
            yield nodes, labels

    def remove(self) -> None:
        if self.folder.exists(self.prefix):
            self.folder.rm(self.prefix, recursive=True)
