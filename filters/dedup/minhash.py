"""Vectorised MinHash for near-duplicate detection: normalisation, CJK-aware shingles, signatures,
LSH banding and connected components.

Every function works on a whole batch of records at once with numpy, so the cost per word is a
few vector operations instead of Python calls:

* the batch's texts are joined and decoded into one code point array; lookup tables fold each
  code point (lower case, and the NFKC compatibility form: full-width Latin and digits,
  half-width kana, compatibility ideographs) and classify it as separator (whitespace,
  punctuation, symbols), word character, digit or CJK character (Han, kana, Hangul). Canonical
  composition is left to the ``normalize`` stage;
* every digit reads as ``0``; a token is a run of word characters and digits or a single CJK
  character, so mixed Chinese/English text needs no segmenter;
* each token is hashed once with a polynomial over its code points, each shingle (n consecutive
  tokens of one record) once from its token hashes; space-delimited records use word n-grams
  (``ngram``), CJK records character n-grams (``cjk_ngram``);
* permutations are multiply-add-shift hashes ``((a*x + b) mod 2^64) >> 32`` of the 32-bit
  shingle hashes, over ``[num_perm x shingles]`` blocks sized to stay in cache, reduced per
  record with ``np.minimum.reduceat``. With ``a`` and ``b`` uniform 64-bit numbers this family
  is strongly universal (pairwise independent) on 32-bit keys (Dietzfelbinger 1996), like
  ``(a*x + b) mod p``, without the costly modulo.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpusmill.text import cjk

SEPARATOR, WORD, DIGIT, CJK = 0, 1, 2, 3

CJK_LANGUAGES = frozenset({"zh", "ja", "ko", "yue", "wuu", "cmn", "lzh", "gan", "hak", "nan"})
"""Language codes (as written by the language stage, before any ``-``/``_`` region suffix)
whose records get character shingles."""

CJK_SHARE = 0.3
"""Without a language label, a record whose word characters are at least this share CJK is
shingled by characters: Chinese prose with some English terms stays CJK, English prose that
quotes a few Chinese words stays word-based."""

VERSION = 1
"""Bump when normalisation, tokens, shingles or permutations change: signatures of two versions
are not comparable, and a cross-run index records the version it was built with."""

EMPTY_SLOT = np.uint32(0xFFFFFFFF)
"""Signature value of a record without shingles (empty or only punctuation)."""


_M1, _M2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)
_TOKEN_BASE = np.uint64(0x100000001B3)  # polynomial base over code points (the FNV prime)
_SHINGLE_BASE = np.uint64(0x9E3779B97F4A7C15)  # polynomial base over token hashes
_LENGTH_SALT = np.uint64(0x2545F4914F6CDD1D)
_BLOCK_ROWS = 2048  # shingle rows per permutation block: 2048 x 128 x 8 bytes stays in L2 cache


CODE_POINT_TABLE = Path(__file__).parents[1] / "assets" / "minhash_code_points.npz"
"""``build_code_point_tables()`` saved for one Unicode version (17 KB): loading it takes ~5 ms
where building takes ~60 ms, paid by every process that hashes (each task worker, each run)."""


@functools.cache
def code_point_tables() -> tuple[np.ndarray, np.ndarray]:
    """Per code point: its fold and the class of that fold (see ``build_code_point_tables``).
    Read from ``CODE_POINT_TABLE`` when it was saved with this Python's Unicode version."""
    try:
        with np.load(CODE_POINT_TABLE) as saved:
            if str(saved["unidata_version"]) == unicodedata.unidata_version:
                fold = np.arange(0x110000, dtype=np.uint32)
                fold[saved["fold_at"]] = saved["fold_to"]
                runs = np.diff(np.append(saved["class_starts"], 0x110000))
                return fold, np.repeat(saved["class_values"], runs)
    except (OSError, KeyError, ValueError):  # missing or unreadable: build the tables instead
        pass
    return build_code_point_tables()


