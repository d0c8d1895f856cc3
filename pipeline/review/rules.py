"""The measured values behind a reject: the rejecting stage's own ``explain`` on the record's text,
built from the run's recorded config (``logs/run.json``), so the page shows each rule's value and
threshold, not only the first rule that fired."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from datatrove.data import Document

from corpusmill.schema import ORDER, SOURCE, URL


class RuleValues:
    def __init__(self, out: Path) -> None:
        try:
            config = json.loads((out / "logs" / "run.json").read_text(encoding="utf-8")).get("config", {})
        except (OSError, ValueError):
            config = {}
        self.stages: list[dict[str, Any]] = config.get("stages") or []

    @cache  # noqa: B019 - one instance per served run folder
    def _stage(self, index: int) -> Any:
        from corpusmill.pipeline.config import parse_stage

        spec, problems = parse_stage(index, {self.stages[index]["name"]: self.stages[index]["params"]})
        if spec is None or problems or spec.cls.is_global:
            return None
        return spec.build()

    def __call__(self, stage_id: str | None, text: str | None) -> list[dict[str, Any]]:
        """Each rule of the stage ``NN_name`` as {rule, passed, value, threshold}; [] where unknown."""
        if not stage_id or text is None or not stage_id[:2].isdigit():
            return []
        index = int(stage_id[:2]) - 1
        if not 0 <= index < len(self.stages):
            return []
        try:
            stage = self._stage(index)
            if stage is None:
                return []
            doc = Document(text=text, id="review", metadata={SOURCE: "review", URL: None, ORDER: 0})
            return [
                {"rule": r.rule, "passed": bool(r.passed), "value": r.value, "threshold": r.threshold}
                for r in stage.explain(doc)
            ]
        except Exception:  # a page that cannot show rule values still shows the record
            return []
