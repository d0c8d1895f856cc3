"""The kept record of every cluster, decided under a memory budget, whatever the corpus size.

The connected components come as node-range partitions (``PartitionedComponents.labels``: each
node with a edge and its component's root, the component's smallest node). The keep order of a
cluster sorts its members by: index records first (accepted by an earlier run), then the keep
rule (smaller is better), then ``_order``, then the node. Three passes over files, each holding
one bounded piece in memory:

1. a histogram of the roots over ``BINS`` node ranges (one partition of labels at a time);
2. every member's row (root, node, rule, order) written to the file of its root's range; ranges
   are consecutive bins holding at most ``budget / BYTES_PER_MEMBER`` rows, so a range never
   splits a cluster;
3. each range is read, sorted by (root, keep order) and cut into clusters: every member gets its
   kept node, cluster size and place in the keep order, written per rank of the member
   (``{prefix}/ranks/{rank}/{range}.rows``) for the step that writes that rank's removals.

A single cluster larger than the budget is one range above it (see docs/scaling.md "Limits").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import numpy as np
from datatrove.io import DataFolder

from corpusmill.io.workfiles import read_array, write_array

BINS = 1 << 16
"""Node ranges the roots are counted in; a root range is a run of consecutive bins."""
BYTES_PER_MEMBER = 128
"""Peak bytes per member row of the root range being decided (its row, the sort, the outputs)."""
STAGE = "near_dedup"

ROW = np.dtype([("root", "<i8"), ("node", "<i8"), ("rule", "<f8"), ("order", "<i8")])
"""A member as the keep order needs it (rule and order are 0 for index records)."""
MEMBER = np.dtype([("node", "<i8"), ("kept", "<i8"), ("size", "<i8"), ("place", "<i8"), ("order", "<i8")])
"""A run member's decision: its cluster's kept node and size, its place in the keep order (0: kept)."""

Labels = Callable[[], Iterator[tuple[np.ndarray, np.ndarray]]]
Keys = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


@dataclass
class Decided:
    """Where the members of each rank were written, and the cluster counts."""

    pieces: dict[int, list[str]] = field(default_factory=dict)
    ranges: int = 0
    sizes: dict[int, int] = field(default_factory=dict)  # cluster size -> clusters

    def members(self, folder: DataFolder, rank: int) -> np.ndarray:
        """The rank's members (MEMBER rows, sorted by node)."""
        parts = [read_array(folder, path, MEMBER, STAGE) for path in self.pieces.get(rank, [])]
        rows = np.concatenate([np.zeros(0, MEMBER), *parts])
        return rows[np.argsort(rows["node"], kind="stable")]


def plan_ranges(counts: np.ndarray, max_rows: int) -> list[tuple[int, int]]:
    """Consecutive bins ``[lo, hi)`` of at most ``max_rows`` rows (a single bin above it stays one)."""
    ranges, lo, size = [], 0, 0
    for i, count in enumerate(counts.tolist()):
        if size and size + count > max_rows:
            ranges.append((lo, i))
            lo, size = i, 0
        size += count
    ranges.append((lo, counts.size))
    return ranges


def decide(
    folder: DataFolder,
    prefix: str,
    labels: Labels,
    keys: Keys,
    node_count: int,
    rank_starts: np.ndarray,
    budget_bytes: int,
) -> Decided:
    """Runs the three passes (see the module docstring). ``labels`` yields (nodes, roots) per
    partition; ``keys`` gives (rule, order) of sorted nodes; ``rank_starts`` is the first node of
    every rank plus the first index node (index members are decided but not written)."""
    node_count = max(node_count, 1)

    def bin_of(nodes: np.ndarray) -> np.ndarray:
        return nodes * BINS // node_count

    counts = np.zeros(BINS, np.int64)
    for _, roots in labels():
        counts += np.bincount(bin_of(roots), minlength=BINS)
    ranges = plan_ranges(counts, max(budget_bytes // BYTES_PER_MEMBER, 1))
    first_bin = np.array([lo for lo, _ in ranges], np.int64)
    decided = Decided(ranges=len(ranges))
    with ExitStack() as stack:
        handles = [stack.enter_context(folder.open(f"{prefix}/roots/{i:05d}.rows", "wb")) for i in range(len(ranges))]
        for nodes, roots in labels():
            rows = np.empty(nodes.size, ROW)
            rows["root"], rows["node"] = roots, nodes
            rows["rule"], rows["order"] = keys(nodes)
            where = np.searchsorted(first_bin, bin_of(roots), "right") - 1
            order = np.argsort(where, kind="stable")
            bounds = np.searchsorted(where[order], np.arange(len(ranges) + 1))
            for i, (lo, hi) in enumerate(itertools.pairwise(bounds.tolist())):
                if hi > lo:
                    handles[i].write(rows[order[lo:hi]].tobytes())
    first_index_node = int(rank_starts[-1])
    for i in range(len(ranges)):
        rows = read_array(folder, f"{prefix}/roots/{i:05d}.rows", ROW, STAGE)
        folder.rm(f"{prefix}/roots/{i:05d}.rows")
        members = _decide_range(rows, first_index_node)
        del rows
        sizes, clusters = np.unique(members["size"][members["place"] == 0], return_counts=True)
        for size, n in zip(sizes.tolist(), clusters.tolist(), strict=True):
            decided.sizes[size] = decided.sizes.get(size, 0) + n
        members = members[members["node"] < first_index_node]
        bounds = np.searchsorted(members["node"], rank_starts)
        for rank, (lo, hi) in enumerate(itertools.pairwise(bounds.tolist())):
            if hi > lo:
                path = f"{prefix}/ranks/{rank:05d}/{i:05d}.rows"
                write_array(folder, path, members[lo:hi])
                decided.pieces.setdefault(rank, []).append(path)
    return decided


def _decide_range(rows: np.ndarray, first_index_node: int) -> np.ndarray:
    """MEMBER rows (sorted by node) of whole clusters: kept node, size and place of each member.
    Index records sort first (``from_run`` False), then the rule, ``_order`` and node; a cluster
    with an index record keeps that one."""
    from_run = rows["node"] < first_index_node
    ranked = np.lexsort((rows["node"], rows["order"], rows["rule"], from_run, rows["root"]))
    roots = rows["root"][ranked]
    first = np.ones(ranked.size, dtype=bool)
    first[1:] = roots[1:] != roots[:-1]
    starts = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    sizes = np.diff(np.append(starts, ranked.size))
    out = np.empty(ranked.size, MEMBER)
    out["node"] = rows["node"][ranked]
    out["kept"] = out["node"][starts][group]
    out["size"] = sizes[group]
    out["place"] = np.arange(ranked.size) - starts[group]
    out["order"] = rows["order"][ranked]
    return out[np.argsort(out["node"], kind="stable")]
