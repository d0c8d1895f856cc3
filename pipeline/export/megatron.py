"""Megatron-LM indexed datasets (``.bin`` + ``.idx``), written streaming.

The layout is Megatron-LM's ``MMIDIDX`` version 1 (megatron/core/datasets/indexed_dataset.py), the
same bytes datatrove's ``MegatronTokenizedFile`` writes (a test compares them):

- ``.bin``: every sequence's token ids back to back, in the index's dtype, little-endian;
- ``.idx``: ``MMIDIDX\\x00\\x00`` | version ``<Q`` = 1 | dtype code ``<B`` | sequence count ``<Q`` |
  document count ``<Q`` | sequence lengths ``int32[n]`` | sequence byte offsets ``int64[n]`` |
  document indices ``int64[documents]`` (0, then the end of every document, in sequences).

datatrove's writer keeps every length in a Python list (~30 bytes per document) and accepts only
Hugging Face tokenizers; this one takes ids from any tokenizer corpusmill counts with, and keeps the
lengths in a temporary file, so memory stays flat whatever the corpus size. One document is one
sequence, as Megatron's GPT datasets expect.
"""

from __future__ import annotations

import hashlib
import struct
import tempfile
from itertools import chain
from pathlib import Path

import numpy as np
from datatrove.pipeline.tokens.megatron_tokenizer import _INDEX_HEADER

VERSION = 1
CHUNK = 1 << 20  # lengths handled at a time when the index is written
# Megatron's DType codes; uint16 holds ids below 65,536 (datatrove and Megatron's preprocessing
# switch at 65,500, which leaves room for a few added special tokens)
UINT16, INT32 = 8, 4
DTYPES = {UINT16: np.dtype("<u2"), INT32: np.dtype("<i4")}
UINT16_VOCAB = 65_500


def dtype_code(vocab_size: int) -> int:
    return UINT16 if vocab_size < UINT16_VOCAB else INT32


class _HashedFile:
    """A binary file that hashes what is written to it, so the manifest needs no second read."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("wb")
        self.sha256 = hashlib.sha256()
        self.bytes = 0

    def write(self, payload: bytes) -> None:
        self.handle.write(payload)
        self.sha256.update(payload)
        self.bytes += len(payload)

    def close(self) -> dict[str, int | str]:
        self.handle.close()
        return {"bytes": self.bytes, "sha256": self.sha256.hexdigest()}


class IndexedDatasetWriter:
    """``write(ids_per_document)`` any number of times, then ``close()`` → the two files' facts."""

    def __init__(self, prefix: Path, vocab_size: int, eod: int | None = None) -> None:
        self.prefix = prefix
        self.code = dtype_code(vocab_size)
        self.dtype = DTYPES[self.code]
        self.eod = eod
        self.bin = _HashedFile(prefix.with_name(prefix.name + ".bin"))
        self.lengths = tempfile.TemporaryFile()  # noqa: SIM115 - int32 per document, read back and closed by close()
        self.documents = 0
        self.tokens = 0

    def write(self, documents: list[list[int]]) -> None:
        if not documents:
            return
        lengths = np.fromiter((len(ids) for ids in documents), dtype=np.int64, count=len(documents))
        flat = np.fromiter(chain.from_iterable(documents), dtype=np.int64, count=int(lengths.sum()))
        if self.eod is not None:  # one end-of-document id after every document
            ends = np.cumsum(lengths)
            flat = np.insert(flat, ends, self.eod)
            lengths += 1
        if flat.size and (flat.min() < 0 or flat.max() > np.iinfo(self.dtype).max):
            raise ValueError(f"token id {int(flat.max())} does not fit the index dtype {self.dtype.name}")
        self.bin.write(flat.astype(self.dtype).tobytes())
        self.lengths.write(lengths.astype("<i4").tobytes())
        self.documents += len(documents)
        self.tokens += int(lengths.sum())

    def close(self) -> dict[str, dict[str, int | str]]:
        """Write the ``.idx`` from the lengths on disk, a chunk at a time."""
        bin_facts = self.bin.close()
        idx = _HashedFile(self.prefix.with_name(self.prefix.name + ".idx"))
        idx.write(_INDEX_HEADER + struct.pack("<QBQQ", VERSION, self.code, self.documents, self.documents + 1))
        for lengths in self._chunks():
            idx.write(lengths.tobytes())
        offset = 0
        for lengths in self._chunks():
            ends = np.cumsum(lengths, dtype=np.int64) * self.dtype.itemsize + offset
            idx.write((ends - lengths.astype(np.int64) * self.dtype.itemsize).astype("<i8").tobytes())
            offset = int(ends[-1])
        idx.write(np.zeros(1, dtype="<i8").tobytes())
        for start in range(0, self.documents, CHUNK):
            stop = min(start + CHUNK, self.documents)
            idx.write(np.arange(start + 1, stop + 1, dtype="<i8").tobytes())
        self.lengths.close()
        return {"bin": bin_facts, "idx": idx.close()}

    def _chunks(self):
        self.lengths.seek(0)
        while chunk := self.lengths.read(CHUNK * 4):
            yield np.frombuffer(chunk, dtype="<i4")


def read_index(path: Path) -> tuple[int, int, int]:
    """(dtype code, documents, tokens) of an ``.idx`` file, for ``corpusmill verify``."""
    with path.open("rb") as handle:
        head = handle.read(len(_INDEX_HEADER) + struct.calcsize("<QBQQ"))
        if len(head) < len(_INDEX_HEADER) + 25 or not head.startswith(_INDEX_HEADER):
            raise ValueError("not a Megatron index (bad header)")
        version, code, sequences, _ = struct.unpack("<QBQQ", head[len(_INDEX_HEADER) :])
        if version != VERSION or code not in DTYPES:
            raise ValueError(f"unsupported index version {version} or dtype code {code}")
        tokens = 0
        for start in range(0, sequences, CHUNK):
            count = min(CHUNK, sequences - start)
            lengths = np.frombuffer(handle.read(count * 4), dtype="<i4")
            if lengths.size != count:
                raise ValueError("index truncated")
            tokens += int(lengths.sum(dtype=np.int64))
    return code, sequences, tokens
