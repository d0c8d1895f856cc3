"""What line edits removed, shown: a few before/after samples per editing stage.

Stages that remove lines from records they keep (``clean_lines``, ``boilerplate_lines``, the
quality stage's C4 line rewrite) write the text before and after of the first records they edit
in each task to ``OUT/edits/<stage_id>/``. The report draws ``PER_STAGE`` of them per stage (the
same ones on every run of the report) and shows each as the removed lines with one kept line of
context around them, the way a diff reads.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import polars as pl

PER_STAGE = 3
MAX_LINES = 14  # lines of one sample's diff shown
MAX_CHARS = 240  # characters of one line shown
SEED = 0


def edit_samples(out: Path) -> list[dict[str, Any]]:
    """``[{stage_id, stage, id, source, removed, lines: [(mark, text)]}]``; mark ``-`` removed, `` `` kept."""
    folder = out / "edits"
    if not folder.is_dir():
        return []
    samples = []
    for stage_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(stage_dir.glob("*.parquet"))
        if not files:
            continue
        drawn = (
            pl.scan_parquet(files)
            .with_columns(pl.col("id").hash(seed=SEED).alias("_order"))
            .sort("_order")
            .head(PER_STAGE)
            .collect()
        )
        for row in drawn.iter_rows(named=True):
            lines, removed = diff_lines(row["before"], row["after"])
            samples.append(
                {
                    "stage_id": stage_dir.name,
                    "stage": row["stage"],
                    "id": row["id"],
                    "source": row["source"],
                    "removed": removed,
                    "lines": lines,
                }
            )
    return samples


def diff_lines(before: str, after: str) -> tuple[list[tuple[str, str]], int]:
    """The removed lines of ``before`` with one kept line around each run of them, and how many
    lines were removed in all (a line edit only removes lines: additions do not occur)."""
    old, new = before.split("\n"), after.split("\n")
    shown: list[tuple[str, str]] = []
    removed = 0
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag not in ("delete", "replace"):
            continue
        removed += sum(1 for line in old[i1:i2] if line.strip())
        if shown and len(shown) >= MAX_LINES:
            continue
        if i1 > 0 and (not shown or shown[-1] != (" ", old[i1 - 1][:MAX_CHARS])):
            shown.append((" ", old[i1 - 1][:MAX_CHARS]))
        shown += [("-", line[:MAX_CHARS]) for line in old[i1:i2] if line.strip()]
        if i2 < len(old):
            shown.append((" ", old[i2][:MAX_CHARS]))
    return shown[:MAX_LINES], removed
