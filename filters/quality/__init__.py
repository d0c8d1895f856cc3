"""Heuristic quality filters (``quality`` stage) for English-like and Chinese/Japanese text.

The stage's names are imported on first use: other stages (``length``) import helpers from
submodules such as ``quality.cjk``, and importing a submodule runs this file first; loading the
whole stage (every rule table) there cost a run without ``quality`` ~0.1 s.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpusmill.filters.quality.rules import RuleResult
    from corpusmill.filters.quality.stage import Quality, QualityParams, explain

__all__ = ["Quality", "QualityParams", "RuleResult", "explain"]
_HOMES = {"Quality": "stage", "QualityParams": "stage", "explain": "stage", "RuleResult": "rules"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
