"""Render the report dict as one self-contained HTML page: inline CSS and SVG, no scripts.

Every string that came from the data (reasons, sources, sample text) goes through ``escape``;
nothing is fetched when the page opens, so it reads the same offline or attached to a ticket.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from corpusmill.pipeline.report import svg
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

TOP_ROWS = 25
SHARD_BARS = 30
TABLE_ROWS = 50
SHARE_COLORS = (svg.COLORS[0], svg.COLORS[2])

CSS = """
:root{--fg:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f5f7fa;--blue:#2f6fdb;--red:#d64545}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:var(--bg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
 "Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
header{background:#1f2933;color:#fff;padding:22px 32px}
header h1{margin:0;font-size:22px;font-weight:650}
header .meta{color:#cbd2d9;font-size:13px;margin-top:4px;word-break:break-all}
nav{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid var(--line);padding:8px 32px;
 display:flex;flex-wrap:wrap;gap:4px 18px}
nav a{color:var(--blue);text-decoration:none;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:24px 32px 64px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:0 0 20px}
h2{font-size:18px;margin:0 0 12px}
h3{font-size:15px;margin:20px 0 6px}
p.note{color:var(--muted);font-size:13px;margin:4px 0 8px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-bottom:8px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card .v{font-size:22px;font-weight:650;font-variant-numeric:tabular-nums}
.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .s{color:var(--muted);font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0 4px}
th,td{padding:5px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#f5f7fa;font-weight:600;color:#3e4c59}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even){background:#fafbfc}
.chart{max-width:100%;height:auto;display:block;margin:6px 0}
.chart text{font-family:inherit}
.dist{display:grid;grid-template-columns:minmax(0,760px) minmax(220px,1fr);gap:20px;align-items:start}
.dist table{margin-top:12px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:16px}
@media (max-width:900px){.dist,.pair{grid-template-columns:1fr}}
.warnings{background:#fffbea;border:1px solid #f0b429;border-radius:8px;padding:10px 16px;margin:0 0 20px}
.warnings ul{margin:4px 0;padding-left:20px}
.alerts{background:#fdecea;border:2px solid var(--red);border-radius:8px;padding:10px 16px;margin:0 0 20px}
.alerts strong{color:var(--red);font-size:16px}.alerts ul{margin:4px 0;padding-left:20px}
.alerts li{margin:3px 0;word-break:break-word}
.wide{overflow-x:auto}.wide th{white-space:nowrap}
.ok{color:#2e9e78;font-weight:600}.bad{color:var(--red);font-weight:600}
details{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:0 14px}
.diff{font:12px/1.45 ui-monospace,monospace;white-space:pre-wrap;margin:6px 0 10px}
.diff .del{background:#fde8e8;color:#8a1c1c}.diff .ctx{color:var(--muted,#667)}
summary{cursor:pointer;padding:9px 0;font-weight:600}
summary .muted{font-weight:400}
.muted{color:var(--muted)}
.sample{border:1px solid var(--line);border-radius:6px;padding:8px 10px;margin:8px 0;background:#fcfcfd}
.sample.rejected{border-left:3px solid var(--red)}.sample.kept{border-left:3px solid var(--blue)}
.sample .meta{font-size:12px;color:var(--muted);word-break:break-all}
.sample pre{white-space:pre-wrap;word-break:break-word;margin:6px 0 2px;
 font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC","WenQuanYi Micro Hei Mono",
 monospace}
.badge{display:inline-block;padding:1px 9px;border-radius:10px;background:#e6f0ff;color:var(--blue);
 font-size:12px;font-weight:600;vertical-align:middle}
footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 32px}
"""


@dataclass(frozen=True)
class Cell:
    """A table cell; ``numeric`` right-aligns it, ``cls`` styles it (e.g. ``ok`` / ``bad``)."""

    text: str
    numeric: bool = False
    cls: str = ""


def num(value: float | None, fmt: Fmt = thousands) -> Cell:
    return Cell(fmt(value), numeric=True)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    body: str


def table(headers: Sequence[str], rows: Sequence[Sequence[Cell | str]]) -> str:
    """A table without the columns that are empty (``–``) on every row: absent data, not zeros."""
    cells = [[c if isinstance(c, Cell) else Cell(str(c)) for c in row] for row in rows]
    keep = [i for i in range(len(headers)) if not cells or any(row[i].text != EMPTY for row in cells)]
    headers, cells = [headers[i] for i in keep], [[row[i] for i in keep] for row in cells]
    numeric = [bool(cells) and all(row[i].numeric for row in cells) for i in range(len(headers))]
    head = "".join(
        f'<th class="n">{escape(h)}</th>' if n else f"<th>{escape(h)}</th>"
        for h, n in zip(headers, numeric, strict=True)
    )
    body = "".join("<tr>" + "".join(td(c) for c in row) + "</tr>" for row in cells)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def td(cell: Cell) -> str:
    classes = " ".join(filter(None, ["n" if cell.numeric else "", cell.cls]))
    return f'<td class="{classes}">{escape(cell.text)}</td>' if classes else f"<td>{escape(cell.text)}</td>"


def note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def render_html(report: dict[str, Any]) -> str:
    sections = [s for s in (builder(report) for builder in SECTIONS) if s is not None]
    run = report["run"]
    nav = "".join(f'<a href="#{s.id}">{escape(s.title)}</a>' for s in sections)
    body = "".join(f'<section id="{s.id}"><h2>{escape(s.title)}</h2>{s.body}</section>' for s in sections)
    warnings = ""
    if report["alerts"]:
        items = "".join(f"<li>{escape(a)}</li>" for a in report["alerts"])
        warnings += (
            f'<div class="alerts" id="alerts" role="alert"><strong>⚠ Data problems ({len(report["alerts"])})</strong>'
            f" sources or input files that lost most of their records<ul>{items}</ul></div>"
        )
    if report["warnings"]:
        items = "".join(f"<li>{escape(w)}</li>" for w in report["warnings"])
        warnings += f'<div class="warnings" id="warnings"><strong>Warnings</strong><ul>{items}</ul></div>'
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>corpusmill report — {escape(run['path'])}</title><style>{CSS}</style></head><body>"
        f'<header><h1>corpusmill data report <span class="badge">{escape(run["kind"])}</span></h1>'
        f'<div class="meta">{escape(run["path"])} · generated {escape(run["generated_at"])}</div></header>'
        f"<nav>{nav}</nav><main>{warnings}{body}</main>"
        f"<footer>The same figures are in report.json ({escape(report['schema'])}) and report.md.</footer>"
        "</body></html>"
    )


def card(key: str, value: str, sub: str = "") -> str:
    return (
        f'<div class="card"><div class="k">{escape(key)}</div><div class="v">{escape(value)}</div>'
        f'<div class="s">{escape(sub)}</div></div>'
    )


def overview(r: dict[str, Any]) -> Section:
    t = r["totals"]
    cards = [
        card("Input records", thousands(t["input_records"])),
        card("Output records", thousands(t["output_records"]), f"{pct(t['kept_share'])} kept"),
        card(
            "Rejected records",
            thousands(t["rejected_records"]),
            f"{pct(1 - t['kept_share'])} removed" if t["kept_share"] is not None else "",
        ),
        card("Fixed (repairs)", thousands(t["repairs"])),
    ]
    if t["output_tokens"] is not None:
        cards.append(card("Output tokens", compact(t["output_tokens"]), f"{thousands(t['output_tokens'])} tokens"))
    if r["languages"]:
        cards.append(card("Languages", str(len(r["languages"])), f"top: {r['languages'][0]['language']}"))
    if r["sources"]:
        cards.append(card("Sources", str(len(r["sources"]))))
    failed = [c for c in r["accounting"] if not c["ok"]]
    cards.append(
        card(
            "Accounting",
            "consistent" if not failed else f"{len(failed)} failed",
            f"{len(r['accounting'])} checks",
        )
    )
    return Section("overview", "Overview", f'<div class="cards">{"".join(cards)}</div>')


def funnel(r: dict[str, Any]) -> Section | None:
    rows = r["funnel"]
    if not rows:
        return None
    body = [
        svg.bars(
            [(s["stage"], [s["kept"], s["rejected"]]) for s in rows],
            series=["kept", "rejected"],
            stacked=True,
            axis="records entering the stage",
            title="Records through each stage",
        )
    ]
    with_tokens = [s for s in rows if s["tokens_in"] is not None]
    if with_tokens:
        body.append("<h3>Tokens through each stage</h3>")
        if any(s["tokens_estimated"] for s in with_tokens):
            body.append(
                note(
                    "Tokens of rejected records are estimated from their characters at the output's "
                    "tokens-per-character ratio where the rejects carry no token_count (marked ≈)."
                )
            )
        body.append(
            svg.bars(
                [(s["stage"], [s["tokens_kept"], s["tokens_rejected"]]) for s in with_tokens],
                series=["kept", "rejected"],
                stacked=True,
                axis="tokens entering the stage",
                title="Tokens through each stage",
            )
        )
    body.append(
        table(
            ["Stage", "In", "Kept", "Rejected", "Kept %", "Fixed", "Tokens in", "Tokens removed"],
            [
                [
                    s["stage"],
                    num(s["in"]),
                    num(s["kept"]),
                    num(s["rejected"]),
                    num(s["kept"] / s["in"] if s["in"] else None, pct),
                    num(s["fixed"]),
                    num(s["tokens_in"], compact),
                    Cell(("≈ " if s["tokens_estimated"] else "") + compact(s["tokens_rejected"]), numeric=True),
                ]
                for s in rows
            ],
        )
    )
    return Section("funnel", "Funnel", "".join(body))


def source_stages(r: dict[str, Any]) -> Section | None:
    s = r["source_stages"]
    if not s["rows"]:
        return None
    rows = [
        [
            x["source"],
            num(x["in"]),
            num(x["kept"]),
            Cell(
                pct(x["kept"] / x["in"] if x["in"] else None),
                numeric=True,
                cls="bad" if x["in"] and x["kept"] < x["in"] / 2 else "",
            ),
            *(num(x["removed"].get(stage, 0)) for stage in s["stages"]),
        ]
        for x in s["rows"]
    ]
    headers = ["Source", "In", "Kept", "Kept %", *(f"− {stage}" for stage in s["stages"])]
    body = note("Records in, kept, and removed by each stage that removed any.")
    body += f'<div class="wide">{table(headers, rows)}</div>'
    return Section("source-stages", "Per source and stage", body)


def input_files(r: dict[str, Any]) -> Section | None:
    files = r["input_files"]
    if not files:
        return None
    body = note(
        "Files known from record ids (records without an id of their own, and every read: reject). "
        "Where a source's records carry their own ids, only its read: rejects are counted per file and "
        "kept is unknown."
    ) + table(
        ["File", "Source", "Records seen", "Kept", "Removed by reason"],
        [
            [
                x["file"],
                x["source"],
                num(x["in"]),
                num(x["kept"]) if x["counted"] else Cell("unknown", numeric=True),
                top(x["reasons"], n=4),
            ]
            for x in files
        ],
    )
    return Section("input-files", "Input files", body)


def group_label(row: dict[str, Any]) -> str:
    return f"{row['family']}:* ({len(row['reasons'])} codes)" if "family" in row else row["reason"]


def removal_rows(rows: Sequence[dict[str, Any]]) -> list[list[Cell | str]]:
    return [
        [
            group_label(x),
            x["stage"] or "several",
            num(x["records"]),
            num(x["share_of_input"], pct),
            num(x.get("rows_in_rejects", sum(m["rows_in_rejects"] for m in x.get("reasons", [])))),
        ]
        for x in rows
    ]


def removals(r: dict[str, Any]) -> Section | None:
    rows = r["removal_groups"]
    if not rows and not r["fixes"]:
        return None
    body = []
    if rows:
        shown = rows[:TOP_ROWS]
        body.append(
            svg.bars(
                [(group_label(x), [x["records"]]) for x in shown],
                series=["records"],
                axis="records removed",
                title="Removals by reason",
                colors=[svg.COLORS[1]],
            )
        )
        if len(rows) > len(shown):
            body.append(note(f"Chart shows the {len(shown)} largest of {len(rows)} reasons; the table lists all."))
        headers = ["Reason", "Stage", "Records", "% of input", "Rows in rejects/"]
        body.append(table(headers, removal_rows(rows)))
        for group in (x for x in rows if "family" in x):
            body.append(
                f"<details><summary>{escape(group_label(group))} "
                f'<span class="muted">— {thousands(group["records"])} removed</span></summary>'
                f"{table(headers, removal_rows(group['reasons']))}</details>"
            )
    if r["line_edits"]:
        body.append("<h3>Lines removed from kept records</h3>")
        body.append(
            table(
                ["Kind", "Stage", "Lines removed", "Records in stage"],
                [[x["kind"], x["stage"], num(x["lines"]), num(x["records_in"])] for x in r["line_edits"]],
            )
        )
    for sample in r.get("line_edit_samples", []):
        lines = "".join(
            f'<div class="{"del" if mark == "-" else "ctx"}">{escape(mark)} {escape(line)}</div>'
            for mark, line in sample["lines"]
        )
        body.append(
            f"<details><summary>{escape(sample['stage_id'])} removed {sample['removed']} lines from "
            f"<code>{escape(str(sample['id']))}</code> ({escape(str(sample['source']))})</summary>"
            f'<div class="diff">{lines}</div></details>'
        )
    if r["fixes"]:
        body.append("<h3>Repairs (records fixed and kept)</h3>")
        body.append(
            table(
                ["Fix", "Stage", "Records"],
                [[x["reason"], x["stage"], num(x["records"])] for x in r["fixes"]],
            )
        )
    return Section("removals", "Removals by reason", "".join(body))


def languages(r: dict[str, Any]) -> Section | None:
    rows = r["languages"]
    if not rows:
        return None
    has_tokens = rows[0]["token_share"] is not None
    series = ["records", "tokens"] if has_tokens else ["records"]
    shown = rows[:TOP_ROWS]
    body = [
        svg.bars(
            [(x["language"], [x["record_share"], x["token_share"]][: len(series)]) for x in shown],
            series=series,
            axis="share of output",
            title="Languages by records and tokens",
            fmt=pct,
            colors=SHARE_COLORS,
        )
    ]
    body.append(
        table(
            ["Language", "Records", "Record share", "Tokens", "Token share"],
            [
                [
                    x["language"],
                    num(x["records"]),
                    num(x["record_share"], pct),
                    num(x["tokens"]),
                    num(x["token_share"], pct),
                ]
                for x in rows
            ],
        )
    )
    if r["scripts"]:
        body.append("<h3>Chinese scripts</h3>")
        body.append(note("Shares are within each language."))
        body.append(
            svg.bars(
                [
                    (f"{x['language']} · {x['script']}", [x["record_share"], x["token_share"]][: len(series)])
                    for x in r["scripts"]
                ],
                series=series,
                axis="share within language",
                title="Chinese scripts",
                fmt=pct,
                colors=SHARE_COLORS,
            )
        )
        body.append(
            table(
                ["Language", "Script", "Records", "Record share", "Tokens", "Token share"],
                [
                    [
                        x["language"],
                        x["script"],
                        num(x["records"]),
                        num(x["record_share"], pct),
                        num(x["tokens"]),
                        num(x["token_share"], pct),
                    ]
                    for x in r["scripts"]
                ],
            )
        )
    return Section("languages", "Languages", "".join(body))


def distribution(d: dict[str, Any], y_label: str = "records") -> str:
    chart = svg.histogram(d["bins"], x_label=d["label"], title=d["label"], y_label=y_label, marker=d.get("threshold"))
    summary = table(
        ["Statistic", "Value"],
        [[k, num(d[k], number)] for k in ("count", "mean", "min", "p10", "p50", "p90", "max")],
    )
    return f'<h3>{escape(d["label"])}</h3><div class="dist"><div>{chart}</div><div>{summary}</div></div>'


def distributions(r: dict[str, Any]) -> Section | None:
    dists = [d for d in r["distributions"].values() if d["count"]]
    if not dists:
        return None
    intro = note(
        "Bins are [low, high); length bins grow 1-2-5 because lengths span orders of magnitude. "
        "Quantiles are exact for whole numbers; scores are rounded to 4 significant digits first."
    )
    return Section("distributions", "Distributions", intro + "".join(distribution(d) for d in dists))


def signals(r: dict[str, Any]) -> Section | None:
    """Tagged runs: each thresholded signal's distribution, the threshold dashed."""
    found = [d for d in (r.get("signals") or {}).values() if d["count"]]
    if not found:
        return None
    intro = note(
        "This run was tagged (mode: tag): every record is kept with what the stages measured. Each chart is "
        "one signal over the kept records with the configured threshold; `corpusmill select OUT --what-if "
        "SIGNAL=VALUE` counts what another threshold would remove, `corpusmill select` applies it."
    )
    parts = []
    for d in found:
        bound = "minimum" if d["minimum"] else "maximum"
        failing = f"{d['failing']:,} of {d['count']:,} records fail the {bound} {number(d['threshold'])}"
        rows = [
            [number(c["threshold"]) + (" (configured)" if c["threshold"] == d["threshold"] else ""),
             thousands(c["records"]), thousands(c["tokens"])]
            for c in d.get("candidates", [])
        ]  # fmt: skip
        at = table(["Threshold", "Records failing this rule", "Tokens"], rows) if len(rows) > 1 else ""
        parts.append(distribution(d) + note(failing) + at)
    return Section("signals", "Tagged signals", intro + "".join(parts))


def sources(r: dict[str, Any]) -> Section | None:
    rows = r["sources"]
    if not rows:
        return None
    body = [
        svg.bars(
            [(x["source"], [x["records"], x["rejected"]]) for x in rows[:TOP_ROWS]],
            series=["kept", "rejected"],
            stacked=True,
            axis="records",
            title="Records per source",
        ),
        table(
            [
                "Source",
                "Kept",
                "Rejected",
                "Rejected %",
                "Tokens",
                "Mean tokens",
                "Mean quality",
            ],
            [
                [
                    x["source"],
                    num(x["records"]),
                    num(x["rejected"]),
                    num(x["rejected_share"], pct),
                    num(x["tokens"]),
                    num(x["tokens_mean"], number),
                    num(x["quality_mean"], number),
                ]
                for x in rows
            ],
        ),
    ]
    return Section("sources", "Per source", "".join(body))


def near_dedup(r: dict[str, Any]) -> Section | None:
    nd = r["near_dedup"]
    if nd is None:
        return None
    cards = "".join(
        [
            card("Clusters", thousands(nd["clusters"])),
            card("Near duplicates removed", thousands(nd["duplicates_removed"])),
            card("Largest cluster", thousands(nd["largest"]), "records incl. the kept one"),
        ]
    )
    body = [f'<div class="cards">{cards}</div>', distribution(nd["cluster_size"], "clusters")]
    if isinstance(nd["stats"], dict):
        scalars = [[k, num(v, number)] for k, v in nd["stats"].items() if isinstance(v, int | float)]
        if scalars:
            body += ["<h3>From stats.json</h3>", table(["Key", "Value"], scalars)]
    return Section("near-dedup", "Near duplicates", "".join(body))


def shards(r: dict[str, Any]) -> Section | None:
    """Few shards: one bar each against the target; many: the distribution of their sizes."""
    s = r["shards"]
    if s is None:
        return None
    rows = s["shards"]
    has_tokens = any(x["tokens"] is not None for x in rows)
    key = "tokens" if has_tokens else "records"
    target = f", target {thousands(s['target_tokens'])} tokens per shard" if s["target_tokens"] else ""
    body = [note(f"{s['count']:,} shards, {thousands(s['tokens'])} tokens{target} (figures from {s['origin']}).")]
    if len(rows) <= SHARD_BARS:
        reference = (s["target_tokens"], "target per shard") if has_tokens and s["target_tokens"] else None
        body.append(
            svg.bars(
                [(x["path"], [x[key]]) for x in rows],
                series=[key],
                axis=f"{key} per shard",
                title="Output shards",
                reference=reference,
            )
        )
    elif has_tokens:
        body.append(distribution(s["tokens_per_shard"], "shards"))
    shown = rows[:TABLE_ROWS]
    if len(rows) > len(shown):
        body.append(note(f"The table lists the first {len(shown)} of {len(rows):,} shards (all are in report.json)."))
    body.append(
        table(
            ["Shard", "Group", "Records", "Tokens", "Fill of target", "Bytes"],
            [
                [
                    x["path"],
                    x["group"] or "",
                    num(x["records"]),
                    num(x["tokens"]),
                    num(x["fill"], pct),
                    num(x["bytes"], compact),
                ]
                for x in shown
            ],
        )
    )
    return Section("shards", "Output shards", "".join(body))


def mixture(r: dict[str, Any]) -> Section | None:
    rows = r["mixture"]
    if not rows:
        return None
    body = [
        svg.bars(
            [(x["group"], [x["planned_tokens"], x["tokens"]]) for x in rows],
            series=["planned", "achieved"],
            axis="tokens",
            title="Mixture: planned vs achieved tokens",
            colors=[svg.COLORS[5], svg.COLORS[0]],
        ),
        table(
            [
                "Group",
                "Planned tokens",
                "Achieved tokens",
                "Achieved / plan",
                "Planned share",
                "Achieved share",
                "Records",
            ],
            [
                [
                    x["group"],
                    num(x["planned_tokens"]),
                    num(x["tokens"]),
                    num(x["achieved_vs_plan"], pct),
                    num(x["planned_share"], pct),
                    num(x["share"], pct),
                    num(x["records"]),
                ]
                for x in rows
            ],
        ),
    ]
    return Section("mixture", "Mixture", "".join(body))


def sft(r: dict[str, Any]) -> Section | None:
    s = r["sft"]
    if s is None:
        return None
    body = []
    if s["checks"]:
        body += [
            svg.bars(
                [(c["check"], [c["rejected"], c["fixed"]]) for c in s["checks"]],
                series=["rejected", "fixed"],
                axis="records",
                title="SFT checks",
                colors=[svg.COLORS[1], svg.COLORS[3]],
            ),
            table(
                ["Check", "Rejected", "Fixed"],
                [[c["check"], num(c["rejected"]), num(c["fixed"])] for c in s["checks"]],
            ),
        ]
    else:
        body.append(note("No sft:<check> rejections or repairs were recorded."))
    for key, title in (
        ("other", "Top instruction verbs (first word)"),
        ("han", "Top instruction openings (Chinese: first 2 characters)"),
    ):
        if s["verbs"][key]:
            body += [
                f"<h3>{escape(title)}</h3>",
                svg.bars(
                    [(v["verb"], [v["records"]]) for v in s["verbs"][key]],
                    series=["records"],
                    axis="conversations",
                    title=title,
                    colors=[svg.COLORS[4]],
                ),
            ]
    body.append(note("Turn counts and instruction/response lengths are under Distributions."))
    return Section("sft", "Instruction data (SFT)", "".join(body))


def sample_card(row: dict[str, Any], kind: str, fields: Sequence[str]) -> str:
    meta = " · ".join(
        f"{f}: {number(row[f]) if isinstance(row[f], float) else row[f]}"
        for f in fields
        if row.get(f) not in (None, "")
    )
    text = row.get("text")
    content = f"<pre>{escape(text)}</pre>" if text is not None else note("(text not kept: rejects mode is ids)")
    return f'<div class="sample {kind}"><div class="meta">{escape(meta)}</div>{content}</div>'


def samples(r: dict[str, Any]) -> Section | None:
    rejected, kept = r["samples"]["rejected"], r["samples"]["kept"]
    if not rejected and not kept:
        return None
    counts = {x["reason"]: x["records"] for x in r["removals"]}
    body = [
        note(
            f"Text is cut to {r['samples']['text_limit']} characters. Kept records come from the same "
            "sources as the rejected ones beside them."
        )
    ]
    for i, (reason, rows) in enumerate(rejected.items()):
        same_source = [k for src in dict.fromkeys(x["source"] for x in rows) for k in kept.get(src, [])][:3]
        left = "".join(
            sample_card(x, "rejected", ("id", "source", "detail", "duplicate_of", "similarity")) for x in rows
        )
        right = "".join(
            sample_card(x, "kept", ("id", "source", "language", "quality_score", "url")) for x in same_source
        ) or note("No kept record from these sources.")
        body.append(
            f"<details{' open' if i == 0 else ''}><summary>{escape(reason)} "
            f'<span class="muted">— {thousands(counts.get(reason))} removed</span></summary>'
            f'<div class="pair"><div><h3>Rejected</h3>{left}</div><div><h3>Kept</h3>{right}</div></div>'
            "</details>"
        )
    if not rejected:
        body.append(
            "".join(sample_card(x, "kept", ("id", "source", "language", "url")) for rows in kept.values() for x in rows)
        )
    if r["samples"]["random_kept"]:
        body.append("<h3>Kept records at random, per source and language</h3>")
        body.append(note("A seeded random draw: what the output holds, not only what was removed."))
        for group in r["samples"]["random_kept"]:
            language = f" · {group['language']}" if group["language"] else ""
            cards = "".join(sample_card(x, "kept", ("id", "source", "language", "url")) for x in group["rows"])
            body.append(
                f"<details><summary>{escape(group['source'] + language)} "
                f'<span class="muted">— {thousands(group["records"])} kept</span></summary>{cards}</details>'
            )
    return Section("samples", "Samples", "".join(body))


def compared(row: dict[str, Any], fmt: Fmt, delta_fmt: Fmt) -> list[Cell]:
    return [num(row["this"], fmt), num(row["other"], fmt), num(row["delta"], delta_fmt)]


def compare(r: dict[str, Any]) -> Section | None:
    c = r["compare"]
    if c is None:
        return None
    body = [
        note(f"This run vs {c['other']} (Δ = this − other)."),
        table(
            ["Metric", "This run", "Other run", "Δ"],
            [[TOTALS[x["key"]], *compared(x, *value_and_delta(x["key"]))] for x in c["totals"]],
        ),
        "<h3>Funnel: records kept per stage</h3>",
        table(
            ["Stage", "This run", "Other run", "Δ"],
            [[x["key"], *compared(x, thousands, delta)] for x in c["funnel"]],
        ),
    ]
    if c["removals"]:
        shown = c["removals"][:TOP_ROWS]
        body += [
            "<h3>Removals by reason</h3>",
            svg.bars(
                [(x["key"], [x["this"], x["other"]]) for x in shown],
                series=["this run", "other run"],
                axis="records removed",
                title="Removals: this vs other run",
                colors=[svg.COLORS[1], svg.COLORS[5]],
            ),
            table(
                ["Reason", "This run", "Other run", "Δ"],
                [[x["key"], *compared(x, thousands, delta)] for x in c["removals"]],
            ),
        ]
    if c["languages"]:
        body += [
            "<h3>Languages: share of output records</h3>",
            table(
                ["Language", "This run", "Other run", "Δ"],
                [[x["key"], *compared(x, pct, signed_pct)] for x in c["languages"]],
            ),
        ]
    return Section("compare", "Comparison", "".join(body))


def review(r: dict[str, Any]) -> Section | None:
    figures = r.get("review")
    if not figures:
        return None
    rows = [
        [
            x["group"],
            num(x["judged"]),
            pct(x["share"]) if x["share"] is not None else EMPTY,
            Cell(f"{x['low']:.2f}–{x['high']:.2f}", cls="bad" if x["judged"] and x["high"] < 0.9 else ""),
        ]
        for x in figures["reasons"]
    ]
    body = [
        note(
            f"{thousands(figures['judgements'])} judgements made with corpusmill review. Precision: the share of a "
            "reason's judged rejects that deserved to go, with its 95% (Wilson) interval."
        ),
        table(["Reason", "Judged", "Precision", "95% interval"], rows),
    ]
    if figures["kept"]:
        kept = [
            [x["group"], num(x["judged"]), pct(1 - x["share"]) if x["share"] is not None else EMPTY]
            for x in figures["kept"]
        ]
        body.append(table(["Source (kept records)", "Judged", "Judged junk"], kept))
    body += [f'<p class="bad">{escape(h)}</p>' for h in figures["hints"]]
    return Section("review", "What people judged", "".join(body))


def accounting(r: dict[str, Any]) -> Section | None:
    if not r["accounting"]:
        return None
    return Section(
        "accounting",
        "Accounting checks",
        table(
            ["Check", "Expected", "Actual", "Status"],
            [
                [
                    c["check"],
                    num(c["expected"]),
                    num(c["actual"]),
                    Cell("ok" if c["ok"] else "FAILED", cls="ok" if c["ok"] else "bad"),
                ]
                for c in r["accounting"]
            ],
        ),
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
    near_dedup,
    shards,
    mixture,
    sft,
    samples,
    compare,
    review,
    accounting,
)
