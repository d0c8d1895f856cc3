"""``corpusmill plan CONFIG --scan``: estimates of tokens per group after cleaning, compared with
what the run then finds, and the budget's shortfall with suggested epochs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from tests.helpers import corpusmill, demo_config

pytestmark = pytest.mark.slow


def estimates(stdout: str) -> dict[str, int]:
    """group → estimated tokens, from the printed table's rows."""
    rows = re.findall(r"│ (\S+)\s+│\s+([\d,]+) │", stdout.split("global stages for")[0])
    return {group: int(tokens.replace(",", "")) for group, tokens in rows}


def test_missing_input_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    source = {"name": "x", "type": "jsonl", "paths": [str(tmp_path / "no.jsonl")]}
    path.write_text(yaml.safe_dump({"sources": [source]}))
    result = corpusmill("plan", path, "--scan")
    assert result.returncode == 2 and "no input file matches" in result.stderr and "Traceback" not in result.stderr


def test_demo_estimates_each_language_within_20_percent(repo: Path, tmp_path: Path) -> None:
    config = demo_config(repo, tmp_path, "demo", output={"group_by": "language"})
    scan = corpusmill("plan", config, "--scan")
    assert scan.returncode == 0, scan.stderr
    assert "plan --scan:" in scan.stderr  # progress lines while it reads and cleans
    resources = scan.stdout.split("global stages for")[1]  # work disk and memory of each global stage
    assert re.search(r"│ exact_dedup .* reduce \d", resources) and re.search(r"│ near_dedup .* edges \d", resources)
    out = tmp_path / "out"
    assert corpusmill("run", config, "--out", out).returncode == 0
    found = {g: e["tokens"] for g, e in json.loads((out / "manifest.json").read_text())["groups"].items()}
    estimated = estimates(scan.stdout)
    assert set(estimated) == set(found) == {"en", "zh"}
    for group, tokens in found.items():
        assert abs(estimated[group] - tokens) / tokens < 0.2, (group, estimated[group], tokens)


def test_a_sample_scales_to_the_source_and_the_budget_shortfall(tmp_path: Path) -> None:
    """4,000 records, a tenth of them cleaned: the kept share and lengths scale to the whole source."""
    rng = np.random.default_rng(0)
    with (tmp_path / "web.jsonl").open("w") as handle:
        for i in range(4_000):
            words = int(rng.integers(2, 40)) if rng.random() < 0.4 else int(rng.integers(40, 400))
            handle.write(json.dumps({"text": " ".join(["token"] * words) + f" {i}"}) + "\n")
    config = {
        "sources": [{"name": "web", "type": "jsonl", "paths": [str(tmp_path / "web.jsonl")]}],
        "stages": [{"length": {"min_chars": 200}}],
        "budget": {"total_tokens": 1_500_000, "max_epochs": 4},
    }
    path = tmp_path / "c.yaml"
    path.write_text(yaml.safe_dump(config))
    scan = corpusmill("plan", path, "--scan", "--sample", "400")
    assert scan.returncode == 0, scan.stderr
    assert "400 of 4,000 records cleaned" in scan.stdout
    out = tmp_path / "out"
    assert corpusmill("run", path, "--out", out).returncode == 0
    available = json.loads((out / "manifest.json").read_text())["groups"]["all"]["available_tokens"]
    estimated = estimates(scan.stdout)["all"]
    assert abs(estimated - available) / available < 0.2
    epochs = -(-1_500_000 // estimated)
    assert f"{1_500_000 - estimated:,} short" in scan.stdout
    assert f"{min(epochs, 4)} epochs would give" in scan.stdout
