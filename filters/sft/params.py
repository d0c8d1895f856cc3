"""Options of the SFT checks (the ``sft`` stage), with the defaults the README documents."""

from __future__ import annotations

from pydantic import Field, field_validator

from corpusmill.filters.base import StageParams

CHECK_NAMES = (
    # repairs, in the order they run
    "control_chars",
    "html_entities",
    "whitespace",
    "empty_system",
    "placeholder_input",
    "merge_turns",
    "context_turns",
    "dangling_turns",
    "greeting_turns",
    "cut_turns",
    # rejections, in the order they run (the first that fires names the reason)
    "empty_turn",
    "role_order",
    "placeholder_output",
    "unseen_reference",
    "media_generation",
    "merged_instructions",
    "ai_boilerplate",
    "refusal",
    "empty_code_block",
    "translated_code",
    "truncated",
    "repeats_instruction",
    "replacement_chars",
    "too_long",
    "language_mismatch",
)

INPUT_PLACEHOLDERS = [
    "noinput", "noinputrequired", "noinputneeded", "noinputprovided", "noinputgiven", "none", "na", "null",
    "nil", "empty", "blank", "nothing", "notapplicable", "无", "无输入", "没有输入", "无需输入", "不需要输入",
    "不适用", "空",
]  # fmt: skip
OUTPUT_PLACEHOLDERS = [
    "nooutput", "noinput", "na", "notapplicable", "nooutputrequired", "noanswer", "无输出", "无输入",
    "没有输出", "不适用",
]  # fmt: skip


class SftChecksParams(StageParams):
    """Thresholds of the ``sft`` stage. Placeholders are compared after lower-casing and removing
    everything but letters and digits, so ``<No Input>``, ``"<noinput>"`` and ``No input.`` are one."""

    disable: list[str] = Field(default_factory=list)
    """Check or repair names to skip."""
    input_placeholders: list[str] = Field(default_factory=lambda: list(INPUT_PLACEHOLDERS))
    """Alpaca inputs meaning 'no input', compared lower-cased on letters and digits only ('<No Input>' and 'No
    input.' match 'noinput'); removed as fixed:sft:placeholder_input."""
    output_placeholders: list[str] = Field(default_factory=lambda: list(OUTPUT_PLACEHOLDERS))
    """Answers that are placeholders (sft:placeholder_output), compared like input_placeholders."""
    reference_max_words: int = Field(default=25, ge=1, le=1000)
    """sft:unseen_reference: a first prompt pointing at 'the article below' or a URL with at most this many words
    has nothing to point at (CJK characters count half a word)."""
    truncated_min_words: int = Field(default=5, ge=1, le=1000)
    """A last line this long (zh: twice in characters) is judged."""
    truncated_cjk_no_stop: bool = Field(
        default=False,
    )
    """Also reject a Chinese last sentence without 。 that holds digits or Latin letters whatever
    character it ends on. By default such a sentence (machine translation drops the 。 of sentences
    whose numbers or names it damaged) is judged cut only when its last character rarely ends
    sentences (``truncation.CJK_LOW_END``); Chinese sentences without digits or Latin letters are
    judged by the default rules either way (docs/sft.md, Chinese truncation)."""
    max_tokens: int = Field(default=4096, ge=1)
    """Records longer than this many tokens are rejected as sft:too_long."""
    language_min_letters: int = Field(default=24, ge=1)
    """sft:language_mismatch judges an answer with at least this many letters (a CJK character counts 3)."""
    language_min_score: float = Field(default=0.8, ge=0.0, le=1.0)
    """Language-ID score an answer's language needs before a mismatch with the prompt's is judged."""
    language_label_min_score: float = Field(default=0.4, ge=0.0, le=1.0)
    """Language-ID score a record's ``language`` label needs; below it the label is ``und``."""

    @field_validator("disable")
    @classmethod
    def _known_names(cls, names: list[str]) -> list[str]:
        unknown = sorted(set(names) - set(CHECK_NAMES))
        if unknown:
            raise ValueError(f"unknown check {unknown[0]!r}; known: {', '.join(CHECK_NAMES)}")
        return names
