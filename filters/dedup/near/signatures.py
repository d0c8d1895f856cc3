"""near_dedup's first step: every record's MinHash signature and band hashes, written to the
work folder at the end of the segment before the stage."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import numpy as np
import xxhash
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder
from datatrove.pipeline.base import PipelineStep

from corpusmill.filters.base import ORDER
from corpusmill.filters.dedup.minhash import band_hashes
from corpusmill.filters.dedup.near.layout import (
    BUCKET,
    PREFIX_BITS,
    QUALITY,
    RECORD,
    band_path,
    counts_path,
    id_ends_path,
    ids_path,
    manifest_path,
    minhash_path,
    records_path,
    remove_file,
    sorted_path,
)
from corpusmill.filters.dedup.near.params import NearDedupParams
from corpusmill.filters.tagging import settled
from corpusmill.io.workfiles import read_array, write_array, write_json

LANGUAGE = "language"
# Batch size: 1024 records gave the signature step 20% less CPU than 256 on the English part of
# benchmarks/dedup.py, with no higher peak; the character cap bounds a batch of long texts.
BATCH_DOCS, BATCH_CHARS = 1024, 1_000_000


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


def record_orders(docs: list[Document]) -> np.ndarray:
    try:
        return np.fromiter((doc.metadata[ORDER] for doc in docs), dtype=np.int64, count=len(docs))
    except KeyError:
        raise RuntimeError(f"near_dedup needs metadata['{ORDER}'] on every record (set by the reader)") from None


def _quality(doc: Document) -> float:
    value = doc.metadata.get(QUALITY)
    return np.nan if value is None else float(value)


class NearDedupSignatures(PipelineStep):
    """Computes and stores each record's signature and band hashes; yields every record unchanged.

    A tagged run's settled records (``settled_by``: what ``language`` would reject) get no
    signature, as records without shingles: they join no cluster, as in a reject-mode run, where
    they never reach the stage, and they are not hashed for nothing."""

    name = "near_dedup:signatures"
    type = "corpusmill"

    def __init__(self, workdir: str, params: NearDedupParams, settled_by: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params
        self.settled_by = settled_by

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        remove_file(folder, manifest_path(rank))
        bands, rows = self.params.lsh_shape()
        hasher = self.params.hasher()
        band_paths = [band_path(b, rank) for b in range(bands)]
        raw_paths = [records_path(rank), minhash_path(rank), ids_path(rank), id_ends_path(rank), *band_paths]
        records, without_shingles, unsigned, digest, id_bytes = 0, 0, 0, xxhash.xxh64(), 0
        with ExitStack() as stack:
            raw = [stack.enter_context(folder.open(f"{path}.tmp", "wb")) for path in raw_paths]
            for batch in _text_batches(data or ()):
                with self.track_time("batch"):
                    table = np.empty(len(batch), RECORD)
                    table[ORDER] = record_orders(batch)
                    table["length"] = [len(doc.text) for doc in batch]
                    table[QUALITY] = [_quality(doc) for doc in batch]
                    out = [settled(doc, self.settled_by) for doc in batch]
                    signatures, table["shingles"] = hasher.signatures(
                        ["" if skip else doc.text for doc, skip in zip(batch, out, strict=True)],
                        [doc.metadata.get(LANGUAGE) for doc in batch],
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
                skipped = sum(out)
                unsigned += skipped
                without_shingles += int((table["shingles"] == 0).sum()) - skipped
                yield from batch
        for path in raw_paths[:4]:
            folder.mv(f"{path}.tmp", path)
        counts = np.zeros((bands, 1 << PREFIX_BITS), np.int64)
        for band, path in enumerate(band_paths):
            counts[band] = self._sort_band(folder, path, sorted_path(band, rank), records)
        write_array(folder, counts_path(rank), counts.astype("<i8"))
        self.stat_update("records", value=records)
        self.stat_update("without_shingles", value=without_shingles)
        if unsigned:
            self.stat_update("settled", value=unsigned)
        manifest = {
            "rank": rank,
            "world_size": world_size,
            "records": records,
            "settings": self.params.settings(),
            "orders_xxh64": digest.hexdigest(),
        }
        write_json(folder, manifest_path(rank), manifest)

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
