"""Nothing outside the run folder is touched, and bad configs fail before any work (issue 13).

Every case goes through the real command and checks: the exit status, exactly one line per
problem on the terminal (no traceback), and that the user's files are unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.helpers import corpusmill

pytestmark = pytest.mark.slow


def lines(result) -> list[str]:
    return result.stderr.strip().splitlines()


@pytest.fixture
def setup(tmp_path: Path) -> Path:
    """``inputs/a.jsonl`` and a config reading it."""
    (tmp_path / "inputs").mkdir()
    (tmp_path / "inputs/a.jsonl").write_text('{"text": "hello world"}\n')
    write(tmp_path, {"sources": [{"name": "a", "type": "jsonl", "paths": ["inputs/a.jsonl"]}]})
    return tmp_path


def write(tmp: Path, config: dict | str) -> Path:
    path = tmp / "c.yaml"
    path.write_text(config if isinstance(config, str) else yaml.safe_dump(config))
    return path


def test_fresh_refuses_a_user_folder_and_a_file(setup: Path) -> None:
    mine = setup / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("years of work")
    result = corpusmill("run", setup / "c.yaml", "--out", mine, "--fresh")
    assert result.returncode == 2 and len(lines(result)) == 1, result.stderr
    assert "not a corpusmill run folder" in result.stderr and "--fresh" not in result.stderr
    assert (mine / "thesis.txt").read_text() == "years of work" and sorted(mine.iterdir()) == [mine / "thesis.txt"]

    result = corpusmill("run", setup / "c.yaml", "--out", mine)  # without --fresh: no run among their files
    assert result.returncode == 2 and len(lines(result)) == 1 and "empty or new folder" in result.stderr
    assert sorted(mine.iterdir()) == [mine / "thesis.txt"]

    result = corpusmill("run", setup / "c.yaml", "--out", mine / "thesis.txt", "--fresh")
    assert result.returncode == 2 and len(lines(result)) == 1 and "is a file" in result.stderr
    assert (mine / "thesis.txt").read_text() == "years of work"


@pytest.mark.parametrize("marker", ['{"fingerprint": "x", "config": {}}', "not json", '{"format": "other-tool"}'])
def test_another_tools_run_json_does_not_make_a_run_folder(setup: Path, marker: str) -> None:
    """A folder with ``logs/run.json`` written by someone else is a user's folder: nothing deleted."""
    mine = setup / "project"
    (mine / "src").mkdir(parents=True)
    (mine / "logs").mkdir()
    (mine / "src/main.py").write_text("print('mine')")
    (mine / "notes.txt").write_text("notes")
    (mine / "logs/run.json").write_text(marker)
    before = {p: p.read_bytes() for p in mine.rglob("*") if p.is_file()}
    for fresh in (["--fresh"], []):
        result = corpusmill("run", setup / "c.yaml", "--out", mine, *fresh)
        assert result.returncode == 2 and len(lines(result)) == 1, result.stderr
        assert "not a corpusmill run folder" in result.stderr and "--fresh" not in result.stderr
        assert {p: p.read_bytes() for p in mine.rglob("*") if p.is_file()} == before


def test_fresh_replaces_what_a_run_wrote_and_nothing_else(setup: Path) -> None:
    out = setup / "out"
    assert corpusmill("run", setup / "c.yaml", "--out", out).returncode == 0
    marker = json.loads((out / "logs/run.json").read_text())
    assert marker["format"] == "corpusmill-run" and marker["version"] == 1 and marker["fingerprint"]
    (out / "data" / "stale.parquet").write_text("from the last run")
    (out / "notes.txt").write_text("a user's note beside the run")
    assert corpusmill("run", setup / "c.yaml", "--out", out, "--fresh").returncode == 0
    assert not (out / "data" / "stale.parquet").exists() and (out / "stats.json").exists()
    assert (out / "notes.txt").read_text() == "a user's note beside the run"


