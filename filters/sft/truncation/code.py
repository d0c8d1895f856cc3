"""Code blocks that stop mid-statement: an answer's closing block, whose fence the export closed after
the cut."""

from __future__ import annotations

import re

CODE_DANGLING = re.compile(r"(?:[,(\[{=+\-*/&|<]|\b\w+\.)$")
"""A code line stopped after a comma, an opening bracket, an operator or a member's dot."""


RULE_LINE = re.compile(r"[-=*]{3,}$")


PY_HEADER = re.compile(r"^\s*(?:if|elif|else|for|while|def|class|with|try|except|finally)(?![\w'\"])")
"""A Python compound statement: its line ends with ":" unless it was cut ("elif h")."""


STRING_LITERAL = re.compile(r"\"[^\"\n]*\"|'[^'\n]*'")


ELIDED = re.compile(r"(?:\.\.\.|…|etc\.?)\W*$|^\W*(?://|#|/\*|<!--)")
"""A last line that elides the rest on purpose ("// ...", "# rest of the code", "…")."""


COMMENT_STUB = re.compile(r"^\s*(?:#(?![!#]|include|define|if|endif|pragma|region)|//)[^:]*[A-Za-z]{2,}[^:]*$")
"""A block's last line that is a comment of words without a colon ("# Print the best hyperparameters",
"// Get the ResultSetMetaData", "# 5. Rare words distribution and"): a comment says what the code
after it does, so as a closing block's last line it announces code the cut left out."""


NOT_STUB_COMMENT = re.compile(
    r"\.\.\.|…|(?<![A-Za-z])(?:etc|rest|more|here|todo|remaining|similar|others?|same|add|your|continue|so on|"
    r"omitted|existing|outputs?|prints|returns|results?|end)(?![A-Za-z])",
    re.I,
)
"""Comments that close a block on purpose: an elision ("# rest of the code", "// add more routes here",
"# ... and so on") or what the code above prints ("# prints 10", "# Output: Equal to 10")."""


OPEN_STRING = {quote: re.compile(rf"(?:^|[\s=:(\[,{{]){quote}[^{quote}]*$") for quote in "\"'"}
"""A string opened on a code block's last line and never closed (``text: "``): the quote follows a
space, an operator or an opening bracket, so it opens a string rather than closing one; single quotes
the same (kv's ``text: '``, ``name: 'create``)."""


OPEN_LINES = 4
"""Lines a code block needs before brackets left open at its end say it was cut: a snippet of two
lines may open a block on purpose ("struct Foo {" / "let x = 1")."""


MEMBER_DOT = re.compile(r"(?:^\s*|[=(\[{,:+\-*/<>!&|]\s*)[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.$")
"""A code line that stops at a member access (``self.``, ``x = np.``) at any bracket depth: the name or
call after the dot is missing. The dotted name must start the line or follow an operator or a
bracket, so prose lines in a code block ("I am forever yours.") do not count."""


BARE_NAME = re.compile(r"^\s*[A-Za-z_]\w*$|[A-Za-z0-9]_$")
"""The last line of a colon-structured block (Kivy kv, YAML) cut mid-word: a bare name where every
line is a ``key: value`` pair or a ``Widget:`` header ("Box", "OneLine", "screen"), or a name stopping
on its underscore ("height: self.minimum_", "id: statistics_")."""


KEYED_SHARE = 0.5
"""Share of a block's lines that hold a colon (``key: value``, ``Widget:``) for it to be read as
colon-structured: Python, C and shell blocks have far fewer (a Python expression line such as a
notebook's closing ``df`` is then not a cut)."""


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
    whole_open = depth > 0 and len(lines) >= OPEN_LINES and not ELIDED.search(last) and last[-1] not in "([{"
    python = tag.strip().lower() in ("python", "py", "") and any(line.endswith(":") for line in lines[:-1])
    header = python and bool(PY_HEADER.match(last)) and not last.endswith((":", "\\")) and "{" not in last
    string_open = any(
        block.count(quote) % 2 == 1 and bool(OPEN_STRING[quote].search(last)) and quote * 3 not in block
        for quote in OPEN_STRING
    )
    cut = (depth > 0 and (line_open or dangling)) or whole_open or header or string_open or _row_cut(lines)
    return last.strip() if cut or _stub_line(lines) else None


def _stub_line(lines: list[str]) -> bool:
    """The block's last line is a statement's first part at any bracket depth: a Python compound header
    with no body after it (``class MainScreen(MDScreen):``, ``def level_up(self):`` as the block's last
    line), a member access without its member (``self.``), in a colon-structured block (kv, YAML),
    a bare or half-written name (``BARE_NAME``), or, in a block of ``OPEN_LINES`` or more, a comment
    announcing code that never follows (``COMMENT_STUB``). A block that elides the rest on purpose
    ("# ...") is whole."""
    last = lines[-1]
    if len(lines) >= OPEN_LINES and COMMENT_STUB.match(last) and not NOT_STUB_COMMENT.search(last):
        return True
    if ELIDED.search(last):
        return False
    if PY_HEADER.match(last) and last.endswith(":") and "{" not in last:
        return True
    if MEMBER_DOT.search(last) and not RULE_LINE.search(last):
        return True
    keyed = sum(":" in line for line in lines[:-1])
    return len(lines) >= OPEN_LINES and keyed >= KEYED_SHARE * (len(lines) - 1) and bool(BARE_NAME.search(last))


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
