"""Rules for Chinese and Japanese, written for characters: these scripts have no spaces, so word
counts, word n-grams and stop words (the Gopher/C4 view) do not apply as they are.

Where the thresholds come from (see the README table for the full list):
- ``min_cjk_share`` 0.3: ChineseWebText's EvalWeb preprocessing (CASIA, ``preprocess.py``:
  ``min_zh_percent=0.3``).
- ``min_chars`` 85: the Chinese size of Gopher's 50-word floor for English. In the Chinese
  translation of Alpaca paired with the English answers (4,669 pairs), one Gopher word becomes
  1.69 Han characters (median; quartiles 1.57-1.83). EvalWeb's ``min_len=200`` held a Chinese text
  to what 118 English words say, and rejected complete short pieces (issue 22).
- ``dup_ngram_size`` 13 and ``max_dup_ngram_frac`` 0.5: EvalWeb's inner-repetition rule (share of
  13-character n-grams that occur more than once).
- duplicated lines/paragraphs: Gopher's ratios, with FineWeb-2's Chinese value for lines (0.287,
  ``configs/cmn_Hani.yml``); they are character measures already.
- ``top_n_grams``: Gopher's top n-gram rule on characters with Gopher's thresholds; natural
  Chinese text stays far below them (see the benchmark), repeated slogans do not.
- ``min_line_punct_ratio`` 0.106: FineWeb-2's Chinese ``line_punct_thr``.
- mean sentence length, navigation lines and script mixing have no published Chinese threshold:
  the bounds are ours, set wide enough that real Chinese prose (Leipzig news sentences, Alpaca-zh
  and BELLE answers) passes, and documented as such.
"""

from __future__ import annotations

import re
from functools import cached_property, partial

import numpy as np
from datatrove.utils.text import TERMINAL_PUNCTUATION
from pydantic import Field

from corpusmill.filters.base import StageParams
from corpusmill.filters.quality.repetition import (
    DuplicateLines,
    codepoints,
    most_frequent,
    window_hashes,
)
from corpusmill.filters.quality.rules import Rule, ratio
from corpusmill.filters.quality.zh_tables import NAVIGATION, SIMPLIFIED, TRADITIONAL
from corpusmill.text.cjk import ANY_CJK, HAN, KANA

SENTENCE_BREAK = re.compile(r"[。！？!?；;…\n]+")
CODE_FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
CODE_LINE = re.compile(
    r"^(?:[ \t]{2,}\S|\t)"  # indented
    r"|[{};]\s*$|^\s*[}\])]"  # opens or closes a block, ends a statement
    r"|^\s*(?:#include|import |from \S+ import|def |class |return\b|print\(|public |private |var |let |const )"
)
"""A line without CJK characters that reads as code (lines with CJK characters are prose)."""
LINE_END_PUNCTUATION = (*TERMINAL_PUNCTUATION, "…", "；")
CLOSING = "”’」』）)》】\"'"
ASCII_ALNUM = ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A))
SIMPLIFIED_SET = frozenset(SIMPLIFIED)
TRADITIONAL_SET = frozenset(TRADITIONAL)


def in_ranges(codes: np.ndarray, ranges: tuple[tuple[int, int], ...]) -> np.ndarray:
    mask = np.zeros(len(codes), dtype=bool)
    for low, high in ranges:
        mask |= (codes >= low) & (codes <= high)
    return mask


def cjk_share(text: str) -> float:
    """Han and kana characters among non-whitespace characters."""
    codes = codepoints("".join(text.split()))
    return ratio(np.count_nonzero(in_ranges(codes, HAN + KANA)), len(codes))


def prose_lines(text: str) -> list[str]:
    """The non-empty lines of ``text`` that are not code: fenced blocks (```/~~~) and lines without
    CJK characters that read as code (``CODE_LINE``) are left out. A Chinese tutorial's Python
    must not count against its Han share, its line punctuation or its repeated lines."""
    lines = []
    fenced = False
    for raw in text.split("\n"):
        if CODE_FENCE.match(raw):
            fenced = not fenced
            continue
        line = raw.strip()
        if fenced or not line or (CODE_LINE.search(raw) and ANY_CJK.search(line) is None):
            continue
        lines.append(line)
    return lines


