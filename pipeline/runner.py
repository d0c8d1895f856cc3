"""Turns a validated config into chained datatrove executor runs.

The stage list is cut at every global stage (one that must see the whole run, such as
``exact_dedup``): each piece becomes a "segment" run over all tasks, and the global stage's reduce
runs sit between segments. Segments hand records to each other as Parquet in ``OUT/work/``; a
``finalize`` run writes the token-budget shards and an ``accounting`` run writes ``stats.json``.
The same chain runs on datatrove's local, Ray or Slurm executor; on Slurm the runs are submitted
as jobs chained with ``depends``. datatrove's completion markers make a rerun of the same command
skip finished tasks, so a crashed or killed run resumes and ends with the same output.

``OUT`` is a local folder or any fsspec URL (``s3://``, ``gs://``, ``memory://``, ...).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import math
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pyarrow as pa
from datatrove.executor.base import PipelineExecutor
from datatrove.io import get_datafolder
from datatrove.pipeline.base import PipelineStep

import corpusmill.pipeline.logs  # noqa: F401 - quiets datatrove's task loggers in this process
from corpusmill.filters.base import GlobalStage
from corpusmill.filters.tagging import REASON, tag_column
from corpusmill.pipeline.accounting import Accounting
from corpusmill.pipeline.config import ConfigError, ExecutorConfig, RunConfig
from corpusmill.pipeline.finalize import CountTokens, Finalize
from corpusmill.pipeline.lifetime import children_die_with_parent
from corpusmill.pipeline.redact import redact_tree
from corpusmill.pipeline.review.overrides import Overrides, ReviewRejects, labels_digest
from corpusmill.pipeline.run_folder import (
    MARKER_FORMAT,
    RUN_ENTRIES,
    RUN_LOCK,
    RUN_MARKER,
    clear_run_folder,
    join,
    read_marker,
)
from corpusmill.pipeline.sinks import EditsWriter, RecordReader, RecordWriter, RejectsWriter
from corpusmill.pipeline.sources import ReadCheck, SourceReader, expand_sources
from corpusmill.pipeline.sources.files import check_inputs_outside
from corpusmill.pipeline.sources.ids import id_runs, needs_id_pass
from corpusmill.schema import TOKENS, source_columns
from corpusmill.text.tokenizer import TokenCounter


class RunFailed(RuntimeError):
    """Tasks of a run did not complete; their logs say why."""


@dataclass
class Run:
    """One executor run: a segment over all tasks, a global stage's reduce, finalize or accounting."""

    name: str
    steps: list[PipelineStep]
    tasks: int


@dataclass
class Plan:
    out: str
    runs: list[Run]
    stage_ids: list[str]
    inputs: list[str]  # the files read, each once, in config order


# Forked workers start in milliseconds; datatrove's default (forkserver) re-imports everything in
# every pool, which cost ~2 s per chained run here. Elsewhere fork is not safe with threads.
START_METHOD = "fork" if sys.platform == "linux" else "forkserver"


def plan_run(config: RunConfig, out: str, limit: int | None = None) -> Plan:
    files = expand_sources(config.sources)
    tasks = task_count(config.executor.tasks, len(files))
    rejects = RejectsWriter(join(out, "rejects"), keep_text=config.output.rejects == "full")
    edits = EditsWriter(join(out, "edits"))
    read = ReadCheck()
    read.bind("00_read", rejects)
    stage_ids = [read.stage_id]
    overrides = Overrides.load(config.overrides.labels) if config.overrides.labels else None
    ids = join(out, "work", "ids") if needs_id_pass(len(files), tasks) else None  # ids unique across tasks
    runs: list[Run] = [Run(*run) for run in id_runs(files, tasks, limit, ids)] if ids else []
    global_stages: dict[str, tuple[GlobalStage, str]] = {}
    columns: dict[str, pa.DataType] = {}
    for source in config.sources:  # what sources give their records must survive segment cuts too
        columns.update(source_columns(source.type))
    segment = 0
    steps: list[PipelineStep] = [SourceReader(files, limit, progress=join(out, "logs", "progress"), ids=ids), read]
    if overrides is not None:  # kept records judged junk leave right after reading
        review = ReviewRejects(overrides.reject)
        review.bind("00_review", rejects)
        steps.append(review)
        stage_ids.append(review.stage_id)
    settled: tuple[str, ...] = ()  # reason columns of tagged stages that settle (filters.tagging.settled)
    for index, spec in enumerate(config.stages, start=1):
        stage = spec.build()
        stage_id = f"{index:02d}_{stage.name}"
        if stage.tagging:
            stage.settled_by = settled
            settled += (tag_column(stage.name, REASON),) if stage.settles else ()
        if isinstance(stage, GlobalStage):
            workdir = join(out, "work", stage_id)
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
            filter_step.tagging = stage.tagging
            global_stages[stage_id] = (stage, workdir)
            stage = filter_step
            steps = [RecordReader(_segment_dir(out, segment))]
            segment += 1
        stage.bind(stage_id, rejects)
        if overrides is not None:
            stage.review_keep = overrides.keep
        if stage.line_editor:
            stage.edits = edits
        steps.append(stage)
        stage_ids.append(stage_id)
        columns.update(spec.adds())
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
        out=out,
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
    names = [run.name for run in runs]
    work = None if config.output.keep_work else join(out, "work")
    runs.append(Run("accounting", [Accounting(out, names, stage_ids, global_stages, remove=work)], 1))
    return Plan(out, runs, stage_ids, list(dict.fromkeys(file.path for file in files)))


