"""Round 9 of issue 22: classes of defects that ShareGPT records still kept, each rule on small chats
shaped like the real ones (the record each imitates is named; the real records are in
``benchmarks/labels/sft.jsonl``):

* an answer whose last character opens a bracket ("…through power purchase agreements (");
* an inline code span cut after an escaped underscore (`` `on\\_tab\\_``): ShareGPT's export escapes
  markdown, so the underscore is part of the name, not the end of an emphasis;
* a closing code block whose last line is a comment announcing code that never follows
  ("# Print the best hyperparameters") or opens a single-quoted string (kv's ``text: '``), the fence
  closed by the export;
* a continuation opening whose clause-final definite phrase names nothing the turn gave ("give me 10
  variants on the shortened sentence", "what is the formula?");
* an opening that points at a text it does not give ("Write a summary paragraph of this
  information") or names an earlier turn on one line ("… to support the list above?").
"""

from __future__ import annotations

import pytest

from corpusmill.filters.sft import fixes
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftChecks
from corpusmill.filters.sft.truncation import truncated
from corpusmill.filters.sft.truncation.code import _code_cut
from tests.helpers import chat

P = SftChecksParams()


def test_an_answer_ending_on_an_opening_bracket_is_cut():
    # 5U2iPQ4_0: "…This can be achieved through power purchase agreements ("
    answer = (
        "Nike can significantly reduce its emissions by switching to renewable energy sources.\n\n"
        "1. Install on-site renewable energy systems: solar panels or wind turbines at its facilities.\n"
        "2. Purchase renewable energy from utility providers: This can be achieved through power purchase "
        "agreements ("
    )
    doc = chat(("user", "Provide more detail on solution 1"), ("assistant", answer))
    assert truncated(doc, P) == "unclosed '('"
    closed = chat(("user", "Provide more detail on solution 1"), ("assistant", answer + "PPAs)."))
    assert truncated(closed, P) is None


def test_a_code_span_cut_after_an_escaped_underscore_is_cut():
    # MJSl6B1_312: "You can then use the `on\_tab\_"; X1KM796_0: "…the `kc\_user\_delete\_"
    answer = "Use a ScreenManager for the tabs and switch screens on each change.\n\nYou can then use the `on\\_tab\\_"
    doc = chat(("user", "the first tab seems to always stay on the screen"), ("assistant", answer))
    assert truncated(doc, P) == "unclosed '`'"
    # a span closed after the escaped name is whole
    whole = chat(("user", "which event?"), ("assistant", "You can then use the `on\\_tab\\_switch` event."))
    assert truncated(whole, P) is None


CATBOOST = (
    "Here is the code with hyperopt:\n```python\nimport numpy as np\nfrom hyperopt import fmin, tpe, Trials\n\n"
    "trials = Trials()\nrng = np.random.default_rng(42)\n\n# Run hyperopt to find the best hyperparameters\n"
    "best = fmin(objective, space, algo=tpe.suggest, max_evals=50, trials=trials, rstate=rng)\n\n"
)


@pytest.mark.parametrize(
    "comment",
    [
        "# Print the best hyperparameters",  # 06mXEVd_0
        "# 5. Rare words distribution and",  # sEApyJP_14
        "// Get the ResultSetMetaData",  # ir1y8NQ_0
    ],
)
def test_a_closing_block_that_stops_on_a_comment_announcing_code_is_cut(comment):
    answer = CATBOOST + comment + "\n```"
    assert _code_cut(answer) == comment
    doc = chat(("user", "Use hyperopt to optimise the model above"), ("assistant", answer))
    assert truncated(doc, P) == f"code stops mid-statement: {comment!r}"


@pytest.mark.parametrize(
    "comment",
    [
        "# rest of the code stays the same",  # an elision
        "# ... and so on for the other folds",
        "// add more routes here",
        "# prints the best parameters found",  # what the code above prints
        "# Output: {'depth': 6}",  # a colon: output, not an announcement
    ],
)
def test_closing_comments_that_elide_or_show_output_are_whole(comment):
    assert _code_cut(CATBOOST + "print(best)\n" + comment + "\n```") is None


def test_an_earlier_answer_stopping_on_such_a_comment_is_cut():
    # mWFmQxk_0: the topic-modelling code stops at "# Load spaCy's pre-trained model for", the chat goes on
    cut = (
        "Here is an example:\n```python\nimport spacy\nimport pandas as pd\nfrom sklearn.decomposition import "
        "LatentDirichletAllocation\n\n# Load spaCy's pre-trained model for\n```"
    )
    doc = chat(
        ("user", "Here is how I'm doing topic modeling on my tweets:"),
        ("assistant", cut),
        ("user", "What does the coherence score tell me?"),
        ("assistant", "How often the top words of each topic appear together in the tweets: higher is better."),
    )
    assert 'turn 2 code stops mid-statement: "# Load spaCy\'s pre-trained model for"' in truncated(doc, P)
    assert fixes.cut_turns(doc, P) is False  # the check rejects the chat as it is


def continuation(*turns: tuple[str, str]):
    """A chunk of a split ShareGPT conversation that opens on the model's answer."""
    return chat(("assistant", "Here are the sentences, shortened as you asked."), *turns)


LATER = ("user", "What is a good open rate for cold emails to small businesses?")
LATER_ANSWER = ("assistant", "Around 20-30% for well-targeted cold emails; personalised subject lines help most.")


