"""The keep rule under a memory budget (``keep.decide``): any number of root ranges gives the
decisions of a plain per-cluster reference, index records first, ties broken by order and node."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from datatrove.io import get_datafolder

from corpusmill.filters.dedup import keep
from corpusmill.filters.dedup.minhash import connected_components


def reference(nodes, roots, rule, order, first_index_node):
    """node -> (kept, size, place), one cluster at a time in plain Python."""
    clusters: dict[int, list[int]] = {}
    for n, r in zip(nodes.tolist(), roots.tolist(), strict=True):
        clusters.setdefault(r, []).append(n)
    decided = {}
    for members in clusters.values():
        ranked = sorted(members, key=lambda n: (n < first_index_node, rule[n], order[n], n))
        for place, n in enumerate(ranked):
            decided[n] = (ranked[0], len(members), place)
    return decided


@pytest.mark.parametrize("members_per_range", [1, 7, 10_000])
def test_decisions_do_not_depend_on_the_number_of_root_ranges(
    members_per_range: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rng = np.random.default_rng(members_per_range)
    folder = get_datafolder(str(tmp_path))
    monkeypatch.setattr(keep, "BYTES_PER_MEMBER", 1000)
    held: list[np.ndarray] = []  # every root range the keep rule held in memory
    real_read = keep.read_array

    def recording_read(folder, path, dtype, *args):
        values = real_read(folder, path, dtype, *args)
        if "/roots/" in path:
            held.append(values)
        return values

    monkeypatch.setattr(keep, "read_array", recording_read)
    for trial in range(12):
        node_count = int(rng.integers(20, 3000))
        first_index_node = node_count - int(rng.integers(0, node_count // 4))
        edges = rng.integers(0, node_count, (int(rng.integers(1, node_count)), 2))
        if trial % 3 == 0:  # one big cluster spanning every range
            edges = np.concatenate([edges, np.stack([np.zeros(200, int), rng.integers(0, node_count, 200)], 1)])
        edges = edges[edges[:, 0] != edges[:, 1]]
        nodes, roots = connected_components(edges)
        rule = rng.integers(0, 3, node_count).astype(np.float64)  # many ties: order and node decide
        order = rng.permutation(node_count) // 2
        rule[first_index_node:] = 9  # an index record is kept before any better-ranked run record
        cuts = np.sort(rng.choice(np.arange(1, nodes.size), min(3, nodes.size - 1), replace=False))
        ranks = np.sort(rng.choice(np.arange(1, first_index_node), 2, replace=False))
        rank_starts = np.array([0, *ranks.tolist(), first_index_node])

        def labels(nodes=nodes, roots=roots, cuts=cuts):
            yield from zip(np.split(nodes, cuts), np.split(roots, cuts), strict=True)

        decided = keep.decide(
            folder,
            f"k{trial}",
            labels,
            lambda n, rule=rule, order=order: (rule[n], order[n]),
            node_count,
            rank_starts,
            members_per_range * 1000,
        )
        want = reference(nodes, roots, rule, order, first_index_node)
        for rows in held:  # the memory bound: a range over the budget is one cluster (one root)
            assert rows.size <= members_per_range or np.unique(rows["root"]).size == 1
        assert sum(rows.size for rows in held) == nodes.size
        held.clear()
        got = {}
        for rank in range(3):
            rows = decided.members(folder, rank)
            assert np.all(np.diff(rows["node"]) > 0)
            assert np.all((rows["node"] >= rank_starts[rank]) & (rows["node"] < rank_starts[rank + 1]))
            np.testing.assert_array_equal(rows["order"], order[rows["node"]])
            got.update({int(r["node"]): (int(r["kept"]), int(r["size"]), int(r["place"])) for r in rows})
        assert got == {n: d for n, d in want.items() if n < first_index_node}
        sizes = {}
        for _, size, place in want.values():
            sizes[size] = sizes.get(size, 0) + (place == 0)
        assert decided.sizes == sizes
        if members_per_range == 1:
            assert decided.ranges > 1
        if members_per_range == 10_000:
            assert decided.ranges == 1