def task_count(configured: int, units: int) -> int:
    """Tasks a run splits into: as configured, but no more than there are input units (files, or
    ``split_mb`` parts of them): a task beyond them would read nothing and still write its logs,
    markers and empty work files in every run of the chain."""
    return max(1, min(configured, units))


def worker_count(ex: ExecutorConfig, tasks: int) -> int:
    """Tasks run at once: on the local executor no more than this machine's CPU cores (each worker
    is a process: ``workers: 100000`` must not fork a hundred thousand of them)."""
    workers = min(ex.workers, tasks)
    if ex.type == "local":
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        workers = min(workers, cores)
    return workers


def _segment_dir(out: str, segment: int) -> str:
    return join(out, "work", f"segment{segment}")


def fingerprint(config: RunConfig, limit: int | None) -> str:
    """What must not change between a run and its resumption (it decides which task reads what)."""
    payload = config.model_dump(mode="json", include={"sources", "stages", "output", "budget"})
    payload["output"].pop("dir")
    if config.overrides.labels:
        payload["labels"] = labels_digest(config.overrides.labels)
    payload["tasks"] = config.executor.tasks
    payload["limit"] = limit
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]


def check_out(out: str, config: RunConfig, fresh: bool) -> None:
    """The run folder must not hold the input (a run writes and ``--fresh`` deletes there), and
    ``--fresh`` deletes only a corpusmill run folder, never a user's folder or file."""
    folder = get_datafolder(out)
    check_inputs_outside(config.sources, out, {name: "." not in name for name in RUN_ENTRIES})
    if "://" not in out:
        target = Path(out).resolve()
        if target.exists() and not target.is_dir():
            raise ConfigError(f"{out}: is a file, not a run folder; choose another --out")
    if not folder.exists("") or read_marker(folder) is not None:
        return
    holds_files = any(Path(out).iterdir()) if "://" not in out else bool(folder.ls("", detail=False))
    if holds_files:  # a user's folder: a run would write (and later clean work/) among their files
        raise ConfigError(
            f"{out}: not a corpusmill run folder and not empty; a run writes only into an empty or new folder"
        )


@contextlib.contextmanager
def hold_run_folder(out: str, config: RunConfig, fresh: bool) -> Iterator[None]:
    """Check the run folder (``check_out``), then hold its lock for the block: a second run into
    the same folder stops at once with one line instead of mixing its files with this one's.

    The lock is ``flock`` on ``RUN_LOCK``, released by the kernel when the holder dies however it
    dies: a lock file left by a killed run does not block. Remote folders (fsspec URLs) have no
    such lock and are not locked."""
    try:
        check_out(out, config, fresh)
    except ConfigError:  # a run that has just created the folder has not written its marker yet
        holder = lock_holder(out)
        if holder is not None:
            raise ConfigError(busy(out, holder)) from None
        raise
    if "://" in out:
        yield
        return
    path = Path(out) / RUN_LOCK
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            raise ConfigError(busy(out, handle.read().strip() or "unknown")) from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield  # closing the file releases the lock; the file stays (removing it would race)


def lock_holder(out: str) -> str | None:
    """The pid written by the live process that holds the run folder's lock, or None."""
    path = Path(out) / RUN_LOCK
    if "://" in out or not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return handle.read().strip() or "unknown"
    return None


def busy(out: str, pid: str) -> str:
    return f"{out}: in use by another corpusmill run (pid {pid}); wait for it to end or choose another --out"


