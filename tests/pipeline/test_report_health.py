"""The report tells a user what is wrong with their data: alerts at the top when a source or a file
loses most of its records or one read reject stands for a whole file, a source x stage table,
files known from ids, grouped reasons, line edits and a seeded random sample of kept text.

Run folders are written here with pyarrow; expected figures are counted from the rows written."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from corpusmill.pipeline.report.health import GROUP_MIN, MAX_FILE_ALERTS, alerts, whole_file
from corpusmill.pipeline.report.write import write_report
from tests.pipeline.test_report import INJECTION, lines, reject, stats_for, write

LANGUAGE_CODES = ["es", "fr", "de", "it", "pt", "ru"]


def kept_row(rid: str, source: str, text: str, language: str) -> dict[str, Any]:
    return {"id": rid, "text": text, "source": source, "url": None, "language": language, "token_count": len(text)}


def write_run(out: Path, test_data: Path) -> dict[str, Any]:
    """Source ``books`` (ids from file and line, as the reader names records without ids) keeps
    all 30 records of ``books.jsonl``; source ``forum`` loses 16 of the 20 records of
    ``forum<INJECTION>.jsonl`` and keeps the 6 of ``forum-b.jsonl``; source ``crawl`` (own ids)
    keeps 4 pages and holds an archive the reader could not open, of which one read reject is all
    that is left."""
    en, zh = lines(test_data, "en", 60), lines(test_data, "zh", 20)
    archive = out.parent / f"{out.name}-archive.warc.gz"
    archive.write_bytes(b"\x00" * 50_000)
    kept = [kept_row(f"books:books.jsonl:{i}", "books", en[i], "en") for i in range(20)]
    kept += [kept_row(f"books:books.jsonl:{20 + i}", "books", zh[i], "zh") for i in range(10)]
    kept += [kept_row(f"forum:forum{INJECTION}.jsonl:{i}", "forum", en[30 + i], "en") for i in range(4)]
    kept += [kept_row(f"forum:forum-b.jsonl:{i}", "forum", en[20 + i], "en") for i in range(6)]
    kept += [kept_row(f"<urn:uuid:{i}>", "crawl", en[40 + i], "en") for i in range(4)]
    forum = f"forum{INJECTION}.jsonl"
    rejects = [
        reject("language", f"language:{LANGUAGE_CODES[i % 6]}", f"forum:{forum}:{4 + i}", "forum", en[44 + i])
        for i in range(12)
    ]
    rejects += [
        reject("quality", "quality:c4_few_sentences", f"forum:{forum}:{16 + i}", "forum", "x") for i in range(2)
    ]
    rejects += [
        reject("quality", "quality:gopher_short_doc", f"forum:{forum}:{18 + i}", "forum", "y") for i in range(2)
    ]
    rejects.append(
        reject(
            "read",
            "read:corrupt_warc",
            "crawl:archive.warc.gz:1",
            "crawl",
            "",
            detail=f"{archive}@0: ArchiveLoadFailed: Unknown archive format",
        )
    )
    write(out / "data" / "shard-00000.parquet", kept)
    for stage in ("read", "language", "quality"):
        write(out / "rejects" / stage / "00000.parquet", [r for r in rejects if r["stage"] == stage])
    fixed = {"quality": {"quality:c4_lines": 17}, "read": {"read:duplicate_id": 1}}
    stats = stats_for(["read", "language", "quality"], rejects, len(kept), fixed)
    after_read = stats["stages"][0]["kept"]
    line_fixes = {"clean_lines:repeated": 9, "clean_lines:symbols": 4}
    stats["stages"].insert(
        1, {"name": "clean_lines", "in": after_read, "kept": after_read, "rejected": {}, "fixed": line_fixes}
    )
    (out / "stats.json").write_text(json.dumps(stats))
    return {"kept": kept, "rejects": rejects, "archive": archive}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, test_data: Path) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    out = tmp_path_factory.mktemp("health") / "run"
    out.mkdir()
    rows = write_run(out, test_data)
    write_report(out)
    return out, rows, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_source_by_stage_table_counts_every_record(run: tuple[Path, dict, dict]) -> None:
    _, rows, figures = run
    table = {r["source"]: r for r in figures["source_stages"]["rows"]}
    kept = Counter(r["source"] for r in rows["kept"])
    removed = Counter((r["source"], r["stage"]) for r in rows["rejects"])
    for source, entry in table.items():
        assert entry["kept"] == kept[source]
        assert entry["removed"] == {stage: n for (s, stage), n in removed.items() if s == source}
        assert entry["in"] == entry["kept"] + sum(entry["removed"].values())
    assert set(table) == {"books", "forum", "crawl"}
    assert figures["source_stages"]["stages"] == ["read", "language", "quality"]  # clean_lines removed none


def test_alerts_name_the_source_and_files_that_lost_most(run: tuple[Path, dict, dict]) -> None:
    _, _, figures = run
    alerts = figures["alerts"]
    assert any(a.startswith("Source forum lost 62% of its records (26 in, 10 kept)") for a in alerts)
    assert any(
        a.startswith(f"File forum{INJECTION}.jsonl (source forum) lost 80% of its records (20 in,") for a in alerts
    )
    assert not any("forum-b" in a for a in alerts)
    whole = [a for a in alerts if "archive.warc.gz" in a]
    assert len(whole) == 1 and "48.8 KB" in whole[0] and "stands for every record" in whole[0]
    assert not any("books" in a for a in alerts)  # nothing lost there
    files = {f["file"]: f for f in figures["input_files"]}
    books = files["books.jsonl"]
    assert (books["in"], books["kept"], books["counted"], books["reasons"]) == (30, 30, True, {})
    assert files["archive.warc.gz"]["counted"] is False  # crawl's pages carry their own ids


def test_alerts_come_first_in_every_view_and_stay_text(
    run: tuple[Path, dict, dict], capsys: pytest.CaptureFixture[str]
) -> None:
    out, _, figures = run
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert markdown.index("Data problems") < markdown.index("## Overview")
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    assert "<script" not in rendered and "&lt;script&gt;" in rendered
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.index('class="alerts"') < page.index('id="overview"')
    assert "<script" not in page and "&lt;script&gt;alert" in page
    from corpusmill.cli.report import write

    write(out)  # the command's report: the data problems are one line on stderr
    terminal = [line for line in capsys.readouterr().err.splitlines() if line.startswith("WARNING")]
    assert len(terminal) == 1 and f"{len(figures['alerts'])} data problems" in terminal[0]


def test_a_family_of_many_codes_is_one_expandable_group(run: tuple[Path, dict, dict]) -> None:
    out, rows, figures = run
    groups = figures["removal_groups"]
    [language] = [g for g in groups if g.get("family") == "language"]
    assert len(language["reasons"]) == len(LANGUAGE_CODES) >= GROUP_MIN
    assert language["records"] == sum(r["reason"].startswith("language:") for r in rows["rejects"])
    assert {"quality:c4_few_sentences", "quality:gopher_short_doc"} <= {g.get("reason") for g in groups}
    page = (out / "report.html").read_text(encoding="utf-8")
    details = page[page.index("<details><summary>language:* (6 codes)") :]
    details = details[: details.index("</details>")]
    assert all(f"language:{code}" in details for code in LANGUAGE_CODES)
    markdown = (out / "report.md").read_text(encoding="utf-8")
    [row] = [line for line in markdown.splitlines() if line.startswith("| language:* (6 codes) |")]
    assert "es 2" in row and "ru 2" in row


def test_line_edits_list_lines_removed_per_kind(run: tuple[Path, dict, dict]) -> None:
    out, rows, figures = run
    assert [(x["kind"], x["lines"]) for x in figures["line_edits"]] == [
        ("clean_lines:repeated", 9),
        ("clean_lines:symbols", 4),
        ("quality:c4_lines", 17),
    ]
    after_read = len(rows["kept"]) + len(rows["rejects"]) - 1
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert f"| clean_lines:repeated | clean_lines | 9 | {after_read} |" in markdown


def test_random_kept_sample_per_source_and_language_is_seeded(run: tuple[Path, dict, dict]) -> None:
    out, rows, figures = run
    groups = figures["samples"]["random_kept"]
    by_key = {(g["source"], g["language"]): g for g in groups}
    assert set(by_key) == {(r["source"], r["language"]) for r in rows["kept"]}
    kept = {r["id"]: r for r in rows["kept"]}
    for (source, language), group in by_key.items():
        assert 1 <= len(group["rows"]) <= 2
        for row in group["rows"]:
            assert (kept[row["id"]]["source"], kept[row["id"]]["language"]) == (source, language)
    first_ids = [[r["id"] for r in g["rows"]] for g in groups]
    write_report(out)
    again = json.loads((out / "report.json").read_text(encoding="utf-8"))["samples"]["random_kept"]
    assert [[r["id"] for r in g["rows"]] for g in again] == first_ids
    books_en = by_key["books", "en"]["rows"]
    assert [r["id"] for r in books_en] != ["books:books.jsonl:0", "books:books.jsonl:1"]  # not the file's head


def file_row(name: str, records_in: int, kept: int, source: str = "s") -> dict[str, Any]:
    return {
        "source": source,
        "file": name,
        "in": records_in,
        "kept": kept,
        "read": 0,
        "reasons": {"quality:x": records_in - kept},
        "whole_file": None,
        "counted": True,
    }


def test_a_file_that_is_its_whole_source_gets_one_line_not_two() -> None:
    source = {"source": "s", "in": 10, "kept": 0, "removed": {"quality": 10}, "reasons": {"quality:x": 10}}
    assert alerts([source], [file_row("only.jsonl", 10, 0)]) == ["Source s lost ALL 10 records: quality:x 10."]


def test_many_files_are_summed_up_after_the_first_ones() -> None:
    source = {"source": "s", "in": 300, "kept": 150, "removed": {}, "reasons": {}}
    files = [file_row(f"f{i}.jsonl", 10, 1) for i in range(MAX_FILE_ALERTS + 5)] + [file_row("fine.jsonl", 60, 60)]
    lines = alerts([source], files)
    assert len(lines) == MAX_FILE_ALERTS + 1 and lines[-1] == "… and 5 more files that lost most of their records."
    assert lines[0] == "File f0.jsonl (source s) lost 90% of its records (10 in, 1 kept): quality:x 9."


@pytest.mark.parametrize(
    ("reason", "message", "expected"),
    [
        ("read:corrupt_file", "after record 5000: BadGzipFile: bad CRC", "stopped being read after record 5,000"),
        ("read:corrupt_warc", "@70000: ArchiveLoadFailed: Unknown archive format", "stopped being read at byte 70,000"),
        ("read:corrupt_file", "row group 3 (4096 rows from row 12289): ArrowInvalid: bad", "for its 4,096 rows"),
        (
            "read:corrupt_file",
            "not a readable Parquet file: ArrowInvalid: no footer",
            "could not be read from its start",
        ),
        ("read:corrupt_warc", "@0: ArchiveLoadFailed: Unknown archive format", "for every record it holds"),
        ("read:corrupt_warc", "@70000: record length does not match its content", None),
        ("read:truncated_file", "after record 12: EOFError: stream ended", None),
    ],
)
def test_one_read_reject_that_stands_for_many_records_is_told(
    tmp_path: Path, reason: str, message: str, expected: str | None
) -> None:
    """A broken stream, a row group or an unreadable file is one reject for many records; one bad
    record the reader stepped over, or the one record a cut file lost, is not."""
    path = tmp_path / "part-0.bin"
    path.write_bytes(b"\x00" * 3000)
    separator = "" if message.startswith("@") else ": "
    detail = f"{path}{separator}{message}"
    row = file_row("part-0.bin", 1, 0, source="big") | {"read": 1, "reasons": {reason: 1}}
    row["whole_file"] = whole_file(reason, detail)
    source = {"source": "big", "in": 100, "kept": 99, "removed": {"read": 1}, "reasons": {reason: 1}}
    lines = alerts([source], [row])
    if expected is None:
        assert lines == []
    else:
        assert lines == [lines[0]] and expected in lines[0] and "2.9 KB" in lines[0] and reason in lines[0]