def word_units(text: str) -> tuple[int, int]:
    """(Han/kana characters, units) of ``text``: an ASCII word or number counts as one unit like one
    Han character (``Nike`` is one word, not four characters against the Han share), every other
    non-whitespace character as one."""
    codes = codepoints(" ".join(text.split()))
    cjk = np.count_nonzero(in_ranges(codes, HAN + KANA))
    alnum = in_ranges(codes, ASCII_ALNUM)
    words = int(np.count_nonzero(alnum[1:] & ~alnum[:-1])) + int(alnum[:1].sum())
    chars = len(codes) - int(np.count_nonzero(codes == ord(" ")))
    return cjk, chars - int(np.count_nonzero(alnum)) + words


def has_kana(text: str) -> bool:
    return bool(np.any(in_ranges(codepoints(text), KANA)))


class CjkParams(StageParams):
    min_chars: int = Field(default=85, ge=0)
    """Non-whitespace characters: the Chinese size of Gopher's 50 words (module docstring)."""
    min_cjk_share: float = Field(default=0.3, ge=0, le=1)
    """cjk_share: smallest share of Han/kana characters in the prose (code blocks and code-like lines left out)."""
    min_mean_sentence_chars: float = Field(default=6, ge=0)
    """cjk_sentence_short: shortest mean sentence length in characters."""
    max_mean_sentence_chars: float = Field(default=250, ge=0)
    """cjk_sentence_long: longest mean sentence length in characters."""
    min_line_punct_ratio: float = Field(default=0.106, ge=0, le=1)
    """cjk_line_punct: smallest share of prose lines ending in punctuation (FineWeb-2's cmn_Hani value)."""
    dup_line_frac: float = Field(default=0.287, ge=0, le=1)
    """cjk_dup_line_frac: largest share of duplicated lines (FineWeb-2's cmn_Hani value)."""
    dup_para_frac: float = Field(default=0.3, ge=0, le=1)
    """cjk_dup_para_frac: largest share of duplicated paragraphs."""
    dup_line_char_frac: float = Field(default=0.2, ge=0, le=1)
    """cjk_dup_line_char_frac: largest share of characters in duplicated lines."""
    dup_para_char_frac: float = Field(default=0.2, ge=0, le=1)
    """cjk_dup_para_char_frac: largest share of characters in duplicated paragraphs."""
    top_n_grams: dict[int, float] = Field(default_factory=lambda: {2: 0.2, 3: 0.18, 4: 0.16})
    """cjk_top_<n>_gram: for each n, the largest share of characters the most frequent character n-gram may cover
    (Gopher's thresholds)."""
    dup_ngram_size: int = Field(default=13, ge=2)
    """cjk_dup_ngram: length of the character n-grams of the inner-repetition rule (EvalWeb)."""
    max_dup_ngram_frac: float = Field(default=0.5, ge=0, le=1)
    """cjk_dup_ngram: largest share of characters in repeated dup_ngram_size-grams."""
    max_nav_lines_ratio: float = Field(default=0.3, ge=0, le=1)
    """cjk_nav_lines: largest share of short unpunctuated lines holding navigation words (点击, 上一篇,
    版权所有, ...)."""
    nav_max_line_chars: int = Field(default=50, ge=1)
    """Only lines this short (and without final punctuation) can count as navigation."""
    nav_keywords: list[str] = Field(default_factory=lambda: list(NAVIGATION))
    """The navigation words of cjk_nav_lines."""
    max_script_mixing: float = Field(default=0.1, ge=0, le=0.5)
    """Share of the minority script among simplified-only and traditional-only characters."""
    max_replacement_chars: int = Field(default=0, ge=0)
    """``replacement_chars``: U+FFFD characters (text lost in a bad decoding) a text may hold."""
    script_mixing_min_markers: int = Field(default=10, ge=1)
    """cjk_script_mixing: fewest simplified-only plus traditional-only characters a text needs before its mixing is
    judged."""
    script_mixing_languages: list[str] = Field(
        default_factory=lambda: ["zh", "zho", "cmn", "yue", "wuu", "gan", "hak", "nan"]
    )
    """Japanese kanji mix both kinds of forms by design."""


