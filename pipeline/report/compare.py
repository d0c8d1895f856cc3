"""Two runs side by side: what changed in the funnel, the removal reasons and the languages.

Works on two finished report dicts, so comparing costs nothing beyond building each report.
Rows present in only one run show ``None`` on the other side; deltas are ``this - other``.
"""

from __future__ import annotations

from typing import Any

TOTALS = {
    "input_records": "Input records",
    "output_records": "Output records",
    "rejected_records": "Rejected records",
    "output_tokens": "Output tokens",
    "kept_share": "Kept share",
}
"""Keys of ``totals`` compared, with the label the views show for them."""


def compare(this: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    return {
        "other": other["run"]["path"],
        "totals": [side_by_side(key, this["totals"].get(key), other["totals"].get(key)) for key in TOTALS],
        "funnel": paired(this["funnel"], other["funnel"], "stage", "kept"),
        "removals": paired(this["removals"], other["removals"], "reason", "records", missing=0),
        "languages": paired(this["languages"], other["languages"], "language", "record_share", missing=0.0),
    }


def side_by_side(key: str, this: float | None, other: float | None) -> dict[str, Any]:
    return {
        "key": key,
        "this": this,
        "other": other,
        "delta": None if this is None or other is None else this - other,
    }


def paired(
    this: list[dict[str, Any]],
    other: list[dict[str, Any]],
    key: str,
    value: str,
    missing: float | None = None,
) -> list[dict[str, Any]]:
    """Join two row lists on ``key`` (this run's rows first); a row absent from a run counts as
    ``missing`` there (0 for counts and shares, ``None`` for stages that did not run)."""
    mine = {row[key]: row[value] for row in this}
    theirs = {row[key]: row[value] for row in other}
    keys = list(mine) + [k for k in theirs if k not in mine]
    return [side_by_side(k, mine.get(k, missing), theirs.get(k, missing)) for k in keys]
