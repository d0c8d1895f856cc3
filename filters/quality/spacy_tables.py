"""spaCy's tokenizer rules as plain data, shipped so that workers need not import spaCy.

``words.py`` re-runs spaCy's tokenizer algorithm in Python and only needs its rules: the
prefix/suffix/infix, token and URL regexes and the special-case table. Reading them from
``spacy.blank(language).tokenizer`` costs an import of spaCy (~0.6 s) and a pipeline build
(0.1-0.3 s) in every worker process, a large share of the quality stage on small tasks. The rules
of ``en`` and ``xx`` (the fallback for languages spaCy does not tokenize by rules) are therefore
extracted once into ``spacy_rules.json.gz`` together with the sentencizer's sentence-final
characters. A table is used only when the installed spaCy has the version it was extracted from
(read from the package metadata, without importing spaCy); any other language or version reads
the same data from spaCy at run time, so both paths build the tokenizer from one kind of dict.

Regenerate the file after upgrading spaCy::

    python -m corpusmill.filters.quality.spacy_tables
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).with_name("spacy_rules.json.gz")
SHIPPED_LANGUAGES = ("en", "xx")
FALLBACK_LANGUAGE = "xx"
PATTERNS = ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")
"""Tokenizer callables that are methods of a compiled regex (``None`` when a language has none)."""

Rules = dict[str, Any]
"""JSON-able tokenizer rules: ``{name: [pattern, flags] | None}`` for each of ``PATTERNS``,
``url_match_is_spacy`` (spaCy's own URL pattern, which needs a dot in the host) and ``specials``
(``{chunk: [token, ...]}``)."""


class UntabledRules(ValueError):
    """A tokenizer whose rules are not all compiled regexes cannot be described as data."""


def installed_spacy_version() -> str | None:
    try:
        return version("spacy")
    except PackageNotFoundError:
        return None


def extract(tokenizer: Any) -> Rules:
    """The rules of a spaCy ``Tokenizer`` as plain data (spaCy is imported: it made the tokenizer)."""
    from spacy.attrs import ORTH
    from spacy.lang.tokenizer_exceptions import URL_MATCH

    rules: Rules = {}
    for name in PATTERNS:
        method = getattr(tokenizer, name)
        pattern = getattr(method, "__self__", None)
        if method is not None and not isinstance(pattern, re.Pattern):
            raise UntabledRules(f"{name} of this tokenizer is not a method of a compiled regex: {method!r}")
        rules[name] = None if pattern is None else [pattern.pattern, pattern.flags]
    rules["url_match_is_spacy"] = tokenizer.url_match is URL_MATCH
    rules["specials"] = {key: [part[ORTH] for part in parts] for key, parts in tokenizer.rules.items()}
    return rules


def rules_from_spacy(language: str) -> Rules:
    """Rules of ``spacy.blank(language)``, or of ``xx`` where spaCy has no rule-based tokenizer."""
    import spacy

    try:
        tokenizer = spacy.blank(language).tokenizer
        tokenizer.prefix_search  # noqa: B018 -- only rule-based tokenizers have it
    except Exception:
        # Unknown to spaCy, needing an extra package (Korean wants mecab) or segmented by a
        # dictionary (Chinese, Japanese, Thai): the multi-language rules are datatrove's
        # fallback too, and CJK text goes to the character rules anyway.
        tokenizer = spacy.blank(FALLBACK_LANGUAGE).tokenizer
    return extract(tokenizer)


def sentence_punct_from_spacy() -> list[str]:
    from spacy.pipeline import Sentencizer

    return sorted(Sentencizer.default_punct_chars)


def build_table() -> dict[str, Any]:
    """The content of ``spacy_rules.json.gz`` for the installed spaCy."""
    return {
        "spacy_version": installed_spacy_version(),
        "languages": {language: rules_from_spacy(language) for language in SHIPPED_LANGUAGES},
        "sentence_punct": sentence_punct_from_spacy(),
    }


@cache
def shipped_table() -> dict[str, Any] | None:
    """The shipped table, or ``None`` when it was extracted from another spaCy than the installed one."""
    with gzip.open(TABLE_PATH, "rt", encoding="utf-8") as handle:
        table: dict[str, Any] = json.load(handle)
    return table if table["spacy_version"] == installed_spacy_version() else None


def tokenizer_rules(language: str) -> Rules:
    """Rules for ``language``: from the shipped table when it applies, else from spaCy."""
    table = shipped_table()
    if table is not None and language in table["languages"]:
        return table["languages"][language]
    return rules_from_spacy(language)


@cache
def sentence_punct() -> frozenset[str]:
    """spaCy's sentence-final characters (its sentencizer's defaults)."""
    table = shipped_table()
    return frozenset(table["sentence_punct"] if table is not None else sentence_punct_from_spacy())


def write_table(path: Path = TABLE_PATH) -> None:
    """Write the table; a fixed gzip time, so the same spaCy gives the same bytes.

    Keys keep spaCy's order: the order of the special cases decides which one wins when two of
    them split into the same affix tokens (see ``SpacyRules``).
    """
    text = json.dumps(build_table(), ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


def main() -> None:
    write_table()
    print(f"wrote {TABLE_PATH} for spaCy {installed_spacy_version()}")


if __name__ == "__main__":
    main()
