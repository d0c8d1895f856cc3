"""Real pages and the quality verdicts the whole-page rule tests read them with."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from corpusmill.filters.quality import QualityParams, RuleResult, explain

DOLMA = "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"


def dolma(test_data: Path) -> dict[str, str]:
    """The shipped Dolma documents by their own id."""
    with gzip.open(test_data / DOLMA, "rt", encoding="utf-8") as f:
        return {row["id"]: row["text"] for row in map(json.loads, f)}


def c4_demo(test_data: Path) -> list[str]:
    """The C4 demo's texts, in file order (record n is index n - 1)."""
    with open(test_data / "web/text/llamafactory_c4_demo.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def results(text: str, params: QualityParams | None = None, language: str = "en") -> dict[str, RuleResult]:
    """Every quality rule's verdict on ``text``, by rule name."""
    return {r.rule: r for r in explain(params or QualityParams(), text, language)}


def rejecting_failures(text: str) -> list[str]:
    """The rules that would reject ``text`` (flagging rules only tag)."""
    flags = set(QualityParams().flag)
    return [name for name, r in results(text).items() if not r.passed and name not in flags]
