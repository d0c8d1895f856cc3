"""The ``truncated`` check: answers cut off by a generator's token limit.

A missing full stop alone says little: Alpaca's rewrites, classifications, names, one-line code
and poems end without one ("She walked to the store", ``def swap(a, b): return b, a``), and read
on real data the old rule that judged the last line's final word was wrong 3 times in 4. So the
check rejects only what a complete answer does not do:

* an unclosed code fence, or a bracket, an opening quote or an inline code span opened near the
  end and never closed;
* a closing code block that stops mid-statement: brackets still open at its end, a Python header
  without its colon ("elif h"), a string opened on its last line (``text: "``), delimited rows whose
  last row is short ("57,40000,8.5" under rows of five fields) or ends on a comma;
* a last sentence that ends on a word a sentence cannot end on ("So the variance is", "equal to",
  的/和/等于) or on a comma or a colon that announces nothing after it;
* a last sentence without an end where the answer's other sentences have one: the same line holds
  a finished sentence before it ("…packed with vitamins. These little red gems are packed"), or
  a long answer (a chat model's, ``LONG_WORDS``) whose other lines end with punctuation;
* Chinese prose without its 。 (after finished sentences, or a clause too long to be a name),
  unless digits or Latin letters in it show that machine translation damaged it, and then only if
  it ends on a character that rarely ends sentences (``end_ratio``, learned from real complete
  Chinese text); a clause ending inside a word ("患者自"), or opened by 如果/当 with no main clause;
* a list that stops before the count it announced ("Here are five tips" and three items), or a
  list of one item right after the colon that opened it ("…your descriptive writing:\\n\\n1. Use
  sensory details"), or at an item's number, its bullet or its first word ("25" after "24. Type …",
  a lone "*", "33. Change");
  an item of a list of sentences stopping on a word; a last sentence of only an opener ("It's");
  a last line announcing what never follows ("…can be written as:").

Prose after an answer's last code block is judged without the code.

An answer made from the text it was given (most of its words are in the Alpaca input or the user
turn: rewrites, reorderings, corrections) ends the way that text ends and is not judged by its
last word. Measured precision and the planted-cut recall (``benchmarks/sft.py``) are in the README.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from pathlib import Path

from datatrove.data import Document

from corpusmill.filters.sft.batch import CODE_LINE
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import instruction, prompt, response
from corpusmill.filters.sft.text import CJK, CJK_CHAR, CJK_RUN, strip_code, tokens


def _excerpt(text: str, width: int = 80) -> str:
    return text[:width].replace("\n", " ")


BRACKETS = (("(（", ")）"), ("[【", "]】"), ("《", "》"), ("“", '”"'), ("「", "」"), ("『", "』"))
"""Pairs counted together across widths and styles: machine translation turns "(" into "（" but not
its ")", and “curly” quotes are often closed by a straight one. Braces are left to the code-fence
rule: prose quotes code ("changing “if(i%2==0){” to …")."""
BRACKET_MIN_CHARS = 10
"""A bracket left open counts from this many characters of prose: a slogan cut inside its quote is
short ("“新鲜烘焙食品配上最甜")."""
WORD = re.compile(rf"[{CJK}]|[^\W\d_]{{2,}}")
"""A Han character or a word of letters: three after an opened bracket make a cut."""
NUMBER_MARK = re.compile(r"(?:^|(?<=[\s；;]))(\d{1,2})[.)、](?!\d)")
"""A list number, at a line's start or inline ("1. 大数据分析 2. 数据库安全 3. 数据挖掘与知识发现",
"1. 虚拟个人助理；2. 语音评测")."""
LIST_ITEM = re.compile(r"^(?:[-*•+]\s|(\d+)[.)、]\s*|[A-Za-z][.)]\s)")
TERMINAL = frozenset(".!?。！？…\"'”’)）]】》」』*_`%~")
CONNECTORS = frozenset({
    "the", "a", "an", "my", "your", "their", "our", "its", "and", "or", "but", "nor", "because", "although",
    "though", "unless", "whether", "if", "than", "of", "to", "into", "onto", "between", "including", "especially",
    "such", "which", "whose", "is", "are", "was", "were",
})  # fmt: skip
"""Words an English sentence does not end on: articles, possessives, conjunctions, "of", "to",
copulas ("So the variance is"). Prepositions that end many complete sentences ("strive for",
"connect with") and auxiliaries ("will be") are not among them; in verse only the articles,
possessives and conjunctions count."""
SOFT_CONNECTORS = frozenset({
    "during", "in", "on", "for", "with", "at", "by", "from", "about", "as", "like", "through", "without", "within",
    "toward", "towards", "upon", "over", "under", "after", "before", "around", "across", "against", "among",
    "along", "via", "per", "that", "who", "where", "when", "while", "very", "more", "most", "not", "also", "be",
    "been", "being", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have", "had", "do",
    "does", "did", "this", "these", "those", "each", "every", "both", "either", "neither", "so", "then", "since",
    "until", "am", "other", "given", "following", "some", "any", "several", "many", "few",
})  # fmt: skip
"""Words that end some complete sentences ("strive for", "will be") but end a cut far more often:
they count in an answer whose other sentences or lines are punctuated."""
VERSE_CONNECTORS = frozenset({"the", "a", "an", "my", "your", "their", "our", "its", "and", "or", "but", "of"})
TRANSFORM_TASK = re.compile(
    r"\b(?:rewrite|re-write|rephrase|restate|paraphrase|reword|edit|correct|change|convert|transform|translate|"
    r"encode|decode|encrypt|cipher|segment|split|separate|delete|remove|replace|insert|reverse|rearrange|reorder|"
    r"arrange|sort|classify|categori[sz]e|alter|modify|substitute|capitali[sz]e|punctuat\w*|combine|shorten|"
    r"simplify|fill in|synonyms?|antonyms?|translat\w*|complete|finish|next (?:\w+ )?words?)\b",
    re.I,
)
"""Tasks whose answer is a transformed sentence, a label or a short extraction: a single line
without a full stop is their normal form ("Convert this sentence into its past tense." → "She
walked to the store"; "Classify the following software" → "Image viewer and editor software")."""
NOT_PROSE = ("#", "＃", "|", "——", " - ", " – ", "→", "->", "&gt;", "http", "/ ", "=")
"""Marks of a last sentence that is not prose (a hashtag line, a table row, a term and its
definition, a formula): its missing full stop says nothing."""
REWRITE_TASK = re.compile(
    r"\b(?:rewrite|re-write|rephrase|paraphrase|reword|restate|restructure|edit|combine|merge|revise|improve|"
    r"change the (?:sentence|tense|voice)|convert the sentence|make (?:the|this) sentence)\b",
    re.I,
)
"""Tasks whose answer is the given sentence, rewritten whole."""
REORDER_TASK = re.compile(
    r"\b(?:sort|alphabeti\w*|reverse|invert|rearrange|reorder|arrange|scramble|unscramble|delete|remove|omit|"
    r"drop|punctuat\w*|split|segment|separate|capitali[sz]e|lower ?case|upper ?case)",
    re.I,
)
"""Tasks whose answer moves, drops or splits the given words and may end on any of them."""
OPERATOR_END = re.compile(r"[A-Za-z0-9)]\s+[-–+*/=×÷x]$")
"""A formula or an expression cut after its operator: "2 x 2 x 2 x 2 x", "(101 /", "Fervor -"."""
KEY_VALUE = re.compile(r"^[^:：=]{1,30}[:：=]\s*(\S.*)$")
SENTENCE_BREAK = re.compile(r"(?<=[A-Za-z0-9)\]\"'”’][.!?])(?<!\s[A-Z]\.)\s+(?=[A-Z\"“(])")
"""Where a sentence ends: after a full stop, a question or an exclamation mark and before a capital,
not after a name's initial ("by J. W. Veale," is one sentence, cut at its comma)."""
SENTENCE_END_WORD = re.compile(r"(?:\s\S+){2}\s(?:[a-z]{2,}|\d+)[.!?]$")
"""A sentence of three words or more whose full stop follows a lowercase word or a number, not an
abbreviation ("Inc.", "v.")."""
LOWER_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")
SALUTATION = re.compile(
    r"^(?:dear|hi|hello|hey|greetings|to|sincerely|best|regards|yours|cheers|thanks|thank you|with|love|warmly|"
    r"respectfully|cordially|kind regards|warm regards|all the best)\b|^尊敬的|^亲爱的|^此致|^祝好|^最好的祝福|^真诚的",
    re.I,
)
VERSE_TASK = re.compile(
    r"\b(?:poems?|poetry|haikus?|limericks?|lyrics?|verses?|rhym\w*|couplets?|songs?|sonnets?|stanzas?)\b"
    r"|诗|俳句|歌词|对联",
    re.I,
)
NAMING_TASK = re.compile(
    r"\b(?:titles?|headlines?|slogans?|taglines?|mottos?|captions?|subject lines?|hashtags?)\b"
    r"|标题|题目|口号|标语|名字|名称|命名|用户名|昵称",
    re.I,
)
LONG_WORDS = 250
"""An answer this long (CJK: twice in characters) comes from a chat model writing prose, whose
lines end with punctuation; a last line without it there was cut (ShareGPT: "…15. Use A/B
testing: Utilize A/B testing"). Alpaca answers this long are rare and mostly lists."""
DERIVED_SHARE, DERIVED_LENGTH = 0.6, 1.5
"""Share of an answer's tokens found in the given text above which the answer is made from it, and
the most the answer may be longer than that text (a chat answer reusing the question's words is not
a rewrite of it)."""
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
ANNOUNCED = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:tips|ways|steps|ideas|reasons|examples|strategies|things|items|questions|points|"
    r"suggestions|benefits|methods|techniques|factors|types|facts|options|words|sentences|features|rules|"
    r"activities|places|books|tools|skills|habits|advantages|disadvantages|elements|stages|principles|"
    r"characteristics|qualities|differences|causes|effects|signs|key|main|common|important)\b"
    r"|(\d{1,2}|[两二三四五六七八九十])\s*(?:个|条|种|件|项|点|步|句|本|首)",
    re.I,
)


