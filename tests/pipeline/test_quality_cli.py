"""``corpusmill quality train`` on real data: a usable model and held-out precision/recall."""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpusmill.cli.quality import app
from corpusmill.filters.quality_classifier import QualityClassifierParams, explain
from corpusmill.pipeline.quality_train import chunks, read_texts


def test_train_reports_held_out_scores_and_writes_a_model(test_data: Path, tmp_path: Path) -> None:
    text = test_data / "web/text"
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


def synthetic(rng: random.Random, words: list[str], n: int) -> list[str]:
    return [" ".join(rng.choice(words) for _ in range(rng.randint(20, 40))) + "." for _ in range(n)]


GOOD = str.split(
    "the committee reviewed evidence from several studies and concluded that river levels rose steadily "
    "during the century because rainfall increased across the northern valleys while farmers adapted"
)
SPAM = str.split("buy cheap free click now win casino bonus deal offer hot sexy pills discount limited viagra cash")


def test_several_files_per_class_and_a_quantized_model(tmp_path: Path) -> None:
    rng = random.Random(4)
    (tmp_path / "good.txt").write_text("\n".join(synthetic(rng, GOOD, 60)), encoding="utf-8")
    (tmp_path / "good.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in synthetic(rng, GOOD, 40)))
    (tmp_path / "spam.json").write_text(json.dumps([{"text": t} for t in synthetic(rng, SPAM, 50)]))
    with gzip.open(tmp_path / "spam.jsonl.gz", "wt") as handle:
        handle.writelines(json.dumps({"text": t}) + "\n" for t in synthetic(rng, SPAM + GOOD[:5], 50))
    args = ["train", "--positive", tmp_path / "good.txt", "--positive", tmp_path / "good.jsonl",
            "--negative", tmp_path / "spam.json", "--negative", tmp_path / "spam.jsonl.gz",
            "--no-balance", "--dim", "16", "--epoch", "5", "--quantize", "-o", tmp_path / "model.bin"]  # fmt: skip
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    rows = re.findall(
        r"(full|quantized)\s*│\s*__label__(hq|lq)\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*([\d.]+)\s*│\s*([\d.]+)", result.output
    )
    assert [(r[0], r[1]) for r in rows] == [("full", "hq"), ("full", "lq"), ("quantized", "hq"), ("quantized", "lq")]
    # every file was read: 100 records per class, 20% held out
    assert {(r[1], r[2], r[3]) for r in rows} == {("hq", "80", "20"), ("lq", "80", "20")}
    for _, _, _, _, precision, recall in rows:
        assert float(precision) > 0.9 and float(recall) > 0.9
    drop = float(re.search(r"largest precision/recall drop ([\d.]+) points", result.output).group(1))
    full = {(r[1], i): float(r[4 + i]) for r in rows if r[0] == "full" for i in (0, 1)}
    small = {(r[1], i): float(r[4 + i]) for r in rows if r[0] == "quantized" for i in (0, 1)}
    assert drop == pytest.approx(max(0.0, *(100 * (full[k] - small[k]) for k in full)), abs=0.11)
    model = tmp_path / "model.ftz"
    assert model.is_file() and not (tmp_path / "model.bin").exists()
    assert model.stat().st_size < 128e6 / 50  # unquantized: 2M buckets x 16 floats x 4 bytes = 128 MB
    params = QualityClassifierParams(model_path=str(model))
    assert explain(params, synthetic(rng, GOOD, 1)[0])[0].passed
    assert not explain(params, synthetic(rng, SPAM, 1)[0])[0].passed


def test_quantize_needs_an_even_dimension(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one\ntwo\n")
    args = ["train", "--positive", str(tmp_path / "a.txt"), "--negative", str(tmp_path / "a.txt"), "--quantize"]
    result = CliRunner().invoke(app, [*args, "--dim", "15", "-o", str(tmp_path / "m.bin")])
    assert result.exit_code == 2 and "even --dim" in result.output
