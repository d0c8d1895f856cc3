"""Word tokens for space-delimited languages, as datatrove's filters see them, but fast.

datatrove splits English into words with spaCy's rule-based tokenizer (``spacy.blank("en")``) and
drops whitespace tokens. spaCy tokenizes each whitespace-delimited chunk on its own, so the tokens
of a chunk do not depend on its neighbours. Two things make it slow for quality filtering: every
new string becomes a spaCy lexeme (lexical attributes computed in Python) and every token becomes
an object. Here a chunk is tokenized once by a port of spaCy's own algorithm (``_split_affixes`` +
``_attach_tokens`` + the special-case matcher, driven by spaCy's rules for the language) and
memoised as a tuple of token ids. The rules are data: the regexes and special cases of spaCy's
tokenizer, shipped for English and the multi-language fallback so that a worker need not import
spaCy at all (see ``spacy_tables.py``). A document's tokens are then ``str.split`` plus dictionary
look-ups at C speed, and every word rule works on integer arrays.

Token ids index a growing vocabulary that stores each token's length, whether it is all
punctuation, whether it has a letter and a polynomial hash of its characters (so n-grams can be
compared as joined strings, as Gopher's duplicate n-gram rule does).

Known difference: spaCy's tokenizer keeps a cache whose state depends on what it tokenized
before, and a cached core string can, in rare cases (emoticon-like chunks such as ``:P).``), be
split differently from a fresh tokenizer. This port always behaves like a fresh tokenizer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import chain
from typing import Any, NamedTuple

import numpy as np
from datatrove.utils.text import PUNCTUATION_SET

from corpusmill.filters.quality.repetition import string_hashes
from corpusmill.filters.quality.spacy_tables import Rules, sentence_punct, tokenizer_rules

CACHE_LIMIT = 1_000_000
"""Chunks remembered before the memo and the vocabulary start over (bounds memory on endless
crawls; about 200 bytes per chunk)."""

DROP_PUNCTUATION = dict.fromkeys(map(ord, PUNCTUATION_SET))
SUFFIX_TAIL = 8
SUFFIX_LOOKBEHIND = 4
"""See ``SpacyRules._suffix_len``: suffix rules are at most a few characters plus a lookbehind."""


class Vocabulary:
    """Token strings -> ids, with per-token numeric properties kept in growable arrays."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.length = np.zeros(0, dtype=np.int64)
        self.symbol = np.zeros(0, dtype=bool)
        self.alpha = np.zeros(0, dtype=bool)
        self.char_hash = np.zeros(0, dtype=np.uint64)
        self._sentence_class = np.zeros(0, dtype=np.int8)
        self.strings: list[str] = []

    def add_many(self, tokens: set[str]) -> None:
        new = [t for t in tokens if t not in self.ids]
        if not new:
            return
        start, end = len(self.strings), len(self.strings) + len(new)
        if end > len(self.length):
            capacity = max(2 * len(self.length), end, 1024)
            self.length = np.resize(self.length, capacity)
            self.symbol = np.resize(self.symbol, capacity)
            self.alpha = np.resize(self.alpha, capacity)
            self.char_hash = np.resize(self.char_hash, capacity)
            self._sentence_class = np.resize(self._sentence_class, capacity)
        self.ids.update(zip(new, range(start, end), strict=True))
        self.strings.extend(new)
        self.length[start:end] = np.fromiter(map(len, new), dtype=np.int64, count=len(new))
        self.symbol[start:end] = [not t.translate(DROP_PUNCTUATION) for t in new]
        self.alpha[start:end] = [any(map(str.isalpha, t)) for t in new]
        self.char_hash[start:end] = string_hashes(new)
        # A letter or digit is never punctuation nor a sentence end: a token starting with one
        # (most tokens) is a word to the sentence count; the others are classified on first need.
        self._sentence_class[start:end] = [OTHER if t[:1].isalnum() else UNKNOWN for t in new]

    def sentence_classes(self, ids: np.ndarray) -> np.ndarray:
        """What spaCy's sentencizer sees in each token (``_sentence_class``)."""
        classes = self._sentence_class[ids]
        unknown = np.unique(ids[classes == UNKNOWN])
        if len(unknown):
            self._sentence_class[unknown] = [_sentence_class(self.strings[i]) for i in unknown.tolist()]
            classes = self._sentence_class[ids]
        return classes


