"""Exact and near-duplicate detection for instruction data, keeping the first of each group.

Near duplicates are judged on the prompt side only: two records asking the same thing teach one
behaviour twice, whatever their answers. The prompt has two parts, the instruction (all user
turns) and the Alpaca input, and both must be similar: "Classify the abstract" and "State the
main arguments of the abstract" share a long input but are different tasks, while "Classify the
sentiment" over two different sentences are different records. MinHash over token n-grams (words,
or characters for CJK) comes from ``filters.minhash``, for a whole batch at once. Each LSH band
holds the same rows of both parts, so a candidate pair must agree on both at once (all records
without input share one input signature: banding the parts separately would make every one of
them a candidate of every other); a candidate counts when the estimated Jaccard similarity of each
part reaches the threshold. Only kept records enter the index, so a record is rejected for
resembling a record that is in the output, never one that was itself removed.
"""

from __future__ import annotations

import numpy as np
import orjson
import xxhash

from corpusmill.filters.minhash import MinHasher, band_hashes
from corpusmill.filters.sft.record import split_alpaca

Messages = list[dict[str, str]]


def exact_key(messages: Messages) -> bytes:
    """Same roles and same text up to case and whitespace."""
    canonical = [(m["role"], " ".join(m["content"].lower().split())) for m in messages]
    return xxhash.xxh3_128_digest(orjson.dumps(canonical))


def prompt_text(messages: Messages) -> str:
    return "\n".join(m["content"] for m in messages if m["role"] == "user")


def prompt_parts(messages: Messages, alpaca_input: str | None) -> tuple[str, str]:
    """(instruction, input): the user turns without the Alpaca input, and that input."""
    return split_alpaca(prompt_text(messages), alpaca_input)


class NearDuplicateIndex:
    """MinHash-LSH over the kept records so far, with ``filters.minhash``'s signatures (character
    shingles for CJK, digits kept). A record's signature is one MinHash signature per part side by
    side; band ``j`` holds rows ``j*r .. (j+1)*r`` of every part (``r = num_perm / bands``)."""

    def __init__(self, num_perm: int, bands: int, ngram: int, threshold: float, parts: int = 2, seed: int = 42) -> None:
        if num_perm % bands:
            raise ValueError(f"num_perm {num_perm} is not a multiple of bands {bands}")
        self.hasher = MinHasher(num_perm, ngram, ngram, seed, fold_digits=False)
        self.num_perm = num_perm
        self.bands = bands
        self.parts = parts
        self.threshold = threshold
        self.buckets: dict[int, int] = {}
        self.kept = np.zeros((1024, num_perm * parts), dtype=np.uint32)
        self.ids: list[str] = []

    def signatures_of(self, parts: list[tuple[str, ...]]) -> np.ndarray:
        """One row per record: the signatures of its parts side by side (an empty part, such as a
        missing Alpaca input, has the same all-empty signature in every record)."""
        return np.hstack([self.hasher.signatures([p[i] for p in parts])[0] for i in range(self.parts)])

    def band_keys(self, signatures: np.ndarray) -> list[list[int]]:
        """Each band's rows of every part folded into one 64-bit key, for the whole batch at once."""
        n, rows = len(signatures), self.num_perm // self.bands
        banded = signatures.reshape(n, self.parts, self.bands, rows).transpose(0, 2, 1, 3).reshape(n, -1)
        return band_hashes(banded, self.bands, self.parts * rows).tolist()

    def add_or_match(self, doc_id: str, signature: np.ndarray, keys: list[int]) -> tuple[str, float] | None:
        """The most similar kept record at or above the threshold; else index this one as kept.

        A bucket remembers the first kept record that fell into it, not all of them: lists per
        bucket cost four times the time for the rare bucket shared by two dissimilar records."""
        buckets = self.buckets
        candidates = {buckets[key] for key in keys if key in buckets}
        if candidates:
            order = sorted(candidates)
            equal = (self.kept[order] == signature).reshape(len(order), self.parts, self.num_perm)
            similarity = equal.mean(axis=2).min(axis=1)
            best = int(np.argmax(similarity))
            if similarity[best] >= self.threshold:
                return self.ids[order[best]], float(similarity[best])
        index = len(self.ids)
        if index == len(self.kept):
            self.kept = np.concatenate([self.kept, np.zeros_like(self.kept)])
        self.kept[index] = signature
        self.ids.append(doc_id)
        for key in keys:
            buckets.setdefault(key, index)
        return None
