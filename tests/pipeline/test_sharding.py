"""Shard packing and budget selection rules, on token counts of real documents."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from corpusmill.pipeline.sharding import MIN_FILL, NOT_IN_MIX, OVER_BUDGET, plan_shards, select_budget
from corpusmill.text.tokenizer import TokenCounter


@pytest.fixture(scope="module")
def real_tokens(test_data: Path) -> np.ndarray:
    lines = (test_data / "web/text/llamafactory_c4_demo.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    return np.array(TokenCounter().count(texts) * 4, dtype=np.int64)


def fills(plan, tokens: np.ndarray) -> np.ndarray:
    return np.bincount(plan.shard_of, weights=tokens)


def test_every_shard_but_the_last_is_95_to_100_percent(real_tokens: np.ndarray) -> None:
    for shard_tokens in (20_000, 50_000, 123_457):
        plan = plan_shards(real_tokens, real_tokens * 4, shard_tokens, None)
        sums = fills(plan, real_tokens)
        assert sums.max() <= shard_tokens
        assert (sums[:-1] >= MIN_FILL * shard_tokens).all(), (shard_tokens, sums.min())
        assert sums.sum() == real_tokens.sum() and (plan.shard_of >= 0).all()


def test_record_larger_than_a_shard_gets_its_own(real_tokens: np.ndarray) -> None:
    tokens = np.concatenate([real_tokens[:50], [90_000], real_tokens[50:100]])
    plan = plan_shards(tokens, tokens, 30_000, None)
    big = int(plan.shard_of[50])
    assert plan.oversized == {big} and (plan.shard_of == big).sum() == 1


def test_max_shard_bytes_wins(real_tokens: np.ndarray) -> None:
    nbytes = real_tokens * 4
    plan = plan_shards(real_tokens, nbytes, 10**9, 200_000)
    assert np.bincount(plan.shard_of, weights=nbytes).max() <= 200_000


def test_budget_mix_shares_and_seed(real_tokens: np.ndarray) -> None:
    n = len(real_tokens)
    groups = ["en"] * (n // 2) + ["zh"] * (n // 4) + ["code"] * (n - n // 2 - n // 4)
    groups[-1] = "fr"
    ids = [f"doc{i}" for i in range(n)]
    mix = {"en": 0.6, "zh": 0.3, "code": 0.1}
    total = int(real_tokens.sum() * 0.25)
    reasons, plans, copies = select_budget(groups, ids, real_tokens, mix, total, seed=7, max_epochs=4)
    assert copies.max() == 1  # no group is short: nothing repeats
    kept = sum(p.kept for p in plans.values())
    for group, share in mix.items():
        assert abs(plans[group].kept / kept - share) < 0.01
        assert plans[group].kept <= plans[group].planned
    assert reasons[-1] == NOT_IN_MIX and OVER_BUDGET in reasons
    again = select_budget(groups, ids, real_tokens, mix, total, seed=7)[0]
    other = select_budget(groups, ids, real_tokens, mix, total, seed=8)[0]
    assert again == reasons and other != reasons


def test_group_short_of_its_share_keeps_everything(real_tokens: np.ndarray) -> None:
    groups = ["en"] * 100 + ["zh"] * 10
    tokens = real_tokens[:110]
    ids = [str(i) for i in range(110)]
    reasons, plans, copies = select_budget(groups, ids, tokens, {"en": 0.5, "zh": 0.5}, 100_000, 0)
    assert plans["zh"].available < plans["zh"].planned
    assert all(r is None for r in reasons[100:]) and (copies[100:] == 1).all()


@pytest.mark.parametrize("max_epochs", [2, 3, 4, 8])
def test_short_group_repeats_up_to_max_epochs(real_tokens: np.ndarray, max_epochs: int) -> None:
    groups = ["en"] * 200 + ["zh"] * 20
    tokens = real_tokens[:220]
    ids = [str(i) for i in range(220)]
    total = int(tokens[:200].sum())
    _, plans, copies = select_budget(groups, ids, tokens, {"en": 0.8, "zh": 0.2}, total, 0, max_epochs=max_epochs)
    zh = plans["zh"]
    needed = zh.planned / zh.available
    assert needed > 1  # the fixture's zh share is short
    assert copies[200:].min() >= min(max_epochs, int(needed)) and copies[200:].max() <= max_epochs
    assert zh.kept == int((tokens[200:] * copies[200:]).sum()) <= zh.planned
    if needed <= max_epochs:  # enough passes allowed: the plan is met but for less than one record
        assert zh.planned - zh.kept < tokens[200:].max()
    else:
        assert (copies[200:] == max_epochs).all()
    assert zh.epochs == pytest.approx(zh.kept / zh.available)
    assert (copies[:200] <= 1).all()
