"""What the runner does once in the parent so that forked task workers need not."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

CHILD = """
import os, sys
from corpusmill.pipeline.runner import share_first_arrow_conversion
{prepare}
read, write = os.pipe()
if os.fork() == 0:  # a task worker: what does its first conversion import?
    before = set(sys.modules)
    import pyarrow as pa
    pa.array(["text"], pa.string())
    os.write(write, ",".join(sorted(set(sys.modules) - before)).encode())
    os._exit(0)
os.close(write)
os.wait()
print(os.read(read, 1 << 16).decode())
"""


def imported_by_worker(prepare: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(prepare=prepare)], capture_output=True, text=True, check=True
    ).stdout.strip()
    return set(out.split(",")) - {""}


def test_forked_workers_inherit_what_arrow_imports_on_first_use() -> None:
    assert "pandas" in imported_by_worker(""), "pyarrow no longer imports pandas: the warm-up can go"
    assert imported_by_worker("share_first_arrow_conversion()") == set()


class Count:
    """A pipeline step that leaves a file per task it ran (the executor deep-copies its steps)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, data, rank: int = 0, world_size: int = 1):
        (self.folder / f"{rank}-of-{world_size}").touch()
        yield from ()


def run_executor(cls, logs: Path, workers: int = 1) -> list[str]:
    """Run three tasks with ``cls`` into ``logs``: the tasks that ran this time."""
    ran = logs.parent / f"{logs.name}-ran"
    shutil.rmtree(ran, ignore_errors=True)
    ran.mkdir()
    cls([Count(ran)], tasks=3, workers=workers, logging_dir=str(logs), start_method="fork").run()
    return sorted(path.name for path in ran.iterdir())


def test_one_worker_runs_every_task_in_process_without_a_manager(tmp_path: Path, monkeypatch) -> None:
    import multiprocess
    from datatrove.executor.local import LocalPipelineExecutor

    from corpusmill.pipeline.local_executor import LocalExecutor

    expected = run_executor(LocalPipelineExecutor, tmp_path / "datatrove")

    def no_manager():
        raise AssertionError("a one-worker run started a Manager process")

    monkeypatch.setattr(multiprocess, "Manager", no_manager)
    assert run_executor(LocalExecutor, tmp_path / "ours") == expected == ["0-of-3", "1-of-3", "2-of-3"]
    for name in ("stats.json", "executor.json", *(f"completions/{rank:05d}" for rank in range(3))):
        assert (tmp_path / "ours" / name).exists(), name
    stats = json.loads((tmp_path / "ours" / "stats.json").read_text())
    assert stats == json.loads((tmp_path / "datatrove" / "stats.json").read_text())

    assert run_executor(LocalExecutor, tmp_path / "ours") == []  # resumed: completed tasks are skipped
    (tmp_path / "ours" / "completions" / "00001").unlink()
    assert run_executor(LocalExecutor, tmp_path / "ours") == ["1-of-3"]


def test_a_helper_of_the_quality_package_does_not_load_the_quality_stage() -> None:
    """``length`` imports ``quality.cjk``; the package's names (``Quality``...) load on first use."""
    code = (
        "import sys, corpusmill.filters.length; before = 'corpusmill.filters.quality.stage' in sys.modules; "
        "from corpusmill.filters.quality import Quality, RuleResult; "
        "print(before, Quality.__module__, RuleResult.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "corpusmill.filters.quality.stage", "corpusmill.filters.quality.rules"]


HEAVY = (
    "pandas",  # pyarrow's pandas integration (corpusmill never hands pyarrow a pandas object)
    "huggingface_hub.hf_api",  # datatrove.io's Hub client (only hf:// paths need it)
    "httpx",
    "ray",
    "torch",
    "transformers",
    "datasets",
    "scrapy",
    "spacy",
    "fasttext",
    "trafilatura",
    "s3fs",
    "tokenizers",
    "sentencepiece",
    "mistral_common",  # only its tekken file is read
)
"""What a run of a local JSONL file through ``length`` and ``exact_dedup`` does not need."""

RUN_AND_LIST_MODULES = """
import sys
import corpusmill.cli as cli
sys.argv = ["corpusmill", "run", sys.argv[1], "--out", sys.argv[2]]
try:
    cli.app()
except SystemExit as done:
    assert not done.code, done.code
print(" ".join(sorted(sys.modules)))
"""


def modules_of_a_run(tmp_path: Path, stages: str, env: dict[str, str] | None = None) -> set[str]:
    """``corpusmill run`` of one JSONL record through ``stages`` (YAML lines): the modules loaded."""
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps({"id": "a", "text": "The quick brown fox jumps over the lazy dog."}) + "\n")
    config = tmp_path / "one.yaml"
    config.write_text(f"sources:\n  - {{name: one, type: jsonl, paths: [{data}]}}\nstages:\n{stages}")
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_MODULES, str(config), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_a_simple_run_imports_nothing_heavy(tmp_path: Path) -> None:
    modules = modules_of_a_run(tmp_path, "  - length: {min_chars: 20}\n  - exact_dedup: {}\n")
    data = tmp_path / "one.jsonl"
    assert {"polars", "pyarrow", "tiktoken", "datatrove.io"} <= modules  # it did run
    assert sorted(name for name in HEAVY if name in modules) == []
    from mistral_common.tokens.tokenizers.tekken import Tekkenizer

    from corpusmill.text.tokenizer import _mistral_data

    reference = Tekkenizer.from_file(str(_mistral_data("tekken_240911.json")))
    tokens = len(reference.encode(json.loads(data.read_text())["text"], bos=False, eos=False))
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["total_tokens"] == tokens


USER_STAGE = """
import corpusmill


class Keep(corpusmill.Stage):
    name = "keep"

    def process(self, doc):
        return None
"""


def test_a_run_with_a_users_stage_leaves_pyarrows_pandas_handling_alone(tmp_path: Path) -> None:
    """A user's stage may hand pyarrow pandas objects: the run does not hide pandas from pyarrow."""
    (tmp_path / "user_stages.py").write_text(USER_STAGE)
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    modules = modules_of_a_run(tmp_path, '  - "user_stages:Keep": {}\n', env)
    assert {"user_stages", "pandas"} <= modules