def truncated(doc: Document, p: SftChecksParams) -> str | None:
    """An answer cut off by the generator's token limit (see the module docstring): the last
    answer, or an earlier one (``_earlier_cut``)."""
    return _last_answer_cut(doc, p) or _earlier_cut(doc)


CONTINUE_REQUEST = re.compile(
    r"^\W*(?:please\s+)?(?:continue|go on|keep going|carry on)(?![A-Za-z0-9])|^\W*(?:请)?(?:继续|接着)",
    re.I,
)
"""A user turn asking the model to go on ("continue", "please go on", "Continue writing please",
"继续"): the user saw where the answer before it stopped."""
CONTINUE_MAX_WORDS = 12


def _earlier_cut(doc: Document) -> str | None:
    """An earlier answer cut off: its code stops mid-statement (``_code_cut``, an odd fence), or
    the user noticed the cut and asked to go on: the answer is followed by a short "continue" turn
    and stops mid-sentence (its last line, outside a table, ends on a word or a comma, not on
    closing punctuation), or whatever the user said, the next answer opens in lowercase and
    finishes it (``GOES_ON_WORDS``). The next answer goes on from the middle of a word or a statement, so the
    conversation teaches answers that stop anywhere. After a complete prose answer "continue" asks
    for more, and nothing is judged. Read on the 2,000 first ShareGPT records: 40 turns before a
    "continue" in 33 kept conversations, 39 cut (the one complete: a quiz whose last line is its
    answer "D) The Cowrie Shells"); 23 earlier code answers stopping mid-statement without one
    ("def redeem_reward(", "delay(0."), all cut."""
    messages = doc.metadata["messages"]
    for i, (answer, then) in enumerate(pairwise(messages)):
        if answer["role"] != "assistant" or then["role"] != "user":
            continue
        text = answer["content"].rstrip()
        if text.count("```") % 2:
            found = "unclosed code fence"
        elif code := _code_cut(text):
            found = f"code stops mid-statement: {code[-60:]!r}"
        else:
            found = None
        words = then["content"].split()
        asked_on = len(words) <= CONTINUE_MAX_WORDS and bool(CONTINUE_REQUEST.match(then["content"]))
        lines = _lines(text)
        last = lines[-1] if lines else ""
        open_end = bool(last) and not _closed(last) and not last.endswith("```") and "|" not in last
        if not found and asked_on and open_end:
            found = f"stops mid-sentence: {_excerpt(last[-60:])!r}"
        nxt = messages[i + 2]["content"].lstrip() if i + 2 < len(messages) else ""
        if not found and open_end and len(text.split()) >= GOES_ON_WORDS and _goes_on(nxt):
            found = f"stops mid-sentence: {_excerpt(last[-60:])!r}, and the next answer goes on from it"
        if found:
            return f"turn {i + 1} {found}" + (", and the user asked to continue" if asked_on else "")
    return None


