"""Round 8 of issue 22: classes of defects that ShareGPT records still kept, each rule on small chats
shaped like the real ones (the record each imitates is named; the real records are in
``benchmarks/labels/sft.jsonl``):

* code whose closing block stops on a statement's first part, the fence closed by the export: a
  Python header with no body, a member access without its member, a kv/YAML line cut mid-name;
* a last paragraph that is only an opener ("Once") after a finished paragraph; a long answer made
  from a pasted text that closes on prose of its own, cut; a résumé's heading lines are not verse;
* a chat interface's error message in place of an answer;
* a later chunk of a split conversation that opens by naming an earlier turn at any length
  ("Add to the episode above …", "Remove 3 and 4 as …");
* a chunk that continues a conversation and opens by asking to change a work it does not name
  ("can you emphasise local ranking and local reviews").
"""

from __future__ import annotations

import pytest

from corpusmill.filters.sft import checks, fixes
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import make_document
from corpusmill.filters.sft.stage import SftChecks
from corpusmill.filters.sft.truncation import truncated
from corpusmill.filters.sft.truncation.code import _code_cut
from tests.helpers import chat, user_turns

P = SftChecksParams()

KV_HEAD = (
    "Here is the kv file:\n```\n<QuestsScreen>:\n    BoxLayout:\n        orientation: 'vertical'\n        MDLabel:\n"
)


@pytest.mark.parametrize(
    ("answer", "last_line"),
    [
        # MJSl6B1_395: a flag, then the class header and the fence
        ("You can also use a flag:\n```\nMAIN_SCREEN_INITIALIZED = False\n\nclass MainScreen(MDScreen):\n```",
         "class MainScreen(MDScreen):"),
        # MJSl6B1_77: a method whose body stops at "self."
        ("```python\nclass Character:\n    def level_up(self):\n        self.\n```", "self."),
        # MJSl6B1_293, MJSl6B1_39, MJSl6B1_9: kv cut mid-name
        (KV_HEAD + "            text: 'Quests'\n        OneLine\n```", "OneLine"),
        (KV_HEAD + "            text: 'Stats'\n        MDCheckbox:\n            id: statistics_\n```",
         "id: statistics_"),
        (KV_HEAD + "            text: 'Tasks'\n            height: self.minimum_\n```", "height: self.minimum_"),
        # Fy9JAep_143: a mermaid class whose field stops at its colon, inside the class's open brace
        ("```mermaid\nclassDiagram\n    class Account {\n        -id: int\n        +get_balance(): float\n    }\n"
         "    class Ledger {\n        -id:\n```", "-id:"),
    ],
)  # fmt: skip
def test_a_closing_block_that_stops_on_a_statements_first_part_is_cut(answer, last_line):
    assert _code_cut(answer) == last_line
    doc = chat(("user", "Write the code for my kivy app"), ("assistant", answer))
    assert truncated(doc, P) == f"code stops mid-statement: {last_line!r}"


@pytest.mark.parametrize(
    "answer",
    [
        # a notebook's last line shows the frame: a bare name in Python is a statement
        "```python\nimport pandas as pd\ndf = pd.read_csv('data.csv')\ndf = df.dropna()\ndf\n```",
        # a whole kv widget and a Python block that ends on a full statement
        KV_HEAD + "            text: 'Quests'\n        MDList:\n            id: quest_list\n```",
        "```python\nclass Base:\n    def run(self):\n        return self.value\n```",
        # prose lines in a code block end on a word and a full stop, not on a member access
        "```\nDear Amanda,\nI miss you every day.\nI am forever yours.\n```",
        # a header whose body is elided on purpose
        "```python\ndef parse(text):\n    # ...\n```",
    ],
)
def test_whole_code_blocks_are_not_cut(answer):
    assert _code_cut(answer) is None


def test_an_earlier_answer_cut_this_way_ends_the_chat_before_it():
    # MJSl6B1_77: the first code answer stops at "self.", the chat goes on about other things
    cut = "```python\nclass Character:\n    def level_up(self):\n        self.\n```"
    doc = chat(
        ("user", "Write the character model"),
        ("assistant", "Here is a first version:\n" + cut),
        ("user", "How do I show the level in the UI?"),
        ("assistant", "Bind a label's text to the character's level property and update it in level_up."),
    )
    assert "turn 2 code stops mid-statement: 'self.'" in truncated(doc, P)


