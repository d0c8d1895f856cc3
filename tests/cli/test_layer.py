"""One CLI layer: every command sits in ``corpusmill/cli/``, prints through the one console pair and
fails through ``fail``; library code knows nothing of the terminal's exit codes."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest
import typer

import corpusmill.cli as cli

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / folder for folder in ("corpusmill", "pipeline", "filters", "crawlers")]
CLI = REPO / "corpusmill" / "cli"


def python_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py") if "build" not in p.parts)


def calls(path: Path) -> set[str]:
    """Dotted names called or raised in ``path`` (``Console``, ``typer.Exit``, ...)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            names.add(ast.unparse(node.func))
        elif isinstance(node, ast.Raise) and node.exc is not None:
            names.add(ast.unparse(node.exc.func if isinstance(node.exc, ast.Call) else node.exc))
    return names


def test_one_console_pair() -> None:
    makers = {p.relative_to(REPO).as_posix() for p in python_files() if {"Console", "rich.console.Console"} & calls(p)}
    assert makers == {"corpusmill/cli/__init__.py"}


def test_only_the_cli_package_exits_or_imports_typer() -> None:
    outside = []
    for path in python_files():
        if CLI in path.parents:
            continue
        text = path.read_text(encoding="utf-8")
        if "typer" in text and ("import typer" in text or "from typer" in text):
            outside.append(path.relative_to(REPO).as_posix())
    assert outside == []  # library code raises its own errors; commands turn them into fail(...)


def test_every_command_is_a_module_of_the_package() -> None:
    for name, help_text in cli.COMMANDS.items():
        assert help_text and "\n" not in help_text
        assert isinstance(importlib.import_module(f"corpusmill.cli.{name}").app, typer.Typer)
    modules = {p.stem for p in CLI.glob("*.py")} - {"__init__"}
    assert modules == set(cli.COMMANDS)  # no module without a command, no command elsewhere


def test_fail_prints_one_masked_line_per_problem(capsys: pytest.CaptureFixture[str]) -> None:
    exit_ = cli.fail("s3://KEY:SECRET@bucket/run: no access\nsecond [bold]problem[/bold]", 2)
    assert isinstance(exit_, typer.Exit) and exit_.exit_code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert lines == ["corpusmill: s3://***@bucket/run: no access", "corpusmill: second [bold]problem[/bold]"]


def test_help_imports_no_command_module() -> None:
    code = (
        "import sys\n"
        "from corpusmill.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('corpusmill.cli.', 'corpusmill.pipeline', 'datatrove'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    listed, loaded = result.stdout.rsplit("\n", 2)[-2], result.stdout
    assert listed == "[]", listed
    for name in cli.COMMANDS:
        assert f" {name} " in loaded  # every command is listed with its line of help
