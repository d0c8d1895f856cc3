"""Token-budget shards, mixtures, the manifest and ``corpusmill verify`` through the real command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

from tests.helpers import corpusmill, demo_config

pytestmark = pytest.mark.slow
SHARD = 80_000


def config(repo: Path, tmp: Path, name: str, output: dict, budget: dict | None = None, **executor: int) -> Path:
    return demo_config(repo, tmp, name, output=output, executor=executor, **({"budget": budget} if budget else {}))


@pytest.fixture(scope="module")
def sharded(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("sharded")
    out = tmp / "out"
    result = corpusmill("run", config(repo, tmp, "s", {"shard_tokens": SHARD}), "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def test_shards_hold_95_to_100_percent(sharded: Path) -> None:
    manifest = json.loads((sharded / "manifest.json").read_text())
    shards = manifest["shards"]
    assert len(shards) >= 3
    for shard in shards:
        table = pq.read_table(sharded / shard["path"])
        assert table.num_rows == shard["records"]
        assert sum(table["token_count"].to_pylist()) == shard["tokens"] <= SHARD
    assert all(s["tokens"] >= 0.95 * SHARD for s in shards[:-1])
    assert manifest["total_tokens"] == sum(s["tokens"] for s in shards)
    assert manifest["tokenizer"]["vocab_size"] == 131072 and len(manifest["tokenizer"]["sha256"]) == 64
    assert pq.ParquetFile(sharded / shards[0]["path"]).metadata.row_group(0).column(0).compression == "ZSTD"


def test_verify_passes_then_catches_tampering(sharded: Path, tmp_path: Path) -> None:
    result = corpusmill("verify", sharded)
    assert result.returncode == 0 and result.stdout.startswith("ok:")

    flipped = tmp_path / "flipped"
    shutil.copytree(sharded, flipped)
    shard = flipped / json.loads((flipped / "manifest.json").read_text())["shards"][1]["path"]
    payload = bytearray(shard.read_bytes())
    payload[len(payload) // 2] ^= 0x01
    shard.write_bytes(bytes(payload))
    result = corpusmill("verify", flipped)
    assert result.returncode == 1 and "sha256 differs" in result.stdout

    recounted = tmp_path / "recounted"
    shutil.copytree(sharded, recounted)
    manifest = json.loads((recounted / "manifest.json").read_text())
    path = recounted / manifest["shards"][0]["path"]
    table = pl.read_parquet(path).with_columns(pl.col("token_count") + 1)
    table.write_parquet(path)
    result = corpusmill("verify", recounted)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 1
    assert any("tokens, manifest says" in line for line in lines) and any("sha256" in line for line in lines)


def test_budget_mix_lands_within_one_percent(repo: Path, tmp_path: Path) -> None:
    mix = {"c4": 0.6, "zh": 0.4}  # dolma is left out: its records are rejected as budget:not_in_mix
    budget = {"total_tokens": 100_000, "mix": mix, "mix_by": "source", "seed": 3}
    out = tmp_path / "mix"
    result = corpusmill("run", config(repo, tmp_path, "m", {"shard_tokens": 50_000}, budget), "--out", out)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    total = manifest["total_tokens"]
    assert abs(total - 100_000) / 100_000 < 0.01
    for group, share in mix.items():
        assert abs(manifest["groups"][group]["tokens"] / total - share) < 0.01
        assert all(s["path"].startswith(f"data/{s['group']}/") for s in manifest["shards"])
    stats = json.loads((out / "stats.json").read_text())
    budget_stage = stats["stages"][-1]
    assert budget_stage["name"] == "budget"
    assert set(budget_stage["rejected"]) == {"budget:over_budget", "budget:not_in_mix"}
    rejects = pl.read_parquet(out / "rejects/**/*.parquet").filter(pl.col("stage") == "budget")
    assert rejects.height == sum(budget_stage["rejected"].values())
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]


def test_short_group_is_reported_not_rebalanced(repo: Path, tmp_path: Path) -> None:
    budget = {"total_tokens": 600_000, "mix": {"dolma": 0.5, "commoncrawl": 0.5}, "mix_by": "source", "max_epochs": 1}
    out = tmp_path / "short"
    result = corpusmill("run", config(repo, tmp_path, "short", {}, budget), "--out", out)
    assert result.returncode == 0, result.stderr
    assert "commoncrawl has" in result.stderr and "short by" in result.stderr
    group = json.loads((out / "manifest.json").read_text())["groups"]["commoncrawl"]
    assert group["short_by_tokens"] == 300_000 - group["available_tokens"] and "epochs" not in group


def test_short_group_repeats_up_to_max_epochs(repo: Path, tmp_path: Path) -> None:
    """zh holds ~143k tokens after cleaning: 350k planned needs ~2.4 epochs (max_epochs 4); c4 fewer."""
    budget = {"total_tokens": 700_000, "mix": {"c4": 0.5, "zh": 0.5}, "mix_by": "source"}
    out = tmp_path / "epochs"
    result = corpusmill("run", config(repo, tmp_path, "epochs", {"shard_tokens": 60_000}, budget), "--out", out)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    zh = manifest["groups"]["zh"]
    assert 2 < zh["epochs"] <= 4 and zh["tokens"] > zh["available_tokens"] * 2
    assert abs(zh["tokens"] - 350_000) < 2_000  # the plan is met, within about one record
    shards = [s for s in manifest["shards"] if s["group"] == "zh"]
    assert [s["epoch"] for s in shards] == sorted(s["epoch"] for s in shards) and shards[-1]["epoch"] == 3
    rows = pl.concat([pl.read_parquet(out / s["path"]).with_columns(pl.lit(s["epoch"]).alias("epoch")) for s in shards])
    assert rows.height == zh["records"] and rows["id"].n_unique() == zh["unique_records"]
    per_epoch = rows.group_by("epoch").agg(pl.col("id").n_unique(), pl.len())
    assert (per_epoch["id"] == per_epoch["len"]).all()  # an epoch holds each record at most once
    assert rows.filter(pl.col("epoch") == 1)["id"].n_unique() == zh["unique_records"]
    stats = json.loads((out / "stats.json").read_text())
    assert stats["accounting"]["problems"] == []
    repeated = sum(g["records"] - g["unique_records"] for g in manifest["groups"].values() if "epochs" in g)
    assert manifest["repeated_records"] == repeated > zh["records"] - zh["unique_records"]  # c4 is short too
    assert corpusmill("verify", out).returncode == 0


def test_byte_identical_whatever_the_workers(repo: Path, tmp_path: Path) -> None:
    outs = []
    for tasks, workers in ((1, 1), (3, 2)):
        out = tmp_path / f"t{tasks}"
        cfg = config(repo, tmp_path, f"d{tasks}", {"shard_tokens": SHARD}, tasks=tasks, workers=workers)
        assert corpusmill("run", cfg, "--out", out).returncode == 0
        outs.append(out)
    assert (outs[0] / "manifest.json").read_bytes() == (outs[1] / "manifest.json").read_bytes()
    for shard in json.loads((outs[0] / "manifest.json").read_text())["shards"]:
        assert (outs[0] / shard["path"]).read_bytes() == (outs[1] / shard["path"]).read_bytes()


def test_language_mix_config_lands_within_one_percent(repo: Path, tmp_path: Path) -> None:
    plan = corpusmill("plan", repo / "configs/mix.yaml")
    assert plan.returncode == 0 and "210,000" in plan.stdout and "90,000" in plan.stdout
    out = tmp_path / "mix"
    result = corpusmill("run", repo / "configs/mix.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    for group, share in {"en": 0.7, "zh": 0.3}.items():
        assert abs(manifest["groups"][group]["tokens"] / manifest["total_tokens"] - share) < 0.01
    en = [s for s in manifest["shards"] if s["group"] == "en"]
    assert len(en) >= 2 and all(0.95 * 100_000 <= s["tokens"] <= 100_000 for s in en[:-1])
    assert corpusmill("verify", out).returncode == 0


def test_plan_prints_budget_per_group(repo: Path, tmp_path: Path) -> None:
    budget = {"model_params": "1.3B", "mix": {"en": 0.6, "zh": 0.4}, "mix_by": "source"}
    result = corpusmill("plan", config(repo, tmp_path, "p", {}, budget))
    assert result.returncode == 0, result.stderr
    assert "26,000,000,000" in result.stdout and "15,600,000,000" in result.stdout
