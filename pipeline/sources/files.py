"""Which files a run reads: globs resolved in config order, Hugging Face folders filtered to their
data files, and large files cut into parts that different tasks read.

Globs follow the shell where a user expects it: ``*`` and ``**`` do not match names starting with
``.`` unless the pattern spells the dot; an existing file is read by its name even when that name
holds ``[``, ``*`` or ``?``; a pattern naming a folder, or matching nothing, is an error that says
what to write instead. A matched path that is not a regular file (a dangling symlink, a FIFO, a
socket or device) is never opened (a FIFO would block the run forever): it becomes one
``read:not_a_file`` reject naming it, and the run goes on."""

from __future__ import annotations

import itertools
import os
import stat
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from fsspec.core import url_to_fs

from corpusmill.io.decompress import compression_of
from corpusmill.io.json_stream import BOM, is_array_stream
from corpusmill.io.text_encoding import DETECT_BYTES, sniff
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
    problem: str | None = None  # why the path cannot be read as a file (it is then never opened)
    codec: str | None = None  # text files: the encoding they are read in (``text_encoding.sniff``), set on reading

    @property
    def label(self) -> str:
        return self.path if self.end is None else f"{self.path}@{self.start}"


def expand_sources(sources: list[SourceConfig]) -> list[InputFile]:
    """Resolve globs (local or fsspec URLs) in config order; a pattern matching nothing is an error."""
    files: list[InputFile] = []
    for i, source in enumerate(sources):
        paths = source_paths(source, i)
        root = os.path.commonpath(paths) if len(paths) > 1 else os.path.dirname(paths[0])
        for path in paths:
            kind = hf_kind(path) if source.type == "hf" else source.type
            file = InputFile(source, path, kind, os.path.relpath(path, root), problem=_not_a_file(path))
            files += [file] if file.problem else split(file)
    return files


def source_paths(source: SourceConfig, index: int) -> list[str]:
    """The files a source's patterns match, in config order, each once."""
    paths: list[str] = []
    seen: set[str] = set()
    for j, pattern in enumerate(source.paths):
        matched = _glob(pattern, hf=source.type == "hf")
        if not matched:
            raise ConfigError(f"sources[{index}].paths[{j}]: {_no_match(pattern, hf=source.type == 'hf')}")
        paths += [p for p in matched if p not in seen]
        seen.update(matched)
    return paths


def _no_match(pattern: str, hf: bool) -> str:
    """Why nothing matches, with what to write instead when the reason is a usual one."""
    fs, inner = url_to_fs(pattern)
    if "://" not in pattern and os.path.islink(pattern):
        return f"{pattern!r} is a symbolic link to {os.readlink(pattern)!r}, which does not exist"
    if not hf and fs.isdir(inner):
        return f"{pattern!r} is a folder; name its files, e.g. '{pattern.rstrip('/')}/**/*.jsonl'"
    hidden = [p for p in fs.glob(inner) if not fs.isdir(p)]
    if hidden:
        return f"no input file matches {pattern!r} (only hidden files, e.g. {hidden[0]!r}; spell the dot to read them)"
    if any(c in pattern for c in "[]"):
        return f"no input file matches {pattern!r} ('[...]' matches one of the characters inside; write '[[]' for '[')"
    return f"no input file matches {pattern!r}"


def _not_a_file(path: str) -> str | None:
    """Why a local path is not a readable regular file, or None (remote paths are files)."""
    if "://" in path:
        return None
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return f"{path}: a symbolic link to {os.readlink(path)!r}, which does not exist"
    except OSError as err:
        return f"{path}: {err.strerror}"
    if stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device or special file"
    return f"{path}: {kind}, not a regular file; not read"


