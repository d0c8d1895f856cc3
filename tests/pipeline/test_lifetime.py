"""After ``kill -9`` of the main process, the executor's workers and manager exit too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from datatrove.executor.local import LocalPipelineExecutor
    from datatrove.pipeline.base import PipelineStep
    from corpusmill.pipeline.lifetime import children_die_with_parent

    class Sleep(PipelineStep):
        def run(self, data, rank=0, world_size=1):
            time.sleep(600)
            yield from ()

    executor = LocalPipelineExecutor([Sleep()], tasks=2, workers=2, logging_dir=sys.argv[1], start_method="fork")
    with children_die_with_parent():
        executor.run()
    """
)


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="parent-death signals are a Linux feature")
def test_workers_exit_when_the_main_process_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    main = subprocess.Popen([sys.executable, str(script), str(tmp_path / "logs")])
    deadline = time.monotonic() + 60
    while len(children_of(main.pid)) < 3 and time.monotonic() < deadline:  # manager + 2 workers
        time.sleep(0.1)
    children = children_of(main.pid)
    assert len(children) >= 3, "the executor did not start its workers"
    os.kill(main.pid, signal.SIGKILL)
    main.wait()
    deadline = time.monotonic() + 30
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [pid for pid in children if alive(pid)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == []
