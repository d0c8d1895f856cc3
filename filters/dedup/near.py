"""Near-duplicate removal (stage ``near_dedup``): MinHash + banded LSH, connected components, one
kept record per cluster, optionally against a cross-run index.

It is a ``GlobalStage`` in four steps, each a datatrove ``PipelineStep``:

1. ``NearDedupSignatures`` (end of the previous segment, one task per rank): vectorised
   signatures of every record that passes through, written to the work folder;
2. ``NearDedupEdges`` (bands split over the tasks): records (and index records) with an equal band hash
   become candidate pairs, each verified on the two full signatures (estimated Jaccard >=
   ``threshold``), read by random access (``rows``);
3. ``NearDedupClusters`` (one task): connected components of the verified edges by label
   propagation over node-range partitions (``components``), the kept record of every cluster by
   root ranges (``keep``), then one removal list per rank and ``clusters.json``;
4. ``NearDedupFilter`` (start of the next segment): rejects the listed records as
   ``near_duplicate`` and adds the rank's kept records to the index.

Work folder layout (names are deterministic, files are published by rename, so a re-run task
overwrites its own output and never leaves a half-written file under a final name)::

    signatures/{rank}.records           per record: _order, length, quality_score, shingles (RECORD)
    signatures/{rank}.ids               record ids, UTF-8, one after the other
    signatures/{rank}.id-ends           int64 per record: where its id ends in the ids file
    signatures/{rank}.minhash           uint32 [records x num_perm], little-endian
    signatures/band-{b}/{rank}.u64      uint64 band hash per record (0: no signature)
    signatures/{rank}.json              manifest: record count, settings, digest; written last
    edges/{unit}.i64 + .json            int64 [edges x 2] verified node pairs and the unit's marker
    components/                         the clustering's scratch files (components.py, keep.py)
    removals/{rank}.json                columns _order, duplicate_of, similarity, detail
    removals/manifest.json              written last
    clusters.json                       cluster count and size distribution

These are raw numpy and JSON files, not Parquet: reading Parquet makes pyarrow import pandas,
which costs more than the whole stage on a small run. Nodes are numbered run records first
(rank by rank, in stream order), then index records (part by part). Every step checks that the
files it reads come from one complete, consistent run of the step before (all ranks present,
counts as in the manifests, same settings) and raises
``RuntimeError`` naming what to rerun otherwise.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import numpy as np
import xxhash
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder
from datatrove.pipeline.base import PipelineStep
from pydantic import Field, model_validator

from corpusmill.filters.base import ORDER, GlobalStage, Reject, Stage, StageParams, Verdict
from corpusmill.filters.dedup.components import BYTES_PER_EDGE, PartitionedComponents, partitions_for
from corpusmill.filters.dedup.index import DedupIndex, IndexPart, run_token
from corpusmill.filters.dedup.keep import BYTES_PER_MEMBER, MEMBER, ROW, decide
from corpusmill.filters.dedup.minhash import (
    VERSION,
    MinHasher,
    band_hashes,
    estimated_jaccard,
    optimal_bands_rows,
)
from corpusmill.filters.dedup.rows import read_ranges, read_rows
from corpusmill.io.workfiles import read_array, read_json, write_array, write_json

REASON = "near_duplicate"
QUALITY = "quality_score"
LANGUAGE = "language"
# Batch size: 1024 records gave the signature step 20% less CPU than 256 on the English part of
# benchmarks/dedup.py, with no higher peak; the character cap bounds a batch of long texts.
BATCH_DOCS, BATCH_CHARS = 1024, 1_000_000
LSH_WEIGHTS = (0.1, 0.9)
"""Weights of false positives and false negatives when bands and rows are derived from the
threshold: candidates are verified on their whole signatures, so the banding errs on finding too many."""
VERIFY_PAIRS = 16_384  # candidate pairs compared at a time (two [pairs x num_perm] arrays)
PREFIX_BITS = 12
"""Band hashes are counted per prefix of this many top bits: units are ranges of prefixes."""
BUCKET = np.dtype([("hash", "<u8"), ("row", "<u4")])
"""An entry of a sorted band file: band hash and the record's row in its rank."""
BYTES_PER_ENTRY = 160
"""Peak bytes per band entry of a unit in the edges step (read, sort, stars), measured with
benchmarks/near_dedup_scale.py."""
BASE_MB = 320
"""A task's memory before any unit (interpreter, numpy, datatrove, a verification chunk)."""
KEEP_CHUNK = 65_536
"""Members of a rank whose removal rows are made at a time (their and their kept records'
signatures and ids)."""
RANK_MEMBER_BYTES = 200
"""Bytes per cluster member of one rank while its removal list is written: its MEMBER row and
its removal columns as Python lists (kept id, similarity, detail), as the filter step reads them."""

RECORD = np.dtype([(ORDER, "<i8"), ("length", "<i8"), (QUALITY, "<f8"), ("shingles", "<i8")])
"""What the keep rule and the index need about each record (quality is NaN when missing)."""


