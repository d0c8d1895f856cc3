"""Write OUT2 from the decided fates: a normal run folder, made by the run's own last steps.

The row groups that keep a record are read again (Arrow only, no per-record Python) and their
kept records written as one partial file in input order; the rejects per stage are written from
the decided frame, which holds what they show; the counts go where a run's tasks leave theirs
(``logs/select/stats``); then
``Finalize`` shards by the token budget (budget and mixture included) and ``Accounting`` proves
that OUT2's input (OUT's kept records) = kept + rejected. The report and the dataset card follow.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datatrove.utils.stats import PipelineStats

from corpusmill.filters.base import IN, KEPT, REJECTED
from corpusmill.io.parquet import ParquetFile
from corpusmill.pipeline.accounting import Accounting
from corpusmill.pipeline.config import RunConfig
from corpusmill.pipeline.finalize import Finalize
from corpusmill.pipeline.run_folder import MARKER_FORMAT, RUN_MARKER, join
from corpusmill.pipeline.select.decide import CODE, DETAIL, DUPLICATE_OF, REASON, ROW, named_parts, rules
from corpusmill.pipeline.select.plan import SelectError, StagePlan, TaggedRun
from corpusmill.pipeline.sinks import REJECT_FIELDS, RejectsWriter
from corpusmill.schema import BYTES, ID, ORDER, SOURCE, TEXT, URL, record_schema

READ_ID = "00_read"
STAGE = "stage_id"
REJECT_BATCH = 250_000
"""Rejected rows named and written at a time: a bounded copy of their small columns (the expressions
that name reasons cost a fixed time per call, so not too few)."""
TEXT_BATCH = 50_000
"""The same with ``keep_text``: their text is held meanwhile."""
SELECT_RUN, FINALIZE_RUN = "select", "finalize"
THREADS = False
"""Row groups are decoded on this thread: Arrow's pool costs more CPU than it saves on the few row
groups that keep a record (one 1,676-row group of the web job: 0.05-0.13 CPU s with it, 0.05-0.09
s without, more under load)."""


def write_selection(
    run: TaggedRun, config: RunConfig, plans: list[StagePlan], fates: pl.DataFrame, out2: Path
) -> dict[str, Any]:
    """Write OUT2 (records, rejects, shards, manifest, stats.json); return stats.json's content."""
    out = str(out2)
    schema = pq.read_schema(run.shards[0])
    columns = {f.name: f.type for f in schema if f.name not in (ID, TEXT, SOURCE, URL)}
    partials = join(out, "work", "select")
    _write_marker(out2, run, config)
    counts = _split(run, plans, fates, schema, columns, partials, out2, config.output.rejects == "full")
    stage_ids = [READ_ID, *(plan.stage_id for plan in plans)]
    _save_counts(out2 / "logs" / SELECT_RUN, fates.height, counts, stage_ids)
    finalize = Finalize(
        partials=partials,
        out=out,
        columns=columns,
        tasks=1,
        tokenizer=run.manifest["tokenizer"],
        shard_tokens=config.output.shard_tokens,
        max_shard_bytes=config.output.max_shard_bytes,
        row_group_records=config.output.row_group_records,
        group_by=config.group_by,
        budget=config.budget,
    )
    runs = [SELECT_RUN]
    if config.budget is not None:
        stage_id = f"{len(config.stages) + 1:02d}_budget"
        finalize.bind_budget(stage_id, RejectsWriter(join(out, "rejects"), keep_text=config.output.rejects == "full"))
        stage_ids.append(stage_id)
        runs.append(FINALIZE_RUN)
    for _ in finalize.run(None):
        pass
    if config.budget is not None:
        folder = out2 / "logs" / FINALIZE_RUN / "stats"
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "00000.json").open("w") as handle:
            PipelineStats([finalize.stats]).save_to_disk(handle)
    work = None if config.output.keep_work else join(out, "work")
    for _ in Accounting(out, runs, stage_ids, {}, remove=work).run(None):
        pass
    return json.loads((out2 / "stats.json").read_text(encoding="utf-8"))


