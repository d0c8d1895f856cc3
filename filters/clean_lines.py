"""Line-level boilerplate removal: the lines web extraction leaves that are page furniture.

Short lines that are cookie banners, "JavaScript required" notices, share buttons, ad labels,
newsletter and "follow us" prompts, disclaimers, copyright, reprint and take-down notices, filing
footers and navigation (links, breadcrumbs, rows of channel names), in English and Chinese, go,
as do lines made only of symbols (``-----``, ``* * *``, ``»``) and links and buttons repeated many
times in one document ("Read more", "Learn more", "Add to cart", "查看详情"). Long lines are prose
even when they mention cookies, so the phrase tables only test lines up to ``max_boilerplate_chars``; a line that opens
with a notice label (``Disclaimer:``, ``免责声明：``) is furniture at any length. Each removed line
is counted as a fix ``clean_lines:<kind>``; a record is rejected (``clean_lines:empty``) only when
nothing is left.

These tables cover furniture a single page shows; lines that a site repeats on many pages are
found without any list by the ``boilerplate_lines`` global stage.
"""

from __future__ import annotations

import re
from collections import Counter

from datatrove.data import Document
from pydantic import Field

from corpusmill.filters.base import Reject, Stage, StageParams, Verdict
from corpusmill.text.cjk import HAN_KANA_CLASS

FLAGS = re.IGNORECASE | re.ASCII
"""ASCII mode makes ``\\b``, ``\\w`` and case folding ASCII-only: Python's default ``\\b`` treats CJK
characters as word characters, so ``\\bshare on facebook`` would miss ``请share on facebook``; in ASCII
mode a CJK character is a boundary. (It is also several times faster than spelled-out lookarounds.)"""

