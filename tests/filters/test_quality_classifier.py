"""quality_classifier scores records with a fastText model in batches and rejects low scores."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import fasttext
import pytest
from datatrove.data import Document

from corpusmill.filters.quality_classifier import (
    NEGATIVE,
    POSITIVE,
    QualityClassifier,
    QualityClassifierParams,
    explain,
    fasttext_line,
)


def test_fasttext_line_is_one_line_and_splits_chinese() -> None:
    assert fasttext_line("Hello\nWorld  ok") == "hello world ok"
    assert fasttext_line("我们的ABC测试\n下一行") == "我 们 的 abc 测 试 下 一 行"
    assert fasttext_line("x" * 50, max_chars=10) == "x" * 10


@pytest.fixture(scope="module")
def texts(test_data: Path) -> dict[str, list[str]]:
    wiki = (test_data / "web/text/llamafactory_wiki_demo.txt").read_text(encoding="utf-8").splitlines()
    path = test_data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    with gzip.open(path, "rt") as f:
        crawl = [json.loads(line)["text"] for line in f]
    return {"wiki": [w[i : i + 1500] for w in wiki for i in range(0, len(w), 1500)], "crawl": crawl}


@pytest.fixture(scope="module")
def model_path(texts: dict[str, list[str]], tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("model")
    train = folder / "train.txt"
    lines = [f"{POSITIVE} {fasttext_line(t)}" for t in texts["wiki"][::2]]
    lines += [f"{NEGATIVE} {fasttext_line(t)}" for t in texts["crawl"][::2]]
    train.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = fasttext.train_supervised(input=str(train), epoch=10, lr=0.5, wordNgrams=2, dim=32, thread=1, verbose=0)
    model.save_model(str(folder / "model.bin"))
    return str(folder / "model.bin")


def test_scores_held_out_records_and_rejects_below_threshold(texts: dict[str, list[str]], model_path: str) -> None:
    held_out = [(t, True) for t in texts["wiki"][1::2][:60]] + [(t, False) for t in texts["crawl"][1::2][:60]]
    docs = [Document(text=t, id=f"d{i}", metadata={"source": "t"}) for i, (t, _) in enumerate(held_out)]
    stage = QualityClassifier(QualityClassifierParams(model_path=model_path, threshold=0.5))
    kept = {d.id for d in stage.run(iter(docs))}
    assert stage.stats["in"].total == len(docs) == len(kept) + stage.stats["rejected:quality:classifier"].total
    wiki_kept = sum(f"d{i}" in kept for i, (_, good) in enumerate(held_out) if good)
    crawl_kept = sum(f"d{i}" in kept for i, (_, good) in enumerate(held_out) if not good)
    assert wiki_kept >= 50 and crawl_kept <= 20
    assert all(0.0 <= d.metadata["quality_score"] <= 1.0 for d in docs)
    assert QualityClassifier.columns == {"quality_score": QualityClassifier.columns["quality_score"]}


def test_batches_give_the_same_scores_as_single_records(texts: dict[str, list[str]], model_path: str) -> None:
    sample = texts["wiki"][:3] + texts["crawl"][:3]
    params = QualityClassifierParams(model_path=model_path, threshold=0.0)
    batch = [Document(text=t, id=str(i), metadata={}) for i, t in enumerate(sample)]
    QualityClassifier(params).process_batch(batch)
    single = [explain(params, t)[0].value for t in sample]
    assert [d.metadata["quality_score"] for d in batch] == pytest.approx(single)
    result = explain(QualityClassifierParams(model_path=model_path, threshold=1.0), sample[0])[0]
    assert result.rule == "classifier" and not result.passed and result.threshold == 1.0
