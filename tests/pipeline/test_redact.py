"""Credentials in fsspec URLs never reach the terminal or logs/run.json."""

from __future__ import annotations

import pytest

from corpusmill.pipeline.redact import redact, redact_tree


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("s3://AKIAIOSFODNN7EXAMPLE:wJalr/K7MDENG+bPxRfiCY@bucket/x.jsonl", "s3://***@bucket/x.jsonl"),
        ("https://user:token@host.example/data.parquet", "https://***@host.example/data.parquet"),
        ("https://ghp_abc123@github.com/org/repo", "https://***@github.com/org/repo"),
        ("https://h.example/a?b=1&X-Amz-Signature=abc123&c=2", "https://h.example/a?b=1&X-Amz-Signature=***&c=2"),
        ("az://c/blob?sv=2020&sig=SeCrEt", "az://c/blob?sv=***&sig=***"),
    ],
)
def test_secrets_are_masked(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text", ["/home/ann@work/data.jsonl", "gs://bucket/key@v1/x", "memory://out/run", "mail ann@example.com"]
)
def test_plain_paths_and_text_are_unchanged(text: str) -> None:
    assert redact(text) == text


def test_a_dumped_config_is_redacted_everywhere() -> None:
    config = {
        "sources": [{"paths": ["s3://K:S@b/a.jsonl", "local.jsonl"]}],
        "output": {"dir": "s3://K:S@b/out"},
        "n": 3,
    }
    assert redact_tree(config) == {
        "sources": [{"paths": ["s3://***@b/a.jsonl", "local.jsonl"]}],
        "output": {"dir": "s3://***@b/out"},
        "n": 3,
    }


def test_run_json_holds_no_credentials(tmp_path) -> None:
    import json

    from corpusmill.pipeline.config import RunConfig
    from corpusmill.pipeline.runner import RUN_MARKER, prepare_out

    config = RunConfig.model_validate(
        {"sources": [{"name": "web", "type": "jsonl", "paths": ["s3://AKIAEXAMPLE:sEcReT/kEy@bucket/*.jsonl"]}]}
    )
    out = tmp_path / "run"
    prepare_out(str(out), config, limit=None, fresh=False)
    written = (out / RUN_MARKER).read_text()
    assert "sEcReT" not in written and "AKIAEXAMPLE" not in written
    assert json.loads(written)["config"]["sources"][0]["paths"] == ["s3://***@bucket/*.jsonl"]
