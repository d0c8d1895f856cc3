"""The repository's top-level folders install as one package: ``pipeline/``, ``filters/`` and
``crawlers/`` become ``corpusmill.pipeline`` etc. The package list in pyproject.toml is explicit, so
a subpackage left out of it would ship a silently smaller wheel: this builds the wheel and checks
that it holds every module and data file of the four folders, and nothing at the top level but
``corpusmill``."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FOLDERS = {"corpusmill": "corpusmill", "pipeline": "corpusmill/pipeline", "filters": "corpusmill/filters"}
FOLDERS["crawlers"] = "corpusmill/crawlers"

pytestmark = pytest.mark.slow


def expected_files() -> set[str]:
    """Every file under the four folders that belongs in the wheel, under its installed name."""
    names = set()
    for folder, installed in FOLDERS.items():
        for path in (REPO / folder).rglob("*"):
            relative = path.relative_to(REPO / folder)
            if path.is_dir() or "__pycache__" in relative.parts or path.suffix == ".pyc":
                continue
            if relative.parts[0] in {"build", "dist"} or relative.parts[0].endswith(".egg-info"):
                continue
            if folder == "crawlers" and relative.name == "setup.py":  # scrapyd's egg build, not a module
                continue
            if folder == "corpusmill" and relative.parts[0] in {"pipeline", "filters", "crawlers"}:
                continue
            names.add(f"{installed}/{relative.as_posix()}")
    return names


def test_the_wheel_holds_every_module_of_the_four_folders(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp_path, REPO],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("corpusmill-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = expected_files() - names
    assert not missing, f"not in the wheel: {sorted(missing)[:10]}"
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"corpusmill"}, tops  # no bare pipeline/filters/crawlers module is installed
    for data in ("corpusmill/filters/assets/minhash_code_points.npz", "corpusmill/crawlers/scrapy.cfg"):
        assert data in names


def test_no_bare_top_level_modules_are_importable_outside_the_checkout(tmp_path: Path) -> None:
    code = "import importlib.util as u; print([n for n in ('pipeline', 'filters', 'crawlers') if u.find_spec(n)])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout + result.stderr