class CjkDoc(DuplicateLines):
    """One document's character features, each computed on first use."""

    def __init__(self, text: str, params: CjkParams, nav_pattern: re.Pattern[str]) -> None:
        self.text = text
        self.params = params
        self.nav_pattern = nav_pattern

    @cached_property
    def compact(self) -> str:
        """The text without whitespace: Chinese puts no spaces between words, so spaces (and
        line breaks) are layout, not characters."""
        return "".join(self.text.split())

    @cached_property
    def codes(self) -> np.ndarray:
        return codepoints(self.compact)

    @cached_property
    def lines(self) -> list[str]:
        """Prose lines (``prose_lines``): what the line, sentence and repetition rules read."""
        return prose_lines(self.text)

    @cached_property
    def repetition_text(self) -> str:
        return "\n".join(self.lines)

    def chars(self) -> float:
        return len(self.codes)

    def share(self) -> float:
        """Han/kana among the prose's units (see ``word_units``)."""
        return ratio(*word_units(self.repetition_text))

    def top_n_gram(self, n: int) -> float:
        hashes = window_hashes(self.codes, n)
        if len(hashes) == 0:
            return 0.0
        return ratio(most_frequent(hashes)[1] * n, len(self.codes))

    def dup_ngram_frac(self) -> float:
        hashes = window_hashes(codepoints(self.compact.lower()), self.params.dup_ngram_size)
        if len(hashes) == 0:
            return 0.0
        _, counts = np.unique(hashes, return_counts=True)
        return ratio(int(counts[counts > 1].sum()), len(hashes))

    def mean_sentence_chars(self) -> float:
        lengths = [len("".join(s.split())) for s in SENTENCE_BREAK.split(self.repetition_text)]
        lengths = [n for n in lengths if n]
        return ratio(sum(lengths), len(lengths))

    def line_punct(self) -> float:
        ended = sum(line.rstrip(CLOSING).endswith(LINE_END_PUNCTUATION) for line in self.lines)
        return ratio(ended, len(self.lines))

    def nav_lines(self) -> float:
        """Share of lines that are site furniture: short, unpunctuated, with a navigation phrase.

        A sentence that mentions 登录 or 广告 ends with punctuation; a menu item does not.
        """
        limit = self.params.nav_max_line_chars
        search = self.nav_pattern.search
        navigation = sum(
            len(line) <= limit and not line.rstrip(CLOSING).endswith(LINE_END_PUNCTUATION) and search(line) is not None
            for line in self.lines
        )
        return ratio(navigation, len(self.lines))

    def script_mixing(self) -> float:
        simplified = sum(map(self.compact.count, SIMPLIFIED_SET & set(self.compact)))
        traditional = sum(map(self.compact.count, TRADITIONAL_SET & set(self.compact)))
        if simplified + traditional < self.params.script_mixing_min_markers:
            return 0.0
        return min(simplified, traditional) / (simplified + traditional)


def navigation_pattern(keywords: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(keywords, key=len, reverse=True))), re.IGNORECASE)


def cjk_rules(params: CjkParams, check_script_mixing: bool) -> list[Rule[CjkDoc]]:
    p = params
    rules: list[Rule[CjkDoc]] = [
        Rule("empty", lambda d: len(d.text), 1, lower_bound=True),
        Rule("cjk_short_doc", CjkDoc.chars, p.min_chars, lower_bound=True),
        Rule("cjk_share", CjkDoc.share, p.min_cjk_share, lower_bound=True),
        Rule("cjk_dup_para_frac", CjkDoc.dup_para_frac, p.dup_para_frac),
        Rule("cjk_dup_para_char_frac", CjkDoc.dup_para_char_frac, p.dup_para_char_frac),
        Rule("cjk_dup_line_frac", CjkDoc.dup_line_frac, p.dup_line_frac),
        Rule("cjk_dup_line_char_frac", CjkDoc.dup_line_char_frac, p.dup_line_char_frac),
    ]
    rules += [Rule(f"cjk_top_{n}_gram", partial(CjkDoc.top_n_gram, n=n), limit) for n, limit in p.top_n_grams.items()]
    rules += [
        Rule("cjk_dup_ngram", CjkDoc.dup_ngram_frac, p.max_dup_ngram_frac),
        Rule("cjk_sentence_short", CjkDoc.mean_sentence_chars, p.min_mean_sentence_chars, lower_bound=True),
        Rule("cjk_sentence_long", CjkDoc.mean_sentence_chars, p.max_mean_sentence_chars),
        Rule("cjk_line_punct", CjkDoc.line_punct, p.min_line_punct_ratio, lower_bound=True),
        Rule("cjk_nav_lines", CjkDoc.nav_lines, p.max_nav_lines_ratio),
    ]
    if check_script_mixing:
        rules.append(Rule("cjk_script_mixing", CjkDoc.script_mixing, p.max_script_mixing))
    rules.append(Rule("replacement_chars", lambda d: d.text.count("\ufffd"), p.max_replacement_chars))
    return rules