GOES_ON = re.compile(r"[a-z][a-z'’-]+(?=[\s,.;:)])")
GOES_ON_WORDS = 40
"""An answer this long whose last line has no end, followed by an answer that opens in lowercase
mid-sentence ("…with overall company" and, after "add numerical goals", "objectives\n- KPI …"), was
cut: the next answer finishes it. Shorter turns are game moves and quiz letters ("take leaflet",
"b. cost-shifting")."""


def _goes_on(text: str) -> bool:
    """The answer opens with a lowercase word that is not code ("objectives", not "import os")."""
    first = text.split("\n", 1)[0]
    return bool(GOES_ON.match(text)) and not CODE_LINE.search(first)


def _last_answer_cut(doc: Document, p: SftChecksParams) -> str | None:
    answer = response(doc)
    if answer.count("```") % 2:
        return "unclosed code fence"
    if found := _code_cut(answer):
        return f"code stops mid-statement: {found[-60:]!r}"
    opens_span = answer.rstrip().endswith((" `", "(`"))  # "…the corresponding functions in the `"
    if (opens_span or not _closed(answer.rstrip()[-1:] or ".")) and (found := _unclosed_bracket(strip_code(answer))):
        return found  # an answer that ends with its full stop lost a bracket by a slip, not a cut
    if stub := _list_stub(_lines(answer)):
        return f"{stub}: {_excerpt(answer[-80:])!r}"  # whatever text the answer was made from
    asked = instruction(doc)
    given = doc.metadata.get("alpaca_input")
    given = given if given is not None else prompt(doc)
    derived = _made_from(answer, given)
    if derived and _ends_like(answer, given, asked):
        return None  # a rewrite ends the way the text it was given ends: "chess I like play to"
    if derived and _rewrite_cut(answer, asked, p.truncated_min_words):
        return f"rewrite stops before its sentence ends: {_excerpt(answer[-80:])!r}"
    if "\n" not in answer and NAMING_TASK.search(asked) and answer.rstrip()[-1] not in ",，、":
        return None  # a title, name or slogan needs no full stop: "席卷数字营销的 5 大趋势"
    complete = _list_complete(answer, asked)  # "List 5 elements …" and its item 5 needs no full stop
    found = (None if complete else _list_cut(answer, asked) or _questions_cut(answer, asked)) or _cut_mid_sentence(
        answer, asked, p.truncated_min_words, derived or complete, p.truncated_cjk_no_stop
    )
    return f"{found}: {_excerpt(answer[-80:])!r}" if found else None


CODE_DANGLING = re.compile(r"(?:[,(\[{=+\-*/&|<]|\b\w+\.)$")
"""A code line stopped after a comma, an opening bracket, an operator or a member's dot."""
RULE_LINE = re.compile(r"[-=*]{3,}$")


PY_HEADER = re.compile(r"^\s*(?:if|elif|else|for|while|def|class|with|try|except|finally)(?![\w'\"])")
"""A Python compound statement: its line ends with ":" unless it was cut ("elif h")."""
STRING_LITERAL = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")
ELIDED = re.compile(r"(?:\.\.\.|…|etc\.?)\W*$|^\W*(?://|#|/\*|<!--)")
"""A last line that elides the rest on purpose ("// ...", "# rest of the code", "…")."""
OPEN_STRING = re.compile(r'(?:^|[\s=:(\[,{])"[^"]*$')
"""A string opened on a code block's last line and never closed (``text: "``): the quote follows a
space, an operator or an opening bracket, so it opens a string rather than closing one."""
OPEN_LINES = 4
"""Lines a code block needs before brackets left open at its end say it was cut: a snippet of two
lines may open a block on purpose ("struct Foo {" / "let x = 1")."""


def _code_cut(answer: str) -> str | None:
    """The last line of an answer's closing code block when the block stops mid-statement: brackets
    still open in the block and its last line left open or dangling ("esp_err_to_name(error",
    "if (buttonStateA == LOW &&", "y=portfolio_values,"), or a block of ``OPEN_LINES`` or more
    whose brackets are still open at its end although its last line looks whole ("eventtype:
    EVENT_TYPES.USER", "scnView.autoenablesDefaultLighting = true" inside two open braces), unless
    that line elides the rest on purpose ("// ..."); or a Python block whose last line is a
    compound statement without its colon ("elif h"), or whose last line opens a string it does not
    close (``text: "``). A cut answer's fence was closed after the cut
    when the conversation was exported (ShareGPT), so the fence count does not show it."""
    text = answer.rstrip()
    if not text.endswith("```"):
        return None
    start = text.rfind("```", 0, len(text) - 3)
    tag, _, block = text[start + 3 : -3].partition("\n") if start >= 0 else ("", "", "")
    lines = [line.rstrip() for line in block.splitlines() if line.strip()]
    if not lines:
        return None
    last = lines[-1]
    bare = STRING_LITERAL.sub('""', block)  # brackets inside strings ("[a-z") open nothing
    depth = sum(bare.count(c) for c in "([{") - sum(bare.count(c) for c in ")]}")
    line_open = sum(last.count(c) for c in "([{") > sum(last.count(c) for c in ")]}")
    dangling = bool(CODE_DANGLING.search(last)) and not RULE_LINE.search(last)
    whole_open = depth > 0 and len(lines) >= OPEN_LINES and not ELIDED.search(last) and last[-1] not in "([{:"
    python = tag.strip().lower() in ("python", "py", "") and any(line.endswith(":") for line in lines[:-1])
    header = python and bool(PY_HEADER.match(last)) and not last.endswith((":", "\\")) and "{" not in last
    string_open = block.count('"') % 2 == 1 and bool(OPEN_STRING.search(last)) and '"""' not in block
    cut = (depth > 0 and (line_open or dangling)) or whole_open or header or string_open or _row_cut(lines)
    return last.strip() if cut else None


NOT_DATA = re.compile(r"[()\[\]{}=;<>]")
"""Marks of code, not data rows: calls, lists, assignments ("foo(a, b)" lines above "bar(c)")."""
DATA_ROWS = 5
"""Rows a closing code block of delimited data (CSV) needs before a short last row says it was cut."""


