"""Test doubles shared by the stage tests."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl
import yaml
from datatrove.data import Document

from corpusmill.filters.base import Reject


class CollectedRejects:
    """An in-memory rejects sink factory: ``rows`` holds (doc id, stage, Reject)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, Reject]] = []

    def open(self, stage_id: str, rank: int) -> CollectedRejects:
        return self

    def write(self, doc: Document, stage: str, reject: Reject) -> None:
        self.rows.append((doc.id, stage, reject))

    def close(self) -> None:
        pass


CLI = str(Path(sys.executable).parent / "corpusmill")


def corpusmill(*args: object, timeout: int = 600) -> subprocess.CompletedProcess:
    """The real command, as a user runs it."""
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def rows(folder: Path) -> pl.DataFrame:
    """Every Parquet row under ``folder``, in id order (file layout does not matter)."""
    return pl.read_parquet(folder / "**/*.parquet").sort("id")


def demo_config(repo: Path, tmp: Path, name: str, edit: Callable[[dict], None] | None = None, **sections: dict) -> Path:
    """``configs/demo.yaml`` with absolute sample paths and some sections updated, e.g.
    ``executor={"tasks": 3}``, ``output={"shard_tokens": 200_000}``, ``budget={...}``."""
    data = yaml.safe_load((repo / "configs/demo.yaml").read_text())
    for source in data["sources"]:
        source["paths"] = [str((repo / "configs" / p).resolve()) for p in source["paths"]]
    for section, values in sections.items():
        data.setdefault(section, {}).update(values)
    if edit is not None:
        edit(data)
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def kill_mid_run(config: Path, out: Path) -> None:
    """Start ``corpusmill run`` and SIGKILL its whole process group as soon as the first task of
    the first segment has completed (a crash in the middle of a run)."""
    proc = subprocess.Popen([CLI, "run", str(config), "--out", str(out)], start_new_session=True)
    completions = out / "logs/segment0/completions"
    deadline = time.monotonic() + 120
    while not (completions.exists() and any(completions.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def quoted(records: list[dict], instruction: str, input: str | None = None) -> dict:
    """The record with this instruction (and input) in an excerpt of tests/data.

    Excerpts keep a prefix of the upstream file plus the records tests quote from further down, so
    upstream positions do not survive; tests cite them in comments and find records by their text.
    """
    return next(r for r in records if r["instruction"] == instruction and input in (None, r["input"]))


PROGRESS_LINE = re.compile(r"^[a-z][a-z ]*: .* · \d+ s$")


def messages(stderr: str) -> list[str]:
    """The lines of ``stderr`` that are not progress ticks (``run: 1,617 records read · … · 3 s``,
    printed every few seconds when stderr is not a terminal): what a user must read."""
    return [line for line in stderr.strip().splitlines() if not PROGRESS_LINE.match(line)]


def chat_cases(path: Path) -> dict[str, Document]:
    """The real chats of one case file under ``tests/data/sft/cases``, by their own id."""
    from corpusmill.filters.sft.formats import read_documents

    _, _, found = read_documents(path, source="s", file_index=0)
    return {doc.id.split(":")[-1]: doc for doc in found}


def user_turns(doc: Document) -> list[str]:
    """The user turns of a chat record, in order."""
    return [m["content"] for m in doc.metadata["messages"] if m["role"] == "user"]


def alpaca(instruction: str, input: str, output: str) -> Document:
    """An Alpaca record as the SFT reader makes it."""
    from corpusmill.filters.sft.formats import normalise
    from corpusmill.filters.sft.record import make_document

    record = {"instruction": instruction, "input": input, "output": output}
    messages, given, _ = normalise(record, "alpaca", frozenset())
    return make_document(doc_id="t", source="test", order=0, messages=messages, alpaca_input=given)


def chat(*turns: tuple[str, str]) -> Document:
    """A chat record of ``(role, content)`` turns."""
    from corpusmill.filters.sft.record import make_document

    return make_document(doc_id="t", source="test", order=0, messages=[{"role": r, "content": c} for r, c in turns])
