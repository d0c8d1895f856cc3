"""The ``quality_classifier`` stage: a fastText model scores each record (``quality_score``, the
probability of the "high quality" label) and records under ``threshold`` are rejected as
``quality:classifier``.

Train a model with ``corpusmill quality train`` (``pipeline/quality_train.py``). Training and
scoring share ``fasttext_line``: fastText splits on whitespace, so each Han/kana character is made
a token of its own (with word bigrams that gives character bigrams for Chinese), text is
lowercased and cut to ``max_chars``. Prediction is batched and always given a list, the only form
that works with NumPy 2 (fastText's single-string path calls ``np.array(copy=False)``).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import pyarrow as pa
from datatrove.data import Document
from pydantic import Field

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.filters.quality.rules import RuleResult
from corpusmill.text.cjk import HAN_KANA_CLASS
from corpusmill.text.fasttext_model import load_model

POSITIVE = "__label__hq"
NEGATIVE = "__label__lq"
CJK_CHAR = re.compile(f"([{HAN_KANA_CLASS}])")


def fasttext_line(text: str, max_chars: int = 20_000) -> str:
    """One line of lowercase, whitespace-separated tokens, CJK characters split apart."""
    return " ".join(CJK_CHAR.sub(r" \1 ", text[:max_chars].lower()).split())


def scores(model, texts: list[str], max_chars: int = 20_000) -> list[float]:
    """Probability of ``POSITIVE`` for each text, one batched fastText call."""
    labels, probs = model.predict([fasttext_line(t, max_chars) for t in texts], k=-1)
    return [
        float(dict(zip(text_labels, text_probs, strict=True)).get(POSITIVE, 0.0))
        for text_labels, text_probs in zip(labels, probs, strict=True)
    ]


class QualityClassifierParams(StageParams):
    path_fields: ClassVar[tuple[str, ...]] = ("model_path",)
    model_path: str
    """A fastText model from `corpusmill quality train` (required)."""
    threshold: float = Field(default=0.5, ge=0, le=1)
    """Records scoring below this are rejected as quality:classifier."""
    max_chars: int = Field(default=20_000, ge=1)
    """Characters of each record the model reads."""


class QualityClassifier(Stage):
    name = "quality_classifier"
    Params = QualityClassifierParams
    columns: ClassVar[dict[str, pa.DataType]] = {"quality_score": pa.float64()}
    batch_size = 512

    def __init__(self, params: QualityClassifierParams | None = None) -> None:
        super().__init__(params)
        self._model = None

    def __getstate__(self) -> dict[str, Any]:
        """fastText models do not pickle: each worker loads its own."""
        return {**self.__dict__, "_model": None}

    def explain(self, doc: Document) -> list[RuleResult]:
        return explain(self.params, doc.text)

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        if self._model is None:
            self._model = load_model(self.params.model_path)
        verdicts: list[Verdict] = []
        for doc, score in zip(docs, scores(self._model, [d.text for d in docs], self.params.max_chars), strict=True):
            doc.metadata["quality_score"] = score
            verdicts.append(
                None
                if score >= self.params.threshold
                else Reject("quality:classifier", f"score={score:.3f} threshold={self.params.threshold:g}")
            )
        return verdicts

    @classmethod
    def measures(cls, params: QualityClassifierParams) -> dict[str, pa.DataType]:
        return {"score": pa.float64()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        verdicts = self.process_batch(docs)
        return [(v, {"score": d.metadata["quality_score"]}) for v, d in zip(verdicts, docs, strict=True)]

    @classmethod
    def decisions(cls, params: QualityClassifierParams) -> list[Any]:
        from corpusmill.filters.tagging import bound

        return [bound("quality_classifier.score", "classifier", params.threshold, lower_bound=True)]


def explain(params: QualityClassifierParams, text: str) -> list[RuleResult]:
    """The classifier's score for ``text`` against the threshold (for ``corpusmill explain``)."""
    score = scores(load_model(params.model_path), [text], params.max_chars)[0]
    return [RuleResult("classifier", score >= params.threshold, score, params.threshold)]