BOILERPLATE: dict[str, tuple[str, ...]] = {
    "cookie": (
        r"\b(?:we|this (?:web)?site|our (?:web)?site|site) uses? cookies\b",
        r"\buse of cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b",
        r"\bby continuing to (?:use|browse)\b",
        r"使用\s*cookies?|cookie\s*政策",
    ),
    "javascript": (
        r"\bjavascript\b.{0,40}\b(?:required|disabled|is off|turned off|not (?:enabled|supported))\b",
        r"\b(?:enable|turn on|requires?|needs?) javascript\b",
        r"(?:启用|开启|打开|支持)\s*javascript|浏览器不支持|瀏覽器不支援",
    ),
    "share": (
        r"^(?:share(?: this(?: (?:article|post|page|story))?)?(?: on| via| with)?|tweet|pin it|email this|print this)"
        r"\b[\s:：]*(?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|weibo|wechat)\b[\s,|/·•]*)*$",
        r"\bshare on (?:facebook|twitter|linkedin|whatsapp|pinterest|reddit)\b",
        r"^(?:分享到|分享至)|(?:分享到|分享至)\s*[:：]|扫一扫|掃一掃|微信扫码",
    ),
    "ad": (
        r"^[\[【(（]?(?:advertisement|advertising|ad|ads|sponsored(?: (?:content|links?|posts?|stories|by .{1,40}))?"
        r"|promoted(?: (?:content|stories|links?))?|paid (?:content|post|partnership)|partner content)[\]】)）]?$",
        r"^(?:advertisement|sponsored content|paid content|promoted content)\s*[-–—:|·]\s*.{0,40}$",
        r"\b(?:story|article|content) continues below\b|^scroll (?:down )?to continue\b|\bads? by google\b",
        r"^(?:[\[【(（](?:广告|推广|赞助|廣告|贊助)[\]】)）].{0,30}"
        r"|(?:广告|推广|赞助(?:商)?(?:内容)?|廣告|贊助(?:商)?(?:內容)?|商业推广|合作推广)(?:\s*[:：|｜].{0,30})?)$",
    ),
    "newsletter": (
        r"^(?:please )?(?:sign up|subscribe|register|join|opt in)\b.{0,40}"
        r"\b(?:newsletters?|mailing list|e-?mail updates)\b",
        r"\b(?:sign up|subscribe) (?:for|to) our (?:free )?(?:\w+ ){0,2}"
        r"(?:newsletters?|e-?mails?|briefing|digest)\b",
        r"\bnever miss a (?:story|post|thing|deal)\b",
        r"\b(?:newsletters?|latest (?:news|stories|updates))\b.{0,40}\b(?:to|in) your inbox\b",
        r"\benter your e-?mail(?: address)?\b|\bunsubscribe at any time\b|\bthanks? (?:you )?for subscribing\b",
        r"^(?:立即|马上|免费|点击)?(?:订阅|訂閱)(?:我们|本站|本刊|每日|每周)?.{0,8}(?:邮件|新闻通讯|电子报|電子報|周刊|日报|早报|晚报|周报|快讯|简报|资讯|newsletter)",
        r"(?:输入|留下|填写)(?:您|你)的?(?:邮箱|电子邮件|邮件地址)",
    ),
    "follow": (
        r"^(?:follow|like|find|connect with) us\s*(?:on\b|at\b|@|[:：!]|$)|\b(?:follow|like) us on\b",
        r"\b(?:follow|subscribe to) (?:our|the) (?:\w+ )?(?:channel|page|account)s? on\b",
        r"^(?:follow|join|like|find) .{1,40} on "
        r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|telegram|weibo)\b",
        r"^.{0,10}(?:关注我们|關注我們).{0,15}$|扫码关注|掃碼關注|长按(?:识别|扫描)?二维码|识别(?:图中|下方)?二维码|點擊關注|点击关注",
        r"扫描(?:下方|上方|文末)?二维码.{0,4}(?:关注|下载|加入|订阅)|欢迎关注(?:我们|本|微信|公众号|官方)",
        r"(?:关注|搜索|添加|订阅)(?:我们的?|本)?(?:官方)?(?:微信)?(?:公众号|服务号|订阅号|微博)|(?:微信)?公众号\s*[:：]",
        r"点击(?:上方|下方|文末)?.{0,4}(?:蓝字|关注)|下载.{0,12}(?:客户端|app)|(?:查看|阅读|获取)更多精彩",
        r"\b(?:download|get|install) (?:the|our) (?:free )?(?:[\w'-]+ ){0,3}app\b",
    ),
    "disclaimer": (
        r"\bdoes not constitute (?:\w+ )?(?:financial|investment|legal|medical|professional) advice\b",
        r"\bfor (?:general )?informational purposes only\b|\bnot intended as (?:\w+ )?advice\b",
        r"\b(?:views?|opinions?)(?: and (?:views?|opinions?))? expressed\b.{0,80}"
        r"\b(?:(?:do not|don't) (?:necessarily )?reflect|(?:author|writer|contributor)s?(?:'s?)? own)\b",
        r"\baffiliate (?:links?|commissions?)\b|\bwe may (?:earn|receive) (?:a )?(?:small )?commission\b",
        r"仅代表作者(?:个人)?(?:观点|立场)|不代表本(?:站|网|平台|号)(?:观点|立场)|投资有风险|入市需谨慎|不构成(?:任何)?投资建议",
        r"(?:本文|文章|以上|内容|信息|资料).{0,8}仅供(?:读者)?参考",
        r"僅代表作者|不代表本(?:站|網)",
    ),
    "copyright": (
        r"^©|^copyright\s*(?:$|[:：©]|\(c\)|\d{4})|(?:©|\(c\))\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})",
        r"\ball rights reserved\b|\bmay not be (?:re)?published, broadcast, rewritten\b",
        r"\b(?:reproduction|republication|redistribution)\b.{0,40}"
        r"\bwithout (?:the )?(?:express )?(?:written )?permission\b",
        r"\bno part of this (?:\w+ )?(?:publication|article|website|site) may be reproduced\b",
        r"(?:版权所有|版權所有)(?![者人])|保留所有权利|版权归(?:原)?作者|版權歸(?:原)?作者|icp\s*备|icp\s*證|icp\s*证|公网安备",
        r"转载(?:本站|本网|本网站)?(?:内容|文章|稿件)?(?:请|须|需|必须)(?:注明|联系|保留)|轉載請註明|禁止转载|谢绝转载|严禁转载"
        r"|不得转载|本文(?:系|为)转载",
        r"(?:如有|如涉及|若有|如涉)(?:侵权|侵權|版权问题|侵犯).{0,12}(?:联系|删除|告知|处理)|侵权(?:请)?(?:联系)?删除|侵删",
        r"(?:图片|文章|本文|内容|素材)(?:均)?(?:来源|來源)(?:于|自|於)?(?:互联)?(?:网络|網絡)",
    ),
    "comments": (
        r"^(?:leave a (?:comment|reply)|post a comment|add a comment|comments are closed\b.{0,40}|\d+ comments?"
        r"|no comments(?: yet)?|be the first to comment\b.{0,30}|view (?:all )?comments)$",
        r"^(?:发表评论|我要评论|网友评论|查看(?:全部|更多)?评论|暂无评论|评论\s*[(（]\d+[)）]|(?:共|已有)?\d+\s*(?:条评论|人评论|人参与))$",
    ),
    "credit": (
        r"^(?:photo|image|photograph|picture)s?(?: credit)?\s*[:：]\s*.{1,60}$",
        r"^[(（]?(?:图片|圖片|图)(?:来源|來源)\s*[:：]\s*[^。！？]{1,20}[)）]?$",
        r"^(?:责任编辑|编辑|审核|校对|审校|值班编辑|本文来源|文章来源|来源|记者|通讯员|作者)\s*[:：]\s*[^。！？]{1,20}"
        r"(?:\s+(?:责任编辑|编辑|审核|校对|审校|记者|通讯员)\s*[:：]\s*[^。！？\s]{1,10})*$",
    ),
    "site_info": (
        r"(?:主办|承办|主管)单位\s*[:：]|(?:不良信息|违法和不良信息)?举报(?:电话|邮箱|中心)\s*[:：]|经营许可证\s*[:：]?"
        r"|信息服务许可证|客服(?:热线|电话)\s*[:：]|邮编\s*[:：]\s*\d{6}",
    ),
    "related": (
        r"^(?:related|see also|also read|read (?:next|also|more)|more (?:from|on|stories|in) [^:：]{0,30}|recommended"
        r"|trending(?: now)?|don'?t miss|most (?:popular|read)|top stories|editor'?s picks?|you (?:may|might) also like"
        r"|popular (?:posts|stories))\s*[:：|»›>-]\s*.{1,100}$",
        r"^(?:相关|延伸|推荐|热点|热门|精彩|往期|更多|猜你)(?:推荐|阅读|新闻|文章|回顾|喜欢|专题|资讯)\s*[:：|>»]\s*.{1,60}$",
    ),
    "navigation": (
        r"^(?:skip to (?:main )?content|back to top|go to top|previous (?:post|article|page)|next (?:post|article|page)"
        r"|read more|continue reading|sign in|log in|subscribe|home\s*[|>»›/]|related (?:posts|articles|stories))"
        r".{0,40}$",
        r"^(?:上一篇|下一篇|上一頁|下一頁|上一页|下一页|返回顶部|返回頂部|返回首页|首页\s*[>|/»]|当前位置[:：]|您的位置[:：]"
        r"|设为首页|加入收藏|网站地图|网站導航|网站导航|点击(?:查看|进入|下载|这里|此处)|阅读全文|閱讀全文|相关阅读|相关文章"
        r"|热门推荐).{0,40}$",
        r"^click here\b.{0,80}$",
    ),
}
"""Phrases that make a short line furniture, one table row per phrasing, by kind."""

