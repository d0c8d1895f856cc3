"""Tagged signals in the report: each measured value's distribution with the run's threshold.

A tagged run (``mode: tag``) keeps every record with what its stages measured; this part of the
report shows, per numeric tag column that is a rule's bound (``quality.gopher_alpha_words``,
``quality_classifier.score``, ...), the histogram of its values over the kept records, the
configured threshold as a dashed line, and the records and tokens failing that rule alone at the
threshold and at a few candidates around it. ``corpusmill select OUT --what-if`` counts
what other thresholds would remove.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from corpusmill.pipeline.report.distributions import Spec, describe
from corpusmill.pipeline.report.lazy import Pending
from corpusmill.schema import TOKENS

MAX_SIGNALS = 40
CANDIDATES = (0.5, 0.75, 0.9, 1.1, 1.25, 1.5)
"""Candidate thresholds shown per signal, as factors of the configured one."""


def thresholds(out: Path) -> dict[str, tuple[float, bool]]:
    """Column -> (threshold, is a minimum) of every bound the run's tagged stages decide by."""
    from corpusmill.pipeline.config import parse_stage

    try:
        stages = json.loads((out / "logs" / "run.json").read_text(encoding="utf-8"))["config"]["stages"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    found: dict[str, tuple[float, bool]] = {}
    for index, stage in enumerate(stages):
        if not isinstance(stage, dict) or stage.get("mode") != "tag":
            continue
        spec, problems = parse_stage(index, {stage["name"]: stage.get("params") or {}})
        if spec is None or problems:
            continue  # e.g. a model file that has moved: no thresholds, the values still show
        for decision in spec.cls.decisions(spec.params):
            if decision.column is not None and decision.threshold is not None:
                found[decision.column] = (decision.threshold, decision.lower_bound)
    return found


def signals(data: pl.LazyFrame | None, out: Path) -> Pending | dict[str, Any]:
    """Distributions of the thresholded tag columns, each with its threshold and failing count."""
    if data is None:
        return {}
    bounds = thresholds(out)
    schema = data.collect_schema()
    columns = [c for c in bounds if c in schema and schema[c].is_numeric()][:MAX_SIGNALS]
    if not columns:
        return {}
    specs = [Spec(c, c, "linear") for c in columns]
    tokens = pl.col(TOKENS) if TOKENS in schema else pl.lit(0)
    counts = []
    for column in columns:
        threshold, minimum = bounds[column]
        for i, candidate in enumerate(candidates(threshold)):
            fails = pl.col(column) < candidate if minimum else pl.col(column) > candidate
            counts += [
                fails.sum().alias(f"{column}|{i}|records"),
                tokens.filter(fails).sum().alias(f"{column}|{i}|tokens"),
            ]
    pending = describe(data, specs)

    def finish(*tables: pl.DataFrame) -> dict[str, Any]:
        described = pending.finish(*tables[:-1])
        counted = tables[-1].row(0, named=True)
        for column, entry in described.items():
            threshold, minimum = bounds[column]
            at = [
                {
                    "threshold": candidate,
                    "records": int(counted[f"{column}|{i}|records"] or 0),
                    "tokens": int(counted[f"{column}|{i}|tokens"] or 0),
                }
                for i, candidate in enumerate(candidates(threshold))
            ]
            failing = next(a["records"] for a in at if a["threshold"] == threshold)
            entry |= {"threshold": threshold, "minimum": minimum, "failing": failing, "candidates": at}
        return described

    return Pending((*pending.queries, data.select(counts)), finish)


def candidates(threshold: float) -> list[float]:
    """The threshold and a few around it (x0.5 ... x1.5; a zero bound has none)."""
    if threshold == 0:
        return [0.0]
    return sorted({round(threshold * f, 6) for f in CANDIDATES} | {threshold})
