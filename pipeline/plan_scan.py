"""``corpusmill plan CONFIG --scan``: how many tokens each group will have after cleaning, before a run.

Every source is read once (parsing only, which costs little next to extraction, language id and
quality rules) to count its records, and a seeded uniform sample of ``--sample`` records per source
(reservoir sampling, so sorted files do not bias it) goes through the config's stages in this
process. A source's estimate is its sample's kept tokens per group × (records / sampled records).
Global stages (deduplication) run on the pooled samples: they only see duplicates that both fell
into the sample, so with a sample much smaller than a source they under-count duplicates; a
duplicate-heavy source is overestimated by about its duplicate share. A source no larger than the
sample is processed whole and its estimate is exact but for cross-source duplicates.

A second table gives every global stage's work-folder disk and peak memory per task, for the
corpus counted (or ``--records``), from the share of the sample each stage saw and removed and the
stage's per-record sizes (``resources``; measured with benchmarks/near_dedup_scale.py for near_dedup).
"""

from __future__ import annotations

import math
import random
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field

from datatrove.data import Document

from corpusmill.filters.base import ORDER, GlobalStage, Reject
from corpusmill.pipeline.config import RunConfig
from corpusmill.pipeline.finalize import ALL
from corpusmill.pipeline.progress import Ticker
from corpusmill.pipeline.sources import ReadCheck, SourceReader, expand_sources
from corpusmill.text.tokenizer import TokenCounter

UNKNOWN = "unknown"


@dataclass
class SourceScan:
    records: int = 0
    sampled: int = 0
    kept: int = 0
    tokens: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # group → sampled tokens

    @property
    def scale(self) -> float:
        return self.records / self.sampled if self.sampled else 0.0


@dataclass
class GroupEstimate:
    group: str
    tokens: int
    planned: int | None = None

    @property
    def short_by(self) -> int:
        return max(0, self.planned - self.tokens) if self.planned is not None else 0

    def epochs(self, max_epochs: int) -> int:
        """Epochs that fill the plan, at most ``max_epochs`` (1 when the group has enough)."""
        if not self.planned or not self.tokens or self.tokens >= self.planned:
            return 1
        return min(max_epochs, math.ceil(self.planned / self.tokens))


class _Discard:
    """Rejects of the sample are only counted by the stages, not kept."""

    def open(self, stage_id: str, rank: int) -> _Discard:
        return self

    def write(self, doc: Document, stage: str, reject: Reject) -> None:
        pass

    def close(self) -> None:
        pass


def sample_sources(
    config: RunConfig, size: int, seed: int, ticker: Ticker
) -> tuple[list[Document], dict[str, SourceScan]]:
    """Read every source once: count its records and keep a seeded uniform sample of ``size``."""
    scans: dict[str, SourceScan] = {}
    sample: list[Document] = []
    first_file = 0  # record orders count files over all sources, as in a run: no two records share one
    for source in config.sources:
        scan = scans[source.name] = SourceScan()
        rng = random.Random(f"{seed}:{source.name}")
        reservoir: list[Document] = []
        files = expand_sources([source])
        for doc in SourceReader(files).run(None):
            doc.metadata[ORDER] += first_file << 32
            scan.records += 1
            if len(reservoir) < size:
                reservoir.append(doc)
            else:
                slot = rng.randrange(scan.records)
                if slot < size:
                    reservoir[slot] = doc
            if scan.records % 1000 == 0:
                ticker.update(f"reading {source.name}: {scan.records:,} records")
        first_file += len(files)
        scan.sampled = len(reservoir)
        ticker.line(f"{source.name}: {scan.records:,} records, {scan.sampled:,} sampled")
        sample += reservoir
    return sample, scans


@dataclass
class GlobalSample:
    """What a global stage saw of the sample: its records in and how many it removed."""

    stage: GlobalStage
    seen: list[Document]
    removed: int


def clean_sample(
    config: RunConfig, docs: list[Document], ticker: Ticker, globals_seen: list[GlobalSample] | None = None
) -> list[Document]:
    """The sample through ``read`` and the config's stages, in this process; each global stage's
    input and removals are added to ``globals_seen``."""
    discard = _Discard()
    stages = [ReadCheck(), *(spec.build() for spec in config.stages)]
    with tempfile.TemporaryDirectory(prefix="corpusmill-scan-") as work:
        for index, stage in enumerate(stages):
            ticker.update(f"cleaning the sample: {stage.name} ({len(docs):,} records)")
            if isinstance(stage, GlobalStage):
                workdir = f"{work}/{index:02d}_{stage.name}"
                docs = list(stage.signature_step(workdir).run(iter(docs)))
                for steps, tasks in stage.reduce_runs(workdir, 1):
                    for rank in range(tasks):
                        data = None
                        for step in steps:
                            data = step.run(data, rank, tasks)
                        for _ in data or ():
                            pass
                stage = stage.filter_step(workdir)
                seen = list(docs)
            stage.bind(f"{index:02d}_{stage.name}", discard)
            docs = list(stage.run(iter(docs)))
            if isinstance(spec_stage := stages[index], GlobalStage) and globals_seen is not None:
                globals_seen.append(GlobalSample(spec_stage, seen, len(seen) - len(docs)))
    return docs


