"""Does near_dedup remove the same records, naming the same kept record and similarity, as an
earlier commit's near_dedup? On benchmarks/dedup.py's held-out set (real text, planted copies),
with the default memory cap and with a cap small enough to split every band into hundreds of
units, the clustering into dozens of partitions and the keep rule into dozens of root ranges.

    .venv/bin/python benchmarks/near_dedup_same_kept.py --before 609e092

The earlier near_dedup (``filters/dedup/near.py``, or the ``filters/dedup/near/`` package it was
split into) is read with ``git show`` and imported beside the current one (it must still import
against today's ``minhash``, ``index``, ``components`` and ``keep`` modules).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from datatrove.data import Document

from corpusmill.filters.dedup import components, keep, near
from corpusmill.filters.dedup.near import clusters as near_clusters
from corpusmill.filters.dedup.near import params as near_params

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "corpusmill.filters.dedup.near"


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True).stdout


def load_before(commit: str, tmp: Path) -> ModuleType:
    """near_dedup as it was at ``commit``: the single module, or the package with its imports of
    its own modules pointed at the copy."""
    single = subprocess.run(
        ["git", "-C", str(REPO), "cat-file", "-e", f"{commit}:filters/dedup/near.py"], capture_output=True
    )
    if single.returncode == 0:
        path = tmp / "old_near.py"
        path.write_text(git("show", f"{commit}:filters/dedup/near.py"))
        return load("old_near", path)
    folder = tmp / "old_near"
    folder.mkdir()
    for name in git("ls-tree", "--name-only", f"{commit}:filters/dedup/near").split():
        if name.endswith(".py"):
            text = git("show", f"{commit}:filters/dedup/near/{name}")
            (folder / name).write_text(text.replace(f"{PACKAGE}.", "old_near."))
    return load("old_near", folder / "__init__.py", package=True)


def load(name: str, path: Path, package: bool = False) -> ModuleType:
    locations = [str(path.parent)] if package else None
    spec = importlib.util.spec_from_file_location(name, path, submodule_search_locations=locations)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


class Collected:
    """A reject sink keeping (id, duplicate_of, similarity)."""

    def __init__(self) -> None:
        self.rows: dict[str, tuple[str, float]] = {}

    def open(self, stage_id: str, rank: int) -> Collected:
        return self

    def write(self, doc: Document, stage: str, reject) -> None:
        self.rows[doc.id] = (reject.duplicate_of, reject.similarity)

    def close(self) -> None:
        pass


def removals(module: ModuleType, docs: list[Document], workdir: Path, tasks: int = 2) -> dict[str, tuple[str, float]]:
    stage = module.NearDedup(module.NearDedupParams())
    shards = [docs[r::tasks] for r in range(tasks)]
    for rank, shard in enumerate(shards):
        for _ in stage.signature_step(str(workdir)).run(iter(shard), rank, tasks):
            pass
    for steps, n in stage.reduce_runs(str(workdir), tasks):
        for rank in range(n):
            for step in steps:
                step.run(None, rank, n)
    sink = Collected()
    for rank, shard in enumerate(shards):
        step = stage.filter_step(str(workdir))
        step.bind("near_dedup", sink)
        for _ in step.run(iter(shard), rank, tasks):
            pass
    return sink.rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True, help="the commit to compare with")
    parser.add_argument("--bases", type=int, default=4500)
    args = parser.parse_args()
    bench = load("dedup_benchmark", REPO / "benchmarks" / "dedup.py")
    with tempfile.TemporaryDirectory() as tmp:
        old = load_before(args.before, Path(tmp))
        for language, path in bench.build(Path(tmp), args.bases, "heldout").items():
            docs = [
                Document(text=r["text"], id=r["id"], metadata={"_order": i, "language": r["language"]})
                for i, r in enumerate(bench._jsonl(path))
            ]
            before = removals(old, docs, Path(tmp) / f"old-{language}")
            now = removals(near, docs, Path(tmp) / f"new-{language}")
            budget = near.NearDedupParams().budget()
            saved = (
                near_params.BYTES_PER_ENTRY,
                components.BYTES_PER_EDGE,
                keep.BYTES_PER_MEMBER,
                near_clusters.KEEP_CHUNK,
            )
            near_params.BYTES_PER_ENTRY, components.BYTES_PER_EDGE = budget // 500, budget // 2000
            keep.BYTES_PER_MEMBER, near_clusters.KEEP_CHUNK = budget // 300, 50
            tiny = removals(near, docs, Path(tmp) / f"tiny-{language}")
            (
                near_params.BYTES_PER_ENTRY,
                components.BYTES_PER_EDGE,
                keep.BYTES_PER_MEMBER,
                near_clusters.KEEP_CHUNK,
            ) = saved
            summary = json.loads((Path(tmp) / f"tiny-{language}" / "clusters.json").read_text())
            print(
                f"{language}: {len(docs):,} records; removed before {len(before):,}, now {len(now):,}, "
                f"tiny cap {len(tiny):,}; identical (ids, duplicate_of, similarity): {before == now}, "
                f"{before == tiny}; tiny cap: {summary['units']} units, {summary['partitions']} partitions, "
                f"{summary['propagation_rounds']} rounds, {summary['keep_ranges']} keep ranges",
                flush=True,
            )


if __name__ == "__main__":
    main()
