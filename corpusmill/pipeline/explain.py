"""``corpusmill explain``: why one document is kept or removed, rule by rule.

The document goes through the config's stages exactly as in a run (the same stage objects, so
edits such as line cleaning carry over to later stages); for stages with threshold rules (quality,
quality_classifier, length, language) every rule's measured value and threshold is listed, not
only the first that failed. Global stages (deduplication) compare records across a run and are
reported as skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import polars as pl
from datatrove.data import Document
from datatrove.io import get_datafolder

from corpusmill.filters.base import ORDER, GlobalStage, StageParams
from corpusmill.filters.extract import HTML
from corpusmill.filters.language import LanguageDetector
from corpusmill.filters.quality import explain as quality_rules
from corpusmill.filters.quality.rules import RuleResult
from corpusmill.filters.quality_classifier import explain as classifier_rules
from corpusmill.pipeline.config import RunConfig


def length_rules(params: StageParams, text: str, language: str | None) -> list[RuleResult]:
    n = len(text.strip())
    rules = [RuleResult("min_chars", n >= params.min_chars, n, params.min_chars)]
    if params.max_chars is not None:
        rules.append(RuleResult("max_chars", n <= params.max_chars, n, params.max_chars))
    return rules


def language_rules(params: StageParams, text: str, language: str | None) -> list[RuleResult]:
    detector = LanguageDetector(model_path=params.model_path, max_chars=params.max_chars)
    code, score = detector.detect([text])[0]
    threshold = params.thresholds.get(code, params.threshold)
    rules = [RuleResult(f"score ({code})", score >= threshold, score, threshold)]
    if params.languages:
        rules.append(RuleResult(f"{code} in {params.languages}", code in params.languages, 1.0, 1.0))
    return rules


EXPLAINERS: dict[str, Callable[[Any, str, str | None], list[RuleResult]]] = {
    "length": length_rules,
    "language": language_rules,
    "quality": lambda params, text, language: quality_rules(params, text, language),
    "quality_classifier": lambda params, text, language: classifier_rules(params, text),
}


@dataclass
class StageTrace:
    stage: str
    outcome: str  # kept | rejected | skipped | not reached
    detail: str = ""
    rules: list[RuleResult] = field(default_factory=list)


def trace(config: RunConfig, text: str, html: bool = False) -> list[StageTrace]:
    doc = Document(text=text, id="explain", metadata={"source": "explain", "url": None, ORDER: 0})
    if html:
        doc.metadata[HTML] = True
    traces: list[StageTrace] = []
    rejected = False
    for spec in config.stages:
        if rejected:
            traces.append(StageTrace(spec.name, "not reached"))
            continue
        stage = spec.build()
        if isinstance(stage, GlobalStage) or spec.name.startswith("sft"):
            traces.append(StageTrace(spec.name, "skipped", "compares records across a run, or needs SFT records"))
            continue
        explainer = EXPLAINERS.get(spec.name)
        if explainer:
            rules = explainer(stage.params, doc.text, doc.metadata.get("language"))
        else:  # stages that explain themselves (url_filter, safety)
            rules = stage.explain(doc) if hasattr(stage, "explain") else []
        verdict = stage.process_batch([doc])[0]
        if verdict is None:
            traces.append(StageTrace(spec.name, "kept", rules=rules))
        else:
            rejected = True
            traces.append(StageTrace(spec.name, "rejected", f"{verdict.reason}: {verdict.detail}", rules))
    return traces


def find_record(out: str, record_id: str) -> tuple[str, str, bool]:
    """A record of a run by id: its text, what the run decided, and whether its text is HTML."""
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
