"""Shared fixtures. Tests need nothing outside the clone: real data comes from tests/data/."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TEST_DATA = REPO / "tests" / "data"


@pytest.fixture(scope="session")
def test_data() -> Path:
    """The in-repo mirror of the public data set: small excerpts of its files under the same relative
    paths (``langid/en.txt``, ``sft/alpaca/alpaca_data.json.gz``, ...), with provenance, licence and
    trimming in tests/data/README.md. Benchmarks read the full set; tests read only this."""
    return TEST_DATA


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
