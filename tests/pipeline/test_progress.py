"""Long commands are never silent: ``run`` without a terminal prints progress lines, and the run
summary stays readable at 80 columns."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from tests.pipeline.small_run import corpus, run, run_command

pytestmark = pytest.mark.slow


def test_run_prints_progress_lines_when_not_a_terminal(tmp_path: Path) -> None:
    out, result = run_command(corpus(tmp_path), "out")  # stderr is a pipe, not a terminal
    lines = [line for line in result.stderr.splitlines() if line.startswith("run: ")]
    assert lines and "records read" in lines[-1] and "step" in lines[-1]
    stats = json.loads((out / "stats.json").read_text())
    assert f"{stats['input_records']:,} records read" in lines[-1]  # the last line has the final count


def test_summary_table_keeps_its_counts_at_80_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpusmill.cli.run as cli

    out = run(corpus(tmp_path), "out")
    stats = json.loads((out / "stats.json").read_text())
    stats["stages"][0]["rejected"] = {"read:a_very_long_reason_name_that_does_not_fit_anywhere": 1_234_567}
    buffer = io.StringIO()
    monkeypatch.setattr(cli, "out_console", Console(file=buffer, width=80))
    cli.print_summary(stats, str(out), 1.0)
    text = buffer.getvalue()
    table = text.split("input ")[0]
    assert max(len(line) for line in table.splitlines()) <= 80
    for stage in stats["stages"]:
        row = next(line for line in table.splitlines() if line.startswith(f"│ {stage['name']}"))
        cells = [cell.strip() for cell in row.split("│")[1:5]]
        rejected = sum(stage["rejected"].values())
        assert cells == [stage["name"], f"{stage['in']:,}", f"{stage['kept']:,}", f"{rejected:,}"]
    assert "…" not in table
