"""Repairs: problems a record can be saved from. Each returns whether it changed the record; the
stage counts ``fixed:sft:<name>`` and lists ``sft:<name>`` in the record's ``fixes`` column.

They run before the checks so that the checks see repaired text (a ``<noinput>`` input is not an
input, an escaped ``&lt;`` is a ``<``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from datatrove.data import Document

from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import PROMPT_ROLES, RESPONSE_ROLES, TURN_FIELDS
from corpusmill.filters.sft.text import QUOTED
from corpusmill.filters.sft.truncation import truncated

CONTROL = re.compile(
    r"\x1b\[[0-9;?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, erase line
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[ -/]*[0-~]"  # other escapes (charset selection, ...)
    r"|\r\n?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]"
)
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#[0-9]{1,6}|#x[0-9a-fA-F]{1,6});")
NOT_ALNUM = re.compile(r"[\W_]+")


def _map_texts(doc: Document, edit: Callable[[str], str]) -> bool:
    """Apply ``edit`` to every message and to the Alpaca input; report whether anything changed."""
    changed = False
    for message in doc.metadata["messages"]:
        new = edit(message["content"])
        if new != message["content"]:
            message["content"] = new
            changed = True
    given = doc.metadata.get("alpaca_input")
    if given:
        doc.metadata["alpaca_input"] = edit(given)
    return changed


def _strip_control(text: str) -> str:
    """Terminal escapes (CSI, OSC and the rest: a lone ESC would leave ``[31m`` or ``]0;title``
    behind), zero-width spaces, BOMs and C0/C1 controls (NUL, backspace, bell) go; CR and CRLF
    become LF."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(lambda m: "\n" if m.group()[0] in "\r\u2028\u2029" else "", text)


def control_chars(doc: Document, p: SftChecksParams) -> bool:
    """Alpaca record 29819 has ``\\x03\\x01\\x07`` bytes in its output; 8 records have U+200B."""
    return _map_texts(doc, _strip_control)


def _unescape(text: str) -> str:
    if "&" not in text or "```" in text or not ENTITY.search(text):
        return text
    return ENTITY.sub(lambda m: " " if m.group() == "&nbsp;" else html.unescape(m.group()), text)


def html_entities(doc: Document, p: SftChecksParams) -> bool:
    """carbonz0 zh-data inputs read ``&lt;无输入&gt;``: HTML-escaped once too often. Text holding a
    code block is left alone, since ``&lt;`` may be exactly what an HTML answer must say."""
    return _map_texts(doc, _unescape)


def whitespace(doc: Document, p: SftChecksParams) -> bool:
    """Leading and trailing whitespace of each turn: templates add their own separators."""
    return _map_texts(doc, str.strip)


def empty_system(doc: Document, p: SftChecksParams) -> bool:
    """An empty system prompt says nothing; dropping it is what every trainer does anyway."""
    messages = doc.metadata["messages"]
    kept = [m for m in messages if m["role"] != "system" or m["content"]]
    if len(kept) == len(messages):
        return False
    doc.metadata["messages"] = kept
    return True


def squash(text: str) -> str:
    return NOT_ALNUM.sub("", text.lower())


def placeholder_input(doc: Document, p: SftChecksParams) -> bool:
    """Alpaca inputs such as ``<noinput>``, ``No input.``, ``N/A`` (and zh ``无输入``) mean "no input":
    161 + 90 + 67 + ... records of the original Alpaca file. The input is removed from the prompt."""
    given = doc.metadata.get("alpaca_input")
    if not given or squash(given) not in p.input_placeholders:
        return False
    messages = doc.metadata["messages"]
    for message in reversed(messages):
        if message["role"] == "user":
            if message["content"].endswith(given):
                message["content"] = message["content"][: -len(given)].rstrip()
            break
    doc.metadata["alpaca_input"] = ""
    return True


def merge_turns(doc: Document, p: SftChecksParams) -> bool:
    """Two user (or two assistant) turns in a row, as ShareGPT has where a user sent a second
    message before the answer (a question, then the text it is about): one turn of both texts,
    joined by a blank line, instead of dropping a good conversation for its role order. Turns
    with OpenAI tool fields are left alone."""
    messages = doc.metadata["messages"]
    merged: list[dict] = []
    for message in messages:
        before = merged[-1] if merged else None
        if (
            before is not None
            and message["role"] == before["role"]
            and message["role"] in ("user", "assistant")
            and TURN_FIELDS not in message
            and TURN_FIELDS not in before
        ):
            merged[-1] = {**before, "content": "\n\n".join(t for t in (before["content"], message["content"]) if t)}
        else:
            merged.append(message)
    if len(merged) == len(messages):
        return False
    doc.metadata["messages"] = merged
    return True


CONTEXT_LESS = re.compile(
    r"^\W*(?:please\s+)?(?:(?:continue|go on|keep going|carry on|more|next|again|and|also|same|ok|okay|yes|no|"
    r"thanks?|thank you|great|good|nice|perfect|cool|why|now|then|what about|how about|another|one more|try again|"
    r"redo|expand|elaborate|shorter|longer|(?:rewrite|summari[sz]e|make|do|write|organi[sz]e|improve|change|fix|"
    r"explain|translate|format|shorten|add|give|show|use|put|turn|convert|keep|finish|complete)\s+(?:it|this|that|"
    r"them|these|those|the above|the same|more|again|another|one)|it|this|that|these|those|they|them|he|she)"
    r"(?![\w'’-]|\.\w)|继续|接着|再来|还有|然后)",
    re.I,
)
"""A user turn that only makes sense after an earlier answer: "continue", "Organize it better",
"make it shorter", "Why?", "继续"."""
CONTEXT_MAX_WORDS = 12
"""Longer first turns carry their own context even when they open with "this" or "now"."""