@pytest.mark.parametrize(
    "opening",
    [
        "give me 10 variants on the shortened sentence",  # xd92L6L_63
        "lets move to the front end part",  # KRjBYkX_59
        "what is the formula?",  # Q09bvN6_7
        "I have completed sending you the case. I will now give you instructions to assist me.",  # f9H4ikB_21
    ],
)
def test_a_continuation_chunk_loses_an_opening_whose_definite_phrase_names_nothing_it_gave(opening):
    doc = continuation(("user", opening), ("assistant", "Sure, here they are."), LATER, LATER_ANSWER)
    assert fixes.context_turns(doc, P)
    assert [m["content"] for m in doc.metadata["messages"] if m["role"] == "user"] == [LATER[1]]


@pytest.mark.parametrize(
    "opening",
    [
        # the phrase says which one itself: a post-modifier, a name, a longer sentence
        "What's the difference between approvelogin and prelogin",
        "write me a script to take the inputs from an xbox one bluetooth controller",
        "Please explain with the python code for the Bayesian Linear Regression using the real world dataset",
        "Tell me a story about the imprisoned Macaque",
        # introduced by the turn itself, or common ground
        "I keep my orders in a SQL database. How do I sort the orders?",
        "How big will solar power get in the future?",
    ],
)
def test_openings_whose_definite_phrases_say_what_they_name_stay(opening):
    doc = continuation(("user", opening), ("assistant", "Here it is."))
    assert fixes.context_turns(doc, P)  # the leading answer goes
    assert [m["content"] for m in doc.metadata["messages"] if m["role"] == "user"] == [opening]


def test_a_later_chunk_opening_on_a_user_turn_is_judged_the_same_way():
    # QNsJBj3_1: "What wasnt covered in the report?" of a report the chunk lacks
    from tests.filters.sft.test_kept_defects import later_chunk

    doc = later_chunk("QNsJBj3_1", ("user", "What wasnt covered in the report?"), ("assistant", "It is not clear."))
    assert fixes.context_turns(doc, P) and doc.metadata["messages"] == []
    # a whole conversation is not known to continue one: "What is the fermi paradox?" asks anew
    whole = later_chunk("QNsJBj3_0", ("user", "What is the formula?"), ("assistant", "Which formula do you mean?"))
    assert not fixes.context_turns(whole, P)


@pytest.mark.parametrize(
    "opening",
    [
        "Write a summary paragraph of this information at a 10th grade reading level.",  # KyzB8CC_0
        "how to understand the concept of E2E in this explanation?",  # MRnf39S_0
        "Summarize the following entry",  # JRfpUdn_0
    ],
)
def test_an_opening_that_points_at_a_text_it_does_not_give_goes(opening):
    doc = chat(
        ("user", opening), ("assistant", "The student's verbal comprehension is below average."), LATER, LATER_ANSWER
    )
    assert fixes.context_turns(doc, P)
    assert [m["content"] for m in doc.metadata["messages"] if m["role"] == "user"] == [LATER[1]]
    alone = chat(("user", opening), ("assistant", "Please paste the text you would like me to summarise."))
    verdict = SftChecks(P)._check_one(alone)
    assert verdict is not None and verdict.reason == "sft:empty_turn"


@pytest.mark.parametrize(
    "opening",
    [
        "Continue the following story. Going through the television channels, Alexandria skipped the romance.",
        "Fix the grammar in this text: the quick brown fox jump over the lazy dog",
        'Summarize this paragraph "Solar power is the conversion of sunlight into electricity by panels."',
        "Be warned that this is marketing information but make people want to read the post anyway",
        "The man cannot be taking a break. This justifies what answer for what question?",
    ],
)
def test_openings_that_give_their_text_or_point_at_none_stay(opening):
    doc = chat(("user", opening), ("assistant", "Here it is."))
    assert not fixes.context_turns(doc, P)


@pytest.mark.parametrize(
    ("last_line", "cut"),
    [
        ("            text: '", True),  # MJSl6B1_178: a kv string opened and cut
        ("            name: 'create", True),  # MJSl6B1_401
        ("            text: 'Quest 8'", False),  # closed
        ('            text: "Don\'t stop"', False),  # an apostrophe, not a string
    ],
)
def test_a_closing_block_whose_last_line_opens_a_single_quoted_string_is_cut(last_line, cut):
    answer = KV_BLOCK + last_line + "\n```"
    assert (_code_cut(answer) == last_line.strip()) is cut


KV_BLOCK = (
    "Here is the layout:\n```\nMDTabs:\n    Tab:\n        BoxLayout:\n            MDFlatButton:\n"
    "            text: 'Quest 7'\n            MDFlatButton:\n"
)


def test_a_one_line_opening_that_names_an_earlier_turn_goes():
    # NW7tul0_0: "the list above" of a list the record lacks; xOZl52N_0: "… for step 1?"
    for opening in ("Can you offer specific studies to support the list above?", "More detailed steps for step 1?"):
        doc = chat(("user", opening), ("assistant", "Here are some studies."), LATER, LATER_ANSWER)
        assert fixes.context_turns(doc, P)
        assert [m["content"] for m in doc.metadata["messages"] if m["role"] == "user"] == [LATER[1]]
    # the code it names on the next line is given
    given = "Give me the code for the above that removes NoneTypes\nmatches = re.search(r'Marco:', line)"
    assert not fixes.context_turns(chat(("user", given), ("assistant", "Here it is.")), P)