def _row_cut(lines: list[str]) -> bool:
    """Delimited data cut mid-row: every line of the block but the last holds the same number (two or
    more) of commas and none ends on one, and the last line holds fewer ("57,40000,8.5" under rows of
    five fields) or ends on a comma ("115,100000,10.0,30,"). A generator stopped by its token limit
    inside a CSV listing leaves such a row; the exported fence closes it."""
    if len(lines) < DATA_ROWS or any(NOT_DATA.search(line) for line in lines):
        return False
    counts = {line.count(",") for line in lines[:-1]}
    if len(counts) != 1 or (fields := counts.pop()) < 2 or any(line.endswith(",") for line in lines[:-1]):
        return False
    return lines[-1].count(",") < fields or lines[-1].endswith(",")


OPEN_QUOTE = re.compile(r'(?:^|(?<=[\s(\[{:]))"(?=\w)')
INLINE_TICK = re.compile(r"(?:^|(?<=[\s(\[:]))`(?!`)(?=\S)")


def _unclosed_bracket(prose: str) -> str | None:
    """A quote, a bracket or an inline code span opened near the end and never closed. A straight
    quote counts only where it opens one (after a space, before a word): an odd count whose last
    quote closes ("…my ski racing and coaching.\"" after an inch mark in "old 2\" 16 Track machine")
    is no cut."""
    quotes = prose
    last_quote = quotes.rfind('"')
    if quotes.count('"') % 2 and OPEN_QUOTE.match(quotes, last_quote) and len(WORD.findall(quotes[last_quote:])) >= 2:
        return "unclosed '\"'"  # 'The longest novel ever written is "The Blah'
    tail = prose.rstrip().rsplit("\n", 1)[-1]
    ticks = list(INLINE_TICK.finditer(tail)) if tail.count("`") % 2 else []
    if tail.count("`") % 2 and tail.endswith((" `", "(`")):
        return "unclosed '`'"  # a span opened as the answer stopped
    if ticks and WORD.search(tail[ticks[-1].end() :]):
        return "unclosed '`'"  # "…then call `'click"
    if len(prose) < BRACKET_MIN_CHARS:
        return None
    for openers, closers in BRACKETS:
        opened = sum(prose.count(c) for c in openers)
        if opened and opened > sum(prose.count(c) for c in closers):
            last_open = max(prose.rfind(c) for c in openers)
            tail_words = WORD.findall(prose[last_open:])
            if last_open > max(prose.rfind(c) for c in closers) and len(tail_words) >= 3:
                return f"unclosed {prose[last_open]!r}"
    return None


def _made_from(answer: str, given: str) -> bool:
    """Most of the answer's tokens (words; CJK characters) are in ``given``: the answer rewrites,
    reorders or corrects the text it was handed ("Convert this sentence into its past tense. She
    walks to the store" → "She walked to the store")."""
    if not given:
        return False
    mine, theirs = tokens(answer), tokens(given)
    if not mine or len(mine) > DERIVED_LENGTH * len(theirs) + 3:
        return False  # an answer much longer than the text is more than a rewrite of it
    known = set(theirs)
    return sum(t in known for t in mine) >= DERIVED_SHARE * len(mine)


def _ends_like(answer: str, given: str, asked: str) -> bool:
    """A rewrite may end without punctuation when the text it rewrites does ("None of the
    students" → "None of the students were"), or end on any word when the task moves or deletes
    words ("I like to play chess." → "chess I like play to"); but one that stops where the given
    text goes on ("We were late for the meeting …" → "We were late for the"), or that lost the
    full stop its text had ("… in a swift movement." → "… fell to the ground in a rapid"), was cut."""
    mine, theirs = tokens(answer), tokens(given)
    if len(mine) < len(theirs) and mine == theirs[: len(mine)]:
        return False
    given_end, answer_end = given.rstrip()[-1], answer.rstrip()[-1]
    return given_end not in TERMINAL or given_end == answer_end or bool(REORDER_TASK.search(asked))


def _rewrite_cut(answer: str, asked: str, min_words: int) -> bool:
    """A sentence rewritten ("Rewrite", "Edit", "Combine" … a sentence that ends with its full stop)
    into one line of prose that stops on a lowercase word: "Cats have excellent night vision and
    can see in". Extractions, lists and labels made from the text are not rewrites of it."""
    words = answer.split()
    return (
        bool(REWRITE_TASK.search(asked))
        and "\n" not in answer.strip()
        and len(words) >= min_words
        and answer.strip()[0].isupper()
        and bool(LOWER_WORD.fullmatch(words[-1]))
        and not _enumeration(answer)
        and not KEY_VALUE.match(answer.strip())
    )


def _lines(answer: str) -> list[str]:
    return [line.strip() for line in answer.splitlines() if line.strip()]


def _list_cut(answer: str, asked: str) -> str | None:
    """A numbered list that stops before the count the instruction or the answer's lead-in
    announced, or a one-item list right after the colon that opened it."""
    lines = _lines(answer)
    last = lines[-1] if lines else ""
    if not LIST_ITEM.match(last) or _closed(last):
        return None
    numbers = [int(m.group(1)) for line in lines for m in NUMBER_MARK.finditer(line)]
    if not numbers:
        return None
    words = last.split()
    if numbers == [1] and (len(lines) == 1 or lines[-2].endswith((":", "："))):
        return "list stops after its first item"  # nobody numbers a list of one
    if len(words) < 3 or not LOWER_WORD.fullmatch(words[-1]) or _enumeration(last) or any(m in last for m in NOT_PROSE):
        return None  # "4. Parasites: Giardia, Toxoplasma gondii" is a whole item
    wanted = _announced(asked) or _announced("\n".join(lines[: max(1, len(lines) - len(numbers))]))
    if wanted and numbers[-1] < wanted and len(numbers) < wanted:
        return f"list stops at item {numbers[-1]} of {wanted}"
    return None


QUESTION_MARK = re.compile(r"^(?:Q|Question|问题|问|题)\s*(\d{1,2}|[一二三四五六七八九十])\s*[：:.、)）]", re.M | re.I)
"""A numbered question of a quiz or a Q&A set: "Q2：", "Question 4:", "问题四："."""
QUESTIONS_ASKED = re.compile(
    r"(?<![\w-])(\d{1,2}|[两二三四五六七八九十]|two|three|four|five|six|seven|eight|nine|ten)(?![\w-])\s*(?:个|道)?\s*"
    r"(?:[A-Za-z-]+\s+){0,3}?(?:问题|题|questions?\b)",
    re.I,
)
"""How many questions the instruction asks for ("5 个问题和答案", "a quiz with 5 questions"); "6th-grade"
is no count."""


