"""The same run on datatrove's local, Ray and Slurm executors, on fsspec folders, and through faults."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import fsspec
import psutil
import pytest

from corpusmill.pipeline.config import load_config
from corpusmill.pipeline.runner import execute
from tests.helpers import CLI, corpusmill, demo_config, kill_mid_run, messages, rows

pytestmark = pytest.mark.slow


def run_config(repo: Path, tmp: Path, name: str, **executor: object) -> Path:
    return demo_config(repo, tmp, name, output={"shard_tokens": 200_000}, executor=executor)


@pytest.fixture(scope="module")
def local_run(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("local")
    out = tmp / "out"
    result = corpusmill("run", run_config(repo, tmp, "local", tasks=3, workers=2), "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_slurm_dry_run_prints_valid_chained_sbatch_scripts(repo: Path, tmp_path: Path) -> None:
    config = run_config(repo, tmp_path, "slurm", type="slurm", partition="cpu", tasks=3, time="02:00:00")
    result = corpusmill("run", config, "--out", tmp_path / "out", "--dry-run")
    assert result.returncode == 0, result.stderr
    scripts = [part for part in re.split(r"(?m)^(?=# job \d+:)", result.stdout) if part.strip()]
    headers = [re.match(r"# job (\d+): corpusmill-(\S+) \((\d+) tasks\)", part) for part in scripts]
    names = [h.group(2) for h in headers]
    # the id pass first (ids unique across the 3 tasks), then the segments
    assert names[:3] == ["ids", "ids_reduce", "segment0"] and names[-2:] == ["finalize", "accounting"]
    assert any("exact_dedup_reduce" in n for n in names) and any("near_dedup_reduce" in n for n in names)
    assert [n for n in names if n.startswith("segment")] == ["segment0", "segment1", "segment2"]
    for i, (script, header) in enumerate(zip(scripts, headers, strict=True)):
        name, tasks = header.group(2), int(header.group(3))
        body = script[script.index("#!/bin/bash") :]
        assert f"--job-name=corpusmill-{name}" in body and "--partition=cpu" in body
        assert "--time=02:00:00" in body and "launch_pickled_pipeline" in body
        assert f"--array=0-{tasks - 1}" in body
        if name.startswith("segment"):
            assert tasks == 3
        assert ("--dependency=afterok:$JOB_" in script) == (i > 0)
        path = tmp_path / f"{i}.sh"
        path.write_text(body)
        assert subprocess.run(["bash", "-n", str(path)]).returncode == 0
    assert not list((tmp_path / "out").rglob("executor.pik"))  # nothing was submitted


def test_fsspec_memory_output_matches_local(repo: Path, tmp_path: Path, local_run: Path) -> None:
    config = load_config(run_config(repo, tmp_path, "memory", tasks=3, workers=1))
    stats = execute(config, "memory://corpusmill-test/run")
    assert stats["accounting"]["problems"] == []
    fs = fsspec.filesystem("memory")
    manifest = json.loads(fs.cat("/corpusmill-test/run/manifest.json"))
    assert manifest == json.loads((local_run / "manifest.json").read_text())
    fs.rm("/corpusmill-test", recursive=True)


def test_disk_full_and_read_only_output_are_one_line_errors(repo: Path, tmp_path: Path) -> None:
    mounts = []
    for name, options in (("full", "size=300k"), ("readonly", "ro,size=1m")):
        point = tmp_path / name
        point.mkdir()
        if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)]).returncode:
            pytest.skip("mounting a small tmpfs needs root")
        mounts.append(point)
    try:
        config = run_config(repo, tmp_path, "small", tasks=1)
        full = corpusmill("run", config, "--out", mounts[0] / "out")
        assert full.returncode == 1 and "No space left on device" in full.stderr
        readonly = corpusmill("run", config, "--out", mounts[1] / "out")
        assert readonly.returncode == 1 and "Read-only file system" in readonly.stderr
        assert len(messages(full.stderr)) == len(messages(readonly.stderr)) == 1, full.stderr
        alpaca = tmp_path / "alpaca.json"
        alpaca.write_text(json.dumps([{"instruction": "Say hi to the user.", "input": "", "output": "Hi!"}]))
        for mount, message in zip(mounts, ("No space left on device", "Read-only file system"), strict=True):
            sft = corpusmill("sft", "clean", alpaca, "--out", mount / "sft")
            assert sft.returncode == 1 and len(messages(sft.stderr)) == 1 and message in sft.stderr
    finally:
        for point in mounts:
            subprocess.run(["umount", str(point)])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Keep every Ray connection on 127.0.0.1 (Ray otherwise swaps localhost for the machine's address)
# and skip token auth for this throwaway test cluster.
RAY_ENV = {
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
    "RAY_AUTH_MODE": "disabled",
    "RAY_USAGE_STATS_ENABLED": "0",
}


@dataclass(frozen=True)
class RayHead:
    address: str
    process: psutil.Process  # `ray start --block`: every process of this cluster descends from it

    def workers(self, name: str) -> list[psutil.Process]:
        found = []
        for process in self.process.children(recursive=True):
            with contextlib.suppress(psutil.NoSuchProcess):  # ended since it was listed
                if name in " ".join(process.cmdline()):
                    found.append(process)
        return found


@pytest.fixture(scope="module")
def ray_head(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RayHead]:
    """A throwaway Ray cluster of this test session alone. It runs under ``ray start --block`` and
    is stopped by signalling that process, never with ``ray stop``, which would stop every Ray
    cluster on the machine (a user's own, or a second test run's)."""
    pytest.importorskip("ray")
    saved = {key: os.environ.get(key) for key in RAY_ENV}
    os.environ.update(RAY_ENV)
    ray_bin = str(Path(sys.executable).parent / "ray")
    port = free_port()
    temp = tmp_path_factory.mktemp("ray")
    start = [ray_bin, "start", "--head", "--node-ip-address=127.0.0.1", f"--port={port}", "--num-cpus=2"]
    start += ["--include-dashboard=false", "--disable-usage-stats", f"--temp-dir={temp}", "--block"]
    log = temp / "head.log"
    with log.open("wb") as sink:
        head = subprocess.Popen(start, stdout=sink, stderr=subprocess.STDOUT)
    process = psutil.Process(head.pid)
    try:
        deadline = time.monotonic() + 180
        while "block forever" not in log.read_text(errors="replace"):
            assert head.poll() is None and time.monotonic() < deadline, log.read_text(errors="replace")
            time.sleep(0.2)
        yield RayHead(f"127.0.0.1:{port}", process)
    finally:
        try:
            cluster = process.children(recursive=True)
        except psutil.NoSuchProcess:  # it failed to start
            cluster = []
        head.terminate()
        try:
            head.wait(timeout=120)
        except subprocess.TimeoutExpired:
            head.kill()
        psutil.wait_procs(cluster, timeout=30)
        for leftover in cluster:
            with contextlib.suppress(psutil.NoSuchProcess):
                leftover.kill()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def same_output(a: Path, b: Path) -> None:
    assert (a / "manifest.json").read_bytes() == (b / "manifest.json").read_bytes()
    assert rows(a / "rejects").equals(rows(b / "rejects"))


def test_ray_cluster_gives_the_local_manifest(repo: Path, tmp_path: Path, local_run: Path, ray_head: RayHead) -> None:
    config = run_config(repo, tmp_path, "ray", type="ray", address=ray_head.address, tasks=3, workers=2)
    result = corpusmill("run", config, "--out", tmp_path / "out", timeout=600)
    assert result.returncode == 0, result.stderr
    same_output(tmp_path / "out", local_run)


def test_ray_worker_killed_mid_task_is_retried(repo: Path, tmp_path: Path, local_run: Path, ray_head: RayHead) -> None:
    config = run_config(repo, tmp_path, "rayfault", type="ray", address=ray_head.address, tasks=3, workers=1)
    out = tmp_path / "out"
    proc = subprocess.Popen([CLI, "run", str(config), "--out", str(out)], stderr=subprocess.PIPE, text=True)
    killed = False
    deadline = time.monotonic() + 300
    while not killed and proc.poll() is None and time.monotonic() < deadline:
        found = ray_head.workers("ray::RankWorker")  # this cluster's only: never another run's
        if found and (out / "logs/segment0/logs").exists():
            for worker in found:
                with contextlib.suppress(psutil.NoSuchProcess):
                    worker.kill()
            killed = True
        time.sleep(0.05)
    assert killed, "no Ray worker was seen running a task"
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr
    same_output(out, local_run)


def test_local_run_killed_and_rerun_with_other_workers(repo: Path, tmp_path: Path, local_run: Path) -> None:
    """A whole local run killed (SIGKILL) mid-way, then resumed with a different worker count."""
    config = run_config(repo, tmp_path, "killed", tasks=3, workers=1)
    out = tmp_path / "out"
    kill_mid_run(config, out)
    assert not (out / "stats.json").exists()
    result = corpusmill("run", config, "--out", out, "--workers", "2")
    assert result.returncode == 0, result.stderr
    same_output(out, local_run)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    shutil.rmtree(out)