SENTENCE_END, PUNCT, OTHER, UNKNOWN, BOUNDARY = 2, 1, 0, -1, 3
ODD_WHITESPACE = re.compile(r"[^\S ]|  ")
"""Whitespace that spaCy keeps as a token (anything but one plain space between chunks)."""


def _sentence_class(token: str) -> int:
    """What spaCy's sentencizer sees in a token: a sentence end, other punctuation, or a word."""
    if token in sentence_punct():
        return SENTENCE_END
    return PUNCT if all(unicodedata.category(ch).startswith("P") for ch in token) else OTHER


USERINFO = r"(?:\S+(?::\S*)?@)?"
"""The ``user:password@`` group of spaCy's URL pattern (see ``SpacyRules._url``)."""
URL_MAX_CHARS = 8192

AFFIX_CANDIDATES = ",;:!?.()[]\"'“”‘’«»"
PROBE_WORDS = ("word", "Word", "WORD", "A", "x", "éa", "ΩΣ", "жук", "Жук", "straße", "中文")
LOWER_PROBE_WORDS = ("word", "Word", "x", "ab")


class SpacyRules:
    """spaCy's tokenizer for one language, re-run in Python without lexemes or Doc objects."""

    def __init__(self, rules: Rules) -> None:
        """``rules`` as ``spacy_tables`` extracts them; regexes are compiled again from their text."""
        never: Callable[[str], Any] = lambda _s: None  # noqa: E731
        self.prefix_search = _method(rules["prefix_search"], "search") or never
        self.suffix_search = _method(rules["suffix_search"], "search") or never
        self.infix_finditer = _method(rules["infix_finditer"], "finditer") or (lambda _s: iter(()))
        self.token_match = _method(rules["token_match"], "match") or never
        self.url_match = _method(rules["url_match"], "match") or never
        # spaCy's URL pattern needs a dot in the host (name or IPv4): skip the regex without one.
        self.url_needs_dot: bool = rules["url_match_is_spacy"]
        self.url_match_without_at = self.url_match
        if rules["url_match_is_spacy"] and USERINFO in rules["url_match"][0]:
            text, flags = rules["url_match"]
            self.url_match_without_at = re.compile(text.replace(USERINFO, "", 1), flags).match
        self.specials: dict[str, list[str]] = rules["specials"]
        # spaCy also retokenizes special cases that its affix rules split (e.g. "''" from "x''"):
        # a phrase matcher over the affix-split form of each such special case.
        self.patterns: dict[tuple[str, ...], str] = {}
        for key in self.specials:
            if self._affix_len(key) or next(self.infix_finditer(key), None) is not None:
                self.patterns[tuple(self._tokenize(key, with_specials=False))] = key
        self.pattern_starts = {p[0] for p in self.patterns}
        self.longest_pattern = max(map(len, self.patterns), default=0)
        self._probe_plain_affixes(rules["token_match"] is None)

    def _probe_plain_affixes(self, enabled: bool) -> None:
        """Find the punctuation marks that this language's rules always split off a word.

        Most chunks a tokenizer meets for the first time are a word with one mark before or
        after it (``word,`` ``(word``). When the rules split such a mark from every kind of word
        (checked here on probe words of several scripts and cases; ``.`` is often split only after
        a lowercase letter), ``tokenize`` answers without running the regexes. The special-case
        matcher can only change two tokens through a pattern starting with the word, the mark
        alone, or the mark and that word: ``tokenize`` checks those.
        """
        self.plain_suffix: dict[str, bool] = {}
        self.plain_prefix: set[str] = set()
        if not enabled:
            return
        for mark in AFFIX_CANDIDATES:
            if (mark,) in self.patterns:
                continue
            if all(self._splits(w + mark, [w, mark]) for w in PROBE_WORDS):
                self.plain_suffix[mark] = False
            elif all(self._splits(w + mark, [w, mark]) for w in LOWER_PROBE_WORDS):
                self.plain_suffix[mark] = True
            if all(self._splits(mark + w, [mark, w]) for w in PROBE_WORDS):
                self.plain_prefix.add(mark)

    def _splits(self, chunk: str, expected: list[str]) -> bool:
        """Whether the rules split ``chunk`` as expected (special cases are looked up first anyway)."""
        return chunk in self.specials or self._tokenize(chunk, True) == expected

    def _affix_len(self, string: str) -> int:
        return _span_len(self.prefix_search(string)) or self._suffix_len(string)

    def _suffix_len(self, string: str) -> int:
        """Length of the suffix match; searched in the string's tail, which is what costs.

        Python's ``re`` tries a ``...$`` pattern at every position, so long chunks are slow.
        Suffix rules are short (a few characters plus a lookbehind of at most two), so a match
        that starts well inside the tail is the same match as in the whole string; one that
        starts at the tail's edge (e.g. a long run of dots) is searched again in full.
        """
        if len(string) <= SUFFIX_TAIL:
            return _span_len(self.suffix_search(string))
        match = self.suffix_search(string[-SUFFIX_TAIL:])
        if match is not None and match.start() >= SUFFIX_LOOKBEHIND:
            return match.end() - match.start()
        return _span_len(self.suffix_search(string))

    def _url(self, string: str) -> bool:
        """spaCy's URL match, in linear time.

        The pattern's optional ``user:password@`` group backtracks over every ``:`` of a long
        chunk (quadratic: 50 s for one 220 KB chunk of ``http://a.b/`` repeats). It can only match
        when the chunk holds an ``@``, so chunks without one are matched without it (same answer).
        Chunks longer than ``URL_MAX_CHARS`` are not URLs (no browser or server takes them), which
        bounds the cost when many ``@`` are present.
        """
        if len(string) > URL_MAX_CHARS or (self.url_needs_dot and "." not in string):
            return False
        match = self.url_match if "@" in string else self.url_match_without_at
        return match(string) is not None

    def tokenize(self, chunk: str) -> list[str]:
        """Tokens of one whitespace-free chunk, as ``spacy.Tokenizer.__call__`` gives them."""
        specials = self.specials
        if chunk in specials:
            return list(specials[chunk])
        if not chunk:  # an empty chunk (exact sentence counts reach it) holds no token
            return []
        if chunk.isalpha():
            return [chunk]  # no prefix, suffix or infix rule of any spaCy language matches letters
        word, mark = chunk[:-1], chunk[-1]
        lowercase_only = self.plain_suffix.get(mark)
        if (
            lowercase_only is not None
            and word.isalpha()
            and word not in specials
            and word not in self.pattern_starts
            and (not lowercase_only or "a" <= word[-1] <= "z")
        ):
            return [word, mark]
        mark, word = chunk[0], chunk[1:]
        if (
            mark in self.plain_prefix
            and word.isalpha()
            and word not in specials
            and word not in self.pattern_starts
            and (mark, word) not in self.patterns
        ):
            return [mark, word]
        tokens = self._tokenize(chunk, with_specials=True)
        if len(tokens) > 1 and not self.pattern_starts.isdisjoint(tokens):
            tokens = self._apply_special_matcher(tokens)
        return tokens

    def _tokenize(self, string: str, with_specials: bool) -> list[str]:
        specials = self.specials if with_specials else {}
        if string in specials:
            return list(specials[string])
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:  # spaCy's Tokenizer._split_affixes
            if self.token_match(string) or string in specials:
                break
            last_size = len(string)
            pre_len = _span_len(self.prefix_search(string))
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and minus_pre in specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = self._suffix_len(string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and minus_suf in specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        tokens = prefixes  # spaCy's Tokenizer._attach_tokens
        if string:
            if string in specials:
                tokens.extend(specials[string])
            elif string.isalnum() or self.token_match(string) or self._url(string):
                tokens.append(string)  # (infix rules all need a punctuation mark or a symbol)
            else:
                start = 0
                for match in self.infix_finditer(string):
                    infix_start, infix_end = match.start(), match.end()
                    if infix_start == 0:
                        continue
                    if infix_start != start:
                        tokens.append(string[start:infix_start])
                    if infix_start != infix_end:
                        tokens.append(string[infix_start:infix_end])
                    start = infix_end
                if string[start:]:
                    tokens.append(string[start:])
        tokens.extend(reversed(suffixes))
        return tokens

    def _apply_special_matcher(self, tokens: list[str]) -> list[str]:
        """spaCy's ``_apply_special_cases``: longest match first, then earliest."""
        matches = []
        for start in range(len(tokens)):
            if tokens[start] not in self.pattern_starts:
                continue
            for end in range(start + 1, min(len(tokens), start + self.longest_pattern) + 1):
                key = self.patterns.get(tuple(tokens[start:end]))
                if key is not None:
                    matches.append((start, end, key))
        if not matches:
            return tokens
        matches.sort(key=lambda m: (m[0] - m[1], m[0]))
        seen: set[int] = set()
        chosen = {}
        for start, end, key in matches:
            if start not in seen and end - 1 not in seen:
                chosen[start] = (end, key)
            seen.update(range(start, end))
        out: list[str] = []
        i = 0
        while i < len(tokens):
            if i in chosen:
                end, key = chosen[i]
                out.extend(self.specials[key])
                i = end
            else:
                out.append(tokens[i])
                i += 1
        return out


def _method(pattern: list[Any] | None, name: str) -> Callable[[str], Any] | None:
    """A method of the compiled regex ``[text, flags]``, as spaCy's tokenizer holds it."""
    return None if pattern is None else getattr(re.compile(*pattern), name)


def _span_len(match: Any) -> int:
    return match.end() - match.start() if match is not None else 0


class LineTokens(NamedTuple):
    """``WordSplitter.split_lines``: the tokens of a text's lines."""

    ids: np.ndarray
    per_line: np.ndarray
    """Tokens of each line."""
    words: list[int]
    """Whitespace-delimited chunks (C4's words) of each line."""
    chunk_starts: np.ndarray
    """Index of each chunk's first token (one more entry: the number of tokens)."""


class WordSplitter:
    """Memoised spaCy-compatible word tokens for one language; see the module docstring."""

    def __init__(self, language: str) -> None:
        self.rules = SpacyRules(tokenizer_rules(language))
        self.vocab = Vocabulary()
        self._chunks: dict[str, tuple[int, ...]] = {}

    def trim(self) -> None:
        """Start over when the memo is full; call between documents only (ids change)."""
        if len(self._chunks) > CACHE_LIMIT:
            self._chunks = {}
            self.vocab = Vocabulary()

    def ids(self, text: str) -> np.ndarray:
        """Token ids of ``text``: the tokens of datatrove's ``split_into_words``."""
        return np.fromiter(chain.from_iterable(self._tokens(text.split())), dtype=np.int64)

    def _tokens(self, chunks: list[str]) -> list[tuple[int, ...]]:
        try:  # look-ups at C speed; most documents have few new chunks, learnt all at once
            return list(map(self._chunks.__getitem__, chunks))
        except KeyError:
            self._learn(set(chunks).difference(self._chunks))
            return list(map(self._chunks.__getitem__, chunks))

    def _learn(self, chunks: set[str]) -> None:
        tokenized = [(chunk, self.rules.tokenize(chunk)) for chunk in chunks]
        self.vocab.add_many({t for _, tokens in tokenized for t in tokens})
        ids = self.vocab.ids
        self._chunks.update((chunk, tuple(map(ids.__getitem__, tokens))) for chunk, tokens in tokenized)

    def split_lines(self, lines: list[str]) -> LineTokens:
        """The tokens of ``lines`` in order, with each line's word and token counts.

        A line's tokens are those of its whitespace-delimited chunks, and every line break is
        whitespace, so these are the tokens of ``ids`` on the text the lines come from: one pass
        gives the document's tokens and what the line rules (C4's sentences, FineWeb's list ratio,
        quotations) need of each line, without splitting a line again."""
        chunks = list(map(str.split, lines))
        tokens = self._tokens(list(chain.from_iterable(chunks)))
        ids = np.fromiter(chain.from_iterable(tokens), dtype=np.int64)
        chunk_starts = np.zeros(len(tokens) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens)), out=chunk_starts[1:])
        words = list(map(len, chunks))
        line_ends = np.cumsum(np.array(words, dtype=np.int64))
        return LineTokens(ids, np.diff(chunk_starts[line_ends], prepend=0), words, chunk_starts)

    def sentences_per_line(self, tokens: LineTokens, spaced: list[tuple[int, str]]) -> np.ndarray:
        """Each line's sentences from its tokens, as ``count_sentences`` counts the line stripped.

        ``spaced`` names the lines (index, the line stripped) with other whitespace than single
        spaces between chunks: spaCy makes a token of each such run, which counts as a word."""
        line = np.repeat(np.arange(len(tokens.per_line)), tokens.per_line)
        classes = self.vocab.sentence_classes(tokens.ids)
        if spaced:
            first_chunks = np.cumsum(tokens.words) - tokens.words
            gaps, gap_lines = [], []
            for index, text in spaced:
                runs = WHITESPACE_RUN.findall(text)  # run k stands between chunks k and k + 1
                after = [k + 1 for k, run in enumerate(runs) if run != " "]
                gaps += [int(first_chunks[index]) + k for k in after]
                gap_lines += [index] * len(after)
            at = tokens.chunk_starts[gaps]
            classes, line = np.insert(classes, at, OTHER), np.insert(line, at, gap_lines)
        words = classes != PUNCT
        classes, line = classes[words], line[words]
        starts = (classes[1:] == OTHER) & (classes[:-1] == SENTENCE_END) & (line[1:] == line[:-1])
        return 1 + np.bincount(line[1:][starts], minlength=len(tokens.per_line))

    def count_sentences(self, line: str) -> int:
        """Sentences in ``line`` as datatrove's ``split_into_sentences`` counts them."""
        return self.count_sentences_in([line])

    def count_sentences_in(self, lines: list[str]) -> int:
        """Sentences in ``lines``, each counted as datatrove's ``split_into_sentences`` counts it.

        spaCy's sentencizer starts a sentence at a word that follows a sentence-ending mark, with
        other punctuation in between ignored; whitespace tokens count as words. Counted on the
        memoised tokens, without building a spaCy ``Doc``, and in one array pass for all lines (a
        line boundary stands between them, which no sentence crosses): tag mode counts every
        line of every page exactly.
        """
        pieces: list[tuple[int, ...]] = []
        for line in lines:
            pieces.append(LINE_BOUNDARY)
            if ODD_WHITESPACE.search(line):
                parts = re.split(r"(\s+)", line)
                interleaved: list[tuple[int, ...]] = [()] * len(parts)
                interleaved[0::2] = self._tokens(parts[0::2])
                interleaved[1::2] = [() if sep == " " else (WHITESPACE_ID,) for sep in parts[1::2]]
                pieces += interleaved
            else:
                pieces += self._tokens(line.split())
        ids = np.fromiter(chain.from_iterable(pieces), dtype=np.int64)
        classes = np.full(len(ids), OTHER, dtype=np.int8)
        real = ids >= 0
        classes[real] = self.vocab.sentence_classes(ids[real])
        classes[ids == BOUNDARY_ID] = BOUNDARY
        classes = classes[classes != PUNCT]
        return len(lines) + int(np.count_nonzero((classes[1:] == OTHER) & (classes[:-1] == SENTENCE_END)))


WHITESPACE_RUN = re.compile(r"\s+")
WHITESPACE_ID = -1
"""Stands for a whitespace token, which no vocabulary entry is."""
BOUNDARY_ID = -2
LINE_BOUNDARY = (BOUNDARY_ID,)
"""Stands between the lines of ``count_sentences_in``."""


@cache
def word_splitter(language: str) -> WordSplitter:
    """One splitter per language and process, so the memo is shared by every stage instance."""
    return WordSplitter(language)
