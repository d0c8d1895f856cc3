"""Round 10 of issue 22: prompts whose material is not there.

First, a template's slot left unfilled where the prompt's material should be.

Alpaca and ShareGPT prompts copied from a template keep the slot the user was to replace: a line
that is only ``[insert poem]``, ``<Insert photo here>``, ``(Attach a photo)``, ``<include image>``,
or a quoted ``"[Insert Topic]"`` as the subject of an AIPRM outline prompt (and the Chinese
translations of such records: ``[插入诗]``, ``（插入文章）``). Every answer to such a
prompt invents the poem, the photo or the topic, so ``unseen_reference`` rejects the record. The cases
are shaped like the real ones (each names the record it imitates; the readings are in
``benchmarks/labels/sft.jsonl``), beside the near misses it must leave alone: a slot the prompt fills
itself, a slot inside pasted material, a letter's blanks, an inline slot in a sentence.

Second, a longer opening whose last sentence points at material below it that the export dropped
("Use the outline below to help create the essay."): ``context_turns`` drops that exchange, as it does
for the short openings of ``_missing_text``; a quiz's "Which of the following …" and material that
follows stay.
"""

from __future__ import annotations

import pytest

from corpusmill.filters.sft import checks, fixes
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks
from tests.helpers import alpaca, chat, user_turns

P = SftChecksParams()


@pytest.mark.parametrize(
    ("instruction", "given", "slot"),
    [
        # alpaca_data 505bc892: the analysis is of an invented poem
        (
            "Identify the main theme of the following poem and provide a brief analysis.",
            "[insert poem]",
            "[insert poem]",
        ),
        # alpaca_data 189f9b46: the historical context of an invented factory photo
        (
            "Identify and describe the historical context in which the following photograph was taken.",
            "<Insert photo here>",
            "<Insert photo here>",
        ),
        # alpaca_data 51737db4: a one-sentence summary of an invented article
        ("Read the following article and write a one sentence summary.", "(Insert Article)", "(Insert Article)"),
        # alpaca_data 55beb137 and 7c5dce60: "attach" and "include" slots
        ("Write a paragraph describing the photo.", "(Attach a photo)", "(Attach a photo)"),
        ("Given a photo, classify the type of animal in the photo.", "<include image>", "<include image>"),
        # alpaca_data a0d8506c: a space inside the bracket
        ("Write a description of this photograph", "< insert photograph here>", "< insert photograph here>"),
        # carbonz0 part 01 c600b95d and 3b2a6c3a: the Chinese translations of such records
        ("找出下面这首诗的主题并作简要分析。", "[插入诗]", "[插入诗]"),
        ("阅读下面的文章并写一个一句话总结。", "（插入文章）", "（插入文章）"),
    ],
)
def test_an_alpaca_input_that_is_only_an_unfilled_slot_is_an_unseen_reference(instruction, given, slot):
    doc = alpaca(instruction, given, "The photograph shows a breathtaking view of a meadow at dawn.")
    assert checks.unseen_reference(doc, P) == f"unfilled template slot {slot!r}"
    verdict = SftChecks(P)._check_one(doc)
    assert verdict is not None and verdict.reason == "sft:unseen_reference"


def test_a_quoted_slot_as_the_subject_of_a_chat_prompt_is_an_unseen_reference():
    # P0Qe2Gx_0: the AIPRM outline prompt; the answer invents "Emotional Intelligence in the Workplace"
    prompt = (
        "Please ignore all previous instructions. Using the MECE framework, please create a detailed long-form "
        'content outline for our English writers on the topic: "[Insert Topic]". Also, provide a short and '
        "attention-grabbing title for the article and an estimate of the word count for each subheading."
    )
    doc = chat(("user", prompt), ("assistant", "Understanding the Importance of Emotional Intelligence\n\n* Intro"))
    assert checks.unseen_reference(doc, P) == "unfilled template slot '\"[Insert Topic]\"'"


@pytest.mark.parametrize(
    ("instruction", "given"),
    [
        # alpaca_data c16c9c98: the slot is filled on the input line ("- Italian")
        ("Find a restaurant nearby that serves <insert cuisine> cuisine.", "<insert cuisine> - Italian"),
        # alpaca_data 646768d0: the instruction's slot, the address given as the input
        ("Suggest a restaurant near (insert address).", "145 West 172nd Street, New York, NY 10032"),
        # carbonz0 part 00 2bbccc57: the translated slot is filled on the input line too
        ("命名<插入外国名称>的首都。", "<插入外国名称> - 加拿大"),
        # alpaca_data 542a644f: a choice of verbs, not a slot
        ("Given a story, (add/edit/compare/remove) an element from it.", "Once upon a time there was a girl."),
    ],
)
def test_a_slot_the_prompt_fills_is_not_an_unseen_reference(instruction, given):
    doc = alpaca(instruction, given, "A reasonable answer.")
    assert checks.unseen_reference(doc, P) is None