LABELS: dict[str, tuple[str, ...]] = {
    "disclaimer": (r"disclaimer", r"免责声明", r"免責聲明", r"特别声明", r"法律声明"),
    "copyright": (r"copyright notice", r"版权声明", r"版權聲明", r"转载声明"),
}
"""Notice labels that open a line: ``Disclaimer: ...`` is furniture however long it is."""


def _words(*rows: str) -> frozenset[str]:
    return frozenset(word for row in rows for word in row.split())


NAV_WORDS = _words(
    # Chinese portal channels and site links
    "首页 主页 新闻 资讯 要闻 国内 国际 社会 财经 经济 股票 基金 理财 科技 数码 手机 汽车 房产 家居 体育 娱乐 "
    "明星 电影 音乐 游戏 动漫 时尚 女性 健康 育儿 母婴 教育 考试 留学 旅游 美食 文化 历史 读书 军事 法治 评论 "
    "视频 图片 直播 专题 论坛 社区 博客 微博 公益 彩票 招聘 商城 关于我们 联系我们 加入我们 广告服务 网站地图 "
    "帮助中心 意见反馈 隐私政策 服务条款 登录 注册 免费注册 "
    "首頁 新聞 國際 財經 經濟 科技 體育 娛樂 軍事 視頻 圖片 評論 關於我們 聯繫我們 登錄 註冊 "
    # English site sections and footer links
    "home news world business politics sport sports tech technology science health entertainment culture "
    "arts opinion lifestyle travel food style video videos photos weather markets local national money "
    "about contact privacy terms careers jobs advertise help faq search blog events shop login register "
    "subscribe newsletter podcasts menu sitemap",
)
"""Section names of site menus: a short row made mostly of them is a navigation bar."""

