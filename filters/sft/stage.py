"""The SFT stages: ``sft`` (repairs and per-record checks), ``sft_dedup`` and ``sft_decontaminate``.

They work on records made by ``filters.sft.formats.read_documents`` (messages in metadata) and
follow the ``filters.base.Stage`` contract, so ``corpusmill sft clean`` runs them in-process and
a pipeline config can list them like any other stage.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pyarrow as pa
from datatrove.data import Document, DocumentsPipeline
from pydantic import Field, model_validator

from corpusmill.filters.base import Chain, Problem, Reject, Stage, StageParams, Verdict
from corpusmill.filters.sft.batch import language_mismatch, too_long
from corpusmill.filters.sft.checks import CHECKS
from corpusmill.filters.sft.decontaminate import BenchmarkIndex
from corpusmill.filters.sft.dedup import NearDuplicateIndex, exact_key, prompt_text, record_parts
from corpusmill.filters.sft.fixes import FIXES
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import SCHEMA_ERROR, attach_turn_fields, pack_turn_fields, render
from corpusmill.schema import ALPACA_INPUT, EXTRA, LANGUAGE, MESSAGES_TYPE, TOKENS
from corpusmill.schema import FIXES as FIXES_COLUMN
from corpusmill.schema import MESSAGES as MESSAGES_COLUMN
from corpusmill.text.tokenizer import CountFn, count_default

MESSAGES = MESSAGES_TYPE
SFT_COLUMNS: dict[str, pa.DataType] = {
    MESSAGES_COLUMN: MESSAGES_TYPE,
    LANGUAGE: pa.string(),
    TOKENS: pa.int64(),
    FIXES_COLUMN: pa.list_(pa.string()),
    EXTRA: pa.string(),
}


class SftChecks(Stage):
    """Schema errors first, then repairs, then the checks in ``CHECK_NAMES`` order: the first
    check that fires names the reason. Fixes are counted for the records this stage keeps."""

    name = "sft"
    Params = SftChecksParams
    columns = SFT_COLUMNS
    needs = frozenset({MESSAGES_COLUMN, FIXES_COLUMN})
    batch_size = 512

    def __init__(self, params: SftChecksParams | None = None, token_counter: CountFn = count_default) -> None:
        super().__init__(params)
        self.token_counter = token_counter
        off = set(self.params.disable)
        self.fixes = [(name, fix) for name, fix in FIXES.items() if name not in off]
        self.checks = [(name, check) for name, check in CHECKS.items() if name not in off]
        self.check_length = "too_long" not in off
        self.check_language = "language_mismatch" not in off

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        verdicts = [self._check_one(doc) for doc in docs]
        alive = [i for i, v in enumerate(verdicts) if v is None]
        alive_docs = [docs[i] for i in alive]
        # both fill their column for every surviving record, enabled or not
        lengths = too_long(alive_docs, self.params, self.token_counter)
        languages = language_mismatch(alive_docs, self.params)
        for i, length, language in zip(alive, lengths, languages, strict=True):
            if length and self.check_length:
                verdicts[i] = Reject("sft:too_long", length)
            elif language and self.check_language:
                verdicts[i] = Reject("sft:language_mismatch", language)
        for doc, verdict in zip(docs, verdicts, strict=True):
            if verdict is None:
                pack_turn_fields(doc)
                doc.text = render(doc.metadata["messages"])
                for fix in doc.metadata["fixes"]:
                    self.count_fix(fix)
        return verdicts

    def _check_one(self, doc: Document) -> Verdict:
        error = doc.metadata.get(SCHEMA_ERROR)
        if error is not None:
            return Reject(*error)
        attach_turn_fields(doc)
        for name, fix in self.fixes:
            if fix(doc, self.params):
                doc.metadata["fixes"].append(f"sft:{name}")
        for name, check in self.checks:
            detail = check(doc, self.params)
            if detail is not None:
                return Reject(f"sft:{name}", detail)
        return None


class SftDedupParams(StageParams):
    exact: bool = True
    """Remove exact duplicates (same normalized instruction, input and answer)."""
    near: bool = True
    """Remove near duplicates (MinHash over instruction and input, verified)."""
    threshold: float = Field(default=0.8, ge=0.5, le=1.0)
    """Estimated Jaccard, instruction and input."""
    ngram: int = Field(default=3, ge=1, le=20)
    """Tokens per shingle (words; CJK characters)."""
    num_perm: int = Field(default=128, ge=16, le=1024)
    """MinHash permutations."""
    bands: int = Field(default=32, ge=1, le=512)
    """LSH bands (num_perm / bands rows of each part)."""

    @model_validator(mode="after")
    def _bands_divide(self) -> SftDedupParams:
        if self.num_perm % self.bands:
            raise ValueError(f"num_perm ({self.num_perm}) must be a multiple of bands ({self.bands})")
        return self


class SftDedup(Stage):
    """``sft:exact_duplicate`` (whole conversation equal up to case and whitespace) and
    ``sft:near_duplicate`` (prompts similar); the first record of each group is kept.

    It needs to see every record, so it runs in one task: the ``sft clean`` command's in-process
    run. Several tasks would each keep their own first copy, hence the error."""

    name = "sft_dedup"
    Params = SftDedupParams
    needs = frozenset({MESSAGES_COLUMN, ALPACA_INPUT})
    batch_size = 1024

    @classmethod
    def check(cls, params: SftDedupParams, chain: Chain) -> list[Problem]:
        if chain.tasks > 1:
            return [("executor.tasks", "sft_dedup compares all records in one task; set tasks: 1")]
        return []

    def __init__(self, params: SftDedupParams | None = None) -> None:
        super().__init__(params)
        p = self.params
        self.first: dict[bytes, str] = {}
        self.index = NearDuplicateIndex(p.num_perm, p.bands, p.ngram, p.threshold)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if world_size > 1:
            raise ValueError("sft_dedup keeps the first record of each group and needs one task (tasks: 1)")
        return super().run(data, rank, world_size)

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        verdicts: list[Verdict] = [None] * len(docs)
        if self.params.exact:
            for i, doc in enumerate(docs):
                key = exact_key(doc.metadata["messages"])
                if key in self.first:
                    verdicts[i] = Reject("sft:exact_duplicate", "same conversation", self.first[key], 1.0)
                else:
                    self.first[key] = doc.id
        if self.params.near:
            todo = [i for i, v in enumerate(verdicts) if v is None]
            if not todo:
                return verdicts
            parts = [record_parts(docs[i].metadata["messages"], docs[i].metadata.get(ALPACA_INPUT)) for i in todo]
            signatures = self.index.signatures_of(parts)
            keys = self.index.band_keys(signatures)
            for i, signature, key, part in zip(todo, signatures, keys, parts, strict=True):
                chat = docs[i].metadata.get(ALPACA_INPUT) is None
                found = self.index.add_or_match(
                    docs[i].id, signature, key, part[2], f"{part[0]}\n{part[1]}", chat, bool(part[1].strip())
                )
                if found is not None:
                    verdicts[i] = Reject("sft:near_duplicate", f"~{found[1]:.2f} similar", *found)
        return verdicts


class SftDecontaminateParams(StageParams):
    path_fields: ClassVar[tuple[str, ...]] = ("benchmarks",)
    benchmarks: list[str] = Field(default_factory=list)
    """JSON/JSONL/text files of evaluation data."""
    ngram: int = Field(default=13, ge=3, le=50)
    """Length of the word (or CJK character) n-grams shared with an evaluation set that make a record contaminated."""


class SftDecontaminate(Stage):
    """``sft:contaminated``: a record sharing a ``ngram``-token sequence with a benchmark file, or
    whose prompt is a short benchmark question. Without benchmarks it keeps everything."""

    name = "sft_decontaminate"
    Params = SftDecontaminateParams
    needs = frozenset({MESSAGES_COLUMN})

    @classmethod
    def check(cls, params: SftDecontaminateParams, chain: Chain) -> list[Problem]:
        missing = [i for i, path in enumerate(params.benchmarks) if not Path(path).is_file()]
        return [(f"{chain.key}.benchmarks[{i}]", f"no such file: {params.benchmarks[i]}") for i in missing]

    def __init__(self, params: SftDecontaminateParams | None = None) -> None:
        super().__init__(params)
        self.index: BenchmarkIndex | None = None

    def process(self, doc: Document) -> Verdict:
        if not self.params.benchmarks:
            return None
        if self.index is None:
            self.index = BenchmarkIndex([Path(p) for p in self.params.benchmarks], self.params.ngram)
        messages = doc.metadata["messages"]
        found = self.index.match(prompt_text(messages), render(messages))
        return Reject("sft:contaminated", found) if found else None
