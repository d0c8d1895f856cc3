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

Short instructions defeat word n-grams: one inserted word changes three of a ten-word
instruction's eight 3-grams. So a third part, the whole record (prompt and answer) as character
3-grams, catches a copy whose instruction was lightly edited and whose answer is the same: a pair
also counts when its inputs and its whole texts both reach the threshold, and a second family of
bands (input and whole text) finds such pairs. For short records (both under ``SHORT_CHARS``
letters) a MinHash estimate is too coarse (a 40-character record has ~38 shingles): their whole
texts are compared exactly, by normalised edit similarity (difflib's ratio) of their letters.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

import numpy as np
import orjson
import xxhash

from corpusmill.filters.dedup.minhash import MinHasher, band_hashes
from corpusmill.filters.sft.fixes import squash
from corpusmill.filters.sft.record import split_alpaca
from corpusmill.filters.sft.text import tokens

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


def record_parts(messages: Messages, alpaca_input: str | None) -> tuple[str, str, str]:
    """(instruction, input, letters of the whole record): what ``NearDuplicateIndex`` compares. The
    whole record is lower-cased letters and digits only (``fixes.squash``)."""
    return (*prompt_parts(messages, alpaca_input), squash("".join(m["content"] for m in messages)))


CHAR_NGRAM = 3
SHORT_CHARS = 256
SHORT_EDIT_SIMILARITY = 0.9
"""Edit similarity of two short records' letters for a near-duplicate: one inserted word in a
60-letter record gives ~0.95; "Convert 5 kg to pounds. 11.02 lbs" against the same with 6 kg ~0.84."""
SHORT_ESTIMATE_SLACK = 0.25
"""Short pairs are compared exactly only when their estimated whole-record similarity is within
this of the threshold (an edit ratio of 0.9 comes with a shingle Jaccard of ~0.7 or more): the
exact comparison costs ~1 ms a pair."""
SHORT_PROMPT_TOKENS = 8
"""Prompts shorter than this ("continue", "Sort these numbers") say too little on their own: two
records count as near duplicates through their prompts only if their whole texts are similar too."""
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
POLAR = (
    ("ascending", "descending"), ("increasing", "decreasing"), ("smallest", "largest"), ("lowest", "highest"),
    ("minimum", "maximum"), ("min", "max"), ("shortest", "longest"), ("oldest", "newest"), ("earliest", "latest"),
    ("positive", "negative"),
    ("升序", "降序"), ("从小到大", "从大到小"), ("最小", "最大"), ("最低", "最高"), ("增加", "减少"), ("正面", "负面"),
)  # fmt: skip
"""Words whose swap turns a task into another one ("sort … descending" / "ascending")."""
INSTRUCTION_FLOOR = 0.2
"""With an Alpaca input, the instructions must share this much too ("Cite which sources were used in
the paper" and "Write a summary for the paper" over one abstract are two tasks)."""
PAIRS = ((0, 1), (1, 2))
"""Parts that must both be similar: instruction and input, or input and whole record."""


def content_key(prompt: str, chat: bool = False) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """What must agree between near-duplicate prompts: their numbers (in order), their direction
    words; and whether the prompts alone may decide: not for a short prompt (``SHORT_PROMPT_TOKENS``)
    nor for a conversation, whose user turns ("continue", the same request pasted into every chunk
    of a ShareGPT split) say little about what the answers teach."""
    lowered = prompt.lower()
    polar = frozenset(w for pair in POLAR for w in pair if _has_word(lowered, w))
    return tuple(NUMBER.findall(prompt)), polar, chat or len(tokens(prompt)) < SHORT_PROMPT_TOKENS


def _has_word(text: str, word: str) -> bool:
    if not word.isascii():
        return word in text
    return re.search(rf"(?<![a-z0-9]){word}(?![a-z0-9])", text) is not None


def _different_tasks(
    a: tuple[tuple[str, ...], frozenset[str], bool], b: tuple[tuple[str, ...], frozenset[str], bool]
) -> bool:
    return a[0] != b[0] or a[1] != b[1]


class NearDuplicateIndex:
    """MinHash-LSH over the kept records so far, with ``filters.minhash``'s signatures (character
    shingles for CJK, digits kept). A record's signature is one MinHash signature per part side by
    side: instruction and input as token ``ngram``-grams, the whole record as character 3-grams.
    Each pair of ``PAIRS`` has its own bands: band ``j`` holds rows ``j*r .. (j+1)*r`` of both of
    its parts (``r = num_perm / bands``)."""

    def __init__(self, num_perm: int, bands: int, ngram: int, threshold: float, seed: int = 42) -> None:
        if num_perm % bands:
            raise ValueError(f"num_perm {num_perm} is not a multiple of bands {bands}")
        self.hasher = MinHasher(num_perm, ngram, ngram, seed, fold_digits=False)
        self.chars = MinHasher(num_perm, CHAR_NGRAM, CHAR_NGRAM, seed + 1, fold_digits=False)
        self.num_perm = num_perm
        self.bands = bands
        self.parts = 3
        self.threshold = threshold
        self.buckets: dict[int, int] = {}
        self.kept = np.zeros((1024, num_perm * self.parts), dtype=np.uint32)
        self.ids: list[str] = []
        self.short: list[str | None] = []  # letters of each kept record, if short
        self.keys: list[tuple[tuple[str, ...], frozenset[str], bool]] = []  # see ``content_key``

    def signatures_of(self, parts: list[tuple[str, str, str]]) -> np.ndarray:
        """One row per record: the signatures of its parts side by side (an empty part, such as a
        missing Alpaca input, has the same all-empty signature in every record). The whole record
        is read as characters, one token each."""
        words = [self.hasher.signatures([p[i] for p in parts])[0] for i in (0, 1)]
        chars = self.chars.signatures([" ".join(p[2]) for p in parts])[0]
        return np.hstack([*words, chars])

    def band_keys(self, signatures: np.ndarray) -> list[list[int]]:
        """For each pair of parts, each band's rows of both folded into one 64-bit key."""
        n, rows = len(signatures), self.num_perm // self.bands
        by_part = signatures.reshape(n, self.parts, self.bands, rows)
        keys = [
            band_hashes(by_part[:, list(pair)].transpose(0, 2, 1, 3).reshape(n, -1), self.bands, 2 * rows)
            for pair in PAIRS
        ]
        return np.hstack(keys).tolist()

    def add_or_match(
        self,
        doc_id: str,
        signature: np.ndarray,
        keys: list[int],
        letters: str = "",
        prompt: str = "",
        chat: bool = False,
        has_input: bool = False,
    ) -> tuple[str, float] | None:
        """The most similar kept record at or above the threshold; else index this one as kept.
        ``letters`` are the record's letters (``record_parts``' third part), kept for short records;
        ``prompt`` its instruction and input: records whose prompts hold different numbers or
        opposite directions ("sort 2,8,5,16 descending" / "ascending 8,15,4,10") are different tasks
        however alike their words, and a short prompt or a ``chat`` record (no Alpaca input) needs
        a similar whole record too.

        A bucket remembers the first kept record that fell into it, not all of them: lists per
        bucket cost four times the time for the rare bucket shared by two dissimilar records."""
        buckets = self.buckets
        mine = content_key(prompt, chat)
        candidates = {buckets[key] for key in keys if key in buckets}
        candidates = {c for c in candidates if not _different_tasks(mine, self.keys[c])}
        short = letters if len(letters) <= SHORT_CHARS else None
        if candidates:
            order = sorted(candidates)
            equal = (self.kept[order] == signature).reshape(len(order), self.parts, self.num_perm)
            per_part = equal.mean(axis=2)
            prompts = per_part[:, :2].min(axis=1)
            if mine[2]:  # a short prompt or a conversation: its whole record must be alike as well
                prompts = np.minimum(prompts, per_part[:, 2])
            rest = per_part[:, 1:].min(axis=1)  # input and whole record
            if has_input:  # a long shared input makes whole records alike whatever the task asks of it
                rest = np.where(per_part[:, 0] >= INSTRUCTION_FLOOR, rest, 0.0)
            for j, kept in enumerate(order):
                other = self.short[kept]
                if short is None or other is None or per_part[j, 1] < self.threshold:
                    continue
                rest[j] = 0.0
                if per_part[j, 2] >= self.threshold - SHORT_ESTIMATE_SLACK:
                    matcher = SequenceMatcher(None, short, other, autojunk=False)
                    bounds = (matcher.real_quick_ratio(), matcher.quick_ratio())  # cheap upper bounds first
                    edit = matcher.ratio() if min(bounds) >= SHORT_EDIT_SIMILARITY else 0.0
                    rest[j] = edit if edit >= SHORT_EDIT_SIMILARITY else 0.0  # on its own scale: pass or fail
            similarity = np.maximum(prompts, rest)
            best = int(np.argmax(similarity))
            if similarity[best] >= self.threshold:
                return self.ids[order[best]], float(similarity[best])
        index = len(self.ids)
        if index == len(self.kept):
            self.kept = np.concatenate([self.kept, np.zeros_like(self.kept)])
        self.kept[index] = signature
        self.ids.append(doc_id)
        self.short.append(short)
        self.keys.append(mine)
        for key in keys:
            buckets.setdefault(key, index)
        return None
