"""near_dedup's work folder: the file names every step reads and writes, the record and band
entry formats, and reading the signature step's output back (``load_signature_run``, ``gather``).
The folder's layout is described in the package docstring."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass

import numpy as np
import xxhash
from datatrove.io import DataFolder

from corpusmill.filters.base import ORDER
from corpusmill.filters.dedup.index import DedupIndex, IndexPart
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.filters.dedup.rows import read_ranges, read_rows
from corpusmill.io.workfiles import read_json

QUALITY = "quality_score"
PREFIX_BITS = 12
"""Band hashes are counted per prefix of this many top bits: units are ranges of prefixes."""
BUCKET = np.dtype([("hash", "<u8"), ("row", "<u4")])
"""An entry of a sorted band file: band hash and the record's row in its rank."""

RECORD = np.dtype([(ORDER, "<i8"), ("length", "<i8"), (QUALITY, "<f8"), ("shingles", "<i8")])
"""What the keep rule and the index need about each record (quality is NaN when missing)."""


def records_path(rank: int) -> str:
    return f"signatures/{rank:05d}.records"


def ids_path(rank: int) -> str:
    return f"signatures/{rank:05d}.ids"


def id_ends_path(rank: int) -> str:
    return f"signatures/{rank:05d}.id-ends"


def minhash_path(rank: int) -> str:
    return f"signatures/{rank:05d}.minhash"


def band_path(band: int, rank: int) -> str:
    """A rank's band hashes in record order, while the signature step writes them."""
    return f"signatures/band-{band:03d}/{rank:05d}.u64"


def sorted_path(band: int, rank: int) -> str:
    return f"signatures/band-{band:03d}/{rank:05d}.sorted"


def counts_path(rank: int) -> str:
    return f"signatures/{rank:05d}.counts"


def unit_edges(unit: int) -> str:
    return f"edges/{unit:06d}.i64"


def unit_marker(unit: int) -> str:
    return f"edges/{unit:06d}.json"


def manifest_path(rank: int) -> str:
    return f"signatures/{rank:05d}.json"


def removals_path(rank: int) -> str:
    return f"removals/{rank:05d}.json"


def members_path(rank: int) -> str:
    """Tag mode: every clustered record of a rank with its cluster, size and place in keep order."""
    return f"members/{rank:05d}.json"


REMOVALS_MANIFEST = "removals/manifest.json"
COMPONENTS = "components"
CLUSTERS = "clusters.json"


def remove_file(folder: DataFolder, path: str) -> None:
    if folder.exists(path):
        folder.rm(path)


def record_ids(folder: DataFolder, rank: int, records: int, rows: np.ndarray) -> list[str]:
    """Ids of some rows (sorted) of a rank: their end offsets and the row before's (and the last
    row's: the file size) from the offsets file, then each id's bytes."""
    if rows.size == 0:
        return []
    before = rows - 1
    wanted = np.union1d(np.append(before[before >= 0], records - 1), rows)
    ends = read_rows(folder, id_ends_path(rank), wanted, 8, records).view("<i8").ravel()
    stop = ends[np.searchsorted(wanted, rows)]
    start = np.where(rows > 0, ends[np.searchsorted(wanted, before)], 0)
    return [part.decode("utf-8") for part in read_ranges(folder, ids_path(rank), start, stop, int(ends[-1]))]


@dataclass(frozen=True)
class SignatureRun:
    """The signature step's output as its manifests describe it."""

    records: np.ndarray  # per rank
    digest: str  # changes whenever any rank's signatures were recomputed from other input

    @property
    def world_size(self) -> int:
        return self.records.size

    @property
    def offsets(self) -> np.ndarray:
        """First node id of every rank, plus the total."""
        return np.concatenate([[0], np.cumsum(self.records)])


def load_signature_run(folder: DataFolder, params: NearDedupParams) -> SignatureRun:
    """Checks the signature step's output is complete and made with these settings."""
    if not folder.exists(manifest_path(0)):
        raise RuntimeError(
            f"near_dedup: no signatures in {folder.path} (missing {manifest_path(0)}): the segment "
            "before the stage did not complete; rerun the same command"
        )
    world_size = read_json(folder, manifest_path(0))["world_size"]
    missing = [r for r in range(world_size) if not folder.exists(manifest_path(r))]
    if missing:
        raise RuntimeError(
            f"near_dedup: signatures of {len(missing)} of {world_size} tasks missing in {folder.path} "
            f"(ranks {missing[:5]}): the segment before the stage did not complete; rerun the same command"
        )
    if not folder.exists(id_ends_path(0)):
        raise RuntimeError(
            f"near_dedup: {folder.path} holds signatures of an older corpusmill (no {id_ends_path(0)}): "
            "rerun the segment before the stage"
        )
    manifests = [read_json(folder, manifest_path(r)) for r in range(world_size)]
    settings = params.settings()
    for rank, manifest in enumerate(manifests):
        if manifest["world_size"] != world_size or manifest["settings"] != settings:
            raise RuntimeError(
                f"near_dedup: {folder.path}/{manifest_path(rank)} comes from another run "
                f"(world_size {manifest['world_size']}, settings {manifest['settings']}; expected "
                f"{world_size}, {settings}): rerun the segment before the stage"
            )
    payload = json.dumps(manifests, sort_keys=True).encode()
    return SignatureRun(np.array([m["records"] for m in manifests], np.int64), xxhash.xxh64_hexdigest(payload))


def gather(
    folder: DataFolder,
    run: SignatureRun,
    parts: list[IndexPart],
    params: NearDedupParams,
    nodes: np.ndarray,
    with_ids: bool = True,
    with_signatures: bool = True,
) -> tuple[list[str], np.ndarray]:
    """Ids and signatures (each unless turned off) of some nodes (sorted), rank by rank and index
    part by index part."""
    ids: list[str] = []
    signatures = []
    starts = np.concatenate([run.offsets, run.offsets[-1] + np.cumsum([p.rows for p in parts], dtype=np.int64)])
    for source, (first, end) in enumerate(itertools.pairwise(starts)):
        lo, hi = np.searchsorted(nodes, [first, end])
        if hi == lo:
            continue
        rows = nodes[lo:hi] - first
        if source < run.world_size:
            ids += record_ids(folder, source, int(run.records[source]), rows) if with_ids else []
            if with_signatures:
                signatures.append(signature_rows(folder, source, int(run.records[source]), rows, params.num_perm))
        else:
            index = DedupIndex(params.index or "", params.settings())
            part_ids, part_signatures = index.lookup(parts[source - run.world_size], rows)
            ids += part_ids
            signatures += [part_signatures] if with_signatures else []
    return ids, np.concatenate([np.zeros((0, params.num_perm), np.uint32), *signatures])


def signature_rows(folder: DataFolder, rank: int, records: int, rows: np.ndarray, num_perm: int) -> np.ndarray:
    """Some rows (sorted) of a rank's signature file."""
    data = read_rows(folder, minhash_path(rank), rows, num_perm * 4, records)
    return data.view("<u4").astype(np.uint32, copy=False)