class NearDedupParams(StageParams):
    ngram: int = Field(default=3, ge=1, le=64)
    """Word n-gram size for space-delimited text."""
    cjk_ngram: int = Field(default=3, ge=1, le=64)
    """Character n-gram size for CJK text."""
    num_perm: int = Field(default=128, ge=8, le=1024)
    """MinHash permutations."""
    threshold: float = Field(default=0.6, gt=0.0, lt=1.0)
    """Jaccard similarity to catch (verified on every candidate pair)."""
    bands: int | None = Field(default=None, ge=1)
    """LSH bands; default derived from threshold."""
    rows: int | None = Field(default=None, ge=1)
    """Rows per band; set with bands."""
    keep: Literal["first", "longest", "highest_quality"] = "first"
    """Which record of a cluster stays: first (input order), longest, or highest_quality (the quality_score
    column)."""
    index: str | None = Field(default=None)
    """Cross-run index folder."""
    index_mode: Literal["read_write", "read_only"] = "read_write"
    """read_write: drop what earlier runs accepted, then add this run's records; read_only: only drop
    (decontamination against evaluation sets)."""
    seed: int = Field(default=1, ge=0)
    """Permutation seed; runs sharing an index share it."""
    copies: int = Field(default=1, ge=1)
    """Records kept per cluster by `corpusmill select` over a tagged run (a run keeps 1)."""
    max_memory_mb: int = Field(
        default=2048,
        ge=BASE_MB + 64,
    )
    """Memory a reduce task may use: bands are split into hash ranges and the clustering into node partitions that
    fit it, whatever the corpus size (it does not change the result)."""

    @model_validator(mode="after")
    def _bands_and_rows(self) -> NearDedupParams:
        if (self.bands is None) != (self.rows is None):
            raise ValueError("set both bands and rows, or neither (then threshold decides)")
        if self.bands is not None and self.rows is not None and self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands x rows ({self.bands * self.rows}) exceeds num_perm ({self.num_perm})")
        return self

    def lsh_shape(self) -> tuple[int, int]:
        if self.bands is not None and self.rows is not None:
            return self.bands, self.rows
        return optimal_bands_rows(self.threshold, self.num_perm, *LSH_WEIGHTS)

    def settings(self) -> dict[str, int]:
        """What makes signatures and band hashes comparable (between steps and with an index)."""
        bands, rows = self.lsh_shape()
        return {
            "minhash_version": VERSION,
            "num_perm": self.num_perm,
            "bands": bands,
            "rows": rows,
            "ngram": self.ngram,
            "cjk_ngram": self.cjk_ngram,
            "seed": self.seed,
        }

    def hasher(self) -> MinHasher:
        return MinHasher(self.num_perm, self.ngram, self.cjk_ngram, self.seed)

    def budget(self) -> int:
        """Bytes a reduce task may spend on its data, beyond what every task starts with."""
        return (self.max_memory_mb - BASE_MB) << 20

    def unit_entries(self) -> int:
        """Band entries one unit of the edges step may hold."""
        return self.budget() // BYTES_PER_ENTRY


def _records_path(rank: int) -> str:
    return f"signatures/{rank:05d}.records"


def _ids_path(rank: int) -> str:
    return f"signatures/{rank:05d}.ids"


def _id_ends_path(rank: int) -> str:
    return f"signatures/{rank:05d}.id-ends"


def _minhash_path(rank: int) -> str:
    return f"signatures/{rank:05d}.minhash"


def _band_path(band: int, rank: int) -> str:
    """A rank's band hashes in record order, while the signature step writes them."""
    return f"signatures/band-{band:03d}/{rank:05d}.u64"


def _sorted_path(band: int, rank: int) -> str:
    return f"signatures/band-{band:03d}/{rank:05d}.sorted"


def _counts_path(rank: int) -> str:
    return f"signatures/{rank:05d}.counts"


def _unit_edges(unit: int) -> str:
    return f"edges/{unit:06d}.i64"


def _unit_marker(unit: int) -> str:
    return f"edges/{unit:06d}.json"


def _manifest_path(rank: int) -> str:
    return f"signatures/{rank:05d}.json"


def _removals_path(rank: int) -> str:
    return f"removals/{rank:05d}.json"


def _members_path(rank: int) -> str:
    """Tag mode: every clustered record of a rank with its cluster, size and place in keep order."""
    return f"members/{rank:05d}.json"


REMOVALS_MANIFEST = "removals/manifest.json"
COMPONENTS = "components"
CLUSTERS = "clusters.json"


def _remove(folder: DataFolder, path: str) -> None:
    if folder.exists(path):
        folder.rm(path)


