"""Number formatting shared by the HTML, Markdown and SVG renderers, so every view reads alike."""

from __future__ import annotations

import math
from collections.abc import Callable

Fmt = Callable[[float | None], str]

EMPTY = "–"
"""What a figure that does not exist looks like (not measured, or no such column in the run)."""


def thousands(value: float | None) -> str:
    """Exact counts for tables: ``1234567`` → ``1,234,567``; floats keep three significant digits."""
    if value is None:
        return EMPTY
    if float(value).is_integer():
        return f"{int(value):,}"
    return number(value)


def compact(value: float | None) -> str:
    """Short labels for charts: ``1234567`` → ``1.23M``."""
    if value is None:
        return EMPTY
    magnitude = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if magnitude >= limit:
            return f"{value / limit:.3g}{suffix}"
    return number(value)


def number(value: float | None) -> str:
    """A measurement (score, mean) with three significant digits and no float noise."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return EMPTY
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"


def pct(share: float | None, signed: bool = False) -> str:
    """A share in [0, 1] as a percentage; ``signed`` for deltas in percentage points."""
    if share is None:
        return EMPTY
    value = round(share * 100, 1)
    if signed:
        return ("0" if value == 0 else f"{value:+.1f}".removesuffix(".0")) + " pp"
    return f"{value:.1f}".removesuffix(".0") + " %"


def signed_pct(share: float | None) -> str:
    return pct(share, signed=True)


def delta(value: float | None) -> str:
    if value is None:
        return EMPTY
    if value == 0:
        return "0"
    return f"{int(value):+,}" if float(value).is_integer() else f"{value:+.3g}"


def value_and_delta(key: str) -> tuple[Fmt, Fmt]:
    """How a compared total reads: shares as percentages with deltas in points, counts as counts."""
    return (pct, signed_pct) if key.endswith("share") else (thousands, delta)
