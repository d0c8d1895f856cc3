"""Two Ray nodes (``tests/cluster/ray_nodes.py``) sharing nothing but an S3 API: inputs and the
run folder on ``s3://``, the local executor's output byte for byte, and the second node killed
while it runs a task (Ray resubmits the task, or the same command run again resumes)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.cluster.conftest import assert_same_output, s3_demo
from tests.cluster.ray_nodes import Node, missing, ray_nodes
from tests.cluster.s3 import S3
from tests.helpers import CLI

pytestmark = pytest.mark.slow

if (reason := missing()) is not None:
    pytest.skip(reason, allow_module_level=True)


def running_a_task(node: Node) -> bool:
    """A task worker of ``node`` is inside a task (not still starting: datatrove's Ray executor
    waits forever for a task whose worker dies before the task began)."""
    import psutil

    for process in node.tree():
        with contextlib.suppress(psutil.NoSuchProcess):
            if "RankWorker.run_for_rank" in " ".join(process.cmdline()):
                return True
    return False


def test_two_nodes_on_s3_give_the_local_output_and_survive_a_lost_node(
    repo: Path, tmp_path: Path, local_demo: Path, s3: S3
) -> None:
    # a short folder: Ray's socket paths under it must stay within AF_UNIX's 107 bytes
    short = tempfile.TemporaryDirectory(prefix="cmray", dir="/tmp", ignore_cleanup_errors=True)
    with short as root, ray_nodes(Path(root), {**os.environ, **s3.env}) as cluster:
        config = s3_demo(repo, tmp_path, s3, "ray-in", type="ray", address=cluster.address, workers=2)
        out = "s3://ray-out/run"
        s3.fs().mkdir("ray-out")
        command = [CLI, "run", str(config), "--out", out]
        proc = subprocess.Popen(command, env=cluster.env, stderr=subprocess.PIPE, text=True)
        try:
            second = cluster.nodes[1]
            deadline = time.monotonic() + 300
            while not running_a_task(second):
                assert proc.poll() is None and time.monotonic() < deadline, "the second node never ran a task"
                time.sleep(0.05)
            second.kill()
            _, stderr = proc.communicate(timeout=400)
        finally:
            proc.kill()
        if proc.returncode:  # the run stopped on the lost task: the same command resumes it
            rerun = subprocess.run(command, env=cluster.env, capture_output=True, text=True, timeout=600)
            assert rerun.returncode == 0, f"{stderr}\n{rerun.stderr}"
        copy = tmp_path / "copy"
        s3.fs().get(out, str(copy), recursive=True)
        assert_same_output(copy, local_demo, inputs="s3://ray-in/samples")
