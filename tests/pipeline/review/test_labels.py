"""Judgement storage and the figures drawn from it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpusmill.pipeline.review.labels import (
    Estimate,
    LabelStore,
    estimates,
    export_jsonl,
    labels_path,
    read_labels,
    suggestion,
    wilson,
)


def test_wilson_interval_matches_the_closed_form() -> None:
    # reference values of the Wilson score interval at z = 1.96 (Newcombe 1998, table I style)
    assert wilson(8, 10) == pytest.approx((0.4902, 0.9433), abs=1e-4)
    assert wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert wilson(10, 10) == pytest.approx((0.7225, 1.0), abs=1e-4)
    assert wilson(0, 0) == (0.0, 1.0)


def row(record_id: str, label: str, reason: str | None = "quality:x", source: str = "web") -> dict:
    stage = None if reason is None else "quality"
    return {"id": record_id, "source": source, "stage": stage, "reason": reason, "label": label, "note": "", "time": ""}


def test_estimates_count_each_records_last_judgement() -> None:
    rows = [row("a", "wrong"), row("a", "right"), row("b", "wrong"), row("c", "skip"), row("k", "wrong", None)]
    (reject,) = estimates(rows, kept=False)
    assert (reject.group, reject.right, reject.wrong, reject.skipped) == ("quality:x", 1, 1, 1)
    assert reject.share == 0.5
    (kept,) = estimates(rows, kept=True)
    assert (kept.group, kept.right, kept.wrong) == ("web", 0, 1)


def test_a_suggestion_only_when_the_whole_interval_is_below_the_goal() -> None:
    assert suggestion(Estimate("r", 2, 8, 0)) is not None  # 0.2, interval up to ~0.51
    assert suggestion(Estimate("r", 9, 1, 0)) is None
    assert suggestion(Estimate("r", 3, 1, 0)) is None  # too few to say: the interval reaches 0.9
    assert suggestion(Estimate("r", 0, 0, 3)) is None


def test_the_store_appends_undoes_and_survives_a_restart(tmp_path: Path) -> None:
    store = LabelStore(tmp_path)
    store.add({"id": "a", "source": "web", "stage": "quality", "reason": "quality:x"}, "right", "clearly spam")
    store.add({"id": "b", "source": "web", "stage": None, "reason": None}, "wrong")
    store.add({"id": "c", "source": "web", "stage": None, "reason": None}, "skip")
    assert store.undo()["id"] == "c"
    with pytest.raises(ValueError):
        store.add({"id": "d"}, "maybe")
    again = LabelStore(tmp_path)
    assert [(r["id"], r["label"], r["note"]) for r in again.rows] == [
        ("a", "right", "clearly spam"),
        ("b", "wrong", ""),
    ]
    import polars as pl

    assert pl.read_parquet(labels_path(tmp_path)).height == 2  # readable with polars and pyarrow
    written = export_jsonl(tmp_path, tmp_path / "labels.jsonl")
    lines = (tmp_path / "labels.jsonl").read_text().splitlines()
    assert written == 2 and len(lines) == 2
    import json

    first = json.loads(lines[0])
    assert list(first) == ["id", "source", "stage", "reason", "label", "note", "time"]
    assert first["reason"] == "quality:x" and json.loads(lines[1])["reason"] is None


WRITER = """
import sys
from pathlib import Path
from corpusmill.pipeline.review.labels import LabelStore
store = LabelStore(Path(sys.argv[1]))
for i in range(100000):
    store.add({"id": f"r{i}", "source": "web", "stage": "quality", "reason": "quality:x"}, "right")
    print(i + 1, flush=True)
"""


def test_a_writer_killed_mid_write_loses_no_acknowledged_judgement(tmp_path: Path) -> None:
    for _ in range(3):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
        acknowledged = 0
        deadline = time.monotonic() + 60
        while acknowledged < 150 and time.monotonic() < deadline:
            acknowledged = int(process.stdout.readline())
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        rows = read_labels(labels_path(tmp_path))  # never a half-written file
        assert len(rows) >= acknowledged
        assert [r["id"] for r in rows[:acknowledged]] == [f"r{i}" for i in range(acknowledged)]
        labels_path(tmp_path).unlink()
