"""What the runner does once in the parent so that forked task workers need not."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import os, sys
from corpusmill.pipeline.runner import share_first_arrow_conversion
{prepare}
read, write = os.pipe()
if os.fork() == 0:  # a task worker: what does its first conversion import?
    before = set(sys.modules)
    import pyarrow as pa
    pa.array(["text"], pa.string())
    os.write(write, ",".join(sorted(set(sys.modules) - before)).encode())
    os._exit(0)
os.close(write)
os.wait()
print(os.read(read, 1 << 16).decode())
"""


def imported_by_worker(prepare: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(prepare=prepare)], capture_output=True, text=True, check=True
    ).stdout.strip()
    return set(out.split(",")) - {""}


def test_forked_workers_inherit_what_arrow_imports_on_first_use() -> None:
    assert "pandas" in imported_by_worker(""), "pyarrow no longer imports pandas: the warm-up can go"
    assert imported_by_worker("share_first_arrow_conversion()") == set()
