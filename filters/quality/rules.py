"""A quality rule is a named measurement and a bound; the stage stops at the first failing one.

Keeping measurement apart from the decision is what makes every rejection explainable: the stage
evaluates rules lazily in order and stops at the first failure (as datatrove's filter chain does),
while ``explain`` evaluates all of them and reports each measured value against its threshold.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

Context = TypeVar("Context")


@dataclass(frozen=True, slots=True)
class RuleResult:
    """One rule's verdict on one text: ``passed`` is ``value >= threshold`` for lower bounds and
    ``value <= threshold`` for upper bounds."""

    rule: str
    passed: bool
    value: float
    threshold: float


@dataclass(frozen=True, slots=True)
class Rule(Generic[Context]):
    name: str
    measure: Callable[[Context], float]
    threshold: float
    lower_bound: bool = False
    """True when the value must reach the threshold (a minimum), False when it must not exceed it."""
    applies: Callable[[Context], bool] | None = None
    """Whether the measure means anything for this text (e.g. line rules need several lines); a
    rule that does not apply passes, with the value NaN."""

    def check(self, context: Context) -> RuleResult:
        if self.applies is not None and not self.applies(context):
            return RuleResult(self.name, True, math.nan, self.threshold)
        value = float(self.measure(context))
        passed = value >= self.threshold if self.lower_bound else value <= self.threshold
        return RuleResult(self.name, passed, value, self.threshold)


def first_failure(rules: Iterable[Rule[Context]], context: Context) -> RuleResult | None:
    for rule in rules:
        result = rule.check(context)
        if not result.passed:
            return result
    return None


def check_all(rules: Iterable[Rule[Context]], context: Context) -> Iterator[RuleResult]:
    return (rule.check(context) for rule in rules)


def ratio(part: float, whole: float) -> float:
    """``part / whole`` that stays defined for empty texts (0 of nothing is 0, more is infinite)."""
    if whole:
        return part / whole
    return 0.0 if not part else math.inf
