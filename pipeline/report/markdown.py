"""Render the report dict as Markdown: the same tables as the HTML page, without charts.

Meant for pull requests, chat and terminals. Record text, ids, paths and warnings are data: they are
escaped so that they can neither break a table nor become HTML or a link when a viewer renders the
Markdown with HTML enabled (as report.html escapes them).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from corpusmill.pipeline.report.compare import TOTALS
from corpusmill.pipeline.report.fmt import (
    EMPTY,
    Fmt,
    compact,
    delta,
    number,
    pct,
    signed_pct,
    thousands,
    value_and_delta,
)
from corpusmill.pipeline.report.health import top

SAMPLE_CHARS = 160
TABLE_ROWS = 50


_MARKUP = re.compile(r"([\\`\[\]|])")


def inline(value: Any) -> str:
    """Data as inert Markdown text on one line: HTML characters become entities, and the backslash,
    backtick, brackets and pipe are backslash-escaped (no code span, link or table cell can open)."""
    text = html.escape(str(value), quote=False).replace("\r", " ").replace("\n", " ")
    return _MARKUP.sub(r"\\\1", text)


def code(value: Any) -> str:
    """A code span around data: HTML is not interpreted there, and the fence is longer than any
    backtick run inside, so the data cannot close it."""
    text = str(value).replace("\r", " ").replace("\n", " ")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A table without the columns that are empty (``–``) on every row, as in the HTML view."""
    keep = [i for i in range(len(headers)) if not rows or any(row[i] != EMPTY for row in rows)]
    headers, rows = [headers[i] for i in keep], [[row[i] for i in keep] for row in rows]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(inline(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: dict[str, Any]) -> str:
    parts = [
        f"# corpusmill data report ({report['run']['kind']})",
        f"Run {code(report['run']['path'])}, generated {inline(report['run']['generated_at'])}.",
    ]
    if report["alerts"]:
        parts.append(
            f"> **⚠ Data problems ({len(report['alerts'])})**: sources or input files that lost most of their "
            "records\n>\n" + "\n".join(f"> - {inline(a)}" for a in report["alerts"])
        )
    parts += [p for p in (builder(report) for builder in SECTIONS) if p]
    parts.append(f"_Same figures as report.json ({report['schema']}) and report.html._")
    return "\n\n".join(parts) + "\n"


def overview(r: dict[str, Any]) -> str:
    t = r["totals"]
    rows = [
        ["Input records", thousands(t["input_records"])],
        ["Output records", f"{thousands(t['output_records'])} ({pct(t['kept_share'])} kept)"],
        ["Rejected records", thousands(t["rejected_records"])],
        ["Fixed (repairs)", thousands(t["repairs"])],
        ["Output tokens", thousands(t["output_tokens"])],
    ]
    text = "## Overview\n\n" + table(["Metric", "Value"], rows)
    if r["warnings"]:
        text += "\n\n**Warnings**\n\n" + "\n".join(f"- {inline(w)}" for w in r["warnings"])
    return text


def funnel(r: dict[str, Any]) -> str:
    if not r["funnel"]:
        return ""
    return "## Funnel\n\n" + table(
        ["Stage", "In", "Kept", "Rejected", "Fixed", "Tokens in", "Tokens removed"],
        [
            [
                s["stage"],
                thousands(s["in"]),
                thousands(s["kept"]),
                thousands(s["rejected"]),
                thousands(s["fixed"]),
                thousands(s["tokens_in"]),
                ("≈ " if s["tokens_estimated"] else "") + thousands(s["tokens_rejected"]),
            ]
            for s in r["funnel"]
        ],
    )


def source_stages(r: dict[str, Any]) -> str:
    s = r["source_stages"]
    if not s["rows"]:
        return ""
    return "## Per source and stage\n\nRecords in, kept, and removed by each stage that removed any.\n\n" + table(
        ["Source", "In", "Kept", "Kept %", *(f"− {stage}" for stage in s["stages"])],
        [
            [
                x["source"],
                thousands(x["in"]),
                thousands(x["kept"]),
                pct(x["kept"] / x["in"] if x["in"] else None),
                *(thousands(x["removed"].get(stage, 0)) for stage in s["stages"]),
            ]
            for x in s["rows"]
        ],
    )


def input_files(r: dict[str, Any]) -> str:
    if not r["input_files"]:
        return ""
    return (
        "## Input files\n\nFiles known from record ids (records without an id of their own, and every "
        "`read:` reject); where a source's records carry their own ids, only its `read:` rejects are "
        "counted per file (`kept` is then unknown).\n\n"
        + table(
            ["File", "Source", "Records seen", "Kept", "Removed by reason"],
            [
                [
                    x["file"],
                    x["source"],
                    thousands(x["in"]),
                    thousands(x["kept"]) if x["counted"] else "unknown",
                    top(x["reasons"], n=4),
                ]
                for x in r["input_files"]
            ],
        )
    )


def removals(r: dict[str, Any]) -> str:
    parts = []
    if r["removals"]:
        parts.append(
            "## Removals by reason\n\n"
            + table(
                ["Reason", "Stage", "Records", "% of input", "Codes"],
                [
                    [
                        f"{x['family']}:* ({len(x['reasons'])} codes)" if "family" in x else x["reason"],
                        x["stage"] or "several",
                        thousands(x["records"]),
                        pct(x["share_of_input"]),
                        ", ".join(f"{m['reason'].split(':', 1)[1]} {m['records']:,}" for m in x["reasons"])
                        if "family" in x
                        else EMPTY,
                    ]
                    for x in r["removal_groups"]
                ],
            )
        )
    if r["fixes"]:
        parts.append(
            "### Repairs\n\n"
            + table(
                ["Fix", "Stage", "Records"],
                [[x["reason"], x["stage"], thousands(x["records"])] for x in r["fixes"]],
            )
        )
    if r["line_edits"]:
        parts.append(
            "### Lines removed from kept records\n\n"
            + table(
                ["Kind", "Stage", "Lines removed", "Records in stage"],
                [[x["kind"], x["stage"], thousands(x["lines"]), thousands(x["records_in"])] for x in r["line_edits"]],
            )
        )
    for sample in r.get("line_edit_samples", []):
        head = f"{sample['stage_id']} removed {sample['removed']} lines from {sample['id']} ({sample['source']})"
        rows = [["removed" if mark == "-" else "kept", line] for mark, line in sample["lines"]]
        parts.append(inline(head) + ":\n\n" + table(["", "Line"], rows))
    return "\n\n".join(parts)


def languages(r: dict[str, Any]) -> str:
    if not r["languages"]:
        return ""
    text = "## Languages\n\n" + table(
        ["Language", "Records", "Record share", "Tokens", "Token share"],
        [
            [
                x["language"],
                thousands(x["records"]),
                pct(x["record_share"]),
                thousands(x["tokens"]),
                pct(x["token_share"]),
            ]
            for x in r["languages"]
        ],
    )
    if r["scripts"]:
        text += "\n\n### Chinese scripts\n\n" + table(
            ["Language", "Script", "Records", "Share in language", "Tokens"],
            [
                [
                    x["language"],
                    x["script"],
                    thousands(x["records"]),
                    pct(x["record_share"]),
                    thousands(x["tokens"]),
                ]
                for x in r["scripts"]
            ],
        )
    return text


def distribution_rows(dists: Sequence[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            d["label"],
            thousands(d["count"]),
            *(number(d[k]) for k in ("mean", "min", "p10", "p50", "p90", "max")),
        ]
        for d in dists
    ]


DISTRIBUTION_HEADERS = ["Measure", "Count", "Mean", "Min", "P10", "Median", "P90", "Max"]


def signals(r: dict[str, Any]) -> str:
    """Tagged runs: each thresholded signal's summary, its threshold and how many records fail it."""
    found = [d for d in (r.get("signals") or {}).values() if d["count"]]
    if not found:
        return ""
    rows = [
        [*row, f"{'≥' if d['minimum'] else '≤'} {number(d['threshold'])}", thousands(d["failing"])]
        for row, d in zip(distribution_rows(found), found, strict=True)
    ]
    intro = "Tagged run: every record kept with its measures; `corpusmill select` decides again.\n\n"
    return "## Tagged signals\n\n" + intro + table([*DISTRIBUTION_HEADERS, "Threshold", "Failing"], rows)


def distributions(r: dict[str, Any]) -> str:
    dists = [d for d in r["distributions"].values() if d["count"]]
    if r["near_dedup"]:
        dists.append(r["near_dedup"]["cluster_size"])
    if not dists:
        return ""
    return "## Distributions\n\n" + table(DISTRIBUTION_HEADERS, distribution_rows(dists))


def sources(r: dict[str, Any]) -> str:
    if not r["sources"]:
        return ""
    return "## Per source\n\n" + table(
        ["Source", "Kept", "Rejected", "Rejected %", "Tokens", "Mean tokens", "Mean quality"],
        [
            [
                x["source"],
                thousands(x["records"]),
                thousands(x["rejected"]),
                pct(x["rejected_share"]),
                thousands(x["tokens"]),
                number(x["tokens_mean"]),
                number(x["quality_mean"]),
            ]
            for x in r["sources"]
        ],
    )


def shards(r: dict[str, Any]) -> str:
    s = r["shards"]
    if s is None:
        return ""
    target = f", target {thousands(s['target_tokens'])} tokens per shard" if s["target_tokens"] else ""
    shown = s["shards"][:TABLE_ROWS]
    more = f" The table lists the first {len(shown)}." if len(shown) < s["count"] else ""
    intro = f"{s['count']:,} shards, {thousands(s['tokens'])} tokens{target} (from {s['origin']}).{more}"
    return f"## Output shards\n\n{intro}\n\n" + table(
        ["Shard", "Group", "Records", "Tokens", "Fill of target", "Bytes"],
        [
            [
                x["path"],
                x["group"] or "",
                thousands(x["records"]),
                thousands(x["tokens"]),
                pct(x["fill"]),
                compact(x["bytes"]),
            ]
            for x in shown
        ],
    )


def mixture(r: dict[str, Any]) -> str:
    if not r["mixture"]:
        return ""
    return "## Mixture\n\n" + table(
        ["Group", "Planned tokens", "Achieved tokens", "Achieved / plan", "Planned share", "Achieved share"],
        [
            [
                x["group"],
                thousands(x["planned_tokens"]),
                thousands(x["tokens"]),
                pct(x["achieved_vs_plan"]),
                pct(x["planned_share"]),
                pct(x["share"]),
            ]
            for x in r["mixture"]
        ],
    )


def sft(r: dict[str, Any]) -> str:
    s = r["sft"]
    if s is None:
        return ""
    parts = ["## Instruction data (SFT)"]
    if s["checks"]:
        parts.append(
            table(
                ["Check", "Rejected", "Fixed"],
                [[c["check"], thousands(c["rejected"]), thousands(c["fixed"])] for c in s["checks"]],
            )
        )
    for key, title in (("other", "Top instruction verbs"), ("han", "Top Chinese openings (2 characters)")):
        if s["verbs"][key]:
            parts.append(
                f"### {title}\n\n"
                + table(
                    ["Opening", "Conversations"],
                    [[v["verb"], thousands(v["records"])] for v in s["verbs"][key]],
                )
            )
    return "\n\n".join(parts)


def samples(r: dict[str, Any]) -> str:
    parts = []
    rejected = r["samples"]["rejected"]
    if rejected:
        rows = [
            [reason, x.get("id", ""), x.get("source", ""), shorten(x.get("text"))]
            for reason, xs in rejected.items()
            for x in xs
        ]
        parts.append("## Rejected samples\n\n" + table(["Reason", "Id", "Source", "Text"], rows))
    kept = r["samples"]["random_kept"]
    if kept:
        rows = [
            [g["source"], g["language"] or EMPTY, x.get("id", ""), shorten(x.get("text"))]
            for g in kept
            for x in g["rows"]
        ]
        parts.append(
            "## Kept records at random\n\nA seeded random draw per source and language: what the output "
            "holds, not only what was removed.\n\n" + table(["Source", "Language", "Id", "Text"], rows)
        )
    return "\n\n".join(parts)


def shorten(text: str | None) -> str:
    if text is None:
        return "(not kept)"
    return text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS] + "…"


