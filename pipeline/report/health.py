"""What is wrong with the input, told loudly: records per source and stage, and alerts when a
source or an input file loses most of its records, or when one unreadable-file reject stands for
a whole file.

A user reads "42,000 records in, 30,000 kept" and moves on; that one source lost every record, or
that an archive of 3.6 MB became one ``read:corrupt_warc`` row, is what they need to see first.

Files are known from record ids: the reader names records that have no id of their own
``<source>:<file>:<line>``, and every ``read:`` reject is named so. A source whose records carry
their own ids (WARC-Record-ID, Dolma ids) is counted per file only by its ``read:`` rejects.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polars as pl

from corpusmill.pipeline.report.lazy import Pending
from corpusmill.pipeline.report.profile import INPUT_FILE, INPUT_NAME, input_file

LOST_SHARE = 0.5
"""A source or file that loses more than this share of its records gets an alert."""
MIN_FILE_RECORDS = 2
"""Files with fewer attributable records are too small for a share to mean anything."""
MANY_READ_REJECTS = 10
READ_SHARE_OF_SOURCE = 0.1
"""A file with at least ``MANY_READ_REJECTS`` records rejected while reading, which are also this
share of its source's input, gets an alert even when its other records cannot be counted."""
FILE_ROWS = 50
MAX_FILE_ALERTS = 20
"""Alerts about files beyond this many are summed up in one line (the Input files table has them)."""
DETAIL = re.compile(r"^(?P<path>\S+?)(?:@(?P<offset>\d+))?(?::(?=\s|\d)\s*(?P<rest>.*)|\s|$)", re.S)
"""The path at the start of a ``read:`` detail, the byte offset the problem was found at, and the
message after it."""
AFTER_RECORD = re.compile(r"^(?:after record (\d+)|row (\d+)|(\d+)):")
"""A stream that broke after a JSON record, an Arrow row or a CSV line: the reader stops there."""
ROW_GROUP = re.compile(r"^row group \d+ \((\d+) rows from row \d+\)")
"""A Parquet row group that could not be decoded: one reject for all its rows."""
EXCEPTION = re.compile(r"^[A-Z]\w*: ")
"""An archive reader's exception (``ArchiveLoadFailed: ...``): the reader stops there, while a bad
record it can step over is described in words ("record length does not match ...")."""
FILE_LEVEL = ("read:corrupt_file", "read:corrupt_warc", "read:empty_file")


def source_stages(data: pl.LazyFrame | None, rejects: pl.LazyFrame | None) -> Pending | list:
    """Per source: records in, removed by each stage (and for each reason), and kept."""
    queries = []
    if rejects is not None:
        queries.append(rejects.group_by("source", "stage", "reason").agg(n=pl.len()))
    if data is not None:
        queries.append(data.group_by("source").agg(kept=pl.len()).with_columns(stage=pl.lit(None, pl.String)))
    if not queries:
        return []

    def finish(*tables: pl.DataFrame) -> list[dict[str, Any]]:
        rows: dict[str, dict[str, Any]] = {}
        for table in tables:
            for row in table.iter_rows(named=True):
                empty = {"source": row["source"], "in": 0, "kept": 0, "removed": {}, "reasons": {}}
                entry = rows.setdefault(row["source"], empty)
                if row["stage"] is None:
                    entry["kept"] += row["kept"]
                else:
                    entry["removed"][row["stage"]] = entry["removed"].get(row["stage"], 0) + row["n"]
                    entry["reasons"][row["reason"]] = entry["reasons"].get(row["reason"], 0) + row["n"]
        for entry in rows.values():
            entry["in"] = entry["kept"] + sum(entry["removed"].values())
            entry["reasons"] = dict(sorted(entry["reasons"].items(), key=lambda kv: (-kv[1], kv[0])))
        return sorted(rows.values(), key=lambda r: (-r["in"], r["source"]))

    return Pending(tuple(queries), finish)