def _write_marker(out2: Path, run: TaggedRun, config: RunConfig) -> None:
    """OUT2's ``logs/run.json``: the select config, the tagged run's sources (licences for the
    card) and the tagged run's stage modes (OUT2 keeps the tag columns: it can be selected again)."""
    from corpusmill.pipeline.redact import redact_tree

    dumped = redact_tree(config.model_dump(mode="json", exclude={"executor": {"sbatch_args"}}))
    marker = json.loads((run.out / RUN_MARKER).read_text(encoding="utf-8"))
    dumped["sources"] = marker["config"]["sources"]
    modes = {stage["name"]: stage.get("mode") for stage in run.stages}
    for stage in dumped["stages"]:
        if modes.get(stage["name"]):
            stage["mode"] = modes[stage["name"]]
    path = out2 / RUN_MARKER
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = MARKER_FORMAT | {"fingerprint": "select", "selected_from": str(run.out), "config": dumped}
    path.write_text(json.dumps(payload, indent=2), encoding="utf-8")


def _split(
    run: TaggedRun,
    plans: list[StagePlan],
    fates: pl.DataFrame,
    schema: pa.Schema,
    columns: dict[str, pa.DataType],
    partials: str,
    out2: Path,
    keep_text: bool,
) -> pl.DataFrame:
    """Kept rows to the partial file, rejected rows to their stage's file; returns the rejects
    counted by stage id and reason.

    Only the row groups that keep a record are read again (whole, Arrow only). Rejects are written
    from ``fates`` itself, which the decide pass filled with what they show (id, source, url and
    the rules' columns), in batches named a rule at a time; with ``keep_text`` each batch's text is
    read from its row groups."""
    kept_code = len(rules(plans))  # kept records: the code after the last rule's
    code_numbers = fates[CODE].fill_null(kept_code).to_numpy()
    partial = ParquetFile(partials, "00000.parquet", record_schema(columns, private=True), keep_empty=True)
    relabels = {k: v for plan in plans for k, v in plan.relabels.items() if k in schema.names}
    counts = _shard_records(run, fates.height)
    for parquet, group, first, size in _row_groups(run, counts, np.flatnonzero(code_numbers == kept_code)):
        table = parquet.read_row_group(group, use_threads=THREADS).cast(schema)
        mask = code_numbers[first : first + size] == kept_code
        kept = table.filter(pa.array(mask))
        if relabels:
            kept = pl.from_arrow(kept).with_columns(**relabels).to_arrow().cast(schema)
        partial.write_table(_partial_rows(kept, first + np.flatnonzero(mask), partial.schema))
    partial.close()
    rejects: dict[str, ParquetFile] = {}
    reject_schema = pa.schema(REJECT_FIELDS + ([(TEXT, pa.string())] if keep_text else []))
    step = TEXT_BATCH if keep_text else REJECT_BATCH
    counted = []
    for start in range(0, fates.height, step):  # input rows at a time: a slice is no copy
        batch = fates.slice(start, step).filter(pl.col(CODE).is_not_null())
        if batch.is_empty():
            continue
        if keep_text:
            batch = batch.with_columns(_texts(run, counts, batch[ROW].to_numpy()))
        counted.append(_flush(batch, plans, rejects, reject_schema, out2, keep_text))
    for handle in rejects.values():
        handle.close()
    if not counted:
        return pl.DataFrame(schema={STAGE: pl.String, REASON: pl.String, "len": pl.UInt32})
    return pl.concat(counted).group_by(STAGE, REASON).agg(pl.col("len").sum())


def _shard_records(run: TaggedRun, total: int) -> list[int | None]:
    """Each shard's record count from the manifest, if the counts add up to the ``total`` rows the
    decide pass read; otherwise unknown (None: the file's own metadata is read)."""
    listed = [shard.get("records") for shard in run.manifest.get("shards", [])]
    if len(listed) != len(run.shards) or None in listed or sum(listed) != total:
        return [None] * len(run.shards)
    return listed


def _row_groups(
    run: TaggedRun, counts: list[int | None], rows: np.ndarray
) -> Iterator[tuple[pq.ParquetFile, int, int, int]]:
    """The row groups (file, group, first row in the run, rows) holding any of ``rows`` (sorted
    global row numbers), in order; a shard none of them is in is not opened when ``counts`` (see
    ``_shard_records``) gives its record count."""
    first = 0
    for shard, records in zip(run.shards, counts, strict=True):
        parquet = None
        if records is None:
            parquet = pq.ParquetFile(shard)
            records = parquet.metadata.num_rows
        wanted = rows[np.searchsorted(rows, first) : np.searchsorted(rows, first + records)]
        if not len(wanted):
            first += records
            continue
        parquet = parquet or pq.ParquetFile(shard)
        if parquet.metadata.num_rows != records:
            raise SelectError(
                f"{shard}: holds {parquet.metadata.num_rows} records, its manifest entry {records}; "
                "check the run with corpusmill verify"
            )
        for group in range(parquet.num_row_groups):
            size = parquet.metadata.row_group(group).num_rows
            if np.searchsorted(wanted, first + size) > np.searchsorted(wanted, first):
                yield parquet, group, first, size
            first += size


