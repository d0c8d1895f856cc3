"""Line-level boilerplate removal: the lines web extraction leaves that are page furniture.

Short lines that are cookie banners, "JavaScript required" notices, share buttons, copyright or
filing footers and navigation links (in English and Chinese) go, as do lines made only of symbols
(``-----``, ``* * *``, ``»``) and short lines repeated many times in one document (running
headers and footers, "Advertisement" slots). Long lines are prose even when they mention cookies,
so only lines up to ``max_boilerplate_chars`` are tested. Each removed line is counted as a fix
``clean_lines:<kind>``; a record is rejected (``clean_lines:empty``) only when nothing is left.
"""

from __future__ import annotations

import re
from collections import Counter

from datatrove.data import Document
from pydantic import Field

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict

BOILERPLATE = {
    "cookie": (
        r"\b(?:we|this (?:web)?site|our (?:web)?site|site) uses? cookies\b|\buse of cookies\b"
        r"|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b"
        r"|\bby continuing to (?:use|browse)\b|使用\s*cookies?|cookie\s*政策"
    ),
    "javascript": (
        r"\bjavascript\b.{0,40}\b(?:required|disabled|is off|turned off|not (?:enabled|supported))\b"
        r"|\b(?:enable|turn on|requires?|needs?) javascript\b|(?:启用|开启|打开|支持)\s*javascript"
        r"|浏览器不支持|瀏覽器不支援"
    ),
    "share": (
        r"^(?:share(?: this(?: (?:article|post|page|story))?)?(?: on| via| with)?|tweet|pin it|email this"
        r"|print this)\b[\s:：]*(?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|weibo"
        r"|wechat)\b[\s,|/·•]*)*$|\bshare on (?:facebook|twitter|linkedin|whatsapp|pinterest|reddit)\b"
        r"|分享到|分享至|扫一扫|掃一掃|扫码关注|关注我们|關注我們|微信扫码"
    ),
    "copyright": (
        r"^©|^copyright\s*(?:$|[:：©]|\(c\)|\d{4})|(?:©|\(c\))\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})"
        r"|\ball rights reserved\b|版权所有|版權所有|保留所有权利"
        r"|icp\s*备|icp\s*證|icp\s*证|公网安备"
    ),
    "navigation": (
        r"^(?:skip to (?:main )?content|back to top|go to top|previous (?:post|article|page)"
        r"|next (?:post|article|page)|read more|continue reading|click here|sign in|log in|subscribe"
        r"|home\s*[|>»›/]|上一篇|下一篇|上一頁|下一頁|上一页|下一页|返回顶部|返回頂部|返回首页|首页\s*[>|/»]"
        r"|设为首页|加入收藏|网站地图|网站導航|网站导航|点击(?:查看|进入|下载|这里|此处)|阅读全文|閱讀全文).{0,40}$"
    ),
}
PATTERN = re.compile("|".join(f"(?P<{kind}>{body})" for kind, body in BOILERPLATE.items()), re.IGNORECASE)
CONTENT_CHAR = re.compile(r"[\w{}\[\]()<>;=]")
"""Letters, digits, CJK characters, and the brackets and operators code lines are made of: a line
without any (``-----``, ``* * *``, ``»``) is decoration."""
SENTENCE_END = (".", "!", "?", "。", "！", "？", ":", "：")
CODE_CHAR = re.compile(r"[{}();=]")
FENCE = re.compile(r"^(```|~~~)")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
"""Markdown structure (code fences, table header rules) is made of symbols but is content."""
BLANK_RUNS = re.compile(r"\n{3,}")


class CleanLinesParams(StageParams):
    boilerplate: bool = True
    max_boilerplate_chars: int = Field(default=200, ge=1)
    """Longer lines are prose whatever they mention."""
    symbol_lines: bool = True
    min_repeats: int = Field(default=3, ge=0)
    """A short line this many times in one document is a running header or footer (0: off);
    a repeated sentence (final punctuation) is a refrain and a repeated code line is code: both stay."""
    max_repeated_chars: int = Field(default=60, ge=1)


class CleanLines(Stage):
    name = "clean_lines"
    Params = CleanLinesParams

    def process(self, doc: Document) -> Verdict:
        text, removed = clean_text(doc.text, self.params)
        if not removed:
            return None
        for kind, n in removed.items():
            self.count_fix(f"clean_lines:{kind}", n)
        if not text:
            return Reject("clean_lines:empty", f"all {sum(removed.values())} lines were boilerplate")
        doc.text = text
        return None


def line_kind(line: str, params: CleanLinesParams, repeated: set[str]) -> str | None:
    """Why a (stripped, non-empty) line is furniture, or None when it is content."""
    if params.symbol_lines and CONTENT_CHAR.search(line) is None:
        return "symbols"
    if line in repeated:
        return "repeated"
    if params.boilerplate and len(line) <= params.max_boilerplate_chars:
        match = PATTERN.search(line)
        if match is not None:
            return match.lastgroup
    return None


def clean_text(text: str, params: CleanLinesParams) -> tuple[str, Counter[str]]:
    """The text without furniture lines (blank lines kept as paragraph breaks) and what went."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    repeated: set[str] = set()
    if params.min_repeats:
        counts = Counter(
            s
            for s in stripped
            if s and len(s) <= params.max_repeated_chars and not s.endswith(SENTENCE_END) and not CODE_CHAR.search(s)
        )
        repeated = {s for s, n in counts.items() if n >= params.min_repeats}
    removed: Counter[str] = Counter()
    kept = []
    in_code = False
    for line, s in zip(lines, stripped, strict=True):
        fence = FENCE.match(s) is not None
        in_code ^= fence
        structural = fence or in_code or ("|" in s and TABLE_RULE.match(s) is not None)
        kind = line_kind(s, params, repeated) if s and not structural else None
        if kind is None:
            kept.append(line)
        else:
            removed[kind] += 1
    if not removed:
        return text, removed
    return BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip(), removed