def test_a_last_paragraph_of_only_an_opener_is_cut():
    # tFAvE80_0: an email sequence that stops at "Once" after a finished paragraph
    answer = (
        "Email 4 (Project completion):\n\nDear [Client],\n\nI am pleased to announce that your project is complete."
        "\n\nPlease review the materials and let us know if any revisions need to be made.\n\nOnce"
    )
    doc = chat(("user", "Write an email sequence for new clients"), ("assistant", answer))
    assert truncated(doc, P) == "last sentence stops after 'Once': " + repr(answer[-80:].replace("\n", " "))
    # a closing salutation or a whole last line is not an opener
    for ending in ("Best regards,\n[Your Name]", "Once the project is done, we will send an invoice."):
        whole = chat(("user", "Write an email"), ("assistant", answer.removesuffix("Once") + ending))
        assert truncated(whole, P) is None


RESUME = (
    "EXPERIENCE\nLumere - Research Analyst\nCurrent\n* Evaluated FDA approved medical devices for health systems.\n"
    "* Collected product data from the FDA and device manufacturers.\nABBVIE - Signal Processing Scientist\n"
    "March 2022 - November 2022\n* Designed algorithms to analyze neural recordings.\n"
    "* Programmed tools in MATLAB and Python to automate experiments.\nCenter for Cognition - Research Intern\n"
    "May 2020 - August 2020\n* Used Python and MATLAB to design novel neural decoders.\n"
    "* Analyzed the literature to push the project further.\nSKILLS\nPython\nMATLAB\nJava\nSignal processing\n"
)


def test_a_long_answer_made_from_a_pasted_text_that_closes_on_prose_of_its_own_is_cut():
    # E0YL5SX_175: the résumé rewritten, then a mission statement of its own stopping on "a better"
    mission = (
        "MISSION\nMy mission is to contribute my knowledge and skills in biomedical engineering, software engineering "
        "and product development to create innovative solutions that improve people's lives. I strive to develop "
        "cutting-edge technologies that can bridge the gap between human beings and machines, ultimately leading "
        "to a better"
    )
    resume = RESUME * 3  # long enough to be a chat model's answer
    doc = chat(("user", "Rewrite my resume and add a mission statement:\n" + resume), ("assistant", resume + mission))
    assert truncated(doc, P) == "last line stops mid-sentence: " + repr(mission[-80:].replace("\n", " "))
    # the same résumé ending as the text it was made from ends the way that text ends
    copied = chat(("user", "Rewrite my resume:\n" + resume), ("assistant", resume.rstrip()))
    assert truncated(copied, P) is None


@pytest.mark.parametrize("error", ["Too many requests in 1 hour. Try again later.", "Load failed", "Network error"])
def test_an_interface_error_in_place_of_an_answer_is_a_placeholder(error):
    # 0qXa9NO_0: "hi?" → "Too many requests in 1 hour. Try again later."; RK8GBiX_0: "Load failed"
    doc = chat(("user", "hi?"), ("assistant", error))
    assert checks.placeholder_output(doc, P) == f"answer is the interface's error message: {error!r}"
    about = chat(("user", "What does 'Load failed' mean in Safari?"), ("assistant", "Load failed means the page did "
                 "not finish loading: the connection dropped or the server did not answer."))  # fmt: skip
    assert checks.placeholder_output(about, P) is None


def later_chunk(doc_id: str, *turns: tuple[str, str]):
    """A chunk of a split ShareGPT conversation, named by its own id (``<conversation>_<first turn>``)."""
    messages = [{"role": role, "content": text} for role, text in turns]
    return make_document(doc_id=doc_id, source="test", order=0, messages=messages, own_id=True)


@pytest.mark.parametrize(
    "opening",
    [
        # 6dPUCcK_80
        "Add to the episode above the fundamentalist's frustration with the Teacher's response. The fundamentalist "
        "isn't happy because, they claim, the Bible forbids it. Have the Teacher respond the way his gospel would.",
        # ZE7IH7d_10
        "Remove 3 and 4 as they only mention the opinion of one person. Suggest two more points of something that "
        "comes up more than once (that hasn't already been suggested).",
    ],
)
def test_a_later_chunk_loses_a_long_opening_that_names_an_earlier_turn(opening):
    doc = later_chunk(
        "ZE7IH7d_10",
        ("user", opening),
        ("assistant", "Sure, here is the revised version with the changes you asked for."),
        ("user", "What are good sources on conflict resolution in small communities?"),
        ("assistant", "Start with Fisher and Ury's Getting to Yes, then Lederach's work on conflict transformation."),
    )
    assert fixes.context_turns(doc, P)
    assert user_turns(doc) == ["What are good sources on conflict resolution in small communities?"]


