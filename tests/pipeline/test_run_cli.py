"""End to end through the real ``corpusmill`` command: demo, bad input, bad config, kill and resume."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from tests.helpers import corpusmill, demo_config, kill_mid_run, rows

pytestmark = pytest.mark.slow


def without_timing(stats: dict) -> dict:
    return {k: v for k, v in stats.items() if k != "task_seconds"}


def test_demo_balances_and_is_readable(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = corpusmill("run", repo / "configs/demo.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "exact_dedup" in result.stdout and "Traceback" not in result.stderr
    stats = json.loads((out / "stats.json").read_text())
    data, rejects = rows(out / "data"), rows(out / "rejects")
    assert stats["input_records"] == data.height + rejects.height == stats["output_records"] + stats["rejected_records"]
    for stage in stats["stages"]:
        assert stage["in"] == stage["kept"] + sum(stage["rejected"].values())
    assert {"id", "text", "source", "url"} <= set(data.columns)
    assert {"id", "source", "stage", "reason", "detail", "text"} <= set(rejects.columns)
    assert {"c4", "dolma", "zh"} <= set(data["source"]) <= {"c4", "dolma", "zh", "commoncrawl"}
    # the Common Crawl excerpt is mostly spam: its gambling and adult pages never survive
    kept_pages = data.filter(pl.col("source") == "commoncrawl")["url"].to_list()
    assert not [url for url in kept_pages if "044545.com" in url or "0513mt.com" in url]
    assert data["id"].n_unique() == data.height
    assert "read:corrupt_warc" in set(rejects["reason"]) and "exact_duplicate" in set(rejects["reason"])
    assert set(data["language"]) == {"en", "zh"}  # the demo keeps English and Chinese only
    assert set(data.filter(pl.col("language") == "zh")["script"]) <= {"Hans", "Hant"}
    assert data.filter(pl.col("language") == "en")["script"].is_null().all()
    language_rejects = rejects.filter(pl.col("stage") == "language")
    assert language_rejects.height > 10 and language_rejects["reason"].str.starts_with("language:").all()
    report = json.loads((out / "report.json").read_text())
    assert report["totals"]["input_records"] == stats["input_records"]
    assert (out / "report.html").read_text().count("<svg") >= 3 and (out / "report.md").exists()
    datasets = pytest.importorskip("datasets")
    loaded = datasets.load_dataset("parquet", data_files=str(out / "data/*.parquet"), split="train")
    assert loaded.num_rows == data.height


def test_malformed_jsonl_lines_are_rejected_at_read(tmp_path: Path, test_data: Path) -> None:
    lines = (test_data / "web/text/llamafactory_c4_demo.jsonl").read_text(encoding="utf-8").splitlines()[:100]
    lines[5], lines[42], lines[77] = lines[5][:30], "{not json", '{"text": 42}'
    (tmp_path / "c4.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"sources": [{"name": "c4", "type": "jsonl", "paths": ["c4.jsonl"]}]}))
    result = corpusmill("run", config, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    rejects = rows(tmp_path / "out/rejects")
    assert rejects.height == 3 and set(rejects["stage"]) == {"read"}
    assert sorted(rejects["reason"]) == ["read:bad_json", "read:bad_json", "read:bad_text_type"]
    assert sorted(d.split(": ")[0].rsplit(":", 1)[1] for d in rejects["detail"]) == ["43", "6", "78"]
    assert rows(tmp_path / "out/data").height == 97


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"output": {"dir": "x", "colour": "red"}}, "c.yaml: output.colour: unknown key"),
        ({"stages": [{"length": {"min_chars": -3}}]}, "c.yaml: stages[0].length.min_chars: must be >= 0"),
        ({"stages": [{"lenght": {}}]}, "c.yaml: stages[0].lenght: unknown stage"),
        ({"executor": {"tasks": "many"}}, "c.yaml: executor.tasks: "),
    ],
)
def test_bad_config_exits_2_with_one_line(tmp_path: Path, change: dict, expected: str) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "hello"}\n')
    config = {"sources": [{"name": "a", "type": "jsonl", "paths": ["a.jsonl"]}], **change}
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    result = corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert not (tmp_path / "out").exists()


def test_kill_and_resume_equals_clean_run(repo: Path, tmp_path: Path) -> None:
    config = demo_config(repo, tmp_path, "kill", executor={"tasks": 4, "workers": 1})
    clean = tmp_path / "clean"
    assert corpusmill("run", config, "--out", clean).returncode == 0

    resumed = tmp_path / "resumed"
    kill_mid_run(config, resumed)
    assert len(list((resumed / "logs/segment0/completions").iterdir())) < 4, "the run ended before the kill"
    assert not (resumed / "stats.json").exists()

    result = corpusmill("run", config, "--out", resumed)
    assert result.returncode == 0, result.stderr
    assert rows(resumed / "data").equals(rows(clean / "data"))
    assert rows(resumed / "rejects").equals(rows(clean / "rejects"))
    stats = [json.loads((out / "stats.json").read_text()) for out in (clean, resumed)]
    assert without_timing(stats[0]) == without_timing(stats[1])
    assert not list(resumed.rglob("*.tmp"))
    assert not (resumed / "work").exists() and not (clean / "work").exists()  # removed once balanced


def test_same_output_whatever_the_task_count(repo: Path, tmp_path: Path) -> None:
    outs = []
    for tasks in (1, 3):
        out = tmp_path / f"t{tasks}"
        config = demo_config(repo, tmp_path, f"t{tasks}", executor={"tasks": tasks, "workers": 2})
        assert corpusmill("run", config, "--out", out).returncode == 0
        outs.append(out)
    assert rows(outs[0] / "data").equals(rows(outs[1] / "data"))
    assert rows(outs[0] / "rejects").equals(rows(outs[1] / "rejects"))


def test_resuming_with_another_config_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "hello world"}\n')
    config = {"sources": [{"name": "a", "type": "jsonl", "paths": ["a.jsonl"]}]}
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    assert corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out").returncode == 0
    config["stages"] = [{"length": {"min_chars": 100}}]
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    result = corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out")
    assert result.returncode == 2 and "--fresh" in result.stderr
    assert corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out", "--fresh").returncode == 0
    assert json.loads((tmp_path / "out/stats.json").read_text())["rejected_records"] == 1


def test_version_and_help() -> None:
    assert corpusmill("--version").stdout.startswith("corpusmill ")
    helptext = corpusmill("run", "--help").stdout
    assert "--limit" in helptext and "resumes" in helptext


@pytest.mark.parametrize("keep", [False, True])
def test_work_is_removed_after_a_run_unless_kept(tmp_path: Path, keep: bool) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "hello world"}\n{"text": "hello world"}\n{"text": "other"}\n')
    config = {
        "sources": [{"name": "a", "type": "jsonl", "paths": ["a.jsonl"]}],
        "stages": [{"exact_dedup": {}}],
        "output": {"keep_work": keep},
    }
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    out = tmp_path / "out"
    assert corpusmill("run", tmp_path / "c.yaml", "--out", out).returncode == 0
    assert (out / "work").exists() == keep
    again = corpusmill("run", tmp_path / "c.yaml", "--out", out)  # a finished run reruns as a no-op
    assert again.returncode == 0, again.stderr
    assert json.loads((out / "stats.json").read_text())["output_records"] == rows(out / "data").height == 2
