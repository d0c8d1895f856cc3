"""The run folder is a dataset: ``datasets.load_dataset(OUT)`` gives exactly the kept records, per
group too, thanks to the card's YAML header; the card's body carries the run's figures."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import yaml

from tests.pipeline.small_run import corpus, run

pytestmark = pytest.mark.slow


def loaded(out: Path, cache: Path, name: str | None = None) -> pl.DataFrame:
    import datasets

    dataset = datasets.load_dataset(str(out), name, split="train", cache_dir=str(cache))
    return pl.from_arrow(dataset.data.table).select("id", "text", "source", "token_count").sort("id")


def kept(out: Path, pattern: str = "data/**/*.parquet") -> pl.DataFrame:
    return pl.read_parquet(out / pattern).select("id", "text", "source", "token_count").sort("id")


def test_load_dataset_gives_the_kept_records_by_group(tmp_path: Path) -> None:
    out = run(corpus(tmp_path), "grouped", license="CC-BY-4.0")
    assert any((out / "rejects").rglob("*.parquet"))  # rejects sit beside the data
    assert loaded(out, tmp_path / "cache").equals(kept(out))
    for group in ("web", "books"):
        assert loaded(out, tmp_path / "cache", group).equals(kept(out, f"data/{group}/*.parquet"))
    head, body = (out / "README.md").read_text(encoding="utf-8").split("---\n")[1:3]
    meta = yaml.safe_load(head)
    assert meta["license"] == "CC-BY-4.0"
    assert [c["config_name"] for c in meta["configs"]] == ["default", "books", "web"]  # groups in manifest order
    assert f"{kept(out).height:,} of 65 records kept" in body and "| web | jsonl | 1 | CC-BY-4.0 |" in body


def test_load_dataset_without_groups(tmp_path: Path) -> None:
    out = run(corpus(tmp_path), "flat", group_by=None)
    assert loaded(out, tmp_path / "cache").equals(kept(out))
    meta = yaml.safe_load((out / "README.md").read_text(encoding="utf-8").split("---\n")[1])
    assert [c["config_name"] for c in meta["configs"]] == ["default"] and "license" not in meta