@pytest.mark.parametrize(
    ("doc_id", "opening"),
    [
        # a whole conversation (the "_0" chunk) that gives the items it edits (round 9: one that does
        # not, "Remove 3 and 4 as …" alone, points at a missing list and goes, like "the list above")
        ("ZE7IH7d_0", "Remove 3 and 4 as they name one person:\n1. Parks\n2. Markets\n3. Ann\n4. Bo"),
        # a quantity is not an item's number
        ("abc_4", "Remove 2 cups of flour from the recipe and tell me how the texture changes when baked."),
        # further in, "the rest of" is the rest of what the turn itself asks for (5PrPANu_40)
        ("5PrPANu_40", "Now let's include a practical example with Python code for the banking sector that uses "
         "SQLAlchemy, then do something practical in the rest of the short Python coding example."),
        # a company's name is not an item's number (J410gdS_34)
        ("J410gdS_34", "Web search results: Citadel and Point72 to invest $2.75 billion in Melvin Capital. Query: "
         "What is Charaxes Melvin LLC's relationship to Citadel?"),
        # a pasted bill's own section (Dpp1vr8_2)
        ("Dpp1vr8_2", "can you summarize this bill\nSection 2. (a) earnings of a consumer\nare exempt\nwhen small"),
    ],
)  # fmt: skip
def test_openings_that_do_not_name_an_earlier_turn_stay(doc_id, opening):
    doc = later_chunk(doc_id, ("user", opening), ("assistant", "Here it is."))
    assert not fixes.context_turns(doc, P)


def test_a_later_chunk_made_only_of_such_openings_is_an_empty_turn_reject():
    doc = later_chunk(
        "ZE7IH7d_10",
        ("user", "Remove 3 and 4 as they only mention the opinion of one person. Suggest two more points."),
        ("assistant", "1. Shared meals\n2. Weekly markets"),
    )
    verdict = SftChecks(P)._check_one(doc)
    assert verdict is not None and verdict.reason == "sft:empty_turn"


def test_a_continuation_chunk_loses_an_opening_that_asks_to_change_an_unnamed_work():
    # XCNeusQ_25: the outreach message it changes is in the missing turns
    doc = chat(
        ("assistant", "Hey [Prospect's Name], this is [Your Name] from Top Position. Let's connect!"),
        ("user", "can you emphasise local ranking and local reviews"),
        ("assistant", "Hey [Prospect's Name], tried reaching you about boosting your local ranking and reviews."),
        ("user", "What is a good open rate for cold emails to small businesses?"),
        ("assistant", "Around 20-30% for well-targeted cold emails; personalised subject lines help most."),
    )
    assert fixes.context_turns(doc, P)
    assert user_turns(doc) == ["What is a good open rate for cold emails to small businesses?"]
    # a request that names its own subject stays; a conversation that opens on a user turn is not judged
    asks = chat(
        ("assistant", "Sure, here it is."),
        ("user", "can you explain how Google ranks local businesses?"),
        ("assistant", "Relevance, distance and prominence: reviews, links and a complete business profile."),
    )
    assert fixes.context_turns(asks, P) and user_turns(asks) == ["can you explain how Google ranks local businesses?"]
    fresh = chat(("user", "add a section on pricing to a plan for a dog-walking startup"), ("assistant", "Pricing: …"))
    assert not fixes.context_turns(fresh, P)


def test_a_sentence_opening_with_to_is_prose_not_an_address():
    # Mv0LPI8_161: "…and improve their reputation. To achieve these goals, many" was read as a letter's "To …,"
    answer = (
        "Hotels and resorts are recognizing the importance of sustainability in order to appeal to conscious "
        "customers and improve their reputation. To achieve these goals, many"
    )
    doc = chat(("user", "how about in hospitality"), ("assistant", answer))
    assert truncated(doc, P) == "ends on 'many': " + repr(answer[-80:])
    for address in ("To Hiring Manager,", "To whom it may concern,"):
        letter = chat(("user", "Write a cover letter opening"), ("assistant", "I am writing to apply.\n" + address))
        assert truncated(letter, P) is None
