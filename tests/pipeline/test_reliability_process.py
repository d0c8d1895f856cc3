"""The run as a process among others (issue 28, items 9, 12, 13): Ctrl-C, two runs into one
folder, and a rerun after the inputs changed.

Ctrl-C is sent as a terminal sends it: SIGINT to the whole process group of the command, which
starts in its own session here so the test's own process is not part of it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from corpusmill.pipeline.lifetime import INTERRUPTED
from tests.helpers import CLI, corpusmill, demo_config, messages

pytestmark = pytest.mark.slow


def group_processes(pgid: int) -> list[int]:
    """Live (not zombie) processes of the process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry.name))
    return found


def wait_for(condition: Callable[[], bool], seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the run never reached the point to interrupt"
        time.sleep(0.01)


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def stats(out: Path) -> dict:
    return {k: v for k, v in json.loads((out / "stats.json").read_text()).items() if k != "task_seconds"}


@pytest.fixture(scope="module")
def reference(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo config (its reading, extraction, language and both global dedup stages) and an
    uninterrupted run of it."""
    tmp = tmp_path_factory.mktemp("reference")

    def fewer_stages(config: dict) -> None:
        keep = ("url_filter", "extract", "normalize", "length", "language", "exact_dedup", "near_dedup")
        config["stages"] = [stage for stage in config["stages"] if next(iter(stage)) in keep]

    config = demo_config(repo, tmp, "demo", edit=fewer_stages)
    result = corpusmill("run", config, "--out", tmp / "out")
    assert result.returncode == 0, result.stderr
    return config, tmp / "out"


def reading(out: Path) -> bool:
    """Records are being read and no task of the first segment has finished."""
    progress = out / "logs/progress"
    read = progress.is_dir() and any(p.read_text().strip() not in ("", "0") for p in progress.iterdir())
    return read and not any((out / "logs/segment0/completions").glob("*"))


def past_first_segment(out: Path) -> bool:
    completions = out / "logs/segment0/completions"
    return completions.is_dir() and len(list(completions.iterdir())) == 2


def finalizing(out: Path) -> bool:
    return (out / "logs/finalize").is_dir()


@pytest.mark.parametrize("moment", [reading, past_first_segment, finalizing])
def test_ctrl_c_stops_at_once_and_the_rerun_resumes(
    reference: tuple[Path, Path], tmp_path: Path, moment: Callable[[Path], bool]
) -> None:
    config, expected = reference
    out = tmp_path / "out"
    before = files(config.parent)
    proc = subprocess.Popen(
        [CLI, "run", str(config), "--out", str(out)],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    wait_for(lambda: moment(out) or proc.poll() is not None)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    sent = time.monotonic()
    _, stderr = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 10, "Ctrl-C took more than 10 s to stop the run"
    assert proc.returncode == INTERRUPTED, stderr
    assert messages(stderr) == ["corpusmill: interrupted; run the same command again to resume"], stderr
    deadline = time.monotonic() + 10
    while group_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert group_processes(proc.pid) == [], "processes of the run outlived Ctrl-C"

    result = corpusmill("run", config, "--out", out)
    assert result.returncode == 0, result.stderr
    assert files(out / "data") == files(expected / "data")
    assert stats(out) == stats(expected)
    assert files(config.parent) == before  # nothing written beside the run folder
