"""Turns a validated config into chained datatrove executor runs.

The stage list is cut at every global stage (one that must see the whole run, such as
``exact_dedup``): each piece becomes a "segment" run over all tasks, and the global stage's reduce
runs sit between segments, chained with datatrove's ``depends``. Segments hand records to each
other as Parquet in ``OUT/work/``. datatrove's completion markers make a rerun of the same
command skip finished tasks, so a crashed run resumes and ends with the same output.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
from datatrove.executor.local import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep

import pipeline.logs  # noqa: F401 - quiets datatrove's task loggers in this process
from filters.base import GlobalStage
from pipeline.accounting import build_stats
from pipeline.config import ConfigError, RunConfig
from pipeline.finalize import TOKENS, CountTokens, Finalize
from pipeline.sinks import RecordReader, RecordWriter, RejectsWriter
from pipeline.sources import ReadCheck, SourceReader, expand_sources
from pipeline.tokenizer import TokenCounter


@dataclass
class Run:
    """One executor run: a segment over all tasks, or a global stage's reduce."""

    name: str
    steps: list[PipelineStep]
    tasks: int


@dataclass
class Plan:
    out: Path
    runs: list[Run]
    stage_ids: list[str]
    global_stages: dict[str, GlobalStage] = field(default_factory=dict)


# Forked workers start in milliseconds; datatrove's default (forkserver) re-imports everything in
# every pool, which cost ~2 s per chained run here. Elsewhere fork is not safe with threads.
START_METHOD = "fork" if sys.platform == "linux" else "forkserver"


def plan_run(config: RunConfig, out: Path, limit: int | None = None) -> Plan:
    tasks = config.executor.tasks
    files = expand_sources(config.sources)
    rejects = RejectsWriter(str(out / "rejects"), keep_text=config.output.rejects == "full")
    read = ReadCheck()
    read.bind("00_read", rejects)
    stage_ids = [read.stage_id]
    runs: list[Run] = []
    global_stages: dict[str, GlobalStage] = {}
    columns: dict[str, pa.DataType] = {}
    segment = 0
    steps: list[PipelineStep] = [SourceReader(files, limit, progress=str(out / "logs" / "progress")), read]
    for index, spec in enumerate(config.stages, start=1):
        stage = spec.build()
        stage_id = f"{index:02d}_{stage.name}"
        if isinstance(stage, GlobalStage):
            workdir = str(out / "work" / stage_id)
            steps += [
                stage.signature_step(workdir),
                RecordWriter(_segment_dir(out, segment), columns),
            ]
            runs.append(Run(f"segment{segment}", steps, tasks))
            runs += [
                Run(f"{stage_id}_reduce{j}", reduce_steps, n)
                for j, (reduce_steps, n) in enumerate(stage.reduce_runs(workdir, tasks))
            ]
            filter_step = stage.filter_step(workdir)
            global_stages[stage_id] = stage
            stage = filter_step
            steps = [RecordReader(_segment_dir(out, segment))]
            segment += 1
        stage.bind(stage_id, rejects)
        steps.append(stage)
        stage_ids.append(stage_id)
        columns.update(stage.columns)
    counter = TokenCounter(config.output.tokenizer)
    try:
        tokenizer = asdict(counter.info)  # loads it now: a bad tokenizer fails before any work
    except (OSError, ValueError) as err:
        raise ConfigError(f"output.tokenizer: {err}") from None
    columns[TOKENS] = pa.int64()
    steps += [CountTokens(counter), RecordWriter(_segment_dir(out, segment), columns)]
    runs.append(Run(f"segment{segment}", steps, tasks))
    output = config.output
    finalize = Finalize(
        partials=_segment_dir(out, segment),
        out=str(out),
        columns=columns,
        tasks=tasks,
        tokenizer=tokenizer,
        shard_tokens=output.shard_tokens,
        max_shard_bytes=output.max_shard_bytes,
        row_group_records=output.row_group_records,
        group_by=config.group_by,
        budget=config.budget,
    )
    if config.budget is not None:
        stage_id = f"{len(config.stages) + 1:02d}_budget"
        finalize.bind_budget(stage_id, rejects)
        stage_ids.append(stage_id)
    runs.append(Run("finalize", [finalize], 1))
    return Plan(out, runs, stage_ids, global_stages)


