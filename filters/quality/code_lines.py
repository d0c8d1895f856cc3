"""Which short lines are code, so C4's short-line filter does not cut code blocks apart.

C4 drops every line of fewer than three words. In a tutorial or a Q&A with code that deletes
``{``, ``}``, ``return x;`` and ``i++`` while the longer lines around them stay: the code that is
kept no longer parses (issue 22). A short line is kept as code when it looks like a statement,
brace or call (``CODE_LINE``) and a neighbouring non-empty line is code too or opens a block with
``:``. A lone short line that happens to end in ``;`` is not a block and still goes. Wiki markup
(``{{Reflist}}``, ``==References==``, table rows) is not code.
"""

from __future__ import annotations

import re

CODE_LINE = re.compile(
    r"^[{}()\[\];]+,?$"  # braces and brackets alone: {  }  });  ],
    r"|[;{]$"  # a statement or a block opener at the end
    r"|^}"  # a block closer
    r"|^(?:#include|#define|import|from \S+ import|return|def|class|public|private|static|var|let|const"
    r"|elif|else|end|fi|done)\b"
    r"|^[A-Za-z_$][\w$.]*(?:\[[^\]]*\])?\s*(?:[-+*/%|&^]?=(?!=)|\+\+|--)"  # x = 1, a.b += c, i++
    r"|^[A-Za-z_$][\w$]*[._][\w$.]*\(.*\)[;,]?$"  # obj.call(...), some_call(...)
    r"|^[A-Za-z_$][\w$.]*\(\)[;,]?$"  # call()
)
NOT_CODE = re.compile(r"^(?:\{\{|\}\}|=+[^=]*=+$|\||[•·*-]\s)")
"""Wiki templates, wiki headings and table rows, bullets."""


def is_code(line: str) -> bool:
    """``line`` (stripped) looks like a line of code."""
    return bool(line) and NOT_CODE.match(line) is None and CODE_LINE.search(line) is not None


def code_line(lines: list[str], index: int) -> bool:
    """``lines[index]`` (stripped lines, blank ones empty) is code inside a block of code: it looks
    like code and the previous or next non-empty line is code or ends with ``:``."""
    if not is_code(lines[index]):
        return False
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and not lines[other]:
            other += step
        if 0 <= other < len(lines) and (lines[other].endswith(":") or is_code(lines[other])):
            return True
    return False
