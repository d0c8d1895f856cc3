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


def start(config: Path, out: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [CLI, "run", str(config), "--out", str(out), *args],
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_run_into_a_busy_folder_stops_in_one_line(reference: tuple[Path, Path], tmp_path: Path) -> None:
    config, expected = reference
    out = tmp_path / "out"
    first = start(config, out)
    wait_for(lambda: reading(out) or first.poll() is not None)
    assert first.poll() is None, "the first run ended before the second started"
    pid = (out / "logs/run.lock").read_text().strip()
    for fresh in ([], ["--fresh"]):  # --fresh must not delete a folder another run is writing
        second = corpusmill("run", config, "--out", out, *fresh)
        assert second.returncode == 2 and len(messages(second.stderr)) == 1, second.stderr
        assert f"{out}: in use by another corpusmill run (pid {pid})" in second.stderr
    _, stderr = first.communicate(timeout=600)
    assert first.returncode == 0, stderr
    assert files(out / "data") == files(expected / "data")
    assert corpusmill("verify", out).returncode == 0


def test_two_runs_started_at_once_leave_one_complete_run(reference: tuple[Path, Path], tmp_path: Path) -> None:
    config, expected = reference
    out = tmp_path / "out"
    runs = [start(config, out), start(config, out)]
    results = [(run.wait(timeout=600), run.communicate()[1]) for run in runs]
    assert sorted(code for code, _ in results) == [0, 2], results
    refused = next(stderr for code, stderr in results if code == 2)
    assert len(messages(refused)) == 1 and "in use by another corpusmill run" in refused, refused
    assert files(out / "data") == files(expected / "data")
    assert corpusmill("verify", out).returncode == 0


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A config over ``in/*.jsonl`` (two files of 20 records) and its finished run in ``out``."""
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        lines = [json.dumps({"text": f"record {i} of file {name}, long enough to keep"}) for i in range(20)]
        (tmp_path / f"in/{name}.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "c.yaml").write_text("sources:\n  - {name: s, type: jsonl, paths: [in/*.jsonl]}\n")
    result = corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    return tmp_path


def append_ten(folder: Path) -> None:
    with (folder / "in/a.jsonl").open("a") as handle:
        handle.writelines(json.dumps({"text": f"appended record {i}, long enough to keep"}) + "\n" for i in range(10))


def add_file(folder: Path) -> None:
    (folder / "in/c.jsonl").write_text('{"text": "a new file"}\n')


def remove_file(folder: Path) -> None:
    (folder / "in/b.jsonl").unlink()


def touch(folder: Path) -> None:
    os.utime(folder / "in/b.jsonl", ns=(time.time_ns(), time.time_ns() + 10**9))


@pytest.mark.parametrize(
    ("change", "said", "records"),
    [
        (append_ten, "in/a.jsonl changed (", 50),
        (add_file, "in/c.jsonl is new", 41),
        (remove_file, "in/b.jsonl is gone", 20),
        (touch, "in/b.jsonl changed (modified)", 40),
    ],
)
def test_a_rerun_after_the_inputs_changed_says_what_changed(
    small: Path, change: Callable[[Path], None], said: str, records: int
) -> None:
    out = small / "out"
    before = files(out)
    del before["logs/run.lock"]  # names the last process that held the folder
    change(small)
    result = corpusmill("run", small / "c.yaml", "--out", out)
    assert result.returncode == 2 and len(messages(result.stderr)) == 1, result.stderr
    assert "the input files changed since this run started" in result.stderr and said in result.stderr
    assert "--fresh" in result.stderr
    assert {k: v for k, v in files(out).items() if k != "logs/run.lock"} == before  # the run is left as it was
    result = corpusmill("run", small / "c.yaml", "--out", out, "--fresh")
    assert result.returncode == 0, result.stderr
    assert json.loads((out / "stats.json").read_text())["input_records"] == records


def test_an_unchanged_rerun_and_a_stale_lock_go_through(small: Path) -> None:
    out = small / "out"
    dead = subprocess.Popen(["true"])
    dead.wait()
    (out / "logs/run.lock").write_text(f"{dead.pid}\n")  # left by a process that is gone
    result = corpusmill("run", small / "c.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    assert json.loads((out / "stats.json").read_text())["input_records"] == 40
