"""The ``quality`` stage: heuristic document filters, chosen by the record's language.

Records whose ``language`` column (set by the language stage) is Chinese or Japanese get the
character rules of ``cjk.py``; every other language gets the FineWeb chain of ``english.py``
(with stop words only where a list is configured). Without a language column, a text whose
non-whitespace characters are at least ``route_cjk_share`` Han/kana goes to the character rules
(as Japanese when it has kana), anything else is judged as English.

Rejections are ``quality:<rule>``; ``explain`` reports every rule's measured value and threshold
for one text, which is what ``corpusmill explain`` prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pyarrow as pa
from datatrove.data import Document
from pydantic import Field, model_validator

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict, column
from corpusmill.filters.quality.badwords import load_badwords
from corpusmill.filters.quality.cjk import CjkDoc, CjkParams, cjk_rules, cjk_share, has_kana, navigation_pattern
from corpusmill.filters.quality.english import SpaceDoc, SpaceParams, space_rules
from corpusmill.filters.quality.rules import Rule, RuleResult, check_all, first_failure
from corpusmill.filters.quality.words import word_splitter

CJK = "cjk"
SPACE = "space"
DATATROVE_COMPATIBLE: dict[str, Any] = {
    "flag": [],
    "skip": ["replacement_chars", "template_page", "prose_share", "sentence_share", "spam_vertical", "price_list"],
    "space": {
        "c4_keep_code_lines": False,
        "min_lines": 1,
        "skip_quotations": False,
        "alpha_words_on": "tokens",
        "c4_javascript_lines": "all",
        "stop_words_any_case": False,
    },
}
"""``QualityParams`` under which English texts get datatrove's FineWeb-chain decisions, reasons and
C4-filtered text (GopherRepetition, GopherQuality, C4Quality(filter_no_terminal_punct=False),
FineWebQuality): for benchmarks against datatrove. The defaults differ where real text showed
those rules rejecting good text (issue 22, README)."""
FLAGGED = (
    *(f"gopher_dup_{n}_gram" for n in range(5, 11)),
    "c4_curly_bracket",
    "c4_lorem_ipsum",
    "fineweb_line_punct",
    "fineweb_short_lines",
    "fineweb_char_dup",
    "replacement_chars",
)
"""Rules whose precision on labelled real web text is below 0.9 (README, quality section): the
duplicated n-grams 17 right of 22 (T/(T+F)), C4's curly bracket 0 of 5, FineWeb's line punctuation
12 of 17, short lines 3 of 5 and duplicated characters 2 of 15; U+FFFD replacement characters 2 of 4
(one lost apostrophe in a good forum thread); C4's lorem ipsum 0 of 1 as the first failing rule (a
template's documentation showing placeholder text as its example; the other real page holding it is
junk that ``gopher_alpha_words`` rejects)."""


class QualityParams(StageParams):
    space: SpaceParams = Field(default_factory=SpaceParams)
    """Rules for languages written with spaces (English and most others)."""
    cjk: CjkParams = Field(default_factory=CjkParams)
    """Rules for Chinese and Japanese."""
    cjk_languages: list[str] = Field(
        default_factory=lambda: ["zh", "ja", "yue", "wuu", "gan", "hak", "nan", "lzh", "cmn", "zho", "jpn"]
    )
    """Language codes that get the Chinese/Japanese character rules instead of the space-delimited ones."""
    route_cjk_share: float = Field(default=0.3, ge=0, le=1)
    """Without a ``language`` column: Han/kana share from which a text gets the character rules."""
    path_fields: ClassVar[tuple[str, ...]] = ("badwords_path",)
    badwords_path: dict[str, str] = Field(default_factory=dict)
    """Language code -> flagged-word list file; languages without one are not checked."""
    max_badwords: int = Field(default=0, ge=0)
    """Flagged-word occurrences a document may contain (0: any occurrence rejects, as in C4)."""
    skip: list[str] = Field(default_factory=list)
    """Rule names to leave out, e.g. ``[gopher_stop_words, cjk_nav_lines]``."""
    flag: list[str] = Field(default_factory=lambda: list(FLAGGED))
    """Rules that flag instead of rejecting: a failing record is kept, named in the
    ``quality_flags`` column and counted (``quality:flagged:<rule>``). The defaults rejected good
    text too often on real web data to reject by default (precision below 0.9, README); ``[]``
    rejects with every rule, as FineWeb did."""

    @model_validator(mode="after")
    def _known(self) -> QualityParams:
        known = {"badwords"}  # names under these params or the defaults (n-gram sizes vary)
        for space, cjk in ((self.space, self.cjk), (SpaceParams(), CjkParams())):
            known |= {r.name for r in space_rules(space, (), frozenset())} | {r.name for r in cjk_rules(cjk, True)}
        for key in ("skip", "flag"):
            unknown = sorted(set(getattr(self, key)) - known)
            if unknown:
                raise ValueError(f"unknown quality rules in {key}: {unknown}; known: {sorted(known)}")
        missing = [path for path in self.badwords_path.values() if not Path(path).is_file()]
        if missing:
            raise ValueError(f"badwords_path files not found: {missing}")
        return self


@dataclass(frozen=True)
class Family:
    """The rules for one language and how to build their per-document context."""

    rules: list[Rule[Any]]
    """The rules that reject, in order."""
    flags: list[Rule[Any]]
    """The rules that only flag (``QualityParams.flag``)."""
    context: Callable[[str, bool], Any]


def base_language(language: str) -> str:
    return re.split(r"[-_]", language, maxsplit=1)[0].lower()


class Families:
    """Rule lists per language, built on first use (spaCy rules load once per language)."""

    def __init__(self, params: QualityParams) -> None:
        self.params = params
        self._cache: dict[tuple[str, str], Family] = {}
        self._nav = navigation_pattern(params.cjk.nav_keywords)

    def route(self, text: str, language: str | None) -> tuple[str, str]:
        if language:
            code = base_language(language)
            return (CJK if code in self.params.cjk_languages else SPACE), code
        if cjk_share(text) >= self.params.route_cjk_share:
            return CJK, "ja" if has_kana(text) else "zh"
        return SPACE, "en"

    def for_text(self, text: str, language: str | None) -> Family:
        key = self.route(text, language)
        family = self._cache.get(key)
        if family is None:
            family = self._cache[key] = self._build(*key)
        return family

    def _build(self, kind: str, language: str) -> Family:
        p = self.params
        if kind == CJK:
            rules: list[Rule[Any]] = cjk_rules(p.cjk, language in p.cjk.script_mixing_languages)
            nav = self._nav

            def cjk_context(text: str, _exact: bool) -> CjkDoc:
                return CjkDoc(text, p.cjk, nav)

            context: Callable[[str, bool], Any] = cjk_context
        else:
            splitter = word_splitter(language)
            stop_words = p.space.stop_words.get(language)
            function_words = p.space.function_words.get(language)
            rules = space_rules(
                p.space,
                tuple(set(stop_words)) if stop_words is not None else None,
                frozenset(w.lower() for w in function_words) if function_words is not None else None,
            )

            def space_context(text: str, exact: bool) -> SpaceDoc:
                return SpaceDoc(text, splitter, p.space, exact)

            context = space_context
        if language in p.badwords_path:
            words = load_badwords(p.badwords_path[language], whole_words=kind == SPACE)
            rules.append(Rule("badwords", lambda d: words.count(d.text), p.max_badwords))
        active = [r for r in rules if r.name not in p.skip]
        return Family([r for r in active if r.name not in p.flag], [r for r in active if r.name in p.flag], context)


class Quality(Stage):
    name = "quality"
    Params = QualityParams
    line_editor = True  # C4 line rewriting
    columns: ClassVar[dict[str, pa.DataType]] = {"quality_flags": pa.string()}
    measured_with: ClassVar[tuple[str, ...]] = (
        "cjk_languages", "route_cjk_share", "badwords_path", "space.stop_words", "space.c4_filter_no_terminal_punct",
        "space.c4_min_words_per_line", "space.c4_max_word_length", "space.c4_remove_citations",
        "space.c4_rewrite_lines", "space.c4_keep_code_lines", "space.function_words", "space.alpha_words_on",
        "space.c4_javascript_lines", "space.skip_quotations",
        "space.min_lines", "space.short_line_length", "cjk.nav_keywords", "cjk.nav_max_line_chars",
        "cjk.dup_ngram_size", "cjk.script_mixing_languages", "cjk.script_mixing_min_markers",
    )  # fmt: skip

    def __init__(self, params: QualityParams | None = None) -> None:
        super().__init__(params)
        self._families: Families | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Rule lists are rebuilt where the stage runs (they hold closures and spaCy rules)."""
        return {**self.__dict__, "_families": None}

    def explain(self, doc: Document) -> list[RuleResult]:
        return explain(self.params, doc.text, column(doc, "language"))

    def process(self, doc: Document) -> Verdict:
        if self._families is None:
            self._families = Families(self.params)
        family = self._families.for_text(doc.text, column(doc, "language"))
        context = family.context(doc.text, False)
        failure = first_failure(family.rules, context)
        if failure is not None:
            return Reject(
                f"quality:{failure.rule}", f"{failure.rule}={failure.value:.4g} threshold={failure.threshold:g}"
            )
        flags = [rule.name for rule in family.flags if not rule.check(context).passed]
        for rule in flags:
            self.count_fix(f"quality:flagged:{rule}")
        doc.metadata["quality_flags"] = ",".join(flags) or None
        if isinstance(context, SpaceDoc) and self.params.space.c4_rewrite_lines:
            self._rewrite(doc, context)
        return None

    @classmethod
    def measures(cls, params: QualityParams) -> dict[str, pa.DataType]:
        """Every active rule's value (null where the record's language family lacks the rule)."""
        return dict.fromkeys((rule.name for rule in all_rules(params)), pa.float64())

    @classmethod
    def decisions(cls, params: QualityParams) -> list[Any]:
        """The rejecting rules as bounds on their tagged values, in stage order."""
        from corpusmill.filters.tagging import bound, tag_column

        return [
            bound(tag_column(cls.name, rule.name), rule.name, rule.threshold, rule.lower_bound)
            for rule in all_rules(params)
            if rule.name not in params.flag
        ]

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        """Every rule measured (exact counts, no early stop); the first failing one is the reason.
        Every record gets its flags and C4 line rewrite, as it would have if it had passed."""
        if self._families is None:
            self._families = Families(self.params)
        tagged: list[tuple[Verdict, dict[str, Any]]] = []
        for doc in docs:
            family = self._families.for_text(doc.text, column(doc, "language"))
            context = family.context(doc.text, True)
            results = list(check_all(family.rules + family.flags, context))
            failure = next((r for r in results[: len(family.rules)] if not r.passed), None)
            verdict = None
            if failure is not None:
                detail = f"{failure.rule}={failure.value:.4g} threshold={failure.threshold:g}"
                verdict = Reject(f"quality:{failure.rule}", detail)
            flags = [r.rule for r in results[len(family.rules) :] if not r.passed]
            for rule in flags:
                self.count_fix(f"quality:flagged:{rule}")
            doc.metadata["quality_flags"] = ",".join(flags) or None
            if isinstance(context, SpaceDoc) and self.params.space.c4_rewrite_lines:
                self._rewrite(doc, context)
            tagged.append((verdict, {r.rule: r.value for r in results}))
        return tagged

    def _rewrite(self, doc: Document, context: SpaceDoc) -> None:
        """Keep the text C4's line filter leaves, as FineWeb did (see ``english.py``), with its
        paragraph breaks."""
        text = context.c4.paragraph_text
        if text != doc.text:
            dropped = sum(1 for line in doc.text.splitlines() if line.strip()) - len(context.c4.kept)
            if dropped:
                self.count_fix("quality:c4_lines", dropped)
            doc.text = text


def all_rules(params: QualityParams) -> list[Rule[Any]]:
    """Every active rule of every language family, each once, in stage order (the rules a text's
    family shares with the others, ``empty`` and ``badwords``, sit where both families have them)."""
    rules: dict[str, Rule[Any]] = {}
    for rule in [*space_rules(params.space, (), frozenset()), *cjk_rules(params.cjk, check_script_mixing=True)]:
        rules.setdefault(rule.name, rule)
    if params.badwords_path:
        rules["badwords"] = Rule("badwords", len, params.max_badwords)
    return [rule for name, rule in rules.items() if name not in params.skip]


def explain(params: QualityParams, text: str, language: str | None = None) -> list[RuleResult]:
    """Every active quality rule's measured value and threshold for ``text``, in stage order.

    ``language`` is the record's language code (``None`` routes as the stage does without a
    language column). Sentence counts are exact here, where the stage stops counting at
    ``c4_min_sentences``.
    """
    family = Families(params).for_text(text, language)
    return list(check_all(family.rules + family.flags, family.context(text, True)))
