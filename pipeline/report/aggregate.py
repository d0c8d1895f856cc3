"""Everything the report shows, as one plain dict (written verbatim as ``report.json``).

All figures are polars aggregates over lazy scans of the run folder, collected together in one
pass (``lazy.resolve``); samples then read one file each. Only aggregates (counts per group or
per distinct value) and a few sample rows are ever collected, so memory stays bounded whatever
the number of records. The HTML and Markdown views render this dict and nothing else.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import polars as pl

from corpusmill.pipeline.accounting import balance_checks
from corpusmill.pipeline.report import health, sft
from corpusmill.pipeline.report.distributions import Spec, describe, summary
from corpusmill.pipeline.report.edits import edit_samples
from corpusmill.pipeline.report.funnel import by_reason, funnel, reject_groups, stats_from_rejects
from corpusmill.pipeline.report.lazy import Pending, pending, resolve
from corpusmill.pipeline.report.profile import data_profile, reject_profile
from corpusmill.pipeline.report.review import review_figures
from corpusmill.pipeline.report.samples import random_kept, random_picks, samples
from corpusmill.pipeline.report.scan import FILE, Run, open_run
from corpusmill.pipeline.report.signals import signals

SCHEMA = "corpusmill.report/1"
SAMPLE_SOURCES = 10
CORPUS_SPECS = [
    Spec("chars", "Characters per record", "log"),
    Spec("token_count", "Tokens per record", "log"),
    Spec("quality_score", "Quality score", "linear"),
    Spec("language_score", "Language score", "linear"),
]
SHARD_TOKENS = Spec("shard_tokens", "Tokens per shard", "linear")
CLUSTER = Spec("cluster_size", "Near-duplicate cluster size (records)", "count")


def aggregate(out: Path) -> dict[str, Any]:
    run = open_run(out)
    data, rejects = data_profile(run), reject_profile(run)
    columns = set() if data is None else set(data.collect_schema().names())
    specs = [s for s in CORPUS_SPECS + sft.SPECS if s.name in columns]
    clusters = near_duplicate_clusters(rejects)
    on_data = {  # the kept records alone: a small output of a large run is queried in memory
        "totals": totals(data),
        "languages": shares(data, ["language"]) if "language" in columns else [],
        "scripts": scripts(data) if {"language", "script"} <= columns else [],
        "file_shards": file_shards(run, data) if data is not None else [],
        "source_files": source_files(data) if data is not None else {},
        "distributions": describe(data, specs) if specs else {},
        "openings": sft.openings(data) if "opening" in columns else None,
        "random_picks": random_picks(run.data) if run.data is not None else [],
        "signals": signals(run.data, Path(out)),
    }
    with_rejects = {
        "groups": reject_groups(rejects) if rejects is not None else [],
        "sources": sources(data, rejects),
        "clusters": describe(clusters, [CLUSTER]) if clusters is not None else {},
        "source_stages": health.source_stages(data, rejects),
        "input_files": health.input_files(data, rejects),
    }
    first = resolve(on_data, run.data_engine) | resolve(with_rejects, run.engine)
    reason_files = {g["reason"]: g["file"] for g in sorted(first["groups"], key=lambda g: (-g["rows"], g["reason"]))}
    output = first["totals"] | {"chars": first["distributions"].get("chars", {}).get("sum")}
    stats = run.stats or stats_from_rejects(first["groups"], output["records"])
    measures = by_reason(first["groups"])
    checks = accounting(
        stats,
        output["records"] if data is not None else None,
        sum(g["rows"] for g in first["groups"]) if rejects is not None else None,
    )
    sft_figures = None
    if run.kind == "sft":
        sft_figures = {
            "checks": sft.checks(stats),
            "verbs": first["openings"] or {"han": [], "other": []},
            "small": output["records"] < sft.SMALL_BELOW,
            "small_below": sft.SMALL_BELOW,
        }
    removed = removals(stats, measures)
    stage_order = [s["name"] for s in stats.get("stages", [])]
    return {
        "schema": SCHEMA,
        "run": {
            "path": str(Path(out).resolve()),
            "kind": run.kind,
            "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        },
        "totals": {
            "input_records": stats.get("input_records"),
            "output_records": stats.get("output_records"),
            "rejected_records": stats.get("rejected_records"),
            "repairs": sum(sum(s.get("fixed", {}).values()) for s in stats.get("stages", [])),
            "output_tokens": output["tokens"],
            "output_chars": output["chars"],
            "kept_share": share(stats.get("output_records"), stats.get("input_records")),
        },
        "accounting": checks,
        "alerts": health.alerts(first["source_stages"], first["input_files"]),
        "warnings": warnings(run, columns, checks, sft_figures, output["records"]),
        "funnel": funnel(stats, measures, output["tokens"], output["chars"]),
        "source_stages": {
            "stages": [name for name in stage_order if any(name in r["removed"] for r in first["source_stages"])]
            + sorted({n for r in first["source_stages"] for n in r["removed"]} - set(stage_order)),
            "rows": first["source_stages"],
        },
        "input_files": first["input_files"][: health.FILE_ROWS],
        "removals": removed,
        "removal_groups": health.reason_groups(removed),
        "line_edits": health.line_edits(stats),
        "line_edit_samples": edit_samples(Path(out)),
        "review": review_figures(Path(out)),
        "fixes": [
            {"reason": r, "stage": s["name"], "records": n}
            for s in stats.get("stages", [])
            for r, n in s.get("fixed", {}).items()
        ],
        "languages": first["languages"],
        "scripts": first["scripts"],
        "distributions": first["distributions"],
        "signals": first["signals"],
        "sources": first["sources"],
        "near_dedup": near_dedup(first["clusters"], stats),
        "shards": shards(run.manifest or {}, first["file_shards"]),
        "mixture": mixture(run.manifest or {}),
        "samples": samples(
            reason_files,
            dict(itertools.islice(first["source_files"].items(), SAMPLE_SOURCES)),
            run.engine,
            run.data_engine,
        )
        | {
            "random_kept": random_kept(run.data, first["random_picks"], run.data_engine) if run.data is not None else []
        },
        "sft": sft_figures,
        "compare": None,
    }


def warnings(
    run: Run, columns: set[str], checks: list[dict[str, Any]], sft_figures: dict[str, Any] | None, records: int
) -> list[str]:
    """What a reader must know before trusting the figures: missing inputs, broken invariants."""
    notes = []
    if run.stats is None:
        notes.append("stats.json is missing: stage counts were rebuilt from rejects/; stage order is unknown.")
    if run.data is not None and "token_count" not in columns:
        notes.append("Output has no token_count column: token figures are not shown.")
    if run.manifest is None:
        notes.append("manifest.json is missing: shard figures come from data/; the planned mixture is unknown.")
    notes += [
        f"Accounting check failed: {c['check']} (expected {c['expected']:,}, found {c['actual']:,})."
        for c in checks
        if not c["ok"]
    ]
    if sft_figures is not None and sft_figures["small"]:
        notes.append(
            f"Only {records:,} conversations remain: below {sft.SMALL_BELOW:,}, fine-tuning on this set "
            "risks overfitting; consider adding data."
        )
    return notes


def share(part: float | None, whole: float | None) -> float | None:
    return None if part is None or not whole else part / whole


def column_sum(frame: pl.LazyFrame, name: str) -> pl.Expr:
    """Sum of a profile column, or null when the run has no such column."""
    return pl.col(name).sum() if name in frame.collect_schema().names() else pl.lit(None, pl.Int64)


def totals(data: pl.LazyFrame | None) -> Pending | dict[str, Any]:
    if data is None:
        return {"records": 0, "tokens": None}
    query = data.select(records=pl.len(), tokens=column_sum(data, "token_count"))
    return pending(query, lambda row: row.row(0, named=True))


def shares(data: pl.LazyFrame, keys: list[str], where: pl.Expr | None = None) -> Pending:
    """Records and tokens per group of ``keys``, largest first, with shares of the whole."""
    frame = data if where is None else data.filter(where)
    query = (
        frame.group_by(*keys)
        .agg(records=pl.len(), tokens=column_sum(data, "token_count"))
        .sort("records", *keys, descending=[True, *[False] * len(keys)])
    )

    def finish(table: pl.DataFrame) -> list[dict[str, Any]]:
        records, tokens = table["records"].sum(), table["tokens"].sum()
        has_tokens = table["tokens"].null_count() < len(table)
        return [
            row
            | {
                "record_share": share(row["records"], records),
                "token_share": share(row["tokens"], tokens) if has_tokens else None,
            }
            for row in table.iter_rows(named=True)
        ]

    return pending(query, finish)


def scripts(data: pl.LazyFrame) -> Pending:
    """Script mix (e.g. Hans/Hant) of Chinese records; shares are within each language."""
    grouped = shares(data, ["language", "script"], pl.col("language").str.starts_with("zh"))

    def finish(table: pl.DataFrame) -> list[dict[str, Any]]:
        rows = grouped.finish(table)
        for language in {r["language"] for r in rows}:
            group = [r for r in rows if r["language"] == language]
            for key in ("records", "tokens"):
                total = sum(r[key] or 0 for r in group)
                for r in group:
                    r[f"{key[:-1]}_share"] = share(r[key], total) if r[key] is not None else None
        return rows

    return Pending(grouped.queries, finish)


def sources(data: pl.LazyFrame | None, rejects: pl.LazyFrame | None) -> Pending | list:
    """Kept and rejected records per source, with mean tokens and quality of the kept ones."""
    queries = []
    if data is not None:
        names = set(data.collect_schema().names())
        aggs: dict[str, pl.Expr] = {"records": pl.len()}
        if "token_count" in names:
            aggs |= {"tokens": pl.col("token_count").sum(), "tokens_mean": pl.col("token_count").mean()}
        if "quality_score" in names:
            aggs["quality_mean"] = pl.col("quality_score").mean()
        queries.append(data.group_by("source").agg(**aggs))
    if rejects is not None:
        queries.append(rejects.group_by("source").agg(rejected=pl.len()))
    empty = {"records": 0, "tokens": None, "tokens_mean": None, "quality_mean": None, "rejected": 0}

    def finish(*tables: pl.DataFrame) -> list[dict[str, Any]]:
        rows: dict[str, dict[str, Any]] = {}
        for table in tables:
            for row in table.iter_rows(named=True):
                rows.setdefault(row["source"], {"source": row["source"], **empty}).update(row)
        for row in rows.values():
            row["rejected_share"] = share(row["rejected"], row["records"] + row["rejected"])
        return sorted(rows.values(), key=lambda r: (-(r["records"] + r["rejected"]), r["source"]))

    return Pending(tuple(queries), finish) if queries else []


def source_files(data: pl.LazyFrame) -> Pending:
    """The first output file holding each source, largest sources first (to read samples from)."""
    query = (
        data.group_by("source").agg(file=pl.col(FILE).min(), n=pl.len()).sort("n", "source", descending=[True, False])
    )
    return pending(query, lambda table: dict(zip(table["source"], table["file"], strict=True)))


def near_duplicate_clusters(rejects: pl.LazyFrame | None) -> pl.LazyFrame | None:
    """One row per cluster: its size (the kept record plus its near duplicates)."""
    if rejects is None:
        return None
    linked = pl.col("reason").str.starts_with("near_duplicate") & pl.col("duplicate_of").is_not_null()
    return rejects.filter(linked).group_by("duplicate_of").agg(cluster_size=pl.len() + 1)


def near_dedup(clusters: dict[str, Any], stats: dict[str, Any]) -> dict[str, Any] | None:
    sizes = clusters.get(CLUSTER.name)
    if not sizes or not sizes["count"]:
        return None
    return {
        "clusters": sizes["count"],
        "duplicates_removed": round(sizes["mean"] * sizes["count"]) - sizes["count"],
        "largest": sizes["max"],
        "cluster_size": sizes,
        "stats": stats.get("near_dedup"),
    }


def file_shards(run: Run, data: pl.LazyFrame) -> Pending:
    """Records and tokens per output file, for runs without a manifest."""
    query = data.group_by(FILE).agg(records=pl.len(), tokens=column_sum(data, "token_count")).sort(FILE)

    def finish(table: pl.DataFrame) -> list[dict[str, Any]]:
        return [
            {
                "path": Path(f).relative_to(run.path).as_posix(),
                "group": Path(f).parent.name,
                "records": n,
                "tokens": t,
                "bytes": Path(f).stat().st_size,
            }
            for f, n, t in table.iter_rows()
        ]

    return pending(query, finish)


def shards(manifest: dict[str, Any], from_files: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Output shards with their fill of the manifest's ``shard_tokens`` target."""
    if manifest.get("shards"):
        keys = ("path", "group", "records", "tokens", "bytes")
        rows, origin = [{k: s.get(k) for k in keys} for s in manifest["shards"]], "manifest"
    elif from_files:
        rows, origin = from_files, "data"
    else:
        return None
    target = manifest.get("shard_tokens")
    tokens = [r["tokens"] for r in rows if r["tokens"] is not None]
    counts = pl.DataFrame({"value": tokens}, schema={"value": pl.Float64}).group_by("value").agg(n=pl.len())
    return {
        "origin": origin,
        "target_tokens": target,
        "count": len(rows),
        "tokens": sum(tokens),
        "tokens_per_shard": summary(SHARD_TOKENS, counts),
        "shards": [r | {"fill": share(r["tokens"], target)} for r in rows],
    }


