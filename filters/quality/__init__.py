"""Heuristic quality filters (``quality`` stage) for English-like and Chinese/Japanese text."""

from corpusmill.filters.quality.rules import RuleResult
from corpusmill.filters.quality.stage import Quality, QualityParams, explain

__all__ = ["Quality", "QualityParams", "RuleResult", "explain"]