def _ids(folder: DataFolder, rank: int, records: int, rows: np.ndarray) -> list[str]:
    """Ids of some rows (sorted) of a rank: their end offsets and the row before's (and the last
    row's: the file size) from the offsets file, then each id's bytes."""
    if rows.size == 0:
        return []
    before = rows - 1
    wanted = np.union1d(np.append(before[before >= 0], records - 1), rows)
    ends = read_rows(folder, _id_ends_path(rank), wanted, 8, records).view("<i8").ravel()
    stop = ends[np.searchsorted(wanted, rows)]
    start = np.where(rows > 0, ends[np.searchsorted(wanted, before)], 0)
    return [part.decode("utf-8") for part in read_ranges(folder, _ids_path(rank), start, stop, int(ends[-1]))]


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
    if not folder.exists(_manifest_path(0)):
        raise RuntimeError(
            f"near_dedup: no signatures in {folder.path} (missing {_manifest_path(0)}): the segment "
            "before the stage did not complete; rerun the same command"
        )
    world_size = read_json(folder, _manifest_path(0))["world_size"]
    missing = [r for r in range(world_size) if not folder.exists(_manifest_path(r))]
    if missing:
        raise RuntimeError(
            f"near_dedup: signatures of {len(missing)} of {world_size} tasks missing in {folder.path} "
            f"(ranks {missing[:5]}): the segment before the stage did not complete; rerun the same command"
        )
    if not folder.exists(_id_ends_path(0)):
        raise RuntimeError(
            f"near_dedup: {folder.path} holds signatures of an older corpusmill (no {_id_ends_path(0)}): "
            "rerun the segment before the stage"
        )
    manifests = [read_json(folder, _manifest_path(r)) for r in range(world_size)]
    settings = params.settings()
    for rank, manifest in enumerate(manifests):
        if manifest["world_size"] != world_size or manifest["settings"] != settings:
            raise RuntimeError(
                f"near_dedup: {folder.path}/{_manifest_path(rank)} comes from another run "
                f"(world_size {manifest['world_size']}, settings {manifest['settings']}; expected "
                f"{world_size}, {settings}): rerun the segment before the stage"
            )
    payload = json.dumps(manifests, sort_keys=True).encode()
    return SignatureRun(np.array([m["records"] for m in manifests], np.int64), xxhash.xxh64_hexdigest(payload))


def _text_batches(data: DocumentsPipeline) -> Iterator[list[Document]]:
    batch: list[Document] = []
    chars = 0
    for doc in data:
        batch.append(doc)
        chars += len(doc.text)
        if len(batch) >= BATCH_DOCS or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _orders(docs: list[Document]) -> np.ndarray:
    try:
        return np.fromiter((doc.metadata[ORDER] for doc in docs), dtype=np.int64, count=len(docs))
    except KeyError:
        raise RuntimeError(f"near_dedup needs metadata['{ORDER}'] on every record (set by the reader)") from None


def _quality(doc: Document) -> float:
    value = doc.metadata.get(QUALITY)
    return np.nan if value is None else float(value)


class NearDedupSignatures(PipelineStep):
    """Computes and stores each record's signature and band hashes; yields every record unchanged."""

    name = "near_dedup:signatures"
    type = "corpusmill"

    def __init__(self, workdir: str, params: NearDedupParams) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        _remove(folder, _manifest_path(rank))
        bands, rows = self.params.lsh_shape()
        hasher = self.params.hasher()
        band_paths = [_band_path(b, rank) for b in range(bands)]
        raw_paths = [_records_path(rank), _minhash_path(rank), _ids_path(rank), _id_ends_path(rank), *band_paths]
        records, without_shingles, digest, id_bytes = 0, 0, xxhash.xxh64(), 0
        with ExitStack() as stack:
            raw = [stack.enter_context(folder.open(f"{path}.tmp", "wb")) for path in raw_paths]
            for batch in _text_batches(data or ()):
                with self.track_time("batch"):
                    table = np.empty(len(batch), RECORD)
                    table[ORDER] = _orders(batch)
                    table["length"] = [len(doc.text) for doc in batch]
                    table[QUALITY] = [_quality(doc) for doc in batch]
                    signatures, table["shingles"] = hasher.signatures(
                        [doc.text for doc in batch], [doc.metadata.get(LANGUAGE) for doc in batch]
                    )
                    raw[0].write(table.tobytes())
                    raw[1].write(signatures.astype("<u4").tobytes())
                    encoded = [doc.id.encode("utf-8") for doc in batch]
                    raw[2].write(b"".join(encoded))
                    ends = id_bytes + np.cumsum([len(e) for e in encoded], dtype=np.int64)
                    raw[3].write(ends.astype("<i8").tobytes())
                    id_bytes = int(ends[-1])
                    for b, column in enumerate(band_hashes(signatures, bands, rows).T, start=4):
                        raw[b].write(column.astype("<u8").tobytes())
                digest.update(table[ORDER].tobytes())
                records += len(batch)
                without_shingles += int((table["shingles"] == 0).sum())
                yield from batch
        for path in raw_paths[:4]:
            folder.mv(f"{path}.tmp", path)
        counts = np.zeros((bands, 1 << PREFIX_BITS), np.int64)
        for band, path in enumerate(band_paths):
            counts[band] = self._sort_band(folder, path, _sorted_path(band, rank), records)
        write_array(folder, _counts_path(rank), counts.astype("<i8"))
        self.stat_update("records", value=records)
        self.stat_update("without_shingles", value=without_shingles)
        manifest = {
            "rank": rank,
            "world_size": world_size,
            "records": records,
            "settings": self.params.settings(),
            "orders_xxh64": digest.hexdigest(),
        }
        write_json(folder, _manifest_path(rank), manifest)

    @staticmethod
    def _sort_band(folder: DataFolder, raw: str, path: str, records: int) -> np.ndarray:
        """Rewrites a band's hashes (record order) as (hash, row) entries sorted by hash, without
        the records that have no signature; returns the entries per hash prefix."""
        hashes = read_array(folder, f"{raw}.tmp", "<u8", "near_dedup", records)
        rows = np.flatnonzero(hashes).astype(np.uint32)
        entries = np.empty(rows.size, BUCKET)
        entries["hash"], entries["row"] = hashes[rows], rows
        del hashes, rows
        entries = entries[np.argsort(entries["hash"], kind="stable")]
        write_array(folder, path, entries)
        folder.rm(f"{raw}.tmp")
        return np.bincount(entries["hash"] >> np.uint64(64 - PREFIX_BITS), minlength=1 << PREFIX_BITS)