NAV_SEPARATORS = re.compile(r"\s*(?:[|｜»›>]|\s[·•/]\s)\s*")
WIDE_SPACE = re.compile(r"\s{2,}")
"""Menu separators; a middle dot or slash only with spaces around (``lan·gos·ta`` is one word)."""
NAV_TOKEN = re.compile(rf"^(?:[{HAN_KANA_CLASS}]{{2,8}}|[A-Za-z][A-Za-z&'.-]+(?: [A-Za-z&'.-]+){{0,2}})$")
"""A menu entry: 2 to 8 Chinese characters or one to three English words (a single letter is a
chord or a table cell, not a section)."""
MIN_NAV_ITEMS = 4
FUNCTION_WORDS = _words("a an the and or of for to in on with at by from is are was our your")
"""Words of phrases and headlines ("Health news for the local community"), not of menus."""


UI_ACTIONS = _words(
    "read learn continue reply share comment comments print like tweet pin add buy view download click try "
    "edit close expand collapse show hide previous prev next back top permalink subscribe follow save "
    "bookmark sign log login logout register see go get search menu submit send cancel"
)
"""Verbs of links and buttons. A line repeated in a document is furniture only when it is a button:
an action word among ``UI_FILLERS`` (``Read more``, ``Add to cart``); a repeated label, heading,
counter (``views``), table cell, list entry, refrain or code line is the document's own structure
(see ``is_button``). Words that also head or label content (``Details``, ``Email``, ``Tags``,
``Report``, ``Open``) are left out on purpose."""
UI_FILLERS = _words(
    "a an the this to in on of for with it and or our your my us me more all here now up out full page less "
    "cart demo details story started article post"
)
UI_PHRASES_ZH = (
    "阅读全文|阅读更多|查看全文|查看原文|查看更多|查看详情|查看|了解更多|了解详情|点击查看|点击进入|点击这里|详情|更多|"
    "展开全文|展开|收起|全文|原文链接|回复|评论|点赞|赞|分享|收藏|转发|举报|打印|复制链接|下载|立即下载|"
    "加入购物车|立即购买|购买|返回顶部|返回|上一页|下一页|登录|注册|关注|订阅|閱讀全文|閱讀更多|查看詳情|"
    "了解更多|詳情|更多|展開|收起|回覆|評論|讚|分享|收藏|轉發|檢舉|下載|購買|返回頂部|上一頁|下一頁|登入|註冊|關注"
)
UI_ZH = re.compile(f"(?:{UI_PHRASES_ZH})+")
DIGIT = re.compile(r"\d")
WORD_RUN = re.compile(rf"[A-Za-z]+(?:['’-][A-Za-z]+)*|[{HAN_KANA_CLASS}]+")