def _segment_dir(out: Path, segment: int) -> str:
    return str(out / "work" / f"segment{segment}")


def fingerprint(config: RunConfig, limit: int | None) -> str:
    """What must not change between a run and its resumption (it decides which task reads what)."""
    payload = config.model_dump(mode="json", exclude={"executor": {"workers"}, "output": {"dir"}})
    payload["limit"] = limit
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def prepare_out(out: Path, config: RunConfig, limit: int | None, fresh: bool) -> None:
    """Refuse to resume a run folder made by another config, which would mix two runs' outputs."""
    if fresh and out.exists():
        shutil.rmtree(out)
    marker = out / "logs" / "run.json"
    digest = fingerprint(config, limit)
    if marker.exists():
        previous = json.loads(marker.read_text()).get("fingerprint")
        if previous != digest:
            raise ConfigError(
                f"{out}: holds a run with a different config or --limit/--tasks; "
                "use --fresh to replace it or choose another --out"
            )
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"fingerprint": digest, "config": config.model_dump(mode="json")}, indent=2))


def executors(plan: Plan, workers: int) -> list[LocalPipelineExecutor]:
    chain: list[LocalPipelineExecutor] = []
    for run in plan.runs:
        chain.append(
            LocalPipelineExecutor(
                pipeline=run.steps,
                tasks=run.tasks,
                workers=min(workers, run.tasks),
                logging_dir=str(plan.out / "logs" / run.name),
                depends=chain[-1] if chain else None,
                start_method=START_METHOD,
            )
        )
    return chain


def execute(
    config: RunConfig,
    out: Path,
    limit: int | None = None,
    fresh: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
) -> dict:
    """Run (or resume) the pipeline and return the verified ``stats.json`` content."""
    prepare_out(out, config, limit, fresh)
    plan = plan_run(config, out, limit)
    chain = executors(plan, config.executor.workers)
    started = time.monotonic()
    watcher = ProgressWatcher(plan, on_progress) if on_progress else None
    if watcher:
        watcher.start()
    try:
        chain[-1].run()
    finally:
        if watcher:
            watcher.stop()
    stats = build_stats(plan, elapsed=time.monotonic() - started)
    (out / "stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False))
    return stats


@dataclass
class Progress:
    records: int
    elapsed: float
    runs_done: int
    runs_total: int
    current: str
    tasks_done: int
    tasks_total: int


class ProgressWatcher:
    """Polls the files tasks leave behind (progress counts, completion markers): works the same
    whether tasks run in this process, in a pool or on other machines."""

    def __init__(self, plan: Plan, callback: Callable[[Progress], None]) -> None:
        self.plan = plan
        self.callback = callback
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.callback(self.snapshot())

    def _loop(self) -> None:
        while not self._stop.wait(0.5):
            self.callback(self.snapshot())

    def snapshot(self) -> Progress:
        logs = self.plan.out / "logs"
        records = sum(_read_int(p) for p in (logs / "progress").glob("*"))
        done = [len(list((logs / run.name / "completions").glob("*"))) for run in self.plan.runs]
        finished = sum(d >= run.tasks for d, run in zip(done, self.plan.runs, strict=True))
        current = min(finished, len(self.plan.runs) - 1)
        run = self.plan.runs[current]
        return Progress(
            records,
            time.monotonic() - self.started,
            finished,
            len(self.plan.runs),
            run.name,
            done[current],
            run.tasks,
        )


def _read_int(path: Path) -> int:
    try:
        return int(path.read_text() or 0)
    except (OSError, ValueError):
        return 0
