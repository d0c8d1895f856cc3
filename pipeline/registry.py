"""Config stage names → stage classes. Adding a stage to corpusmill means one line here."""

from __future__ import annotations

from filters.base import GlobalStage, Stage
from filters.clean_lines import CleanLines
from filters.exact_dedup import ExactDedup
from filters.extract import Extract
from filters.language import LanguageStage
from filters.length import Length
from filters.near_dedup import NearDedup
from filters.normalize import Normalize
from filters.pii import Pii
from filters.quality import Quality
from filters.quality_classifier import QualityClassifier
from filters.sft.stage import SftChecks, SftDecontaminate, SftDedup

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
        QualityClassifier,
        ExactDedup,
        NearDedup,
        SftChecks,
        SftDedup,
        SftDecontaminate,
    )
}