REFERS_BACK = re.compile(
    r"(?<![A-Za-z0-9])(?:above|previous|previously|earlier|before|again|same|instead|this|that|these|those|it|its|"
    r"them|they|he|she|his|her|their|now|also|another|more|continue|continued|next|last|update|rewrite|revise|"
    r"change|modify|adjust|shorten|expand|add|remove|fix|improve|redo|correction|both|other|rest|remaining|too|"
    r"ok|okay|thanks|thank|great|yes|no|so|then|which|here|still)(?![A-Za-z0-9])"
    r"|这个|那个|上面|上述|刚才|继续|再|还",
    re.I,
)
"""Words by which a turn points back at the conversation ("update this to be in the first person",
"Write above separately for john and jane", "which do you think is the most clean")."""


def context_turns(doc: Document, p: SftChecksParams) -> bool:
    """Exchanges whose user turn only makes sense after a conversation that is not there. ShareGPT
    splits long conversations into chunks; a chunk that starts with the model's answer (768 of the
    first 2,000 records) continues a conversation, and its first user turn points back at it
    ("Organize it better", "update this to be in the first person"). Such a chunk loses its
    leading answer and then its exchanges up to the first user turn without a word pointing back
    (``REFERS_BACK``, in turns of up to ``CONTEXT_MAX_WORDS`` words); any conversation loses leading exchanges
    that open with a context-less turn ("continue", "Why?", ``CONTEXT_LESS``). A record also began
    before its first exchange when that exchange's answer owns an earlier mistake or names earlier
    work (``_answers_earlier``), when its opening recalls what the model did (``_recalls_answer``), or,
    for a chunk that opens on a user turn, when its id names a later chunk of a split conversation
    (``_later_chunk``) or an opening was already dropped: such openings go too when they point back
    (``_points_back``, which with ``self_contained`` also reads a clause-final definite phrase the turn
    never introduced, ``_unintroduced``). Any chat's opening that points at a text it does not give
    goes too (``_missing_text``). What stays starts from a real request; nothing left is an ``empty_turn``
    reject. Alpaca records are left alone (an instruction is read with its input: "Translate this
    sentence.")."""
    if doc.metadata.get("alpaca_input") is not None:
        return False
    messages = doc.metadata["messages"]
    start = 1 if messages and messages[0]["role"] == "system" else 0
    first = start
    while first < len(messages) and messages[first]["role"] in RESPONSE_ROLES:
        first += 1
    continuation = first > start
    began_before = _later_chunk(doc)
    while first + 1 < len(messages) and messages[first]["role"] == "user":
        text = messages[first]["content"]
        if not (
            _needs_context(text, continuation)
            or (began_before and not continuation and _points_back(text))
            or _answers_earlier(text, messages[first + 1]["content"])
            or _recalls_answer(text)
            or _missing_text(text)
        ):
            break
        first += 2
        began_before = True  # an opening that needed earlier turns shows the conversation began before it
    if first == start:
        return False
    doc.metadata["messages"] = messages[:start] + messages[first:]
    return True


CHUNK_REFERS_BACK = re.compile(r"(?<![A-Za-z0-9])(?:our|we|us|my)(?![A-Za-z0-9])", re.I)
"""In a chunk that continues a conversation, a short first turn about "our" or "my" things refers to
what was said of them before ("Print the meaning of every symbol our equations used", "Describe my
writing personality and style"). "me" is left out: "give me some tile servers" asks anew."""
BACK_PHRASE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:the|your) above(?! exception)|"
    r"above (?:\w+ )?(?:code|answer|response|list|text|example|steps?|categor\w*|points?|questions?|answers?)|"
    r"the rest of|where you (?:left off|stopped|finished)|"
    r"you (?:provided|gave|wrote|mentioned|suggested|listed) (?:above|earlier|before|already)|"
    r"as you (?:already |just )?(?:mentioned|said|suggested|explained|described)|"
    r"(?:your|the) (?:previous|last|earlier) (?:answer|response|code|message|reply|list)|"
    r"(?:in|from) (?:the|your) last (?:code|answer|response)|"
    r"(?:point|step|item|slide|option|section|question|number)(?:\s*#|\s+(?:number\s*)?#?)\d+|"
    r"(?:what|everything|the \w+(?: \w+)?) (?:i|you|we)(?:'ve| have)? (?:just )?"
    r"(?:provided|gave|given|showed|shown|shared|sent|wrote|written|mentioned|said|suggested|listed|discussed)|"
    r"(?:the|these|those) \w+ above|from above|as before|same (?:problems?|issues?|errors?)|"
    r"part (?:[2-9]|[1-9][0-9]) of (?:my|the|this|our)|"
    r"^\W*(?:please\s+)?(?:remove|delete|drop|combine|merge|swap|replace|expand on|elaborate on)\s+(?:#|number\s*)?"
    r"\d{1,2}(?:(?:\s*,\s*|\s+(?:and|&|or)\s+)#?\d{1,2})*(?=\s*(?:$|[.,;:!?]|as |from |because |since |with )))"
    r"(?![A-Za-z0-9])",
    re.I,
)
"""Phrases by which a turn of any length in a continuation chunk points at turns that are not
there ("Redo the above where the code is using tailwind", "tell me the rest of the code. start
where you finished in the last code", "for point number 5 auditing", "based on what I provided",
"the industries you mentioned", "the interpretations you gave already", "as you mentioned", "Same
problem as before", "This is part 9 of my multiple messages", an edit of items known only by their
number, "Remove 3 and 4 as they only mention …"); a pasted traceback's "the above exception" is not
one, nor a quantity ("remove 2 cups of flour")."""
BACK_PHRASE_CHARS = 300
"""Only the turn's opening is searched: a long turn that pastes its material first and then says
"fix the above code" carries what it points at."""


