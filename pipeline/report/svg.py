"""Tiny inline-SVG charts: horizontal bars (single, stacked, grouped) and histograms.

Charts are static markup so the report opens offline, prints, and needs no JavaScript. Every
mark carries a ``<title>`` (the browser's native tooltip) with its exact value. Sizes are in
user units of the ``viewBox``; CSS scales the chart down on narrow screens.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from html import escape
from typing import Any

from corpusmill.pipeline.report.fmt import Fmt, compact

COLORS = ("#2f6fdb", "#d64545", "#e3a33b", "#2e9e78", "#8a63d2", "#7b8794")
WIDTH = 1000
HIST_WIDTH = 760
FONT = 12
MAX_LABEL = 230
AXIS = "#52606d"
GRID = "#e4e7eb"


def text_width(text: str, size: float = FONT) -> float:
    """Rough rendered width: wide (CJK) characters take a full em, others up to 0.62 em (an
    average of 0.55 clipped labels full of m and w, such as "commoncrawl")."""
    return sum(size if unicodedata.east_asian_width(c) in "WF" else size * 0.62 for c in text)


def fit(text: str, width: float) -> str:
    if text_width(text) <= width:
        return text
    while text and text_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def nice_ticks(top: float, count: int = 5, integer: bool = False) -> list[float]:
    """Round tick values from 0 to at least ``top`` (steps of 1, 2, 2.5 or 5 × 10^k); ``integer``
    keeps steps whole for counts, so an axis never reads "0.5 records"."""
    if top <= 0:
        return [0.0, 1.0]
    raw = max(top / count, 1.0) if integer else top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = (m * magnitude for m in (1, 2, 2.5, 5, 10))
    step = next(s for s in steps if s >= raw and not (integer and not float(s).is_integer()))
    return [round(i * step, 12) for i in range(math.ceil(top / step - 1e-9) + 1)]


def svg(width: float, height: float, label: str, body: list[str]) -> str:
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>{''.join(body)}</svg>"
    )


def text(
    x: float,
    y: float,
    content: str,
    anchor: str = "start",
    size: int = FONT,
    fill: str = AXIS,
    extra: str = "",
) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" fill="{fill}"{extra}>'
        f"{escape(content)}</text>"
    )


def rect(x: float, y: float, w: float, h: float, color: str, tip: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" fill="{color}" rx="2">'
        f"<title>{escape(tip)}</title></rect>"
    )


def legend(series: Sequence[str], colors: Sequence[str], x: float, y: float) -> list[str]:
    marks = []
    for name, color in zip(series, colors, strict=False):
        marks += [
            f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{color}" rx="2"/>',
            text(x + 14, y, name),
        ]
        x += 28 + text_width(name)
    return marks


def bars(
    rows: Sequence[tuple[str, Sequence[float | None]]],
    *,
    series: Sequence[str],
    axis: str,
    title: str,
    stacked: bool = False,
    fmt: Fmt = compact,
    colors: Sequence[str] = COLORS,
    reference: tuple[float, str] | None = None,
) -> str:
    """Horizontal bars, one band per row; several series are stacked or drawn side by side."""
    if not rows:
        return ""
    label_w = min(MAX_LABEL, max(text_width(label) for label, _ in rows) + 14)
    value_w = 70
    plot_x, plot_w = label_w, WIDTH - label_w - value_w
    bar_h = 16 if stacked or len(series) == 1 else 12
    band = (bar_h if stacked else bar_h * len(series)) + 10
    top = 28 if len(series) > 1 or reference else 8
    values = [[v or 0 for v in vals] for _, vals in rows]
    peak = max([sum(v) if stacked else max(v, default=0) for v in values] + [reference[0] if reference else 0])
    ticks = nice_ticks(peak, integer=all(float(v).is_integer() for vals in values for v in vals))
    scale = plot_w / ticks[-1]
    height = top + band * len(rows) + 44
    body = legend(series, colors, plot_x, 16) if len(series) > 1 else []
    bottom = top + band * len(rows)
    for t in ticks:
        x = plot_x + t * scale
        body += [
            f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{bottom}" stroke="{GRID}"/>',
            text(x, bottom + 16, fmt(t), "middle", 11),
        ]
    body.append(f'<line x1="{plot_x}" y1="{top - 4}" x2="{plot_x}" y2="{bottom}" stroke="{AXIS}"/>')
    for i, ((label, _), vals) in enumerate(zip(rows, values, strict=True)):
        y = top + i * band + 5
        body.append(
            text(
                plot_x - 8,
                y + (band - 10) / 2 + 4,
                fit(label, label_w - 14),
                "end",
                extra=f' data-label="{escape(label)}"',
            )
        )
        x = plot_x
        for j, (name, v) in enumerate(zip(series, vals, strict=True)):
            tip = f"{label} — {name}: {fmt(v)}"
            if stacked:
                body.append(rect(x, y, v * scale, bar_h, colors[j], tip))
                x += v * scale
            else:
                by = y + j * bar_h
                if v or len(series) == 1:
                    body += [
                        rect(plot_x, by, v * scale, bar_h - 2, colors[j], tip),
                        text(plot_x + v * scale + 4, by + bar_h - 4, fmt(v), size=10 if len(series) > 1 else 11),
                    ]
        if stacked:
            body.append(text(x + 4, y + bar_h - 4, fmt(sum(vals)), size=11))
    if reference:
        x = plot_x + reference[0] * scale
        body += [
            f'<line x1="{x:.1f}" y1="{top - 8}" x2="{x:.1f}" y2="{bottom}" stroke="#1f2933" '
            f'stroke-dasharray="4 3" stroke-width="1.5"/>',
            text(
                min(x, WIDTH - 4),
                top - 12,
                f"{reference[1]}: {fmt(reference[0])}",
                "end" if x > WIDTH - 120 else "middle",
                11,
                "#1f2933",
            ),
        ]
    body.append(text(plot_x + plot_w / 2, height - 6, axis, "middle", extra=' font-weight="600"'))
    return svg(WIDTH, height, title, body)


def histogram(
    bins: Sequence[dict[str, Any]],
    *,
    x_label: str,
    title: str,
    y_label: str = "records",
    marker: float | None = None,
) -> str:
    """Vertical bars over ``[lo, hi)`` bins drawn at equal width (bins may be 1-2-5 spaced);
    ``marker`` (a threshold) is a dashed line at its place within its bin."""
    if not bins:
        return ""
    left, right, top, bottom_pad = 58, 30, 18, 52
    height = 250
    plot_w, plot_h = HIST_WIDTH - left - right, height - top - bottom_pad
    ticks = nice_ticks(max(b["count"] for b in bins), integer=True)
    scale = plot_h / ticks[-1]
    bottom = top + plot_h
    body = []
    for t in ticks:
        y = bottom - t * scale
        body += [
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="{GRID}"/>',
            text(left - 6, y + 4, compact(t), "end", 11),
        ]
    step = plot_w / len(bins)
    every = math.ceil((len(bins) + 1) / 11)
    for i, b in enumerate(bins):
        x = left + i * step
        h = b["count"] * scale
        body.append(
            rect(
                x + 1,
                bottom - h,
                step - 2,
                h,
                COLORS[0],
                f"{compact(b['lo'])}–{compact(b['hi'])}: {b['count']:,} {y_label}",
            )
        )
        if len(bins) <= 24 and b["count"]:
            body.append(text(x + step / 2, bottom - h - 4, compact(b["count"]), "middle", 10))
    for i in range(0, len(bins) + 1):
        if i == len(bins) or (i % every == 0 and len(bins) - i >= every):
            edge = bins[i]["lo"] if i < len(bins) else bins[-1]["hi"]
            x = left + i * step
            body += [
                f'<line x1="{x:.1f}" y1="{bottom}" x2="{x:.1f}" y2="{bottom + 4}" stroke="{AXIS}"/>',
                text(x, bottom + 16, compact(edge), "middle", 11),
            ]
    if marker is not None and bins[0]["lo"] <= marker <= bins[-1]["hi"]:
        at = next(i for i, b in enumerate(bins) if marker < b["hi"] or i == len(bins) - 1)
        width = bins[at]["hi"] - bins[at]["lo"]
        x = left + (at + ((marker - bins[at]["lo"]) / width if width else 0.5)) * step
        body += [
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{bottom}" stroke="{AXIS}" stroke-dasharray="4 3"/>',
            text(x + 4, top + 10, f"threshold {compact(marker)}", "start", 10),
        ]
    body += [
        f'<line x1="{left}" y1="{bottom}" x2="{left + plot_w}" y2="{bottom}" stroke="{AXIS}"/>',
        text(left + plot_w / 2, height - 8, x_label, "middle", extra=' font-weight="600"'),
        text(
            14,
            top + plot_h / 2,
            y_label,
            "middle",
            extra=f' font-weight="600" transform="rotate(-90 14 {top + plot_h / 2:.1f})"',
        ),
    ]
    return svg(HIST_WIDTH, height, title, body)