def _questions_cut(answer: str, asked: str) -> str | None:
    """A quiz or Q&A set that stops before the number of questions asked for ("5 个问题" and Q1, Q2)."""
    found = QUESTIONS_ASKED.search(asked)
    numbers = [_number(m.group(1)) for m in QUESTION_MARK.finditer(answer)]
    wanted = _number(found.group(1)) if found else None
    if wanted and numbers and max(numbers) < wanted:
        return f"questions stop at {max(numbers)} of {wanted}"
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


def _list_complete(answer: str, asked: str) -> bool:
    """The last line is the numbered item the instruction asked for ("Name five …" and "5. …")."""
    lines = _lines(answer)
    found = [int(m.group(1)) for m in NUMBER_MARK.finditer(lines[-1])] if lines else []
    wanted = _announced(asked)
    return bool(found and wanted and found[-1] == wanted)


def _announced(text: str) -> int | None:
    found = ANNOUNCED.search(text)
    if not found:
        return None
    word = (found.group(1) or found.group(2) or "").lower()
    number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return number if number and 2 <= number <= 30 else None


def _closed(line: str) -> bool:
    return line[-1] in TERMINAL or line[-1].isdigit()


def _long(answer: str) -> bool:
    return len(answer.split()) + len(CJK_RUN.findall(answer)) // 2 >= LONG_WORDS or (
        sum(map(len, CJK_RUN.findall(answer))) >= 2 * LONG_WORDS
    )


def _prose(lines: list[str]) -> list[str]:
    """Lines of text, not code or SQL (a query's "WHERE origin = '伦敦'" ends on a quote, not a stop)."""
    return [
        line
        for line in lines
        if not (CODE_LINE.search(line) or SQL_WORDS.search(line))
        and (len(line.split()) >= 3 or sum(map(len, CJK_RUN.findall(line))) >= 6)
    ]


def _others_closed(lines: list[str]) -> bool:
    """Most earlier prose lines end with punctuation (the answer's own style). A last line that is a
    paragraph, not a list item, may also match the other paragraphs alone: bullets
    without full stops say nothing of how the answer's paragraphs end ("…and potential
    opportunities for" after a SWOT list whose items have none)."""
    prose = _prose(lines[:-1])
    paragraphs = (
        [line for line in prose if not LIST_ITEM.match(line)] if lines and not LIST_ITEM.match(lines[-1]) else []
    )
    return any(group and 2 * sum(_closed(line) for line in group) > len(group) for group in (prose, paragraphs))


FENCED = re.compile(r"```.*?```", re.S)


def _cut_mid_sentence(answer: str, asked: str, min_words: int, derived: bool, no_stop: bool = False) -> str | None:
    """The last sentence stops mid-way. An answer whose prose goes on after its last closed code
    block is judged without its code blocks ("…model parallelism is implemented by splitting the"
    after two blocks of Python): what the code lines look like says nothing of that prose."""
    fenced = "```" in answer and not answer.rstrip().endswith("```")
    lines = _lines(FENCED.sub("\n", answer) if fenced else answer)
    if not lines:
        return None
    last = lines[-1]
    if _closed(last) or CODE_LINE.search(last) or "|" in last or "http" in last:
        return None  # a table row, a URL, code ("def swap(a, b): return b, a")
    if last[-1] == ":" and len(lines) > 1 and _announces(last, lines[-2]):
        return "ends with ':'"  # "Using the same logic, we can write the green energy consumption as:"
    if sum(1 for line in lines if CODE_LINE.search(line) or SQL_WORDS.search(line)) >= 2:
        return None  # an answer in code, machine-translated or not: "打印 (\"%d\" %arr[i]),"
    verse = VERSE_TASK.search(asked) or _is_verse(lines)
    if last[-1] in "；;" and CJK_RUN.search(last):
        return None  # an SQL statement in translation: "从用户中选择 *；"
    if CJK_CHAR.match(last[-1]) or (last[-1] in "，、：" and CJK_RUN.search(last)):
        return _cjk_cut(last, lines, asked, bool(verse) and len(lines) > 1, no_stop)
    inline_list = len(NUMBER_MARK.findall(last)) >= 2  # "1. In a tree hollow 2. Behind a book 3. Hidden in"
    sentences = [last] if inline_list else SENTENCE_BREAK.split(last)
    tail = sentences[-1]
    words = tail.split()
    end = tail[-1]
    if SALUTATION.match(tail) and len(words) <= 5:
        return None  # "Dear Professor [last name],", "Sincerely,"
    if (
        len(sentences) > 1
        and len(words) <= OPENER_WORDS
        and SENTENCE_END_WORD.search(sentences[-2])
        and all(w.strip(",").lower() in OPENERS for w in words)
    ):
        return f"last sentence stops after {tail!r}"  # "…to get started. It's", "…as follows. In the"
    if end in ",;":
        return f"ends with {end!r}" if len(words) >= 3 and not (verse and len(lines) == 1) else None
    if OPERATOR_END.search(tail) and len(words) >= 3 and not (verse or inline_list or LIST_ITEM.match(last)):
        return f"ends on {words[-1]!r}"  # "2 x 2 x 2 x 2 x", "(101 /", "Fervor -"
    pairs = KEY_VALUE.match(tail)
    if (pairs and len(pairs.group(1).split()) <= 4) or _enumeration(tail):
        return None  # "Verb: eat, Tense: present continuous", "Run, read, eat, write, sleep"
    if end == ":":
        before = lines[-2] if len(lines) > 1 else ""
        form = before.endswith(":") or last.count(":") > 1 or bool(LIST_ITEM.match(last))  # a form's fields
        return "ends with ':'" if len(words) >= 4 and not form else None
    tail_word = words[-1]
    if tail_word in (VERSE_CONNECTORS if verse else CONNECTORS) and len(words) >= 4:
        return f"ends on {tail_word!r}"  # "So the variance is"; a phrase ("In addition to") is shorter
    punctuated = len(sentences) > 1 or _others_closed(lines)
    in_list = bool(LIST_ITEM.match(last)) or inline_list
    item_line = in_list
    soft = punctuated and (_long(answer) or not in_list)  # a short list's items need no full stop
    if tail_word in SOFT_CONNECTORS and len(words) >= 4 and soft and not (verse or derived):
        return f"ends on {tail_word!r}"
    long_prose = _long(answer) and not item_line and len(words) >= LONG_TAIL_WORDS and tail_word[-1].isalnum()
    if long_prose and _others_closed(lines) and not (verse or derived or any(m in tail for m in NOT_PROSE)):
        return "last line stops mid-sentence"  # "…and save the predictions to a CSV"
    if not LOWER_WORD.fullmatch(tail_word) or verse or derived or any(m in tail for m in NOT_PROSE):
        return None
    if re.search(r"\d", " ".join(words[-3:])):
        return None  # an amount and its unit: "Perimeter: 22 cm"
    item = bool(LIST_ITEM.match(last)) or inline_list
    if _long(answer) and _others_closed(lines) and len(words) >= 3:
        return "last line stops mid-sentence"
    if item and len(words) >= SENTENCE_ITEM_WORDS and _sentence_list(lines):
        return "last list item stops mid-sentence"  # "1. Open the app… .\n2. Tap the menu icon in the top"
    if item:
        return None  # a list item without a full stop is a list's style in short answers
    if len(sentences) > 1 and SENTENCE_END_WORD.search(sentences[-2]) and len(words) >= 3:
        return "last sentence unfinished"  # "…packed with vitamins. These little red gems are packed"
    body = [line for line in lines if not (SALUTATION.match(line) and len(line.split()) <= 5)]
    if len(words) >= min_words and len(body) == 1 and last[0].isupper() and not TRANSFORM_TASK.search(asked):
        return "ends mid-sentence"  # one prose sentence answering a question, stopping on a word
    return None


