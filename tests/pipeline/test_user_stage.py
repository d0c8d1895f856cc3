"""A user's own stage: named ``module:Class`` in a config, run with the same accounting, rejects,
stats and report as a built-in; and a corpusmill stage inside a plain datatrove pipeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from datatrove.data import Document
from datatrove.executor.local import LocalPipelineExecutor

from tests.helpers import CLI, rows

pytestmark = pytest.mark.slow

RULES = """
import corpusmill


class NoDigits(corpusmill.Stage):
    name = "no_digits"

    class Params(corpusmill.StageParams):
        threshold: int = 3

    def process(self, doc):
        digits = sum(c.isdigit() for c in doc.text)
        if digits > self.params.threshold:
            return corpusmill.Reject("no_digits:too_many", f"{digits} digits > {self.params.threshold}")
        return None


class NotAStage:
    pass
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "myrules.py").write_text(RULES)
    texts = ["no digits here", "phone 555 1234", "year 2024 is 4 digits", "one 1"]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts))
    return tmp_path


def run_with(project: Path, stage: dict | str) -> subprocess.CompletedProcess:
    config = {"sources": [{"name": "a", "type": "jsonl", "paths": ["a.jsonl"]}], "stages": [stage]}
    (project / "c.yaml").write_text(yaml.safe_dump(config))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project), os.environ.get("PYTHONPATH", "")])}
    command = [CLI, "run", str(project / "c.yaml"), "--out", str(project / "out")]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def test_a_user_stage_from_yaml_runs_like_a_built_in(project: Path) -> None:
    result = run_with(project, {"myrules:NoDigits": {"threshold": 3}})
    assert result.returncode == 0, result.stderr
    stats = json.loads((project / "out/stats.json").read_text())
    stage = stats["stages"][1]
    assert (stage["id"], stage["in"], stage["kept"]) == ("01_no_digits", 4, 2)
    assert stage["rejected"] == {"no_digits:too_many": 2}
    rejects = rows(project / "out/rejects")
    assert sorted(rejects["detail"]) == ["5 digits > 3", "7 digits > 3"]
    assert set(rejects["stage"]) == {"no_digits"}
    assert sorted(rows(project / "out/data")["text"]) == ["no digits here", "one 1"]
    assert (project / "out/report.html").exists()


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ({"myrules:Missing": {}}, "stages[0].myrules:Missing: myrules.Missing is not a corpusmill.Stage"),
        ({"myrules:NotAStage": {}}, "myrules.NotAStage is not a corpusmill.Stage"),
        ({"nosuchmodule:Stage": {}}, "cannot import module 'nosuchmodule'"),
        ({"myrules:NoDigits": {"treshold": 3}}, "stages[0].myrules:NoDigits.treshold: unknown key"),
    ],
)
def test_a_bad_user_stage_is_exit_2(project: Path, stage: dict, expected: str) -> None:
    result = run_with(project, stage)
    assert result.returncode == 2 and expected in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_stage_in_a_plain_datatrove_pipeline_writes_its_rejects(tmp_path: Path) -> None:
    sys.path.insert(0, str(tmp_path))
    (tmp_path / "plainrules.py").write_text(RULES)
    try:
        from plainrules import NoDigits  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp_path))
    from corpusmill import RejectsWriter

    stage = NoDigits(NoDigits.Params(threshold=0))
    stage.bind("01_no_digits", RejectsWriter(str(tmp_path / "rejects"), keep_text=True))
    docs = [Document(text=t, id=str(i), metadata={}) for i, t in enumerate(["abc", "a1", "b22"])]
    kept: list[str] = []
    executor = LocalPipelineExecutor(
        [docs, stage, lambda data, rank, world_size: kept.extend(d.id for d in data) or []],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    assert kept == ["0"]
    rejects = rows(tmp_path / "rejects")
    assert list(rejects["id"]) == ["1", "2"] and set(rejects["reason"]) == {"no_digits:too_many"}


def test_the_python_api(tmp_path: Path) -> None:
    import corpusmill

    (tmp_path / "a.jsonl").write_text('{"text": "short"}\n{"text": "long enough to keep"}\n')
    config = {
        "sources": [{"name": "a", "type": "jsonl", "paths": [str(tmp_path / "a.jsonl")]}],
        "stages": [{"length": {"min_chars": 10}}],
    }
    stats = corpusmill.run(config, out=tmp_path / "run")
    assert (stats["input_records"], stats["output_records"], stats["accounting"]["problems"]) == (2, 1, [])

    records = [
        {
            "instruction": "Name the capital of France and explain briefly why it matters.",
            "input": "",
            "output": "Paris.",
        },
        {"instruction": "x", "answer": "not alpaca"},
    ]
    (tmp_path / "sft.json").write_text(json.dumps(records))
    stats = corpusmill.sft_clean([tmp_path / "sft.json"], tmp_path / "sft", export_format="alpaca")
    assert stats["input_records"] == 2 and stats["sources"][0]["not_records"] == 1
    assert stats["exported"] == ["export/sft.json"]
    with pytest.raises(corpusmill.ConfigError) as err:
        corpusmill.run({**config, "stages": [{"length": {"min_chars": -1}}, "nope"]}, out=tmp_path / "bad")
    assert len(err.value.lines) == 2
