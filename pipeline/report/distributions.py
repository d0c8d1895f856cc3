"""Summaries and histograms of numeric profile columns from their value counts.

Polars only counts how often each value occurs (``group_by(value).len()``): memory grows with
the number of distinct values, not with the number of records, and one pass gives everything.
Integer columns (lengths, token counts, turns) are counted exactly, so their quantiles are
exact; float columns (scores) are rounded to ``SIGNIFICANT`` digits first, which bounds their
distinct values and is far finer than any chart.

Bins are chosen for reading, not for precision. Lengths and counts span orders of magnitude,
so they get 1-2-5 bins (``0–10, 10–20, 20–50, …``; counts start with unit bins 1, 2, … 9),
trimmed of empty bins at both ends; counts spanning fewer than ``UNIT_BINS`` values get one bin
per value. Scores get 20 equal bins over their observed range ([0, 1] when they fit in it).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import polars as pl

from corpusmill.pipeline.report.lazy import Pending

Binning = Literal["log", "count", "linear"]
QUANTILES = {"p10": 0.1, "p50": 0.5, "p90": 0.9}
SIGNIFICANT = 4
LINEAR_BINS = 20
UNIT_BINS = 25
"""Counts spanning fewer values than this get one bin per value."""
LADDER_TOP = 1e12
"""1-2-5 bins end here; larger values fall in the last bin."""


@dataclass(frozen=True)
class Spec:
    """One distribution to measure: ``name`` is a column of the profile frame."""

    name: str
    label: str
    binning: Binning


def describe(frame: pl.LazyFrame, specs: list[Spec]) -> Pending:
    """``{name: {label, binning, count, sum, mean, min, p10, p50, p90, max, bins: [{lo, hi, count}]}}``;
    nulls and non-finite values are left out."""
    schema = frame.collect_schema()
    queries = []
    for spec in specs:
        value = pl.col(spec.name).cast(pl.Float64)
        if not schema[spec.name].is_integer():
            value = value.round_sig_figs(SIGNIFICANT)
        queries.append(frame.select(value=value).filter(pl.col("value").is_finite()).group_by("value").agg(n=pl.len()))

    def finish(*tables: pl.DataFrame) -> dict[str, dict[str, Any]]:
        return {spec.name: summary(spec, table) for spec, table in zip(specs, tables, strict=True)}

    return Pending(tuple(queries), finish)


def summary(spec: Spec, table: pl.DataFrame) -> dict[str, Any]:
    table = table.sort("value")
    values, counts = table["value"].to_numpy(), table["n"].to_numpy()
    result: dict[str, Any] = {"label": spec.label, "binning": spec.binning, "count": int(counts.sum())}
    if not len(values):
        return result | {
            "sum": 0,
            "mean": None,
            "min": None,
            **dict.fromkeys(QUANTILES),
            "max": None,
            "bins": [],
        }
    cumulative = np.cumsum(counts)
    result["sum"] = plain(np.dot(values, counts))
    result["mean"] = result["sum"] / result["count"]
    result["min"] = plain(values[0])
    for key, q in QUANTILES.items():  # the "nearest" rank, as numpy's and polars' quantile(method=nearest)
        rank = round(q * (cumulative[-1] - 1))
        result[key] = plain(values[np.searchsorted(cumulative, rank, side="right")])
    result["max"] = plain(values[-1])
    result["bins"] = histogram(values, counts, edges(spec.binning, values[0], values[-1]))
    if spec.binning != "linear":
        result["bins"] = trimmed(result["bins"])
    return result


def edges(binning: Binning, lo: float, hi: float) -> list[float]:
    if binning == "linear":
        return linear_edges(lo, hi)
    if binning == "count" and hi - lo < UNIT_BINS:
        return [float(v) for v in range(int(lo), int(hi) + 2)]
    return ladder(binning)


def plain(value: float) -> float | int:
    """Integers stay integers in report.json (``12``, not ``12.0``)."""
    return int(value) if float(value).is_integer() else float(value)


def histogram(values: np.ndarray, counts: np.ndarray, edges: list[float]) -> list[dict[str, Any]]:
    """Counts per ``[lo, hi)`` bin; values past either end go to the end bins."""
    index = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, len(edges) - 2)
    per_bin = np.bincount(index, weights=counts, minlength=len(edges) - 1)
    return [
        {"lo": plain(lo), "hi": plain(hi), "count": int(n)}
        for (lo, hi), n in zip(itertools.pairwise(edges), per_bin, strict=True)
    ]


def trimmed(bins: list[dict[str, Any]]) -> list[dict[str, Any]]:
    filled = [i for i, b in enumerate(bins) if b["count"]]
    return bins[filled[0] : filled[-1] + 1] if filled else []


def ladder(binning: Binning) -> list[float]:
    """``0, 1, 2, 5, 10, 20, …`` for lengths; ``0, 1, 2, …, 9, 10, 20, 50, …`` for counts."""
    steps = [(1, 2, 5)[i % 3] * 10.0 ** (i // 3) for i in range(3 * 12 + 1)]
    if binning == "log":
        return [0.0, *(s for s in steps if s <= LADDER_TOP)]
    return [*map(float, range(10)), *(s for s in steps if 10 <= s <= LADDER_TOP)]


def linear_edges(lo: float, hi: float) -> list[float]:
    """20 equal bins over ``[lo, hi]`` ([0, 1] for scores inside it); the last bin is closed."""
    if lo >= 0 and hi <= 1:
        lo, hi = 0.0, 1.0
    if hi == lo:
        return [lo, lo + 1]
    width = (hi - lo) / LINEAR_BINS
    return [round(lo + i * width, 12) for i in range(LINEAR_BINS)] + [hi]
