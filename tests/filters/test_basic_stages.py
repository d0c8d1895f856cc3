"""normalize, length and extract on real text; accounting through ``Stage.run``."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from datatrove.data import Document

from corpusmill.filters.extract import Extract
from corpusmill.filters.length import Length, LengthParams
from corpusmill.filters.normalize import Normalize
from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import SourceReader, expand_sources
from corpusmill.schema import HTML


def doc(text: str, i: int = 0, **meta) -> Document:
    return Document(text=text, id=f"d{i}", metadata={"source": "t", "url": None, "_order": i, **meta})


def run(stage, docs: list[Document]) -> list[Document]:
    kept = list(stage.run(iter(docs)))
    rejected = sum(v.total for k, v in stage.stats.stats.items() if k.startswith("rejected:"))
    assert stage.stats["in"].total == len(docs) == len(kept) + rejected
    return kept


def test_normalize_repairs_and_counts() -> None:
    stage = Normalize()
    mojibake = "The cafÃ© serves crÃ¨me brÃ»lÃ©e."  # UTF-8 read as Latin-1, as in old crawls
    decomposed = "Cafe\u0301 au lait\x07 and  more\r\nlines"
    chinese = "你好，世界！这是全角标点。"
    kept = run(stage, [doc(mojibake, 0), doc(decomposed, 1), doc(chinese, 2), doc("\x00\x01  ", 3)])
    assert [d.text for d in kept] == [
        "The café serves crème brûlée.",
        "Café au lait and  more\nlines",
        chinese,
    ]
    assert stage.stats["fixed:normalize:mojibake"].total == 1
    assert stage.stats["fixed:normalize:control_chars"].total == 2
    assert stage.stats["fixed:normalize:nfc"].total == 1
    assert stage.stats["rejected:normalize:empty"].total == 1


def test_length_bounds() -> None:
    stage = Length(LengthParams(min_chars=10, max_chars=20))
    kept = run(stage, [doc("short", 0), doc("just right here", 1), doc("x" * 21, 2)])
    assert [d.id for d in kept] == ["d1"]
    assert stage.stats["rejected:length:too_short"].total == 1
    assert stage.stats["rejected:length:too_long"].total == 1


def test_length_floor_is_per_script(test_data: Path) -> None:
    """Issue 22: complete Chinese answers of 174-180 characters fell under the 200-character floor.
    CJK text is held to min_chars x 0.28 non-whitespace characters (the same content), unless set."""
    lines = (test_data / "sft/zh/belle_eval_set.jsonl").read_text(encoding="utf-8").splitlines()
    answers = [json.loads(line)["std_answer"] for line in lines]
    chinese = [a for a in answers if 60 < len("".join(a.split())) < 190]  # non-whitespace characters
    assert len(chinese) >= 2
    english = "A complete English paragraph of ninety characters is still under the floor of two hundred."
    stage = Length(LengthParams(min_chars=200))
    kept = run(stage, [doc(text, i) for i, text in enumerate([*chinese, english])])
    assert len(kept) == len(chinese) and stage.params.cjk_floor == 56
    strict = Length(LengthParams(min_chars=200, min_cjk_chars=190))
    assert run(strict, [doc(text, i) for i, text in enumerate(chinese)]) == []
    assert {r.rule for r in strict.explain(doc(chinese[0], 0))} == {"min_cjk_chars"}


def test_extract_real_common_crawl_pages(test_data: Path) -> None:
    files = expand_sources(
        [SourceConfig(name="cc", type="warc", paths=[str(test_data / "web/warc/dolma/sample-0000.warc.gz")])]
    )
    pages = [d for d in SourceReader(files).run(None) if d.metadata.get(HTML)]
    plain = doc("already plain text stays as it is", 99)
    stage = Extract()
    kept = run(stage, [*pages, plain])
    assert plain in kept and plain.text == "already plain text stays as it is"
    extracted = [d for d in kept if d is not plain]
    assert len(extracted) >= len(pages) - 3
    assert all("<html" not in d.text.lower() and "<div" not in d.text for d in extracted)
    faculty = next(d for d in extracted if "cs.washington.edu/people/faculty/weld" in d.metadata["url"])
    assert "entrepreneur" in faculty.text and "Microsoft Research" in faculty.text


def test_extract_rejects_pages_without_text() -> None:
    stage = Extract()
    kept = run(stage, [doc("<html><body><script>var a=1;</script></body></html>", 0, **{HTML: True})])
    assert kept == [] and stage.stats["rejected:extract:no_text"].total == 1


def test_normalize_handles_real_chinese_sample(test_data: Path) -> None:
    with gzip.open(test_data / "sft/zh/carbonz0_zh-data-part-00.json.gz", "rt", encoding="utf-8") as handle:
        head = handle.read(4000)
    stage = Normalize()
    kept = run(stage, [doc(head, 0)])
    assert kept[0].text == head.strip()  # full-width forms and CJK punctuation are left alone