def write_code_point_table(path: Path = CODE_POINT_TABLE) -> None:
    """Save ``build_code_point_tables()`` sparsely: the code points that do not fold to
    themselves, and the class array as runs. Run after a Python upgrade changes Unicode."""
    fold, classes = build_code_point_tables()
    moved = np.flatnonzero(fold != np.arange(fold.size, dtype=np.uint32)).astype(np.uint32)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(classes)) + 1]).astype(np.uint32)
    with path.open("wb") as handle:
        np.savez_compressed(
            handle,
            unidata_version=np.array(unicodedata.unidata_version),
            fold_at=moved,
            fold_to=fold[moved],
            class_starts=starts,
            class_values=classes[starts],
        )


def build_code_point_tables() -> tuple[np.ndarray, np.ndarray]:
    """Per code point: its fold (NFKC compatibility form, lower-cased, when that is one code
    point: full-width Latin and digits, half-width kana, compatibility ideographs, math letters)
    and the class of that fold. Planes 0 and 1 from ``unicodedata``; planes 2 and 3 hold CJK
    ideographs only; planes 4 to 16 no letters."""
    fold = np.arange(0x110000, dtype=np.uint32)
    for low, high in ((0, 0x1FFFF), (0x2F800, 0x2FA1F)):
        forms = [unicodedata.normalize("NFKC", chr(c)).lower() for c in range(low, high + 1)]
        fold[low : high + 1] = [ord(f) if len(f) == 1 else low + i for i, f in enumerate(forms)]
    of_category = {cat: WORD for cat in ("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nl", "No")}
    of_category["Nd"] = DIGIT
    classes = np.zeros(0x110000, dtype=np.uint8)
    classes[:0x20000] = [of_category.get(unicodedata.category(chr(c)), SEPARATOR) for c in range(0x20000)]
    classes[0x20000:0x40000] = CJK
    for low, high in cjk.ALL:
        span = classes[low : high + 1]
        span[span != SEPARATOR] = CJK
    return fold, classes[fold]


