"""Document length bounds in characters: the cheapest filter, so configs put it early."""

from __future__ import annotations

from datatrove.data import Document
from pydantic import Field, model_validator

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.filters.quality.rules import RuleResult


class LengthParams(StageParams):
    min_chars: int = Field(default=0, ge=0)
    max_chars: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> LengthParams:
        if self.max_chars is not None and self.max_chars < self.min_chars:
            raise ValueError("max_chars must be >= min_chars")
        return self


class Length(Stage):
    name = "length"
    Params = LengthParams

    def process(self, doc: Document) -> Verdict:
        n = len(doc.text.strip())
        if n < self.params.min_chars:
            return Reject("length:too_short", f"{n} chars < {self.params.min_chars}")
        if self.params.max_chars is not None and n > self.params.max_chars:
            return Reject("length:too_long", f"{n} chars > {self.params.max_chars}")
        return None

    def explain(self, doc: Document) -> list[RuleResult]:
        n = len(doc.text.strip())
        rules = [RuleResult("min_chars", n >= self.params.min_chars, n, self.params.min_chars)]
        if self.params.max_chars is not None:
            rules.append(RuleResult("max_chars", n <= self.params.max_chars, n, self.params.max_chars))
        return rules