OPENING_BACK = re.compile(
    r"(?<![A-Za-z0-9])(?:this|these|those|previous|previously|earlier|again|same|instead|still|rest|remaining|"
    r"another|more|now|our)(?![A-Za-z0-9])(?!\s*[:\"“])",
    re.I,
)
"""Words by which the opening of a longer turn points at the conversation before it ("So this is
producing a black hole with a ring…", "Can you provide more detail on how I would calculate
interaction terms", "The rings are still not facing the right way"). Followed by a colon or a
quote they announce material the turn gives ("rewrite this: …", "rewrite this "…""). "above" is
left to ``BACK_PHRASE`` ("the above", "from above"): a story's "arms chained above his head" is not
a reference."""
FOLLOW_UP_OPENER = re.compile(
    r"^\W*(?:but|so|and|also|ok|okay|oh|yes|no|thanks|thank you|great|perfect|now|then|actually|same|how about|"
    r"what about|that(?:'s| is| was)|i (?:don't|dont|do not|can't|cannot) see|i feel like you|"
    r"you(?:'ve| have)? (?:just|forgot|missed|ignored|didn't|didnt|did not)|(?:please )?(?:update|revise|redo|"
    r"modify|regenerate|rewrite|fix|change|edit|improve|shorten|expand|continue|finish|complete))(?![A-Za-z0-9'’-])",
    re.I,
)
"""Openings that answer the turn before ("But given Section 203 …", "perfect this works great. Now
add …", "You've just ignored student fee and fee type.", "that is not the issue", "I don't see
arrows …") or ask to edit what it gave ("update the newest html and css with …")."""
OPENING_WORDS = 8
"""Words of a longer turn's opening searched for ``OPENING_BACK``: further in, "this" and "it"
mostly point at what the turn itself says."""
ARTIFACT = re.compile(
    r"(?<![A-Za-z0-9])(?:the|this|that|these|those) (?:[\w'-]+ ){0,2}?(?:script|file|diagram|table|list|essay|"
    r"email|letter|graph|chart|query|schema|app|page|section|paragraph|plan|outline|design|text|article|poem|topic|"
    r"slide|document|project|game|string|output|error|column|dataframe|spreadsheet|sheet)s?(?![A-Za-z0-9])",
    re.I,
)
"""A definite reference to a work the conversation made before ("mod the script so that you could
bob and weave", "the rabbis quoted in the talmud on this topic", "please write the logic app to
receive the high risk group changes"): in a chunk that continues a conversation, a turn without
material of its own that names one points at turns that are not there. Code, programs and
functions are left out ("explain with the python code for …" asks for new code), and so are
stories and scenes. Data the
user worked on before counts too ("extract the second part of the string", "the output", "the
column")."""
ARTIFACT_WORDS = 40
"""Longest turn judged by ``ARTIFACT``: longer requests describe what they want themselves."""
EDITS_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?:refactor|revise|fix|update|modify|improve|optimi[sz]e|debug|change|rewrite|complete|"
    r"finish|extend|correct|clean up)\s+(?:the|this|that|your|my)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:code|script|function|class|method|program|query|component|module)s?(?![A-Za-z0-9])",
    re.I,
)
"""A request to edit a program the turn does not give ("refactor the code into multiple modules", "I
got this error, revise the code please" above a traceback): in a continuation chunk the program was
in the missing turns. A turn holding a code block gives it."""
CONTINUE_OPENING = re.compile(
    r"^\W*(?:please\s+)?(?:continue|keep (?:going|writing)|go on|carry on)(?![A-Za-z0-9'’-])", re.I
)
"""In a continuation chunk, a turn of any length that opens by asking to go on asks to go on with
the missing turns; what it lists ("It is missing the following leadership principles: …") is what
is left to write, not the work itself."""
OPENING_PRONOUN = re.compile(r"(?<![A-Za-z0-9])(?:it|its|it['’]s|them|they)(?![A-Za-z0-9])(?!\s*[:\"“])", re.I)
PRONOUN_WORDS = 4
REPORTS_BACK = re.compile(
    r"^\W*(?:but |so |now |still )?(?:this|that|it)(?:['’]s| is| was)?\s+(?:still\s+|now\s+|also\s+)?"
    r"(?:giving|gives|gave|throwing|throws|threw|returning|returns|returned|producing|produces|produced|"
    r"showing|shows|showed|outputs|outputting|printing|prints|printed|results|resulted|resulting|causing|causes|"
    r"caused|fails|failed|failing|works|worked|working|doesn['’]?t|does not|didn['’]?t|did not|isn['’]?t|"
    r"is not|wasn['’]?t|won['’]?t|will not|can['’]?t|cannot|breaks|broke)(?![A-Za-z0-9])",
    re.I,
)
"""A turn that opens by reporting how "this" or "it" behaved ("This is giving the errors: …", "it
still doesn't compile", "that worked, but …") reports on what an earlier turn gave: in a chunk that
continues a conversation, material it quotes (the errors) is not what it points at (the code)."""
"""A pronoun among a longer turn's first words has nothing before it to stand for ("can you write it
downside up"); later it mostly stands for a name the turn gave ("MK talks to Mei and Tang - they
begin …")."""
MATERIAL_WORDS = 200
"""A turn this long pastes the material it is about (a bio, an article)."""
MATERIAL = re.compile(r"```|(?:\n[^\n]*){3}|[\"“][^\"”]{60,}[\"”]")
"""Material a turn gives: a code block, several lines (a traceback, a table, a draft) or a long
quoted passage ("rewrite this with less cliches "The Cola Island: This secluded paradise …"")."""
CONTINUE_TYPO = re.compile(r"^\W*(?:please\s+)?con?t[a-z]{0,8}\W*$", re.I)
"""A turn that is only a misspelt "continue" ("continua", "contiune", "cont"), in any chat: a
conversation shared from its middle opens on one ("contiune" and the fourth part of an outline)."""
FRAGMENT_WORDS = 4
QUESTION_OPENER = re.compile(
    r"^\W*(?:what|who|whom|whose|where|when|why|how|which|is|are|was|were|can|could|do|does|did|should|would|will)"
    r"(?![A-Za-z0-9'’-])",
    re.I,
)
"""A fragment of up to ``FRAGMENT_WORDS`` words that is not a question ("Slide three", "Email
marketing", "example", "20 bullet points", a misspelt "contionue") continues the conversation
before it; "What law abolished slavery" and "where to get jdk" ask anew."""


