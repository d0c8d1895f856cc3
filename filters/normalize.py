"""Unicode repair before any rule looks at text, so rules and hashes see one spelling per text.

ftfy fixes mojibake (UTF-8 decoded as Latin-1 and the like, common in old crawls), then NFC
composes characters, C0/C1 control characters other than tab and newline are removed, and so are
invisible format characters that carry no meaning (``corpusmill.text.format_chars``: word joiners,
bidi overrides, soft hyphens, stray ZWJ/ZWNJ outside joining scripts and emoji), which would let a
copy with them interleaved pass exact and near dedup. Each repair is counted; a record left empty
is rejected.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, partial

from datatrove.data import Document
from pydantic import Field

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.text.format_chars import strip_format_chars

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
LINE_ENDS = re.compile(r"\r\n?")
BLANK_RUNS = re.compile(r"\n(?:[^\S\n]*\n)+")
"""A line break and the blank (or whitespace-only) lines after it: one paragraph break."""


@cache
def fix_mojibake() -> Callable[[str], str]:
    """ftfy restricted to encoding repairs, imported on first use: its other defaults (straight
    quotes, half-width forms) would rewrite ordinary text, e.g. the full-width punctuation every
    Chinese sentence uses."""
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
    )
    return partial(ftfy.fix_text, config=config)


class NormalizeParams(StageParams):
    fix_mojibake: bool = True
    """Repair text decoded with the wrong encoding (ftfy's encoding repair only: no quote or width rewriting);
    counted as normalize:mojibake."""
    form: str = Field(default="NFC", pattern="^(NFC|NFKC)$")
    """Unicode normal form, NFC (default) or NFKC."""
    strip_control: bool = True
    """Remove C0/C1 control characters except tab and newline, zero-width spaces and byte order marks; counted as
    normalize:control_chars."""
    strip_format: bool = True
    """Remove invisible format characters (Unicode Cf: word joiners, bidi overrides, soft hyphens, tags) where they
    carry nothing, keeping ZWJ/ZWNJ in joining scripts and emoji sequences; counted as normalize:format_chars."""


class Normalize(Stage):
    name = "normalize"
    decides = False  # edits text; rejects only what nothing is left of (no tag mode)
    Params = NormalizeParams

    def process(self, doc: Document) -> Verdict:
        text = doc.text
        if self.params.fix_mojibake:
            fixed = fix_mojibake()(text)
            if fixed != text:
                self.count_fix("normalize:mojibake")
                text = fixed
        if self.params.strip_control:
            text, n = CONTROL.subn("", text)
            if n:
                self.count_fix("normalize:control_chars")
        if self.params.strip_format:
            text, n = strip_format_chars(text)
            if n:
                self.count_fix("normalize:format_chars")
        composed = unicodedata.normalize(self.params.form, text)
        if composed != text:
            self.count_fix(f"normalize:{self.params.form.lower()}")
        text = BLANK_RUNS.sub("\n\n", LINE_ENDS.sub("\n", composed)).strip()
        if not text:
            return Reject("normalize:empty", "no text left after normalisation")
        doc.text = text
        return None
