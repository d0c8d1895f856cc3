"""``verify``, ``report`` and ``export`` on a run folder at an fsspec URL (``s3://bucket/run``, ...).

They read a finished run folder as local files; on a URL they work on a local copy of it (all but
``work/``, which a finished run has removed or keeps only for debugging), and what they write
(report files, an export and the manifest that records it) is uploaded beside the run's files.
Verifying a copy proves the remote bytes: the copy is what the object store served.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from fsspec.core import url_to_fs

SKIPPED = ("work",)


def is_url(out: str) -> bool:
    return "://" in out


@contextlib.contextmanager
def local_copy(url: str) -> Iterator[Path]:
    """A temporary local copy of the run folder at ``url``; FileNotFoundError when there is none."""
    fs, root = url_to_fs(url)
    root = root.rstrip("/")
    if not fs.isdir(root):
        raise FileNotFoundError(f"{url}: no such folder")
    with tempfile.TemporaryDirectory(prefix="corpusmill-remote-") as tmp:
        local = Path(tmp) / "run"
        local.mkdir()
        for entry in fs.ls(root, detail=False):
            name = entry.rstrip("/").rsplit("/", 1)[-1]
            if name not in SKIPPED:
                fs.get(entry, str(local / name), recursive=True)
        yield local


def upload(local: Path, url: str, names: Sequence[str]) -> list[str]:
    """Copy ``local/<name>`` (a file, or a folder's content) to ``url/<name>``; the URLs written."""
    fs, root = url_to_fs(url)
    written = []
    for name in names:
        source, target = local / name, f"{root.rstrip('/')}/{name}"
        if source.is_dir():  # trailing slashes: the folder's content, not the folder inside target
            fs.put(f"{source}/", f"{target}/", recursive=True)
        else:
            fs.put(str(source), target)
        written.append(f"{url.rstrip('/')}/{name}")
    return written
