"""Rules for space-delimited languages: FineWeb's chain of Gopher, C4 and FineWeb heuristics.

The decisions are those of datatrove's ``GopherRepetitionFilter``, ``GopherQualityFilter``,
``C4QualityFilter`` and ``FineWebQualityFilter`` run in that order with the same thresholds
(tested on real documents), with the same word tokens (spaCy's rules, see ``words.py``). What
differs is cost: words are integer ids, split once line by line (``SpaceDoc.line_tokens``: C4's
word counts and sentences and FineWeb's list ratio read them instead of splitting lines again),
n-grams are hashed with numpy (``repetition.py``), and C4's sentences are only counted when fewer
kept lines than ``c4_min_sentences`` leave the answer open (each kept line holds at least one
sentence) or when every value is asked for (tag mode, ``explain``).

As in FineWeb, C4's line filter rewrites the text of kept documents (lines without enough words,
mentioning javascript or cookie policies, and ``[1]``-style citations go) and FineWeb's rules
measure the rewritten text; ``c4_rewrite_lines: false`` keeps the original text instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, partial
from itertools import repeat
from operator import methodcaller
from pathlib import Path
from typing import Literal

import numpy as np
from datatrove.utils.text import TERMINAL_PUNCTUATION
from pydantic import Field

from corpusmill.filters.base import StageParams
from corpusmill.filters.quality.code_lines import code_line
from corpusmill.filters.quality.pages import ENGLISH_FUNCTION_WORDS, prose_share, template_share
from corpusmill.filters.quality.price_lists import price_line_share
from corpusmill.filters.quality.repetition import (
    DuplicateLines,
    duplicate_chars,
    duplicates,
    joined_window_hashes,
    most_frequent_windows,
)
from corpusmill.filters.quality.rules import Rule, ratio
from corpusmill.filters.quality.sentences import sentence_share
from corpusmill.filters.quality.spam_verticals import vertical_share
from corpusmill.filters.quality.words import ODD_WHITESPACE, LineTokens, WordSplitter

CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
JS_NOTICE = re.compile(
    r"(?<![a-z0-9])(?:enable[ds]?|disabled?|turn(?:ed)? on|activate[ds]?|requires?|required|browsers?|supports?)"
    r"(?![a-z0-9])"
)
"""What makes a line that mentions JavaScript a notice to enable it (C4's reason to drop such lines)."""
JS_NOTICE_MAX_WORDS = 25
REPLACEMENT = "\ufffd"
QUOTE_WINDOW = 5
QUOTE_MIN_TOKENS = 8
"""A quotation (``SpaceDoc.unquoted``) is a line of at least this many tokens whose every 5-token
window occurred before it."""
OTHER_LINE_BREAKS = re.compile("[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
"""Line breaks of ``str.splitlines`` other than ``\\n``."""
SPACED = re.compile(r"[^\S \n]|  ")
"""``words.ODD_WHITESPACE`` but for line breaks: where a text has none, none of its lines has it."""
HAS_LETTER = re.compile(r"[^\W\d_]").search
C4_END_PUNCTUATION = (".", "?", "!", '"', "'")
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
FINEWEB_STOP_CHARS = tuple(TERMINAL_PUNCTUATION)


def gopher_stop_words() -> list[str]:
    """datatrove's Gopher list, read from its module's source when params are built: importing the
    module imports datatrove's filter package, its writers and pandas (~0.4 s of every command
    that loads a config, ``select`` and ``explain`` included)."""
    import ast
    from importlib.util import find_spec

    spec = find_spec("datatrove")
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).parent / "pipeline" / "filters" / "gopher_quality_filter.py"
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "STOP_WORDS" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise ImportError(f"{source}: no STOP_WORDS list (a datatrove version corpusmill does not know)")


class SpaceParams(StageParams):
    """Thresholds; defaults are datatrove's (Gopher paper table A1, C4 paper, FineWeb recipe)."""

    # Gopher repetition (Rae et al. 2021, table A1)
    dup_line_frac: float = Field(default=0.3, ge=0, le=1)
    """gopher_dup_line_frac: largest share of lines that are duplicates of another line."""
    dup_para_frac: float = Field(default=0.3, ge=0, le=1)
    """gopher_dup_para_frac: largest share of paragraphs that are duplicates of another paragraph."""
    dup_line_char_frac: float = Field(default=0.2, ge=0, le=1)
    """gopher_dup_line_char_frac: largest share of characters in duplicated lines."""
    dup_para_char_frac: float = Field(default=0.2, ge=0, le=1)
    """gopher_dup_para_char_frac: largest share of characters in duplicated paragraphs."""
    top_n_grams: dict[int, float] = Field(default_factory=lambda: {2: 0.2, 3: 0.18, 4: 0.16})
    """gopher_top_<n>_gram: for each n, the largest share of characters the most frequent word n-gram may cover."""
    dup_n_grams: dict[int, float] = Field(
        default_factory=lambda: {5: 0.15, 6: 0.14, 7: 0.13, 8: 0.12, 9: 0.11, 10: 0.10}
    )
    """gopher_dup_<n>_gram: for each n, the largest share of characters in word n-grams that occur more than once
    (these rules flag by default: under 0.9 precision on real text)."""
    # Gopher quality
    min_doc_words: int = Field(default=50, ge=0)
    """gopher_short_doc: fewest words a document may have."""
    max_doc_words: int = Field(default=100_000, ge=1)
    """gopher_long_doc: most words a document may have."""
    min_avg_word_length: float = Field(default=3, ge=0)
    """gopher_avg_word_short: shortest mean word length in characters."""
    max_avg_word_length: float = Field(default=10, ge=0)
    """gopher_avg_word_long: longest mean word length in characters."""
    max_symbol_word_ratio: float = Field(default=0.1, ge=0)
    """gopher_symbol_ratio: most '#' and '...' symbols per word."""
    max_bullet_lines_ratio: float = Field(default=0.9, ge=0, le=1)
    """gopher_bullet_lines: largest share of lines starting with a bullet (texts of at least min_lines lines)."""
    max_ellipsis_lines_ratio: float = Field(default=0.3, ge=0, le=1)
    """gopher_ellipsis_lines: largest share of lines ending in an ellipsis (texts of at least min_lines lines)."""
    min_alpha_words_ratio: float = Field(default=0.8, ge=0, le=1)
    """gopher_alpha_words: smallest share of whitespace-separated words holding a letter (Gopher's definition)."""
    min_stop_words: int = Field(default=2, ge=0)
    """gopher_stop_words: fewest stop words (of stop_words for the record's language) a document must hold."""
    stop_words_any_case: bool = True
    """Stop words count capitalised and in capitals too (datatrove: exact case only)."""
    stop_words: dict[str, list[str]] = Field(default_factory=lambda: {"en": gopher_stop_words()})
    """Per language; the stop-word rule is skipped for languages without a list."""
    # C4 (Raffel et al. 2020) as FineWeb ran it: no terminal-punctuation line filter
    c4_filter_no_terminal_punct: bool = False
    """C4: drop lines without terminal punctuation (false, as FineWeb ran C4's line filter)."""
    c4_min_sentences: int = Field(default=5, ge=0)
    """c4_few_sentences: fewest sentences a document must keep after C4's line filter."""
    c4_min_words_per_line: int = Field(default=3, ge=0)
    """C4: lines with fewer words are dropped by the line rewrite."""
    c4_max_word_length: int = Field(default=1000, ge=1)
    """c4_long_word: longest word (characters) a document may hold."""
    c4_remove_citations: bool = True
    """C4: remove Wikipedia-style citation markers such as [1] and [citation needed]."""
    c4_rewrite_lines: bool = True
    """Keep only the lines C4's filter keeps, with the input's paragraph breaks (false: the original text)."""
    c4_keep_code_lines: bool = True
    """C4's short-line filter keeps short lines of code inside a code block (``code_lines.py``);
    false drops them as C4 did."""
    alpha_words_on: Literal["words", "tokens"] = "words"
    """``gopher_alpha_words`` counts whitespace-delimited words (Gopher's definition) or, as
    datatrove, spaCy tokens (each punctuation mark a word without a letter)."""
    c4_javascript_lines: Literal["notices", "all"] = "notices"
    """C4's line filter drops lines mentioning JavaScript: only notices to enable it, or all (C4)."""
    skip_quotations: bool = True
    """Duplicated n-gram rules leave out quotations (lines repeating earlier text, as replies
    quoting a question do; ``SpaceDoc.unquoted``); false measures the whole text, as Gopher."""
    min_lines: int = Field(default=3, ge=1)
    """Line-structure rules (bullet, ellipsis, punctuation and short lines) judge only texts with at
    least this many non-empty lines: on a one-line article their ratios are 0 or 1."""
    # FineWeb (Penedo et al. 2024)
    line_punct_thr: float = Field(default=0.12, ge=0, le=1)
    """fineweb_line_punct: smallest share of lines ending in punctuation (flags by default)."""
    short_line_thr: float = Field(default=0.67, ge=0, le=1)
    """fineweb_short_lines: largest share of lines shorter than short_line_length (flags by default)."""
    short_line_length: int = Field(default=30, ge=0)
    """What a short line is for fineweb_short_lines, in characters."""
    char_duplicates_ratio: float = Field(default=0.01, ge=0, le=1)
    """fineweb_char_dup: largest share of characters in duplicated lines (flags by default; null turns it off)."""
    new_line_ratio: float = Field(default=0.3, ge=0)
    """fineweb_list_like: most newlines per word."""
    max_replacement_chars: int = Field(default=0, ge=0)
    """``replacement_chars``: U+FFFD characters (text lost in a bad decoding) a text may hold."""
    # Whole pages the chain above keeps (``pages.py``)
    max_template_share: float = Field(default=0.15, ge=0, le=1)
    """``template_page``: share of the words in sentences of software templates (wiki system pages,
    log-in walls, viewer placeholders) a text may have; a text opening with a software view's
    header (a diff, a page history, search results, a catalogue record) counts as all template."""
    min_prose_share: float = Field(default=0.15, ge=0, le=1)
    """``prose_share``: share of the words in prose segments a text must have (listing pages)."""
    min_sentence_share: float = Field(default=0.1, ge=0, le=1)
    """``sentence_share``: share of the words in sentences (segments of 5+ words, 20%+ function
    words, ending with ``.``, ``!`` or ``?``) a text must have (records, tables, menus;
    ``sentences.py``)."""
    max_vertical_share: float = Field(default=0.007, ge=0, le=1)
    """``spam_vertical``: share of the words inside the selling phrases of web-spam verticals (essay
    mills, dating, pharmacy, loans, casino, tickets, replicas; 3+ occurrences of 2+ different
    phrases, else 0) a text may have (``spam_verticals.py``)."""
    max_price_line_share: float = Field(default=0.25, ge=0, le=1)
    """``price_list``: share of the non-empty lines that are price fields (at most 6 words holding a
    price; 12+ of them, else 0) a text may have: shop catalogues (``price_lists.py``)."""
    function_words: dict[str, list[str]] = Field(default_factory=lambda: {"en": list(ENGLISH_FUNCTION_WORDS)})
    """Per language; ``prose_share``, ``sentence_share``, ``spam_vertical`` (English phrases) and
    ``price_list`` are skipped for languages without a list."""


@dataclass(frozen=True, slots=True)
class C4Lines:
    kept: list[str]
    stopped_by: str | None
    """``lorem_ipsum`` when a line condemned the whole document (C4). The lines after it are still
    read: the rule only flags by default (``QualityParams.flag``; on real web text the two pages
    holding it were a template's documentation showing placeholder text as an example, good, and a
    junk page other rules reject), and then the text goes on."""
    source: list[int]
    """Each kept line's index among the text's lines (``str.splitlines``)."""
    whole: list[bool]
    """Each kept line is its source line as written (stripped; no citation removed)."""
    breaks: frozenset[int] = frozenset()
    """Indexes of kept lines that open a paragraph (a blank line came before them in the input)."""
    curly: bool = False
    """A kept line holds ``{`` (C4's curly-bracket rule). The lines after it are still read: the
    rule only flags by default (``QualityParams.flag``), and then the text goes on."""

    @property
    def text(self) -> str:
        """The kept lines one per line: what FineWeb's rules measure, as in datatrove."""
        return "\n".join(self.kept).strip()

    @property
    def paragraph_text(self) -> str:
        """The kept lines with the input's paragraph breaks: the text a kept document keeps."""
        return "".join(("\n\n" if i in self.breaks else "\n") + line for i, line in enumerate(self.kept)).strip()


class SpaceDoc(DuplicateLines):
    """One document's features, each computed on first use so a failing rule stops the work."""

    def __init__(self, text: str, splitter: WordSplitter, params: SpaceParams, exact: bool = False) -> None:
        splitter.trim()
        self.text = text
        self.splitter = splitter
        self.params = params
        self.exact = exact

    @cached_property
    def line_tokens(self) -> LineTokens:
        """The text's tokens line by line (``WordSplitter.split_lines``)."""
        return self.splitter.split_lines(self.splitlines)

    @cached_property
    def ids(self) -> np.ndarray:
        return self.line_tokens.ids

    # Each property reads ``self.ids`` before the vocabulary: tokenizing may grow (reallocate)
    # the vocabulary's arrays.
    @cached_property
    def lengths(self) -> np.ndarray:
        ids = self.ids
        return self.splitter.vocab.length[ids]

    @cached_property
    def token_hashes(self) -> np.ndarray:
        ids = self.ids
        return self.splitter.vocab.char_hash[ids]

    @cached_property
    def symbol(self) -> np.ndarray:
        ids = self.ids
        return self.splitter.vocab.symbol[ids]

    @cached_property
    def alpha(self) -> np.ndarray:
        ids = self.ids
        return self.splitter.vocab.alpha[ids]

    @cached_property
    def splitlines(self) -> list[str]:
        return self.text.splitlines()

    @cached_property
    def nonempty_lines(self) -> int:
        return sum(map(bool, map(str.strip, self.splitlines)))

    def has_lines(self) -> bool:
        return self.nonempty_lines >= self.params.min_lines

    def has_fineweb_lines(self) -> bool:
        return len(self.fineweb_lines) >= self.params.min_lines

    # Gopher repetition (duplicated paragraphs and lines: see ``DuplicateLines``)
    def top_n_gram(self, n: int) -> float:
        position, count = self.most_frequent_n_grams[n]
        if not count:
            return 0.0
        chars = int(self.lengths[position : position + n].sum()) + n - 1  # " ".join of the n-gram
        return ratio(chars * count, len(self.text))

    @cached_property
    def most_frequent_n_grams(self) -> dict[int, tuple[int, int]]:
        """(first position, count) of the most frequent n-gram for every ``top_n_grams`` size,
        found together: tag mode measures them all."""
        sizes = list(self.params.top_n_grams)
        return dict(zip(sizes, most_frequent_windows(self.token_hashes, sizes), strict=True))

    def dup_n_gram(self, n: int) -> float:
        """Gopher's duplicated n-gram characters, without quotations (``unquoted``)."""
        return self.duplicated_n_grams[n]

    @cached_property
    def duplicated_n_grams(self) -> dict[int, float]:
        """``dup_n_gram`` for every ``dup_n_grams`` size, measured together (one sort)."""
        token_hashes, lengths, chars = self.unquoted
        sizes = list(self.params.dup_n_grams)
        found = duplicate_chars(token_hashes, lengths, sizes)
        return {n: ratio(dup, chars) for n, dup in zip(sizes, found, strict=True)}

    @cached_property
    def unquoted(self) -> tuple[np.ndarray, np.ndarray, int]:
        """(token hashes, token lengths, characters) of the text without its quotations.

        A reply that quotes a question line by line (forums, Q&A sites, mail) repeats it, and the
        duplicated n-gram rules took that for spam (issue 22: a retro-computing Q&A at 0.1007 for
        0.10). A quotation is a line of at least ``QUOTE_MIN_TOKENS`` tokens whose every
        ``QUOTE_WINDOW``-token window occurred before the line, and that is not a copy of an
        earlier line (repeated lines stay repetition). Linear: windows are hashed once.
        """
        ids = self.ids
        if not self.params.skip_quotations:
            return self.token_hashes, self.lengths, len(self.text)
        lines = self.text.split("\n")
        if OTHER_LINE_BREAKS.search(self.text) is None:  # the same lines, but a last empty one
            counts = np.zeros(len(lines), dtype=np.int64)
            counts[: len(self.line_tokens.per_line)] = self.line_tokens.per_line
        else:
            counts = np.fromiter(map(len, map(self.splitter.ids, lines)), dtype=np.int64, count=len(lines))
        n = QUOTE_WINDOW
        hashes = joined_window_hashes(self.token_hashes, self.lengths, n)
        if len(hashes) == 0:
            return self.token_hashes, self.lengths, len(self.text)
        _, first_index, inverse = np.unique(hashes, return_index=True, return_inverse=True)
        line_of = np.repeat(np.arange(len(lines)), counts)
        starts = np.cumsum(counts) - counts
        window_line = line_of[: len(hashes)]
        inside = window_line == line_of[n - 1 : n - 1 + len(hashes)]
        new = inside & (first_index[inverse] >= starts[window_line])
        quoted = (counts >= QUOTE_MIN_TOKENS) & (np.bincount(window_line[new], minlength=len(lines)) == 0)
        if not quoted.any():
            return self.token_hashes, self.lengths, len(self.text)
        seen: set[str] = set()
        for i, line in enumerate(lines):
            if quoted[i] and line.strip() in seen:
                quoted[i] = False
            seen.add(line.strip())
        keep = ~quoted[line_of]
        removed = sum(len(lines[i]) + 1 for i in np.flatnonzero(quoted).tolist())
        assert len(keep) == len(ids)
        return self.token_hashes[keep], self.lengths[keep], len(self.text) - removed

    # Gopher quality
    def word_count(self) -> float:
        return float(np.count_nonzero(~self.symbol))

    def avg_word_length(self) -> float:
        words = self.lengths[~self.symbol]
        return float(words.mean()) if len(words) else 0.0

    def hash_ratio(self) -> float:
        return ratio(self.text.count("#"), len(self.ids))

    def ellipsis_ratio(self) -> float:
        return ratio(self.text.count("...") + self.text.count("…"), len(self.ids))

    def bullet_lines(self) -> float:
        lines = self.splitlines
        return ratio(sum(map(methodcaller("startswith", ("•", "-")), map(str.lstrip, lines))), len(lines))

    def ellipsis_lines(self) -> float:
        lines = self.splitlines
        return ratio(sum(map(methodcaller("endswith", ("...", "…")), map(str.rstrip, lines))), len(lines))

    def alpha_words(self) -> float:
        """Words with a letter among whitespace-delimited words, as the Gopher paper defines it.

        datatrove counts spaCy tokens, where every comma, bracket and piece of a number is a word
        without a letter: well-punctuated articles (every single-line Wikipedia article in our
        sample) fell under 0.8. A chunk such as ``38°34′1″N`` or ``(1809)`` counts once here.
        """
        if self.params.alpha_words_on == "tokens":
            return ratio(np.count_nonzero(self.alpha), len(self.ids))
        chunks = self.text.split()
        return ratio(sum(map(bool, map(HAS_LETTER, chunks))), len(chunks))

    def stop_words(self, words: tuple[str, ...]) -> float:
        """Distinct stop words among the tokens: as written, capitalised or in capitals (``THE``
        counts; an all-caps English listing had none of datatrove's case-sensitive matches), or
        exactly as written with ``stop_words_any_case: false``."""
        ids = self.ids
        if not words:
            return 0.0
        forms, owners = stop_word_forms(words, self.params.stop_words_any_case)
        known = np.fromiter(map(self.splitter.vocab.ids.get, forms, repeat(-1)), dtype=np.int64, count=len(forms))
        order = np.argsort(known)  # look the text's tokens up among the known forms: one binary search each
        known, owners = known[order], owners[order]
        found = np.searchsorted(known, ids).clip(max=len(known) - 1)
        found = found[known[found] == ids]
        return float(len(np.unique(owners[found])))

    # C4
    @cached_property
    def c4(self) -> C4Lines:
        return c4_lines(self.text, self.splitlines, self.line_tokens.words, self.params)

    def c4_stopped_by(self, reason: str) -> float:
        return float(self.c4.stopped_by == reason)

    def c4_sentences(self) -> float:
        """Sentences in the lines C4 keeps: exact below ``c4_min_sentences``; at or above it a
        lower bound (every kept line holds one, so enough lines settle the rule) unless exact."""
        kept = self.c4.kept
        if not self.exact and len(kept) >= self.params.c4_min_sentences:
            return float(len(kept))
        return float(self.kept_sentences)

    @cached_property
    def kept_sentences(self) -> int:
        """Exact sentences of C4's kept lines: those kept as written read their counts from the
        text's tokens (``WordSplitter.sentences_per_line``); lines whose citations went are
        counted on their own."""
        c4 = self.c4
        read, spaced, edited = [], [], []
        maybe_spaced = SPACED.search(self.text) is not None  # most texts hold no such line
        for source, line, whole in zip(c4.source, c4.kept, c4.whole, strict=True):
            if not whole:
                edited.append(line)
                continue
            read.append(source)
            if maybe_spaced and ODD_WHITESPACE.search(line):
                spaced.append((source, line))
        per_line = self.splitter.sentences_per_line(self.line_tokens, spaced)
        return int(per_line[read].sum()) + (self.splitter.count_sentences_in(edited) if edited else 0)

    @cached_property
    def kept_tokens(self) -> int:
        """Tokens of C4's kept lines (of ``fineweb_text``), from the text's tokens where a line is
        kept as written."""
        c4, per_line = self.c4, self.line_tokens.per_line
        read = [source for source, whole in zip(c4.source, c4.whole, strict=True) if whole]
        edited = [line for line, whole in zip(c4.kept, c4.whole, strict=True) if not whole]
        return int(per_line[read].sum()) + sum(map(len, map(self.splitter.ids, edited)))

    # FineWeb, on the text C4's line filter leaves
    @cached_property
    def fineweb_text(self) -> str:
        return self.c4.text if self.params.c4_rewrite_lines else self.text

    @cached_property
    def fineweb_lines(self) -> list[str]:
        return [line for line in self.fineweb_text.split("\n") if line.strip() != ""]

    def line_punct(self) -> float:
        lines = self.fineweb_lines
        return ratio(sum(map(methodcaller("endswith", FINEWEB_STOP_CHARS), lines)), len(lines))

    def short_lines(self) -> float:
        limit = self.params.short_line_length
        lines = self.fineweb_lines
        return ratio(sum(len(line) <= limit for line in lines), len(lines))

    def char_dup(self) -> float:
        return ratio(duplicates(self.fineweb_lines)[1], len(self.fineweb_text.replace("\n", "")))

    def list_ratio(self) -> float:
        tokens = self.kept_tokens if self.params.c4_rewrite_lines else len(self.ids)
        return ratio(self.fineweb_text.count("\n"), tokens)

    # Whole pages (``pages.py``), on the text a kept document keeps
    @cached_property
    def lowered(self) -> str:
        return self.fineweb_text.lower()

    def template_share(self) -> float:
        return template_share(self.lowered)

    def prose_share(self, words: frozenset[str]) -> float:
        return prose_share(self.lowered, words)

    def sentence_share(self, words: frozenset[str]) -> float:
        return sentence_share(self.fineweb_text, words)

    def vertical_share(self) -> float:
        return vertical_share(self.lowered)

    def price_line_share(self) -> float:
        return price_line_share(self.fineweb_lines)


@cache
def stop_word_forms(words: tuple[str, ...], any_case: bool) -> tuple[list[str], np.ndarray]:
    """Each form a stop word counts in (``SpaceDoc.stop_words``) and the index of its word."""
    forms = [(word, word.capitalize(), word.upper()) if any_case else (word,) for word in words]
    owners = np.repeat(np.arange(len(words)), [len(f) for f in forms])
    return [form for word_forms in forms for form in word_forms], owners


def c4_lines(text: str, lines: list[str], words: list[int], params: SpaceParams) -> C4Lines:
    """datatrove's ``C4QualityFilter.filter`` loop over the ``lines`` of ``text``
    (``str.splitlines``), with each line's whitespace-delimited ``words`` counted
    (``LineTokens.words``).

    The phrases a line is searched for are looked for in the whole text first (lowercased, its
    citations removed): most texts hold none, and their lines are then never lowercased."""
    max_word = params.c4_max_word_length
    citations = params.c4_remove_citations and "[" in text
    lowered = (CITATION.sub("", text) if citations else text).lower()
    lorem = "lorem ipsum" in lowered
    javascript = "javascript" in lowered
    policy = [phrase for phrase in C4_POLICY if phrase in lowered]
    kept: list[str] = []
    source: list[int] = []
    whole: list[bool] = []
    breaks: set[int] = set()
    blank = False
    curly = False
    stopped_by = None
    stripped = list(map(str.strip, lines))
    for index, line in enumerate(stripped):
        if not line:
            blank = bool(kept)
            continue
        count = words[index]
        if len(line) > max_word and max(map(len, line.split())) > max_word:
            continue
        as_written = True
        if citations and "[" in line:
            line = CITATION.sub("", line)
            as_written = line == stripped[index]
        if params.c4_filter_no_terminal_punct and (not line.endswith(C4_END_PUNCTUATION) or line.endswith("...")):
            continue
        if count < params.c4_min_words_per_line and not (params.c4_keep_code_lines and code_line(stripped, index)):
            continue
        lower = line.lower() if lorem or javascript or policy else ""  # most texts hold none of them
        if lorem and "lorem ipsum" in lower:
            stopped_by = stopped_by or "lorem_ipsum"
        if (
            javascript
            and "javascript" in lower
            and (params.c4_javascript_lines == "all" or (count <= JS_NOTICE_MAX_WORDS and JS_NOTICE.search(lower)))
        ):
            continue
        curly = curly or "{" in line
        if policy and any(phrase in lower for phrase in policy):
            continue
        if blank:
            breaks.add(len(kept))
            blank = False
        kept.append(line)
        source.append(index)
        whole.append(as_written)
    return C4Lines(kept, stopped_by, source, whole, frozenset(breaks), curly)


def space_rules(
    params: SpaceParams, stop_words: tuple[str, ...] | None, function_words: frozenset[str] | None = None
) -> list[Rule[SpaceDoc]]:
    """The rules in datatrove's order (repetition, quality, C4, FineWeb), so the first failure
    names the same reason, then the whole-page rules (``prose_share``, ``sentence_share``,
    ``spam_vertical`` and ``price_list`` only with function words)."""
    p = params
    rules: list[Rule[SpaceDoc]] = [
        Rule("empty", lambda d: len(d.text), 1, lower_bound=True),
        Rule("gopher_dup_para_frac", SpaceDoc.dup_para_frac, p.dup_para_frac),
        Rule("gopher_dup_para_char_frac", SpaceDoc.dup_para_char_frac, p.dup_para_char_frac),
        Rule("gopher_dup_line_frac", SpaceDoc.dup_line_frac, p.dup_line_frac),
        Rule("gopher_dup_line_char_frac", SpaceDoc.dup_line_char_frac, p.dup_line_char_frac),
    ]
    rules += [
        Rule(f"gopher_top_{n}_gram", partial(SpaceDoc.top_n_gram, n=n), limit) for n, limit in p.top_n_grams.items()
    ]
    rules += [
        Rule(f"gopher_dup_{n}_gram", partial(SpaceDoc.dup_n_gram, n=n), limit) for n, limit in p.dup_n_grams.items()
    ]
    rules += [
        Rule("gopher_short_doc", SpaceDoc.word_count, p.min_doc_words, lower_bound=True),
        Rule("gopher_long_doc", SpaceDoc.word_count, p.max_doc_words),
        Rule("gopher_avg_word_short", SpaceDoc.avg_word_length, p.min_avg_word_length, lower_bound=True),
        Rule("gopher_avg_word_long", SpaceDoc.avg_word_length, p.max_avg_word_length),
        Rule("gopher_hash_ratio", SpaceDoc.hash_ratio, p.max_symbol_word_ratio),
        Rule("gopher_ellipsis_ratio", SpaceDoc.ellipsis_ratio, p.max_symbol_word_ratio),
        Rule("gopher_bullet_lines", SpaceDoc.bullet_lines, p.max_bullet_lines_ratio, applies=SpaceDoc.has_lines),
        Rule("gopher_ellipsis_lines", SpaceDoc.ellipsis_lines, p.max_ellipsis_lines_ratio, applies=SpaceDoc.has_lines),
        Rule("gopher_alpha_words", SpaceDoc.alpha_words, p.min_alpha_words_ratio, lower_bound=True),
    ]
    if stop_words is not None:
        rules.append(
            Rule(
                "gopher_stop_words", partial(SpaceDoc.stop_words, words=stop_words), p.min_stop_words, lower_bound=True
            )
        )
    rules += [
        Rule("c4_lorem_ipsum", partial(SpaceDoc.c4_stopped_by, reason="lorem_ipsum"), 0),
        Rule("c4_curly_bracket", lambda d: float(d.c4.curly), 0),
        Rule("c4_few_sentences", SpaceDoc.c4_sentences, p.c4_min_sentences, lower_bound=True),
        Rule(
            "fineweb_line_punct",
            SpaceDoc.line_punct,
            p.line_punct_thr,
            lower_bound=True,
            applies=SpaceDoc.has_fineweb_lines,
        ),
        Rule("fineweb_short_lines", SpaceDoc.short_lines, p.short_line_thr, applies=SpaceDoc.has_fineweb_lines),
        Rule("fineweb_char_dup", SpaceDoc.char_dup, p.char_duplicates_ratio),
        Rule("fineweb_list_ratio", SpaceDoc.list_ratio, p.new_line_ratio),
        Rule("replacement_chars", lambda d: d.text.count(REPLACEMENT), p.max_replacement_chars),
        Rule("template_page", SpaceDoc.template_share, p.max_template_share),
    ]
    if function_words is not None:
        prose = partial(SpaceDoc.prose_share, words=function_words)
        rules.append(Rule("prose_share", prose, p.min_prose_share, lower_bound=True))
        sentences = partial(SpaceDoc.sentence_share, words=function_words)
        rules.append(Rule("sentence_share", sentences, p.min_sentence_share, lower_bound=True))
        rules.append(Rule("spam_vertical", SpaceDoc.vertical_share, p.max_vertical_share))
        rules.append(Rule("price_list", SpaceDoc.price_line_share, p.max_price_line_share))
    return rules
