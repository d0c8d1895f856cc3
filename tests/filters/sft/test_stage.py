"""The ``sft`` stage (filters/sft/stage.py): order of checks, repairs kept and counted, columns,
``disable``, and its bookkeeping through the ``filters.base.Stage`` contract."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpusmill.filters.base import FIXED, IN, KEPT, REJECTED
from corpusmill.filters.sft.formats import read_documents
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SFT_COLUMNS, SftChecks


class Sink:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []

    def open(self, stage_id, rank):
        return self

    def write(self, doc, stage, reject):
        self.rows.append((doc.id, stage, reject.reason))

    def close(self):
        pass


def run(stage: SftChecks, docs):
    sink = Sink()
    stage.rejects = sink
    kept = list(stage.run(iter(docs)))
    counts = {key: int(metric.total) for key, metric in stage.stats.stats.items()}
    return kept, sink.rows, counts


@pytest.fixture(scope="module")
def alpaca_head(test_data: Path) -> Path:
    """The excerpt of alpaca_data.json: its first 1,000 records plus 17 quoted from further down, among
    them upstream records 29819 (control characters) and 5555 (placeholder output)."""
    return test_data / "sft/alpaca/alpaca_data.json.gz"


def test_alpaca_excerpt(alpaca_head: Path):
    _, _, docs = read_documents(alpaca_head, source="alpaca_head", file_index=0)
    kept, rejected, counts = run(SftChecks(), docs)
    assert counts[IN] == 1017 == counts[KEPT] + len(rejected)
    reasons = Counter(reason for _, _, reason in rejected)
    assert sum(v for k, v in counts.items() if k.startswith(REJECTED)) == len(rejected)
    assert {k.removeprefix(REJECTED): v for k, v in counts.items() if k.startswith(REJECTED)} == dict(reasons)
    assert reasons["sft:placeholder_output"] >= 1 and reasons["sft:unseen_reference"] >= 3
    assert counts[FIXED + "sft:placeholder_input"] >= 10 and counts[FIXED + "sft:control_chars"] == 1
    # the repaired record is kept and says so; every kept record has the stage's columns
    repaired = [d for d in kept if "sft:control_chars" in d.metadata["fixes"]]
    assert len(repaired) == 1 and "\x03" not in repaired[0].text
    assert all(set(SFT_COLUMNS) <= set(d.metadata) for d in kept)
    languages = Counter(d.metadata["language"] for d in kept)
    assert languages["en"] > 0.98 * len(kept) and "zh" not in languages  # a few translations say fr, es
    assert all(d.metadata["token_count"] > 0 for d in kept)


def test_schema_errors_come_first(tmp_path: Path):
    path = tmp_path / "chat.jsonl"
    path.write_text(
        '{"messages": [{"role": "user", "content": "Hi"}, {"role": "bot", "content": "Hello!"}]}\n'
        '{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}\n'
        "not json\n"
    )
    _, _, docs = read_documents(path, source="chat", file_index=0)
    kept, rejected, _ = run(SftChecks(), docs)
    assert [d.metadata["messages"][-1]["content"] for d in kept] == ["Hello!"]
    assert [reason for _, _, reason in rejected] == ["sft:unknown_role", "read:bad_json"]
    assert all(stage == "sft" for _, stage, _ in rejected)


def test_disabled_checks_let_records_through(alpaca_head: Path):
    _, _, docs = read_documents(alpaca_head, source="alpaca_head", file_index=0)
    docs = [d for d in docs if d.metadata["messages"][0]["content"] == "Design a company logo"]
    # alpaca_data.json record 5555: "Design a company logo" → "<nooutput>"
    assert [r for _, _, r in run(SftChecks(), docs)[1]] == ["sft:placeholder_output"]
    off = SftChecks(SftChecksParams(disable=["placeholder_output"]))
    assert [r for _, _, r in run(off, docs)[1]] == ["sft:media_generation"]
    everything_off = SftChecks(SftChecksParams(disable=["placeholder_output", "media_generation"]))
    assert run(everything_off, docs)[1] == []


def test_every_check_has_a_name_users_can_disable():
    from corpusmill.filters.sft.checks import CHECKS
    from corpusmill.filters.sft.fixes import FIXES
    from corpusmill.filters.sft.params import CHECK_NAMES

    assert (*FIXES, *CHECKS, "too_long", "language_mismatch") == CHECK_NAMES