def input_files(data: pl.LazyFrame | None, rejects: pl.LazyFrame | None) -> Pending | list:
    """Per input file known from ids: records kept, removed per reason, and the ``read:`` detail of
    a whole-file problem; ``counted`` says whether every record of its source is attributable.

    One query per folder, grouped by the ids' file part (``profile.input_name``: null for records
    with ids of their own, counted per source here); the file is worked out per group."""
    if rejects is None:
        return []
    queries = [
        rejects.group_by("source", INPUT_NAME, "stage", "reason").agg(
            n=pl.len(),
            detail=pl.col("detail").drop_nulls().last(),  # reading stops at the last
        )
    ]
    if data is not None:
        queries.append(data.group_by("source", INPUT_NAME).agg(kept=pl.len()))

    def finish(all_reasons: pl.DataFrame, *all_kept: pl.DataFrame) -> list[dict[str, Any]]:
        all_reasons = all_reasons.select("source", input_file(), "stage", "reason", "n", "detail")
        all_kept = tuple(table.select("source", input_file(), "kept") for table in all_kept)
        named = pl.col(INPUT_FILE).is_not_null()
        own: dict[str, int] = {}
        unnamed = [all_reasons.filter(~named & (pl.col("stage") != "read")).select("source", "n")]
        unnamed += [table.filter(~named).select("source", "kept") for table in all_kept]
        for table in unnamed:
            for source, n in table.iter_rows():
                own[source] = own.get(source, 0) + n
        reasons = all_reasons.filter(named)
        kept_tables = [table.filter(named) for table in all_kept]
        files: dict[tuple[str, str], dict[str, Any]] = {}

        def entry(source: str, name: str) -> dict[str, Any]:
            empty = {"source": source, "file": name, "in": 0, "kept": 0, "read": 0, "reasons": {}, "whole_file": None}
            return files.setdefault((source, name), empty)

        for row in reasons.iter_rows(named=True):
            f = entry(row["source"], row[INPUT_FILE])
            f["reasons"][row["reason"]] = f["reasons"].get(row["reason"], 0) + row["n"]
            f["in"] += row["n"]
            if row["stage"] == "read":
                f["read"] += row["n"]
                f["whole_file"] = f["whole_file"] or whole_file(row["reason"], row["detail"])
        for table in kept_tables:
            for source, name, n in table.iter_rows():
                f = entry(source, name)
                f["kept"] += n
                f["in"] += n
        for f in files.values():
            f["counted"] = own.get(f["source"], 0) == 0
            f["reasons"] = dict(sorted(f["reasons"].items(), key=lambda kv: (-kv[1], kv[0])))
        return sorted(files.values(), key=lambda f: (-(f["in"] - f["kept"]), f["source"], f["file"]))

    return Pending(tuple(queries), finish)


def whole_file(reason: str, detail: str | None) -> dict[str, Any] | None:
    """A ``read:`` reject that stands for many records: nothing read from a file's start
    (``unreadable``), reading stopped part way (``stopped``, after a record number or at a byte
    offset), a Parquet row group (``rows``), or a file without any record (``empty``); with the
    file's size on disk when it can still be found. A cut file (``read:truncated_file``) lost one
    record: what came before it was read."""
    found = DETAIL.match(detail or "")
    if reason not in FILE_LEVEL or found is None:
        return None
    offset, rest = found["offset"], found["rest"] or ""
    after, group = AFTER_RECORD.match(rest), ROW_GROUP.match(rest)
    if reason == "read:empty_file":
        kind = "empty"
    elif group:
        kind = "rows"
    elif after or (offset not in (None, "0") and EXCEPTION.match(rest)):
        kind = "stopped"
    elif offset == "0" or (offset is None and reason == "read:corrupt_file"):
        kind = "unreadable"
    else:
        return None  # one bad record the reader stepped over
    try:
        size = Path(found["path"]).stat().st_size
    except (OSError, ValueError):
        size = None
    return {
        "kind": kind,
        "reason": reason,
        "path": found["path"],
        "bytes": size,
        "stopped_at": stopped_at(after, offset) if kind == "stopped" else None,
        "rows": int(group[1]) if group else None,
        "offset": int(offset) if offset is not None else None,
        "detail": detail,
    }


def stopped_at(after: re.Match[str] | None, offset: str | None) -> str:
    """Where a reader stopped, in the unit its detail gives: record, row, line or byte."""
    if after is None:
        return f"at byte {int(offset or 0):,}"
    record, row, line = after.groups()
    if record is not None:
        return f"after record {int(record):,}"
    return f"at row {int(row):,}" if row is not None else f"at line {int(line):,}"