OPENERS = CONNECTORS | SOFT_CONNECTORS | {
    "it", "it's", "it’s", "there", "here", "we", "you", "i", "they", "he", "she", "however", "additionally",
    "finally", "overall", "also", "if", "to", "in", "for", "this", "that", "these", "those", "one", "another",
}  # fmt: skip
"""Words that open a sentence and cannot make one: a last sentence of only these ("It's", "In the")
after a finished one was cut as it began."""
OPENER_WORDS = 2
LONG_TAIL_WORDS = 8
"""A paragraph this long closing a chat model's long answer whose other lines end with punctuation
was cut whatever its last word ("…save the predictions to a CSV", "…of England"): not a heading, a
name or a list item."""
SENTENCE_ITEM_WORDS = 6
"""A list item this long stopping on a lowercase word is a cut sentence when the list's other items
and the lines before it are closed sentences (``_sentence_list``)."""


def _sentence_list(lines: list[str]) -> bool:
    """A list of sentences: every earlier prose line ends with punctuation or a lead-in colon ("Here's
    how:"), and at least one of them is a list item, so the last item's missing full stop is a cut."""
    prose = _prose(lines[:-1])
    items = [line for line in prose if LIST_ITEM.match(line)]
    return bool(items) and all(_closed(line) or line.endswith((":", "：")) for line in prose)


LIST_NUMBER = re.compile(r"(\d{1,3})[.)]?")


def _list_stub(lines: list[str]) -> str | None:
    """A numbered or bulleted list whose last item stops at its number ("18.", "25" after "24. Type
    …") or its first word ("33. Change", "* Next") while the items before it are sentences or
    labelled steps ("Decision: Move disk 1 …"): nobody writes an empty item, and a one-word item
    among sentences is the start of one. Outlines whose items are all short ("5. Conclusion") are
    not judged."""
    if len(lines) >= 2 and EMPTY_ITEM.fullmatch(lines[-1]):
        return "list stops at an empty item"  # "…and cultural nuances.\n*": the bullet of the next item
    if len(lines) < LIST_STUB_ITEMS + 1:
        return None
    last = lines[-1]
    kind = _item_kind(last)
    before = [line for line in lines[:-1] if _item_kind(line) == kind][-LIST_STUB_ITEMS:]
    if not kind or len(before) < LIST_STUB_ITEMS:
        return None
    if number := LIST_NUMBER.fullmatch(last):
        previous = LIST_ITEM.match(before[-1])
        if previous and previous.group(1) and int(previous.group(1)) == int(number.group(1)) - 1:
            return f"list stops at the number of item {number.group(1)}"
        return None
    marker = LIST_ITEM.match(last)
    if not marker:
        return None
    rest = last[marker.end() :]
    if not STUB_WORD.fullmatch(rest):
        return None  # "Enjoy!", "Meditate.", a Chinese item (no spaces to count words by)
    siblings = [found for line in lines[:-1] if _item_kind(line) == kind and (found := LIST_ITEM.match(line))]
    if any(STUB_WORD.fullmatch(found.string[found.end() :]) for found in siblings):
        return None  # one-word items are the list's style: "1. Start" … "6. End"
    sentences = sum(line[-1] in ".!?。！？" and len(line.split()) >= 4 for line in before)
    labelled = sum(":" in line for line in before)
    if 2 * max(sentences, labelled) > len(before):
        return f"list stops at the first word of an item: {last!r}"
    return None


LIST_STUB_ITEMS = 3
EMPTY_ITEM = re.compile(r"[-*•+]")
"""A last line that is only a bullet: the generator stopped right after opening the next item (7 answers
of the first 2,000 ShareGPT records end so, all of them cut: "* RX-C loses 5% …\n*")."""
STUB_WORD = re.compile(r"\s*[A-Za-z]+\s*")
"""An item of one Latin word without punctuation ("Change", "Next")."""


def _item_kind(line: str) -> str:
    """ "1" for a numbered item (or a bare number), the bullet for a bulleted one, "" for other lines:
    items of one list share their kind ("* Decision: …" and "* Next", not the "+" items between)."""
    if LIST_NUMBER.fullmatch(line):
        return "1"
    marker = LIST_ITEM.match(line)
    return ("1" if marker.group(1) else line[0]) if marker else ""


"""Items a list needs before its last one is judged by ``_list_stub``."""


ANNOUNCE_WORDS = 6


def _announces(last: str, before: str) -> bool:
    """A last line of prose that announces what follows ("…we can write the green energy consumption
    as:", "Here's the updated code:") with nothing after it: at least ``ANNOUNCE_WORDS`` words, one
    colon, not a list item or a form's field (the line before it is no heading). Code and formulas
    before it do not make it code."""
    return (
        len(last.split()) >= ANNOUNCE_WORDS
        and last.count(":") == 1
        and not LIST_ITEM.match(last)
        and not before.endswith((":", "："))
        and not any(m in last for m in NOT_PROSE)
    )


def _enumeration(text: str) -> bool:
    """Three or more comma-separated items of a few words: "Curious, daring, brave, creative, bold"."""
    items = [item.split() for item in re.split(r"[,;]", text)]
    return len(items) >= 3 and max(map(len, items)) <= 4


