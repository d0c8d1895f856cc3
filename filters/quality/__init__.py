"""Heuristic quality filters (``quality`` stage) for English-like and Chinese/Japanese text."""

from filters.quality.rules import RuleResult
from filters.quality.stage import Quality, QualityParams, explain

__all__ = ["Quality", "QualityParams", "RuleResult", "explain"]
