"""Broken input through the real commands, one run per class of damage: exit status 0, no
traceback, input records = output rows + reject rows, the expected ``read:*`` rejects, and
nothing outside the run folder changed (the damaged inputs included)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.helpers import corpusmill, messages, rows

TEXTS = [f"document {i}: {'words ' * 40}" for i in range(40)]


def jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def snapshot(folder: Path, skip: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and skip not in p.parents
    }


def parquet_case(folder: Path) -> tuple[list[dict], set[str]]:
    pq.write_table(pa.table({"text": TEXTS}), folder / "good.parquet", row_group_size=10)
    whole = (folder / "good.parquet").read_bytes()
    (folder / "empty.parquet").write_bytes(b"")
    (folder / "cut.parquet").write_bytes(whole[: len(whole) // 2])
    (folder / "random.parquet").write_bytes(bytes(range(256)) * 8)
    hf = folder / "hf/train"
    hf.mkdir(parents=True)
    pq.write_table(pa.table({"text": TEXTS[:5]}), hf / "data-00000.parquet")
    (hf / "data-00001.parquet").write_bytes(b"garbage")
    (folder / "hf/dataset_dict.json").write_text('{"splits": ["train"]}')
    sources = [
        {"name": "p", "type": "parquet", "paths": ["in/*.parquet"]},
        {"name": "h", "type": "hf", "paths": ["in/hf"]},
    ]
    return sources, {"read:corrupt_file"}


def csv_case(folder: Path) -> tuple[list[dict], set[str]]:
    (folder / "a.csv").write_bytes(
        b"\xef\xbb\xbftext,url\n" + b"".join(f"{t},http://x/{i}\n".encode() for i, t in enumerate(TEXTS[:10]))
    )
    (folder / "b.csv").write_bytes(b"text,url\ncaf\xe9 au lait,http://b\nfine row,http://c\n")
    (folder / "c.csv").write_bytes("text,url\nhello,http://d\n".encode("utf-16"))
    (folder / "d.csv").write_bytes(b'text,url\nok,http://e\n"never closed,http://f\nlost,http://g\n')
    return [{"name": "c", "type": "csv", "paths": ["in/*.csv"]}], {"read:bad_encoding", "read:bad_csv_row"}


def warc_case(folder: Path) -> tuple[list[dict], set[str]]:
    for compressed in (True, False):
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=compressed)
        for i, text in enumerate(TEXTS[:8]):
            body = f"<html><body><article><p>{text}</p></article></body></html>".encode()
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"http://example.com/{i}", "response", payload=io.BytesIO(body), http_headers=http
                )
            )
        data = out.getvalue()
        (folder / f"cut.warc{'.gz' if compressed else ''}").write_bytes(data[: len(data) * 2 // 3])
    return [{"name": "w", "type": "warc", "paths": ["in/*.warc*"]}], {"read:truncated_file"}


def jsonl_case(folder: Path) -> tuple[list[dict], set[str]]:
    records = [{"id": f"r{i}", "text": t} for i, t in enumerate(TEXTS)]
    (folder / "bom-cr.jsonl").write_bytes(b"\xef\xbb\xbf" + jsonl(records[:10]).replace(b"\n", b"\r"))
    packed = gzip.compress(jsonl([{"text": hashlib.sha1(str(i).encode()).hexdigest() * 30} for i in range(2000)]))
    (folder / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    squeezed = zstandard.ZstdCompressor().compress(jsonl([{"text": str(i) * 400} for i in range(2000)]))
    (folder / "cut.jsonl.zst").write_bytes(squeezed[: len(squeezed) // 2])
    (folder / "huge.jsonl.gz").write_bytes(gzip.compress(jsonl([{"text": TEXTS[0]}, {"text": "x" * 3_000_000}])))
    (folder / "same-ids.jsonl").write_bytes(jsonl([{"id": "same", "text": TEXTS[1]}, {"id": "same", "text": "b"}]))
    source = {"name": "j", "type": "jsonl", "paths": ["in/*.jsonl*"], "max_record_mb": 1}
    return [source], {"read:truncated_file", "read:too_large"}


def sft_case(folder: Path) -> tuple[list[dict], set[str]]:
    alpaca = [{"instruction": f"Explain topic {i}.", "input": "", "output": TEXTS[i % 40]} for i in range(2000)]
    packed = gzip.compress(jsonl(alpaca))
    (folder / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    array = json.dumps(alpaca[:30], indent=2).encode().replace(b'"Explain topic 4."', b'"Explain topic 4.', 1)
    (folder / "lost-quote.json").write_bytes(b"\xef\xbb\xbf" + array)
    return [{"name": "s", "type": "alpaca", "paths": ["in/*"]}], {"read:truncated_file", "read:bad_json"}


CASES: dict[str, Callable[[Path], tuple[list[dict], set[str]]]] = {
    "parquet": parquet_case,
    "csv": csv_case,
    "warc": warc_case,
    "jsonl": jsonl_case,
    "sft": sft_case,
}
STAGES = {"warc": [{"extract": {}}], "sft": [{"sft": {}}]}


@pytest.mark.parametrize("case", list(CASES))
def test_broken_input_is_rejected_never_lost(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sources, reasons = CASES[case](folder)
    stages = STAGES.get(case, [])
    config = tmp_path / "c.yaml"
    config.write_text(yaml.safe_dump({"sources": sources, "stages": stages}))
    out = tmp_path / "out"
    before = snapshot(tmp_path, out)
    result = corpusmill("run", config, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert len(messages(result.stderr)) <= 1, result.stderr
    stats = json.loads((out / "stats.json").read_text())
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"] > 0
    rejects = rows(out / "rejects")
    assert reasons <= set(rejects["reason"]), set(rejects["reason"])
    assert snapshot(tmp_path, out) == before
    if case == "sft":
        assert rejects.filter(rejects["reason"] == "read:bad_json").height == 1  # only the element with the lost quote
    if case == "jsonl":
        assert rows(out / "data").filter(rows(out / "data")["id"] == "same@same-ids.jsonl:2").height == 1
        assert stats["stages"][0]["fixed"] == {"read:duplicate_id": 1}


def test_sft_clean_reads_damaged_files_to_the_cut(tmp_path: Path) -> None:
    alpaca = [
        {"instruction": f"Explain topic number {i} in detail.", "input": "", "output": TEXTS[i % 40]}
        for i in range(3000)
    ]
    folder = tmp_path / "in"
    folder.mkdir()
    packed = gzip.compress(jsonl(alpaca))
    (folder / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    squeezed = zstandard.ZstdCompressor().compress(jsonl(alpaca))
    (folder / "cut.jsonl.zst").write_bytes(squeezed[: len(squeezed) // 2])
    array = json.dumps(alpaca[:50], indent=2).encode().replace(b"number 7 ", b"number 7 \xff", 1)
    (folder / "bom.json").write_bytes(b"\xef\xbb\xbf" + array)
    before = snapshot(tmp_path, tmp_path / "out")
    result = corpusmill("sft", "clean", *sorted(folder.iterdir()), "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    stats = json.loads((tmp_path / "out/stats.json").read_text())
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]
    reasons = list(rows(tmp_path / "out/rejects")["reason"])
    assert reasons.count("read:truncated_file") == 2 and reasons.count("read:bad_encoding") == 1
    assert {s["name"]: s["container"] for s in stats["sources"]}["bom"] == "array"
    assert snapshot(tmp_path, tmp_path / "out") == before
