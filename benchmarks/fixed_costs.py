"""Fixed costs of one command: ``corpusmill run`` of one JSONL record through two cheap stages.

Two measurements, because wall time on a shared machine moves with the load and CPU time much less:

- whole command (``command``): the console script in a fresh process, ``--repeat`` times; wall
  seconds and the process tree's CPU seconds (user + system, children included), with the load
  average before each. Where ``PYTHONDONTWRITEBYTECODE`` is set (as on the shared development
  machine), an editable install compiles every corpusmill module from source in every run, which
  an installed wheel never does (pip compiles it at install): ``--bytecode-cache DIR`` keeps the
  compiled modules in DIR (``PYTHONPYCACHEPREFIX``) after one uncounted warm-up run, as a user's
  install has them. The output says which it measured;
- where the time goes (``phases``): the same run in this process, CPU and wall seconds of its
  parts (imports, config, plan and tokenizer, each chained executor run, summary, report), taken
  by wrapping the functions that do them.

    .venv/bin/python benchmarks/fixed_costs.py command --repeat 5
    .venv/bin/python benchmarks/fixed_costs.py command --repeat 5 --bytecode-cache /tmp/corpusmill-pyc
    .venv/bin/python benchmarks/fixed_costs.py phases
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RECORD = {"id": "a", "text": "The quick brown fox jumps over the lazy dog. It was a sunny day and all were glad of it."}
CONFIG = """sources:
  - name: one
    type: jsonl
    paths: [{path}]
stages:
  - length: {{min_chars: 20}}
  - exact_dedup: {{}}
"""
CORPUSMILL = Path(sys.executable).parent / "corpusmill"


def write_config(folder: Path) -> Path:
    data = folder / "one.jsonl"
    data.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    config = folder / "one.yaml"
    config.write_text(CONFIG.format(path=data), encoding="utf-8")
    return config


def bytecode_env(cache: str | None) -> tuple[dict[str, str], str]:
    """The children's environment, and in words how they get their compiled modules."""
    env = dict(os.environ)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
        return env, f"bytecode: cached in {cache} (after a warm-up run)"
    if env.get("PYTHONDONTWRITEBYTECODE"):
        return env, "bytecode: corpusmill's modules compiled from source in every run (PYTHONDONTWRITEBYTECODE)"
    return env, "bytecode: __pycache__ folders"


def command(repeat: int, bytecode_cache: str | None = None) -> None:
    """Whole commands in fresh processes: wall and CPU seconds (this process's children)."""
    env, bytecode = bytecode_env(bytecode_cache)
    print(bytecode)
    with tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp))
        walls, cpus = [], []
        run = [str(CORPUSMILL), "run", str(config), "--out"]
        if bytecode_cache is not None:
            subprocess.run([*run, f"{tmp}/warm-up"], check=True, capture_output=True, env=env)
        for i in range(repeat):
            load = os.getloadavg()[0]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([*run, f"{tmp}/out{i}"], check=True, capture_output=True, env=env)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            walls.append(wall)
            cpus.append(cpu)
            print(f"run {i + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU (load {load:.1f})")
        print(
            f"wall: best {min(walls):.2f} s, median {statistics.median(walls):.2f} s; "
            f"CPU: best {min(cpus):.2f} s, median {statistics.median(cpus):.2f} s"
        )


class Clock:
    """CPU and wall seconds spent inside wrapped functions, by name (outermost call only)."""

    def __init__(self) -> None:
        self.spent: list[tuple[str, float, float]] = []
        self.depth = 0

    def wrap(self, owner: object, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def timed(*args, **kwargs):
            cpu, wall = time.process_time(), time.perf_counter()
            self.depth += 1
            try:
                return inner(*args, **kwargs)
            finally:
                self.depth -= 1
                self.spent.append((label, time.process_time() - cpu, time.perf_counter() - wall))

        setattr(owner, name, timed)


def phases() -> None:
    """One run in this process, its parts timed (the process forks no pool for one task)."""
    cpu, wall = time.process_time(), time.perf_counter()
    import corpusmill.cli as cli
    import corpusmill.cli.run as run_command
    import corpusmill.io.arrow_without_pandas as arrow_without_pandas
    import corpusmill.pipeline.runner as runner
    import corpusmill.text.tokenizer as tokenizer
    from corpusmill.pipeline.local_executor import LocalExecutor

    imports = (time.process_time() - cpu, time.perf_counter() - wall)
    clock = Clock()
    clock.wrap(run_command, "load", "config (stage modules imported on first use)")
    clock.wrap(arrow_without_pandas, "settle", "pyarrow settled on no pandas")
    clock.wrap(tokenizer, "_cached_tekken", "  tokenizer: vocabulary from the user cache")
    clock.wrap(tokenizer, "_tekken", "  tokenizer: tiktoken's encoder built")
    clock.wrap(runner, "plan_run", "plan (with the tokenizer)")
    clock.wrap(runner, "prepare_out", "run folder marker")
    clock.wrap(runner, "build_executors", "executors built")
    clock.wrap(runner, "share_first_arrow_conversion", "first Arrow conversion")
    clock.wrap(run_command, "print_summary", "summary")
    clock.wrap(run_command, "write_report", "report")
    runs = iter(())
    original = LocalExecutor.run

    def run(self):
        label = f"executor run {next(runs)}"
        started = (time.process_time(), time.perf_counter())
        try:
            return original(self)
        finally:
            clock.spent.append((label, time.process_time() - started[0], time.perf_counter() - started[1]))

    LocalExecutor.run = run
    original_plan = runner.plan_run

    def plan(*args, **kwargs):
        nonlocal runs
        result = original_plan(*args, **kwargs)
        runs = iter([r.name for r in result.runs])
        return result

    runner.plan_run = plan
    with tempfile.TemporaryDirectory() as tmp:
        config = write_config(Path(tmp))
        sys.argv = ["corpusmill", "run", str(config), "--out", f"{tmp}/out"]
        with contextlib.suppress(SystemExit):
            cli.app()
    total = (time.process_time() - cpu, time.perf_counter() - wall)
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'part':<48} {'CPU s':>7} {'wall s':>7}")
    print(f"{'imports (cli, runner, datatrove executor)':<48} {imports[0]:7.3f} {imports[1]:7.3f}")
    for label, c, w in clock.spent:
        print(f"{label:<48} {c:7.3f} {w:7.3f}")
    print(f"{'whole (in this process, without interpreter start)':<48} {total[0]:7.3f} {total[1]:7.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("job", choices=["command", "phases"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bytecode-cache", metavar="DIR", help="command: compiled modules kept in DIR (see above)")
    args = parser.parse_args()
    command(args.repeat, args.bytecode_cache) if args.job == "command" else phases()


if __name__ == "__main__":
    main()
