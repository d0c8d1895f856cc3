"""Config stage names → stage classes, imported on first use.

Adding a built-in stage is one new module under ``filters/`` and one line here. Entries
are ``"module:Class"`` strings so that validating a config imports only the stages it names (not
spaCy, fastText or trafilatura for every stage). A config may also name a user's stage directly as
``"module:Class"`` (importable from ``PYTHONPATH``): any subclass of ``corpusmill.Stage`` or
``corpusmill.GlobalStage`` runs with the same accounting, rejects, stats and report.
"""

from __future__ import annotations

import importlib
from functools import cache

from corpusmill.filters.base import GlobalStage, Stage

BUILTIN: dict[str, str] = {
    "extract": "corpusmill.filters.extract:Extract",
    "normalize": "corpusmill.filters.normalize:Normalize",
    "length": "corpusmill.filters.length:Length",
    "language": "corpusmill.filters.language:LanguageStage",
    "clean_lines": "corpusmill.filters.clean_lines:CleanLines",
    "quality": "corpusmill.filters.quality:Quality",
    "pii": "corpusmill.filters.pii:Pii",
    "url_filter": "corpusmill.filters.url_filter:UrlFilter",
    "safety": "corpusmill.filters.safety:Safety",
    "chinese_convert": "corpusmill.filters.chinese_convert:ChineseConvert",
    "quality_classifier": "corpusmill.filters.quality_classifier:QualityClassifier",
    "exact_dedup": "corpusmill.filters.dedup.exact:ExactDedup",
    "near_dedup": "corpusmill.filters.dedup.near:NearDedup",
    "boilerplate_lines": "corpusmill.filters.boilerplate_lines:BoilerplateLines",
    "sft": "corpusmill.filters.sft.stage:SftChecks",
    "sft_dedup": "corpusmill.filters.sft.stage:SftDedup",
    "sft_decontaminate": "corpusmill.filters.sft.stage:SftDecontaminate",
}

StageClass = type[Stage] | type[GlobalStage]


class UnknownStage(LookupError):
    """A stage name that is neither built in nor an importable ``module:Class``; one line."""


def is_user_stage(name: str) -> bool:
    return ":" in name and name not in BUILTIN


@cache
def stage_class(name: str) -> StageClass:
    """The class behind a config entry's name (a built-in name or a user's ``module:Class``)."""
    target = BUILTIN.get(name)
    if target is None and not is_user_stage(name):
        raise UnknownStage(f"unknown stage (known: {', '.join(sorted(BUILTIN))}; or a user stage as module:Class)")
    module_name, _, class_name = (target or name).partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise UnknownStage(f"cannot import module {module_name!r}: {err}") from None
    except Exception as err:  # a user module that fails while importing: one line, not a traceback
        raise UnknownStage(f"importing {module_name!r} failed: {type(err).__name__}: {err}") from None
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, Stage | GlobalStage)):
        raise UnknownStage(f"{module_name}.{class_name} is not a corpusmill.Stage or corpusmill.GlobalStage subclass")
    return cls