TASK_VERB = (
    r"(?:write|rewrite|create|generate|make|build|design|develop|implement|give|list|explain|describe|tell|show|"
    r"suggest|recommend|provide|compare|summari[sz]e|define|translate|draft|compose|outline|plan|prepare|propose|"
    r"calculate|estimate|find|name|teach|help|code|draw|convert|produce|act|pretend|imagine|brainstorm|come up with|"
    r"analy[sz]e|solve|play|add|do|set up|install|use|get|check|identify|evaluate|review|research|predict|derive|"
    r"prove|simulate|assume|consider|print|search|look up|discuss|introduce|share)"
)
SELF_OPENING = re.compile(
    r"^\W*(?:(?:hi|hello|hey|ok|okay|please|so)\W+)*(?:"
    rf"(?:can|could|would|will) (?:you|u|i|we) (?:please |also )?{TASK_VERB}|{TASK_VERB}|"
    r"i (?:want|need|would like|'d like|am looking for|'m looking for|have|am|'m|wish|plan)|"
    r"what|who|whom|whose|where|when|why|how|which|is|are|was|were|can|could|do|does|did|should|would|will|"
    r"you are|suppose|let['’]?s)(?![A-Za-z0-9])",
    re.I,
)
"""How a request that stands alone opens: a task verb ("Write a Python function that…", "Can you
explain…"), a question ("What is the capital of…", "How are satellite images … analyzed?"), "I
want/need/have…", a role ("You are the Head of Marketing…")."""
DEFINITE_BACK = re.compile(
    r"(?<![A-Za-z0-9])(?:this|these|those|it|its|it['’]s|them|they|above|previous|same|such|instead|also|"
    r"again|further|else|other|meant|mean|you (?:say|said|mentioned|wrote|gave|suggested)|"
    r"(?:^\W*|(?<![A-Za-z0-9])(?:do|does|did|is|was|like|about|of|in|on|with|to|for|from|at|by|write|make|"
    r"rewrite|explain|try|use|fix|change|put|turn|give|show|expand|redo|translate|format|add|keep|include|improve|"
    r"shorten|update|modify)\s+)that)(?![A-Za-z0-9])",
    re.I,
)
"""Words by which a short opening points at what came before ("When you say shader code, …",
"I meant hashmap …", "include it in the code"). "that" after a noun introduces what the turn
itself says ("a letter to Madelyn that expresses my love"): only "that" after a verb, a
preposition or at the start points back. A sentence after ``OWN_CONTEXT_WORDS`` words of the
same turn may point at them instead ("Wukong punishes the soldiers for their failure. Let's
write that scene."), so it is not searched; a short lead-in says nothing to point at ("Nice
work. Can you update the opening phrase")."""
OWN_CONTEXT_WORDS = 6
"""Words a turn must say before its later sentences may point back at it (a sentence of its own)."""
TOPIC_QUERY = re.compile(
    r"(?<![A-Za-z0-9])(?:python|java|javascript|typescript|node\.?js|c\+\+|c#|sql|php|ruby|rust|golang|kotlin|bash|"
    r"pytorch|tensorflow|react|difference between)(?![A-Za-z0-9])",
    re.I,
)
"""A search-style query scoped by a programming language or asking for a difference ("Java print
elements of arraylist", "stack data structure program in python", "difference betweence
coreferencing and anaphore resolution") names its own topic, request form or not."""
EDIT_REQUEST = re.compile(
    r"^\W*(?:(?:ok|okay|great|thanks|thank you|nice|good|perfect|please|now)\W+)*"
    r"(?:(?:can|could|would|will) you (?:please |also |now )?)?(?:please )?"
    r"(?:emphasi[sz]e|highlight|stress|tone down|focus (?:more )?on|incorporate|include|mention|add|"
    r"make (?:it|them|this|that|the)|cut|reduce|increase)(?![A-Za-z0-9])",
    re.I,
)
"""A short request to change a work it does not name ("can you emphasise local ranking and local
reviews", "add more about pricing", "make it funnier"): opening a chunk that continues a
conversation, the work is in the missing turns, request form or not."""
SENTENCE_END = re.compile(r"(?<=[.?!。？！])\s+")
SELF_WORDS = 20
"""Longest opening judged by ``self_contained``: longer ones describe their task in their own
words often enough (story directions, briefs) that a missing opener form is no evidence."""


