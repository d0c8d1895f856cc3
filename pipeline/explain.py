"""``corpusmill explain``: why one document is kept or removed, rule by rule.

The document goes through the config's stages exactly as in a run (the same stage objects, so
edits such as line cleaning carry over to later stages); each stage lists its own rules' measured
values and thresholds (``Stage.explain``), not only the first that failed. Global stages
(deduplication) compare records across a run, and stages that need columns a plain document does
not have (SFT ``messages``), are reported as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from datatrove.data import Document

from corpusmill.pipeline.config import RunConfig
from corpusmill.schema import BASE_COLUMNS, HTML, ID, ORDER, SOURCE, TEXT, URL


@dataclass
class StageTrace:
    stage: str
    outcome: str  # kept | rejected | skipped | not reached
    detail: str = ""
    rules: list[Any] = field(default_factory=list)  # RuleOutcome: rule, passed, value, threshold


def trace(config: RunConfig, text: str, html: bool = False) -> list[StageTrace]:
    doc = Document(text=text, id="explain", metadata={SOURCE: "explain", URL: None, ORDER: 0})
    if html:
        doc.metadata[HTML] = True
    available = {ID, TEXT, *BASE_COLUMNS}
    traces: list[StageTrace] = []
    rejected = False
    for spec in config.stages:
        cls = spec.cls
        if rejected:
            traces.append(StageTrace(spec.name, "not reached"))
            continue
        if cls.is_global:
            traces.append(StageTrace(spec.name, "skipped", "compares records across a run"))
            continue
        missing = set(cls.needs) - available
        if missing:
            traces.append(StageTrace(spec.name, "skipped", f"needs {', '.join(sorted(missing))} (e.g. SFT records)"))
            continue
        stage = spec.build()
        rules = stage.explain(doc)
        verdict = stage.process_batch([doc])[0]
        available |= set(cls.adds())
        if verdict is None:
            traces.append(StageTrace(spec.name, "kept", rules=rules))
        else:
            rejected = True
            traces.append(StageTrace(spec.name, "rejected", f"{verdict.reason}: {verdict.detail}", rules))
    return traces


def find_record(out: str, record_id: str) -> tuple[str, str, bool]:
    """A record of a run by id: its text, what the run decided, and whether its text is HTML."""
    import polars as pl
    from datatrove.io import get_datafolder

    folder = get_datafolder(out)
    for sub, columns in (("data", ["id", "text"]), ("rejects", ["id", "text", "stage", "reason", "detail"])):
        if not folder.isdir(sub):
            continue
        frame = (
            pl.scan_parquet(f"{folder.resolve_paths(sub)}/**/*.parquet")
            .filter(pl.col("id") == record_id)
            .select([c for c in columns if c != "text"] + [pl.col("text")])
            .collect()
        )
        if frame.height:
            row = frame.row(0, named=True)
            if sub == "data":
                return row["text"], "kept in data/", False
            if row["text"] is None:
                raise LookupError(f"{record_id}: rejected at {row['stage']} but the run kept no text (rejects: ids)")
            decided = f"rejected at {row['stage']}: {row['reason']} ({row['detail']})"
            return row["text"], decided, row["stage"] in ("read", "extract")
    raise LookupError(f"{record_id}: no such record in {out}/data or {out}/rejects")
