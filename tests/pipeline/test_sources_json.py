"""The one streaming JSON / JSONL reader (``filters.json_stream``) on damaged files the tests build:
every complete record is kept, each broken unit costs one record, and a cut is one reject."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest
import zstandard

from corpusmill.filters.sft.formats import BadLine, parse_field_map, read_documents, read_items, rename_fields
from corpusmill.filters.sft.record import SCHEMA_ERROR
from corpusmill.io.json_stream import JsonRecords, ReadProblem
from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import DUPLICATE_ID, READ_ERROR, ReadCheck, SourceReader, expand_sources

RECORDS = [{"id": f"r{i}", "text": f'record {i}: "quoted" \\ {{braces}} [brackets], 中文 {i}'} for i in range(300)]


def jsonl(records: list[dict], end: bytes = b"\n") -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + end for r in records)


def array(records: list[dict]) -> bytes:
    return json.dumps(records, ensure_ascii=False, indent=2).encode()


def read(path: Path, **options) -> list[tuple[int, object]]:
    return list(JsonRecords(str(path), **options))


def kinds(items: list[tuple[int, object]]) -> list[str]:
    return [v.problem for _, v in items if isinstance(v, ReadProblem)]


def good(items: list[tuple[int, object]]) -> list[object]:
    return [v for _, v in items if not isinstance(v, ReadProblem)]


def read_all(source: SourceConfig) -> list:
    return list(SourceReader(expand_sources([source])).run(None, 0, 1))


def test_bom_crlf_and_cr_only_line_ends_keep_every_record(tmp_path: Path) -> None:
    for name, end in (("lf", b"\n"), ("crlf", b"\r\n"), ("cr", b"\r")):
        path = tmp_path / f"{name}.jsonl"
        path.write_bytes(b"\xef\xbb\xbf" + jsonl(RECORDS, end))
        items = read(path)
        assert good(items) == RECORDS, name
        assert [n for n, _ in items] == list(range(1, 301))


def test_truncated_gzip_and_zstd_keep_complete_records_and_report_the_cut(tmp_path: Path) -> None:
    noisy = [{"text": hashlib.sha256(str(i).encode()).hexdigest() * 20} for i in range(3000)]
    payload = jsonl(noisy)  # several zstd blocks of 128 KiB: a block cut in half yields nothing
    for suffix, packed in (("gz", gzip.compress(payload)), ("zst", zstandard.ZstdCompressor().compress(payload))):
        path = tmp_path / f"cut.jsonl.{suffix}"
        path.write_bytes(packed[: len(packed) // 2])
        items = read(path)
        kept = good(items)
        assert kinds(items) == ["truncated_file"], suffix
        assert 0 < len(kept) < 3000 and kept == noisy[: len(kept)], suffix
        whole = tmp_path / f"whole.jsonl.{suffix}"
        whole.write_bytes(packed)
        assert good(read(whole)) == noisy and not kinds(read(whole))


def test_json_array_one_bad_element_costs_one_record(tmp_path: Path) -> None:
    data = array(RECORDS)
    broken = data.replace(b"record 7:", b"record 7:\xff", 1).replace(b'"id": "r9"', b'"id": r9', 1)
    path = tmp_path / "a.json"
    path.write_bytes(b"\xef\xbb\xbf" + broken)
    records = JsonRecords(str(path))
    items = list(records)
    assert records.container == "array" and len(items) == 300
    assert [(n, v.problem) for n, v in items if isinstance(v, ReadProblem)] == [(8, "bad_encoding"), (10, "bad_json")]
    assert good(items) == [r for i, r in enumerate(RECORDS) if i not in (7, 9)]


def test_json_array_cut_in_half(tmp_path: Path) -> None:
    data = array(RECORDS)
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) // 2])
    items = read(path)
    kept = good(items)
    assert kinds(items) == ["truncated_file"] and kept == RECORDS[: len(kept)] and len(kept) > 100


def test_oversized_line_and_element_are_rejected_while_read(tmp_path: Path) -> None:
    huge = {"id": "huge", "text": "x" * 300_000}
    lines = tmp_path / "big.jsonl.gz"
    lines.write_bytes(gzip.compress(jsonl([RECORDS[0], huge, RECORDS[1]])))
    elements = tmp_path / "big.json"
    elements.write_bytes(array([RECORDS[0], huge, RECORDS[1]]))
    for path in (lines, elements):
        items = read(path, max_bytes=100_000)
        assert kinds(items) == ["too_large"] and good(items) == RECORDS[:2], path
        assert "over the record limit of 100,000 bytes" in items[1][1].detail


def test_utf16_file_is_read(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):  # with and without a byte order mark
        path = tmp_path / f"{encoding}.jsonl"
        path.write_bytes(jsonl(RECORDS[:3]).decode().encode(encoding))
        assert read(path) == list(enumerate(RECORDS[:3], 1)), encoding


def test_byte_range_parts_with_crlf_neither_lose_nor_repeat(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(jsonl(RECORDS * 40, b"\r\n"))  # ~1.2 MB
    source = SourceConfig(name="j", type="jsonl", paths=[str(path)], split_mb=1, id_field="none")
    files = expand_sources([source])
    assert len(files) == 2
    texts = [d.text for d in read_all(source)]
    assert texts == [r["text"] for r in RECORDS * 40]


def test_pipeline_source_ids_bom_and_duplicates(tmp_path: Path) -> None:
    records = [RECORDS[0], {"text": "no id here"}, {"id": "r0", "text": "same id again"}]
    path = tmp_path / "d.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + jsonl(records))
    docs = read_all(SourceConfig(name="d", type="jsonl", paths=[str(path)]))
    assert [d.id for d in docs] == ["r0", "d:d.jsonl:2", "r0@d.jsonl:3"]  # own ids by default, unique
    assert docs[2].metadata[DUPLICATE_ID] == "r0"
    stage = ReadCheck()
    assert len(list(stage.run(iter(docs)))) == 3
    assert stage.stats["fixed:read:duplicate_id"].total == 1


def test_sft_reader_streams_and_reports_the_cut(tmp_path: Path) -> None:
    alpaca = [{"instruction": f"问题 {i}", "input": "", "output": f"回答 {i}"} for i in range(200)]
    packed = gzip.compress(jsonl(alpaca))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    fmt, layout, docs = read_documents(path, source="a", file_index=0)
    docs = list(docs)
    broken = [d.metadata[SCHEMA_ERROR] for d in docs if SCHEMA_ERROR in d.metadata]
    assert fmt == "alpaca" and layout.container == "jsonl" and layout.compression == "gz"
    assert [reason for reason, _ in broken] == ["read:truncated_file"]
    assert [d.metadata["messages"][0]["content"] for d in docs[:-1]] == [
        a["instruction"] for a in alpaca[: len(docs) - 1]
    ]


def test_sft_array_with_bom_and_one_bad_byte(tmp_path: Path) -> None:
    alpaca = [{"instruction": f"q{i}", "input": "", "output": f"a{i}"} for i in range(50)]
    path = tmp_path / "a.json"
    path.write_bytes(b"\xef\xbb\xbf" + array(alpaca).replace(b'"q17"', b'"q1\xff7"'))
    layout, items = read_items(path)
    items = list(items)
    assert layout.container == "array" and len(items) == 50
    assert [(i, b.reason) for i, b in enumerate(items) if isinstance(b, BadLine)] == [(17, "read:bad_encoding")]


BELLE = [
    {"question": "将以下句子翻译成英语：我喜欢读书。", "std_answer": "I like reading books.", "class": "translation"},
    {"question": "列出三种水果。", "std_answer": "苹果、香蕉、橙子。", "class": "generation"},
    {"question": "1+1等于几？", "std_answer": "2", "class": "math"},
]


def test_field_mapping_reads_a_belle_eval_like_set(tmp_path: Path) -> None:
    path = tmp_path / "belle_eval.jsonl"
    path.write_bytes(jsonl(BELLE))
    mapping = parse_field_map("instruction=question, output=std_answer")
    assert mapping == {"instruction": "question", "output": "std_answer"}
    fmt, _, docs = read_documents(path, source="belle", file_index=0, fields=mapping, extra_fields=frozenset({"class"}))
    docs = list(docs)
    assert fmt == "alpaca" and not any(SCHEMA_ERROR in d.metadata for d in docs)
    assert [d.metadata["messages"][-1]["content"] for d in docs] == [b["std_answer"] for b in BELLE]
    assert rename_fields({"instruction": "mine", "question": "q"}, mapping)["instruction"] == "mine"


@pytest.mark.parametrize("text", ["instruction", "instruction=", "=q", "output=a,output=b"])
def test_bad_field_mapping_is_one_clear_error(text: str) -> None:
    with pytest.raises(ValueError, match=r"canonical=name|mapped twice"):
        parse_field_map(text)


def test_pipeline_source_fields_mapping(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(jsonl([{k: v for k, v in b.items() if k != "class"} for b in BELLE]))
    mapping = {"instruction": "question", "output": "std_answer"}
    docs = read_all(SourceConfig(name="b", type="alpaca", paths=[str(path)], fields=mapping))
    assert len(docs) == 3 and not any(SCHEMA_ERROR in d.metadata for d in docs)
    assert docs[1].metadata["messages"][0]["content"] == "列出三种水果。"
    plain = read_all(SourceConfig(name="p", type="jsonl", paths=[str(path)], fields={"text": "std_answer"}))
    assert [d.text for d in plain] == [b["std_answer"] for b in BELLE] and READ_ERROR not in plain[0].metadata


def test_sft_own_ids_used_twice_are_made_unique_and_counted(tmp_path: Path) -> None:
    records = [{"id": "same", "instruction": f"q{i}", "input": "", "output": f"a{i}"} for i in range(3)]
    path = tmp_path / "ids.jsonl"
    path.write_bytes(jsonl(records))
    _, _, docs = read_documents(path, source="s", file_index=0)
    docs = list(docs)
    assert [d.id for d in docs] == ["same", "same-2", "same-3"]
    assert [d.metadata["fixes"] for d in docs] == [[], ["read:duplicate_id"], ["read:duplicate_id"]]


def test_large_json_array_is_not_split_into_parts(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(array(RECORDS * 10))  # ~1.1 MB, over split_mb
    source = SourceConfig(name="a", type="jsonl", paths=[str(path)], split_mb=1, id_field="none")
    assert len(expand_sources([source])) == 1
    assert [d.text for d in read_all(source)] == [r["text"] for r in RECORDS * 10]


@pytest.mark.parametrize("indent", [2, None])
def test_json_array_lost_quote_costs_one_record(tmp_path: Path, indent: int | None) -> None:
    """A quote lost to one bad byte flips every string after it; reading resumes at the next
    element that parses and looks like the others (not at a turn inside a chat record)."""
    chats = [
        {"id": f"s{i}", "conversations": [{"from": "human", "value": f"q{i}"}, {"from": "gpt", "value": f"a{i}"}] * 2}
        for i in range(60)
    ]
    path = tmp_path / "chats.json"
    path.write_bytes(json.dumps(chats, indent=indent).encode().replace(b'"q7"', b'"q7', 1))
    items = read(path)
    assert [(n, v.problem) for n, v in items if isinstance(v, ReadProblem)] == [(8, "bad_json")]
    assert good(items) == chats[:7] + chats[8:]


def test_sft_file_cut_before_its_first_record_is_one_reject(tmp_path: Path) -> None:
    packed = gzip.compress(jsonl([{"instruction": "q" * 5000, "output": "a"}] * 20))
    path = tmp_path / "early.jsonl.gz"
    path.write_bytes(packed[:40])
    _, _, docs = read_documents(path, source="e", file_index=0)
    assert [d.metadata[SCHEMA_ERROR][0] for d in docs] == ["read:truncated_file"]
