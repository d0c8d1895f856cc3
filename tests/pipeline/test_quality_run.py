"""The default filter chain on the demo's mixed English/Chinese data, `corpusmill explain`, and a
quality classifier trained with `corpusmill quality train` and used in a run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest
import yaml

from tests.helpers import corpusmill, demo_config, rows

pytestmark = pytest.mark.slow
SPAM = ("041696.com", "044545.com", "077678u.info", "0755krk.com")  # lottery and listing pages in the WARC
SPAM_URLS = "|".join(SPAM)


@pytest.fixture(scope="module")
def demo(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("quality") / "demo"
    result = corpusmill("run", repo / "configs/demo.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_chain_removes_spam_keeps_articles_and_redacts_pii(demo: Path) -> None:
    rejects, data = rows(demo / "rejects"), rows(demo / "data")
    quality = rejects.filter(pl.col("stage") == "quality")
    assert quality["reason"].str.starts_with("quality:").all() and quality.height > 50
    # heuristics catch most; the `safety` stage catches the lottery ad written in well-punctuated sentences
    assert data.filter(pl.col("url").str.contains(SPAM_URLS)).height == 0
    spam = rejects.filter(pl.col("url").str.contains(SPAM_URLS) & (pl.col("stage") != "length"))
    assert spam.height >= 3 and spam["reason"].str.contains("^(?:quality|safety):").all()
    # ordinary articles in both languages stay: C4 prose and Chinese answers written as paragraphs
    assert data.filter(pl.col("language") == "en").height > 200 and data.filter(pl.col("language") == "zh").height > 100
    texts = "\n".join(data["text"])
    assert "<EMAIL>" in texts and "<PHONE>" in texts
    assert not re.search(r"[\w.+-]+@[\w-]+\.(?:com|org|net)\b", texts)  # no address left in kept text
    stats = json.loads((demo / "stats.json").read_text())
    pii = next(s for s in stats["stages"] if s["name"] == "pii")
    assert pii["fixed"]["pii:email"] == texts.count("<EMAIL>")
    cleaned = next(s for s in stats["stages"] if s["name"] == "clean_lines")
    assert sum(cleaned["fixed"].values()) > 0


def test_explain_a_text_and_a_rejected_record(repo: Path, demo: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Home | About | Contact\n\nThe Riverside Library will reopen on Monday after a three-month renovation "
        "that added a children's reading room. Librarians moved the local history books upstairs.\n"
    )
    result = corpusmill("explain", repo / "configs/demo.yaml", "--text", article)
    assert result.returncode == 0, result.stderr
    assert "length" in result.stdout and "min_chars" in result.stdout and "rejected" in result.stdout
    spam = rows(demo / "rejects").filter(pl.col("url").str.contains(SPAM_URLS) & (pl.col("stage") == "quality"))
    spam = spam.row(0, named=True)
    result = corpusmill("explain", repo / "configs/demo.yaml", "--id", spam["id"], "--out", demo)
    assert result.returncode == 0, result.stderr
    assert f"rejected at quality: {spam['reason']}" in " ".join(result.stdout.split())
    assert spam["reason"].removeprefix("quality:") in result.stdout and "NO" in result.stdout


def test_trained_classifier_scores_and_filters_a_run(repo: Path, tmp_path: Path, test_data: Path) -> None:
    model = tmp_path / "quality.bin"
    result = corpusmill(
        "quality", "train",
        "--positive", test_data / "web/text/llamafactory_wiki_demo.txt",
        "--negative", test_data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz",
        "--chunk-chars", "1000", "-o", model,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "precision" in result.stdout.lower() and model.exists()

    def edit(data: dict) -> None:
        data["stages"] = [{"extract": {}}, {"quality_classifier": {"model_path": str(model), "threshold": 0.5}}]

    config = demo_config(repo, tmp_path, "classifier", edit)
    result = corpusmill("run", config, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    data, rejects = rows(tmp_path / "out/data"), rows(tmp_path / "out/rejects")
    assert data["quality_score"].min() >= 0.5 and data.height > 0
    assert (rejects.filter(pl.col("stage") == "quality_classifier")["reason"] == "quality:classifier").all()
    assert rejects.filter(pl.col("stage") == "quality_classifier").height > 0
    assert yaml.safe_load(config.read_text())["stages"][1]["quality_classifier"]["threshold"] == 0.5