def alerts(sources: list[dict[str, Any]], files: list[dict[str, Any]]) -> list[str]:
    """One line per source or file that lost most of its records, worst first."""
    lines, file_lines = [], []
    inputs = {s["source"]: s["in"] for s in sources}
    for s in sorted(sources, key=lambda s: (s["kept"] / s["in"] if s["in"] else 1, s["source"])):
        if s["in"] and s["in"] - s["kept"] > LOST_SHARE * s["in"]:
            lines.append(f"Source {s['source']} {lost(s['in'], s['kept'])}: {top(s['reasons'])}.")
    for f in files:
        line = file_alert(f, inputs.get(f["source"], 0))
        if line is not None:
            file_lines.append(line)
    if len(file_lines) > MAX_FILE_ALERTS:
        rest = len(file_lines) - MAX_FILE_ALERTS
        file_lines = [*file_lines[:MAX_FILE_ALERTS], f"… and {rest:,} more files that lost most of their records."]
    return lines + file_lines


def file_alert(f: dict[str, Any], source_in: int) -> str | None:
    """The alert line of one input file, or None when it lost little (or is its whole source, which
    already has its own line)."""
    where = f"File {f['file']} (source {f['source']})"
    if f["whole_file"] is not None:
        w = f["whole_file"]
        if w["kind"] == "empty" and not w["bytes"]:
            return None  # an empty file lost nothing
        size = f" of {size_text(w['bytes'])}" if w["bytes"] else ""
        if w["kind"] == "rows":
            what, stands = "has a row group that could not be decoded", f"for its {w['rows']:,} rows"
        elif w["kind"] == "stopped":
            what, stands = f"stopped being read {w['stopped_at']}", "for the rest of the file"
        else:
            what = "yielded no record" if w["kind"] == "empty" else "could not be read from its start"
            stands = "for every record it holds"
        return f"{where}{size} {what}: one {w['reason']} reject stands {stands} ({w['detail'][:160]})."
    if f["counted"] and f["in"] >= MIN_FILE_RECORDS and f["in"] - f["kept"] > LOST_SHARE * f["in"]:
        return None if f["in"] == source_in else f"{where} {lost(f['in'], f['kept'])}: {top(f['reasons'])}."
    if f["read"] >= MANY_READ_REJECTS and f["read"] >= READ_SHARE_OF_SOURCE * source_in:
        reads = {r: n for r, n in f["reasons"].items() if r.startswith("read:")}
        return f"{where}: {f['read']:,} records rejected while reading ({top(reads)})."
    return None


def lost(records_in: int, kept: int) -> str:
    if kept == 0:
        return f"lost ALL {records_in:,} records"
    return f"lost {(records_in - kept) / records_in:.0%} of its records ({records_in:,} in, {kept:,} kept)"


def top(counts: dict[str, int], prefix: str = "", n: int = 3) -> str:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    text = ", ".join(f"{prefix}{k} {v:,}" for k, v in ranked[:n])
    return text + (f" and {len(ranked) - n} more" if len(ranked) > n else "")


def size_text(size: int) -> str:
    for limit, unit in ((1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")):
        if size >= limit:
            return f"{size / limit:.1f} {unit}"
    return f"{size} bytes"


LINE_EDITS = ("clean_lines:", "boilerplate_lines:", "quality:c4_lines")
"""Fixes that count lines removed from records that were kept (``fixed:`` in stats.json)."""


def line_edits(stats: dict[str, Any]) -> list[dict[str, Any]]:
    """Lines removed from kept records, per kind, with the records the stage saw."""
    return [
        {"kind": reason, "stage": stage["name"], "lines": n, "records_in": stage.get("in")}
        for stage in stats.get("stages", [])
        for reason, n in stage.get("fixed", {}).items()
        if reason.startswith(LINE_EDITS)
    ]


GROUP_MIN = 5
"""A family of reasons (``language:es``, ``language:fr``, ...) with this many codes is shown as one
group that opens to its codes."""


def reason_groups(removals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The removals table with large families folded: ``{family, records, share_of_input, reasons}``
    rows for families of ``GROUP_MIN`` codes or more, the other reasons as they are; largest first."""
    families: dict[str, list[dict[str, Any]]] = {}
    for row in removals:
        families.setdefault(row["reason"].split(":", 1)[0] if ":" in row["reason"] else row["reason"], []).append(row)
    rows: list[dict[str, Any]] = []
    for family, members in families.items():
        if len(members) < GROUP_MIN:
            rows += members
            continue
        shares = [m["share_of_input"] for m in members]
        rows.append(
            {
                "family": family,
                "stage": members[0]["stage"] if len({m["stage"] for m in members}) == 1 else None,
                "records": sum(m["records"] for m in members),
                "share_of_input": None if None in shares else sum(shares),
                "reasons": members,
            }
        )
    return sorted(rows, key=lambda r: -r["records"])