def compared(x: dict[str, Any], fmt: Fmt, delta_fmt: Fmt, label: str | None = None) -> list[str]:
    return [label or x["key"], fmt(x["this"]), fmt(x["other"]), delta_fmt(x["delta"])]


def compare(r: dict[str, Any]) -> str:
    c = r["compare"]
    if c is None:
        return ""
    headers = ["", "This run", "Other run", "Δ"]
    sections = {
        "Funnel: records kept per stage": [compared(x, thousands, delta) for x in c["funnel"]],
        "Removals by reason": [compared(x, thousands, delta) for x in c["removals"]],
        "Languages: share of output records": [compared(x, pct, signed_pct) for x in c["languages"]],
    }
    totals = [compared(x, *value_and_delta(x["key"]), TOTALS[x["key"]]) for x in c["totals"]]
    return "\n\n".join(
        [f"## Comparison\n\nThis run vs {code(c['other'])} (Δ = this − other).", table(headers, totals)]
        + [f"### {title}\n\n" + table(headers, rows) for title, rows in sections.items()]
    )


def review(r: dict[str, Any]) -> str:
    figures = r.get("review")
    if not figures:
        return ""
    rows = [
        [
            x["group"],
            thousands(x["judged"]),
            pct(x["share"]) if x["share"] is not None else EMPTY,
            f"{x['low']:.2f}–{x['high']:.2f}",
        ]
        for x in figures["reasons"]
    ]
    parts = [
        f"## What people judged ({thousands(figures['judgements'])} judgements, `corpusmill review`)",
        "Precision of each reason: the share of its judged rejects that deserved to go, with a 95% (Wilson) interval.",
        table(["Reason", "Judged", "Precision", "95% interval"], rows),
    ]
    if figures["kept"]:
        kept = [
            [x["group"], thousands(x["judged"]), pct(1 - x["share"]) if x["share"] is not None else EMPTY]
            for x in figures["kept"]
        ]
        parts.append(table(["Source (kept records)", "Judged", "Judged junk"], kept))
    parts += [f"- {inline(h)}" for h in figures["hints"]]
    return "\n\n".join(parts)


def accounting(r: dict[str, Any]) -> str:
    if not r["accounting"]:
        return ""
    return "## Accounting checks\n\n" + table(
        ["Check", "Expected", "Actual", "Status"],
        [
            [c["check"], thousands(c["expected"]), thousands(c["actual"]), "ok" if c["ok"] else "**FAILED**"]
            for c in r["accounting"]
        ],
    )


SECTIONS = (
    overview,
    funnel,
    source_stages,
    input_files,
    removals,
    languages,
    distributions,
    signals,
    sources,
    shards,
    mixture,
    sft,
    samples,
    compare,
    review,
    accounting,
)
