"""Every source type reads real data, and every kind of bad input becomes a counted ``read`` reject."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard

from corpusmill.filters.base import ORDER
from corpusmill.pipeline.config import ConfigError, SourceConfig
from corpusmill.pipeline.sources import READ_ERROR, ReadCheck, SourceReader, expand_sources


def read_all(source: SourceConfig, world_size: int = 1) -> list:
    files = expand_sources([source])
    docs = []
    for rank in range(world_size):
        docs += list(SourceReader(files).run(None, rank, world_size))
    return docs


def problems(docs: list) -> list[tuple[str, str]]:
    return [doc.metadata[READ_ERROR] for doc in docs if READ_ERROR in doc.metadata]


def c4_lines(test_data: Path, n: int) -> list[str]:
    with open(test_data / "web/text/llamafactory_c4_demo.jsonl", encoding="utf-8") as handle:
        return [next(handle).rstrip("\n") for _ in range(n)]


def test_jsonl_with_three_malformed_lines_loses_nothing(tmp_path: Path, test_data: Path) -> None:
    lines = c4_lines(test_data, 100)
    lines[10] = lines[10][:-5]  # cut JSON
    lines[50] = "[1, 2, 3]"  # valid JSON, not a record
    lines[90] = json.dumps({"content": "no text field here"})
    path = tmp_path / "c4.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_all(SourceConfig(name="c4", type="jsonl", paths=[str(path)]))
    assert len(docs) == 100
    found = problems(docs)
    assert [p for p, _ in found] == ["bad_json", "not_an_object", "missing_text"]
    assert [d.split(": ")[0] for _, d in found] == [f"{path}:11", f"{path}:51", f"{path}:91"]
    assert docs[10].text == lines[10]  # the raw line is kept for the rejects file


def test_invalid_utf8_and_truncated_gzip(tmp_path: Path, test_data: Path) -> None:
    lines = [line.encode() for line in c4_lines(test_data, 20)]
    lines[3] = lines[3][:40] + b"\xff\xfe" + lines[3][40:]
    payload = gzip.compress(b"\n".join(lines) + b"\n")
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(payload[: len(payload) * 2 // 3])
    docs = read_all(SourceConfig(name="c4", type="jsonl", paths=[str(path)]))
    kinds = [p for p, _ in problems(docs)]
    assert kinds[0] == "bad_encoding" and kinds[-1] == "truncated_file"
    assert sum(1 for d in docs if READ_ERROR not in d.metadata) >= 5


def test_empty_file_and_zstd(tmp_path: Path, test_data: Path) -> None:
    (tmp_path / "a-empty.jsonl").write_text("")
    lines = c4_lines(test_data, 5)
    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(("\n".join(lines)).encode()))
    docs = read_all(SourceConfig(name="mix", type="jsonl", paths=[str(tmp_path / "*.jsonl*")]))
    assert [p for p, _ in problems(docs)] == ["empty_file"]
    assert [d.text for d in docs[1:]] == [json.loads(line)["text"] for line in lines]


def test_corrupt_warcs_are_rejected_not_raised(tmp_path: Path, test_data: Path) -> None:
    cut = tmp_path / "cut.warc.gz"
    whole = (test_data / "web/warc/resiliparse/warcfile.warc.gz").read_bytes()
    cut.write_bytes(whole[: len(whole) // 2])
    for path, reason in [
        (test_data / "web/warc/warcio/example-trunc.warc", "corrupt_warc"),  # shorter than its Content-Length
        (cut, "truncated_file"),  # gzip cut mid-record
    ]:
        docs = read_all(SourceConfig(name="w", type="warc", paths=[str(path)]))
        assert reason in [p for p, _ in problems(docs)], path
        assert all(str(path) in detail for _, detail in problems(docs))


@pytest.mark.parametrize("name", ["example-wrong-chunks.warc.gz", "example-bad-non-chunked.warc.gz"])
def test_recoverable_warc_quirks_are_read(test_data: Path, name: str) -> None:
    docs = read_all(SourceConfig(name="w", type="warc", paths=[str(test_data / "web/warc/warcio" / name)]))
    assert len(docs) == 1 and not problems(docs) and "Example Domain" in docs[0].text


def test_real_common_crawl_warc(test_data: Path) -> None:
    path = test_data / "web/warc/resiliparse/warcfile.warc.gz"
    docs = read_all(SourceConfig(name="cc", type="warc", paths=[str(path)]))
    assert len(docs) == 16  # 16 responses; requests and metadata are not documents
    html = [d for d in docs if d.metadata.get("_html")]
    assert len(html) + len(problems(docs)) == 16
    assert all(d.metadata["url"].startswith("http") for d in html)
    gbk_page = next(d for d in html if "0760.jxtdw.com" in d.metadata["url"])
    assert "职位" in gbk_page.text  # declared GBK in a <meta> tag, decoded correctly


def test_non_html_warc_records_are_counted(test_data: Path) -> None:
    path = test_data / "web/warc/dolma/sample-0000.warc.gz"
    docs = read_all(SourceConfig(name="d", type="warc", paths=[str(path)]))
    kinds = {p for p, _ in problems(docs)}
    assert kinds == {"not_html"}  # wget's text/plain resource records are not web pages
    assert any(d.metadata.get("_html") for d in docs)


def test_parquet_csv_and_hf_folder(tmp_path: Path, test_data: Path) -> None:
    texts = [json.loads(line)["text"] for line in c4_lines(test_data, 30)]
    pq.write_table(pa.table({"doc": texts, "key": [f"k{i}" for i in range(30)]}), tmp_path / "x.parquet")
    docs = read_all(
        SourceConfig(name="p", type="parquet", paths=[str(tmp_path / "x.parquet")], text_field="doc", id_field="key")
    )
    assert [d.text for d in docs] == texts and docs[3].id == "k3"

    csv_path = tmp_path / "x.csv"
    csv_path.write_text('text,url\n"a, quoted\nvalue",http://a\nplain,http://b,extra\nlast,http://c\n')
    docs = read_all(SourceConfig(name="c", type="csv", paths=[str(csv_path)]))
    assert [d.text for d in docs if READ_ERROR not in d.metadata] == ["a, quoted\nvalue", "last"]
    assert [p for p, _ in problems(docs)] == ["bad_csv_row"]

    datasets = pytest.importorskip("datasets")
    datasets.Dataset.from_dict({"text": texts}).save_to_disk(str(tmp_path / "hf"))
    docs = read_all(SourceConfig(name="h", type="hf", paths=[str(tmp_path / "hf")]))
    assert [d.text for d in docs] == texts


def test_order_and_ids_do_not_depend_on_task_count(tmp_path: Path, test_data: Path) -> None:
    lines = c4_lines(test_data, 40)
    for i in range(4):
        (tmp_path / f"part{i}.jsonl").write_text("\n".join(lines[i * 10 : (i + 1) * 10]))
    source = SourceConfig(name="c4", type="jsonl", paths=[str(tmp_path / "part*.jsonl")])
    one = sorted((d.metadata[ORDER], d.id) for d in read_all(source, 1))
    three = sorted((d.metadata[ORDER], d.id) for d in read_all(source, 3))
    assert one == three and len(one) == 40
    assert one[0][1] == "c4:part0.jsonl:1"


def test_glob_matching_nothing_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"sources\[0\]\.paths\[0\]"):
        expand_sources([SourceConfig(name="x", type="jsonl", paths=[str(tmp_path / "none*.jsonl")])])


def test_read_stage_rejects_with_detail(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n{oops\n')
    stage = ReadCheck()
    kept = list(stage.run(iter(read_all(SourceConfig(name="x", type="jsonl", paths=[str(path)])))))
    assert [d.text for d in kept] == ["fine"]
    assert stage.stats["in"].total == 2 and stage.stats["rejected:read:bad_json"].total == 1


def test_large_jsonl_is_split_without_losing_or_repeating_lines(tmp_path: Path, test_data: Path) -> None:
    lines = c4_lines(test_data, 300) * 5  # 3.7 MB
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = SourceConfig(name="c4", type="jsonl", paths=[str(path)], split_mb=0)
    parts = SourceConfig(name="c4", type="jsonl", paths=[str(path)], split_mb=1)
    assert len(expand_sources([whole])) == 1 and len(expand_sources([parts])) == 4
    expected = [json.loads(line)["text"] for line in lines]
    for tasks in (1, 3):
        docs = sorted(read_all(parts, tasks), key=lambda d: d.metadata[ORDER])
        assert [d.text for d in docs] == expected
        assert len({d.id for d in docs}) == len(lines)


def test_large_parquet_is_split_by_row_groups(tmp_path: Path, test_data: Path) -> None:
    texts = [json.loads(line)["text"] for line in c4_lines(test_data, 300)] * 4
    pq.write_table(pa.table({"text": texts}), tmp_path / "x.parquet", row_group_size=100)
    source = SourceConfig(name="p", type="parquet", paths=[str(tmp_path / "x.parquet")], split_mb=1)
    assert len(expand_sources([source])) > 1
    docs = sorted(read_all(source, 2), key=lambda d: d.metadata[ORDER])
    assert [d.text for d in docs] == texts
