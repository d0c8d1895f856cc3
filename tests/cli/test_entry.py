"""The console script's fast exit still does what a normal exit does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import atexit, sys, threading, time
from pathlib import Path
import corpusmill.cli as cli

out = Path(sys.argv[1])

def app():
    atexit.register(lambda: (out / "atexit").write_text("ran"))
    threading.Thread(target=lambda: (time.sleep(0.3), (out / "thread").write_text("done"))).start()
    sys.stdout.write("buffered output, no newline")
    raise SystemExit({code!r})

cli.app = app
cli.entry()
"""


def run(tmp_path: Path, code: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(code=code), str(tmp_path)], capture_output=True, text=True, timeout=60
    )


def test_exit_code_output_threads_and_exit_handlers(tmp_path: Path) -> None:
    done = run(tmp_path, 3)
    assert done.returncode == 3
    assert done.stdout == "buffered output, no newline"
    assert (tmp_path / "thread").read_text() == "done"
    assert (tmp_path / "atexit").read_text() == "ran"


def test_a_message_exit_is_printed_and_fails(tmp_path: Path) -> None:
    done = run(tmp_path, "cannot go on")
    assert done.returncode == 1
    assert done.stderr.strip() == "cannot go on"
    assert run(tmp_path, None).returncode == 0
