"""Collect the report's small aggregate queries together, in one ``pl.collect_all``.

Every figure of the report is a ``Pending``: lazy queries plus the function that turns their
results into plain Python, so all queries run concurrently on polars' streaming engine (or, for a
small run, its in-memory engine, which costs less per query: ``scan.IN_MEMORY_ROWS``).
Common sub-plan elimination is switched off on purpose: it would cache the shared profile frame
in memory (a few dozen bytes per record), while without it each query streams its own narrow
projection. Figures are arranged so that only one query decodes the text (character counts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import polars as pl


@dataclass(frozen=True)
class Pending:
    queries: tuple[pl.LazyFrame, ...]
    finish: Callable[..., Any]
    """Called with one collected DataFrame per query, in order."""


def pending(query: pl.LazyFrame, finish: Callable[[pl.DataFrame], Any]) -> Pending:
    return Pending((query,), finish)


def resolve(figures: dict[str, Any], engine: str = "streaming") -> dict[str, Any]:
    """Replace every ``Pending`` value by its finished result; other values pass through.
    ``engine``: polars' ``streaming`` (bounded memory) or, for a small run, ``in-memory``
    (``scan.IN_MEMORY_ROWS``)."""
    waiting = {k: v for k, v in figures.items() if isinstance(v, Pending)}
    queries = [q for p in waiting.values() for q in p.queries]
    no_cache = pl.QueryOptFlags(comm_subplan_elim=False)
    frames = iter(pl.collect_all(queries, engine=engine, optimizations=no_cache)) if queries else iter(())
    done = {k: p.finish(*(next(frames) for _ in p.queries)) for k, p in waiting.items()}
    return {k: done.get(k, v) for k, v in figures.items()}