@pytest.mark.parametrize("fresh", [[], ["--fresh"]])
@pytest.mark.parametrize("where", ["inputs", ".", "inputs/a.jsonl"])
def test_an_output_folder_holding_the_input_is_refused(setup: Path, where: str, fresh: list[str]) -> None:
    before = {p: p.read_bytes() for p in setup.rglob("*") if p.is_file()}
    result = corpusmill("run", setup / "c.yaml", "--out", setup / where, *fresh)
    assert result.returncode == 2 and len(lines(result)) == 1, result.stderr
    assert "sources[0].paths[0]" in result.stderr
    assert {p: p.read_bytes() for p in setup.rglob("*") if p.is_file()} == before


def test_output_dir_in_the_config_resolves_against_the_config_file(setup: Path, tmp_path: Path) -> None:
    config = yaml.safe_load((setup / "c.yaml").read_text())
    config["output"] = {"dir": "inputs"}  # the input folder, relative to the config file
    write(setup, config)
    result = corpusmill("run", setup / "c.yaml", "--fresh")
    assert result.returncode == 2 and "is or contains this input" in result.stderr
    assert (setup / "inputs/a.jsonl").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "sources:\n  - name: a\n    type: jsonl\n    type: csv\n    paths: [inputs/a.jsonl]\n",
            "c.yaml:4:5: invalid YAML: duplicate key 'type'",
        ),
        (
            "sources:\n  - name: a\n    type: jsonl\n    paths: [inputs/a.jsonl]\n    text_feild: body\n",
            "c.yaml: sources[0].text_feild: unknown key",
        ),
        ("sources:\n  - name: ..\n    type: jsonl\n    paths: [inputs/a.jsonl]\n", "c.yaml: sources[0].name: '..'"),
        ("sources:\n  - name: a/b\n    type: jsonl\n    paths: [inputs/a.jsonl]\n", "c.yaml: sources[0].name: 'a/b'"),
        (
            "sources:\n  - name: a\n    type: jsonl\n    paths: [inputs/a.jsonl]\nstages: [sft_decontaminate]\n",
            "c.yaml: stages[0].sft_decontaminate: needs column 'messages'",
        ),
    ],
)
def test_config_mistakes_are_one_line_errors(setup: Path, text: str, expected: str) -> None:
    result = corpusmill("run", write(setup, text), "--out", setup / "out")
    assert result.returncode == 2 and len(lines(result)) == 1 and expected in result.stderr, result.stderr
    assert not (setup / "out").exists()


def test_every_config_error_is_reported_at_once(setup: Path) -> None:
    config = {
        "sources": [{"name": "a", "type": "jsonl", "paths": ["inputs/a.jsonl"], "colour": "red"}],
        "stages": [{"length": {"min_chars": -1}}, {"lenght": {}}],
        "output": {"dir": "x"},
    }
    result = corpusmill("run", write(setup, config), "--out", setup / "out")
    assert result.returncode == 2, result.stderr
    assert sorted(line.split("c.yaml: ")[1].split(":")[0] for line in lines(result)) == [
        "sources[0].colour",
        "stages[0].length.min_chars",
        "stages[1].lenght",
    ]


def test_an_unwritable_output_is_one_line(setup: Path) -> None:
    (setup / "file").write_text("not a folder")
    result = corpusmill("run", setup / "c.yaml", "--out", setup / "file/out")
    assert result.returncode == 1 and len(lines(result)) == 1, result.stderr
    assert "run failed writing under" in result.stderr and "Traceback" not in result.stderr


def test_languages_and_files_are_checked_before_any_work(setup: Path) -> None:
    config = yaml.safe_load((setup / "c.yaml").read_text())
    config["stages"] = [
        {"language": {"languages": ["english"]}},  # lid.176 says `en`: this would reject everything
        {"quality_classifier": {"model_path": "models/missing.bin"}},
        {"sft_decontaminate": {"benchmarks": ["eval.jsonl"]}},
    ]
    result = corpusmill("run", write(setup, config), "--out", setup / "out")
    assert result.returncode == 2, result.stderr
    found = lines(result)
    assert any("stages[0].language.languages: 'english' is not a language of lid.176.ftz" in line for line in found)
    assert any(
        f"stages[1].quality_classifier.model_path: no such file: {setup}/models/missing.bin" in line for line in found
    )
    assert any(f"stages[2].sft_decontaminate.benchmarks[0]: no such file: {setup}/eval.jsonl" in line for line in found)
    assert not (setup / "out").exists()