def _is_verse(lines: list[str]) -> bool:
    """Poems and lyrics: several short lines of text (not table rows, list items or code), most of
    them without closing punctuation."""
    text = [line for line in lines if "|" not in line and not LIST_ITEM.match(line) and not CODE_LINE.search(line)]
    if len(text) < 3 or len(text) < len(lines) / 2 or sum(len(line.split()) for line in text) > VERSE_WORDS * len(text):
        return False
    return sum(1 for line in text if line[-1] in TERMINAL) < len(text) / 2


VERSE_WORDS = 12
"""Most words per line, on average, of verse."""


CJK_CONNECTORS = frozenset("的和与及或把被向因而并但且让使给跟于是最更很")
"""Particles, conjunctions and prepositions a Chinese sentence does not end on. Characters that
also end common words are left out (派对, 随从, 存在, 达到, 可以, 一个). A short answer may end on
的 (an adjective: "至关重要的", "自由主义的"): 的 counts from ``CJK_DE_CHARS`` characters on."""
CJK_END_WORDS = ("因为", "等于", "以及", "或者", "并且", "但是", "而且", "由于", "对于", "通过", "包括", "作为")
CJK_DE_CHARS = 8
CJK_SENTENCE_END = re.compile(r"[。！？!?]")
CJK_ITEM_CHARS = 5
"""Four or more comma-separated clauses of about this many characters (by the median) are an
enumeration of words, not prose: "令人惊奇地，令人惊讶地，意外地，难以置信地"."""
CJK_CLAUSE_CHARS = 8
"""A Chinese last clause this long without 。 is prose that stopped: names, amounts and headings
are shorter."""
CJK_PHRASE_CHARS = 13
"""Without a comma or a verb, a Chinese answer this short is a name or a phrase ("亚利桑那州大峡谷国家公园")."""
CJK_PROSE_TASK = re.compile(
    r"解释|描述|讨论|为什么|如何|怎样|说明|总结|比较|分析|写一[段篇句封]|撰写|创作|造句|生成一[段篇句]"
)
"""Tasks answered in sentences (explain, describe, discuss, compare, write a paragraph or a
sentence), not with a name or a label."""
CJK_ANSWER_CHARS = 6
"""In the answer to such a task, a single clause this long without 。 stopped ("伊曼纽尔康德的",
"在丛林生存的"); classifications and names ("声明性陈述") are shorter or answer other tasks."""
PREDICATE = re.compile(r"[是有在为将会能把被对从让使]|包括|可以|通过")
"""A verb or preposition: the text is a clause ("计算机算法是一组指"), not a name."""
CJK_TAIL_CHARS = 5
"""After a finished sentence, a clause this long without 。 stopped ("…。它位于墨西哥中")."""
RANGE_CUT = re.compile(r"\d\s*(?:到|至)$")
"""A range whose end is missing: "编号为 1 到"."""
SQL_WORDS = re.compile(r"\b(?:SELECT|FROM|WHERE|AND|ORDER BY|GROUP BY|INSERT|UPDATE|JOIN)\b")
CJK_ITEM = re.compile(r"^[A-Za-z一二三四五六七八九十]{1,3}[.、．。)）]")
"""A Chinese list item or step: "G。重复直到子数组完全排序", "三.高指针减1"."""
CJK_LABEL = re.compile(r"^[^，。：:]{1,12}[：:]")
CHOICE = re.compile(r"(?:^|\s)[A-Da-d][.、．。]")
SHI_DE = re.compile(r"是(?![一这那][个种位件项条本家])[^是]*的$")
"""An assertion framed by 是…的, not a noun phrase after 是 (是一个…的 needs its noun)."""
BULLETS = "•·-－*"
"""Marks that open a list item, with or without a space after them ("-与运动员建立联系")."""
LEAD_IN = re.compile(r"包括|[是有为：:]")


def _han(text: str) -> int:
    return sum(map(len, CJK_RUN.findall(text)))


def _signature(lines: list[str]) -> bool:
    """A letter's last line, a name under its closing ("真挚地，\nABC公司", "Best,\nThe Team")."""
    return (
        len(lines) >= 2
        and lines[-2][-1:] in ",，"
        and len(lines[-2]) <= 12
        and len(lines[-1]) <= 20
        and lines[-1][-1:] not in ",，、"  # a name does not end on a comma; a verse line that runs on does
    )


def _last_sentence(line: str) -> tuple[int, str]:
    """Where a Chinese line's last sentence starts, and that sentence without quotes around it."""
    stop = max((m.end() for m in CJK_SENTENCE_END.finditer(line)), default=0)
    return stop, line[stop:].strip(" “”\"'")


def _rare_end(tail: str) -> bool:
    """The text ends on a character that rarely ends a sentence (``end_ratio``), after enough Han
    characters to be a clause: the first half of a word ("患者自"), a preposition."""
    return _han(tail) >= CJK_RARE_CHARS and end_ratio(tail) < CJK_RARE_END


