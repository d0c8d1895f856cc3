"""The one table of CJK code-point ranges, and the character classes every module derives from it.

Chinese, Japanese and Korean text has no spaces between words, so tokenising, shingling, language
and script detection and quality rules all need to know which characters are CJK. Keeping the
ranges in one place means the near-dup shingler, the SFT checks and the quality rules agree on
what a CJK character is (they used to disagree on Hangul).
"""

from __future__ import annotations

import re

Ranges = tuple[tuple[int, int], ...]

HAN: Ranges = (
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x2EBEF),  # extensions B to F
    (0x30000, 0x3134F),  # extension G
)
KANA: Ranges = (
    (0x3031, 0x3035),  # vertical kana repeat marks
    (0x3041, 0x3096),  # hiragana
    (0x309D, 0x309F),  # hiragana iteration marks, digraph
    (0x30A1, 0x30FA),  # katakana
    (0x30FC, 0x30FF),  # prolonged sound mark, iteration marks, digraph
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0xFF66, 0xFF9D),  # half-width katakana
    (0x1B000, 0x1B16F),  # kana supplement and extensions
)
HANGUL: Ranges = (
    (0x1100, 0x11FF),  # jamo
    (0x3130, 0x318F),  # compatibility jamo
    (0xA960, 0xA97F),  # jamo extended A
    (0xAC00, 0xD7FF),  # syllables, jamo extended B
    (0xFFA0, 0xFFDC),  # half-width hangul
)
BOPOMOFO: Ranges = ((0x3100, 0x312F), (0x31A0, 0x31BF))
ALL: Ranges = tuple(sorted(HAN + KANA + HANGUL + BOPOMOFO))


def char_class(ranges: Ranges) -> str:
    """The body of a regex character class (``[...]`` without brackets) matching ``ranges``."""
    return "".join(f"{chr(low)}-{chr(high)}" for low, high in ranges)


CJK_CLASS = char_class(ALL)
"""Any CJK letter: Han, kana, Hangul, Bopomofo (no punctuation)."""
HAN_KANA_CLASS = char_class(HAN + KANA)
"""Chinese and Japanese characters (the scripts whose words are single characters for shingling)."""
ANY_CJK = re.compile(f"[{CJK_CLASS}]")
