"""Repetition measures shared by the word rules (English) and the character rules (CJK).

Gopher's repetition rules, as datatrove writes them, build Python strings for every n-gram of a
document and count them in dictionaries: about half of datatrove's filtering time. Here an n-gram
is a 64-bit polynomial hash computed for all positions at once with numpy (``window_hashes``), so
counting is one sort, shared by every n-gram size of a rule family (``most_frequent_windows``,
``duplicate_chars``: tag mode measures them all). Equal hashes are taken as equal strings (a
false match needs a 64-bit collision).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

import numpy as np

from corpusmill.filters.quality.rules import ratio

HASH_BASE = 0x100000001B3
"""Odd multiplier of the polynomial hash (mod 2**64, so it has an inverse)."""

PARAGRAPH_BREAK = re.compile(r"\n{2,}")
LINE_BREAKS = re.compile(r"\n+")

_POWERS: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]


def _powers_of(base: int, n: int) -> np.ndarray:
    out = np.full(n, base, dtype=np.uint64)
    out[0] = 1
    return np.cumprod(out, dtype=np.uint64)


def powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """HASH_BASE**k and its inverse for k < n (mod 2**64); grown by doubling and shared."""
    if len(_POWERS[0]) < n:
        size = max(n, 2 * len(_POWERS[0]), 4096)
        _POWERS[0] = _powers_of(HASH_BASE, size)
        _POWERS[1] = _powers_of(pow(HASH_BASE, -1, 1 << 64), size)
    return _POWERS[0], _POWERS[1]


def codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _prefix_sums(weighted: np.ndarray) -> np.ndarray:
    prefix = np.zeros(len(weighted) + 1, dtype=np.uint64)
    np.cumsum(weighted, dtype=np.uint64, out=prefix[1:])
    return prefix


def window_counts(total: int, sizes: list[int]) -> list[int]:
    """How many windows of each size a sequence of ``total`` values has."""
    return [max(total - n + 1, 0) for n in sizes]


def window_hashes(values: np.ndarray, n: int) -> np.ndarray:
    """Hash of every window of ``n`` consecutive values (characters or token hashes)."""
    return window_hashes_by_size(values, [n])[0]


def window_hashes_by_size(values: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
    """``window_hashes`` for each n of ``sizes``, from one prefix sum."""
    total = len(values)
    power, inverse = powers(total + 1)
    prefix = _prefix_sums(values.astype(np.uint64) * power[:total])
    return [
        (prefix[n : n + c] - prefix[:c]) * inverse[:c] for n, c in zip(sizes, window_counts(total, sizes), strict=True)
    ]


def string_hashes(strings: list[str]) -> np.ndarray:
    """Polynomial hash of each string's characters; equal to ``window_hashes`` of its codepoints."""
    lengths = np.fromiter(map(len, strings), dtype=np.int64, count=len(strings))
    ends = np.cumsum(lengths)
    starts = ends - lengths
    codes = codepoints("".join(strings)).astype(np.uint64)
    power, inverse = powers(len(codes) + 1)
    prefix = _prefix_sums(codes * power[: len(codes)])
    return (prefix[ends] - prefix[starts]) * inverse[starts]


def joined_window_hashes(token_hashes: np.ndarray, token_lengths: np.ndarray, n: int) -> np.ndarray:
    """Hash of ``"".join`` of every ``n`` consecutive tokens, from each token's string hash.

    Windows with the same joined text get the same hash even when split into tokens differently,
    which is how Gopher's duplicate n-gram rule compares them.
    """
    return joined_window_hashes_by_size(token_hashes, _offsets(token_lengths), [n])[0]