APOLOGY = re.compile(
    r"^\W*(?:(?:you(?:['’]re| are) (?:absolutely |completely )?(?:right|correct)[,.!]?\s+)?"
    r"(?:I apologi[sz]e|(?:my )?apologies|I(?:['’]m| am) sorry|sorry) for (?:(?:the|any|my|that|this) (?:[\w-]+ ){0,2}?"
    r"(?:confusion|mistakes?|errors?|oversight|misunderstanding|omission)|not |leaving|overlooking|missing|"
    r"[^.!?\n]{0,60}?(?:earlier|previous))|I misunderstood|my mistake|you(?:['’]re| are) (?:absolutely |completely )?"
    r"(?:right|correct)[,.!]?\s+(?:my previous|I made|I misunderstood))",
    re.I,
)
"""An answer that opens by apologising for an earlier turn's mistake or owning it ("I apologize for
the mistake.", "Apologies for the misunderstanding.", "You're correct, my apologies for the
oversight", "My apologies for the general advice earlier") answers a conversation that went
before: as the first answer of a record, the exchange it closes needs turns the record does not
have, whatever its user turn says (a traceback, "I don't think you understood what I did …"). A
declining "I apologize, but …" is not one, nor an apology for "the issues you are encountering"
or "the inconvenience" (a support answer may open with it)."""


EARLIER_WORK = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:an |the )?(?:updated|modified) (?:version|code|table|list|script|function|class|component|"
    r"outline|draft|example|implementation|query|program|snippet)|(?:my|the) previous (?:code|answers?|responses?|"
    r"examples?|messages?|versions?|tables?|lists?|outlines?|drafts?|snippets?|implementation|scripts?|functions?|"
    r"query|program|steps|suggestions?)|as (?:I )?(?:mentioned|discussed|explained|stated|said) (?:earlier|before|"
    r"above|previously)|I (?:provided|gave|wrote|shared|suggested|discussed|created|defined) (?:earlier|before|above|"
    r"previously))(?![A-Za-z0-9])",
    re.I,
)
"""How a first answer names work of turns before it: "Sure, here's an updated version of the
`Balancer` class", "Here's the modified code for features 3 and 4", "Based on the code I provided
earlier", "As I mentioned earlier", "an expanded version of the previous list". "Revised" and
"original" are left out: a rewrite of a text the turn pastes is "a revised version" of it."""
EARLIER_CHARS = 300


def _answers_earlier(request: str, answer: str) -> bool:
    """The first answer of a record closes an exchange that needs earlier turns: it owns an earlier
    turn's mistake (``APOLOGY``), or it opens by naming earlier work (``EARLIER_WORK``) for a request of
    up to ``ARTIFACT_WORDS`` words that gives no material of its own ("Please add a lodash shuffle
    before filtering items in select method", "code for 3 and 4"). Longer requests describe what they
    want themselves: with no limit, glaive's "How can we modify the C# code provided to allow for user
    input …" (101 words, answered "Here is a modified version") lost its first exchange and opened on
    "Can we improve the efficiency of this code"."""
    if APOLOGY.match(answer):
        return True
    return (
        len(request.split()) <= ARTIFACT_WORDS
        and not MATERIAL.search(request)
        and bool(EARLIER_WORK.search(answer[:EARLIER_CHARS]))
    )


YOU_DID = re.compile(
    r"(?<![A-Za-z0-9'’])(?<!are )(?<!were )you(?: (?:just|already|have|had|also|then))? (?:used|put|wrote|gave|did|"
    r"made|forgot|missed|added|changed|included|showed|sent|provided|suggested|mentioned|listed|described|"
    r"generated|said|told|explained|stopped|left|skipped|ignored|misunderstood)(?! to(?![A-Za-z0-9]))"
    r"(?![A-Za-z0-9'’-])",
    re.I,
)
"""A turn saying what "you", the model, did ("the symbol you used", "You already gave me one", "where you
left off", "you forgot viruses"): said in a record's opening turn, it recalls an answer the record does
not have. "Are you created by …" is a question about the model, not a recollection."""


def _recalls_answer(text: str) -> bool:
    """An opening that recalls what the model did (``YOU_DID``) in its first ``BACK_PHRASE_CHARS``
    characters without giving material of its own. On the first user turns of the 2,000 ShareGPT
    records, every one that does so points at turns before it (40, most of them chunks the other tests
    already trim)."""
    return (
        len(text.split()) < MATERIAL_WORDS
        and not MATERIAL.search(text)
        and bool(YOU_DID.search(text[:BACK_PHRASE_CHARS]))
    )


SPLIT_ID = re.compile(r"_(\d+)$")
"""FastChat's split of long ShareGPT conversations names each chunk ``<conversation>_<first turn>``."""


