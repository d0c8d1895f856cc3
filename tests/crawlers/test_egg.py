"""The scrapyd egg (``crawlers/setup.py``, what ``scrapyd-deploy`` builds) holds everything the
crawler imports: its pipelines import the extractor from ``corpusmill.filters``, so an egg of the
crawlers alone would fail on import once deployed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_the_egg_imports_the_crawler_pipelines_from_itself(tmp_path: Path) -> None:
    for folder in ("corpusmill", "pipeline", "filters", "crawlers"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "build"))
    build = subprocess.run(
        [sys.executable, "setup.py", "-q", "bdist_egg", "--dist-dir", tmp_path / "dist"],
        cwd=tmp_path / "crawlers",
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr
    (egg,) = (tmp_path / "dist").glob("corpusmill_crawlers-*.egg")
    code = (
        f"import sys; sys.path.insert(0, {str(egg)!r}); import corpusmill.crawlers.pipelines as p, "
        "corpusmill.filters.extract as e, corpusmill.crawlers.settings; "
        f"assert p.__file__.startswith({str(egg)!r}) and e.__file__.startswith({str(egg)!r}), (p.__file__, e.__file__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
