"""``encoding:`` on JSONL, CSV and text documents: real Chinese text (Debian Reference excerpts,
``tests/data/documents``) re-encoded to GB18030, Big5 and UTF-16 is read with no replacement
character, the detected encoding is recorded per file in ``stats.json``, and a damaged byte costs
only the record holding it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from corpusmill.io.text_encoding import sniff
from corpusmill.pipeline.config import ConfigError, SourceConfig, config_from_dict
from corpusmill.pipeline.sources import READ_ERROR, SourceReader, expand_sources
from tests.helpers import corpusmill

DERIVED = Path(__file__).parents[1] / "data" / "documents" / "derived"
TEXT = Path(__file__).parents[1] / "data" / "documents" / "text"


def paragraphs(name: str) -> list[str]:
    text = (TEXT / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def read(path: Path, kind: str, **options) -> tuple[list, dict]:
    source = SourceConfig(name="zh", type=kind, paths=[str(path)], **options)
    reader = SourceReader(expand_sources([source]))
    docs = list(reader.run(None, 0, 1))
    return docs, reader.stats.to_dict()["stats"]


@pytest.mark.parametrize(
    ("name", "kind", "codec", "original"),
    [
        ("zh-cn.gb18030.jsonl", "jsonl", "gb18030", "debian-reference-zh-cn-1.1.13.txt"),
        ("zh-cn.gb18030.csv", "csv", "gb18030", "debian-reference-zh-cn-1.1.13.txt"),
        ("zh-tw.big5.csv", "csv", "big5hkscs", "debian-reference-zh-tw-1.1.13.txt"),
    ],
)
def test_records_in_chinese_encodings_read_exactly(name: str, kind: str, codec: str, original: str) -> None:
    docs, stats = read(DERIVED / name, kind)
    assert list(stats) == [f"encoding:{codec}:{DERIVED / name}"]
    assert not [d for d in docs if READ_ERROR in d.metadata]
    expected = paragraphs(original)
    assert all(d.text in expected for d in docs) and len(docs) >= 5
    assert not any("\ufffd" in d.text for d in docs)


def test_utf16_jsonl_from_the_same_text(tmp_path: Path) -> None:
    path = tmp_path / "zh.jsonl"
    lines = (DERIVED / "zh-cn.gb18030.jsonl").read_bytes().decode("gb18030")
    path.write_bytes(lines.encode("utf-16"))
    docs, stats = read(path, "jsonl")
    assert list(stats) == [f"encoding:utf-16-le:{path}"]
    assert [d.text for d in docs] == [json.loads(line)["text"] for line in lines.splitlines()]


def test_a_damaged_byte_costs_only_its_record() -> None:
    clean, _ = read(DERIVED / "zh-cn.gb18030.jsonl", "jsonl")
    docs, stats = read(DERIVED / "zh-cn.gb18030-damaged.jsonl", "jsonl")
    assert list(stats.values()) == [1] and "gb18030" in next(iter(stats))
    bad = [d for d in docs if READ_ERROR in d.metadata]
    assert [d.metadata[READ_ERROR][0] for d in bad] == ["bad_encoding"]
    assert bad[0].metadata[READ_ERROR][1].startswith(f"{DERIVED / 'zh-cn.gb18030-damaged.jsonl'}:3")
    kept = [d.text for d in docs if READ_ERROR not in d.metadata]
    assert kept == [d.text for i, d in enumerate(clean) if i != 2]


def test_a_chosen_encoding_that_does_not_fit_rejects_records_never_mangles_them() -> None:
    docs, stats = read(DERIVED / "zh-cn.gb18030.csv", "csv", encoding="utf-8")
    assert list(stats) == [f"encoding:utf-8:{DERIVED / 'zh-cn.gb18030.csv'}"]
    kept = [d.text for d in docs if READ_ERROR not in d.metadata]
    reasons = {d.metadata[READ_ERROR][0] for d in docs if READ_ERROR in d.metadata}
    assert reasons == {"bad_encoding"} and all(text.isascii() for text in kept)


def test_gbk_and_gb2312_read_as_gb18030_and_unknown_names_fail_the_config() -> None:
    for name in ("GBK", "gb2312", "GB18030"):
        assert SourceConfig(name="zh", type="jsonl", paths=["x"], encoding=name).encoding == "gb18030"
    assert SourceConfig(name="zh", type="jsonl", paths=["x"], encoding="big5").encoding == "big5hkscs"
    with pytest.raises(ConfigError, match="unknown encoding 'klingon'"):
        config_from_dict({"sources": [{"name": "zh", "type": "jsonl", "paths": ["x"], "encoding": "klingon"}]})


def test_a_few_non_ascii_bytes_or_damaged_utf8_stay_utf8() -> None:
    text = "\n".join(paragraphs("debian-reference-zh-cn-1.1.13.txt")[:4])
    damaged = text.encode() + b"\xff\xfe" + text.encode()
    assert sniff(damaged)[0] == "utf-8"
    assert sniff(b"plain text \xe9 and more")[0] == "utf-8"  # one byte says nothing
    assert sniff(text.encode("gb18030"))[0] == "gb18030"


def test_run_records_the_encoding_of_each_file_in_stats(tmp_path: Path) -> None:
    config = {
        "sources": [
            {"name": "jsonl", "type": "jsonl", "paths": [str(DERIVED / "zh-cn.gb18030.jsonl")]},
            {"name": "csv", "type": "csv", "paths": [str(DERIVED / "zh-tw.big5.csv")]},
            {"name": "docs", "type": "documents", "paths": [str(DERIVED / "zh-cn.utf-16.txt")]},
        ],
        "stages": [{"length": {"min_chars": 1}}],
    }
    path = tmp_path / "run.yaml"
    path.write_text(yaml.safe_dump(config))
    result = corpusmill("run", path, "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    stats = json.loads((tmp_path / "out" / "stats.json").read_text())
    assert stats["encodings"] == {
        str(DERIVED / "zh-cn.gb18030.jsonl"): "gb18030",
        str(DERIVED / "zh-cn.utf-16.txt"): "utf-16-le",
        str(DERIVED / "zh-tw.big5.csv"): "big5hkscs",
    }
    assert stats["accounting"]["problems"] == []
