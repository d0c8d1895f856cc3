"""Worker processes end with the process that started them.

datatrove's local executor forks a task pool and a ``multiprocess`` manager. If the main process is
killed (``kill -9``, an OOM kill), those children are re-parented to init and wait forever on a
queue nobody serves. On Linux the kernel can signal a child when its parent dies
(``prctl(PR_SET_PDEATHSIG)``); this module asks for that in every process forked while a run
executes, so a killed run leaves nothing behind and can simply be started again (it resumes).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Iterator

_PR_SET_PDEATHSIG = 1
_active_parent: int | None = None


def _after_fork_in_child() -> None:
    parent = _active_parent
    if parent is None:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


if sys.platform == "linux":
    os.register_at_fork(after_in_child=_after_fork_in_child)


@contextlib.contextmanager
def children_die_with_parent() -> Iterator[None]:
    """Within this block, processes forked by this process get SIGKILL when it dies.

    Forks made outside the block (a library user's own) are left alone. A child forked by a
    child is tied to that child, so the whole tree goes down in turn."""
    global _active_parent
    previous, _active_parent = _active_parent, os.getpid()
    try:
        yield
    finally:
        _active_parent = previous
