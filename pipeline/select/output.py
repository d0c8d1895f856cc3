"""Write OUT2 from the decided fates: a normal run folder, made by the run's own last steps.

One streaming pass over the tagged shards (a row group at a time, Arrow only, no per-record
Python for kept records) writes the kept records as one partial file in input order and the
rejects per stage; the counts go where a run's tasks leave theirs (``logs/select/stats``); then
``Finalize`` shards by the token budget (budget and mixture included) and ``Accounting`` proves
that OUT2's input (OUT's kept records) = kept + rejected. The report and the dataset card follow.
"""

from __future__ import annotations

import json
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
from corpusmill.pipeline.runner import MARKER_FORMAT, RUN_MARKER, join
from corpusmill.pipeline.select.decide import CODE, DETAIL, DUPLICATE_OF, REASON, named_parts, rules
from corpusmill.pipeline.select.plan import StagePlan, TaggedRun
from corpusmill.pipeline.sinks import REJECT_FIELDS, RejectsWriter
from corpusmill.schema import BYTES, ID, ORDER, SOURCE, TEXT, URL, record_schema

READ_ID = "00_read"
STAGE = "stage_id"
REJECT_BATCH = 50_000
"""Rejected rows named and written at a time (with ``keep_text``, their text is held meanwhile)."""
SELECT_RUN, FINALIZE_RUN = "select", "finalize"


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
    """Stream the shards once: kept rows to the partial file, rejected rows to their stage's file.
    Returns the rejects counted by stage id and reason.

    Arrow only, a row group at a time: a group is read whole only if it keeps a record, and its
    rejected rows bring only what their rejects show (id, source, url, the columns of the rules
    that failed in that group); they are named and written in batches of ``REJECT_BATCH``."""
    partial = ParquetFile(partials, "00000.parquet", record_schema(columns, private=True), keep_empty=True)
    codes, duplicate_of = fates[CODE].to_arrow(), fates[DUPLICATE_OF].to_arrow()
    kept_code = len(rules(plans))  # kept records: the code after the last rule's
    code_numbers = fates[CODE].fill_null(kept_code).to_numpy()
    counted: list[pl.DataFrame] = []
    rejects: dict[str, ParquetFile] = {}
    reject_schema = pa.schema(REJECT_FIELDS + ([(TEXT, pa.string())] if keep_text else []))
    relabels = {k: v for plan in plans for k, v in plan.relabels.items() if k in schema.names}
    shown = [ID, SOURCE, URL, *([TEXT] if keep_text else [])]
    rule_columns = [decision.columns for _, decision in rules(plans)] + [()]
    pending: list[pa.Table] = []
    waiting = row = 0
    for shard in run.shards:
        parquet = pq.ParquetFile(shard)
        for group in range(parquet.num_row_groups):
            size = parquet.metadata.row_group(group).num_rows
            group_codes = codes.slice(row, size)
            present = np.unique(code_numbers[row : row + size])
            table = None
            if present[-1] == kept_code:
                table = parquet.read_row_group(group).cast(schema)
                kept = table.filter(pc.is_null(group_codes))
                if relabels:
                    kept = pl.from_arrow(kept).with_columns(**relabels).to_arrow().cast(schema)
                orders = np.arange(row, row + size)[code_numbers[row : row + size] == kept_code]
                partial.write_table(_partial_rows(kept, orders, partial.schema))
            if present[0] < kept_code:
                wanted = set(shown).union(*(rule_columns[code] for code in present.tolist()))
                names = [name for name in schema.names if name in wanted]
                if table is None:
                    table = parquet.read_row_group(group, columns=names)
                table = table.select(names).append_column(CODE, group_codes)
                table = table.append_column(DUPLICATE_OF, duplicate_of.slice(row, size))
                pending.append(table.filter(pa.array(code_numbers[row : row + size] < kept_code)))
                waiting += pending[-1].num_rows
            row += size
            if waiting >= REJECT_BATCH:
                counted.append(_flush(pending, plans, rejects, reject_schema, out2, keep_text))
                pending, waiting = [], 0
    if pending:
        counted.append(_flush(pending, plans, rejects, reject_schema, out2, keep_text))
    partial.close()
    for handle in rejects.values():
        handle.close()
    if not counted:
        return pl.DataFrame(schema={STAGE: pl.String, REASON: pl.String, "len": pl.UInt32})
    return pl.concat(counted).group_by(STAGE, REASON).agg(pl.col("len").sum())


def _flush(
    pending: list[pa.Table],
    plans: list[StagePlan],
    rejects: dict[str, ParquetFile],
    schema: pa.Schema,
    out2: Path,
    keep_text: bool,
) -> pl.DataFrame:
    """Name and write a batch of rejected rows, a rule's rows at a time (many row groups at once:
    the expressions that name reasons cost a fixed time per call); return their counts by stage
    and reason."""
    counts = []
    batch = pl.from_arrow(pa.concat_tables(pending, promote_options="permissive"))
    for plan, part in named_parts(batch, plans):
        columns = [
            pl.col(ID).alias("id"),
            pl.col(SOURCE).alias("source"),
            pl.col(URL).alias("url"),
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
