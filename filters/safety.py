"""``safety``: remove adult and gambling pages, in English and Chinese, by term density.

Each language has a vocabulary of weighted terms in three categories (``assets/safety/<lang>.tsv``,
ours, on top of the LDNOOBW lists in ``assets/ldnoobw/``, CC BY 4.0):

- ``adult`` and ``gambling`` terms weigh 1 when they are unambiguous spam vocabulary (``百家乐``,
  ``六合彩``, ``free spins``, ``porn``), less when the word is also ordinary (``casino``,
  ``彩票``), and 0.1 or 0 for clinical words and slurs that say nothing about adult content
  (``vagina``, ``阴道``, ``rape``). LDNOOBW terms default to 0.5; single Chinese characters of
  LDNOOBW (``性``, ``奶``) are never used, since substring matching would find them in 性能 and 牛奶.
- ``context`` terms (regulation, research, health, education, 监管, 研究, 健康, 教育, ...) are how
  a health class, a study of problem gambling or a news report on a crackdown talks about the same
  subject; each one cancels ``context_weight`` of the category weight.
- ``promotion`` terms (bonus, coupon, sign up, book a room, players club, 注册, 优惠, 开户, ...) are
  how a page sells gambling. An encyclopedia article on a casino resort or a news page on tribal
  gaming names casinos, slot machines and roulette as often as a casino directory does (real web
  data: 7 of 8 wrong ``safety:gambling`` rejects were Wikipedia articles on casinos), but never
  asks the reader to book, join or sign up. So a page is removed as gambling only when it also
  holds ``min_promotion`` promotional terms (gambling terms of weight 1, unambiguous spam
  vocabulary such as ``free spins`` or ``彩金``, count as promotional), or when its gambling
  density reaches ``dense_factor`` times the threshold (keyword stuffing, bare casino lists).

A page's score for a category is its weighted hits minus the context discount, per word (Chinese:
per 1.5 Han characters, the mean length of a Chinese word, plus its ASCII words), as C4 and Dolma
score bad-word density. A page is rejected as ``safety:adult`` or ``safety:gambling`` when a
category's score reaches the language's threshold with at least ``min_terms`` distinct terms
(gambling: and the promotion gate above).
CJK terms match as substrings, ASCII terms between ASCII non-alphanumerics (never ``\\b``, which
treats CJK letters as word characters). The lists load on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pyarrow as pa
from datatrove.data import Document
from pydantic import Field, model_validator

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.text.cjk import ANY_CJK, HAN_KANA_CLASS

if TYPE_CHECKING:  # the quality package imports spaCy: only `explain` needs its RuleResult
    from corpusmill.filters.quality.rules import RuleResult

ASSETS = Path(__file__).parent / "assets"
CATEGORIES = ("adult", "gambling")
CONTEXT = "context"
PROMOTION = "promotion"
GATED = "gambling"
"""The category whose removal needs promotional terms: adult vocabulary is itself what a page sells."""
LDNOOBW_WEIGHT = 0.5
CHARS_PER_WORD = 1.5
"""Mean length of a Chinese word in characters: converts Han characters into word units."""
HAN_KANA = re.compile(f"[{HAN_KANA_CLASS}]")
ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


class SafetyParams(StageParams):
    thresholds: dict[str, float] = Field(default_factory=lambda: {"en": 0.01, "zh": 0.01})
    """Weighted hits (after the context discount) per word at which a page is removed, per language."""
    threshold: float = Field(default=0.01, gt=0)
    """For languages without their own threshold."""
    min_terms: int = Field(default=2, ge=1)
    """Distinct terms of one category a page must hold (one word is never enough)."""
    context_weight: float = Field(default=0.5, ge=0)
    """Category weight each context term cancels."""
    min_promotion: int = Field(default=1, ge=0)
    """Distinct promotional terms a page must hold to be removed as gambling (0: no gate)."""
    dense_factor: float = Field(default=5.0, ge=1)
    """Gambling density, in multiples of the threshold, at which a page is removed without
    promotional terms."""
    vocab_files: dict[str, list[str]] = Field(default_factory=dict)
    """Extra ``category<TAB>weight<TAB>term`` files per language (``{zh: [lists/zh-extra.tsv]}``)."""
    route_cjk_share: float = Field(default=0.3, ge=0, le=1)
    """Without a ``language`` column: Han/kana share of non-space characters that means Chinese."""

    @model_validator(mode="after")
    def _files_exist(self) -> SafetyParams:
        missing = [p for paths in self.vocab_files.values() for p in paths if not Path(p).is_file()]
        if missing:
            raise ValueError(f"vocab_files not found: {missing}")
        return self


def trie_regex(terms: list[str]) -> str:
    """One regex alternation that shares prefixes, so matching costs O(text) rather than
    O(text x terms) with hundreds of literal alternatives."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@dataclass(frozen=True)
