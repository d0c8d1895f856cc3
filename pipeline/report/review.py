"""The review figures in the report: what people's judgements (``corpusmill review``) say about
each rule, when a run folder holds ``review/labels.parquet``. The same estimates as the review
page (``pipeline.review.labels``), so the two always agree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpusmill.pipeline.review.labels import estimates, labels_path, read_labels, suggestion


def review_figures(out: Path) -> dict[str, Any] | None:
    rows = read_labels(labels_path(out))
    if not rows:
        return None

    rejects = estimates(rows, kept=False)
    return {
        "judgements": len(rows),
        "reasons": [e.as_dict() for e in rejects],
        "kept": [e.as_dict() for e in estimates(rows, kept=True)],
        "hints": [h for h in (suggestion(e) for e in rejects) if h],
    }
