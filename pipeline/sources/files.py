"""Which files a run reads: globs resolved in config order, Hugging Face folders filtered to their
data files, and large files cut into parts that different tasks read."""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass

from fsspec.core import url_to_fs
from fsspec.utils import infer_compression

from corpusmill.pipeline.config import ConfigError, SourceConfig

# files a ``datasets.save_to_disk`` / hub folder holds beside the data: metadata, never records
HF_METADATA = frozenset({"dataset_dict.json", "dataset_info.json", "state.json", "dataset_infos.json"})
HF_KINDS = ((".arrow", "arrow"), (".parquet", "parquet"), (".jsonl", "jsonl"), (".json", "jsonl"))


@dataclass(frozen=True)
class InputFile:
    """A file, or a part of one: a byte range of an uncompressed JSONL file or a range of row
    groups of a Parquet file, so one huge file still spreads over every task."""

    source: SourceConfig
    path: str
    kind: str  # jsonl | parquet | csv | warc | arrow | alpaca | sharegpt | openai
    name: str  # short, stable name used in ids and details
    start: int = 0  # byte offset (jsonl) or first row group (parquet)
    end: int | None = None  # exclusive; None = to the end of the file

    @property
    def label(self) -> str:
        return self.path if self.end is None else f"{self.path}@{self.start}"


def expand_sources(sources: list[SourceConfig]) -> list[InputFile]:
    """Resolve globs (local or fsspec URLs) in config order; a pattern matching nothing is an error."""
    files: list[InputFile] = []
    for i, source in enumerate(sources):
        paths: list[str] = []
        for j, pattern in enumerate(source.paths):
            matched = _glob(pattern, hf=source.type == "hf")
            if not matched:
                raise ConfigError(f"sources[{i}].paths[{j}]: no input file matches {pattern!r}")
            paths += [p for p in matched if p not in paths]
        root = os.path.commonpath(paths) if len(paths) > 1 else os.path.dirname(paths[0])
        for path in paths:
            kind = hf_kind(path) if source.type == "hf" else source.type
            files += split(InputFile(source, path, kind, os.path.relpath(path, root)))
    return files


def split(file: InputFile) -> list[InputFile]:
    """Cut a file larger than ``split_mb`` into parts, at byte ranges (uncompressed JSONL; a part
    starts at the first line beginning inside it) or row-group boundaries (Parquet). A Parquet
    file whose footer cannot be read stays whole: its reader reports it as one reject."""
    limit = file.source.split_mb * 1_000_000
    if not limit or infer_compression(file.path) is not None or file.kind not in ("jsonl", "parquet"):
        return [file]
    fs, inner = url_to_fs(file.path)
    if file.kind == "jsonl":
        with fs.open(inner, "rb") as handle:
            if handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
                return [file]  # a JSON array is read whole: a part could not start mid-array
        size = fs.size(inner)
        bounds = [*range(0, size, limit), size]
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            with fs.open(inner, "rb") as handle:
                meta = pq.ParquetFile(handle).metadata
        except (pa.ArrowException, OSError, ValueError):
            return [file]
        bounds, total = [0], 0
        for group in range(meta.num_row_groups):
            total += meta.row_group(group).total_byte_size
            if total >= limit and group + 1 < meta.num_row_groups:
                bounds.append(group + 1)
                total = 0
        bounds.append(meta.num_row_groups)
    if len(bounds) <= 2:
        return [file]
    return [
        InputFile(file.source, file.path, file.kind, f"{file.name}@{a}", a, b) for a, b in itertools.pairwise(bounds)
    ]


def _glob(pattern: str, hf: bool) -> list[str]:
    fs, _ = url_to_fs(pattern)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    prefix = "" if protocol in ("file", "local") else f"{protocol}://"
    found = sorted(prefix + p for p in fs.glob(pattern))
    if not hf:
        return [p for p in found if not fs.isdir(p)]
    files: list[str] = []
    for folder in found:
        inner = fs.find(folder) if fs.isdir(folder) else [folder]
        files += sorted(prefix + p for p in inner if hf_kind(p))
    return files


def hf_kind(path: str) -> str:
    """The reader for a file of a Hugging Face folder, or "" for its metadata and other files."""
    name = os.path.basename(path).lower()
    if name in HF_METADATA or name.startswith("dataset_info") or name.startswith("."):
        return ""
    for ext, kind in HF_KINDS:
        if ext in name:
            return kind
    return ""


def open_file(path: str, mode: str = "rb"):
    """Any local or fsspec path, decompressed by its extension."""
    fs, inner = url_to_fs(path)
    return fs.open(inner, mode, compression=infer_compression(path))
