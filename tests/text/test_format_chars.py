"""Invisible format characters: removed where they carry nothing, kept where they change the text
(issue 28, item 15)."""

from __future__ import annotations

import pytest

from corpusmill.text.format_chars import strip_format_chars

ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h\u2060e\u2060l\u2060l\u2060o", "hello"),  # word joiner
        ("a \u202eevil\u202c b \u2066x\u2069", "a evil b x"),  # bidi override, isolate
        ("Silben\u00adtrennung \u200eשלום\u200f", "Silbentrennung שלום"),  # soft hyphen, direction marks
        ("he\u200dl\u200clo\u200d", "hello"),  # joiners between Latin letters do nothing
        ("ok\U000e0069\U000e0067\U000e006e", "ok"),  # tag characters hiding ASCII
        ("x\u2062y\u2064z\ufff9", "xyz"),  # invisible times and plus, annotation anchor
        ("w\u180eo\u180er\u180ed", "word"),  # Mongolian vowel separator outside Mongolian
        ("h\u3164e\uffa0y \u115fyou", "hey you"),  # Hangul fillers outside Hangul
        ("c\ufe0fo\ufe00p\u034fy \U000e0100x", "copy x"),  # variation selectors, CGJ after Latin letters
    ],
)
def test_meaningless_format_characters_go(text: str, expected: str) -> None:
    assert strip_format_chars(text) == (expected, len(text) - len(expected))


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهم بروم",  # Persian: ZWNJ separates the parts of a word
        "क्\u200dष और क्\u200cष",  # Devanagari: ZWJ/ZWNJ choose the conjunct's form
        "ශ්\u200dරී ලංකා",  # Sinhala
        "👨\u200d💻 🏳️\u200d🌈 ❤️\u200d🔥 👩🏽\u200d🔬",  # emoji ZWJ sequences
        f"{ENGLAND} England",  # a flag tag sequence
        "\u0600\u0661\u0662 \u06dd",  # Arabic number sign, end of ayah
        "ᠬᠠ\u180eᠨ",  # Mongolian: the vowel separator between letters
        "ᄒ\u1160ᆫ",  # Hangul: a filler between jamo
        "☺\ufe0f 1\ufe0f\u20e3 ©\ufe0e 葛\U000e0100",  # emoji, keycap, text style, ideographic variation
        "plain ASCII text",
    ],
)
def test_format_characters_that_change_the_text_stay(text: str) -> None:
    assert strip_format_chars(text) == (text, 0)


def test_a_flag_keeps_its_tags_while_the_text_around_it_is_cleaned() -> None:
    text = f"a\u2060{ENGLAND} b\U000e0069 \U0001f3f4 c"
    assert strip_format_chars(text) == (f"a{ENGLAND} b \U0001f3f4 c", 2)
