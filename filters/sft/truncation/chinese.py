"""Chinese answers cut off: a last clause without 。 judged by how often its last character ends a sentence."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from corpusmill.filters.sft.batch import CODE_LINE
from corpusmill.filters.sft.text import CJK_CHAR, CJK_RUN
from corpusmill.filters.sft.truncation.text import LIST_ITEM, NOT_PROSE, SALUTATION, _others_closed, _prose

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


END_TABLE = Path(__file__).parents[2] / "assets" / "cjk_sentence_ends.tsv"
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
