"""What makes a folder a corpusmill run folder: the marker a run writes first, the lock, the names
a run writes (all that ``--fresh`` removes) and paths under the folder.

Shared by the runner and by ``select``, which writes a run folder without running a pipeline:
importing the runner for these (datatrove's executors, every source reader) cost ``select``
0.03-0.05 CPU s of a ~1 s command.
"""

from __future__ import annotations

import json

from datatrove.io import DataFolder

RUN_MARKER = "logs/run.json"
"""Every run folder has it from the first second, holding ``MARKER_FORMAT`` and the run's fingerprint."""
MARKER_FORMAT = {"format": "corpusmill-run", "version": 1}
"""What only corpusmill writes into ``RUN_MARKER``: another tool's ``logs/run.json`` does not make a run folder."""
RUN_LOCK = "logs/run.lock"
"""Held (``flock``) by the process running in a local run folder, with its pid; ``--fresh`` keeps it."""
RUN_ENTRIES = (
    "data", "rejects", "edits", "logs", "work", "export", "review",
    "stats.json", "manifest.json", ".manifest.json.tmp", "report.html", "report.json", "report.md", "README.md",
)  # fmt: skip
"""The top-level names a run writes: ``--fresh`` removes these and nothing else, whatever sits beside them."""


def join(out: str, *parts: str) -> str:
    return "/".join([out.rstrip("/"), *parts])


def read_marker(folder: DataFolder) -> dict | None:
    """The run marker's content, or None where the folder is not a corpusmill run folder (no marker,
    or a ``logs/run.json`` that corpusmill did not write)."""
    try:
        with folder.open(RUN_MARKER, "r") as handle:
            marker = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or any(marker.get(k) != v for k, v in MARKER_FORMAT.items()):
        return None
    return marker


def clear_run_folder(folder: DataFolder) -> None:
    """``--fresh``: remove what a run wrote; a file or folder of anyone else's stays where it is.
    The lock stays: this process holds it, and a run started meanwhile must still find it held."""
    for name in RUN_ENTRIES:
        if name == "logs" and folder.exists(RUN_LOCK):
            for entry in folder.ls("logs", detail=False):
                if entry.rstrip("/").rsplit("/", 1)[-1] != RUN_LOCK.rsplit("/", 1)[-1]:
                    folder.rm(entry, recursive=folder.isdir(entry))
        elif folder.isdir(name):
            folder.rm(name, recursive=True)
        elif folder.exists(name):
            folder.rm(name)
