"""``corpusmill export --format text``: SFT conversations as plain text for continued pretraining,
read back as a ``jsonl`` source beside documents, so both share one run and one token budget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from corpusmill.pipeline.export.chat import plain_text
from corpusmill.text.tokenizer import TokenCounter
from tests.helpers import corpusmill

pytestmark = pytest.mark.slow

ALPACA = Path(__file__).parents[1] / "data" / "sft" / "zh" / "llamafactory_alpaca_zh_demo.json"
DOCS = Path(__file__).parents[1] / "data" / "documents"


def test_template() -> None:
    messages = [
        {"role": "system", "content": "You answer briefly."},
        {"role": "user", "content": "  What is 2 + 2? "},
        {"role": "assistant", "content": "4"},
        {"role": "observation", "content": "{}"},
    ]
    assert plain_text(messages) == "You answer briefly.\n\nUser: What is 2 + 2?\n\nAssistant: 4\n\nTool: {}"


def test_sft_run_exports_text_that_a_document_run_reads_under_one_budget(tmp_path: Path) -> None:
    records = json.loads(ALPACA.read_text(encoding="utf-8"))[:40]
    (tmp_path / "sft.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    sft_out = tmp_path / "sft"
    result = corpusmill("sft", "clean", tmp_path / "sft.json", "--out", sft_out)
    assert result.returncode == 0, result.stderr
    result = corpusmill("export", sft_out, "--format", "text")
    assert result.returncode == 0, result.stderr
    (exported,) = (sft_out / "export" / "text").glob("*.text.jsonl")
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert len(lines) >= 30
    first = next(r for r in records if r["instruction"] in lines[0]["text"])
    prompt = "\n".join(p for p in (first["instruction"], first["input"]) if p)
    assert lines[0]["text"] == f"User: {prompt}\n\nAssistant: {first['output']}"
    counter = TokenCounter("tekken")
    assert [line["token_count"] for line in lines] == counter.count([line["text"] for line in lines])
    assert "<|im_start|>" not in exported.read_text(encoding="utf-8")

    config = {
        "sources": [
            {"name": "sft", "type": "jsonl", "paths": [str(exported)]},
            {"name": "docs", "type": "documents", "paths": [str(DOCS / "text" / "*.txt"), str(DOCS / "pdf" / "*.pdf")]},
        ],
        "stages": [{"length": {"min_chars": 1}}],
        "budget": {"total_tokens": 4_000, "mix": {"sft": 0.5, "docs": 0.5}, "mix_by": "source"},
    }
    path = tmp_path / "mix.yaml"
    path.write_text(yaml.safe_dump(config))
    result = corpusmill("run", path, "--out", tmp_path / "mix")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "mix" / "manifest.json").read_text())
    groups = {shard["group"] for shard in manifest["shards"]}
    assert groups == {"sft", "docs"}
    assert corpusmill("verify", tmp_path / "mix").returncode == 0
