"""Token-budget decisions on metadata only: which records a mixture keeps, and which shard each
kept record goes to. Both are pure functions of the records' global order, ids and token counts,
so the output is the same whatever the number of tasks.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np
import xxhash

MIN_FILL = 0.95
OVER_BUDGET = "budget:over_budget"
NOT_IN_MIX = "budget:not_in_mix"


@dataclass
class GroupPlan:
    planned: int | None
    available: int = 0
    kept: int = 0  # tokens written, repeats included
    records: int = 0  # distinct records written
    epochs: float = 1.0  # kept / available: above 1 when a short group is repeated


def seeded_rank(ids: list[str], seed: int) -> np.ndarray:
    """A reproducible random order: hash of (seed, id); ties are impossible in practice."""
    return np.fromiter((xxhash.xxh3_64_intdigest(f"{seed}:{i}") for i in ids), dtype=np.uint64, count=len(ids))


def select_budget(
    groups: list[str],
    ids: list[str],
    tokens: np.ndarray,
    mix: dict[str, float],
    total: int,
    seed: int,
    max_epochs: int = 1,
) -> tuple[list[str | None], dict[str, GroupPlan], np.ndarray]:
    """Per group, keep records in a seeded random order until the group's share of ``total`` is
    met; a group short of its share is repeated, up to ``max_epochs`` passes over its records.
    Return a reject reason per record (None = kept), the plan with what was achieved, and how many
    times each record is written (0 = rejected)."""
    reasons: list[str | None] = [None] * len(ids)
    copies = np.zeros(len(ids), dtype=np.int64)
    group_arr = np.asarray(groups, dtype=object)
    plans: dict[str, GroupPlan] = {g: GroupPlan(planned=round(total * share)) for g, share in mix.items()}
    for group in sorted(set(groups)):
        index = np.flatnonzero(group_arr == group)
        if group not in mix:
            for i in index:
                reasons[i] = NOT_IN_MIX
            continue
        plan = plans[group]
        plan.available = int(tokens[index].sum())
        order = index[np.argsort(seeded_rank([ids[i] for i in index], seed), kind="stable")]
        chosen = _fill(tokens[order], plan.planned)
        for i in order[~chosen]:
            reasons[i] = OVER_BUDGET
        copies[order[chosen]] = 1
        if 0 < plan.available < plan.planned and max_epochs > 1:
            copies[order] += _repeats(tokens[order], plan.planned - plan.available, max_epochs - 1)
        plan.kept = int((tokens[index] * copies[index]).sum())
        plan.records = int(chosen.sum())
        plan.epochs = plan.kept / plan.available if plan.available else 1.0
    return reasons, plans, copies


def _repeats(tokens: np.ndarray, gap: int, most: int) -> np.ndarray:
    """Extra copies per record (in the seeded order) that fill ``gap`` tokens: whole passes over
    the group first, then a seeded part of one more pass, never more than ``most`` extra passes."""
    whole = min(most, gap // int(tokens.sum()))
    extra = np.full(len(tokens), whole, dtype=np.int64)
    left = gap - whole * int(tokens.sum())
    if whole < most and left > 0:
        extra += _fill(tokens, left)
    return extra


def _fill(tokens: np.ndarray, budget: int) -> np.ndarray:
    """Take the longest prefix within budget, then top the gap up with later records that fit."""
    chosen = np.cumsum(tokens) <= budget
    gap = budget - int(tokens[chosen].sum())
    for _ in range(8):
        candidates = np.flatnonzero(~chosen & (tokens <= gap))
        if not len(candidates) or gap <= 0:
            break
        take = candidates[np.cumsum(tokens[candidates]) <= gap]
        if not len(take):
            take = candidates[:1]
        chosen[take] = True
        gap -= int(tokens[take].sum())
    return chosen


@dataclass
class ShardPlan:
    shard_of: np.ndarray  # shard number (within the group) of each record, in input order
    oversized: set[int] = field(default_factory=set)  # shards holding one record larger than a shard


def plan_shards(tokens: np.ndarray, nbytes: np.ndarray, shard_tokens: int, max_bytes: int | None) -> ShardPlan:
    """Fill shards in input order; a record that does not fit waits (in order) for the next shard
    while later, smaller records top the current one up to at least ``MIN_FILL`` of the budget.
    Only the group's last shards can stay under it (when the records left are too large to pack)."""
    shard_of = np.full(len(tokens), -1, dtype=np.int64)
    oversized: set[int] = set()
    limit_bytes = max_bytes if max_bytes is not None else np.iinfo(np.int64).max
    state = {"id": 0, "tokens": 0, "bytes": 0, "used": 0}
    pending: deque[int] = deque()
    pending_tokens = 0
    next_id = 1

    def fits(i: int) -> bool:
        return state["tokens"] + tokens[i] <= shard_tokens and state["bytes"] + nbytes[i] <= limit_bytes

    def add(i: int) -> None:
        shard_of[i] = state["id"]
        state["tokens"] += int(tokens[i])
        state["bytes"] += int(nbytes[i])
        state["used"] += 1

    def new_shard() -> None:
        nonlocal next_id
        state.update(id=next_id, tokens=0, bytes=0, used=0)
        next_id += 1

    def drain() -> None:
        nonlocal pending_tokens
        for _ in range(len(pending)):
            i = pending.popleft()
            if fits(i):
                add(i)
                pending_tokens -= int(tokens[i])
            else:
                pending.append(i)

    for i in range(len(tokens)):
        if tokens[i] > shard_tokens or nbytes[i] > limit_bytes:
            shard_of[i] = next_id
            oversized.add(next_id)
            next_id += 1
            continue
        if fits(i):
            add(i)
            continue
        pending.append(i)
        pending_tokens += int(tokens[i])
        full = state["tokens"] >= MIN_FILL * shard_tokens or state["bytes"] >= MIN_FILL * limit_bytes
        if full or pending_tokens >= shard_tokens:
            new_shard()
            drain()
    while pending:
        before = len(pending)
        drain()
        if pending and len(pending) == before:
            new_shard()
    # dense numbers in order of first use: shard ids opened but never used vanish
    _, first = np.unique(shard_of, return_index=True)
    mapping = {int(old): new for new, old in enumerate(shard_of[np.sort(first)])}
    dense = np.fromiter((mapping[int(s)] for s in shard_of), dtype=np.int64, count=len(shard_of))
    return ShardPlan(dense, {mapping[o] for o in oversized})
