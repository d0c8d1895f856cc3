"""A run whose inputs and run folder are on an S3 API (moto's server on loopback,
``tests/cluster/s3.py``): the local executor's output byte for byte, resumed after a kill,
verified and reported on the ``s3://`` folder, and the credentials never written or printed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.cluster.conftest import assert_same_output, s3_demo
from tests.cluster.s3 import S3, missing
from tests.helpers import CLI

pytestmark = pytest.mark.slow

if (reason := missing()) is not None:
    pytest.skip(reason, allow_module_level=True)


def cli(s3: S3, *args: object) -> subprocess.CompletedProcess:
    env = {**os.environ, **s3.env}
    return subprocess.run([CLI, *map(str, args)], env=env, capture_output=True, text=True, timeout=600)


def kill_when_a_task_completed(s3: S3, config: Path, out: str) -> None:
    """``corpusmill run`` killed (SIGKILL, its whole process group) once a segment0 task has completed."""
    env = {**os.environ, **s3.env}
    proc = subprocess.Popen(
        [CLI, "run", str(config), "--out", out], env=env, start_new_session=True, stderr=subprocess.DEVNULL
    )
    fs = s3.fs()
    completions = f"{out}/logs/segment0/completions"
    deadline = time.monotonic() + 300
    while not (fs.exists(completions) and fs.ls(completions)) and proc.poll() is None:
        assert time.monotonic() < deadline, "no segment0 task completed"
        time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def test_s3_inputs_and_run_folder_match_local_after_a_kill_and_verify(
    repo: Path, tmp_path: Path, local_demo: Path, s3: S3
) -> None:
    config = s3_demo(repo, tmp_path, s3, "corpusmill-in", workers=2)
    out = "s3://corpusmill-out/run"
    s3.fs().mkdir("corpusmill-out")
    kill_when_a_task_completed(s3, config, out)
    fs = s3.fs()
    assert not fs.exists(f"{out}/stats.json")
    before = {path: fs.info(path)["LastModified"] for path in fs.ls(f"{out}/logs/segment0/completions")}
    printed = {}
    commands = [("run", config, "--out", out), ("export", out, "--format", "jsonl"), ("verify", out), ("report", out)]
    for command in commands:
        result = cli(s3, *command)
        assert result.returncode == 0, result.stderr
        printed[command[0]] = result.stdout + result.stderr
        if command[0] == "run":
            run_manifest = fs.cat(f"{out}/manifest.json")  # export adds its entry to it
    assert "ok: 2 shards" in printed["verify"] and f"{out}/manifest.json" in printed["verify"]
    assert f"{out}/export/jsonl" in printed["export"]
    # tasks completed before the kill were not run again
    assert {path: fs.info(path)["LastModified"] for path in before} == before
    copy = tmp_path / "copy"
    fs.get(out, str(copy), recursive=True)
    manifest = json.loads((copy / "manifest.json").read_text())
    parts = manifest.pop("exports")["export/jsonl"]["parts"]
    exported = [file["path"] for part in parts for file in part["files"].values()]
    assert exported and all((copy / "export/jsonl" / path).is_file() for path in exported)
    assert manifest == json.loads(run_manifest)
    (copy / "manifest.json").write_bytes(run_manifest)
    assert_same_output(copy, local_demo, inputs="s3://corpusmill-in/samples")
    for name in ("report.html", "report.json", "report.md", "rejects", "logs/run.json"):
        assert (copy / name).exists(), name
    written = [p.read_text(errors="replace") for p in copy.rglob("*") if p.is_file() and p.suffix != ".parquet"]
    for secret in s3.secrets:
        assert not any(secret in text for text in [*printed.values(), *written])
    damaged = copy / "data" / "shard-00000.parquet"
    damaged.write_bytes(damaged.read_bytes()[:-10])
    fs.put(str(damaged), f"{out}/data/shard-00000.parquet")
    result = cli(s3, "verify", out)
    assert result.returncode == 1 and "MISMATCH data/shard-00000.parquet" in result.stdout
