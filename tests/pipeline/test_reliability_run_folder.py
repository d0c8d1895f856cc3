"""A run folder changed or damaged after the run, and exports that fail half-way (issue 28, items
17 and 18): ``verify``, ``export`` and ``report`` say what is wrong in one line (exit 1), never
with a traceback, and a truncated or unfinished export never passes ``verify``."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import CLI, corpusmill, demo_config, messages

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def finished(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished run of the demo's inputs with a short chain (reading and extraction)."""
    tmp = tmp_path_factory.mktemp("finished")

    def short_chain(config: dict) -> None:
        config["stages"] = [{"extract": {}}, {"length": {"min_chars": 200}}]

    result = corpusmill("run", demo_config(repo, tmp, "c", edit=short_chain), "--out", tmp / "out")
    assert result.returncode == 0, result.stderr
    return tmp / "out"


@pytest.fixture
def run(finished: Path, tmp_path: Path) -> Path:
    """A copy of the finished run to damage."""
    return Path(shutil.copytree(finished, tmp_path / "run"))


def one_line(result: subprocess.CompletedProcess, code: int, *said: str) -> None:
    assert result.returncode == code, result.stderr
    found = messages(result.stderr)
    assert len(found) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(text in found[0] for text in said), found


def edit_manifest(run: Path, edit) -> None:
    manifest = json.loads((run / "manifest.json").read_text())
    edit(manifest)
    (run / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (lambda m: m.clear(), "manifest.json: tokenizer: required key is missing"),
        (lambda m: m["shards"][0].pop("sha256"), "manifest.json: shards[0].sha256: required key is missing"),
        (lambda m: m["shards"][0].update(records="12"), "manifest.json: shards[0].records: input should be"),
        (lambda m: m["shards"][0].update(path="../../etc/passwd"), "shards[0].path: must be a path inside"),
        (lambda m: m.update(shards={}), "manifest.json: shards: input should be a valid list"),
    ],
)
def test_verify_and_export_of_a_tampered_manifest(run: Path, edit, said: str) -> None:
    edit_manifest(run, edit)
    before = (run / "manifest.json").read_bytes()
    one_line(corpusmill("verify", run), 1, said)
    one_line(corpusmill("export", run, "--format", "jsonl"), 1, said)
    assert not (run / "export").exists() and (run / "manifest.json").read_bytes() == before


@pytest.mark.parametrize("text", ["", "not json", "[]", "{}", '{"input_records": "many", "stages": []}', "\xff\xfe"])
def test_verify_and_report_of_broken_json(run: Path, text: str) -> None:
    (run / "stats.json").write_bytes(text.encode("latin-1"))
    one_line(corpusmill("report", run), 1, "stats.json")
    (run / "manifest.json").write_bytes(text.encode("latin-1"))
    one_line(corpusmill("verify", run), 1, "manifest.json")


def test_export_after_a_shard_was_deleted(run: Path) -> None:
    shard = next((run / "data").rglob("*.parquet"))
    shard.unlink()
    one_line(corpusmill("export", run, "--format", "jsonl"), 1, str(shard), "missing")
    assert not (run / "export").exists()


def test_export_over_a_file_leaves_it_alone(run: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.jsonl"
    mine.write_text("my own data\n")
    one_line(corpusmill("export", run, "--format", "jsonl", "--to", mine), 2, "not an empty folder")
    assert mine.read_text() == "my own data\n"


def full_disk(limit: int):
    """Run the command as on a disk with ``limit`` bytes free per file: writing past it fails with
    an OSError (EFBIG, the same path as ENOSPC), not a signal."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize("fmt", ["jsonl", "megatron"])
def test_export_onto_a_full_disk(run: Path, fmt: str) -> None:
    before = (run / "manifest.json").read_bytes()
    result = subprocess.run(
        [CLI, "export", str(run), "--format", fmt],
        capture_output=True,
        text=True,
        preexec_fn=full_disk(50_000),
        timeout=600,
    )
    one_line(result, 1, f"export to {run / 'export' / fmt} failed: File too large")
    assert [p for p in (run / "export").rglob("*") if p.is_file()] == []  # no half file under any name
    assert (run / "manifest.json").read_bytes() == before
    assert corpusmill("verify", run).returncode == 0


def test_a_truncated_export_fails_verify(run: Path) -> None:
    assert corpusmill("export", run, "--format", "jsonl").returncode == 0
    assert corpusmill("verify", run).returncode == 0
    exported = next((run / "export/jsonl").glob("*.jsonl"))
    size = exported.stat().st_size
    os.truncate(exported, size // 2)
    result = corpusmill("verify", run)
    assert result.returncode == 1, result.stdout
    assert f"{exported.name}: {size // 2} bytes, manifest says {size}" in result.stdout


def test_a_killed_export_publishes_nothing_and_fails_verify(run: Path) -> None:
    proc = subprocess.Popen(
        [CLI, "export", str(run), "--format", "megatron"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    staged: list[Path] = []
    while not staged and proc.poll() is None and time.monotonic() < deadline:
        staged = [p for p in (run / "export").rglob(".export-*/*.bin") if p.stat().st_size > 0]
        time.sleep(0.005)
    assert staged and proc.poll() is None, "the export ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert list((run / "export/megatron").glob("*.bin")) == []  # nothing under a final name
    result = corpusmill("verify", run)
    assert result.returncode == 1 and "left by an export that did not finish" in result.stdout, result.stdout
    assert corpusmill("export", run, "--format", "megatron").returncode == 0  # exporting again repairs it
    shutil.rmtree(staged[0].parent)
    assert corpusmill("verify", run).returncode == 0


@pytest.mark.parametrize("where", ["data", "rejects"])
def test_a_damaged_parquet_file_is_one_line(run: Path, where: str) -> None:
    damaged = sorted((run / where).rglob("*.parquet"))[0]
    os.truncate(damaged, damaged.stat().st_size // 2)
    one_line(corpusmill("report", run), 1, str(damaged), "not the Parquet the run wrote")
    if where == "data":
        for fmt in ("jsonl", "chatml", "megatron"):
            one_line(corpusmill("export", run, "--format", fmt), 1, str(damaged), "not the Parquet the run wrote")
        assert not (run / "export").exists()
        result = corpusmill("verify", run)
        assert result.returncode == 1 and "unreadable Parquet" in result.stdout, result.stdout


def test_verify_recount_without_the_runs_tokenizer(run: Path) -> None:
    edit_manifest(run, lambda m: m["tokenizer"].update(spec=str(run / "gone.json")))
    one_line(corpusmill("verify", run, "--recount"), 1, "--recount: the run's tokenizer cannot be loaded")
