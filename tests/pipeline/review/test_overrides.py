"""A run honours review judgements: a record judged wrongly rejected is kept, a kept record judged
junk is rejected as ``review:rejected``, and the accounting still balances."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import yaml

from corpusmill.pipeline.review.labels import LabelStore, labels_path
from tests.helpers import corpusmill


def test_a_rerun_keeps_and_rejects_what_a_person_judged(run_folder: Path, tmp_path: Path) -> None:
    rejected = pl.read_parquet(run_folder / "rejects/**/*.parquet").sort("id").row(0, named=True)
    kept = pl.read_parquet(run_folder / "data/**/*.parquet").sort("id").row(0, named=True)
    store_dir = tmp_path / "judged"
    store = LabelStore(store_dir)
    store.add(
        {"id": rejected["id"], "source": rejected["source"], "stage": "length", "reason": rejected["reason"]}, "wrong"
    )
    store.add({"id": kept["id"], "source": kept["source"], "stage": None, "reason": None}, "wrong", "keyword spam")
    config = yaml.safe_load((run_folder.parent / "out.yaml").read_text())
    config["overrides"] = {"labels": [str(labels_path(store_dir))]}
    path = tmp_path / "again.yaml"
    path.write_text(yaml.safe_dump(config))
    out = tmp_path / "again"
    result = corpusmill("run", path, "--out", out)
    assert result.returncode == 0, result.stderr
    data = pl.read_parquet(out / "data/**/*.parquet")
    rejects = pl.read_parquet(out / "rejects/**/*.parquet")
    assert rejected["id"] in data["id"].to_list()
    assert kept["id"] not in data["id"].to_list()
    review = rejects.filter(pl.col("id") == kept["id"]).row(0, named=True)
    assert (review["stage"], review["reason"], review["detail"]) == ("review", "review:rejected", "keyword spam")
    stats = json.loads((out / "stats.json").read_text())
    stages = {s["id"]: s for s in stats["stages"]}
    assert stages["00_review"]["rejected"] == {"review:rejected": 1}
    assert any(s.get("fixed", {}).get("review:kept") == 1 for s in stats["stages"])
    assert stats["accounting"]["problems"] == []
    assert corpusmill("verify", out, "--recount").returncode == 0
    before = pl.read_parquet(run_folder / "data/**/*.parquet").height
    assert data.height == before  # one record more kept, one less


def test_a_missing_labels_file_is_a_config_error(run_folder: Path, tmp_path: Path) -> None:
    config = yaml.safe_load((run_folder.parent / "out.yaml").read_text())
    config["overrides"] = {"labels": ["nowhere/labels.parquet"]}
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(config))
    result = corpusmill("run", path, "--out", tmp_path / "x")
    assert result.returncode == 2 and "overrides.labels[0]: no such file" in result.stderr
    assert "Traceback" not in result.stderr
