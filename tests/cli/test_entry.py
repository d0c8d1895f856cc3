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


def test_ctrl_c_outside_a_run_is_one_line_and_status_130(tmp_path) -> None:
    """A command busy outside a pipeline run (an export, a report) stops on SIGINT with one line and
    130, after its ``finally`` blocks ran; click would otherwise print "Aborted!" and exit 1."""
    import signal
    import subprocess
    import sys
    import time

    marker = tmp_path / "unwound"
    code = (
        "import time, corpusmill.cli as cli\n"
        "def busy():\n"
        "    try:\n"
        "        print('busy', flush=True); time.sleep(60)\n"
        "    finally:\n"
        f"        open({str(marker)!r}, 'w').close()\n"
        "cli.app = busy\n"
        "cli.entry()\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "busy"
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert err.strip().splitlines() == ["corpusmill: interrupted"] and marker.exists()
