"""Worker processes end with the process that started them, and Ctrl-C ends the whole run at once.

datatrove's local executor forks a task pool and a ``multiprocess`` manager. If the main process is
killed (``kill -9``, an OOM kill), those children are re-parented to init and wait forever on a
queue nobody serves. On Linux the kernel can signal a child when its parent dies
(``prctl(PR_SET_PDEATHSIG)``); this module asks for that in every process forked while a run
executes, so a killed run leaves nothing behind and can simply be started again (it resumes).

Ctrl-C in a terminal sends SIGINT to every process of the foreground job: the main process, the
manager and each worker. Left to Python, each raises ``KeyboardInterrupt`` wherever it happens to
be: workers print tracebacks, the pool waits forever for a task whose worker died, and an interrupt
that lands in a fork hook or a finalizer is printed as "Exception ignored" and lost, so the run
goes on and exits 0. Here the children forked within ``children_die_with_parent`` ignore SIGINT,
and the main process, within ``interrupt_ends_process``, ends on the first one: one line, every
child killed, exit status 130. That is a ``kill -9`` of the whole tree, which a run survives by
design (rerunning the command resumes it and ends with the same bytes).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator

INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT), as shells report a job ended by it."""

_PR_SET_PDEATHSIG = 1
_active_parent: int | None = None
_cleanups: list[Callable[[], None]] = []


def _before_fork() -> None:
    if _active_parent is not None:  # no SIGINT between the fork and the child's SIG_IGN below
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _after_fork_in_parent() -> None:
    if _active_parent is not None:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _after_fork_in_child() -> None:
    parent = _active_parent
    if parent is None:
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process alone decides what Ctrl-C does
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _cleanups.clear()  # the parent's terminal clean-ups are not this process's to run
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_parent, after_in_child=_after_fork_in_child)


@contextlib.contextmanager
def children_die_with_parent() -> Iterator[None]:
    """Within this block, processes forked by this process get SIGKILL when it dies, and ignore
    SIGINT (Ctrl-C is the main process's to handle).

    Forks made outside the block (a library user's own) are left alone. A child forked by a
    child is tied to that child, so the whole tree goes down in turn."""
    global _active_parent
    previous, _active_parent = _active_parent, os.getpid()
    try:
        yield
    finally:
        _active_parent = previous


@contextlib.contextmanager
def interrupt_ends_process(say: Callable[[], None]) -> Iterator[None]:
    """Within this block (in the main thread), the first Ctrl-C ends the process with status 130.

    In order: the clean-ups registered with ``on_interrupt`` run (a live progress line is taken off
    the terminal), ``say`` prints the one line the user reads, child processes are killed and the
    process exits without unwinding, so no ``KeyboardInterrupt`` can be swallowed on the way out."""

    def stop(signum: int, frame: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C while stopping changes nothing
        try:
            for cleanup in reversed(_cleanups):
                cleanup()
            say()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            try:
                _kill_children()
            finally:
                os._exit(INTERRUPTED)

    if threading.current_thread() is not threading.main_thread():  # only the main thread has signals
        yield
        return
    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def on_interrupt(cleanup: Callable[[], None]) -> Iterator[None]:
    """Run ``cleanup`` before the process ends on Ctrl-C (see ``interrupt_ends_process``)."""
    _cleanups.append(cleanup)
    try:
        yield
    finally:
        _cleanups.remove(cleanup)


def _kill_children() -> None:
    """SIGKILL the task pool's and manager's processes (on Linux their parent-death signal would
    follow anyway; elsewhere this is what ends them)."""
    for name in ("multiprocess", "multiprocessing"):
        module = sys.modules.get(name)
        if module is None:
            continue
        for child in module.active_children():
            with contextlib.suppress(OSError):
                child.kill()
