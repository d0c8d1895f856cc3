"""Invisible Unicode format characters (category Cf) that carry no meaning in training text.

Word joiners (U+2060), bidi overrides and isolates (U+202A-202E, U+2066-2069), direction marks,
soft hyphens, invisible operators and tag characters render as nothing, so a copy of a text with
them interleaved looks the same to a reader but not to a hash: it passes exact and near dedup and
every rule that matches words. They are removed, except where they change the text:

- ZWJ and ZWNJ (U+200D, U+200C) between two characters of a script that joins letters or forms
  conjuncts (Arabic and Persian, Syriac, Indic scripts, Sinhala, Tibetan, Myanmar, Khmer,
  Mongolian), or between two parts of an emoji sequence (👨‍💻, 🏳️‍🌈); elsewhere (between Latin
  letters, at an edge) they do nothing and go;
- tag characters inside an emoji flag sequence (🏴 + tags + cancel tag: the flags of England,
  Scotland, Wales); elsewhere they are hidden ASCII and go;
- the Arabic, Syriac and Kaithi number and end-of-ayah signs, which are part of their scripts'
  writing; the Mongolian vowel separator between Mongolian letters.

Invisible characters of other categories that serve the same trick are treated alike: the Hangul
fillers (U+115F, U+1160, U+3164, U+FFA0, letters that render blank) stay only between Hangul, and
variation selectors and the combining grapheme joiner go after a Latin letter or a space, where no
variation sequence exists (after emoji, digits and CJK ideographs they choose a glyph and stay).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

JOINERS = "\u200c\u200d"
KEEP = "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"  # script signs
MONGOLIAN_SEPARATOR = "\u180e"
HANGUL_FILLERS = "\u115f\u1160\u3164\uffa0"
HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc"
SELECTORS = "\u034f\ufe00-\ufe0f\U000e0100-\U000e01ef"  # combining grapheme joiner, variation selectors
JOINING = (
    "\u0600-\u08ff"  # Arabic (Persian, Urdu), Syriac, Thaana, NKo and Arabic extensions
    "\u0900-\u0dff"  # Devanagari ... Sinhala
    "\u0f00-\u0fff"  # Tibetan
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u18af"  # Khmer, Mongolian
    "\ua8e0-\ua8ff\ua980-\ua9ff\uaa60-\uaa7f"  # Devanagari extended, Javanese, Myanmar extended
    "\ufb50-\ufdff\ufe70-\ufefe"  # Arabic presentation forms
    "\U00011000-\U000111ff"  # Brahmi, Kaithi, Sharada and other Brahmic scripts
)
EMOJI = "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"


def _outside(chars: str, context: str) -> str:
    """A pattern for ``chars`` not between two characters of ``context``."""
    return f"(?<![{context}])[{chars}]|[{chars}](?![{context}])"


STRAY = re.compile(
    "|".join(
        (
            _outside(JOINERS, JOINING + EMOJI),
            _outside(MONGOLIAN_SEPARATOR, "\u1800-\u18af"),
            _outside(HANGUL_FILLERS, HANGUL),
            f"(?:(?<=[A-Za-z\\s])|^)[{SELECTORS}]+",
        )
    )
)
CONTEXTUAL = re.compile(f"[{JOINERS}{MONGOLIAN_SEPARATOR}{HANGUL_FILLERS}{SELECTORS}]")
FLAG = re.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")


@cache
def deletions() -> dict[int, None]:
    """A ``str.translate`` table deleting every Cf character of this Python's Unicode version
    other than the ones kept or kept in context (built once per process, ~0.1 s)."""
    return {
        code: None
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and chr(code) not in KEEP + JOINERS + MONGOLIAN_SEPARATOR
    }


def strip_format_chars(text: str) -> tuple[str, int]:
    """``text`` without meaningless format characters, and how many were removed."""
    if text.isascii():
        return text, 0
    if "\U0001f3f4" not in text:
        return _strip(text)
    flags = FLAG.findall(text)  # kept whole; the text around them is stripped
    stripped = [_strip(part) for part in FLAG.split(text)]
    text = "".join(part + flag for (part, _), flag in zip(stripped, [*flags, ""], strict=True))
    return text, sum(n for _, n in stripped)


def _strip(text: str) -> tuple[str, int]:
    kept = text.translate(deletions())
    removed = len(text) - len(kept)
    if CONTEXTUAL.search(kept):
        stripped = STRAY.sub("", kept)
        removed += len(kept) - len(stripped)
        kept = stripped
    return kept, removed
