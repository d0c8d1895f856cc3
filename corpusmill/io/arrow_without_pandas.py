"""pyarrow without pandas, in processes that are corpusmill's alone.

The first time a process converts Python values to Arrow (``pa.array``, ``Table.from_pylist``,
reading Parquet), pyarrow imports pandas (~0.25 s of CPU, ~400 modules) only to ask of each value
whether it is a pandas object. corpusmill never hands pyarrow a pandas object, so in a process that
runs nothing but corpusmill's code (the console script running only built-in stages, and the task
workers it forks), ``settle`` makes pyarrow's one attempt to import pandas fail: pyarrow then
treats values as plain Python objects, as it does where pandas is not installed. An explicit
pandas call (``Table.to_pandas``, ``Table.from_pandas``) still imports pandas, because pyarrow
tries again there.

Where other code runs, pyarrow keeps its own ways: a run with a user's stage (``module:Class``),
which may hand pyarrow a pandas Series, and a library caller's process (``corpusmill.run``).
"""

from __future__ import annotations

import sys


class _NoPandas:
    """An import hook under which ``import pandas`` fails as if pandas were not installed."""

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "pandas":
            raise ModuleNotFoundError("pandas is not imported by corpusmill's processes", name=name)


def settle() -> None:
    """Let pyarrow decide, now, that pandas is not there; nothing when pandas is already imported
    (pyarrow may have decided otherwise, and then there is nothing left to save)."""
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    hook = _NoPandas()
    sys.meta_path.insert(0, hook)
    try:
        pa.array([0])  # pyarrow's first conversion: its only implicit attempt to import pandas
    finally:
        sys.meta_path.remove(hook)