def _later_chunk(doc: Document) -> bool:
    """A record whose own id names a later chunk of a split conversation (``kgekZ1A_12``). Other data
    sets end ids with a number too (FastChat's dummy set: ``identity_7``, whole conversations), so
    the id alone only lets ``_points_back`` judge the opening, not the tests for openings of
    chunks known to continue (a model's answer first)."""
    found = SPLIT_ID.search(doc.id or "")
    return bool(doc.metadata.get("own_id") and found and int(found.group(1)) > 0)


TEXT_REFERENCE = re.compile(
    r"(?<![A-Za-z0-9])(?:following|attached|above|below|provided|enclosed|this|these|"
    r"(?:previously|earlier|above)[- ]mentioned|aforementioned)\s+"
    r"(?!(?:is|are|was|were|has|have|had|does|do|did|can|will|would|should|must|may)(?![A-Za-z0-9]))(?:[\w-]+\s+)?"
    r"(?:transcript|passage|paragraph|essay|text|information|info|explanation|answer|response|entry|email|letter|"
    r"report|story|speech|lyrics|poem|summary)s?(?![A-Za-z0-9])",
    re.I,
)
"""A text an opening points at ("Write a summary paragraph of this information", "how to understand the
concept of E2E in this explanation?", "This answer is great, can you preserve me this answer",
"Summarize the following entry"). At most one word between the pointer and the noun: "This justifies
what answer for what question?" asks about the sentence before it."""
TEXT_REFERENCE_WORDS = 25
"""Longest opening judged by ``_missing_text``: a longer one mostly pastes the text it points at."""


MATERIAL_BELOW = re.compile(
    r"(?<![A-Za-z0-9])(?<!which of )(?:the|this|these) (?:[\w-]+ ){0,2}?(?:below|following)"
    r"(?! (?:is|are|was|were|has|have|had|can|will|would|should|must|may)(?![A-Za-z0-9]))(?: [\w-]+){0,2}",
    re.I,
)
"""A longer opening's last sentence pointing at material to come ("Use the outline below to help create
the essay.", "… and they can be found at the following video link."): with nothing after it, the export
dropped the material. "Which of the following …" asks a quiz question, and "comment below" is not
material."""


def _missing_text(text: str) -> bool:
    """An opening of up to ``TEXT_REFERENCE_WORDS`` words whose last sentence points at a text
    (``TEXT_REFERENCE``) that the turn does not give: no material, no quoted passage, nothing after a
    colon, no sentence after it ("Continue the following story. Going through the channels, …" gives
    its story). A one-line opening of that length that names an earlier turn (``BACK_PHRASE``: "the
    list above", "step 1") points the same way. Whether the record is a chunk or a whole conversation,
    the text was in turns it does not have (a paste the export dropped, an earlier answer), and its
    answer is made up or asks for it ("Summarize the following entry" → "you have not provided any
    text"); the exchange goes. A longer opening (under ``MATERIAL_WORDS``) goes when its last sentence,
    on one line, points at material below it that is not there (``MATERIAL_BELOW``: "Use the outline
    below to help create the essay.")."""
    if MATERIAL.search(text) or QUOTED.search(text):
        return False
    words = len(text.split())
    last = SENTENCE_END.split(text.strip())[-1]
    if words > TEXT_REFERENCE_WORDS:
        return words < MATERIAL_WORDS and "\n" not in last and _points_at(last, MATERIAL_BELOW)
    if "\n" not in text.strip() and BACK_PHRASE.search(text):
        return True  # "Can you offer specific studies to support the list above?", "… for step 1?"
    return _points_at(last, TEXT_REFERENCE)


def _points_at(last: str, pointer: re.Pattern[str]) -> bool:
    """A sentence pointing at a text (``pointer``) that it does not give after a colon."""
    found = pointer.search(last)
    return bool(found) and not re.search(r"[:：]\s*\S", last[found.start() :])


def _points_back(text: str) -> bool:
    """An opening of a conversation known to have begun before it (``_later_chunk``, or an earlier
    opening dropped) that opens on a user turn and points at the turns before it: a report on what
    "it" did (``REPORTS_BACK``: "This is giving the error …" above the quoted error); in a turn
    without material of its own (under ``MATERIAL_WORDS``), a phrase pointing back among its first
    ``OPENING_WORDS`` words (``BACK_PHRASE``: "Add to the episode above the fundamentalist's
    frustration …", "Remove 3 and 4 as they only mention the opinion of one person …"); in a short
    one (``SELF_WORDS``), also a word pointing back among its first ``OWN_CONTEXT_WORDS`` words
    (``DEFINITE_BACK``: "show me how such check would look like", "Why you did not mention it?") or
    a phrase pointing back anywhere ("the three above").
    Narrower than the tests for chunks that open on the model's answer: neither a missing request
    form nor a fragment counts ("Tell me your name." opens FastChat's ``identity_7``), a pointing
    word further in mostly stands for what the turn itself named ("supposing i run RealestateMall as
    a brand how con it stand out"), and a longer turn's "this" often announces the text it pastes
    ("Can you summarize this please for a resume?" and two paragraphs). A turn with material (a
    pasted bill whose "Section 2" is its own, a program "the above python code" names) carries what
    it points at; further into a long turn, "the rest of" is mostly the rest of what the turn itself
    asks for ("… in the rest of the short Python coding example")."""
    if REPORTS_BACK.match(text):
        return True
    words = text.split()
    if len(words) >= MATERIAL_WORDS or MATERIAL.search(text):
        return False
    if BACK_PHRASE.search(" ".join(words[:OPENING_WORDS])):
        return True
    return len(words) <= SELF_WORDS and bool(
        DEFINITE_BACK.search(" ".join(words[:OWN_CONTEXT_WORDS])) or BACK_PHRASE.search(text) or _unintroduced(text)
    )


