"""Script-aware text helpers shared by the SFT checks, dedup and decontamination.

Chinese and Japanese have no spaces, so a "token" is a run of letters/digits for alphabetic
scripts and a single character for CJK: n-grams of these tokens are word n-grams in English and
character n-grams in Chinese, with one code path for mixed text.
"""

from __future__ import annotations

import re

import numpy as np
import xxhash

from corpusmill.text.cjk import CJK_CLASS as CJK

TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
CJK_CHAR = re.compile(rf"[{CJK}]")
LETTERS = re.compile(r"[^\W\d_]+")
CJK_RUN = re.compile(rf"[{CJK}]+")
CODE_BLOCK = re.compile(r"```.*?(?:```|\Z)|`[^`\n]+`", re.S)
MIX = np.uint64(0x9E3779B97F4A7C15)
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
QUOTED = re.compile(r"[\"“「『][^\"”」』]{12,}[\"”」』]")
"""A quoted passage of 12 or more characters: a text the turn gives, not one it points at."""


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def word_count(text: str) -> int:
    """Words for alphabetic scripts; CJK characters count half (a Chinese word is ~2 characters)."""
    found = TOKEN.findall(text)
    cjk = sum(1 for t in found if len(t) == 1 and CJK_CHAR.match(t))
    return len(found) - cjk + (cjk + 1) // 2


def letters(text: str) -> int:
    """Letters in ``text``, a CJK character counting 3 (about the information of a short word)."""
    return count(LETTERS, text) + 2 * count(CJK_RUN, text)


def count(runs: re.Pattern[str], text: str) -> int:
    """Characters matched by ``runs`` (a ``[...]+`` pattern): one object per run, not per character."""
    return sum(map(len, runs.findall(text)))


def strip_code(text: str) -> str:
    return CODE_BLOCK.sub(" ", text) if "`" in text else text


def ngram_hashes(toks: list[str], n: int) -> np.ndarray:
    """64-bit hashes of the token n-grams (xxh64 of each token, combined polynomially, so results do
    not depend on Python's per-process string hash). Fewer than ``n`` tokens make one n-gram."""
    if not toks:
        return np.zeros(0, dtype=np.uint64)
    h = np.fromiter((xxhash.xxh64_intdigest(t) for t in toks), dtype=np.uint64, count=len(toks))
    width = min(n, len(h))
    count = len(h) - width + 1
    acc = h[:count].copy()
    for j in range(1, width):
        acc *= MIX
        acc += h[j : j + count]
    return acc
