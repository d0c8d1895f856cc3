"""The documentation says what the code does: the stage parameter reference is generated from the
stages' own parameter models and must match them, every parameter has its docstring, the README
stays a short front page, user-facing text names no folder outside the clone, and the MkDocs site
builds without warnings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpusmill.pipeline.params_doc import params_markdown, undocumented

REPO = Path(__file__).resolve().parents[1]


def test_the_stage_parameter_reference_matches_the_code() -> None:
    committed = (REPO / "docs/reference/stage-parameters.md").read_text(encoding="utf-8")
    assert committed == params_markdown(), "run `make docs` to regenerate docs/reference/stage-parameters.md"


def test_every_stage_parameter_has_a_docstring() -> None:
    assert undocumented() == []


def test_the_readme_is_a_front_page_and_names_nothing_outside_the_clone() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    pages = [REPO / "README.md", *(REPO / "benchmarks").rglob("README.md"), *(REPO / "docs").rglob("*.md")]
    assert [p.name for p in pages if "../shared" in p.read_text(encoding="utf-8")] == []
    for target in (REPO / "docs").glob("*.md"):  # every page the README points at exists
        assert target.name in readme or target.name == "index.md" or target.parent.name == "reference"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None, reason="mkdocs missing")
def test_the_site_builds_without_warnings(tmp_path: Path) -> None:
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    result = subprocess.run(
        [mkdocs, "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/index.html").exists() and (tmp_path / "site/stages/index.html").exists()
