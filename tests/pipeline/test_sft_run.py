"""SFT sources and stages inside `corpusmill run` (the same checks as `corpusmill sft clean`)."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from tests.helpers import corpusmill, rows

pytestmark = pytest.mark.slow


def write_config(tmp: Path, shared: Path, stages: list, tasks: int = 1) -> Path:
    config = {
        "sources": [
            {"name": "zh_demo", "type": "alpaca", "paths": [str(shared / "sft/zh/llamafactory_alpaca_zh_demo.json")]},
            {
                "name": "toy",
                "type": "openai",
                "paths": [str(shared / "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl")],
            },
        ],
        "stages": stages,
        "executor": {"tasks": tasks},
    }
    path = tmp / "sft.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def test_sft_sources_and_stages_in_run(tmp_path: Path, test_data: Path) -> None:
    config = write_config(tmp_path, test_data, [{"sft": {}}, {"sft_dedup": {}}])
    result = corpusmill("run", config, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    stats = json.loads((tmp_path / "out/stats.json").read_text())
    assert stats["input_records"] == 601 + 5 and stats["accounting"]["problems"] == []
    data = rows(tmp_path / "out/data")
    assert data.schema["messages"] == pl.List(pl.Struct({"role": pl.String, "content": pl.String}))
    assert data["messages"].list.len().min() >= 2
    rejects = rows(tmp_path / "out/rejects")
    assert rejects["reason"].str.starts_with("sft:").all()
    # the cookbook's toy file has a record without a user turn and an over-long "Eat a banana!" answer
    assert {"sft:role_order", "sft:too_long"} <= set(rejects.filter(pl.col("source") == "toy")["reason"])


def test_sft_source_without_sft_stage_is_a_config_error(tmp_path: Path, test_data: Path) -> None:
    result = corpusmill("run", write_config(tmp_path, test_data, [{"length": {}}]), "--out", tmp_path / "o")
    assert result.returncode == 2 and "sources[0].type: an alpaca source needs an `sft` stage" in result.stderr
    result = corpusmill(
        "run", write_config(tmp_path, test_data, [{"sft": {}}, {"sft_dedup": {}}], 2), "--out", tmp_path / "o"
    )
    assert result.returncode == 2 and "executor.tasks" in result.stderr


def test_sft_columns_survive_a_segment_cut(tmp_path: Path, test_data: Path) -> None:
    """``exact_dedup`` cuts the pipeline; the SFT source's columns (alpaca_input, schema_error...)
    must reach ``sft_dedup`` on the other side (they are declared in ``corpusmill.schema``)."""
    config = write_config(tmp_path, test_data, [{"exact_dedup": {}}, {"sft": {}}, {"sft_dedup": {}}])
    result = corpusmill("run", config, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    stats = json.loads((tmp_path / "out/stats.json").read_text())
    assert [s["name"] for s in stats["stages"]] == ["read", "exact_dedup", "sft", "sft_dedup"]
    assert stats["accounting"]["problems"] == []
    rejects = rows(tmp_path / "out/rejects")
    assert "sft:role_order" in set(rejects["reason"])  # checked after the cut, from the stored messages
    data = rows(tmp_path / "out/data")
    assert "alpaca_input" in data.columns and "schema_error" not in data.columns
    assert not (tmp_path / "out/work").exists()  # removed after a balanced run
