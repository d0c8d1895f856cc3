"""The one fastText model loader (language identification and the quality classifier).

fastText is imported on first use, so a run whose stages need no model never pays for it; each
model file is loaded once per process (stages keep only its path, so they pickle cheaply to
workers), with fastText's load-time warning about the deprecated ``load_model`` API silenced.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def load_model(path: str) -> Any:
    import fasttext

    fasttext.FastText.eprint = lambda *_args, **_kwargs: None
    return fasttext.load_model(path)
