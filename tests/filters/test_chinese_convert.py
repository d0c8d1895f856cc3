"""chinese_convert: Traditional Chinese becomes Simplified (or the reverse); `script` keeps the original."""

from __future__ import annotations

from datatrove.data import Document

from corpusmill.filters.chinese_convert import ChineseConvert, ChineseConvertParams

TRADITIONAL = "軟體開發與資訊安全是這個計畫的重點，發展需要時間。"
SIMPLIFIED = "软件开发与信息安全是这个计划的重点，发展需要时间。"


def run(stage: ChineseConvert, *docs: Document) -> list[Document]:
    return list(stage.run(iter(docs)))


def test_traditional_to_simplified_keeps_the_original_script() -> None:
    stage = ChineseConvert()
    [converted, untouched] = run(
        stage,
        Document(text=TRADITIONAL, id="t", metadata={"language": "zh"}),
        Document(text=SIMPLIFIED, id="s", metadata={"language": "zh"}),
    )
    assert converted.text == "软体开发与资讯安全是这个计划的重点，发展需要时间。"  # t2s: characters only
    assert converted.metadata["script"] == "Hant" and untouched.metadata["script"] == "Hans"
    assert untouched.text == SIMPLIFIED
    assert stage.stats["fixed:chinese_convert:t2s"].total == 1


def test_taiwan_phrases_and_the_reverse_direction() -> None:
    [taiwan] = run(ChineseConvert(ChineseConvertParams(config="tw2sp")), Document(text=TRADITIONAL, id="t"))
    assert taiwan.text.startswith("软件开发与信息安全")
    [traditional] = run(ChineseConvert(ChineseConvertParams(config="s2t")), Document(text=SIMPLIFIED, id="s"))
    assert "開發" in traditional.text and traditional.metadata["script"] == "Hans"


def test_other_languages_and_an_existing_script_column_are_respected() -> None:
    stage = ChineseConvert()
    [japanese, labelled] = run(
        stage,
        Document(text="東京の開発チーム", id="j", metadata={"language": "ja"}),
        Document(text=TRADITIONAL, id="h", metadata={"language": "zh", "script": "Hans"}),
    )
    assert japanese.text == "東京の開発チーム" and "script" not in japanese.metadata
    assert labelled.text == TRADITIONAL  # the language stage said Simplified: nothing to convert
    assert "fixed:chinese_convert:t2s" not in stage.stats.stats
