"""``chinese_convert``: one Chinese script per corpus, Traditional → Simplified (or the reverse).

A corpus that mixes 發展 and 发展 spends vocabulary and model capacity on two spellings of one
word. OpenCC (the ``opencc`` wheel, offline dictionaries) converts phrase by phrase, so it also
maps regional words (``t2s``: 軟體 stays 软体; ``tw2sp``: 軟體 → 软件). Only records whose
script is the source script are converted: Chinese by the ``language`` column when there is one,
and by their own characters (``script.chinese_script``). The ``script`` column keeps the ORIGINAL
script (set here when no ``language`` stage set it), so the source of a converted record stays
visible; each conversion is counted as the fix ``chinese_convert:<config>``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar, Literal

import pyarrow as pa
from datatrove.data import Document

from corpusmill.filters.base import Stage, StageParams, Verdict
from corpusmill.text.script import HANS, HANT, chinese_script

Config = Literal["t2s", "tw2s", "tw2sp", "hk2s", "s2t", "s2tw", "s2twp", "s2hk"]
SCRIPT = "script"


class ChineseConvertParams(StageParams):
    config: Config = "t2s"
    """An OpenCC configuration: t2s (Traditional → Simplified), tw2sp (Taiwan, with phrases), s2t, ..."""


@cache
def converter(config: str) -> Any:
    import opencc  # heavy: dictionaries load on first use

    return opencc.OpenCC(f"{config}.json")


class ChineseConvert(Stage):
    name = "chinese_convert"
    decides = False  # edits text; rejects only what nothing is left of (no tag mode)
    Params = ChineseConvertParams
    columns: ClassVar[dict[str, pa.DataType]] = {SCRIPT: pa.string()}

    def process(self, doc: Document) -> Verdict:
        language = doc.metadata.get("language")
        if language is not None and not str(language).startswith(("zh", "cmn")):
            return None
        script = doc.metadata.get(SCRIPT) or chinese_script(doc.text)
        doc.metadata[SCRIPT] = script
        source = HANS if self.params.config.startswith("s2") else HANT
        if script != source:
            return None
        converted = converter(self.params.config).convert(doc.text)
        if converted != doc.text:
            doc.text = converted
            self.count_fix(f"chinese_convert:{self.params.config}")
        return None