def _definite_back(text: str) -> bool:
    """A sentence among the turn's first ``OWN_CONTEXT_WORDS`` words points back (``DEFINITE_BACK``)."""
    said = 0  # words of the turn before the sentence judged
    for sentence in SENTENCE_END.split(text):
        if said < OWN_CONTEXT_WORDS and DEFINITE_BACK.search(sentence):
            return True
        said += len(sentence.split())
    return False


NP_WORD = (
    r"(?!(?:of|for|in|on|to|with|from|by|at|about|into|as|than|like|between|and|or|that|which|who|is|are|was|were)"
    r"(?![A-Za-z0-9]))[a-z][\w'’-]*"
)
UNINTRODUCED = re.compile(
    rf"(?<![A-Za-z0-9])[Tt]he\s+((?:{NP_WORD}\s+){{0,3}}?{NP_WORD})(?=\s*(?:[.?!,;:)\"”]|(?:Share Prompt)?\s*$))"
)
"""A definite noun phrase that closes its clause, nothing after it saying which one is meant ("give me
10 variants on the shortened sentence", "lets move to the front end part", "build up the model?"):
"the" then points at a thing named before the turn. Followed by "of", "for", "that" … the turn says
which one itself ("the difference between …", "the inputs from an xbox controller"); a capitalised
word is a name that says it too ("the imprisoned Macaque")."""
KNOWN_TO_ALL = frozenset({
    "world", "internet", "web", "future", "past", "present", "end", "beginning", "start", "us", "usa", "uk", "eu",
    "market", "economy", "environment", "universe", "earth", "sun", "moon", "same", "rest", "most", "best", "least",
    "first", "last", "following", "above", "below", "public", "government", "weather", "news", "bible", "law",
    "moment", "time", "day", "night", "year", "week", "morning", "evening", "whole", "truth", "answer",
})  # fmt: skip
"""Heads of definite phrases every reader knows without an earlier mention ("the future", "the internet")."""


def _unintroduced(text: str) -> str | None:
    """A clause-final definite phrase (``UNINTRODUCED``) in a sentence of up to ``CONTEXT_MAX_WORDS``
    words, whose head word the turn has not used before it ("I have a table of orders. Sort the table."
    introduces its table) and that is not common ground (``KNOWN_TO_ALL``). A longer sentence describes
    what it wants in its own words ("Please explain with the python code for the Bayesian Linear
    Regression using the real world dataset")."""
    said = 0  # characters of the turn before the sentence judged
    for sentence in SENTENCE_END.split(text):
        if len(sentence.split()) <= CONTEXT_MAX_WORDS:
            for found in UNINTRODUCED.finditer(sentence):
                head = found.group(1).split()[-1].lower().strip("'’")
                before = text[: said + found.start()]
                if head not in KNOWN_TO_ALL and not re.search(rf"(?<![A-Za-z]){re.escape(head[:5])}", before, re.I):
                    return found.group(0)
        said += len(sentence) + 1
    return None


def self_contained(text: str) -> bool:
    """A short opening of a continuation chunk stands alone only if one of its sentences says what
    it wants in the form of a request (``SELF_OPENING``: "My EB2 Priority Date Dec 2015. When will
    I get my Green Card") and it points at nothing before it (``DEFINITE_BACK``, searched up to
    the turn's first ``OWN_CONTEXT_WORDS`` words' sentences). The
    openings the word lists cannot see are of this kind: "examples ?", "terjemahkan kalimat
    diatas dalam bahasa indonesia" (translate the sentence above), "detailed api backend structure
    include admin", "When you say shader code, are you referring to both the .vert and .frag
    files?"."""
    sentences = SENTENCE_END.split(text)
    if _definite_back(text) or _unintroduced(text):
        return False
    return bool(TOPIC_QUERY.search(text)) or any(SELF_OPENING.match(sentence) for sentence in sentences)