class Vocabulary:
    """The weighted terms of one language and one compiled matcher for all of them."""

    weights: dict[str, dict[str, float]]
    """category -> term (lower case) -> weight."""
    pattern: re.Pattern[str] | None

    def hits(self, text: str) -> dict[str, Counter[str]]:
        """category -> Counter of matched terms (longest match wins where terms overlap)."""
        found: dict[str, Counter[str]] = {c: Counter() for c in self.weights}
        if self.pattern is None:
            return found
        for match in self.pattern.finditer(text):
            term = next(g for g in match.groups() if g is not None).lower()
            for category, terms in self.weights.items():
                if term in terms:
                    found[category][term] += 1
        return found


def read_tsv(path: Path) -> list[tuple[str, float, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, weight, term = line.split("\t")
        rows.append((category, float(weight), term.strip()))
    return rows


@cache
def load_vocabulary(language: str, extra_files: tuple[str, ...] = ()) -> Vocabulary:
    """LDNOOBW adult terms at the default weight, then our TSV and the user's files (later wins)."""
    weights: dict[str, dict[str, float]] = {c: {} for c in (*CATEGORIES, CONTEXT, PROMOTION)}
    ldnoobw = ASSETS / "ldnoobw" / language
    if ldnoobw.is_file():
        for term in ldnoobw.read_text(encoding="utf-8").splitlines():
            term = term.strip().lower()
            if term and not (len(term) == 1 and ANY_CJK.match(term)):
                weights["adult"][term] = LDNOOBW_WEIGHT
    ours = ASSETS / "safety" / f"{language}.tsv"
    for path in ([ours] if ours.is_file() else []) + [Path(p) for p in extra_files]:
        for category, weight, term in read_tsv(path):
            weights.setdefault(category, {})[term.lower()] = weight
    for terms in weights.values():  # weight 0 removes a term
        for term in [t for t, w in terms.items() if w == 0]:
            del terms[term]
    every = {t for terms in weights.values() for t in terms}
    cjk = sorted(t for t in every if ANY_CJK.search(t))
    ascii_terms = sorted(t for t in every if not ANY_CJK.search(t))
    parts = []
    if cjk:
        parts.append(f"({trie_regex(cjk)})")
    if ascii_terms:  # whole ASCII words; a plural "s"/"es" is the same word
        parts.append(f"(?<![A-Za-z0-9])({trie_regex(ascii_terms)})(?:e?s)?(?![A-Za-z0-9])")
    pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None
    return Vocabulary(weights, pattern)


@dataclass(frozen=True)
class Score:
    category: str
    density: float
    threshold: float
    terms: Counter[str]
    context: int
    promotion: int
    """Distinct promotional terms (counted for the gated category only)."""
    min_promotion: int
    dense_threshold: float

    @property
    def flagged(self) -> bool:
        if self.density < self.threshold:
            return False
        return self.category != GATED or self.promotion >= self.min_promotion or self.density >= self.dense_threshold

    def describe(self, limit: int = 6) -> str:
        shown = ", ".join(f"{t}x{n}" for t, n in self.terms.most_common(limit))
        promotion = f"; promotion {self.promotion}" if self.category == GATED else ""
        return (
            f"{self.category} density {self.density:.4f} >= {self.threshold:g} "
            f"({shown}; context {self.context}{promotion})"
        )


class Safety(Stage):
    name = "safety"
    Params = SafetyParams
    measured_with: ClassVar[tuple[str, ...]] = ("min_terms", "context_weight", "vocab_files", "route_cjk_share")

    @classmethod
    def measures(cls, params: SafetyParams) -> dict[str, pa.DataType]:
        """Each category's weighted density, the gambling page's distinct promotional terms and the
        vocabulary language it was measured with."""
        densities = {f"{c}_density": pa.float64() for c in CATEGORIES}
        return {**densities, f"{GATED}_promotion": pa.int64(), "language": pa.string()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        tagged: list[tuple[Verdict, dict[str, Any]]] = []
        for doc in docs:
            scores = self.scores(doc)
            values: dict[str, Any] = {f"{s.category}_density": s.density for s in scores}
            values[f"{GATED}_promotion"] = next(s.promotion for s in scores if s.category == GATED)
            values["language"] = self.language_of(doc)
            tagged.append((self._verdict(scores), values))
        return tagged

    @classmethod
    def decisions(cls, params: SafetyParams) -> list[Any]:
        """``process`` as expressions: densities at or over the language's threshold (gambling: with
        promotional terms or at ``dense_factor`` times it); the reason names the densest flagged
        category (the first on ties)."""
        import polars as pl

        from corpusmill.filters.tagging import Decision

        language = pl.col("safety.language")
        limit = language.replace_strict(params.thresholds, default=params.threshold, return_dtype=pl.Float64)
        density = {c: pl.col(f"safety.{c}_density") for c in CATEGORIES}
        flagged = {c: density[c] >= limit for c in CATEGORIES}
        promoted = pl.col(f"safety.{GATED}_promotion") >= params.min_promotion
        flagged[GATED] = flagged[GATED] & (promoted | (density[GATED] >= limit * params.dense_factor))
        worst, worst_density = pl.lit(None, pl.String), pl.lit(None, pl.Float64)
        for category in CATEGORIES:
            better = flagged[category] & (worst_density.is_null() | (density[category] > worst_density))
            worst = pl.when(better).then(pl.lit(category)).otherwise(worst)
            worst_density = pl.when(better).then(density[category]).otherwise(worst_density)
        detail = pl.format("{} density {} >= {}", worst, worst_density.round(4), limit)
        columns = (*(f"safety.{c}_density" for c in CATEGORIES), f"safety.{GATED}_promotion", "safety.language")
        return [Decision(worst, pl.any_horizontal(*flagged.values()), detail, columns)]

    def vocabulary(self, language: str) -> Vocabulary:
        """The language's vocabulary (English for languages without one), loaded once per process."""
        if not (ASSETS / "safety" / f"{language}.tsv").is_file():
            language = "en"
        return load_vocabulary(language, tuple(self.params.vocab_files.get(language, ())))

    def language_of(self, doc: Document) -> str:
        language = doc.metadata.get("language")
        if language:
            return "zh" if str(language).startswith(("zh", "cmn")) else str(language).split("_")[0]
        text = doc.text
        letters = sum(1 for ch in text if not ch.isspace()) or 1
        return "zh" if len(HAN_KANA.findall(text)) >= self.params.route_cjk_share * letters else "en"

    def scores(self, doc: Document) -> list[Score]:
        """Each category's density for ``doc``, with its matched terms."""
        language = self.language_of(doc)
        vocab = self.vocabulary(language)
        text = doc.text
        words = len(HAN_KANA.findall(text)) / CHARS_PER_WORD + len(ASCII_WORD.findall(text))
        hits = vocab.hits(text)
        context = sum(hits.get(CONTEXT, Counter()).values())
        gated = hits.get(GATED, Counter())
        full_weight = {t for t in gated if vocab.weights[GATED][t] >= 1}
        promotion = len(full_weight | set(hits.get(PROMOTION, Counter())))
        threshold = self.params.thresholds.get(language, self.params.threshold)
        result = []
        for category in CATEGORIES:
            terms = hits.get(category, Counter())
            weighted = sum(vocab.weights[category][t] * n for t, n in terms.items())
            effective = max(0.0, weighted - self.params.context_weight * context)
            density = effective / max(words, 1.0) if len(terms) >= self.params.min_terms else 0.0
            dense = threshold * self.params.dense_factor
            shown_promotion = promotion if category == GATED else 0
            result.append(
                Score(category, density, threshold, terms, context, shown_promotion, self.params.min_promotion, dense)
            )
        return result

    def process(self, doc: Document) -> Verdict:
        return self._verdict(self.scores(doc))

    def _verdict(self, scores: list[Score]) -> Verdict:
        flagged = [s for s in scores if s.flagged]
        if not flagged:
            return None
        worst = max(flagged, key=lambda s: s.density)
        return Reject(f"safety:{worst.category}", worst.describe())

    def explain(self, doc: Document) -> list[RuleResult]:
        """Per category: the density against the threshold, the matched terms in the rule name."""
        from corpusmill.filters.quality.rules import RuleResult

        rows = []
        for score in self.scores(doc):
            shown = ", ".join(f"{t}x{n}" for t, n in score.terms.most_common(8)) or "no terms"
            promotion = f"; promotion {score.promotion}" if score.category == GATED else ""
            name = f"{score.category} density ({shown}; context {score.context}{promotion})"
            rows.append(RuleResult(name, not score.flagged, score.density, score.threshold))
        return rows
