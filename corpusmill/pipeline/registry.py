"""Config stage names → stage classes. Adding a stage to corpusmill means one line here."""

from __future__ import annotations

from corpusmill.filters.base import GlobalStage, Stage
from corpusmill.filters.chinese_convert import ChineseConvert
from corpusmill.filters.clean_lines import CleanLines
from corpusmill.filters.exact_dedup import ExactDedup
from corpusmill.filters.extract import Extract
from corpusmill.filters.language import LanguageStage
from corpusmill.filters.length import Length
from corpusmill.filters.near_dedup import NearDedup
from corpusmill.filters.normalize import Normalize
from corpusmill.filters.pii import Pii
from corpusmill.filters.quality import Quality
from corpusmill.filters.quality_classifier import QualityClassifier
from corpusmill.filters.safety import Safety
from corpusmill.filters.sft.stage import SftChecks, SftDecontaminate, SftDedup
from corpusmill.filters.url_filter import UrlFilter

STAGES: dict[str, type[Stage] | type[GlobalStage]] = {
    cls.name: cls
    for cls in (
        Extract,
        Normalize,
        Length,
        LanguageStage,
        CleanLines,
        Quality,
        Pii,
        UrlFilter,
        Safety,
        ChineseConvert,
        QualityClassifier,
        ExactDedup,
        NearDedup,
        SftChecks,
        SftDedup,
        SftDecontaminate,
    )
}
