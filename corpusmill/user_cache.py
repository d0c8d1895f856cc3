"""Where corpusmill keeps what it derives from files already on disk (hashed blocklists, tokenizer
vocabularies in a fast-loading form): ``$XDG_CACHE_HOME/corpusmill``, by default
``~/.cache/corpusmill``. Entries are named by what they were made from, so a stale one is never
read; an unwritable folder only means the work is done again next time."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corpusmill"
