"""Test doubles shared by the stage tests."""

from __future__ import annotations

from datatrove.data import Document

from filters.base import Reject


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
