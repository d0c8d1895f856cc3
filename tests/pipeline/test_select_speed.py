"""What keeps ``select`` (and the report it ends with) cheap gives the same figures as the plain way
(issue 24): the in-memory engine for small runs, one sample pass per file, a record's input file
from an end-anchored search, cut out per group of records."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
import yaml

from corpusmill.pipeline.report import scan
from corpusmill.pipeline.report.aggregate import aggregate
from corpusmill.pipeline.report.profile import INPUT_FILE, input_file, input_name
from corpusmill.pipeline.report.samples import KEPT_FIELDS, REJECT_FIELDS, first_rows, head
from tests.helpers import corpusmill
from tests.pipeline.test_report import write_corpus_run, write_sft_run


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory, test_data: Path) -> dict[str, Path]:
    corpus, sft = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("sft")
    write_corpus_run(corpus, test_data)
    write_sft_run(sft, test_data)
    return {"corpus": corpus, "sft": sft}


def figures(out: Path) -> dict:
    report = aggregate(out)
    report["run"].pop("generated_at")
    return report


@pytest.mark.parametrize("kind", ["corpus", "sft"])
def test_a_small_run_reports_the_same_in_memory_as_streaming(
    folders: dict[str, Path], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = folders[kind]
    assert scan.open_run(out).engine == "in-memory"
    small = figures(out)
    monkeypatch.setattr(scan, "IN_MEMORY_ROWS", -1)  # every query streams, as on a large run
    assert scan.open_run(out).engine == scan.open_run(out).data_engine == "streaming"
    assert figures(out) == small
    assert small["samples"]["rejected"] and small["samples"]["kept"]


@pytest.mark.parametrize("engine", ["in-memory", "streaming"])
def test_samples_of_a_file_are_its_first_rows_per_value(folders: dict[str, Path], tmp_path: Path, engine: str) -> None:
    run = scan.open_run(folders["corpus"])
    assert run.rejects is not None and run.data is not None
    rejects = run.rejects.collect()
    # one file holding several reasons, interleaved, one of them null (read as unknown), in row
    # groups smaller than the file
    mixed = tmp_path / "mixed.parquet"
    reasons = ["a", None, "b", "a"] * (rejects.height // 4 + 1)
    rejects.drop(scan.FILE).with_columns(reason=pl.Series(reasons[: rejects.height])).write_parquet(
        mixed, row_group_size=7
    )
    reason_files = {"a": str(mixed), "unknown": str(mixed), "b": str(mixed), "absent": str(mixed)}
    reason_files |= dict(rejects.select("reason", scan.FILE).unique("reason", keep="first").iter_rows())
    data = run.data.collect()
    source_files = dict(data.select("source", scan.FILE).unique("source", keep="first").iter_rows())
    for files, key, fields, n in (
        (reason_files, "reason", REJECT_FIELDS, 3),
        (source_files, "source", KEPT_FIELDS, 2),
    ):
        found = first_rows(files, key, fields, n, engine)
        assert list(found) == list(files)
        assert found == {value: head(path, key, value, fields, n, engine) for value, path in files.items()}
    assert [len(found) for found in first_rows(reason_files, "reason", REJECT_FIELDS, 3, engine).values()][:4] == [
        3,
        3,
        3,
        0,
    ]


IDS = [
    ("web", "web:part-000.jsonl:12"),
    ("web", "web:dir/part:000.jsonl:7"),  # a colon inside the file name
    ("web", "web:part.jsonl:12#3"),  # not a line number at the end
    ("web", "web::34"),  # no file before the line number
    ("web", "web:a\nb:3"),  # a line break: no file
    ("web", "web:é:١٢"),  # Unicode digits are digits to both
    ("web", "web:a::3"),
    ("web", "web:a:"),
    ("other", "web:part.jsonl:1"),  # another source's prefix: an id of its own
    (None, "unknown:part.jsonl:1"),  # no source: read as unknown
    ("web", "urn:uuid:1234"),
    ("web", "web:12"),  # the digits follow the source's own colon
    ("a:1", "a:1:12"),
    ("a:1", "a:1:x:12"),
    ("web", None),
]


def test_input_file_is_what_precedes_a_final_line_number() -> None:
    frame = pl.DataFrame({"source": [s for s, _ in IDS], "id": [i for _, i in IDS]})
    found = frame.with_columns(input_name()).select(input_file())[INPUT_FILE].to_list()
    expected = []
    for source, rid in IDS:
        prefix = f"{source or 'unknown'}:"
        match = re.fullmatch(r"(.+):\d+", rid[len(prefix) :]) if rid and rid.startswith(prefix) else None
        expected.append(match.group(1) if match else None)
    assert found == expected
    assert found[:3] == ["part-000.jsonl", "dir/part:000.jsonl", None]


SELECT_IMPORTS = """
import sys
from corpusmill.cli import app
sys.argv = ["corpusmill", *sys.argv[1:]]
try:
    app()
except SystemExit as done:
    assert not done.code, done.code
print(" ".join(sorted(sys.modules)))
"""
NOT_FOR_SELECT = ("corpusmill.pipeline.runner", "corpusmill.pipeline.sources", "datatrove.executor", "pandas.core")
"""What ``select`` never needs: the runner with datatrove's executors and every source reader
(``pipeline.run_folder`` has what a run folder is), and pandas (pyarrow is settled without it)."""


@pytest.mark.slow
def test_select_imports_no_runner_and_no_pandas(tmp_path: Path, test_data: Path) -> None:
    lines = (test_data / "web/text/llamafactory_c4_demo.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    (tmp_path / "c4.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = {"sources": [{"name": "c4", "type": "jsonl", "paths": [str(tmp_path / "c4.jsonl")]}]}
    for name, min_chars in (("tag", 200), ("select", 400)):
        stages = [{"length": {"min_chars": min_chars}}]
        (tmp_path / f"{name}.yaml").write_text(yaml.safe_dump(config | {"stages": stages}), encoding="utf-8")
    tagged = corpusmill("run", tmp_path / "tag.yaml", "--tag", "--out", tmp_path / "tagged")
    assert tagged.returncode == 0, tagged.stderr
    args = ["select", tmp_path / "tagged", "--config", tmp_path / "select.yaml", "--out", tmp_path / "out"]
    done = subprocess.run([sys.executable, "-c", SELECT_IMPORTS, *map(str, args)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    imported = set(done.stdout.splitlines()[-1].split())
    assert "corpusmill.pipeline.select.output" in imported and "corpusmill.pipeline.run_folder" in imported
    assert not {m for m in imported if m.startswith(NOT_FOR_SELECT)}
    assert pl.read_parquet(tmp_path / "out" / "rejects" / "**" / "*.parquet")["reason"].unique().to_list() == [
        "select:length:too_short"
    ]


def test_language_thresholds_per_label_as_replace_strict_gave_them() -> None:
    """The per-label threshold is a ``when`` chain (``replace_strict`` made the select query run in
    memory): the same limit for every label, a missing one and null."""
    from corpusmill.filters.language import LanguageParams, label_threshold

    params = LanguageParams(languages=["en", "de"], threshold=0.7, thresholds={"de": 0.5, "en": 0.9})
    frame = pl.DataFrame({"language.best": ["en", "de", "fr", None]})
    expected = frame["language.best"].replace_strict(
        params.thresholds, default=params.threshold, return_dtype=pl.Float64
    )
    assert frame.select(label_threshold(params))["literal"].to_list() == expected.to_list() == [0.9, 0.5, 0.7, 0.7]
