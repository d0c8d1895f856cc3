"""Work files of global stages: JSON manifests and raw numpy arrays in a stage's ``workdir``.

Global stages (near_dedup, boilerplate_lines) hand data between their runs as files on any fsspec
folder. Every write goes to ``<path>.tmp`` and is renamed when complete, so a task killed mid-write
leaves no file that looks finished, and a rerun of the same command redoes it.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from datatrove.io import DataFolder


def read_json(folder: DataFolder, path: str) -> Any:
    with folder.open(path, "rt") as handle:
        return json.load(handle)


def write_json(folder: DataFolder, path: str, payload: Any) -> None:
    with folder.open(f"{path}.tmp", "wt") as handle:
        json.dump(payload, handle, indent=2)
    folder.mv(f"{path}.tmp", path)


def write_array(folder: DataFolder, path: str, values: np.ndarray) -> None:
    with folder.open(f"{path}.tmp", "wb") as handle:
        handle.write(values.tobytes())
    folder.mv(f"{path}.tmp", path)


def read_array(folder: DataFolder, path: str, dtype: Any, stage: str, count: int | None = None) -> np.ndarray:
    """The array in ``path``; a file of the wrong size (an interrupted task) is one clear error."""
    with folder.open(path, "rb") as handle:
        data = handle.read()
    size = np.dtype(dtype).itemsize
    values = np.frombuffer(data, dtype=dtype) if len(data) % size == 0 else None
    if values is None or (count is not None and values.size != count):
        expected = f"{count} x {size}" if count is not None else f"a multiple of {size}"
        raise RuntimeError(
            f"{stage}: {folder.path}/{path} holds {len(data)} bytes, expected {expected}: "
            "a task was interrupted; rerun the same command"
        )
    return values