HAN = re.compile(f"[{HAN_KANA_CLASS}]")


def _alternatives(fragment: str) -> list[str]:
    """The top-level ``|`` alternatives of a table row (outside groups and character classes)."""
    parts, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, char in enumerate(fragment):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(fragment[start:i])
            start = i + 1
    return [*parts, fragment[start:]]


def _pattern(chinese: bool, anchored: bool) -> re.Pattern[str]:
    """One regex of the table alternatives with (or without) Chinese characters that do (or do not)
    start at the line start, a named group per kind."""
    groups = []
    for kind, fragments in BOILERPLATE.items():
        rows = [
            f"(?:{alternative})"
            for fragment in fragments
            if (HAN.search(fragment) is not None) == chinese
            for alternative in _alternatives(fragment)
            if alternative.startswith("^") == anchored
        ]
        if rows:
            groups.append(f"(?P<{kind}>{'|'.join(rows)})")
    # Chinese rows use no \b; Unicode mode lets their \s match the ideographic space
    return re.compile("|".join(groups), re.IGNORECASE if chinese else FLAGS)


PATTERNS = tuple(
    (gate, _pattern(chinese, anchored=True), _pattern(chinese, anchored=False))
    for gate, chinese in ((re.compile(r"[A-Za-z©]"), False), (HAN, True))
)
"""(gate, line-start regex, anywhere regex) per script: a line is searched only by the regexes of
the scripts it contains, and line-start alternatives are tried at the start only; one big
alternation searched at every position costs several times more. A table row is English or
Chinese, not both."""
LABEL = re.compile("|".join(rf"(?P<{k}>^[\[【]?(?:{'|'.join(v)})[\]】]?\s*[:：])" for k, v in LABELS.items()), FLAGS)
CONTENT_CHAR = re.compile(r"[\w{}\[\]()<>;=]")
"""Letters, digits, CJK characters, and the brackets and operators code lines are made of: a line
without any (``-----``, ``* * *``, ``»``) is decoration."""
SENTENCE_END = (".", "!", "?", "。", "！", "？", ":", "：")
CODE_CHAR = re.compile(r"[{}();=]")
LABEL_VALUE = re.compile(r"^[^:：]{1,30}[:：]\s*\S")
"""``Label: value``: a field of a record, not a button."""
FENCE = re.compile(r"^(```|~~~)")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
"""Markdown structure (code fences, table header rules) is made of symbols but is content."""
BLANK_RUNS = re.compile(r"\n(?:[^\S\n]*\n)+")
"""A line break and the blank (or whitespace-only) lines after it: one paragraph break."""


def join_lines(lines: list[str]) -> str:
    """The lines a stage keeps, as text: blank lines are paragraph breaks, so where a removed line
    stood between two of them (or a run of blank lines was left) one blank line remains, and a
    removed line never glues the paragraphs around it together."""
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


class CleanLinesParams(StageParams):
    boilerplate: bool = True
    """Remove furniture lines: cookie banners, 'enable JavaScript', share and follow prompts, copyright and
    take-down notices, navigation bars (English and Chinese)."""
    max_boilerplate_chars: int = Field(default=200, ge=1)
    """Longer lines are prose whatever they mention (notice labels excepted)."""
    symbol_lines: bool = True
    """Remove lines of symbols only (code fences and table rules stay)."""
    min_repeats: int = Field(default=3, ge=0)
    """A link or button line ("Read more", "Add to cart") this many times in one document is
    furniture (0: off). Only such lines: other repeated lines are the document's structure."""
    max_repeated_chars: int = Field(default=60, ge=1)
    """Longest link or button line the repeated-line rule removes."""


class CleanLines(Stage):
    name = "clean_lines"
    decides = False  # edits text; rejects only what nothing is left of (no tag mode)
    line_editor = True
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


