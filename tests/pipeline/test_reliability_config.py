"""Configs that would hang or overload the machine are refused in one line (issue 28, items 11, 22).

A YAML alias bomb stands for billions of values in a few lines; values of the wrong type are not
converted (``tasks: true`` is not 1); a local run never starts more tasks than it has input units
or more worker processes than the machine has cores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from corpusmill.yamlconfig import MAX_VALUES, ConfigError, load_yaml
from tests.helpers import corpusmill, messages

pytestmark = pytest.mark.slow

SOURCE = "  - {name: a, type: jsonl, paths: [a.jsonl]}\n"


def bomb(levels: int) -> str:
    """``levels`` nested lists of nine aliases to the level below: 9**levels strings in a few lines."""
    lines = ["  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"  - &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join(lines)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.jsonl").write_text('{"text": "hello world"}\n{"text": "goodbye world"}\n')
    (tmp_path / "b.jsonl").write_text('{"text": "another file"}\n')
    return tmp_path


def run(folder: Path, text: str, timeout: int = 120):
    (folder / "c.yaml").write_text(text)
    return corpusmill("run", folder / "c.yaml", "--out", folder / "out", timeout=timeout)


@pytest.mark.parametrize(
    "where",
    [
        # the bomb is a source list, a stage list, and a value deep inside a source
        "sources: &bomb\n{bomb}\n",
        "sources:\n" + SOURCE + "stages: &bomb\n{bomb}\n",
        "sources:\n  - name: a\n    type: jsonl\n    paths: [a.jsonl]\n    fields: &bomb\n{bomb}\n",
    ],
)
def test_an_alias_bomb_is_one_line_at_once(folder: Path, where: str) -> None:
    result = run(folder, where.replace("{bomb}", bomb(9)), timeout=60)  # 9**9 values: hours and GBs unbounded
    assert result.returncode == 2 and len(messages(result.stderr)) == 1, result.stderr[-2000:]
    assert f"aliases expand to more than {MAX_VALUES:,} values" in result.stderr
    assert not (folder / "out").exists()


def test_an_alias_to_itself_is_refused(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text("sources: &s [*s]\n")
    with pytest.raises(ConfigError, match="refer to themselves"):
        load_yaml(tmp_path / "c.yaml")


def test_ordinary_aliases_still_work(folder: Path) -> None:
    text = (
        "sources:\n  - {name: a, type: jsonl, paths: &p [a.jsonl]}\n  - {name: b, type: jsonl, paths: *p}\n"
        "stages: [{length: &len {min_chars: 1}}, {length: *len}]\n"
    )
    result = run(folder, text)
    assert result.returncode == 0, result.stderr
    assert json.loads((folder / "out/stats.json").read_text())["input_records"] == 4


def test_a_long_list_of_bad_entries_is_cut_short(folder: Path) -> None:
    """Thousands of problems (a bomb just under the bound) end with a count, not thousands of lines."""
    text = "sources:\n" + SOURCE + "stages: " + json.dumps([[1, 2]] * 5000) + "\n"
    result = run(folder, text)
    found = messages(result.stderr)
    assert result.returncode == 2 and len(found) == 51, result.stderr[-2000:]
    assert found[-1].endswith("... and 4,950 more problems")


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("true", "executor.tasks"),
        ("'4'", "executor.tasks"),
        ("2.0", "executor.tasks"),
    ],
)
def test_values_of_the_wrong_type_are_not_converted(folder: Path, value: str, key: str) -> None:
    result = run(folder, "sources:\n" + SOURCE + f"executor: {{tasks: {value}}}\n")
    assert result.returncode == 2 and len(messages(result.stderr)) == 1, result.stderr
    assert f"c.yaml: {key}: input should be a valid integer" in result.stderr
    assert not (folder / "out").exists()


def test_a_boolean_is_not_a_number_anywhere(folder: Path) -> None:
    text = "sources:\n" + SOURCE + "output: {shard_tokens: true, keep_work: 1}\n"
    result = run(folder, text)
    assert result.returncode == 2, result.stderr
    assert sorted(line.split("c.yaml: ")[1].split(":")[0] for line in messages(result.stderr)) == [
        "output.keep_work",
        "output.shard_tokens",
    ]


def test_tasks_and_workers_are_bounded_by_inputs_and_cores(folder: Path) -> None:
    """100,000 tasks and workers over two files: two tasks, at most one process per core."""
    text = "sources:\n  - {name: a, type: jsonl, paths: [a.jsonl, b.jsonl]}\n"
    text += "executor: {tasks: 100000, workers: 100000}\n"
    result = run(folder, text, timeout=300)
    assert result.returncode == 0, result.stderr
    out = folder / "out"
    assert len(list((out / "logs/segment0/completions").iterdir())) == 2
    executor = json.loads((out / "logs/segment0/executor.json").read_text())
    assert executor["tasks"] == 2 and executor["workers"] <= len(os.sched_getaffinity(0))
    assert json.loads((out / "stats.json").read_text())["input_records"] == 3
    assert yaml.safe_load((folder / "c.yaml").read_text())["executor"]["tasks"] == 100000


def test_a_huge_value_is_quoted_briefly(folder: Path) -> None:
    """A message quotes at most the first 60 characters of what the user wrote."""
    huge = "9" * 500_000 + "X"
    result = run(folder, "sources:\n" + SOURCE + f"budget: {{model_params: '{huge}'}}\n")
    found = messages(result.stderr)
    assert result.returncode == 2 and len(found) == 1, result.stderr[-2000:]
    assert "budget.model_params: not a number: '999" in found[0] and len(found[0]) < 300
