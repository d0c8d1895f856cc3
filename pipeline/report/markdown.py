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


def removals(r: dict[str, Any]) -> str:
    parts = []
    if r["removals"]:
        parts.append(
            "## Removals by reason\n\n"
            + table(
                ["Reason", "Stage", "Records", "% of input"],
                [[x["reason"], x["stage"], thousands(x["records"]), pct(x["share_of_input"])] for x in r["removals"]],
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
    rejected = r["samples"]["rejected"]
    if not rejected:
        return ""
    rows = [
        [reason, x.get("id", ""), x.get("source", ""), shorten(x.get("text"))]
        for reason, xs in rejected.items()
        for x in xs
    ]
    return "## Rejected samples\n\n" + table(["Reason", "Id", "Source", "Text"], rows)


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
    removals,
    languages,
    distributions,
    sources,
    shards,
    mixture,
    sft,
    samples,
    compare,
    accounting,
)
