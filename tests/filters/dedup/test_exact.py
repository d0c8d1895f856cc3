"""exact_dedup's three steps driven by hand across tasks, as the runner chains them."""

from __future__ import annotations

from pathlib import Path

from datatrove.data import Document

from corpusmill.filters.dedup.exact import ExactDedup
from tests.helpers import CollectedRejects


def docs_for(texts: list[str]) -> list[Document]:
    return [Document(text=t, id=f"r{i}", metadata={"_order": i}) for i, t in enumerate(texts)]


def dedup(texts: list[str], tasks: int, workdir: Path) -> tuple[list[str], dict[str, str]]:
    stage = ExactDedup()
    docs = docs_for(texts)
    shards = [[d for d in docs if d.metadata["_order"] % tasks == r] for r in range(tasks)]
    passed = [list(stage.signature_step(str(workdir)).run(iter(s), r, tasks)) for r, s in enumerate(shards)]
    assert passed == shards  # the signature step forwards every record unchanged
    for steps, n in stage.reduce_runs(str(workdir), tasks):
        for rank in range(n):
            for step in steps:
                list(step.run(None, rank, n) or [])
    kept, dups = [], {}
    for rank, shard in enumerate(shards):
        filt = stage.filter_step(str(workdir))
        sink = CollectedRejects()
        filt.bind("01_exact_dedup", sink)
        kept += [d.id for d in filt.run(iter(shard), rank, tasks)]
        dups.update({i: r.duplicate_of for i, _, r in sink.rows})
        assert filt.stats["in"].total == len(shard)
    return sorted(kept), dups


def test_duplicates_across_tasks_keep_first(tmp_path: Path, test_data: Path) -> None:
    lines = (test_data / "langid/en.txt").read_text(encoding="utf-8").splitlines()[:30]
    texts = [*lines, lines[3].upper(), "  " + lines[3].replace(" ", "\n  "), lines[20], lines[0] + "!"]
    for tasks in (1, 3):
        kept, dups = dedup(texts, tasks, tmp_path / f"t{tasks}")
        assert dups == {"r30": "r3", "r31": "r3", "r32": "r20"}
        assert len(kept) == 31 and "r33" in kept
