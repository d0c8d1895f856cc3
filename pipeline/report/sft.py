"""Figures only instruction data has: checks, turns, instruction/response lengths, openings.

The opening of an instruction is a cheap proxy for task diversity (Self-Instruct's verb
analysis): the first word of the first user turn, or its first two characters when it starts
with a Han character, since Chinese has no spaces to split on and most instructions open with a
two-character verb (写出, 翻译, 解释, …).
"""

from __future__ import annotations

from typing import Any

import polars as pl

from corpusmill.pipeline.report.distributions import Spec
from corpusmill.pipeline.report.lazy import Pending, pending
from corpusmill.pipeline.report.scan import first_turn

SMALL_BELOW = 5_000
TOP_OPENINGS = 15
SPECS = [
    Spec("turns", "Turns per conversation", "count"),
    Spec("instruction_chars", "Instruction length (first user turn, characters)", "log"),
    Spec("response_chars", "Response length (first assistant turn, characters)", "log"),
]


def sft_columns() -> dict[str, pl.Expr]:
    instruction = first_turn("user").str.strip_chars()
    han = instruction.str.contains(r"^\p{Han}")
    first_word = instruction.str.extract(r"^[^\p{L}]*(\p{L}[\p{L}'’-]*)", 1).str.to_lowercase()
    return {
        "turns": pl.col("messages").list.len(),
        "instruction_chars": first_turn("user").str.len_chars(),
        "response_chars": first_turn("assistant").str.len_chars(),
        "opening": pl.when(han).then(instruction.str.slice(0, 2)).otherwise(first_word),
        "han": han,
    }


def checks(stats: dict[str, Any]) -> list[dict[str, Any]]:
    """Rejections and repairs per ``sft:<check>``, whatever stage reported them."""
    table: dict[str, dict[str, int]] = {}
    for stage in stats.get("stages", []):
        for kind in ("rejected", "fixed"):
            for reason, n in stage.get(kind, {}).items():
                if reason.startswith("sft:"):
                    row = table.setdefault(reason.removeprefix("sft:"), {"rejected": 0, "fixed": 0})
                    row[kind] += n
    return [{"check": c, **row} for c, row in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))]


def openings(profile: pl.LazyFrame) -> Pending:
    """Top openings, split into Han-script (first 2 characters) and other (first word)."""
    query = (
        profile.select("han", "opening")
        .drop_nulls()
        .group_by("han", "opening")
        .agg(records=pl.len())
        .sort("records", "opening", descending=[True, False])
    )

    def finish(table: pl.DataFrame) -> dict[str, list[dict[str, Any]]]:
        return {
            key: [
                {"verb": v, "records": n}
                for v, n in table.filter(pl.col("han") == flag)
                .head(TOP_OPENINGS)
                .select("opening", "records")
                .iter_rows()
            ]
            for key, flag in (("han", True), ("other", False))
        }

    return pending(query, finish)
