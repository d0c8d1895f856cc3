"""``corpusmill quality train`` on real data: a usable model and held-out precision/recall."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from corpusmill.filters.quality_classifier import QualityClassifierParams, explain
from corpusmill.pipeline.quality_cli import app, chunks, read_texts


def test_train_reports_held_out_scores_and_writes_a_model(shared_data: Path, tmp_path: Path) -> None:
    text = shared_data / "web/text"
    model = tmp_path / "quality.bin"
    args = ["train", "--positive", str(text / "llamafactory_wiki_demo.txt"),
            "--negative", str(text / "dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"),
            "--chunk-chars", "1000", "--epoch", "5", "-o", str(model)]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert model.is_file()
    rows = re.findall(r"__label__(hq|lq)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*([\d.]+)\s*│\s*([\d.]+)", result.output)
    assert {r[0] for r in rows} == {"hq", "lq"}
    for _, train_n, test_n, precision, recall in rows:
        assert int(train_n) > 100 and int(test_n) > 10
        assert float(precision) > 0.7 and float(recall) > 0.7
    # the same seed gives the same split and the same report
    again = CliRunner().invoke(app, [*args[:-1], str(tmp_path / "again.bin")])
    assert re.findall(r"│.*│", again.output) == re.findall(r"│.*│", result.output)
    params = QualityClassifierParams(model_path=str(model))
    wiki = (text / "llamafactory_wiki_demo.txt").read_text(encoding="utf-8").splitlines()[0][:2000]
    assert explain(params, wiki)[0].passed


def test_readers_and_chunking(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "one"}) + "\n\n" + json.dumps({"x": 1}) + "\n")
    (tmp_path / "b.json").write_text(json.dumps([{"output": "two"}, {"output": ""}]))
    (tmp_path / "c.txt").write_text("three\n\nfour\n")
    assert list(read_texts(tmp_path / "a.jsonl", "text")) == ["one"]
    assert list(read_texts(tmp_path / "b.json", "output")) == ["two"]
    assert list(read_texts(tmp_path / "c.txt", "text")) == ["three", "four"]
    pieces = chunks("word " * 1000, 300)
    assert all(len(p) <= 300 for p in pieces) and "".join(pieces).replace(" ", "") == "word" * 1000
    assert chunks("short", 0) == ["short"]


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["train", "--positive", str(tmp_path / "nope.txt"), "--negative", str(tmp_path / "x"), "-o", "m.bin"]
    )
    assert result.exit_code == 2 and "no such file" in result.output
