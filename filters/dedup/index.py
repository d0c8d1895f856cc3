"""The cross-run near-duplicate index: MinHash band hashes, signatures and ids of every record a
``near_dedup`` run accepted, so later runs can drop what is already there.

Layout of the index folder (any fsspec location):

* ``index.json``: the MinHash settings (``num_perm``, ``bands``, ``rows``, n-gram sizes, seed).
  Band hashes are only comparable between runs that share them, so a mismatch is an error.
* ``part-{run}-{rank}.parquet``: one file per task of each run that added records, with columns
  ``id`` (string), ``minhash`` (fixed-size list of ``num_perm`` uint32, for similarity
  estimates) and ``band_000`` ... (uint64). Reading one band reads one column of each part.

``run`` is a hash of the run's work folder, so a task that is re-run overwrites its own part and a
run never matches itself against its own earlier output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash
from datatrove.io import get_datafolder

META = "index.json"


def run_token(workdir_path: str) -> str:
    """Names a run's index parts: stable across re-runs of the same run folder."""
    return xxhash.xxh64_hexdigest(workdir_path)


@dataclass(frozen=True, slots=True)
class IndexPart:
    name: str
    rows: int


class DedupIndex:
    """Reads and appends the parts of one index folder."""

    def __init__(self, path: str, settings: dict[str, Any]) -> None:
        self.folder = get_datafolder(path)
        self.settings = settings

    def exists(self) -> bool:
        return self.folder.exists(META)

    def check_settings(self) -> None:
        if not self.folder.exists(META):
            return
        with self.folder.open(META, "rt") as handle:
            found = json.load(handle)["minhash"]
        if found != self.settings:
            raise ValueError(
                f"near_dedup index {self.folder.path} was built with {found}, this run uses "
                f"{self.settings}: band hashes are not comparable; use another index path"
            )

    def parts(self, exclude_run: str) -> list[IndexPart]:
        """Every part except the ones this run wrote, in name order (the node numbering)."""
        self.check_settings()
        names = [
            name
            for name in self.folder.list_files(glob_pattern="part-*.parquet")
            if not name.startswith(f"part-{exclude_run}-")
        ]
        return [IndexPart(name, self._rows(name)) for name in names]

    def _rows(self, name: str) -> int:
        with self.folder.open(name, "rb") as handle:
            return pq.ParquetFile(handle).metadata.num_rows

    def band(self, parts: list[IndexPart], band: int) -> np.ndarray:
        """One band's hashes of all ``parts``, concatenated in order."""
        arrays = [np.zeros(0, np.uint64)]
        for part in parts:
            column = self._read(part, [f"band_{band:03d}"]).column(0)
            arrays.append(column.to_numpy().astype(np.uint64, copy=False))
        return np.concatenate(arrays)

    def lookup(self, part: IndexPart, rows: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Ids and signatures of some rows of one part."""
        table = self._read(part, ["id", "minhash"]).take(pa.array(rows, pa.int64()))
        num_perm = table.schema.field("minhash").type.list_size
        signatures = table.column("minhash").combine_chunks().flatten().to_numpy()
        return table.column("id").to_pylist(), signatures.reshape(-1, num_perm).astype(np.uint32)

    def _read(self, part: IndexPart, columns: list[str]) -> pa.Table:
        with self.folder.open(part.name, "rb") as handle:
            table = pq.read_table(handle, columns=columns)
        if table.num_rows != part.rows:
            raise RuntimeError(
                f"near_dedup index part {part.name} changed during the run ({part.rows} rows when "
                f"listed, {table.num_rows} now): rerun the same command"
            )
        return table

    def add(self, run: str, rank: int, ids: list[str], signatures: np.ndarray, bands: np.ndarray) -> None:
        """Writes (or rewrites) this task's part, atomically."""
        columns: dict[str, pa.Array] = {
            "id": pa.array(ids, pa.string()),
            "minhash": pa.FixedSizeListArray.from_arrays(
                pa.array(signatures.ravel(), pa.uint32()), signatures.shape[1]
            ),
        }
        columns.update({f"band_{b:03d}": pa.array(bands[:, b], pa.uint64()) for b in range(bands.shape[1])})
        name = f"part-{run}-{rank:05d}.parquet"
        with self.folder.open(f"{name}.tmp", "wb") as handle:
            pq.write_table(pa.table(columns), handle, compression="zstd")
        self.folder.mv(f"{name}.tmp", name)

    def write_settings(self) -> None:
        """Creates ``index.json`` before any part is added (by the one task that clusters)."""
        self.check_settings()
        if not self.folder.exists(META):
            with self.folder.open(f"{META}.tmp", "wt") as handle:
                json.dump({"minhash": self.settings}, handle, indent=2)
            self.folder.mv(f"{META}.tmp", META)

    def drop_stale(self, run: str, world_size: int) -> None:
        """Removes this run's parts from ranks that no longer exist (an earlier attempt had more tasks)."""
        for name in self.folder.list_files(glob_pattern=f"part-{run}-*.parquet"):
            if int(name.rsplit("-", 1)[1].split(".")[0]) >= world_size:
                self.folder.rm(name)
