"""Line edits are shown, not only counted: stages that remove lines keep before/after samples in
``OUT/edits/``, the report shows them as removed lines with context, and ``--fresh`` clears them."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import yaml

from corpusmill.pipeline.report.edits import diff_lines
from tests.helpers import corpusmill

PAGE = (
    "We use cookies to improve your experience. Accept all cookies\n"
    "The river rose two metres overnight after three days of rain in the hills.\n\n"
    "Farmers moved their animals to higher ground before the bridge closed.\n"
    "Share on Facebook\n"
)


def test_diff_lines_shows_removed_lines_with_context() -> None:
    before = "a\nnav\nb\n\nc\nfooter"
    lines, removed = diff_lines(before, "a\nb\n\nc")
    assert removed == 2
    assert lines == [(" ", "a"), ("-", "nav"), (" ", "b"), (" ", "c"), ("-", "footer")]


def test_a_run_keeps_edit_samples_and_the_report_shows_them(tmp_path: Path) -> None:
    with (tmp_path / "pages.jsonl").open("w") as handle:
        for i in range(3):
            handle.write(json.dumps({"id": f"p{i}", "text": PAGE.replace("river", f"river {i}")}) + "\n")
    config = {
        "sources": [{"name": "pages", "type": "jsonl", "paths": [str(tmp_path / "pages.jsonl")]}],
        "stages": ["clean_lines"],
    }
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    out = tmp_path / "out"
    result = corpusmill("run", tmp_path / "c.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    edits = pl.read_parquet(out / "edits/01_clean_lines/*.parquet").sort("id")
    assert edits["id"].to_list() == ["p0", "p1", "p2"]
    row = edits.row(0, named=True)
    assert "Accept all cookies" in row["before"] and "Accept all cookies" not in row["after"]
    kept = pl.read_parquet(out / "data/**/*.parquet").sort("id")
    assert kept["text"].to_list() == edits["after"].to_list()  # the sample holds what was kept
    report = json.loads((out / "report.json").read_text())
    samples = report["line_edit_samples"]
    assert samples and samples[0]["stage_id"] == "01_clean_lines" and samples[0]["removed"] == 2
    assert ["-", "Share on Facebook"] in samples[0]["lines"]
    assert "removed | Share on Facebook" in (out / "report.md").read_text()
    assert "Share on Facebook" in (out / "report.html").read_text()
    assert corpusmill("run", tmp_path / "c.yaml", "--out", out, "--fresh").returncode == 0
    assert sorted(p.name for p in (out / "edits").iterdir()) == ["01_clean_lines"]
