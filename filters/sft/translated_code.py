"""The ``translated_code`` check: code whose keywords a machine translation turned into Chinese.

The Chinese Alpaca sets were made by translating the English records whole, code included:
``return str.upper()`` became ``返回 str.upper()``, ``for i in range(n):`` became
``对于范围内的我（n）：``, ``else:`` became ``别的：``. Such an answer teaches code that does not
run. A line counts when it starts with a translated keyword (如果, 对于, 返回, 定义, 打印, 别的,
而, 当, 函数, 类 …) and has the shape of a statement (a block opener ending with a colon or a
brace, or a return, print, import or let with its operand), and the answer also holds real code
(``def``, an assignment, ``return``, a line ending with ``;`` or a brace, ``==``, ``__main__``).
Pseudo-code is asked for in Chinese on purpose and is not judged. On the real Chinese files it
fires on 284 records (carbonz0 283, hikariming 1; none in Alpaca, ShareGPT, LLaMA-Factory's zh
demo, whose docstrings say "返回:"); 92 read (85 at random, and the 7 that ``==`` or
``__main__`` as the only real code adds) were all translated code.
"""

from __future__ import annotations

import re

from datatrove.data import Document

from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import instruction, response

OPENERS = "如果|对于|定义|自定义|而|当|除了|函数|同时|类"
"""Keywords that open a block as the translation rendered them (if, for, def, while, except,
function, while True, class): a translated line is one of them, then a condition or a call, then
a colon or a brace ("对于范围内的我（n）：", "如果 n == 0：", "函数 f(x) {")."""
TRANSLATED_LINE = re.compile(
    rf"^[ \t]*(?:{OPENERS})[^\n。，：:{{]*?(?:[（(][^\n]*[)）]\s*[{{：:]?|[^\s。，：:{{][：:{{])\s*$"
    r"|^[ \t]*(?:别的|否则|尝试)\s*[：:{]\s*$"  # else:, try:
    r"|^[ \t]*(?:返回|打印|导入|让)\s*[^\s：:\n。，][^\n。，]*$",  # return x, print(x), import x, let x = …
    re.M,
)
"""A statement whose keyword was translated. A docstring's "返回:" section (Returns:) is not one."""
CODE_STATEMENT = re.compile(
    r"^[ \t]*(?:def |elif |else:|for .* in |return\b|import |print\(|\w+(?:\[[^\]]*\])?\s*[+\-*/]?=\s*\S)"
    r"|[{};]\s*$|==|!=|\+\+|__\w+__",
    re.M,
)
PSEUDO_CODE = re.compile(r"伪代码|pseudo", re.I)


def translated_code(doc: Document, p: SftChecksParams) -> str | None:
    """An answer whose code has machine-translated keywords (see the module docstring)."""
    answer = response(doc)
    found = TRANSLATED_LINE.search(answer)
    if not found or not CODE_STATEMENT.search(answer) or PSEUDO_CODE.search(instruction(doc)):
        return None
    return f"code keywords translated: {found.group(0).strip()[:60]!r}"
