"""``corpusmill select OUT --what-if quality.gopher_alpha_words=0.7``: what a threshold would remove.

The decisions are the tagged run's own (or ``--config``'s), with the named signal's bound moved to
the asked value and to a few candidates around it, taken from the signal's distribution (the values
5 and 10 percentiles below and above the asked one). For each, the records and tokens that the
whole selection removes, per source and language, are counted from the small columns; nothing is
written.
"""

from __future__ import annotations

from dataclasses import replace

import polars as pl
from rich.console import Console
from rich.table import Table

from corpusmill.pipeline.config import RunConfig, config_from_dict
from corpusmill.pipeline.select.decide import CODE, fates, needed_columns, scan
from corpusmill.pipeline.select.plan import SelectError, StagePlan, TaggedRun, plan_stages
from corpusmill.schema import LANGUAGE, SOURCE, TOKENS

STEPS = (-0.1, -0.05, 0.05, 0.1)
"""Candidates: the signal's values at these distances (in share of records) from the asked one."""


def parse(assignment: str) -> tuple[str, float]:
    signal, _, value = assignment.partition("=")
    try:
        return signal.strip(), float(value)
    except ValueError:
        raise SelectError(
            f"--what-if {assignment!r}: expected SIGNAL=NUMBER, e.g. quality.gopher_alpha_words=0.7"
        ) from None


def run_config(run: TaggedRun) -> RunConfig:
    """The tagged run's own config, from its marker."""
    import json

    path = run.out / "logs" / "run.json"
    raw = dict(json.loads(path.read_text(encoding="utf-8"))["config"])
    raw["stages"] = [{stage["name"]: {**stage["params"], "mode": stage.get("mode", "reject")}} for stage in run.stages]
    return config_from_dict(raw, path)


def moved(plans: list[StagePlan], signal: str, threshold: float) -> list[StagePlan]:
    """``plans`` with the bound on ``signal`` at ``threshold``; ``SelectError`` if none has one."""
    found = False
    result = []
    for plan in plans:
        decisions = []
        for decision in plan.decisions:
            if decision.column == signal:
                decision, found = decision.with_threshold(threshold), True
            decisions.append(decision)
        result.append(replace(plan, decisions=decisions))
    if not found:
        raise SelectError(f"{signal}: not a threshold of this selection (a tagged rule's value, e.g. quality.<rule>)")
    return result


def candidates(frame: pl.DataFrame, signal: str, value: float) -> list[float]:
    """The asked value and the signal's values a few percentiles around it."""
    values = frame[signal].cast(pl.Float64).drop_nulls().drop_nans()
    if values.is_empty():
        return [value]
    share = float((values < value).mean())
    around = [float(values.quantile(min(max(share + step, 0.0), 1.0), "nearest")) for step in STEPS]
    return sorted({round(v, 6) for v in [value, *around]})


def what_if_table(run: TaggedRun, config: RunConfig | None, assignments: list[str], console: Console) -> None:
    plans = plan_stages(config or run_config(run), run)
    for assignment in assignments:
        signal, value = parse(assignment)
        if signal not in run.columns:
            raise SelectError(f"{signal}: not tagged in {run.out}")
        moved(plans, signal, value)  # fails early, in one line, when the signal has no threshold
        counted = [SOURCE, TOKENS, *([LANGUAGE] if LANGUAGE in run.columns else [])]
        columns = needed_columns(plans, run.columns, counted)
        base = scan(run.shards, list(dict.fromkeys([*columns, signal]))).collect()
        group = [SOURCE, LANGUAGE] if LANGUAGE in base.columns else [SOURCE]
        totals = base.group_by(group).agg(pl.len().alias("records"), pl.col(TOKENS).sum().alias("tokens"))
        table = Table(title=f"{signal}: records / tokens removed by the whole selection (of {base.height:,} tagged)")
        for key in group:
            table.add_column(key)
        table.add_column("records / tokens")
        thresholds = candidates(base, signal, value)
        for threshold in thresholds:
            mark = " (asked)" if threshold == round(value, 6) else ""
            table.add_column(f"at {threshold:g}{mark}", justify="right")
        counts = []
        for threshold in thresholds:
            decided = fates(base.lazy(), moved(plans, signal, threshold)).collect()
            gone = decided.filter(pl.col(CODE).is_not_null()).group_by(group)
            counts.append(gone.agg(pl.len().alias("records"), pl.col(TOKENS).sum().alias("tokens")))
        always = 0
        for row in totals.sort(group, nulls_last=True).iter_rows(named=True):
            cells = [str(row[k]) for k in group] + [_shown(row["records"], row["tokens"])]
            gone = []
            for count in counts:
                hit = count.filter(pl.all_horizontal([pl.col(k).eq_missing(row[k]) for k in group]))
                gone.append((int(hit["records"].sum()), int(hit["tokens"].sum())) if hit.height else (0, 0))
            if all(records == row["records"] for records, _ in gone):
                always += row["records"]  # removed whatever the threshold (an unwanted language, ...)
                continue
            table.add_row(*cells, *(_shown(*g) for g in gone))
        all_cells = ["all"] + [""] * (len(group) - 1) + [_shown(base.height, int(base[TOKENS].sum()))]
        all_cells += [_shown(int(c["records"].sum()), int(c["tokens"].sum())) for c in counts]
        table.add_row(*all_cells, style="bold")
        console.print(table)
        if always:
            console.print(f"(not shown: groups whose {always:,} records go at every threshold, by other rules)")


def _shown(records: int, tokens: int) -> str:
    """``1,234 · 5.6M tok``: records and tokens in one short cell."""
    for unit, size in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if tokens >= size:
            return f"{records:,} · {tokens / size:.1f}{unit} tok"
    return f"{records:,} · {tokens} tok"
