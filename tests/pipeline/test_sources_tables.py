"""Parquet, Hugging Face folders and CSV with damage the tests inject: the smallest unit that cannot
be read is one reject naming the file, and everything else is read."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import READ_ERROR, SourceReader, expand_sources

TEXTS = [f"document number {i}" for i in range(50)]


def read_all(source: SourceConfig) -> list:
    return list(SourceReader(expand_sources([source])).run(None, 0, 1))


def problems(docs: list) -> list[tuple[str, str]]:
    return [doc.metadata[READ_ERROR] for doc in docs if READ_ERROR in doc.metadata]


def texts(docs: list) -> list[str]:
    return [doc.text for doc in docs if READ_ERROR not in doc.metadata]


def write_parquet(path: Path, rows: int = 50, **columns: pa.Array) -> bytes:
    table = pa.table({"text": TEXTS[:rows], **columns})
    pq.write_table(table, path, row_group_size=10, compression="none")
    return path.read_bytes()


def test_unreadable_parquet_files_are_one_reject_each(tmp_path: Path) -> None:
    whole = write_parquet(tmp_path / "a-good.parquet")
    (tmp_path / "b-empty.parquet").write_bytes(b"")
    (tmp_path / "c-cut.parquet").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "d-random.parquet").write_bytes(bytes(range(256)) * 20)
    for split_mb in (0, 256):  # splitting reads the footer too: it must not abort either
        source = SourceConfig(name="p", type="parquet", paths=[str(tmp_path / "*.parquet")], split_mb=split_mb)
        docs = read_all(source)
        assert texts(docs) == TEXTS
        found = problems(docs)
        assert [p for p, _ in found] == ["corrupt_file"] * 3
        names = [str(tmp_path / f"{f}.parquet") for f in ("b-empty", "c-cut", "d-random")]
        assert [d.split(":")[0] for _, d in found] == names


def test_corrupt_row_group_costs_that_row_group(tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    data = bytearray(write_parquet(path))
    offset = pq.ParquetFile(path).metadata.row_group(2).column(0).data_page_offset
    data[offset : offset + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    docs = read_all(SourceConfig(name="p", type="parquet", paths=[str(path)]))
    assert texts(docs) == TEXTS[:20] + TEXTS[30:]
    [(problem, detail)] = problems(docs)
    assert problem == "corrupt_file" and "row group 2 (10 rows from row 21)" in detail


def test_invalid_utf8_value_costs_its_row(tmp_path: Path) -> None:
    raw = [t.encode() for t in TEXTS]
    raw[13] = b"caf\xe9 " + raw[13]
    path = tmp_path / "u.parquet"
    pq.write_table(pa.table({"text": pa.array(raw, pa.binary()).view(pa.string())}), path)
    docs = read_all(SourceConfig(name="p", type="parquet", paths=[str(path)]))
    assert texts(docs) == TEXTS[:13] + TEXTS[14:]
    [(problem, detail)] = problems(docs)
    assert problem == "bad_encoding" and detail.startswith(f"{path}: row 14:")
    assert "caf\ufffd" in next(d.text for d in docs if READ_ERROR in d.metadata)


def test_dotted_text_field_reaches_into_a_struct_column(tmp_path: Path) -> None:
    meta = pa.array([{"body": f"body {i}", "lang": "en"} for i in range(50)])
    write_parquet(tmp_path / "s.parquet", meta=meta, id=pa.array([f"k{i}" for i in range(50)]))
    docs = read_all(SourceConfig(name="p", type="parquet", paths=[str(tmp_path / "s.parquet")], text_field="meta.body"))
    assert texts(docs) == [f"body {i}" for i in range(50)] and docs[7].id == "k7"  # the id column by default


def test_hf_folder_skips_metadata_and_rejects_a_corrupt_shard(tmp_path: Path) -> None:
    folder = tmp_path / "hf"
    (folder / "train").mkdir(parents=True)
    (folder / "test").mkdir()
    write_parquet(folder / "train/data-00000-of-00002.parquet")
    (folder / "train/data-00001-of-00002.parquet").write_bytes(b"PAR1 not really")
    (folder / "test/data.jsonl").write_text('{"text": "a test row"}\n')
    (folder / "dataset_dict.json").write_text('{"splits": ["train", "test"]}')
    (folder / "train/dataset_info.json").write_text('{"features": {}}')
    (folder / "train/state.json").write_text('{"_data_files": []}')
    docs = read_all(SourceConfig(name="h", type="hf", paths=[str(folder)]))
    assert texts(docs) == ["a test row", *TEXTS]
    assert [(p, d.split(":")[0]) for p, d in problems(docs)] == [
        ("corrupt_file", str(folder / "train/data-00001-of-00002.parquet"))
    ]


def test_csv_bad_bytes_bom_and_unclosed_quote(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(
        b"\xef\xbb\xbftext,url\n"
        b"first,http://a\n"
        b"caf\xe9,http://b\n"
        b'"multi\nline, quoted",http://c\n'
        b"three,fields,here\n"
        b'"never closed,http://d\n'
        b"swallowed,http://e\n"
    )
    docs = read_all(SourceConfig(name="c", type="csv", paths=[str(path)]))
    assert texts(docs) == ["first", "multi\nline, quoted"]
    assert docs[0].metadata["url"] == "http://a"  # the BOM did not rename the first column
    assert [(p, d.split(": ")[0]) for p, d in problems(docs)] == [
        ("bad_encoding", f"{path}:3"),
        ("bad_csv_row", f"{path}:6"),
        ("bad_csv_row", f"{path}:7"),
    ]
    assert "never closed" in problems(docs)[-1][1] and "caf\ufffd" in docs[1].text


def test_utf16_csv_is_read(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):  # with and without a byte order mark
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes("text,url\nhello,http://a\n世界,http://b\n".encode(encoding))
        docs = read_all(SourceConfig(name="c", type="csv", paths=[str(path)]))
        assert texts(docs) == ["hello", "世界"] and not problems(docs), encoding


def test_oversized_csv_field_and_parquet_value(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("text\nsmall\n" + "y" * 200_000 + "\nafter\n")
    docs = read_all(SourceConfig(name="c", type="csv", paths=[str(path)], max_record_mb=0.1))
    assert texts(docs) == ["small", "after"] and [p for p, _ in problems(docs)] == ["too_large"]
    write_parquet(tmp_path / "big.parquet", rows=2)
    pq.write_table(pa.table({"text": ["small", "z" * 200_000]}), tmp_path / "big.parquet")
    docs = read_all(SourceConfig(name="p", type="parquet", paths=[str(tmp_path / "big.parquet")], max_record_mb=0.1))
    assert texts(docs) == ["small"] and [p for p, _ in problems(docs)] == ["too_large"]