def joined_window_hashes_by_size(token_hashes: np.ndarray, offsets: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
    """``joined_window_hashes`` for each n of ``sizes``, from one prefix sum (``offsets``: each
    token's first character, ``_offsets``)."""
    power, inverse = powers(int(offsets[-1]) + 1)
    prefix = _prefix_sums(token_hashes * power[offsets[:-1]])
    counts = window_counts(len(token_hashes), sizes)
    return [(prefix[n : n + c] - prefix[:c]) * inverse[offsets[:c]] for n, c in zip(sizes, counts, strict=True)]


def _offsets(token_lengths: np.ndarray) -> np.ndarray:
    """Each token's first character in the joined text, and the text's length last."""
    offsets = np.zeros(len(token_lengths) + 1, dtype=np.int64)
    np.cumsum(token_lengths, out=offsets[1:])
    return offsets


def duplicates(items: list[str]) -> tuple[int, int]:
    """Gopher's ``find_duplicates``: repeated elements and their characters (first copies free)."""
    unique = set(items)
    return len(items) - len(unique), sum(map(len, items)) - sum(map(len, unique))


def first_occurrences(keys: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """For each key, the index of the first equal key of the same group (``groups`` non-decreasing:
    the windows of several sizes, one block per size, share one stable sort)."""
    order, ordered = _stable_order(keys)
    ordered_groups = groups[order]
    starts = np.empty(len(keys), dtype=bool)
    starts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    starts[1:] |= ordered_groups[1:] != ordered_groups[:-1]  # equal keys sort by group, then index
    first = np.empty_like(order)
    first[order] = order[starts][np.cumsum(starts) - 1]
    return first


RADIX_FROM = 4096
"""Keys from which ``_stable_order`` sorts by their low 32 bits in two 16-bit passes: numpy's
stable sort of 16-bit keys is a radix sort (linear), where its stable sort of 64-bit keys takes
several times longer on a long page."""


def _stable_order(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the order that sorts ``keys`` stably, the sorted keys). Equal keys end up side by side in
    their input order; sorted by their low 32 bits, keys that share them but differ above (a
    32-bit collision, rare) could interleave, and the keys are then sorted whole."""
    if len(keys) >= RADIX_FROM:
        low = keys.astype(np.uint32)
        order = low.astype(np.uint16).argsort(kind="stable")
        order = order[(low[order] >> 16).astype(np.uint16).argsort(kind="stable")]
        ordered, ordered_low = keys[order], low[order]
        if not ((ordered_low[1:] == ordered_low[:-1]) & (ordered[1:] != ordered[:-1])).any():
            return order, ordered
    order = keys.argsort(kind="stable")
    return order, keys[order]


def _blocks(arrays: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(the arrays one after another, each element's block number, each block's start)."""
    sizes = [len(a) for a in arrays]
    starts = np.zeros(len(arrays) + 1, dtype=np.int64)
    np.cumsum(sizes, out=starts[1:])
    return np.concatenate(arrays), np.repeat(np.arange(len(arrays)), sizes), starts


def most_frequent_windows(values: np.ndarray, sizes: list[int]) -> list[tuple[int, int]]:
    """``most_frequent(window_hashes(values, n))`` for each n of ``sizes`` ((0, 0) without windows),
    from one prefix sum and one sort for all sizes."""
    counts = window_counts(len(values), sizes)
    if not any(counts):
        return [(0, 0)] * len(sizes)
    hashes, block, starts = _blocks(window_hashes_by_size(values, sizes))
    first = first_occurrences(hashes, block)
    index = np.arange(len(hashes))
    heads = np.flatnonzero(first == index)  # each distinct window of each size, at its first position
    frequency = np.bincount(first, minlength=len(hashes))[heads]
    head_block = block[heads]
    result = []
    for size_index, count in enumerate(counts):
        if not count:
            result.append((0, 0))
            continue
        mine = head_block == size_index
        best = int(frequency[mine].max())
        result.append((int(heads[mine][frequency[mine] == best].min() - starts[size_index]), best))
    return result


def most_frequent(hashes: np.ndarray) -> tuple[int, int]:
    """(first position, count) of the most frequent hash; ties go to the earliest, like
    ``Counter.most_common(1)`` over n-grams in text order."""
    _, first, counts = np.unique(hashes, return_index=True, return_counts=True)
    best = counts.max()
    return int(first[counts == best].min()), int(best)


def duplicate_chars(token_hashes: np.ndarray, token_lengths: np.ndarray, sizes: list[int]) -> list[int]:
    """Gopher's ``find_all_duplicate`` characters for each n of ``sizes``: the n-grams compared as
    joined strings (``joined_window_hashes``), hashed from one prefix sum and grouped by one sort
    for all sizes; the greedy scan of each size then visits only its repeated n-grams."""
    if not any(window_counts(len(token_hashes), sizes)):
        return [0] * len(sizes)
    offsets = _offsets(token_lengths)
    hashes, block, starts = _blocks(joined_window_hashes_by_size(token_hashes, offsets, sizes))
    first = first_occurrences(hashes, block)
    repeats = np.flatnonzero(first < np.arange(len(hashes)))
    bounds = np.searchsorted(repeats, starts)
    result = []
    for size_index, n in enumerate(sizes):
        mine = repeats[bounds[size_index] : bounds[size_index + 1]]
        positions = mine - starts[size_index]
        window_chars = offsets[positions + n] - offsets[positions]
        result.append(_greedy(positions, first[mine] - starts[size_index], hashes[mine], window_chars, n))
    return result


def _greedy(positions: np.ndarray, earliest: np.ndarray, keys: np.ndarray, chars: np.ndarray, n: int) -> int:
    """Gopher's ``find_all_duplicate`` scan: n-grams left to right; a repeat of an n-gram seen at a
    visited position counts its characters and jumps ``n`` positions ahead.

    Only positions whose n-gram occurred earlier can count (``positions``, ascending, with the
    first position of their n-gram, its hash and its characters), so the Python loop runs over
    those (few in ordinary text). A first occurrence is "seen" unless a jump skipped it, which is
    looked up in the sorted jump list.
    """
    jumps: list[int] = []
    added: set[int] = set()
    resume = 0
    total = 0
    for position, first, key, size in zip(
        positions.tolist(), earliest.tolist(), keys.tolist(), chars.tolist(), strict=True
    ):
        if position < resume:
            continue
        if key in added or not _skipped(jumps, first, n):
            total += size
            jumps.append(position)
            resume = position + n
        else:
            added.add(key)
    return total


def _skipped(jumps: list[int], position: int, n: int) -> bool:
    i = bisect_right(jumps, position) - 1
    return i >= 0 and jumps[i] < position < jumps[i] + n


class DuplicateLines:
    """Gopher's duplicated paragraph and line measures, shared by the word rules (``SpaceDoc``)
    and the character rules (``CjkDoc``): both split and compare text the same way."""

    text: str

    @property
    def repetition_text(self) -> str:
        """The text these measures read (the character rules leave code out)."""
        return self.text

    @cached_property
    def paragraph_dups(self) -> tuple[int, int, int]:
        """(paragraphs, duplicated paragraphs, characters in duplicates)."""
        paragraphs = PARAGRAPH_BREAK.split(self.repetition_text.strip())
        return (len(paragraphs), *duplicates(paragraphs))

    @cached_property
    def line_dups(self) -> tuple[int, int, int]:
        """(lines, duplicated lines, characters in duplicates)."""
        lines = LINE_BREAKS.split(self.repetition_text)
        return (len(lines), *duplicates(lines))

    def dup_para_frac(self) -> float:
        count, dup, _ = self.paragraph_dups
        return ratio(dup, count)

    def dup_para_char_frac(self) -> float:
        return ratio(self.paragraph_dups[2], len(self.repetition_text))

    def dup_line_frac(self) -> float:
        count, dup, _ = self.line_dups
        return ratio(dup, count)

    def dup_line_char_frac(self) -> float:
        return ratio(self.line_dups[2], len(self.repetition_text))