@pytest.mark.parametrize(
    "prompt",
    [
        # a pasted outline whose items still hold the model's earlier slots: the prompt gives its material
        "Write the blog post from this outline:\nIV. Examples of great blog intros\n* Example 1: [insert example]\n"
        "* Example 2: [insert example]",
        # RrbIEKo_0: a web-search template with inline slots, whose question stands alone
        "I looked up some information on Who won the last world cup. For example, [1] talks about "
        "[insert summary of information], while [2] provides more details. Who won?",
        # a letter the user wants with its blanks
        "Write an email to invite [Name] to speak at an event about [topic] on [date].",
    ],
)
def test_slots_inside_material_or_a_sentence_are_not_an_unseen_reference(prompt):
    doc = chat(("user", prompt), ("assistant", "Dear [Name],\n\nI hope this finds you well."))
    assert checks.unseen_reference(doc, P) is None


def test_a_slot_in_the_answer_is_not_the_prompts_material():
    # templates the model writes keep their slots ("[Insert budget amount]"): the answer is whole
    doc = chat(
        ("user", "Write a proposal for a community health initiative."),
        ("assistant", "Budget:\nThe total budget for the initiative is:\n[Insert budget amount]"),
    )
    assert checks.unseen_reference(doc, P) is None


ESSAY = (
    "You're a college student writing a persuasive essay for an academic audience, in no less than 750 words. "
    "The essay should include at least one piece of researched evidence. It should have at least two points and "
    "at least one counter argument. The introduction should be a single paragraph. The entire essay should rely on "
    "logos, pathos, and ethos to persuade an academic audience."
)
ARTICLE = (
    'Can you write an article about "Jean Brace" a senior living specialist with over 20 years of experience. '
    "And her seven principles for infusing quality service and enriching the sense of community which leads to "
    "improved occupancy reduced staff turnover higher quality and improved bottom lines."
)


@pytest.mark.parametrize(
    "opening",
    [
        ESSAY + " Use the outline below to help create the essay.",  # KFCUCi3_0
        ARTICLE
        + " Jean has 7 core principals she practices and they can be found at the following video link.",  # TxJPMXe_0
    ],
)
def test_a_longer_opening_pointing_at_material_below_that_is_not_there_goes(opening):
    assert len(opening.split()) > fixes.TEXT_REFERENCE_WORDS
    later = ("user", "Now write a short title for a persuasive essay on campus mental health.")
    doc = chat(
        ("user", opening),
        ("assistant", "Title: The Importance of Mental Health Support"),
        later,
        ("assistant", "Minds Matter: Why Universities Must Invest in Mental Health"),
    )
    assert fixes.context_turns(doc, P)
    assert user_turns(doc) == [later[1]]
    alone = chat(("user", opening), ("assistant", "Title: The Importance of Mental Health Support in Universities"))
    verdict = SftChecks(P)._check_one(alone)
    assert verdict is not None and verdict.reason == "sft:empty_turn"


@pytest.mark.parametrize(
    "opening",
    [
        # the outline follows: on the same line after a colon, or on the lines below
        ESSAY + " Use the outline below: benefits of counselling, costs, and the counter argument of scope.",
        ESSAY + " Use the outline below.\nI. Introduction\nII. Prevalence\nIII. Benefits",
        # 9PB04DI_26: a quiz stem's "Which of the following …" asks a question
        "A 45-year-old man is started on a drug regimen for tuberculosis. "
        + "He has no other history. " * 8
        + "Which of the following is most likely to increase as a result of this drug regimen?",
        # 68Sgl9d_0's "leave a comment below" is not material
        ESSAY + " End with make sure you tell your friends and leave a comment below",
        # the pointer is not in the last sentence: the material is the turn's own list
        "Write a post from the points below. " + ESSAY,
    ],
)
def test_longer_openings_whose_material_follows_or_that_point_at_none_stay(opening):
    doc = chat(("user", opening), ("assistant", "Here is the essay."))
    assert not fixes.context_turns(doc, P)
