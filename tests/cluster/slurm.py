"""A one-machine Slurm cluster for the tests: munged with its own key, slurmctld and slurmd on
127.0.0.1 with a generated ``slurm.conf`` (own state, spool and log folders, free ports, no cgroups).

Every daemon runs in the foreground as a child of the test process and is stopped by its pid;
nothing of a Slurm or munge already on the machine is used or touched. Clients (``sbatch``,
``squeue``, ``scancel``) find this cluster through ``SLURM_CONF`` in the environment.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DAEMONS = ("munged", "slurmctld", "slurmd")
PARTITION = "test"
NODE = "cmnode"


def missing() -> str | None:
    """Why a Slurm cluster cannot be started here, in one line, or None."""
    if os.geteuid() != 0:
        return "a local Slurm cluster needs root (slurmd runs jobs as their user)"
    absent = [name for name in (*DAEMONS, "sbatch", "squeue", "scancel") if shutil.which(name) is None]
    if absent:
        return f"Slurm/munge not installed ({', '.join(absent)}); apt-get install slurm-wlm munge"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Slurm:
    """A running cluster: ``env`` is what a client needs to reach it."""

    root: Path
    env: dict[str, str]

    def run(self, *args: str) -> str:
        result = subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)
        if result.returncode:
            raise RuntimeError(f"{' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def jobs(self) -> list[tuple[str, str, str]]:
        """(job id, name, state) of every job in the queue; an array task's id is ``JOB_TASK``."""
        out = self.run("squeue", "--noheader", "--array", "--format=%i|%j|%T")
        return [tuple(line.split("|")) for line in out.split()]  # type: ignore[misc]

    def wait_idle(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.jobs():
            if time.monotonic() > deadline:
                raise TimeoutError(f"Slurm queue not empty after {timeout:.0f} s: {self.jobs()}\n{self.logs()}")
            time.sleep(0.5)

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in sorted((self.root / "log").glob("*"))
        )


def _memory_mb() -> int:
    with open("/proc/meminfo") as handle:
        total_kb = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
    return total_kb // 1024


def write_conf(root: Path, cpus: int) -> Path:
    conf = root / "slurm.conf"
    lines = {
        "ClusterName": "corpusmilltest",
        "SlurmctldHost": "localhost(127.0.0.1)",
        "SlurmctldPort": free_port(),
        "SlurmdPort": free_port(),
        "SlurmUser": "root",
        "SlurmdUser": "root",
        "AuthType": "auth/munge",
        "AuthInfo": f"socket={root / 'munge' / 'socket'}",
        "CredType": "cred/munge",
        "StateSaveLocation": root / "state",
        "SlurmdSpoolDir": root / "spool",
        "SlurmctldPidFile": root / "run" / "slurmctld.pid",
        "SlurmdPidFile": root / "run" / "slurmd.pid",
        "SlurmctldLogFile": root / "log" / "slurmctld.log",
        "SlurmdLogFile": root / "log" / "slurmd.log",
        "ProctrackType": "proctrack/linuxproc",  # no cgroups: runs in containers and CI machines
        "TaskPlugin": "task/none",
        "JobAcctGatherType": "jobacct_gather/none",
        "AccountingStorageType": "accounting_storage/none",
        "SelectType": "select/cons_tres",
        "SelectTypeParameters": "CR_Core_Memory",
        "MpiDefault": "none",
        "SwitchType": "switch/none",
        "ReturnToService": 2,
        # jobs whose dependency can no longer be met (a cancelled task upstream) leave the queue
        "DependencyParameters": "kill_invalid_depend",
        "MinJobAge": 5,
        "KillWait": 5,
        "InactiveLimit": 0,
        "SlurmctldTimeout": 30,
        "SlurmdTimeout": 30,
    }
    node = f"NodeName={NODE} NodeAddr=127.0.0.1 NodeHostname={socket.gethostname()} CPUs={cpus}"
    node += f" RealMemory={_memory_mb() - 512} State=UNKNOWN"
    partition = f"PartitionName={PARTITION} Nodes={NODE} Default=YES MaxTime=INFINITE State=UP"
    conf.write_text("\n".join([*(f"{k}={v}" for k, v in lines.items()), node, partition, ""]))
    return conf


@contextlib.contextmanager
def slurm_cluster(root: Path, timeout: float = 60) -> Iterator[Slurm]:
    """Start munged, slurmctld and slurmd under ``root``; yield once the node accepts jobs."""
    for name in ("munge", "state", "spool", "run", "log"):
        (root / name).mkdir(parents=True, exist_ok=True)
    os.chmod(root / "munge", 0o700)
    key = root / "munge" / "munge.key"
    key.write_bytes(os.urandom(1024))
    os.chmod(key, 0o600)
    cpus = len(os.sched_getaffinity(0))
    conf = write_conf(root, cpus)
    env = {**os.environ, "SLURM_CONF": str(conf)}
    munge = root / "munge"
    commands = [
        ["munged", "-F", "-f", f"--key-file={key}", f"--socket={munge / 'socket'}", f"--pid-file={munge / 'pid'}",
         f"--log-file={root / 'log' / 'munged.log'}", f"--seed-file={munge / 'seed'}"],
        ["slurmctld", "-D", "-i", "-f", str(conf)],
        ["slurmd", "-D", "-N", NODE, "-f", str(conf)],
    ]  # fmt: skip
    daemons: list[subprocess.Popen] = []
    try:
        for command in commands:
            with (root / "log" / f"{command[0]}.out").open("wb") as sink:
                daemons.append(subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT))
            if command[0] == "munged":
                _wait(lambda: (munge / "socket").exists(), daemons, timeout, root)
        slurm = Slurm(root, env)
        _wait(lambda: _node_idle(slurm), daemons, timeout, root)
        yield slurm
    finally:
        for daemon in reversed(daemons):
            daemon.terminate()
            try:
                daemon.wait(timeout=30)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()


def _node_idle(slurm: Slurm) -> bool:
    try:
        state = slurm.run("sinfo", "--noheader", "--format=%T", f"--nodes={NODE}").strip()
    except RuntimeError:
        return False
    return state == "idle"


def _wait(ready, daemons: list[subprocess.Popen], timeout: float, root: Path) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        dead = [d.args[0] for d in daemons if d.poll() is not None]
        if dead or time.monotonic() > deadline:
            logs = Slurm(root, {}).logs()
            raise RuntimeError(f"Slurm cluster did not start ({', '.join(dead) or 'timeout'}):\n{logs}")
        time.sleep(0.2)