class Unit(NamedTuple):
    """A band's hash range: hashes whose top ``PREFIX_BITS`` bits are in ``[lo, hi)``."""

    band: int
    lo: int
    hi: int


def bucket_counts(folder: DataFolder, run: SignatureRun, params: NearDedupParams) -> np.ndarray:
    """``[bands x 2**PREFIX_BITS]`` entries of the whole run per band and hash prefix (summed
    over the ranks' ``.counts`` files, one at a time)."""
    bands, _ = params.lsh_shape()
    total = np.zeros((bands, 1 << PREFIX_BITS), np.int64)
    for r, records in enumerate(run.records.tolist()):
        total += _rank_counts(folder, r, bands, records)
    return total


def _rank_counts(folder: DataFolder, rank: int, bands: int, records: int) -> np.ndarray:
    counts = read_array(folder, _counts_path(rank), "<i8", "near_dedup", bands << PREFIX_BITS)
    counts = counts.reshape(bands, 1 << PREFIX_BITS)
    if (counts.sum(axis=1) > records).any():
        raise RuntimeError(f"near_dedup: {folder.path}/{_counts_path(rank)} is inconsistent: rerun the same command")
    return counts


def plan_units(counts: np.ndarray, max_entries: int) -> list[Unit]:
    """Splits every band into consecutive hash prefix ranges of at most ``max_entries`` entries
    (a single prefix above it stays one unit). Depends only on the counts and the budget, so
    every step and every task count derives the same units."""
    units = []
    for band, row in enumerate(counts):
        lo, size = 0, 0
        for prefix, count in enumerate(row.tolist()):
            if size and size + count > max_entries:
                units.append(Unit(band, lo, prefix))
                lo, size = prefix, 0
            size += count
        units.append(Unit(band, lo, row.size))
    return units


def unit_slices(folder: DataFolder, run: SignatureRun, bands: int, units: list[Unit]) -> np.ndarray:
    """``[ranks x units x 3]``: where each unit starts in each rank's sorted band file, how many
    entries it has there, and the file's entry count. Each rank's counts are read once."""
    band = np.array([u.band for u in units], np.int64)
    lo = np.array([u.lo for u in units], np.int64)
    hi = np.array([u.hi for u in units], np.int64)
    slices = np.zeros((run.world_size, len(units), 3), np.int64)
    for r, records in enumerate(run.records.tolist()):
        cumulative = np.zeros((bands, (1 << PREFIX_BITS) + 1), np.int64)
        np.cumsum(_rank_counts(folder, r, bands, records), axis=1, out=cumulative[:, 1:])
        slices[r, :, 0] = cumulative[band, lo]
        slices[r, :, 1] = cumulative[band, hi] - cumulative[band, lo]
        slices[r, :, 2] = cumulative[band, -1]
    return slices


def _unit_chunks(
    folder: DataFolder, run: SignatureRun, unit: Unit, slices: np.ndarray, max_entries: int
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Band hashes and node ids of the run records in ``unit`` (its slice of every rank's sorted
    band file; ``slices``: ``[ranks x 3]`` from ``unit_slices``), in node order, as chunks of at
    most ``max_entries`` entries (consecutive ranks' slices are joined, a large one is cut)."""
    hashes, nodes, held = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)], 0
    for r, (start, size, entries_in_file) in enumerate(slices.tolist()):
        if not size:
            continue
        path = _sorted_path(unit.band, r)
        with folder.open(path, "rb") as handle:
            if handle.size != entries_in_file * BUCKET.itemsize:
                raise RuntimeError(
                    f"near_dedup: {folder.path}/{path} has {handle.size} bytes, expected "
                    f"{entries_in_file * BUCKET.itemsize}: rerun the same command"
                )
            handle.seek(start * BUCKET.itemsize)
            while size:
                take = min(size, max_entries - held)
                entries = np.frombuffer(handle.read(take * BUCKET.itemsize), BUCKET)
                hashes.append(entries["hash"].astype(np.uint64))
                nodes.append(entries["row"].astype(np.int64) + run.offsets[r])
                size, held = size - take, held + take
                if held == max_entries:
                    full = [(hashes, nodes)]
                    hashes, nodes, held = [np.zeros(0, np.uint64)], [np.zeros(0, np.int64)], 0
                    yield _joined(full.pop())  # this frame keeps no piece of the chunk
    if held:
        full = [(hashes, nodes)]
        del hashes, nodes
        yield _joined(full.pop())