def _known(items: list[str]) -> int:
    """How many entries name a site section (or contain a word that does: ``Contact Us``)."""
    return sum(any(word in NAV_WORDS for word in item.casefold().split()) for item in items)


def is_nav_bar(line: str) -> bool:
    """A row of at least 4 menu entries: split by separators (``|``, ``»``, spaced ``·`` or ``/``)
    with a known section name among them (``Month | Income | Profit`` is a table), or by spaces
    alone when most entries are known section names (aligned table rows and chord charts are split
    by spaces too). Sentences and Markdown table rows are never menus."""
    if line.startswith("|") or line.endswith(SENTENCE_END) or "," in line or "，" in line:
        return False
    if NAV_SEPARATORS.search(line):
        items = [item for item in re.split(f"{NAV_SEPARATORS.pattern}|{WIDE_SPACE.pattern}", line) if item]
        return len(items) >= MIN_NAV_ITEMS and all(map(NAV_TOKEN.match, items)) and _known(items) > 0
    wide = WIDE_SPACE.search(line) is not None
    items = WIDE_SPACE.split(line) if wide else line.split()
    return (
        len(items) >= MIN_NAV_ITEMS
        and all(NAV_TOKEN.match(item) and item.casefold() not in FUNCTION_WORDS for item in items)
        and _known(items) * (2 if wide else 3) >= len(items) * (1 if wide else 2)
    )


def is_button(line: str) -> bool:
    """A line made only of link and button words (``» Read More``, ``Try the demo``, ``查看详情 >>``)
    and symbols, at least one of them an action. Sentences, code, label/value lines (``标签: 负面``)
    and lines with numbers (``$4.99 Add to Cart``: a price is content) never qualify."""
    if line.endswith(SENTENCE_END) or CODE_CHAR.search(line) or LABEL_VALUE.match(line) or DIGIT.search(line):
        return False
    action = False
    for word in WORD_RUN.findall(line):
        if HAN.match(word):
            if UI_ZH.fullmatch(word) is None:
                return False
            action = True
        elif (folded := word.casefold()) in UI_ACTIONS:
            action = True
        elif folded not in UI_FILLERS:
            return False
    return action


def line_kind(line: str, params: CleanLinesParams, repeated: set[str]) -> str | None:
    """Why a (stripped, non-empty) line is furniture, or None when it is content."""
    if params.symbol_lines and CONTENT_CHAR.search(line) is None:
        return "symbols"
    if line in repeated:
        return "repeated"
    if not params.boilerplate:
        return None
    label = LABEL.match(line)
    if label is not None:
        return label.lastgroup
    if len(line) <= params.max_boilerplate_chars:
        for gate, at_start, anywhere in PATTERNS:
            match = (at_start.match(line) or anywhere.search(line)) if gate.search(line) else None
            if match is not None:
                return match.lastgroup
        if is_nav_bar(line):
            return "navigation"
    return None


def clean_text(text: str, params: CleanLinesParams) -> tuple[str, Counter[str]]:
    """The text without furniture lines (blank lines kept as paragraph breaks) and what went."""
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    structural = []
    in_code = False
    for s in stripped:
        fence = FENCE.match(s) is not None
        in_code ^= fence
        structural.append(fence or in_code or ("|" in s and TABLE_RULE.match(s) is not None))
    repeated: set[str] = set()
    if params.min_repeats:
        counts = Counter(
            s
            for s, code in zip(stripped, structural, strict=True)
            if s and not code and len(s) <= params.max_repeated_chars
        )
        repeated = {s for s, n in counts.items() if n >= params.min_repeats and is_button(s)}
    removed: Counter[str] = Counter()
    kept = []
    for line, s, code in zip(lines, stripped, structural, strict=True):
        kind = line_kind(s, params, repeated) if s and not code else None
        if kind is None:
            kept.append(line)
        else:
            removed[kind] += 1
    if not removed:
        return text, removed
    return join_lines(kept), removed