def split(file: InputFile) -> list[InputFile]:
    """Cut a file larger than ``split_mb`` into parts, at byte ranges (uncompressed JSONL; a part
    starts at the first line beginning inside it) or row-group boundaries (Parquet). A Parquet
    file whose footer cannot be read stays whole: its reader reports it as one reject."""
    limit = file.source.split_mb * 1_000_000
    if not limit or file.kind not in ("jsonl", "parquet") or compression_of(file.path) is not None:
        return [file]
    fs, inner = url_to_fs(file.path)
    if file.kind == "jsonl":
        with fs.open(inner, "rb") as handle:
            head = handle.read(DETECT_BYTES)
        if is_array_stream(head.removeprefix(BOM)) or sniff(head, file.source.encoding)[0] != "utf-8":
            return [file]  # arrays are read whole (a part could not start mid-array), other encodings too
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
    _, inner = url_to_fs(pattern)
    if fs.isfile(inner):  # an existing file, whatever characters its name holds
        found = [prefix + inner]
    else:
        found = sorted(prefix + p for p in fs.glob(inner) if not _hidden(p, inner))
    if not hf:
        return [p for p in found if not fs.isdir(p)]
    files: list[str] = []
    for folder in found:
        inner = fs.find(folder) if fs.isdir(folder) else [folder]
        files += sorted(prefix + p for p in inner if hf_kind(p))
    return files


def static_prefix(pattern: str) -> str:
    """The part of a path pattern before its first glob character (the folder it reads from)."""
    cut = min((i for i, c in enumerate(pattern) if c in "*?["), default=len(pattern))
    return os.path.dirname(pattern[:cut]) if cut < len(pattern) else pattern


def _hidden(path: str, pattern: str) -> bool:
    """A name starting with ``.`` that a wildcard matched, as the shell never does: ``*.jsonl``
    skips ``.notes.jsonl``, ``.*.jsonl`` or ``.cache/*.jsonl`` name the dot and read it."""
    base = static_prefix(pattern).rstrip("/")
    if not path.startswith(base):
        return False
    spelled = [part for part in pattern[len(base) :].split("/") if part.startswith(".")]
    below = path[len(base) :].strip("/").split("/")
    return any(part.startswith(".") and not any(fnmatchcase(part, s) for s in spelled) for part in below)


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
    return fs.open(inner, mode, compression=compression_of(path))


def check_inputs_outside(sources: list[SourceConfig], out: str, entries: dict[str, bool]) -> None:
    """Refuse a run folder that holds the input or that an input pattern reaches: a run would read
    its own shards, ``work/`` and ``rejects/`` as input the next time, and ``--fresh`` would delete
    input. Three checks: the folder a pattern reads from is the run folder or inside it; the
    pattern can match what a run writes (``entries``: each top-level name a run writes and whether
    it is a folder; ``**`` can match anything); a file the patterns match now (through a symlink,
    say) lies in the run folder. Remote URLs get the first two."""
    remote = "://" in out
    target = Path(out.rstrip("/")) if remote else Path(out).resolve()
    for i, source in enumerate(sources):
        for j, pattern in enumerate(source.paths):
            if ("://" in pattern) != remote:
                continue
            static = static_prefix(pattern)
            base = Path(static) if remote else Path(static).resolve()
            if base == target or target in base.parents:
                raise ConfigError(
                    f"sources[{i}].paths[{j}]: the run folder {out} is or contains this input; choose another --out"
                )
            below = target.relative_to(base).parts if base in target.parents else None
            if below is not None and _reaches(_parts_after(pattern, static), below, entries, source.type == "hf"):
                raise ConfigError(
                    f"sources[{i}].paths[{j}]: {pattern!r} also matches what a run writes into {out}; "
                    "choose an --out this pattern does not reach"
                )
        if remote:
            continue
        for path in source_paths(source, i):
            resolved = Path(path).resolve()
            if resolved == target or target in resolved.parents:
                raise ConfigError(f"sources[{i}].paths: {path} is inside the run folder {out}; choose another --out")


def _parts_after(pattern: str, static: str) -> list[str]:
    return [part for part in pattern[len(static) :].split("/") if part]


def _reaches(parts: list[str], below: tuple[str, ...], entries: dict[str, bool], hf: bool) -> bool:
    """Whether the pattern's ``parts`` can match a file a run writes, the run folder lying
    ``below`` the pattern's static folder (component by component; ``**`` stands for any number).
    An ``hf`` pattern that matches a folder reads every file in it."""
    if not parts:
        return hf
    if parts[0] == "**":
        return True
    if not below:  # the pattern goes on inside the run folder: does it name what a run writes?
        return any(fnmatchcase(name, parts[0]) and (folder or len(parts) == 1) for name, folder in entries.items())
    return fnmatchcase(below[0], parts[0]) and _reaches(parts[1:], below[1:], entries, hf)
