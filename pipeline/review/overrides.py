"""What a run does with review judgements: ``overrides: {labels: [OUT/review/labels.parquet, ...]}``.

A record a person judged wrongly rejected (label ``wrong`` on a reject) is kept by the stage that
rejected it for that reason, counted as ``fixed:review:kept``; a kept record judged junk (label
``wrong`` on a kept record) is rejected right after reading as ``review:rejected``, with the
person's note as detail. Only each record's last judgement counts. Records are matched by id, so
the labels apply to a rerun over the same inputs; the labels' content is part of the run's
fingerprint, so a resumed run never mixes decisions made with different labels.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from datatrove.data import Document

from corpusmill.filters.base import Reject, Stage, Verdict
from corpusmill.pipeline.review.labels import read_labels


@dataclass(frozen=True)
class Overrides:
    keep: dict[str, frozenset[str]] = field(default_factory=dict)
    """Reject reason -> ids of records that reason must not remove."""
    reject: dict[str, str] = field(default_factory=dict)
    """Id -> note, for kept records judged junk."""

    @classmethod
    def load(cls, paths: list[str]) -> Overrides:
        latest: dict[str, dict[str, str | None]] = {}
        for path in paths:
            for row in read_labels(Path(path)):
                latest[str(row["id"])] = row
        keep: dict[str, set[str]] = {}
        reject: dict[str, str] = {}
        for record_id, row in latest.items():
            if row["label"] != "wrong":
                continue
            if row["reason"] is None:
                reject[record_id] = str(row.get("note") or "")
            else:
                keep.setdefault(str(row["reason"]), set()).add(record_id)
        return cls({reason: frozenset(ids) for reason, ids in keep.items()}, reject)


def labels_digest(paths: list[str]) -> str:
    """The labels' content, for the run's fingerprint (a path alone would hide an edited file)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:16]


class ReviewRejects(Stage):
    """Stage ``review``, right after reading: kept records a person judged junk go to rejects."""

    name = "review"

    def __init__(self, reject: dict[str, str]) -> None:
        super().__init__()
        self.junk = reject

    def process(self, doc: Document) -> Verdict:
        note = self.junk.get(str(doc.id))
        if note is None:
            return None
        return Reject("review:rejected", note or "judged junk in review")