def _cjk_cut(last: str, lines: list[str], asked: str, verse: bool = False, no_stop: bool = False) -> str | None:
    """Chinese headlines, lists, rewrites and quotes end without 。 too; a cut is prose whose last
    sentence has no end while the answer's other sentences have one, a last clause ending on a
    comma or a particle (的, 和, 等于), or one ending on a character that rarely ends a sentence
    (the first half of a word). An enumeration ("生动，猩红色，红宝石色") is not prose. Verse is
    judged only by a trailing comma and a rare last character: its lines end without 。 and on any
    word. A summary or rewrite made from the given text is judged like any answer: it reached this
    point because it lost the 。 that text ends with (``_ends_like``)."""
    stop, tail = _last_sentence(last)
    clauses = [c for c in re.split(r"[，、,；;]", tail) if c.strip()]
    sizes = sorted(len(c.strip()) for c in clauses)
    words_only = sizes and (sizes[-1] <= 4 or (len(sizes) >= 4 and sizes[len(sizes) // 2] <= CJK_ITEM_CHARS))
    if not clauses or (words_only and not stop):  # after a finished sentence, prose: "他知道，这就是"
        return None  # an enumeration: "生动，猩红色，红宝石色，深红色"
    if CHOICE.search(tail):
        return None  # answer options: "A. 马德里 B.巴塞罗那 C.瓦伦西亚 D. 塞维利亚"
    items = tail.split("、")
    if len(items) >= 3 and "，" not in tail and not LEAD_IN.search(items[0]):
        return None  # names only, nothing leading into them: "史蒂文·斯皮尔伯格、昆汀·塔伦蒂诺、马丁·斯科塞斯"
    if SALUTATION.match(tail):
        return None
    label = CJK_LABEL.match(last)
    item = bool(LIST_ITEM.match(last) or CJK_ITEM.match(last) or CHOICE.search(last)) or last[:1] in BULLETS
    structured = bool(label) or item
    if any(CODE_LINE.search(line) for line in lines) or _signature(lines):
        return None  # code, machine-translated or not; a name under a letter's closing
    if last[-1] in "，、" and len(tail) >= 6:  # with a dash too: "享受体验——因为您可以选择步行、骑自行车，"
        return f"ends with {last[-1]!r}"
    if any(mark in last[stop:] for mark in (*NOT_PROSE, "/")):
        return None  # a term and its gloss, a quote and its author; verse lines run on with "/"
    ratio = end_ratio(tail)
    followed = stop > 0 or _others_closed(lines)
    rare = (
        f"ends on {tail[-1]!r}, which rarely ends a sentence"
        if _rare_end(tail) and (followed or not structured)
        else None
    )
    if verse:
        return rare  # "…\n让我们的生"
    if last[-1] == "：" and len(tail) >= 6 and len(lines) > 1 and not structured and lines[-2][-1:] not in "：:":
        return "ends with '：'"
    # "…是在没有人为干预下完成的": 是…的 closes; "是一个温暖而充满活力的" waits for its noun
    shi_de = last[-1] == "的" and bool(SHI_DE.search(clauses[-1]))
    ending = (
        next((w for w in CJK_END_WORDS if tail.endswith(w)), None)
        or (RANGE_CUT.search(tail) and "到")
        or (
            last[-1]
            if last[-1] in CJK_CONNECTORS and not shi_de and _han(tail) >= (CJK_DE_CHARS if last[-1] == "的" else 4)
            else None
        )
    )
    if ending and not structured:
        return f"ends on {ending!r}"
    if rare:
        return rare  # "它使用患者自", "欧元对美元的当"
    if CONDITION.match(tail) and "，" not in tail and CJK_CHAR.match(tail[-1]) and _han(tail) >= CJK_RARE_CHARS + 1:
        return f"condition without its main clause: {tail[:2]!r}"  # "如果想延长跑步"
    value = last[label.end() :].strip() if label else ""
    if structured and value[:1] != "“":
        return None  # "家居用品：布基胶带、腰带、鞋带", "答：罗马尼亚", list items; a dialogue line is judged
    damaged = bool(DAMAGE.search(tail))
    if shi_de:
        return None  # the 是…的 frame closes an assertion
    if not no_stop and damaged and ratio >= CJK_LOW_END:
        return None  # a last character that often ends sentences: see ``SftChecksParams.truncated_cjk_no_stop``
    if followed:
        return "last sentence without 。" if len(tail) >= CJK_TAIL_CHARS else None
    if re.search(r"\d", clauses[-1]) or _prose(lines[:-1]):
        return None  # an amount ("所列项目的总成本为 4 美元"), or lines before it without 。 either
    sentence_like = "，" in tail or PREDICATE.search(tail[2:])
    needed = CJK_CLAUSE_CHARS if sentence_like else CJK_PHRASE_CHARS
    if _han(tail) >= (min(needed, CJK_ANSWER_CHARS) if CJK_PROSE_TASK.search(asked) else needed):
        return "ends without 。"
    return None


END_TABLE = Path(__file__).parents[1] / "assets" / "cjk_sentence_ends.tsv"
"""Sentence ends and occurrences of each Han character and bigram in real complete Chinese text
(built by ``benchmarks/cjk_sentence_ends.py``, which says from what)."""
END_PRIOR = 20
"""Occurrences the shrinkage gives the fallback estimate: a bigram seen 30 times with no sentence end
is not yet evidence, one seen 600 times is."""
CJK_RARE_END = 0.1
"""An end ratio this low (a tenth of the average character's) marks a cut on its own: the first
half of a word (患者自 of 自己, 当 of 当前) or a character inside a clause."""
CJK_RARE_CHARS = 5
CJK_LOW_END = 1.5
"""A Chinese last sentence that lacks 。 and holds digits or Latin letters (``DAMAGE``) is judged
cut only if its last character ends sentences less often than 1.5 times the average character
does: complete answers whose translation dropped the 。 end on sentence-final words (上升,
宣誓就任总统, 合作: ratios 2.2 to 9.4 on the real sets)."""
DAMAGE = re.compile(r"[0-9A-Za-z]")
"""Digits or Latin letters in a last sentence without 。: machine translation drops the 。 of
sentences whose numbers or names it damaged ("总体趋势是 20 年死亡率上升" for 2020, "北约和 G 等各种
国际组织中进行了合作" for G20), so there the last character is judged (``CJK_LOW_END``). Without
them, a prose sentence without 。 (after finished sentences, or a single clause long enough not to
be a name) was cut whatever it ends on: no complete answer of the 23,755 real Chinese Alpaca
records does that, nor any of BELLE's 1,175 native answers once lists, synonyms and 是…的 are
recognised, while a random cut often falls between two words ("我知道你为此付出了很多努力")."""
CONDITION = re.compile(
    r"(?:如果|假如|假设|虽然|即使|即便|只要|一旦|不仅|无论|不管|当(?!然|前|地|今|代|中|时|初|天|年|选|局|场|事|下))"
)
"""Openers of a clause that needs a main clause after it: a sentence made of one of them alone
stopped before its main clause ("如果想延长跑步")."""


@cache
def _end_table() -> tuple[dict[str, tuple[int, int]], float]:
    table: dict[str, tuple[int, int]] = {}
    for line in END_TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            key, ends, seen = line.split("\t")
            table[key] = (int(ends), int(seen))
    ends, seen = table.pop("*")
    return table, ends / seen


def end_ratio(text: str) -> float:
    """How much more (or less) often than the average Han character the text's last character
    ends a sentence, given the one before it: P(end | bigram) / P(end), the bigram's estimate shrunk
    towards its last character's, and that towards the average (unknown characters score 1)."""
    table, base = _end_table()
    text = text.rstrip()
    if not text or not CJK_CHAR.match(text[-1]):
        return 1.0
    estimate = base
    for key in (text[-1], text[-2:]) if len(text) > 1 and CJK_CHAR.match(text[-2]) else (text[-1],):
        ends, seen = table.get(key, (0, 0))
        estimate = (ends + END_PRIOR * estimate) / (seen + END_PRIOR)
    return estimate / base
