"""Two Ray nodes on one machine for the tests: a head and a second node, each with its own temp
folder and a custom resource naming it, both started with ``ray start --block`` and stopped by
signalling those processes (never ``ray stop``: it stops every Ray cluster on the machine)."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.cluster.slurm import free_port

# nodes on 127.0.0.1 (Ray otherwise refuses a second node there: it takes it for a laptop), no
# token auth for a throwaway cluster, and a dead node noticed within seconds, not half a minute
RAY_ENV = {
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "1",
    "RAY_AUTH_MODE": "disabled",
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_health_check_period_ms": "1000",
    "RAY_health_check_timeout_ms": "1000",
    "RAY_health_check_failure_threshold": "3",
}


def missing() -> str | None:
    if importlib.util.find_spec("ray") is None:
        return "two Ray nodes need ray (pip install -e '.[ray]')"
    return None


@dataclass
class Node:
    name: str
    process: subprocess.Popen  # `ray start --block`: the node's processes descend from it
    log: Path

    def tree(self) -> list:
        import psutil

        try:
            root = psutil.Process(self.process.pid)
            return [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return []

    def kill(self) -> None:
        """SIGKILL the node and every process of it at once: a machine lost mid-run."""
        import psutil

        processes = self.tree()
        for process in processes:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        psutil.wait_procs(processes, timeout=30)


@dataclass
class RayNodes:
    address: str
    env: dict[str, str]
    nodes: list[Node]


def _start(name: str, args: list[str], temp: Path, env: dict[str, str], nodes: list[Node]) -> Node:
    ray_bin = str(Path(sys.executable).parent / "ray")
    temp.mkdir(parents=True, exist_ok=True)
    log = temp.parent / f"{name}.log"
    command = [ray_bin, "start", *args, "--node-ip-address=127.0.0.1", "--num-cpus=1", f"--temp-dir={temp}"]
    command += [f"--resources={json.dumps({name: 1})}", "--disable-usage-stats", "--block"]
    with log.open("wb") as sink:
        node = Node(name, subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT), log)
    nodes.append(node)
    deadline = time.monotonic() + 180
    while "block forever" not in log.read_text(errors="replace"):
        if node.process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"ray node {name} did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    return node


@contextlib.contextmanager
def ray_nodes(root: Path, env: dict[str, str]) -> Iterator[RayNodes]:
    """A head (resource ``head``) and a second node (resource ``second``), one CPU each, with
    ``env`` (object-store credentials, ...) in both: their task workers inherit it."""
    import psutil

    env = {**env, **RAY_ENV}
    port = free_port()
    nodes: list[Node] = []
    try:
        _start("head", ["--head", f"--port={port}", "--include-dashboard=false"], root / "head", env, nodes)
        _start("second", [f"--address=127.0.0.1:{port}"], root / "second", env, nodes)
        yield RayNodes(f"127.0.0.1:{port}", env, nodes)
    finally:
        for node in reversed(nodes):
            processes = node.tree()
            node.process.terminate()
            try:
                node.process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                node.process.kill()
            psutil.wait_procs(processes, timeout=30)
            for leftover in processes:
                with contextlib.suppress(psutil.NoSuchProcess):
                    leftover.kill()
