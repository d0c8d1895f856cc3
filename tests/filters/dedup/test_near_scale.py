"""near_dedup under a memory cap: hash-range units, node-partitioned clustering, resume. The
reference is the algorithm as it was before the cap, written out here in plain numpy: every
band's stars in memory, every candidate pair verified, one in-memory union-find."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from datatrove.io import get_datafolder

from corpusmill.filters.dedup import components, keep
from corpusmill.filters.dedup.components import PartitionedComponents
from corpusmill.filters.dedup.minhash import band_hashes, connected_components, equal_hash_edges, estimated_jaccard
from corpusmill.filters.dedup.near import NearDedup, NearDedupEdges, NearDedupParams, layout, units
from corpusmill.filters.dedup.near import clusters as near_clusters
from corpusmill.filters.dedup.near import params as near_params
from tests.filters.dedup.test_near import Corpus, chinese, corpus, english, run  # noqa: F401 (the fixtures they use)


def reference_removals(docs, params: NearDedupParams) -> dict[str, str]:
    """Removed id -> kept id, as the unbounded algorithm decides."""
    docs = sorted(docs, key=lambda d: d.metadata["_order"])
    signatures, _ = params.hasher().signatures([d.text for d in docs], [d.metadata.get("language") for d in docs])
    bands, rows = params.lsh_shape()
    hashes = band_hashes(signatures, bands, rows)
    candidates = []
    for band in range(bands):
        nodes = np.flatnonzero(hashes[:, band])
        candidates.append(equal_hash_edges(hashes[nodes, band], nodes))
    pairs = np.unique(np.sort(np.concatenate(candidates), axis=1), axis=0)
    pairs = pairs[estimated_jaccard(signatures[pairs[:, 0]], signatures[pairs[:, 1]]) >= params.threshold]
    nodes, roots = connected_components(pairs)
    clusters: dict[int, list[int]] = {}
    for node, root in zip(nodes.tolist(), roots.tolist(), strict=True):
        clusters.setdefault(root, []).append(node)

    def keep_order(n: int) -> tuple[int, int]:
        return (-len(docs[n].text) if params.keep == "longest" else 0, docs[n].metadata["_order"])

    removals = {}
    for members in clusters.values():
        kept = min(members, key=keep_order)
        removals.update({docs[n].id: docs[kept].id for n in members if n != kept})
    return removals


@pytest.fixture
def tiny_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A budget of 60 band entries per unit, 200 directed edges per partition, 40 cluster members
    per keep range and 7 members per chunk of a rank's removal list."""
    params = NearDedupParams()
    monkeypatch.setattr(near_params, "BYTES_PER_ENTRY", params.budget() // 60)
    monkeypatch.setattr(components, "BYTES_PER_EDGE", params.budget() // 200)
    monkeypatch.setattr(keep, "BYTES_PER_MEMBER", params.budget() // 40)
    monkeypatch.setattr(near_clusters, "KEEP_CHUNK", 7)


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_tiny_memory_cap_keeps_what_the_unbounded_algorithm_keeps(
    corpus: Corpus,  # noqa: F811
    tiny_cap: None,
    keep: str,
    tmp_path: Path,
) -> None:
    params = NearDedupParams(threshold=0.5, keep=keep)
    stage = NearDedup(params)
    kept, rejects, _ = run(stage, tmp_path / "w", corpus.docs, tasks=3)
    expected = reference_removals(corpus.docs, params)
    assert len(expected) >= 50  # the injected copies
    assert {i: r.duplicate_of for i, r in rejects.items()} == expected
    assert sorted(kept) == sorted(d.id for d in corpus.docs if d.id not in expected)
    summary = stage.summary(str(tmp_path / "w"))
    bands = params.lsh_shape()[0]
    assert summary["units"] >= 3 * bands  # bands were split into hash ranges
    assert summary["partitions"] >= 4  # the clustering ran over several edge partitions
    assert summary["keep_ranges"] >= 3  # the keep rule decided root range by root range
    assert not (tmp_path / "w" / layout.COMPONENTS).exists()


def test_partitioned_components_equal_in_memory_components_on_random_graphs(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    folder = get_datafolder(str(tmp_path))
    for trial in range(40):
        nodes = int(rng.integers(2, 400))
        if trial % 4 == 0:  # chains: as many propagation rounds as edges
            path = rng.permutation(nodes)[:50]
            edges = np.stack([path[:-1], path[1:]], axis=1)
        else:
            edges = rng.integers(0, nodes, (int(rng.integers(1, 2 * nodes)), 2))
        graph = PartitionedComponents(folder, f"g{trial}", nodes, int(rng.integers(1, 9)))
        for chunk in np.array_split(edges, int(rng.integers(1, 4))):
            graph.add_edges(chunk)
        graph.solve()
        labelled = list(graph.labels())
        got_nodes = np.concatenate([n for n, _ in labelled])
        got_roots = np.concatenate([r for _, r in labelled])
        want_nodes, want_roots = connected_components(edges)
        np.testing.assert_array_equal(got_nodes, want_nodes)
        np.testing.assert_array_equal(got_roots, want_roots)
        graph.remove()


def test_a_killed_edges_task_resumes_and_a_killed_clusters_task_reruns(
    corpus: Corpus,  # noqa: F811
    tiny_cap: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    params = NearDedupParams(threshold=0.5)
    stage = NearDedup(params)
    clean = run(stage, tmp_path / "clean", corpus.docs, tasks=2)

    workdir = tmp_path / "w"
    signatures = stage.signature_step(str(workdir))
    for rank in range(2):
        list(signatures.run(iter(corpus.docs[rank::2]), rank, 2))
    (edges_run, _), (clusters_run, _) = stage.reduce_runs(str(workdir), 2)
    edges, clusters = edges_run[0], clusters_run[0]

    done: list[int] = []
    real_unit = NearDedupEdges._unit

    def killed_after_five(self, folder, run_, number, *args):
        if len(done) == 5:
            (workdir / layout.unit_edges(number)).with_suffix(".i64.tmp").write_bytes(b"half")
            raise KeyboardInterrupt  # the task is killed while it writes its sixth unit
        done.append(number)
        return real_unit(self, folder, run_, number, *args)

    monkeypatch.setattr(NearDedupEdges, "_unit", killed_after_five)
    with pytest.raises(KeyboardInterrupt):
        edges.run(None, 0, 2)
    monkeypatch.setattr(NearDedupEdges, "_unit", real_unit)
    finished = {n: (workdir / layout.unit_edges(n)).stat().st_mtime_ns for n in done}
    with pytest.raises(RuntimeError, match="missing: rerun the same command"):
        clusters.run(None, 0, 1)  # the clustering refuses an incomplete edges run

    redone: list[int] = []
    monkeypatch.setattr(
        NearDedupEdges, "_unit", lambda self, f, r, n, *a: redone.append(n) or real_unit(self, f, r, n, *a)
    )
    for rank in range(2):
        edges.run(None, rank, 2)
    assert redone and not set(redone) & set(done)  # finished units are kept, not recomputed
    assert {n: (workdir / layout.unit_edges(n)).stat().st_mtime_ns for n in done} == finished

    # a clustering task killed mid-propagation leaves its partition files: the rerun starts over
    real_receive = PartitionedComponents._receive
    monkeypatch.setattr(PartitionedComponents, "_receive", lambda self, q: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        clusters.run(None, 0, 1)
    assert (workdir / layout.COMPONENTS).exists()
    monkeypatch.setattr(PartitionedComponents, "_receive", real_receive)
    clusters.run(None, 0, 1)

    kept, rejects = [], {}
    from tests.helpers import CollectedRejects

    sink = CollectedRejects()
    for rank in range(2):
        filt = stage.filter_step(str(workdir))
        filt.bind("05_near_dedup", sink)
        kept += [doc.id for doc in filt.run(iter(corpus.docs[rank::2]), rank, 2)]
    rejects = {doc_id: reject.duplicate_of for doc_id, _, reject in sink.rows}
    assert sorted(kept) == clean[0]
    assert rejects == {k: r.duplicate_of for k, r in clean[1].items()}


def test_plan_estimates_hold_the_reduce_tasks_to_the_cap() -> None:
    """``plan --scan``'s estimate: the edges and clusters tasks stay within ``max_memory_mb``
    whatever the corpus size and duplicate share; only a rank's own removal list grows, with the
    records per task."""
    stage = NearDedup(NearDedupParams(max_memory_mb=1024))
    small = stage.resources(1_000_000, 10_000, 100, [])
    large = stage.resources(1_000_000_000, 1_000_000, 100, [])
    huge = stage.resources(1_000_000_000, 100_000_000, 1000, [])
    for estimate in (small, large, huge):
        assert estimate["peak"]["edges"] <= 1024 << 20
        assert estimate["peak"]["clusters"] <= 1024 << 20
    few_tasks = stage.resources(1_000_000_000, 100_000_000, 10, [])
    assert few_tasks["peak"]["clusters"] > 1024 << 20  # 20M members in one rank's removal list
    assert large["disk"] > 500 * small["disk"]
    assert large["peak"]["signatures"] > small["peak"]["signatures"]  # a signature task sorts its own records


def test_star_edges_fed_in_chunks_equal_one_sort_of_the_whole_unit() -> None:
    rng = np.random.default_rng(3)
    for _ in range(30):
        n = int(rng.integers(1, 2000))
        hashes = rng.integers(1, int(rng.integers(2, 50)), n).astype(np.uint64)  # hot values
        nodes = np.sort(rng.choice(10 * n, n, replace=False))
        want = equal_hash_edges(hashes, nodes)
        stars = units.Stars()
        cuts = np.sort(rng.choice(np.arange(1, n + 1), int(rng.integers(0, 6)), replace=False)) if n > 1 else []
        got = np.concatenate(
            [np.zeros((0, 2), np.int64)]
            + [stars.edges(h, v) for h, v in zip(np.split(hashes, cuts), np.split(nodes, cuts), strict=True)]
        )
        assert sorted(map(tuple, got.tolist())) == sorted(map(tuple, want.tolist()))


def test_a_hash_prefix_above_the_budget_is_read_in_chunks(
    corpus: Corpus,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    params = NearDedupParams(threshold=0.5)
    monkeypatch.setattr(near_params, "BYTES_PER_ENTRY", params.budget() // 3)  # 3 band entries per unit
    stage = NearDedup(params)
    _, rejects, _ = run(stage, tmp_path / "w", corpus.docs, tasks=3)
    assert {i: r.duplicate_of for i, r in rejects.items()} == reference_removals(corpus.docs, params)
    summary = stage.summary(str(tmp_path / "w"))
    assert summary["units_over_budget"] >= 5, summary