def fmix64(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser: spreads polynomial hashes over all 64 bits (returns a new array)."""
    x = x ^ (x >> np.uint64(33))
    x *= _M1
    x ^= x >> np.uint64(33)
    x *= _M2
    x ^= x >> np.uint64(33)
    return x


@dataclass(frozen=True, slots=True)
class Tokens:
    """Token hashes of a batch, records concatenated in order."""

    hashes: np.ndarray  # uint64, one per token
    counts: np.ndarray  # int64, tokens per record
    cjk_share: np.ndarray  # float64 per record: CJK characters / all word characters (0 if none)


def _per_record_sum(flags: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Sum of ``flags`` over each record's code point span (``np.add.reduceat`` misreports empty
    spans, so they are zeroed)."""
    if flags.size == 0:
        return np.zeros(lengths.size, np.int64)
    sums = np.add.reduceat(flags, np.minimum(starts, flags.size - 1), dtype=np.int64)
    return np.where(lengths > 0, sums, 0)


def tokenize(texts: Sequence[str], fold_digits: bool = True) -> Tokens:
    """Normalise and tokenise a batch. Case and width are folded, punctuation, symbols and
    whitespace separate tokens, and every digit reads as ``0`` (so do dates and prices) unless
    ``fold_digits`` is off (instructions, where "14 + 6" and "23 + 9" are different tasks)."""
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    record_starts = np.cumsum(lengths + 1) - (lengths + 1)
    raw = np.frombuffer(" ".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    fold, classes_of = code_point_tables()
    codes, classes = fold[raw], classes_of[raw]
    digit = classes == DIGIT
    if fold_digits:
        codes = np.where(digit, np.uint32(ord("0")), codes)
    cjk = classes == CJK
    word = (classes == WORD) | digit
    cjk_chars = _per_record_sum(cjk, record_starts, lengths)
    share = cjk_chars / np.maximum(cjk_chars + _per_record_sum(word, record_starts, lengths), 1)

    start = cjk | word
    start[1:] &= ~word[:-1] | cjk[1:]
    positions = np.flatnonzero(start)
    counts = np.searchsorted(positions, record_starts + lengths) - np.searchsorted(positions, record_starts)
    in_token = cjk | word
    chars = codes[in_token].astype(np.uint64)
    starts = np.flatnonzero(start[in_token])
    if starts.size == 0:
        return Tokens(np.zeros(0, np.uint64), counts, share)
    token_lengths = np.diff(np.append(starts, chars.size))
    offset_in_token = np.arange(chars.size) - np.repeat(starts, token_lengths)
    powers = np.cumprod(np.full(int(token_lengths.max()), _TOKEN_BASE, dtype=np.uint64))
    poly = np.add.reduceat(chars * powers[offset_in_token], starts)
    return Tokens(fmix64(poly + token_lengths.astype(np.uint64) * _LENGTH_SALT), counts, share)


def uses_cjk_shingles(cjk_share: np.ndarray, languages: Sequence[str | None]) -> np.ndarray:
    """Per record: character shingles? The language label decides when present, else the script."""
    by_script = cjk_share >= CJK_SHARE
    labels = [lang.replace("_", "-").split("-")[0].lower() if isinstance(lang, str) else "" for lang in languages]
    return np.array(
        [lang in CJK_LANGUAGES if lang else script for lang, script in zip(labels, by_script, strict=True)],
        dtype=bool,
    )


def shingle_hashes(tokens: Tokens, ngram: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of every window of ``ngram[r]`` tokens of each record ``r`` (in uint64).

    A record shorter than its n-gram size gets one shingle of all its tokens, so short texts can
    still match their copies; a record without tokens gets none.
    """
    m = tokens.counts
    counts = np.where(m >= ngram, m - ngram + 1, np.minimum(m, 1))
    total = int(counts.sum())
    first_token = np.cumsum(m) - m
    position = np.repeat(first_token, counts) + (np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts))
    end = np.repeat(first_token + m, counts)
    width = np.repeat(ngram, counts)
    widest = int(ngram.max(initial=0))
    padded = np.append(tokens.hashes, np.zeros(widest, np.uint64))
    acc = np.zeros(total, np.uint64)
    for i in range(widest):
        valid = (position + i < end) & (i < width)
        acc = acc * _SHINGLE_BASE + np.where(valid, padded[position + i], np.uint64(0))
    return fmix64(acc) >> np.uint64(32), counts


class MinHasher:
    """MinHash signatures (``num_perm`` uint32 per record) of batches of texts."""

    def __init__(self, num_perm: int, ngram: int, cjk_ngram: int, seed: int, fold_digits: bool = True) -> None:
        rng = np.random.default_rng(seed)
        self.num_perm, self.ngram, self.cjk_ngram = num_perm, ngram, cjk_ngram
        self.fold_digits = fold_digits
        self.a = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64)
        self.b = rng.integers(0, 2**64, size=num_perm, dtype=np.uint64)

    def signatures(
        self, texts: Sequence[str], languages: Sequence[str | None] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Signatures ``[records x num_perm]`` and shingle counts; rows of records without any
        shingle are all ``EMPTY_SLOT``."""
        tokens = tokenize(texts, self.fold_digits)
        cjk = uses_cjk_shingles(tokens.cjk_share, languages if languages is not None else [None] * len(texts))
        hashes, counts = shingle_hashes(tokens, np.where(cjk, self.cjk_ngram, self.ngram))
        return self.permute_min(hashes, counts), counts

    def permute_min(self, hashes: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Per record, the minimum of every permutation over its shingles, block by block.

        Blocks are laid out ``[num_perm x shingles]`` so the per-record reduction runs along
        contiguous memory. Only the high 32 bits of ``a*x + b`` are kept and the minimum commutes
        with that shift, so blocks are reduced on the raw 64-bit values and shifted once."""
        n = counts.size
        best = np.full((n, self.num_perm), np.iinfo(np.uint64).max, dtype=np.uint64)
        ends = np.cumsum(counts)
        starts = ends - counts
        a, b = self.a[:, None], self.b[:, None]
        block = np.empty((self.num_perm, _BLOCK_ROWS), dtype=np.uint64)
        for lo in range(0, hashes.size, _BLOCK_ROWS):
            hi = min(lo + _BLOCK_ROWS, hashes.size)
            first, last = np.searchsorted(ends, lo, "right"), np.searchsorted(starts, hi, "left")
            records = np.arange(first, last)
            records = records[counts[records] > 0]
            out = block[:, : hi - lo]
            np.multiply(a, hashes[lo:hi], out=out)
            out += b
            partial = np.minimum.reduceat(out, np.maximum(starts[records], lo) - lo, axis=1)
            best[records] = np.minimum(best[records], partial.T)
        return (best >> np.uint64(32)).astype(np.uint32)


def band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``[records x bands]`` 64-bit hashes of each band's ``rows`` signature values.

    Never 0: 0 is the band value of records without a signature, which must match nothing."""
    n = signatures.shape[0]
    values = signatures[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    acc = np.zeros((n, bands), np.uint64)
    for j in range(rows):
        acc = acc * _SHINGLE_BASE + values[:, :, j]
    hashed = np.maximum(fmix64(acc), np.uint64(1))
    hashed[(signatures == EMPTY_SLOT).all(axis=1)] = 0
    return hashed


def estimated_jaccard(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Row-wise share of equal signature slots: the MinHash estimate of Jaccard similarity."""
    return (left == right).mean(axis=-1)


@functools.cache
def optimal_bands_rows(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> tuple[int, int]:
    """(bands, rows) minimising the weighted areas of false positives below ``threshold`` and false
    negatives above it under the LSH S-curve ``1 - (1 - s^r)^b``, as datasketch and text-dedup
    do, with the integrals evaluated on a grid for all ``r`` of one ``b`` at a time."""
    below = np.linspace(0.0, threshold, 1001)
    above = np.linspace(threshold, 1.0, 1001)
    best, best_error = (1, 1), np.inf
    for b in range(1, num_perm + 1):
        r = np.arange(1, num_perm // b + 1, dtype=np.float64)[:, None]
        false_positive = np.trapezoid(1 - (1 - below**r) ** b, below, axis=1)
        false_negative = np.trapezoid((1 - above**r) ** b, above, axis=1)
        error = false_positive * false_positive_weight + false_negative * false_negative_weight
        i = int(np.argmin(error))
        if error[i] < best_error:
            best, best_error = (b, i + 1), float(error[i])
    return best


def equal_hash_edges(hashes: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """``[E x 2]`` edges joining every node to the first node with the same band hash.

    A star per hash value is enough for connected components and keeps the edge count linear
    in the records (all pairs would be quadratic in a cluster's size). The sort is stable, so
    the star's centre is the earliest of the given nodes."""
    order = np.argsort(hashes, kind="stable")
    sorted_hashes, sorted_nodes = hashes[order], nodes[order]
    first = np.ones(sorted_hashes.size, dtype=bool)
    first[1:] = sorted_hashes[1:] != sorted_hashes[:-1]
    centre = sorted_nodes[first][np.cumsum(first) - 1]
    return np.stack([centre[~first], sorted_nodes[~first]], axis=1)


def connected_components(edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Components of the graph given as ``[E x 2]`` integer node ids.

    Returns the nodes that appear in an edge (sorted) and, for each, its component's smallest
    node. A numpy union-find: hook every root to the smallest root across its edges, then
    compress paths by pointer jumping, until no edge joins two roots. Memory is linear in the
    edges, whatever the ids' range."""
    nodes, compact = np.unique(edges, return_inverse=True)
    compact = compact.reshape(-1, 2)
    parent = np.arange(nodes.size)
    left, right = compact[:, 0], compact[:, 1]
    while True:
        root_left, root_right = parent[left], parent[right]
        differ = root_left != root_right
        if not differ.any():
            break
        low = np.minimum(root_left[differ], root_right[differ])
        high = np.maximum(root_left[differ], root_right[differ])
        np.minimum.at(parent, high, low)
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
    return nodes, nodes[parent]
