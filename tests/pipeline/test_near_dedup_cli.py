"""near_dedup through the real command: demo data plus injected variants, then a run against the index."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import polars as pl
import pytest

from tests.helpers import corpusmill, demo_config, rows

pytestmark = pytest.mark.slow


def variants(repo: Path) -> tuple[list[dict], dict[str, str]]:
    """English C4 and Chinese demo documents, each copied once with a small edit."""
    rng = random.Random(5)
    samples = repo / "pipeline/samples"

    def read(name: str) -> list[dict]:
        return [
            json.loads(line) for line in gzip.decompress((samples / name).read_bytes()).decode().split("\n") if line
        ]

    c4 = [record["text"] for record in read("c4-demo.jsonl.gz")]
    zh = read("alpaca-zh-demo-outputs.jsonl.gz")
    records, origin = [], {}
    for i, text in enumerate(t for t in c4 if len(t.split()) > 150):
        if i == 12:
            break
        words = text.split(" ")
        for j in rng.sample(range(len(words)), 3):
            words[j] = "lorem"
        edited = " ".join(words) + "\n\nShare this article on Facebook and Twitter."
        records.append({"id": f"en-variant-{i}", "text": edited})
        origin[f"en-variant-{i}"] = text

    def mostly_han(text: str) -> bool:
        return sum("\u4e00" <= c <= "\u9fff" for c in text) > 0.6 * len(text)

    long_zh = [r for r in zh if len(r["text"]) > 300 and mostly_han(r["text"])][:8]
    for i, record in enumerate(long_zh):
        chars = list(record["text"])
        for j in rng.sample(range(len(chars)), 4):
            chars[j] = "的"
        records.append({"id": f"zh-variant-{i}", "text": "".join(chars) + "\n本文版权归原作者所有。"})
        origin[f"zh-variant-{i}"] = record["id"]
    return records, origin


def config(repo: Path, tmp: Path, index: Path, extra: Path | None) -> Path:
    def edit(data: dict) -> None:
        if extra is not None:
            data["sources"].append({"name": "variants", "type": "jsonl", "paths": [str(extra)], "id_field": "id"})
        # only the stages before deduplication that every record passes: the variants must reach near_dedup
        keep = ("extract", "normalize", "length", "language")
        data["stages"] = [s for s in data["stages"] if next(iter(s)) in keep]
        data["stages"].append({"near_dedup": {"threshold": 0.7, "index": str(index)}})

    return demo_config(repo, tmp, f"nd-{extra is not None}", edit)


def test_variants_removed_then_index_catches_repeats(repo: Path, tmp_path: Path) -> None:
    records, origin = variants(repo)
    extra = tmp_path / "variants.jsonl"
    extra.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    index = tmp_path / "index"
    first = tmp_path / "first"
    result = corpusmill("run", config(repo, tmp_path, index, extra), "--out", first)
    assert result.returncode == 0, result.stderr
    stats = json.loads((first / "stats.json").read_text())
    assert stats["accounting"]["problems"] == []
    rejects = rows(first / "rejects").filter(pl.col("reason") == "near_duplicate")
    removed = set(rejects["id"])
    assert set(origin) <= removed  # every injected variant is gone
    kept_ids = set(rows(first / "data")["id"])
    for row in rejects.iter_rows(named=True):
        assert row["duplicate_of"] in kept_ids and 0.5 < row["similarity"] <= 1.0
    for variant, source in origin.items():
        if variant.startswith("zh-"):
            assert rejects.filter(pl.col("id") == variant)["duplicate_of"][0] == source
    near = next(v for k, v in stats["global_stages"].items() if k.endswith("near_dedup"))
    assert near["duplicates_removed"] == len(removed) and near["clusters"] >= len(origin)

    second = tmp_path / "second"
    result = corpusmill("run", config(repo, tmp_path, index, None), "--out", second)
    assert result.returncode == 0, result.stderr
    again = rows(second / "rejects").filter(pl.col("reason") == "near_duplicate")
    assert set(again["id"]) >= kept_ids - set(origin)  # everything the first run accepted is in the index
    assert json.loads((second / "manifest.json").read_text())["total_records"] == 0
