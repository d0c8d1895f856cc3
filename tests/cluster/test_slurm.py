"""``corpusmill run --executor slurm`` on a real one-machine Slurm cluster (``tests/cluster/slurm.py``):
job arrays chained by dependencies give the local executor's output byte for byte, and a
cancelled array task is made up by running the same command again."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.cluster.conftest import assert_same_output, demo
from tests.cluster.slurm import PARTITION, Slurm, missing, slurm_cluster
from tests.helpers import CLI

pytestmark = pytest.mark.slow

if (reason := missing()) is not None:
    pytest.skip(reason, allow_module_level=True)

SLURM = {"type": "slurm", "partition": PARTITION, "time": "00:30:00", "workers": 2}


@pytest.fixture(scope="module")
def slurm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slurm]:
    with slurm_cluster(tmp_path_factory.mktemp("slurm")) as cluster:
        yield cluster


def submit(slurm: Slurm, config: Path, out: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """``corpusmill run`` (it submits and returns): the (run, job id) it printed, and the queue
    right after it as job id -> dependency."""
    result = subprocess.run([CLI, "run", str(config), "--out", str(out)], env=slurm.env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "submitted" in result.stdout
    runs = re.findall(r"(?m)^(\S+): (?:job )?(\d+|complete, not submitted)$", result.stdout)
    queue = slurm.run("squeue", "--noheader", "--format=%F|%E")
    return runs, dict(line.split("|") for line in queue.split())


def finish(slurm: Slurm, out: Path) -> dict:
    slurm.wait_idle(timeout=600)
    stats = out / "stats.json"
    assert stats.exists(), "\n".join(f"{p}:\n{p.read_text()[-2000:]}" for p in out.glob("logs/*/slurm/*.out"))
    return json.loads(stats.read_text())


def test_job_arrays_chained_give_the_local_output_and_a_cancelled_task_reruns(
    repo: Path, tmp_path: Path, local_demo: Path, slurm: Slurm
) -> None:
    config = demo(repo, tmp_path, "slurm", **SLURM)
    out = tmp_path / "out"
    runs, queue = submit(slurm, config, out)
    names = [name for name, _ in runs]
    assert names[:3] == ["ids", "ids_reduce", "segment0"] and names[-2:] == ["finalize", "accounting"]
    # every run is an array job in the queue waiting for the one before it
    for (_, before), (_, after) in itertools.pairwise(runs):
        assert f"afterok:{before}" in queue[after]
    segment0 = dict(runs)["segment0"]
    cancelled = cancel_running_task(slurm, segment0)
    slurm.wait_idle(timeout=600)  # the jobs after it can never start: Slurm drops them
    assert not (out / "stats.json").exists()
    completions = out / "logs/segment0/completions"
    assert sorted(p.name for p in completions.iterdir()) == sorted(
        f"{rank:05d}" for rank in range(3) if rank != cancelled
    )
    again, _ = submit(slurm, config, out)
    assert dict(again)["ids"] == "complete, not submitted"  # a resubmission skips finished runs
    stats = finish(slurm, out)
    assert json.loads((out / "logs/segment0/ranks_to_run.json").read_text()) == [cancelled]
    assert stats["accounting"]["problems"] == []
    assert_same_output(out, local_demo)


def cancel_running_task(slurm: Slurm, job: str) -> int:
    """``scancel`` the first task of the array ``job`` seen running; return its index."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        running = [i for i, _, state in slurm.jobs() if i.startswith(f"{job}_") and state == "RUNNING"]
        if running:
            slurm.run("scancel", running[0])
            return int(running[0].split("_")[1])
        time.sleep(0.1)
    raise AssertionError(f"no task of job {job} was seen running:\n{slurm.logs()}")


def neardup_config(repo: Path, tmp: Path, name: str, **executor: object) -> Path:
    """The plagiarism corpus (100 short answers, some copied from their source) through near_dedup."""
    files = repo / "tests/data/neardup/clough_stevenson_plagiarism/files"
    config = {
        "sources": [{"name": "answers", "type": "documents", "paths": [f"{files}/*.txt"]}],
        "stages": [{"normalize": {}}, {"near_dedup": {}}],
        "output": {"dir": str(tmp / "unused"), "shard_tokens": 20_000},
        "executor": {"tasks": 3, **executor},
    }
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_near_dup_config_split_over_several_arrays_gives_the_local_output(
    repo: Path, tmp_path: Path, slurm: Slurm
) -> None:
    local = tmp_path / "local"
    result = subprocess.run([CLI, "run", str(neardup_config(repo, tmp_path, "local", workers=2)), "--out", str(local)])
    assert result.returncode == 0
    # max_array_size 2: each 3-task run is submitted as two arrays, the second after the first
    config = neardup_config(repo, tmp_path, "slurm", max_array_size=2, **SLURM)
    out = tmp_path / "out"
    runs, queue = submit(slurm, config, out)
    segment0 = dict(runs)["segment0"]  # the second array: it waits for the first
    assert f"afterany:{int(segment0) - 1}_" in queue[segment0], queue
    stats = finish(slurm, out)
    assert stats["accounting"]["problems"] == []
    near = next(stage for stage in stats["stages"] if stage["name"] == "near_dedup")
    assert near["rejected"].get("near_duplicate", 0) >= 3  # the whole copies at least
    assert_same_output(out, local)