def mixture(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Achieved vs planned tokens per group (language or source), from the manifest."""
    groups = manifest.get("groups") or {}
    tokens = sum(g.get("tokens") or 0 for g in groups.values())
    planned = sum(g.get("planned_tokens") or 0 for g in groups.values())
    return [
        {
            "group": name,
            "records": g.get("records"),
            "tokens": g.get("tokens"),
            "planned_tokens": g.get("planned_tokens"),
            "share": share(g.get("tokens"), tokens),
            "planned_share": share(g.get("planned_tokens"), planned),
            "achieved_vs_plan": share(g.get("tokens"), g.get("planned_tokens")),
        }
        for name, g in groups.items()
    ]


def accounting(stats: dict[str, Any], data_rows: int | None, reject_rows: int | None) -> list[dict[str, Any]]:
    """The run folder's invariants (``accounting.balance_checks``) and the rows actually on disk."""
    if "stages" not in stats:
        return []
    checks = balance_checks(stats)
    for name, expected, actual in (
        ("rows in data/ = output_records", stats["output_records"], data_rows),
        ("rows in rejects/ = rejected_records", stats["rejected_records"], reject_rows),
    ):
        if actual is not None:
            checks.append({"check": name, "expected": expected, "actual": actual, "ok": expected == actual})
    return checks


def removals(stats: dict[str, Any], measures: dict[str, dict[str, float]]) -> list[dict[str, Any]]:
    rows = [
        {
            "reason": reason,
            "stage": stage["name"],
            "records": n,
            "share_of_input": share(n, stats.get("input_records")),
            "rows_in_rejects": int(measures.get(reason, {}).get("rows", 0)),
        }
        for stage in stats.get("stages", [])
        for reason, n in stage.get("rejected", {}).items()
    ]
    return sorted(rows, key=lambda r: -r["records"])