def _joined(pieces: tuple[list[np.ndarray], list[np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    return np.concatenate(pieces[0]), np.concatenate(pieces[1])


class Stars:
    """Star edges of one unit whose entries come in chunks, each in node order after the chunks
    before it: every band hash joins its later nodes to the first node seen with it (its
    smallest). One chunk gives ``minhash.equal_hash_edges``; more chunks give the same edges
    while holding one chunk and a table of each hash's centre (16 bytes per distinct hash), so a
    unit larger than the budget (a hash prefix shared by very many records) stays bounded."""

    def __init__(self) -> None:
        self.hashes = np.zeros(0, np.uint64)
        self.centres = np.zeros(0, np.int64)
        self._new: tuple[np.ndarray, np.ndarray] | None = None  # merged when a next chunk comes

    def edges(self, hashes: np.ndarray, nodes: np.ndarray) -> np.ndarray:
        if self._new is not None:
            merged = np.argsort(np.concatenate([self.hashes, self._new[0]]), kind="stable")
            self.hashes = np.concatenate([self.hashes, self._new[0]])[merged]
            self.centres = np.concatenate([self.centres, self._new[1]])[merged]
            self._new = None
        order = np.argsort(hashes, kind="stable")
        hashes, nodes = hashes[order], nodes[order]
        first = np.ones(hashes.size, dtype=bool)
        first[1:] = hashes[1:] != hashes[:-1]
        distinct, firsts = hashes[first], nodes[first]
        centre_of = firsts.copy()
        if self.hashes.size:
            at = np.minimum(np.searchsorted(self.hashes, distinct), self.hashes.size - 1)
            known = self.hashes[at] == distinct
            centre_of[known] = self.centres[at[known]]
            distinct, firsts = distinct[~known], firsts[~known]
        self._new = (distinct, firsts)
        centre = centre_of[np.cumsum(first) - 1]
        leaf = nodes != centre
        return np.stack([centre[leaf], nodes[leaf]], axis=1)


class NearDedupEdges(PipelineStep):
    """Per unit (one band's hash range, see ``plan_units``): equal band hashes join records, and
    records to index records, as stars centred on their smallest node; every star edge is then
    verified on the two whole signatures. Task ``rank`` of ``world_size`` takes units ``rank,
    rank + world_size, ...``; each unit has its own files, and a rerun of a killed task skips the
    units it finished."""

    name = "near_dedup:edges"
    type = "corpusmill"

    def __init__(self, workdir: str, params: NearDedupParams) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        run = load_signature_run(folder, self.params)
        units = plan_units(bucket_counts(folder, run, self.params), self.params.unit_entries())
        parts: list[IndexPart] = []
        index = None
        if self.params.index:
            index = DedupIndex(self.params.index, self.params.settings())
            if self.params.index_mode == "read_only" and not index.exists():
                raise ValueError(f"near_dedup: no index at {self.params.index} to read (index_mode read_only)")
            parts = index.parts(exclude_run=run_token(folder.path))
        expected = {"signatures": run.digest, "index_parts": [[p.name, p.rows] for p in parts]}
        mine = list(range(rank, len(units), world_size))
        slices = unit_slices(folder, run, self.params.lsh_shape()[0], [units[n] for n in mine])
        for i, number in enumerate(mine):
            marker = _unit_marker(number)
            if folder.exists(marker) and _matches(read_json(folder, marker), units[number], expected):
                self.stat_update("units_reused")
                continue
            self._unit(folder, run, number, units[number], slices[:, i], index, parts, expected)

    def _unit(
        self,
        folder: DataFolder,
        run: SignatureRun,
        number: int,
        unit: Unit,
        slices: np.ndarray,
        index: DedupIndex | None,
        parts: list[IndexPart],
        expected: dict[str, Any],
    ) -> None:
        _remove(folder, _unit_marker(number))
        chunks = _unit_chunks(folder, run, unit, slices, self.params.unit_entries())
        if index is not None:
            indexed = index.band(parts, unit.band)
            prefix = indexed >> np.uint64(64 - PREFIX_BITS)
            at = np.flatnonzero((prefix >= unit.lo) & (prefix < unit.hi) & (indexed != 0))
            chunks = itertools.chain(chunks, [(indexed[at], run.offsets[-1] + at)])
            del indexed, prefix
        stars, candidates, verified = Stars(), 0, 0
        with folder.open(f"{_unit_edges(number)}.tmp", "wb") as out:
            for hashes, nodes in chunks:
                with self.track_time():
                    # chunks come in node order (ranks, then index records), so each hash's
                    # star is centred on its smallest node; a star centred on an index record
                    # joins only index records: it decides nothing
                    edges = stars.edges(hashes, nodes)
                    del hashes, nodes
                    edges = edges[edges[:, 0] < run.offsets[-1]]
                kept = self._verified(folder, run, parts, edges)
                out.write(kept.astype("<i8").tobytes())
                candidates, verified = candidates + len(edges), verified + len(kept)
        folder.mv(f"{_unit_edges(number)}.tmp", _unit_edges(number))
        self.stat_update("candidate_pairs", value=candidates)
        self.stat_update("verified_pairs", value=verified)
        over_budget = int(slices[:, 1].sum()) > self.params.unit_entries()
        marker = {"unit": list(unit), "candidates": candidates, "edges": verified, "over_budget": over_budget}
        marker.update(expected)
        write_json(folder, _unit_marker(number), marker)

    def _verified(self, folder: DataFolder, run: SignatureRun, parts: list[IndexPart], pairs: np.ndarray) -> np.ndarray:
        """The candidate pairs whose signatures agree on at least ``threshold`` of their slots:
        banding with a low threshold finds the edited copies, this check drops the pairs that
        only share a band by chance. Signatures are read a chunk of pairs at a time."""
        keep = np.zeros(len(pairs), dtype=bool)
        for lo in range(0, len(pairs), VERIFY_PAIRS):
            chunk = pairs[lo : lo + VERIFY_PAIRS]
            nodes, ends = np.unique(chunk, return_inverse=True)
            ends = ends.reshape(-1, 2)
            _, signatures = gather(folder, run, parts, self.params, nodes, with_ids=False)
            keep[lo : lo + len(chunk)] = (
                estimated_jaccard(signatures[ends[:, 0]], signatures[ends[:, 1]]) >= self.params.threshold
            )
        return pairs[keep]


def _matches(marker: dict[str, Any], unit: Unit, expected: dict[str, Any]) -> bool:
    return marker["unit"] == list(unit) and all(marker[key] == value for key, value in expected.items())


def unit_markers(folder: DataFolder, run: SignatureRun, params: NearDedupParams) -> list[dict[str, Any]]:
    """Every unit's marker, checked to come from these signatures and one listing of the index."""
    units = plan_units(bucket_counts(folder, run, params), params.unit_entries())
    markers = []
    for number, unit in enumerate(units):
        path = _unit_marker(number)
        if not folder.exists(path):
            raise RuntimeError(f"near_dedup: {folder.path}/{path} missing: rerun the same command")
        marker = read_json(folder, path)
        if marker["signatures"] != run.digest or marker["unit"] != list(unit):
            raise RuntimeError(
                f"near_dedup: {folder.path}/{path} was computed from other signatures: rerun the same command"
            )
        markers.append(marker)
    if any(m["index_parts"] != markers[0]["index_parts"] for m in markers):
        raise RuntimeError("near_dedup: the index changed while the edge tasks ran; rerun the same command")
    return markers


class NearDedupClusters(PipelineStep):
    """One task: connected components over the verified edges of every unit, then the kept
    record per cluster, then every rank's removal list.

    The components are found by ``PartitionedComponents`` with as many node-range partitions as
    the memory budget needs, so the edges never sit in memory together; the keep rule
    (``keep.decide``) reads them partition by partition and decides by root ranges that fit the
    budget. A rank's removal list is then made from its members only (at most its records), the
    kept records' ids and signatures read by random access ``KEEP_CHUNK`` members at a time."""

    name = "near_dedup:clusters"
    type = "corpusmill"

    def __init__(self, workdir: str, params: NearDedupParams, tagging: bool = False) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params
        self.tagging = tagging

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if world_size != 1:
            raise RuntimeError(f"near_dedup clusters run as a single task, got {world_size}")
        folder = get_datafolder(self.workdir)
        _remove(folder, REMOVALS_MANIFEST)
        run = load_signature_run(folder, self.params)
        markers = unit_markers(folder, run, self.params)
        parts = [IndexPart(name, rows) for name, rows in markers[0]["index_parts"]]
        candidates = sum(m["candidates"] for m in markers)
        verified = sum(m["edges"] for m in markers)
        self.stat_update("candidate_pairs", value=candidates)
        self.stat_update("verified_pairs", value=verified)
        total = run.offsets[-1]
        partitions = partitions_for(verified, self.params.budget())
        graph = PartitionedComponents(folder, COMPONENTS, int(total) + sum(p.rows for p in parts), partitions)
        with self.track_time():
            for number, marker in enumerate(markers):
                edges = read_array(folder, _unit_edges(number), "<i8", "near_dedup", 2 * marker["edges"])
                graph.add_edges(edges.reshape(-1, 2))
            graph.solve()
            decided = decide(
                folder,
                f"{COMPONENTS}/keep",
                graph.labels,
                lambda nodes: self._keys(folder, run, nodes),
                graph.node_count,
                run.offsets,
                self.params.budget(),
            )
        removed, by_index = [], 0
        for r in range(run.world_size):
            members = decided.members(folder, r)
            if not self.tagging:
                members = members[members["kept"] != members["node"]]
            removals, tags = self._rank_decisions(folder, run, parts, r, members)
            write_json(folder, _removals_path(r), removals)
            if self.tagging:
                write_json(folder, _members_path(r), tags)
            removed.append(len(removals[ORDER]))
            by_index += int(((members["kept"] >= total) & (members["kept"] != members["node"])).sum())
        graph.remove()
        sizes = decided.sizes
        self.stat_update("clusters", value=sum(sizes.values()))
        self.stat_update("removed", value=sum(removed))
        write_json(
            folder,
            CLUSTERS,
            {
                "records": int(total),
                "candidate_pairs": candidates,
                "verified_pairs": verified,
                "units": len(markers),
                "units_over_budget": sum(m["over_budget"] for m in markers),
                "partitions": partitions,
                "propagation_rounds": graph.rounds,
                "keep_ranges": decided.ranges,
                "clusters": sum(sizes.values()),
                "duplicates_removed": sum(removed),
                "removed_as_index_matches": by_index,
                "largest_cluster": max(sizes, default=0),
                "cluster_sizes": {str(s): sizes[s] for s in sorted(sizes)},
            },
        )
        if self.params.index and self.params.index_mode == "read_write":
            DedupIndex(self.params.index, self.params.settings()).write_settings()
        write_json(folder, REMOVALS_MANIFEST, {"signatures": run.digest, "removed": removed})

    def _rank_decisions(
        self, folder: DataFolder, run: SignatureRun, parts: list[IndexPart], rank: int, members: np.ndarray
    ) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
        """A rank's removal columns and (tag mode) member columns, ``KEEP_CHUNK`` members at a
        time: the kept records' ids and signatures come by random access, not whole files."""
        total = int(run.offsets[-1])
        removals: dict[str, list[Any]] = {ORDER: [], "duplicate_of": [], "similarity": [], "detail": []}
        tags: dict[str, list[Any]] = {ORDER: [], "cluster": [], "size": [], "rank": [], "in_index": []}
        for lo in range(0, members.size, KEEP_CHUNK):
            chunk = members[lo : lo + KEEP_CHUNK]
            keepers, keeper_of = np.unique(chunk["kept"], return_inverse=True)
            keeper_ids, _ = gather(folder, run, parts, self.params, keepers, with_signatures=False)
            gone = chunk["kept"] != chunk["node"]
            needed = np.unique(keeper_of[gone])
            _, keeper_signatures = gather(folder, run, parts, self.params, keepers[needed], with_ids=False)
            own = signature_rows(
                folder, rank, int(run.records[rank]), chunk["node"][gone] - run.offsets[rank], self.params.num_perm
            )
            similarity = estimated_jaccard(own, keeper_signatures[np.searchsorted(needed, keeper_of[gone])])
            in_index = chunk["kept"] >= total
            cluster = [keeper_ids[k] for k in keeper_of.tolist()]
            removals[ORDER] += chunk["order"][gone].tolist()
            removals["duplicate_of"] += [c for c, g in zip(cluster, gone.tolist(), strict=True) if g]
            removals["similarity"] += np.round(similarity, 4).tolist()
            removals["detail"] += [
                "matches a record of the index" if index else f"cluster of {size} records"
                for index, size in zip(in_index[gone].tolist(), chunk["size"][gone].tolist(), strict=True)
            ]
            if self.tagging:
                tags[ORDER] += chunk["order"].tolist()
                tags["cluster"] += cluster
                tags["size"] += chunk["size"].tolist()
                tags["rank"] += chunk["place"].tolist()
                tags["in_index"] += in_index.tolist()
        return removals, tags

    def _keys(self, folder: DataFolder, run: SignatureRun, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Keep-rule value (smaller is better) and ``_order`` of some nodes (sorted); index records get 0."""
        rule = np.zeros(nodes.size, np.float64)
        order = np.zeros(nodes.size, np.int64)
        for r in range(run.world_size):
            lo, hi = np.searchsorted(nodes, run.offsets[r : r + 2])
            if hi == lo:
                continue
            rows = nodes[lo:hi] - run.offsets[r]
            records = read_rows(folder, _records_path(r), rows, RECORD.itemsize, int(run.records[r])).view(RECORD)
            records = records.ravel()
            order[lo:hi] = records[ORDER]
            if self.params.keep == "longest":
                rule[lo:hi] = -records["length"]
            elif self.params.keep == "highest_quality":
                rule[lo:hi] = -np.nan_to_num(records[QUALITY], nan=-np.inf)
        return rule, order


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
            ids += _ids(folder, source, int(run.records[source]), rows) if with_ids else []
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
    data = read_rows(folder, _minhash_path(rank), rows, num_perm * 4, records)
    return data.view("<u4").astype(np.uint32, copy=False)


class NearDedupFilter(Stage):
    """Rejects the records the clusters step listed for this rank; adds kept ones to the index."""

    name = "near_dedup"
    Params = NearDedupParams
    batch_size = 512

    def __init__(self, workdir: str, params: NearDedupParams | None = None) -> None:
        super().__init__(params)
        self.workdir = workdir
        self._removal_orders = np.zeros(0, np.int64)
        self._removals: dict[str, list[Any]] = {}
        self._members: dict[int, tuple[str, int, int, bool]] = {}
        self._seen = 0
        self._matched = 0

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        folder = get_datafolder(self.workdir)
        run = load_signature_run(folder, self.params)
        if run.world_size != world_size:
            raise RuntimeError(
                f"near_dedup: signatures were computed by {run.world_size} tasks, the filter runs with "
                f"{world_size}; both must use the same task count"
            )
        if not folder.exists(REMOVALS_MANIFEST) or read_json(folder, REMOVALS_MANIFEST)["signatures"] != run.digest:
            raise RuntimeError(
                f"near_dedup: {folder.path}/{REMOVALS_MANIFEST} missing or from other signatures: "
                "rerun the same command"
            )
        removals = read_json(folder, _removals_path(rank))
        order = np.argsort(removals[ORDER])
        self._removals = {key: [values[i] for i in order] for key, values in removals.items()}
        self._removal_orders = np.array(self._removals[ORDER], np.int64)
        self._seen = self._matched = 0
        if self.tagging:
            members = read_json(folder, _members_path(rank))
            columns = (members["cluster"], members["rank"], members["size"], members["in_index"])
            self._members = dict(zip(members[ORDER], zip(*columns, strict=True), strict=True))
        yield from super().run(data, rank, world_size)
        if self._seen != run.records[rank] or self._matched != len(self._removal_orders):
            raise RuntimeError(
                f"near_dedup: task {rank} saw {self._seen} records and {self._matched} of its "
                f"{len(self._removal_orders)} duplicates, but its signature step saw {run.records[rank]}: "
                "the input changed between the segments; rerun from the segment before the stage"
            )
        if self.params.index and self.params.index_mode == "read_write" and not self.tagging:
            self._add_to_index(folder, run, rank)  # a tagged run has not decided what it keeps

    @classmethod
    def measures(cls, params: NearDedupParams) -> dict[str, Any]:
        """The cluster (its kept record's id), its size, the record's place in the keep order and
        whether the cluster holds a record of the cross-run index."""
        import pyarrow as pa

        return {"cluster": pa.string(), "cluster_size": pa.int64(), "rank": pa.int64(), "in_index": pa.bool_()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        verdicts = self.process_batch(docs)
        tagged: list[tuple[Verdict, dict[str, Any]]] = []
        for doc, verdict in zip(docs, verdicts, strict=True):
            cluster, place, size, in_index = self._members.get(doc.metadata[ORDER], (doc.id, 0, 1, False))
            values = {"cluster": cluster, "cluster_size": size, "rank": place, "in_index": in_index}
            tagged.append((verdict, values))
        return tagged

    @classmethod
    def decisions(cls, params: NearDedupParams) -> list[Any]:
        from corpusmill.filters.tagging import dedup_decision

        return [dedup_decision(cls.name, REASON, params.copies, index=True)]

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        orders = _orders(docs)
        self._seen += len(docs)
        verdicts: list[Verdict] = [None] * len(docs)
        if not len(self._removal_orders):
            return verdicts
        where = np.minimum(np.searchsorted(self._removal_orders, orders), len(self._removal_orders) - 1)
        hit = self._removal_orders[where] == orders
        self._matched += int(hit.sum())
        for i, row in zip(np.flatnonzero(hit).tolist(), where[hit].tolist(), strict=True):
            verdicts[i] = Reject(
                REASON,
                self._removals["detail"][row],
                duplicate_of=self._removals["duplicate_of"][row],
                similarity=self._removals["similarity"][row],
            )
        return verdicts

    def _add_to_index(self, folder: DataFolder, run: SignatureRun, rank: int) -> None:
        """The rank's records that passed and have a signature join the index."""
        bands, _ = self.params.lsh_shape()
        records = int(run.records[rank])
        table = read_array(folder, _records_path(rank), RECORD, "near_dedup", records)
        keep = (table["shingles"] > 0) & ~np.isin(table[ORDER], self._removal_orders)
        signatures = read_array(folder, _minhash_path(rank), "<u4", "near_dedup", records * self.params.num_perm)
        hashes = np.zeros((records, bands), np.uint64)
        for b in range(bands):
            entries = read_array(folder, _sorted_path(b, rank), BUCKET, "near_dedup")
            hashes[entries["row"], b] = entries["hash"]
        index = DedupIndex(self.params.index or "", self.params.settings())
        token = run_token(folder.path)
        rows = np.flatnonzero(keep)
        index.add(token, rank, _ids(folder, rank, records, rows), signatures.reshape(records, -1)[rows], hashes[rows])
        if rank == 0:
            index.drop_stale(token, run.world_size)
        self.stat_update("indexed", value=int(keep.sum()))


class NearDedup(GlobalStage):
    """Config entry ``near_dedup``: see the module docstring for the steps."""

    name = "near_dedup"
    Params = NearDedupParams
    params: NearDedupParams
    measures = NearDedupFilter.measures
    decisions = NearDedupFilter.decisions
    measured_with = tuple(name for name in NearDedupParams.model_fields if name not in ("copies", "max_memory_mb"))

    def signature_step(self, workdir: str) -> PipelineStep:
        return NearDedupSignatures(workdir, self.params)

    def reduce_runs(self, workdir: str, tasks: int) -> list[tuple[list[PipelineStep], int]]:
        """Edges run as ``tasks`` tasks (units spread over them), the clustering as one task."""
        return [
            ([NearDedupEdges(workdir, self.params)], tasks),
            ([NearDedupClusters(workdir, self.params, self.tagging)], 1),
        ]

    def filter_step(self, workdir: str) -> Stage:
        return NearDedupFilter(workdir, self.params)

    def resources(self, records: int, removed: int, tasks: int, sample: list[Document]) -> dict[str, Any]:
        """Work-folder disk and peak memory per task of each step for ``records`` records reaching
        the stage, ``removed`` of them near duplicates, over ``tasks`` tasks, from the per-entry
        sizes above (``sample``: records of the kind the stage sees, for the id length)."""
        p = self.params
        bands, _ = p.lsh_shape()
        id_bytes = 8 + (sum(len(d.id) for d in sample) / len(sample) if sample else 32)
        per_record = RECORD.itemsize + 4 * p.num_perm + id_bytes + bands * BUCKET.itemsize
        edges = removed * bands  # at most: every copy joined to its cluster in every band
        members = 2 * removed
        units = bands * max(1, -(-records // p.unit_entries()))
        base = BASE_MB << 20
        return {
            "reduce tasks": f"{tasks} (edges, {units} units) + 1 (clusters)",
            "disk": int(
                records * per_record
                + tasks * bands * (8 << PREFIX_BITS)
                + edges * (16 + 64)
                + members * (ROW.itemsize + MEMBER.itemsize)
            ),
            "peak": {
                "signatures": base + -(-records // tasks) * 40,
                "edges": base + min(records, p.unit_entries()) * BYTES_PER_ENTRY,
                "clusters": base
                + max(
                    min(p.budget(), 2 * edges * BYTES_PER_EDGE),
                    min(p.budget(), members * BYTES_PER_MEMBER),
                    -(-members // tasks) * RANK_MEMBER_BYTES,
                ),
            },
        }

    def summary(self, workdir: str) -> dict[str, Any]:
        """``clusters.json`` of the run: cluster count and size distribution, for ``stats.json``."""
        folder = get_datafolder(workdir)
        return read_json(folder, CLUSTERS) if folder.exists(CLUSTERS) else {}
