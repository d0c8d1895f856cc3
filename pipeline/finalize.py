"""The last run of every pipeline: budget selection, token-budget shards and the manifest.

Tasks leave partial files sorted by ``_order``; one finalize task decides on metadata alone (ids,
token counts, groups) which records the budget keeps and which shard each goes to, then streams
the partial files in global order (a k-way merge, bounded memory) into the shards. Output bytes
therefore do not depend on the number of tasks or workers.

A group short of its budget share is repeated (``budget.max_epochs``): each extra epoch is one more
streaming pass that writes the repeated records again into the group's next shards, so every epoch
is complete before the next starts; the manifest records ``epochs`` per group and
``repeated_records`` (the accounting counts each record once).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.base import IN, KEPT, REJECTED, Reject, RejectSinkFactory
from corpusmill.io.parquet import ParquetFile
from corpusmill.pipeline.config import BudgetConfig
from corpusmill.pipeline.sharding import MIN_FILL, GroupPlan, plan_shards, select_budget
from corpusmill.schema import BYTES, ORDER, TOKENS, record_schema
from corpusmill.text.tokenizer import TokenCounter

ALL = "all"
MERGE_WINDOW = 20_000


class Finalize(PipelineStep):
    name = "finalize"
    type = "corpusmill"

    def __init__(
        self,
        partials: DataFolderLike,
        out: DataFolderLike,
        columns: dict[str, pa.DataType],
        tasks: int,
        tokenizer: dict[str, Any],
        shard_tokens: int,
        max_shard_bytes: int | None,
        row_group_records: int,
        group_by: str | None,
        budget: BudgetConfig | None,
    ) -> None:
        super().__init__()
        self.partials, self.out, self.tasks = partials, out, tasks
        self.schema = record_schema(columns, private=False)
        self.tokenizer = tokenizer
        self.shard_tokens, self.max_shard_bytes = shard_tokens, max_shard_bytes
        self.row_group_records = row_group_records
        self.group_by, self.budget = group_by, budget
        self.rejects: RejectSinkFactory | None = None
        self.stage_id: str | None = None

    def bind_budget(self, stage_id: str, rejects: RejectSinkFactory) -> None:
        from datatrove.utils.stats import Stats

        self.stage_id, self.rejects = stage_id, rejects
        self.stats = Stats(stage_id)

    def _files(self) -> list[str]:
        folder = get_datafolder(self.partials)
        names = [f"{rank:05d}.parquet" for rank in range(self.tasks)]
        missing = [n for n in names if not folder.exists(n)]
        if missing:
            raise RuntimeError(f"finalize: {len(missing)} task outputs missing (e.g. {missing[0]}): rerun the command")
        return names

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.partials)
        names = self._files()
        meta = self._metadata(folder, names)
        groups = meta["group"].to_list()
        ids = meta["id"].to_list()
        tokens = meta[TOKENS].to_numpy().astype(np.int64)
        reasons: list[str | None] = [None] * meta.height
        copies = np.ones(meta.height, dtype=np.int64)
        plans: dict[str, GroupPlan] = {}
        total = self.budget.tokens if self.budget else None
        if self.budget and total is not None:
            mix = self.budget.mix or {g: 0.0 for g in set(groups)}
            if not self.budget.mix:  # a total without a mix: one budget over everything
                groups = [ALL] * len(groups)
                mix = {ALL: 1.0}
            reasons, plans, copies = select_budget(
                groups, ids, tokens, mix, total, self.budget.seed, self.budget.max_epochs
            )
        shard_of, shards = self._plan_shards(groups, tokens, meta["bytes"].to_numpy(), copies)
        orders = meta[ORDER].to_list()
        for epoch, targets in enumerate(shard_of):
            self._write(folder, names, orders, groups, reasons, targets, shards, first=epoch == 0)
        self._hash(shards)
        self._manifest(shards, plans, groups, tokens, copies)
        return
        yield

    def _metadata(self, folder, names: list[str]) -> pl.DataFrame:
        frames = []
        for name in names:
            with folder.open(name, "rb") as handle:
                columns = pq.read_schema(handle).names
                handle.seek(0)
                wanted = [c for c in (ORDER, "id", TOKENS, BYTES, self.group_by) if c and c in columns]
                frames.append(pl.read_parquet(handle, columns=wanted))
        meta = pl.concat(frames).sort(ORDER)
        group = pl.col(self.group_by).fill_null("unknown") if self.group_by else pl.lit(ALL)
        return meta.select(ORDER, "id", TOKENS, group.alias("group"), pl.col(BYTES).alias("bytes"))

    def _plan_shards(self, groups, tokens, nbytes, copies) -> tuple[np.ndarray, list[dict[str, Any]]]:
        """Shards per group and epoch; ``shard_of[e, i]`` is record i's shard in epoch e (-1: none)."""
        epochs = max(1, int(copies.max()) if len(copies) else 1)
        shard_of = np.full((epochs, len(groups)), -1, dtype=np.int64)
        shards: list[dict[str, Any]] = []
        group_arr = np.asarray(groups, dtype=object)
        for group in sorted(set(groups)):
            prefix = "" if self.group_by is None and group == ALL else f"{group}/"
            number = 0  # shard numbers run on across a group's epochs
            for epoch in range(epochs):
                index = np.flatnonzero((group_arr == group) & (copies > epoch))
                if not len(index):
                    break
                plan = plan_shards(tokens[index], nbytes[index], self.shard_tokens, self.max_shard_bytes)
                base = len(shards)
                count = int(plan.shard_of.max()) + 1
                for k in range(count):
                    members = index[plan.shard_of == k]
                    shard = {
                        "path": f"data/{prefix}shard-{number + k:05d}.parquet",
                        "group": group,
                        "records": len(members),
                        "tokens": int(tokens[members].sum()),
                        "oversized": k in plan.oversized,
                    }
                    shards.append(shard | ({"epoch": epoch + 1} if epochs > 1 else {}))
                shard_of[epoch, index] = plan.shard_of + base
                number += count
        return shard_of, shards

    def _write(self, folder, names, orders, groups, reasons, shard_of, shards, first: bool = True) -> None:
        """Stream the partial files in global order, a window of records at a time (Arrow batches,
        no per-record Python for kept records), into shard writers and the rejects file. Passes
        after the ``first`` (repeated epochs) only write shards: records and rejects count once."""
        orders = np.asarray(orders, dtype=np.int64)
        remaining = [s["records"] for s in shards]
        writers: dict[int, ParquetFile] = {}
        out = get_datafolder(self.out)
        sink = None
        cursors = [_Cursor(folder, name) for name in names]
        for start in range(0, len(orders), MERGE_WINDOW):
            last = orders[min(start + MERGE_WINDOW, len(orders)) - 1]
            window = pa.concat_tables([c.take_through(last) for c in cursors])
            if len(cursors) > 1:  # one partial file is already in order
                window = window.take(pc.sort_indices(window[ORDER]))
            index = np.searchsorted(orders, window[ORDER].to_numpy())
            if first:
                self.stat_update(IN, value=window.num_rows)
            dropped = [i for i, pos in enumerate(index) if first and reasons[pos] is not None]
            if dropped:
                sink = sink or (self.rejects.open(self.stage_id, 0) if self.rejects else None)
                for i, row in zip(dropped, window.take(dropped).to_pylist(), strict=True):
                    reason = reasons[index[i]]
                    self.stat_update(REJECTED + reason)
                    if sink is not None:
                        doc = Document(text=row["text"], id=row["id"], metadata=row)
                        detail = f"group {groups[index[i]]}: its token budget was already met"
                        sink.write(doc, "budget", Reject(reason, detail))
            targets = shard_of[index]
            for k in dict.fromkeys(int(t) for t in targets if t >= 0):
                mask = targets == k
                rows = window if mask.all() else window.filter(pa.array(mask))
                rows = rows.select(self.schema.names).cast(self.schema)
                if k not in writers:
                    writers[k] = ParquetFile(out, shards[k]["path"], self.schema, row_group=self.row_group_records)
                writers[k].write_table(rows)
                if first:
                    self.stat_update(KEPT, value=rows.num_rows)
                remaining[k] -= rows.num_rows
                if remaining[k] == 0:
                    writers.pop(k).close()
        if sink is not None:
            sink.close()

    def _hash(self, shards: list[dict[str, Any]]) -> None:
        out = get_datafolder(self.out)
        for shard in shards:
            with out.open(shard["path"], "rb") as handle:
                payload = handle.read()
            shard["bytes"] = len(payload)
            shard["sha256"] = hashlib.sha256(payload).hexdigest()

    def _manifest(self, shards, plans, groups, tokens, copies) -> None:
        group_arr = np.asarray(groups, dtype=object)
        written = tokens * copies
        summary: dict[str, Any] = {}
        for group in sorted(set(groups) | set(plans)):
            mask = group_arr == group
            entry: dict[str, Any] = {"tokens": int(written[mask].sum()), "records": int(copies[mask].sum())}
            if group in plans:
                plan = plans[group]
                entry |= {"planned_tokens": plan.planned, "available_tokens": plan.available}
                if plan.epochs > 1:
                    entry |= {"epochs": round(plan.epochs, 3), "unique_records": plan.records}
                if plan.planned and plan.kept < plan.planned and plan.available < plan.planned:
                    entry["short_by_tokens"] = plan.planned - plan.kept
            summary[group] = entry
        for i, shard in enumerate(shards):
            following = shards[i + 1] if i + 1 < len(shards) else None
            last = following is None or (following["group"], following.get("epoch")) != (
                shard["group"],
                shard.get("epoch"),
            )
            shard["underfilled"] = (
                not last and not shard["oversized"] and shard["tokens"] < MIN_FILL * self.shard_tokens
            )
        manifest = {
            "tokenizer": self.tokenizer,
            "shard_tokens": self.shard_tokens,
            "max_shard_bytes": self.max_shard_bytes,
            "group_by": self.group_by,
            "total_tokens": int(written.sum()),
            "total_records": int(copies.sum()),
            "budget": _budget_summary(self.budget),
            "groups": summary,
            "shards": shards,
        }
        repeated = int(copies.sum() - (copies > 0).sum())
        if repeated:
            manifest["repeated_records"] = repeated  # rows written again for epochs > 1
        with get_datafolder(self.out).open("manifest.json", "w") as handle:
            handle.write(json.dumps(manifest, indent=2, ensure_ascii=False))


