"""Fixtures for crawler tests: a private copy of the test site, served on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.crawlers.harness import SITE
from tests.crawlers.siteserver import SiteServer


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy, so a test may change pages without touching the fixture."""
    return Path(shutil.copytree(SITE, tmp_path / "site"))


@pytest.fixture
def server(site: Path) -> Iterator[SiteServer]:
    with SiteServer(site) as running:
        yield running