def scan(
    config: RunConfig,
    size: int = 1000,
    seed: int = 0,
    ticker: Ticker | None = None,
    globals_seen: list[GlobalSample] | None = None,
) -> dict[str, SourceScan]:
    """Per source: records, sample size, and the sample's kept tokens per output group."""
    sample, scans = sample_sources(config, size, seed, ticker)
    kept = clean_sample(config, sample, ticker, globals_seen)
    counts = TokenCounter(config.output.tokenizer).count([d.text for d in kept])
    group_by = config.group_by
    for doc, tokens in zip(kept, counts, strict=True):
        source = scans[doc.metadata["source"]]
        group = ALL if group_by is None else str(doc.metadata.get(group_by) or UNKNOWN)
        source.tokens[group] += tokens
        source.kept += 1
    return scans


def estimate(config: RunConfig, scans: dict[str, SourceScan]) -> list[GroupEstimate]:
    """Estimated tokens per group after cleaning, with the budget's plan for each where there is one."""
    totals: dict[str, float] = defaultdict(float)
    for source in scans.values():
        for group, tokens in source.tokens.items():
            totals[group] += tokens * source.scale
    budget = config.budget
    planned: dict[str, int] = {}
    if budget is not None and budget.tokens is not None:
        planned = {g: round(budget.tokens * share) for g, share in (budget.mix or {ALL: 1.0}).items()}
        if not budget.mix:
            totals = {ALL: sum(totals.values())}
    groups = sorted(set(totals) | set(planned))
    return [GroupEstimate(g, round(totals.get(g, 0.0)), planned.get(g)) for g in groups]


def render(config: RunConfig, estimates: list[GroupEstimate], scans: dict[str, SourceScan], sample: int):
    """The table ``plan --scan`` prints, and one line per group that falls short."""
    from rich.table import Table

    max_epochs = config.budget.max_epochs if config.budget is not None else 4
    sampled = sum(s.sampled for s in scans.values())
    records = sum(s.records for s in scans.values())
    title = f"plan --scan: {sampled:,} of {records:,} records cleaned (≤ {sample:,} per source)"
    table = Table(title=title, title_justify="left")
    for column in ("group", "estimated tokens", "planned", "short by", "epochs"):
        table.add_column(column, justify="left" if column == "group" else "right", no_wrap=True)
    notes = []
    for row in estimates:
        epochs = row.epochs(max_epochs)
        planned = f"{row.planned:,}" if row.planned is not None else "-"
        short = f"{row.short_by:,}" if row.short_by else "-"
        table.add_row(row.group, f"{row.tokens:,}", planned, short, str(epochs))
        if row.short_by:
            left = row.planned - row.tokens * epochs
            note = f"{row.group}: about {row.tokens:,} tokens of {row.planned:,} planned ({row.short_by:,} short)"
            if epochs > 1:
                note += f"; {epochs} epochs would give {min(row.planned, row.tokens * epochs):,}"
            if left > 0:
                note += f"; still {left:,} short at budget.max_epochs {max_epochs}: add data or lower the share"
            notes.append(note)
    return table, notes


def resources_table(config: RunConfig, scans: dict[str, SourceScan], seen: list[GlobalSample], records: int | None):
    """Work-folder disk and peak memory per task of every global stage, for the corpus the scan
    counted or for ``records`` input records: each stage's share of the sample it saw and
    removed, scaled, through the stage's own ``resources`` estimate."""
    from rich.table import Table

    counted = sum(s.records for s in scans.values())
    sampled = sum(s.sampled for s in scans.values())
    corpus = records if records is not None else counted
    tasks = config.executor.tasks
    title = f"global stages for {corpus:,} input records over {tasks} tasks (estimates)"
    table = Table(title=title, title_justify="left")
    for column in ("stage", "records in", "removed", "reduce tasks", "work disk", "peak memory per task"):
        table.add_column(column, justify="left" if column in ("stage", "peak memory per task") else "right")
    for entry in seen:
        scale = corpus / sampled if sampled else 0.0
        reaching, removed = round(len(entry.seen) * scale), round(entry.removed * scale)
        estimate = entry.stage.resources(reaching, removed, tasks, entry.seen)
        peaks = ", ".join(f"{step} {_size(b)}" for step, b in estimate["peak"].items())
        table.add_row(
            entry.stage.name, f"{reaching:,}", f"{removed:,}", estimate["reduce tasks"], _size(estimate["disk"]), peaks
        )
    return table


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if count < 1024 or unit == "TB":
            return f"{count:,.0f} {unit}" if unit == "B" else f"{count:,.1f} {unit}"
        count /= 1024
    return ""