def _budget_summary(budget: BudgetConfig | None) -> dict[str, Any] | None:
    if budget is None:
        return None
    summary = {"total_tokens": budget.tokens, "mix": budget.mix, "mix_by": budget.mix_by, "seed": budget.seed}
    return summary | {"max_epochs": budget.max_epochs}


class _Cursor:
    """Reads one partial file (sorted by ``_order``) forward, a slice at a time."""

    def __init__(self, folder, name: str) -> None:
        self.handle = folder.open(name, "rb")
        parquet = pq.ParquetFile(self.handle)
        self.empty = parquet.schema_arrow.empty_table()
        self.batches = parquet.iter_batches(batch_size=MERGE_WINDOW)
        self.left: pa.Table | None = None

    def take_through(self, last: int) -> pa.Table:
        """All rows not yet taken whose ``_order`` is <= ``last``."""
        parts: list[pa.Table] = []
        while True:
            if self.left is None:
                batch = next(self.batches, None)
                if batch is None:
                    self.handle.close()
                    break
                self.left = pa.Table.from_batches([batch])
            if self.left.num_rows == 0:
                self.left = None
                continue
            cut = int(np.searchsorted(self.left[ORDER].to_numpy(), last, side="right"))
            parts.append(self.left.slice(0, cut))
            if cut < self.left.num_rows:
                self.left = self.left.slice(cut)
                break
            self.left = None
        return pa.concat_tables(parts) if parts else self.empty


class CountTokens(PipelineStep):
    """Adds ``token_count`` to every record, tokenizing in batches."""

    name = "count_tokens"
    type = "corpusmill"

    def __init__(self, counter: TokenCounter, batch_size: int = 512) -> None:
        super().__init__()
        self.counter = counter
        self.batch_size = batch_size

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        batch: list[Document] = []
        for doc in data:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._count(batch)
                batch = []
        yield from self._count(batch)

    def _count(self, batch: list[Document]) -> list[Document]:
        with self.track_time("batch"):
            for doc, n in zip(batch, self.counter.count([d.text for d in batch]), strict=True):
                doc.metadata[TOKENS] = n
                self.stat_update("tokens", value=n)
        return batch
