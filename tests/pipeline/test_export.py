"""``corpusmill export``: Megatron indexed datasets read back with a reader written from the format's
description, JSONL, the manifest record and ``verify`` on a tampered export."""

from __future__ import annotations

import io
import json
import shutil
import struct
from pathlib import Path

import numpy as np
import pytest

from corpusmill.pipeline.export import megatron
from corpusmill.pipeline.export.megatron import IndexedDatasetWriter
from tests.helpers import corpusmill
from tests.pipeline.small_run import corpus, run, small_hf_tokenizer

pytestmark = pytest.mark.slow


def read_megatron(prefix: Path) -> list[np.ndarray]:
    """Megatron-LM ``MMIDIDX`` v1, from its description: 9-byte magic, <Q version, <B dtype code,
    <Q sequences, <Q documents, int32 lengths, int64 byte pointers, int64 document indices."""
    idx = (prefix.parent / f"{prefix.name}.idx").read_bytes()
    assert idx[:9] == b"MMIDIDX\x00\x00"
    version, code, sequences, documents = struct.unpack_from("<QBQQ", idx, 9)
    assert version == 1
    dtype = {8: np.uint16, 4: np.int32}[code]
    at = 9 + 25
    lengths = np.frombuffer(idx, dtype="<i4", count=sequences, offset=at)
    pointers = np.frombuffer(idx, dtype="<i8", count=sequences, offset=at + 4 * sequences)
    doc_index = np.frombuffer(idx, dtype="<i8", count=documents, offset=at + 12 * sequences)
    assert len(idx) == at + 12 * sequences + 8 * documents
    assert doc_index.tolist() == list(range(sequences + 1))  # one document per sequence
    data = np.fromfile(prefix.parent / f"{prefix.name}.bin", dtype=dtype)
    assert data.size == lengths.sum()
    item = np.dtype(dtype).itemsize
    return [data[p // item : p // item + n] for p, n in zip(pointers, lengths, strict=True)]


@pytest.fixture(scope="module")
def tekken_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = corpus(tmp_path_factory.mktemp("tekken"))
    return run(tmp, "out", "tekken")


def test_megatron_ids_match_the_tokenizer_and_the_manifest(tekken_run: Path) -> None:
    import pyarrow.parquet as pq
    from mistral_common.tokens.tokenizers.tekken import Tekkenizer

    from corpusmill.text.tokenizer import _mistral_data

    result = corpusmill("export", tekken_run, "--format", "megatron", "--eod", "eos")
    assert result.returncode == 0, result.stderr
    assert "export megatron: books:" in result.stderr  # progress and one line per part, not a terminal
    manifest = json.loads((tekken_run / "manifest.json").read_text())
    entry = manifest["exports"]["export/megatron"]
    assert entry["dtype"] == "int32" and entry["eod"] == 2  # tekken: 131,072 ids; </s> is 2
    reference = Tekkenizer.from_file(str(_mistral_data("tekken_240911.json")))
    for part in entry["parts"]:
        group = manifest["groups"][part["group"]]
        assert part["text_tokens"] == group["tokens"] and part["documents"] == group["records"]
        assert part["tokens"] == group["tokens"] + group["records"]
        documents = read_megatron(tekken_run / "export/megatron" / part["name"])
        shards = [s for s in manifest["shards"] if s["group"] == part["group"]]
        texts = [t for s in shards for t in pq.read_table(tekken_run / s["path"])["text"].to_pylist()]
        assert len(documents) == len(texts)
        for ids, text in list(zip(documents, texts, strict=True))[:: max(1, len(texts) // 5)]:
            assert ids.tolist() == [*reference.encode(text, bos=False, eos=False), reference.eos_id]
    assert corpusmill("verify", tekken_run).returncode == 0


def test_verify_catches_a_tampered_export(tekken_run: Path, tmp_path: Path) -> None:
    assert corpusmill("export", tekken_run, "--format", "megatron").returncode == 0
    for suffix, label in ((".bin", "sha256 differs"), (".idx", "sha256 differs")):
        copy = tmp_path / suffix.strip(".")
        shutil.copytree(tekken_run, copy)
        path = next((copy / "export/megatron").glob(f"*{suffix}"))
        payload = bytearray(path.read_bytes())
        payload[-3] ^= 0x01
        path.write_bytes(bytes(payload))
        result = corpusmill("verify", copy)
        assert result.returncode == 1 and label in result.stdout and path.name in result.stdout
    missing = tmp_path / "missing"
    shutil.copytree(tekken_run, missing)
    next((missing / "export/megatron").glob("*.bin")).unlink()
    result = corpusmill("verify", missing)
    assert result.returncode == 1 and "missing" in result.stdout


def test_uint16_for_small_vocabularies_and_one_file_per_shard(tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    tokenizer_path = small_hf_tokenizer(corpus(tmp_path))
    out = run(tmp_path, "hf", str(tokenizer_path))
    result = corpusmill("export", out, "--format", "megatron", "--per-shard", "--eod", "</s>", "--to", tmp_path / "m")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    entry = manifest["exports"][str(tmp_path / "m")]
    assert entry["dtype"] == "uint16" and len(entry["parts"]) == len(manifest["shards"]) > 2
    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    eod = tokenizer.token_to_id("</s>")
    import pyarrow.parquet as pq

    for part, shard in zip(entry["parts"], manifest["shards"], strict=True):
        documents = read_megatron(tmp_path / "m" / part["name"])
        texts = pq.read_table(out / shard["path"])["text"].to_pylist()
        assert [d.tolist() for d in documents] == [[*tokenizer.encode(t).ids, eod] for t in texts]
    assert corpusmill("verify", out).returncode == 0


def test_jsonl_export_holds_the_kept_records(tekken_run: Path) -> None:
    import polars as pl

    assert corpusmill("export", tekken_run, "--format", "jsonl").returncode == 0
    exported = pl.concat([pl.read_ndjson(p) for p in sorted((tekken_run / "export/jsonl").glob("*.jsonl"))])
    kept = pl.read_parquet(tekken_run / "data/**/*.parquet").select("id", "text")
    assert exported.sort("id").equals(kept.sort("id"))
    assert corpusmill("verify", tekken_run).returncode == 0


def test_writer_bytes_equal_datatrove_and_stay_chunked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datatrove.pipeline.tokens.megatron_tokenizer import MegatronTokenizedFile

    monkeypatch.setattr(megatron, "CHUNK", 3)  # many chunks over 10 documents
    rng = np.random.default_rng(1)
    documents = [rng.integers(0, 60_000, size=int(rng.integers(0, 9))).tolist() for _ in range(10)]
    for vocab, size in ((50_000, 2), (131_072, 4)):
        ours = IndexedDatasetWriter(tmp_path / f"ours{size}", vocab)
        ours.write(documents[:4])
        ours.write(documents[4:])
        ours.close()
        theirs = MegatronTokenizedFile(str(tmp_path), f"dt{size}", token_size=size)
        for ids in documents:
            theirs.write(ids)
        theirs.close()
        for suffix in (".bin", ".idx"):
            assert (tmp_path / f"ours{size}{suffix}").read_bytes() == (tmp_path / f"dt{size}{suffix}").read_bytes()


def test_bad_requests_are_one_line(tekken_run: Path) -> None:
    result = corpusmill("export", tekken_run, "--format", "megatron", "--eod", "<nope>")
    assert result.returncode == 2 and "not a special token" in result.stderr and "Traceback" not in result.stderr
    result = corpusmill("export", tekken_run, "--format", "parquet")
    assert result.returncode == 2 and "--format parquet" in result.stderr


def test_export_never_replaces_a_users_files(tekken_run: Path, tmp_path: Path) -> None:
    """``--to`` a folder holding files is refused whole; a new or empty folder is fine (issue 28)."""
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "all.jsonl").write_text("my own records\n")
    manifest_before = (tekken_run / "manifest.json").read_bytes()
    result = corpusmill("export", tekken_run, "--format", "jsonl", "--to", mine)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "not an empty folder" in result.stderr and "Traceback" not in result.stderr
    assert sorted(mine.iterdir()) == [mine / "all.jsonl"] and (mine / "all.jsonl").read_text() == "my own records\n"
    assert (tekken_run / "manifest.json").read_bytes() == manifest_before
    (mine / "all.jsonl").unlink()
    assert corpusmill("export", tekken_run, "--format", "jsonl", "--to", mine).returncode == 0  # empty: fine
    entry = json.loads((tekken_run / "manifest.json").read_text())["exports"][str(mine)]
    written = sorted(f["path"] for p in entry["parts"] for f in p["files"].values())
    assert sorted(p.name for p in mine.iterdir()) == written
    inside = corpusmill("export", tekken_run, "--format", "jsonl", "--to", tekken_run / "logs")
    assert inside.returncode == 2 and "only" in inside.stderr


def test_export_replaces_a_symlink_in_its_folder_without_following_it(tekken_run: Path, tmp_path: Path) -> None:
    """A link at an export's file name (or folder) is replaced or refused, never written through."""
    assert corpusmill("export", tekken_run, "--format", "jsonl").returncode == 0
    folder = tekken_run / "export/jsonl"
    victim = tmp_path / "victim.jsonl"
    victim.write_text("keep me\n")
    name = next(folder.glob("*.jsonl"))
    name.unlink()
    name.symlink_to(victim)
    assert corpusmill("export", tekken_run, "--format", "jsonl").returncode == 0
    assert victim.read_text() == "keep me\n" and not name.is_symlink() and name.stat().st_size > 0
    assert corpusmill("verify", tekken_run).returncode == 0


def test_a_killed_export_leaves_no_file_under_a_final_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are written under a staging folder and moved into place only when complete."""
    from rich.console import Console

    from corpusmill.pipeline.export import writer
    from corpusmill.pipeline.progress import Ticker

    out = run(corpus(tmp_path), "out", "tekken")

    def die(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "publish", die)
    with pytest.raises(KeyboardInterrupt):
        writer.export(out, "jsonl", tmp_path / "x", Ticker(Console(file=io.StringIO()), "export"))
    assert list((tmp_path / "x").iterdir()) == []