def input_stamps(paths: Sequence[str]) -> dict[str, list[int]]:
    """Size and modification time (ns) of every local input file: cheap to take (no reading), and
    any append, rewrite or ``touch`` changes them. Remote inputs are not stamped."""
    stamps = {}
    for path in paths:
        if "://" in path:
            continue
        try:
            info = os.stat(path)
        except OSError:  # unreadable inputs become read rejects; their absence is their stamp
            continue
        stamps[path] = [info.st_size, info.st_mtime_ns]
    return stamps


def changed_inputs(before: dict[str, list[int]], now: dict[str, list[int]]) -> str | None:
    """What differs between two ``input_stamps``, said in a few words, or None."""
    changed = [path for path in before if path in now and before[path] != now[path]]
    added = [path for path in now if path not in before]
    removed = [path for path in before if path not in now]
    if not (changed or added or removed):
        return None
    parts = []
    if changed:
        (old_size, _), (new_size, _) = before[changed[0]], now[changed[0]]
        sizes = f"{old_size:,} → {new_size:,} bytes" if old_size != new_size else "modified"
        more = f" and {len(changed) - 1:,} more" if len(changed) > 1 else ""
        parts.append(f"{changed[0]} changed ({sizes}){more}")
    for paths, what in ((added, "new"), (removed, "gone")):
        if paths:
            more = f" and {len(paths) - 1:,} more" if len(paths) > 1 else ""
            parts.append(f"{paths[0]} is {what}{more}")
    return "; ".join(parts)


def prepare_out(out: str, config: RunConfig, limit: int | None, fresh: bool, inputs: Sequence[str] = ()) -> None:
    """Refuse to resume a run folder made by another config or from other input files, which would
    mix two runs' outputs (or report an old run's counts as if the new files had been read)."""
    folder = get_datafolder(out)
    marker = read_marker(folder)
    if fresh and marker is not None:
        clear_run_folder(folder)
        marker = None
    digest = fingerprint(config, limit)
    if marker is not None and marker.get("fingerprint") != digest:
        raise ConfigError(
            f"{out}: holds a run with a different config or --limit/--tasks; "
            "use --fresh to replace it or choose another --out"
        )
    stamps = input_stamps(inputs)
    if marker is not None and isinstance(marker.get("inputs"), dict):  # older markers have none
        change = changed_inputs(marker["inputs"], stamps)
        if change is not None:
            raise ConfigError(
                f"{out}: the input files changed since this run started: {change}; "
                "use --fresh to run again on them or choose another --out"
            )
    safe = redact_tree(config.model_dump(mode="json", exclude={"executor": {"sbatch_args"}}))
    with folder.open(RUN_MARKER, "w") as handle:
        json.dump(MARKER_FORMAT | {"fingerprint": digest, "inputs": stamps, "config": safe}, handle, indent=2)


def build_executors(plan: Plan, ex: ExecutorConfig) -> list[PipelineExecutor]:
    """One datatrove executor per run. Slurm chains them with ``depends`` (jobs wait in the
    queue); local and Ray runs are started one after the other by ``execute``."""
    chain: list[PipelineExecutor] = []
    for run in plan.runs:
        logging_dir = join(plan.out, "logs", run.name)
        workers = worker_count(ex, run.tasks)
        if ex.type == "local":
            from corpusmill.pipeline.local_executor import LocalExecutor

            executor = LocalExecutor(
                run.steps,
                tasks=run.tasks,
                workers=workers,
                logging_dir=logging_dir,
                start_method=START_METHOD,
            )
        elif ex.type == "ray":
            from datatrove.executor.ray import RayPipelineExecutor

            executor = RayPipelineExecutor(
                run.steps,
                tasks=run.tasks,
                workers=workers,
                logging_dir=logging_dir,
                cpus_per_task=ex.cpus_per_task,
                mem_per_cpu_gb=ex.mem_per_cpu_gb,
            )
        else:
            from datatrove.executor.slurm import SlurmPipelineExecutor

            executor = SlurmPipelineExecutor(
                run.steps,
                tasks=run.tasks,
                workers=workers,
                time=ex.time,
                partition=ex.partition,
                cpus_per_task=ex.cpus_per_task,
                mem_per_cpu_gb=ex.mem_per_cpu_gb,
                job_name=f"{ex.job_name}-{run.name}",
                qos=ex.qos,
                venv_path=ex.venv_path or f"{sys.prefix}/bin/activate",
                sbatch_args={"mem-per-cpu": slurm_memory(ex.mem_per_cpu_gb), **ex.sbatch_args},
                max_array_size=ex.max_array_size,
                logging_dir=logging_dir,
                slurm_logs_folder=join(plan.out, "logs", run.name, "slurm"),
                depends=chain[-1] if chain else None,
            )
        chain.append(executor)
    return chain


