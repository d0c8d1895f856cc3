"""What every cluster test compares against: the same config run by the local executor."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
import yaml

from tests.helpers import corpusmill, demo_config, rows

DEMO_TASKS = 3


def demo(repo: Path, tmp: Path, name: str, **executor: object) -> Path:
    """``configs/demo.yaml`` in three tasks: every source, every stage, both global dedup stages."""
    return demo_config(repo, tmp, name, output={"shard_tokens": 200_000}, executor={"tasks": DEMO_TASKS, **executor})


@pytest.fixture(scope="session")
def local_demo(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("local-demo")
    out = tmp / "out"
    result = corpusmill("run", demo(repo, tmp, "local", workers=2), "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def shard_digests(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("data/**/*"))}


def assert_same_output(out: Path, local: Path, inputs: str | None = None) -> None:
    """Byte for byte: the manifest (it holds no timestamps), every shard, and the rejects' rows.
    ``inputs``: where ``out`` read the files ``local`` read from ``pipeline/samples/`` (a reject's
    detail names the file it came from)."""
    manifest = (out / "manifest.json").read_bytes()
    assert manifest == (local / "manifest.json").read_bytes()
    assert not {"created", "timestamp", "time"} & set(json.loads(manifest))
    assert shard_digests(out) == shard_digests(local) != {}
    rejects = rows(out / "rejects")
    if inputs is not None:
        samples = str(Path(__file__).resolve().parents[2] / "pipeline" / "samples")
        rejects = rejects.with_columns(pl.col("detail").str.replace_all(inputs, samples, literal=True))
    assert rejects.equals(rows(local / "rejects"))


@pytest.fixture(scope="session")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """An S3 API on loopback (``tests/cluster/s3.py``)."""
    from tests.cluster.s3 import missing, s3_server

    if (reason := missing()) is not None:
        pytest.skip(reason)
    with s3_server(tmp_path_factory.mktemp("s3") / "moto.log") as server:
        yield server


def s3_demo(repo: Path, tmp: Path, s3, bucket: str, **executor: object) -> Path:
    """The demo config with every input file uploaded to ``s3://BUCKET/samples/`` and read from there."""
    fs = s3.fs()
    fs.mkdir(bucket)
    config = demo(repo, tmp, "s3", **executor)
    data = yaml.safe_load(config.read_text())
    for source in data["sources"]:
        urls = []
        for path in source["paths"]:
            url = f"s3://{bucket}/samples/{Path(path).name}"
            fs.put(path, url)
            urls.append(url)
        source["paths"] = urls
    config.write_text(yaml.safe_dump(data))
    return config