def _needs_context(text: str, continuation: bool) -> bool:
    """A short turn that opens like "continue", or, in a chunk that continues a conversation, a
    short turn pointing back at it or at "our"/"my" things, a turn of any length that opens with
    a phrase pointing back ("the above", "the rest of"), a fragment that is not a question
    ("Slide three"), or a longer turn whose opening words point back or answer the turn before
    (``OPENING_BACK``, ``FOLLOW_UP_OPENER``) unless it gives its own material (``MATERIAL``:
    "Here is my code: ```…")."""
    words = text.split()
    if continuation and (BACK_PHRASE.search(text[:BACK_PHRASE_CHARS]) or REPORTS_BACK.match(text)):
        return True
    if continuation and "```" not in text and EDITS_CODE.search(text[:BACK_PHRASE_CHARS]):
        return True
    if continuation and len(words) <= SELF_WORDS and not MATERIAL.search(text) and not self_contained(text):
        return True  # a positive test: a short opening without a request form or pointing back
    if continuation and CONTINUE_OPENING.match(text):
        return True  # "Continue writing the STAR stories …" and the list of what is still missing
    if continuation and len(words) <= SELF_WORDS and not MATERIAL.search(text) and EDIT_REQUEST.match(text):
        return True  # "can you emphasise local ranking and local reviews": a change to the missing work
    if continuation and len(words) <= CONTEXT_MAX_WORDS and FOLLOW_UP_OPENER.match(text):
        return True  # "You missed a few methods", "but it doesn't print"
    if CONTINUE_TYPO.match(text):
        return True
    if continuation and len(words) <= FRAGMENT_WORDS and "?" not in text and not QUESTION_OPENER.match(text):
        return True
    if len(words) > CONTEXT_MAX_WORDS:
        opening = " ".join(words[:OPENING_WORDS])
        points_back = (
            OPENING_BACK.search(opening)
            or OPENING_PRONOUN.search(" ".join(words[:PRONOUN_WORDS]))
            or FOLLOW_UP_OPENER.match(opening)
        )
        material = len(words) >= MATERIAL_WORDS or MATERIAL.search(text)
        names_work = len(words) <= ARTIFACT_WORDS and ARTIFACT.search(text)
        return continuation and not material and bool(points_back or names_work)
    if continuation and ARTIFACT.search(text):
        return True
    short = " ".join(words)
    return bool(CONTEXT_LESS.match(text)) or (
        continuation and bool(REFERS_BACK.search(short) or CHUNK_REFERS_BACK.search(short))
    )


GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|how are you|"
    r"how have you been|how's it going|what's up|nice to meet you|你好|您好|嗨|早上好|晚上好)\b",
    re.I,
)
GREETING_MAX_WORDS = 8


def greeting_turns(doc: Document, p: SftChecksParams) -> bool:
    """A conversation that opens with small talk ("Hello! How have you been?") answered by the
    model talking about itself ("As an artificial intelligence, I don't have feelings…") and then
    gets to work: the greeting exchange is dropped instead of the whole conversation being
    rejected as ``ai_boilerplate``. Only when more exchanges follow."""
    from corpusmill.filters.sft.checks import BOILERPLATE  # checks import this module

    messages = doc.metadata["messages"]
    start = 1 if messages and messages[0]["role"] == "system" else 0
    first = start
    while (
        first + 3 < len(messages)
        and messages[first]["role"] == "user"
        and messages[first + 1]["role"] == "assistant"
        and len(messages[first]["content"].split()) <= GREETING_MAX_WORDS
        and GREETING.match(messages[first]["content"])
        and BOILERPLATE.search(messages[first + 1]["content"])
    ):
        first += 2
    if first == start:
        return False
    doc.metadata["messages"] = messages[:start] + messages[first:]
    return True


def dangling_turns(doc: Document, p: SftChecksParams) -> bool:
    """ShareGPT conversations split for length often start with a ``gpt`` turn (768 of the first
    2,000 records) or end on a ``human`` turn; like FastChat, the turn without its partner is dropped."""
    messages = doc.metadata["messages"]
    start = 1 if messages and messages[0]["role"] == "system" else 0
    end = len(messages)
    first = start
    while first < end and messages[first]["role"] in RESPONSE_ROLES:
        first += 1
    while end > first and messages[end - 1]["role"] in PROMPT_ROLES:
        end -= 1
    if first == start and end == len(messages):
        return False
    doc.metadata["messages"] = messages[:start] + messages[first:end]
    return True


def cut_turns(doc: Document, p: SftChecksParams) -> bool:
    """An earlier answer cut off mid-sentence or mid-code ("…Examples of popular", "…which is
    used to", an unclosed quote) with the chat going on after it, the user often not asking to
    continue: the ``truncated`` check reads only the last answer, so each earlier answer is judged
    by that check as if the chat ended there. The chat then ends before the first cut answer (its
    prompt goes too) when complete exchanges precede it; when the cut is in the first exchange,
    that exchange alone is left, for ``truncated`` to reject. A chat the check already rejects as
    it is (its last answer cut, or an earlier one followed by "continue") is left alone: the
    "continue" is the evidence that the answer before it was cut, and a trim would drop it. ShareGPT,
    read on the kept records of the first 2,000: 49 of 3,879 earlier answers judged cut, in 48
    conversations."""
    messages = doc.metadata["messages"]
    start = 1 if messages and messages[0]["role"] == "system" else 0
    earlier = range(start + 1, len(messages) - 1)
    if not earlier or not all(m["content"] for m in messages):
        return False  # one exchange is the check's to judge; an empty turn is empty_turn's
    if truncated(doc, p):
        return False  # the check rejects the chat as it is: a "continue" after an answer is evidence lost by a trim
    for i in earlier:
        if messages[i]["role"] != "assistant" or messages[i - 1]["role"] != "user":
            continue
        until = Document(text="", id=doc.id, metadata={**doc.metadata, "messages": messages[: i + 1]})
        if truncated(until, p):
            doc.metadata["messages"] = messages[: i - 1] if i - 1 > start else messages[: i + 1]
            return True
    return False


FIXES: dict[str, Callable[[Document, SftChecksParams], bool]] = {
    "control_chars": control_chars,
    "html_entities": html_entities,
    "whitespace": whitespace,
    "empty_system": empty_system,
    "placeholder_input": placeholder_input,
    "merge_turns": merge_turns,
    "context_turns": context_turns,
    "dangling_turns": dangling_turns,
    "greeting_turns": greeting_turns,
    "cut_turns": cut_turns,
}
