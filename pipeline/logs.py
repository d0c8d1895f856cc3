"""Keep datatrove's per-task logs in files and the terminal for the progress display.

datatrove's ``add_task_logger``/``close_task_logger`` send INFO lines of every task to stderr,
which buries the progress bar and summary. This module replaces them (at import, in every process
that unpickles a corpusmill step) so task logs still go in full to
``logs/<run>/logs/task_*.log`` and only warnings reach the terminal.
"""

from __future__ import annotations

import contextlib
import functools
import sys

import datatrove.executor.base as executor_base
from loguru import _better_exceptions, logger


def TERMINAL_FORMAT(record: dict) -> str:
    """One line per message: a task's traceback belongs in its log file, not on the terminal."""
    return "<level>{level}</level> {message}\n"


FILE_FORMAT = "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} | {name}:{function}:{line} - {message}"


def _task_logger(logging_dir, rank: int, local_rank: int = 0, node_rank: int = -1):
    logger.remove()
    logfile = logging_dir.open(f"logs/task_{rank:05d}.log", "w")
    logger.add(_quiet_sink(logfile), level="DEBUG", format=FILE_FORMAT, colorize=False)
    logger.add(sys.stderr, level="WARNING", format=TERMINAL_FORMAT, filter=_not_a_failure)
    logger.info(f"Launching pipeline for {rank=}")
    return logfile


def _not_a_failure(record: dict) -> bool:
    """A task's failure (logged with its exception) is reported once by the CLI, naming the task
    log that holds the traceback; repeating it here would make two lines of one error."""
    return record["exception"] is None


def _quiet_sink(logfile):
    """A log file that cannot be written (disk full) must not bury the task's own error."""

    def write(message: str) -> None:
        with contextlib.suppress(OSError):
            logfile.write(message)

    return write


def _close_task_logger(logfile) -> None:
    logger.complete()
    quiet_terminal()
    logfile.close()


def quiet_terminal(logfile: str | None = None) -> None:
    """For the CLI process itself: warnings to the terminal, everything to ``logfile``."""
    logger.remove()
    logger.add(sys.stderr, level="WARNING", format=TERMINAL_FORMAT)
    if logfile:
        logger.add(logfile, level="INFO", format=FILE_FORMAT, colorize=False)


executor_base.add_task_logger = _task_logger
executor_base.close_task_logger = _close_task_logger
# loguru builds a traceback formatter for every sink added, and each asks sysconfig for the library
# folders of every install scheme (~3 ms); every task adds three sinks. They do not change in a process.
_formatter = _better_exceptions.ExceptionFormatter
_formatter._get_lib_dirs = staticmethod(functools.cache(_formatter._get_lib_dirs))