def _texts(run: TaggedRun, counts: list[int | None], rows: np.ndarray) -> pl.Series:
    """The text of ``rows`` (sorted global row numbers), read from their row groups only."""
    parts = []
    for parquet, group, first, size in _row_groups(run, counts, rows):
        inside = rows[np.searchsorted(rows, first) : np.searchsorted(rows, first + size)] - first
        text = parquet.read_row_group(group, columns=[TEXT], use_threads=THREADS).column(TEXT)
        parts.append(text.take(pa.array(inside)))
    return pl.Series(TEXT, pa.chunked_array([c for p in parts for c in p.chunks], pa.string()))


def _flush(
    batch: pl.DataFrame,
    plans: list[StagePlan],
    rejects: dict[str, ParquetFile],
    schema: pa.Schema,
    out2: Path,
    keep_text: bool,
) -> pl.DataFrame:
    """Name and write rejected rows, a rule's rows at a time (the expressions that name reasons
    cost a fixed time per call); return their counts by stage and reason."""
    counts = []
    for plan, part in named_parts(batch, plans):
        columns = [
            pl.col(ID).alias("id"),
            pl.col(SOURCE).alias("source"),
            (pl.col(URL) if URL in part.columns else pl.lit(None, pl.String)).alias("url"),
            pl.lit(plan.name).alias("stage"),
            pl.col(REASON).alias("reason"),
            pl.col(DETAIL).alias("detail"),
            pl.col(DUPLICATE_OF).alias("duplicate_of"),
            pl.lit(None, pl.Float64).alias("similarity"),
            *([pl.col(TEXT)] if keep_text else []),
        ]
        if plan.stage_id not in rejects:
            rejects[plan.stage_id] = ParquetFile(str(out2 / "rejects"), f"{plan.stage_id}/00000.parquet", schema)
        rows = part.select(columns)
        rejects[plan.stage_id].write_table(rows.to_arrow().cast(schema))
        by_reason = rows.group_by("reason").len()
        counts.append(by_reason.select(pl.lit(plan.stage_id).alias(STAGE), pl.col("reason").alias(REASON), "len"))
    return pl.concat(counts)


def _partial_rows(kept: pa.Table, orders: np.ndarray, schema: pa.Schema) -> pa.Table:
    """Kept rows as a run's last segment writes them: with ``_order`` (the row in OUT) and the
    private columns a run's tasks fill (``_bytes``; ``_html`` null)."""
    kept = kept.append_column(ORDER, pa.array(orders, pa.int64()))
    kept = kept.append_column(BYTES, pc.binary_length(kept[TEXT].cast(pa.binary())).cast(pa.int64()))
    for field in schema:
        if field.name not in kept.column_names:
            kept = kept.append_column(field, pa.nulls(kept.num_rows, field.type))
    return kept.select(schema.names).cast(schema)


def _save_counts(logs: Path, total: int, by_stage: pl.DataFrame, stage_ids: list[str]) -> None:
    """Each stage's in/kept/rejected:<reason> where a run's task leaves its stats, so the
    ordinary accounting reads them."""
    steps = [{"name": READ_ID, "stats": {IN: total, KEPT: total}}]
    remaining = total
    for stage_id in stage_ids[1:]:
        mine = by_stage.filter(pl.col(STAGE) == stage_id)
        rejected = {REJECTED + r: int(n) for r, n in zip(mine[REASON].to_list(), mine["len"].to_list(), strict=True)}
        gone = sum(rejected.values())
        steps.append({"name": stage_id, "stats": {IN: remaining, KEPT: remaining - gone, **rejected}})
        remaining -= gone
    folder = logs / "stats"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "00000.json").write_text(json.dumps(steps, indent=2), encoding="utf-8")
