"""A real run folder to review: ``corpusmill run`` over the small generated corpus plus two dozen
one-word records, which its length floor rejects, and a record whose text tries to inject HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.pipeline.small_run import WORDS, corpus, run

HOSTILE = "<script>alert('x')</script> <b>bold</b> " * 3


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = corpus(tmp_path_factory.mktemp("review"))
    with (tmp / "web.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "hostile", "text": HOSTILE}) + "\n")
        handle.write(json.dumps({"id": "tiny-hostile", "text": "<i>x</i>"}) + "\n")
        for i, word in enumerate(WORDS * 2):  # short records: enough rejects for a queue of judgements
            handle.write(json.dumps({"id": f"tiny-{i}", "text": word}, ensure_ascii=False) + "\n")
    return run(tmp, "out")
