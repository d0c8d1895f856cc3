"""A small generated corpus (two sources, English and Chinese words) and a quick run over it: the
run folders the export, dataset-card and load_dataset tests start from."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from tests.helpers import corpusmill

WORDS = ["data", "tokens", "budget", "shard", "corpus", "trainer", "模型", "数据", "清洗", "epoch", "12", "ünïcode"]


def corpus(tmp: Path) -> Path:
    rng = np.random.default_rng(7)
    for name, count in (("web", 40), ("books", 25)):
        with (tmp / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for i in range(count):
                text = " ".join(rng.choice(WORDS, size=int(rng.integers(1, 120))))
                handle.write(json.dumps({"id": f"{name}-{i}", "text": text}, ensure_ascii=False) + "\n")
    return tmp


def run(tmp: Path, name: str, tokenizer: str = "tekken", group_by: str | None = "source", **extra: Any) -> Path:
    return run_command(tmp, name, tokenizer, group_by, **extra)[0]


def run_command(
    tmp: Path, name: str, tokenizer: str = "tekken", group_by: str | None = "source", **extra: Any
) -> tuple[Path, subprocess.CompletedProcess]:
    """``corpusmill run`` over the corpus in ``tmp`` into ``tmp/name``: the run folder and the process."""
    config: dict[str, Any] = {
        "sources": [
            {"name": s, "type": "jsonl", "paths": [str(tmp / f"{s}.jsonl")], "id_field": "id"} for s in ("web", "books")
        ],
        "stages": [{"length": {"min_chars": 20}}],
        "output": {"tokenizer": tokenizer, "group_by": group_by, "shard_tokens": 1_000},
    }
    for source in config["sources"]:
        source.update(extra)
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config))
    out = tmp / name
    result = corpusmill("run", path, "--out", out)
    assert result.returncode == 0, result.stderr
    return out, result


def small_hf_tokenizer(tmp: Path) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.BpeTrainer(vocab_size=300, special_tokens=["[UNK]", "</s>"])
    tokenizer.train_from_iterator([" ".join(WORDS)] * 20, trainer)
    tokenizer.save(str(tmp / "tokenizer.json"))
    return tmp / "tokenizer.json"