def slurm_memory(gb: float) -> str:
    """``mem_per_cpu_gb`` as ``sbatch --mem-per-cpu`` takes it: a whole number and a unit (Slurm
    refuses ``2.0G``). Whole gigabytes stay in ``G``; anything else is rounded up to megabytes."""
    return f"{int(gb)}G" if float(gb).is_integer() else f"{math.ceil(gb * 1024)}M"


def slurm_scripts(chain: list[PipelineExecutor]) -> list[str]:
    """The sbatch scripts a Slurm run would submit, in order, each headed by its ``sbatch``
    command line (a job waits for the one before it), without submitting anything."""
    scripts = []
    for i, executor in enumerate(chain):
        command = f"launch_pickled_pipeline {executor.logging_dir.resolve_paths('executor.pik')}"
        script = executor.get_launch_file_contents(executor.get_sbatch_args(executor.tasks), command)
        after = f" --dependency=afterok:$JOB_{i - 1}" if i else ""
        header = f"# job {i}: {executor.job_name} ({executor.tasks} tasks)\n"
        header += f"# JOB_{i}=$(sbatch --parsable --export=ALL,RUN_OFFSET=0{after} launch_script.slurm)\n"
        scripts.append(header + script)
    return scripts


def execute(
    config: RunConfig,
    out: str,
    limit: int | None = None,
    fresh: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
) -> dict:
    """Run (or resume) the pipeline locally or on Ray and return ``stats.json``'s content."""
    plan = plan_run(config, out, limit)  # inputs and tokenizer are checked before the folder is touched
    with hold_run_folder(out, config, fresh):
        prepare_out(out, config, limit, fresh, plan.inputs)
        return _execute(plan, config, on_progress)


def _execute(plan: Plan, config: RunConfig, on_progress: Callable[[Progress], None] | None) -> dict:
    """The chain's executors in turn (the run folder is checked, locked and marked)."""
    out = plan.out
    chain = build_executors(plan, config.executor)
    if config.executor.type == "local":
        share_first_arrow_conversion()
    if config.executor.type == "ray":
        import ray

        if not ray.is_initialized():
            ray.init(address=config.executor.address, log_to_driver=False, include_dashboard=False)
    watcher = ProgressWatcher(plan, on_progress) if on_progress else None
    if watcher:
        watcher.start()
    try:
        with children_die_with_parent():  # a kill -9 of this process takes the task pool down too
            for run, executor in zip(plan.runs, chain, strict=True):
                executor.run()
                incomplete = executor.get_incomplete_ranks(skip_completed=True)
                if incomplete:
                    raise RunFailed(f"{run.name}: {len(incomplete)} of {run.tasks} tasks did not complete")
    finally:
        if watcher:
            watcher.stop()
    with get_datafolder(out).open("stats.json", "r") as handle:
        return json.load(handle)


def share_first_arrow_conversion() -> None:
    """Convert one Python value to Arrow here, before the task pools fork.

    pyarrow imports pandas (~0.2 s) the first time a process converts Python values to Arrow,
    which every task worker does (writing records, preparing text for language ID). Forked
    workers inherit the parent's modules, so paying once here saves that in every worker of
    every chain run; the parent would pay it anyway when it finalizes the shards.
    """
    pa.array([0])


def submit(config: RunConfig, out: str, limit: int | None, fresh: bool, dry_run: bool) -> list[str]:
    """Slurm: submit the chain of jobs (or, with ``dry_run``, return their sbatch scripts)."""
    plan = plan_run(config, out, limit)
    if not dry_run:
        with hold_run_folder(out, config, fresh):
            prepare_out(out, config, limit, fresh, plan.inputs)
    chain = build_executors(plan, config.executor)
    if dry_run:
        return slurm_scripts(chain)
    chain[-1].run()
    return [
        f"{run.name}: " + ("complete, not submitted" if executor.job_id == -1 else f"job {executor.job_id}")
        for run, executor in zip(plan.runs, chain, strict=True)
    ]


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
        self.logs = get_datafolder(join(plan.out, "logs"))
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

    def _files(self, folder: str) -> list[str]:
        return self.logs.list_files(folder) if self.logs.isdir(folder) else []

    def snapshot(self) -> Progress:
        # object stores' filesystems cache listings: without this, files written since the last
        # poll (by tasks in other processes) are missing, and a file listed earlier may be gone
        self.logs.invalidate_cache()
        records = 0
        for name in self._files("progress"):
            with contextlib.suppress(FileNotFoundError):  # one request: the task may rewrite it meanwhile
                records += int(self.logs.cat_file(name) or 0)
        done = [len(self._files(f"{run.name}/completions")) for run in self.plan.runs]
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
