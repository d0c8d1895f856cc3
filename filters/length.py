"""Document length bounds in characters: the cheapest filter, so configs put it early.

The lower bound is per script. Chinese and Japanese carry far more per character than languages
written with spaces: in the Chinese translation of Alpaca (carbonz0, 4,669 answers paired with the
English originals), an answer has 0.28 Han characters per English character (median; quartiles
0.26-0.30). A text whose non-whitespace characters are at least ``route_cjk_share`` Han/kana is
held to ``min_cjk_chars`` non-whitespace characters instead, by default ``min_chars`` x 0.28 (55 for
a floor of 200): the same content, not the same byte count.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
from datatrove.data import Document
from pydantic import Field, model_validator

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.filters.quality.cjk import cjk_share
from corpusmill.filters.quality.rules import RuleResult

CJK_CHARS_PER_CHAR = 0.28
"""Han characters per English character for the same content (median over Alpaca and its Chinese
translation; see the module docstring)."""


class LengthParams(StageParams):
    min_chars: int = Field(default=0, ge=0)
    """Characters (after stripping) a text needs; texts in CJK scripts use ``min_cjk_chars``."""
    min_cjk_chars: int | None = Field(default=None, ge=0)
    """Non-whitespace characters a Chinese/Japanese text needs; ``null``: ``min_chars`` x 0.28."""
    route_cjk_share: float = Field(default=0.3, ge=0, le=1)
    """Han/kana share of non-whitespace characters from which a text counts as CJK."""
    max_chars: int | None = Field(default=None, ge=1)
    """Longer records are rejected as length:too_long; null sets no upper bound."""

    @model_validator(mode="after")
    def _ordered(self) -> LengthParams:
        if self.max_chars is not None and self.max_chars < self.min_chars:
            raise ValueError("max_chars must be >= min_chars")
        return self

    @property
    def cjk_floor(self) -> int:
        if self.min_cjk_chars is not None:
            return self.min_cjk_chars
        return round(self.min_chars * CJK_CHARS_PER_CHAR)


class Length(Stage):
    name = "length"
    Params = LengthParams

    def process(self, doc: Document) -> Verdict:
        n = len(doc.text.strip())
        # Only texts short by either measure pay for the script share.
        if n < self.params.min_chars or len("".join(doc.text.split())) < self.params.cjk_floor:
            floor = self._cjk_floor(doc.text)
            if floor is None:
                if n < self.params.min_chars:
                    return Reject("length:too_short", f"{n} chars < {self.params.min_chars}")
            elif floor[0] < floor[1]:
                return Reject("length:too_short", f"{floor[0]} CJK-text chars < {floor[1]}")
        if self.params.max_chars is not None and n > self.params.max_chars:
            return Reject("length:too_long", f"{n} chars > {self.params.max_chars}")
        return None

    @classmethod
    def measures(cls, params: LengthParams) -> dict[str, pa.DataType]:
        """Characters after stripping, non-whitespace characters and the Han/kana share."""
        return {"chars": pa.int64(), "cjk_chars": pa.int64(), "cjk_share": pa.float64()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        values = [
            {"chars": len(d.text.strip()), "cjk_chars": len("".join(d.text.split())), "cjk_share": cjk_share(d.text)}
            for d in docs
        ]
        return list(zip(self.process_batch(docs), values, strict=True))

    @classmethod
    def decisions(cls, params: LengthParams) -> list[Any]:
        """``process`` as expressions: CJK texts (share >= route) against the CJK floor."""
        import polars as pl

        from corpusmill.filters.tagging import Decision

        chars, cjk_chars, share = (pl.col(f"length.{k}") for k in ("chars", "cjk_chars", "cjk_share"))
        is_cjk = share >= params.route_cjk_share
        short = pl.when(is_cjk).then(cjk_chars < params.cjk_floor).otherwise(chars < params.min_chars)
        detail = (
            pl.when(is_cjk)
            .then(pl.format("{} CJK-text chars < {}", cjk_chars, pl.lit(params.cjk_floor)))
            .otherwise(pl.format("{} chars < {}", chars, pl.lit(params.min_chars)))
        )
        columns = ("length.chars", "length.cjk_chars", "length.cjk_share")
        found = [Decision(pl.lit("too_short"), short, detail, columns)]
        if params.max_chars is not None:
            long = chars > params.max_chars
            detail = pl.format("{} chars > {}", chars, pl.lit(params.max_chars))
            found.append(Decision(pl.lit("too_long"), long, detail, columns))
        return found

    def _cjk_floor(self, text: str) -> tuple[int, int] | None:
        """(non-whitespace characters, floor) when ``text`` is CJK text, else None."""
        if cjk_share(text) < self.params.route_cjk_share:
            return None
        return len("".join(text.split())), self.params.cjk_floor

    def explain(self, doc: Document) -> list[RuleResult]:
        n = len(doc.text.strip())
        floor = self._cjk_floor(doc.text)
        if floor is None:
            rules = [RuleResult("min_chars", n >= self.params.min_chars, n, self.params.min_chars)]
        else:
            chars, minimum = floor
            rules = [RuleResult("min_cjk_chars", chars >= minimum, chars, minimum)]
        if self.params.max_chars is not None:
            rules.append(RuleResult("max_chars", n <= self.params.max_chars, n, self.params.max_chars))
        return rules
