"""Per-record SFT checks. Each takes a record and returns ``None`` (fine) or a short detail saying
what it found; the stage turns that into ``Reject("sft:<name>", detail)``.

The docstrings quote the real record each rule was written for (file names under
``/work/shared/data/sft``). The patterns favour precision: a wrong rejection silently shrinks a
data set, while a miss is visible in the output and can be tightened with a later rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from datatrove.data import Document

from corpusmill.filters.sft.fixes import squash
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import (
    ASSISTANT,
    PROMPT_ROLES,
    RESPONSE_ROLES,
    USER,
    contents,
    instruction,
    messages,
    prompt,
    response,
)
from corpusmill.filters.sft.text import QUOTED, URL, word_count
from corpusmill.filters.sft.translated_code import translated_code
from corpusmill.filters.sft.truncation import truncated

Check = Callable[[Document, SftChecksParams], "str | None"]


def _excerpt(text: str, start: int = 0, width: int = 80) -> str:
    return text[start : start + width].replace("\n", " ")


def role_order(doc: Document, p: SftChecksParams) -> str | None:
    """After an optional system prompt, turns alternate prompt (user, or a tool's observation) and
    response (assistant, or its function_call), as LLaMA-Factory requires. Catches the OpenAI
    cookbook toy record with a system prompt and an assistant turn but no user turn."""
    roles = [m["role"] for m in messages(doc)]
    start = 1 if roles[:1] == ["system"] else 0
    # the replies to parallel tool calls come one after another: one prompt turn between two responses
    turns = [r for i, r in enumerate(roles[start:], start) if not (r == "observation" == roles[i - 1])]
    if "assistant" not in turns or "user" not in turns:
        return f"no user/assistant exchange (roles {roles})"
    for i, role in enumerate(turns):
        if role == "system":
            return f"system turn at position {i + start}"
        expected = PROMPT_ROLES if i % 2 == 0 else RESPONSE_ROLES
        if role not in expected:
            return f"{role} at position {i + start} follows {turns[i - 1] if i else 'the start'}"
        if role == "observation" and turns[i - 1] != "function_call":
            return f"observation at position {i + start} answers no function_call"
    if turns[0] != "user":
        return f"starts with {turns[0]}"
    if turns[-1] not in RESPONSE_ROLES:
        return f"ends with {turns[-1]}: nothing to learn from the last turn"
    return None


def empty_turn(doc: Document, p: SftChecksParams) -> str | None:
    """Alpaca has 28 records with an empty ``output``; ShareGPT has 15 with no turns at all."""
    if not messages(doc):
        fixes = doc.metadata["fixes"]
        trimmed = "sft:dangling_turns" in fixes or "sft:context_turns" in fixes
        return "no turns left after dropping unanswered or context-less ones" if trimmed else "no turns at all"
    for i, message in enumerate(messages(doc)):
        if not message["content"]:
            return f"{message['role']} turn {i} is empty"
    return None


PLACEHOLDER_CHARS = 40
TEMPLATE_LEAK = re.compile(r"^<\s*no\s*_?\s*(?:input|output)\s*>", re.I)
INTERFACE_ERROR = re.compile(
    r"^\W*(?:too many requests in 1 hour\. try again later|load failed|network error|error in body stream|"
    r"an error occurred\. if this issue persists please contact us through our help center at help\.openai\.com|"
    r"something went wrong(?:, please try reloading the conversation)?|there was an error generating a response|"
    r"hmm\.\.\.something seems to have gone wrong|conversation not found)\W*$",
    re.I,
)
"""The chat interface's own error message saved where the answer should be (ShareGPT "hi?" →
"Too many requests in 1 hour. Try again later.", "generate a link for this conversation" → "Load
failed"): the whole turn is the message, so the exchange teaches nothing."""


def placeholder_output(doc: Document, p: SftChecksParams) -> str | None:
    """``<nooutput>`` (23 Alpaca records, e.g. "Design a company logo"), ``N/A``, ``No Output``, an
    answer starting with a template's ``<noinput>`` ("Compose a melody ..." → ``<NOINPUT>\\nOutput:``),
    or a chat interface's error message in place of an answer (``INTERFACE_ERROR``)."""
    for answer in contents(doc, ASSISTANT):
        if (len(answer) <= PLACEHOLDER_CHARS and squash(answer) in p.output_placeholders) or TEMPLATE_LEAK.match(
            answer
        ):
            return f"answer is a placeholder: {_excerpt(answer, width=40)!r}"
        if INTERFACE_ERROR.match(answer):
            return f"answer is the interface's error message: {_excerpt(answer, width=60)!r}"
    return None


MEDIA_NOUNS = r"(?:picture|image|photo|photograph|video|audio|graph|chart|figure|diagram|screenshot|painting)s?"
MEDIA_TAG = re.compile(
    rf"<\s*{MEDIA_NOUNS}(?:\s+(?:attached|provided|here|of\b[^>\n]{{0,60}}))?\s*>"
    rf"|\[\s*{MEDIA_NOUNS}(?:\s+(?:attached|provided|here|of\b[^\]\n]{{0,60}}))?\s*\]"
    r"|!\[[^\]\n]*\]\([^)\s]+\)"
    r"|[<\[【(（]\s*(?:附?(?:图片|图像|照片|视频|音频|插图)[^>\]】)）\n]{0,20}|附?[图画]\s*\d*)[>\]】)）]",
    re.I,
)
REFERENCE = re.compile(
    r"\b(?:following|given|attached|above|below|provided|enclosed|linked|this|these)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:article|picture|image|photo|photograph|link|url|video|chart|graph|diagram|painting|drawing|map|"
    r"website|web ?page|audio|recording|podcast|document|pdf|screenshot|infographic|illustration|figure)s?\b"
    r"|\b(?:article|picture|image|photo|video|chart|graph|diagram|painting|website|link)s?\s+"
    r"(?:below|above|attached|provided|shown)\b"
    r"|(?:以下|下面|下列|如下|上面|上述|附件|附上|附带|给定|所给|提供)的?(?:这篇|这张|这个|这段|这幅)?"
    r"(?:文章|图片|图像|照片|链接|网址|视频|图表|网站|网页|音频|录音|文档|画作|绘画|地图)",
    re.I,
)
SLOT = r"(?:(?:please\s+)?(?:insert|include|paste|attach)\b|插入|附上|粘贴)"
UNFILLED = re.compile(
    rf"^[ \t]*[\[<({{（【]\s*{SLOT}[^\]\[<>(){{}}（）【】\n]{{0,60}}[\]>)}}）】][ \t]*[.:。：]?[ \t]*$"
    rf"|[\"“][\[<({{（【]\s*{SLOT}[^\]\[<>(){{}}（）【】\n\"”]{{0,60}}[\]>)}}）】][\"”]",
    re.I | re.M,
)
"""A template's slot left unfilled where the prompt's material should be: a line that is only the slot
(Alpaca: "Identify the main theme of the following poem …" + ``[insert poem]``, "Analyze the following
political speech" + ``[Insert example political speech]``, "Given a photo, classify …" + ``<include image>``;
the Chinese translations of those records: ``[插入诗]``, ``（插入文章）``, ``<附上图片>``)
or a quoted slot as the subject (ShareGPT: "a detailed long-form content outline … on the topic:
"[Insert Topic]""). Any answer invents the poem, the photo or the topic. A slot the turn fills itself
("<insert cuisine> - Italian"), one inside pasted material ("* Example 1: [insert example]" of an
outline) and the blanks of a letter the user wants ("[Name]", "[date]") are not one."""
COLON = re.compile(r"[:：]")
CODE_TASK = re.compile(
    r"\b(?:program|function|script|code|algorithm|crawler|scraper|scrape|query|api|javascript|python|java|curl|"
    r"request|http client|web ?hook)s?\b|程序|代码|函数|脚本|爬虫|正则",
    re.I,
)
URL_TASK = re.compile(
    r"\b(?:cite|citation|apa|mla|bibliograph\w*|append\w*|shorten\w*|pars(?:e|ing)|extract\w*|validat\w*|"
    r"broken|hyperlinks?|domains?|regex|regular expressions?|html|markdown|anchor|button|redirect\w*|"
    r"full url|url for|encode|decode|qr code|output the (?:browser )?url|create a url|generate a url)\b",
    re.I,
)
"""Tasks about the link itself (cite it, build or repair it, put it in HTML, match it with a regex)
or programs that fetch it ("Create a web crawler to scrape data from the website"): the URL is the
data, not a page to read."""
LINK_NOUN = re.compile(
    r"\b(?:article|page|website|site|link|url|blog|post|video|paper|story|news|review|podcast)s?\b"
    r"|文章|网页|网站|链接|视频|帖子|博客|新闻",
    re.I,
)


def unseen_reference(doc: Document, p: SftChecksParams) -> str | None:
    """The prompt points at something the model cannot see, so any answer is made up:
    a placeholder for media (Alpaca: "Describe the painting below." + ``[Image provided]``),
    a bare URL as the content ("Summarize the following article" + a nytimes.com URL: 196 Alpaca
    inputs are only a URL), or "the article/picture below" with no article or picture given."""
    given = doc.metadata.get("alpaca_input")
    url_is_data = bool(URL_TASK.search(instruction(doc)) or CODE_TASK.search(instruction(doc)))
    if given and not url_is_data and not URL.sub("", given).strip(" \t\n.,;:<>()[]\"'"):
        return f"input is only a URL: {_excerpt(given)!r}"
    asked = contents(doc, USER)
    for text in asked:
        if found := MEDIA_TAG.search(text):
            return f"media placeholder {found.group()[:60]!r}"
        if found := UNFILLED.search(text):
            return f"unfilled template slot {found.group().strip()[:60]!r}"
    # later turns may point at what the conversation already holds ("update the above diagram")
    first = asked[0] if asked else ""
    short = word_count(URL.sub(" ", first)) <= p.reference_max_words
    if URL.search(first) and LINK_NOUN.search(first) and short and not url_is_data:
        return f"only a URL to read: {_excerpt(first)!r}"
    if given:
        return None
    found = REFERENCE.search(first)
    if found and word_count(first) <= p.reference_max_words and not _content_follows(first, found.start()):
        return f"refers to {found.group()!r} but gives none: {_excerpt(first)!r}"
    return None


def _content_follows(text: str, start: int) -> bool:
    """A quoted passage or a colon with a few words after it is the thing referred to; so is the
    target of a program ("fetch a given website's HTML code")."""
    if CODE_TASK.search(text):
        return True
    tail = text[start:]
    after = COLON.split(tail, maxsplit=1)
    return (len(after) == 2 and word_count(after[1]) >= 3) or bool(QUOTED.search(text))


NOT_MEDIA = (
    r"(?!\s+(?:prompts?|descriptions?|captions?|titles?|names?|lists?|scripts?|stor(?:y|ies)|lyrics|"
    r"text|codes?|programs?|plans?|ideas?|concepts?|slogans?|taglines?|outlines?|reviews?|quiz|playlists?|"
    r"recommendations?|questions?|summar(?:y|ies)|analysis|alt|tags?|metadata|file names?|classifier|model|"
    r"dataset|generator|algorithm|search|api|app|editor|processing|recognition|filter)\b)"
)
MEDIA_REQUEST = re.compile(
    r"(?:^|[.!?。！？]\s*|\n|\b(?:can|could|would|will) you\s+|\bplease\s+|\bi want you to\s+|\bhelp me\s+)"
    r"(?:(?:create|generate|design|make|produce|render|paint|draw|sketch|illustrate|craft|build|compose|record|"
    r"film|shoot|take|edit|crop|resize|animate)\s+(?:(?:a|an|the|me|some|\d+|one|two|three)\s+)?"
    r"(?:(?!(?:of|for|about|to|with|list|that|which|character|biographical|it|this|them|more)\b)[\w-]+\s+){0,3}?"
    r"(?:images?|pictures?|photos?|photographs?|drawings?|paintings?|sketch(?:es)?|illustrations?|logos?|"
    r"posters?|infographics?|cartoons?|comic strips?|comics?|artworks?|art pieces?|visuals?|visualizations?|"
    r"graphics?|icons?|banners?|flyers?|memes?|gifs?|animations?|videos?|3d models?|melod(?:y|ies)|tunes?|"
    rf"audio|sound ?tracks?|jingles?|recordings?|podcasts?|musical pieces?|piano pieces?|beats?)\b{NOT_MEDIA}"
    r"|(?:draw|paint|sketch)\s+(?!(?:(?:a|an|the|some|me|this|that|my)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:conclusions?|comparisons?|analog(?:y|ies)|inferences?|parallels?|attention|distinctions?|lessons?|"
    r"insights?|connections?|lines? between|on|up|out|from|upon|diagrams?|charts?|graphs?|tables?|flowcharts?|"
    r"trees?|uml|schemas?|ascii)\b)"
    r"|(?:play|sing|perform|hum)\s+(?:the |a |this )?(?:song|music|melody|tune|piano|guitar|keyboard)\b)",
    re.I,
)
MEDIA_REQUEST_ZH = re.compile(
    r"^(?:请|帮我|给我)?(?:画|绘制|画出|拍摄|录制|演唱|演奏|弹奏|唱)"
    r"(?![^。！？\n]{0,12}?(?:要点|重点|区别|结论|界限|关系|界线|大纲|流程|表格|框架|思路|轮廓|蓝图|重心))"
    r"|(?:生成|创建|设计|制作|创作|绘制)(?:一|两|三|几)?(?:个|张|幅|段|款|份)?(?:(?!给定|所给|以下|下面|这|该)\w){0,6}?"
    r"(?:图片|图像|照片|插图|插画|标志|徽标|海报|图画|绘画|漫画|视频|动画|音频|旋律|乐曲|曲子|录音|表情包)"
    r"(?![^。！？\n]{0,12}?的?(?:描述|说明|标题|名字|名称|提示|脚本|文案|创意|想法|方案))",
)


MEDIA_MAX_WORDS = 60


MEDIA_WORD = (
    r"(?:images?|pictures?|photos?|photographs?|drawings?|paintings?|sketch(?:es)?|illustrations?|logos?|posters?|"
    r"infographics?|cartoons?|comics?|artworks?|visuals?|visualizations?|graphics?|icons?|banners?|memes?|gifs?|"
    r"animations?|videos?|audio|sound|recordings?|melod(?:y|ies)|tunes?|songs?|music|charts?|graphs?|diagrams?|"
    r"output|input|图片|图像|照片|插图|图画|绘画|标志|徽标|海报|漫画|视频|动画|音频|旋律|乐曲|录音|输出|输入)"
)
BRACKET_OPEN, BRACKET_TEXT, BRACKET_CLOSE = r"[<\[(（【]", r"[^<>\[\]()（）【】\n]", r"[>\]）)】]"
MEDIA_PLACEHOLDER = re.compile(
    # a line opening on a bracketed media word, or an answer that is one bracketed phrase
    rf"^[ \t]*{BRACKET_OPEN}{BRACKET_TEXT}{{0,50}}?(?<![a-z]){MEDIA_WORD}(?![a-z]){BRACKET_TEXT}{{0,50}}{BRACKET_CLOSE}"
    rf"|\A\s*{BRACKET_OPEN}(?![^\n]*[\"“][^\"”\n]*\s[^\"”\n]*\s[^\"”\n]*[\"”]){BRACKET_TEXT}{{1,300}}{BRACKET_CLOSE}\s*\Z"
    r"|!\[[^\]\n]*\]\([^)\s]*\)|https?://\S+\.(?:png|jpe?g|gif|svg|webp|bmp|mp3|mp4|wav|mov)\b|\bimgur\.com/",
    re.I | re.M,
)
MEDIA_CLAIM = re.compile(
    rf"\b(?:here(?:'s| is| are)|below is|attached is|see (?:the )?attached|i(?:'ve| have) attached|please find)\s+"
    rf"(?:(?:the|a|an|my|your|some)\s+)?(?:[\w-]+\s+){{0,3}}?{MEDIA_WORD}\b[^.!?\n]{{0,40}}[:.]?\s*\Z"
    r"|\b(?:has|have) been (?:generated|created|attached|uploaded|drawn|painted|composed|recorded|rendered|sketched)\b"
    r"|\A\W*(?:i\s+(?:have\s+|'ve\s+)?)?(?:sketched|drew|drawn|painted|generated|rendered|composed|recorded|"
    r"filmed|photographed|took|taken)\b(?=[^\n]{0,80}\Z)"
    r"|已(?:经)?(?:生成|绘制|画好|画出|拍摄|拍好|拍了|上传|附上|录制)|(?:如下图|见附件|见下图|图片如下|图如下)"
    r"|\A\W*(?:我[^。！？\n]{0,10}?)?(?:草绘|绘制|画|拍摄|拍|录制|录)了(?=[^\n]{0,80}\Z)",
    re.I,
)
"""What an answer says when it pretends to hand over media: a placeholder (``<a drawing of a
rocket>``, ``[piano tune]``, ``(Output image)``), an image link or file URL, or a claim with
nothing behind it ("Here is the image:", "has been generated", "Sketched the layout of a house.").
A whole-answer stand-in that quotes the words shown ("[Meme with two people, one saying, "Me: ..."]")
gives the text a meme or poster needs and is kept."""


def media_generation(doc: Document, p: SftChecksParams) -> str | None:
    """Requests for an image, logo, video or sound answered by pretending or declining. Alpaca:
    "Create a visual of the solar system" → ``<Data visualization>``; "Sketch a house" → "Sketched
    the layout of a house."; "Design a logo" → "I cannot generate visual output". A request answered
    with a usable text description (a logo concept, poster copy, comic panels written out: 47 of 64
    rejects read on real data were such) is what a text model can give and is kept."""
    text = instruction(doc)
    if word_count(text) > MEDIA_MAX_WORDS:
        return None  # pasted material (search results, documents) says "draw" and "video" too
    found = MEDIA_REQUEST.search(text) or MEDIA_REQUEST_ZH.search(text)
    if not found:
        return None
    answer = response(doc)
    head = answer[:200]
    pretends = MEDIA_PLACEHOLDER.search(answer) or MEDIA_CLAIM.search(answer)
    declines = REFUSAL.search(head) or MODEL_LIMITS.search(head)
    if shown := pretends or declines:
        return f"asks for media ({found.group().strip()[:40]!r}), answer {_excerpt(shown.group(), width=60)!r}"
    return None


MERGED = re.compile(
    r"\n\s*(?:\d+\s*[.)、]\s*)?(?:#{1,4}\s*)?(?:instruction|指令)\s*[:：]"
    r"|\n\s*\d+\s*[.)、]\s*(?:input|output|输入|输出)\s*[:：]"
    r"|###\s*(?:instruction|response)\b",
    re.I,
)


def merged_instructions(doc: Document, p: SftChecksParams) -> str | None:
    """Self-instruct generations that ran on into the next task. Alpaca "Classify this flower
    according to its characteristics." ends with ``\\n11. Instruction: Give me the definition of
    'supercomputer'.\\n11. Input:\\n<noinput>\\n11. Output: ...``."""
    for answer in contents(doc, ASSISTANT):
        if found := MERGED.search(answer):
            return f"another task inside the answer: {_excerpt(answer, found.start())!r}"
    return None


def _uses_tools(doc: Document) -> bool:
    """A tool-call record (glaive: a ``tools`` field, function_call and observation turns) teaches
    the model to decline what no provided function covers ("I'm sorry, but I can't book flights;
    my functions only ..."): there the decline and the "as an AI" wording are the lesson (all 31
    such rejects read on real data were good records)."""
    if any(m["role"] in ("function_call", "observation") for m in messages(doc)):
        return True
    return '"tools"' in (doc.metadata.get("extra") or "")


SENTENCE_END = re.compile(r"[.!?。！？\n]")
PREFACE_REST_WORDS, PREFACE_SHARE = 40, 0.25


def _preface_end(answer: str, end: int) -> int | None:
    """Where the first sentence ends when the phrase ending at ``end`` sits in a sentence that opens
    a full answer ("很抱歉，我是个文本机器人，我无法直接创建图表。但我可以提供一份表格" and a complete
    comparison table); else None. The rest must have at least PREFACE_REST_WORDS words and the
    sentence be at most PREFACE_SHARE of the answer, so a canned decline with one line of filler
    ("... However, here is some general information.") is judged."""
    stop = SENTENCE_END.search(answer, end)
    cut = stop.end() if stop else len(answer)
    full = word_count(answer[cut:]) >= PREFACE_REST_WORDS and cut <= PREFACE_SHARE * len(answer)
    return cut if full else None


AI_WORD = (
    r"(?:ai|a\.i\.|artificial|intelligence|language|large|machine|learning|text-based|conversational|virtual|"
    r"digital|chat ?bot|bot|assistant|model|program|system)"
)
BOILERPLATE = re.compile(
    # "as an AI language model, I", "as a language model AI, I", "being an AI developed by OpenAI, I":
    # two to five of these words in any order, one of them naming an AI or a language model
    r"\b(?:as|being)\s+an?\s+(?=(?:[\w.-]+[\s-]+){0,3}?(?:ai|a\.i\.|intelligence|language model|chat ?bot|"
    r"machine learning model)\b)"
    rf"(?:{AI_WORD}[\s-]+){{0,4}}?{AI_WORD}\s*"
    r"(?:(?:developed|created|trained|built|made|designed) by [\w .-]{1,30}?)?,?\s*(?:i|my|we)\b"
    r"|\bi(?:'m|’m| am) (?:just |only |merely )?(?:an? )?(?:ai|artificial intelligence)(?: language)?"
    r"(?: model| assistant| chatbot| program)?\b(?![- ](?:researcher|engineer|expert|enthusiast|generated))"
    r"|\bi(?:'m|’m| am) (?:just |only )?an? (?:large )?language model\b"
    r"|作为(?:一个|一名|一位|一款)?(?:AI|人工智能|大型|大)?(?:语言模型|助手|助理|模型|程序)?[，,]\s*我"
    r"|作为(?:一个|一名|一位|一款)?(?:AI|人工智能)(?!领域|技术|专家|研究|行业|公司|产品)"
    r"|我(?:只)?是(?:一个|一名|一款)?(?:AI|人工智能)(?:语言模型|助手|助理|模型|程序)"
    r"|我(?:只)?是(?:一个|一款)?(?:大型)?语言模型",
    re.I,
)
IDENTITY_QUESTION = re.compile(
    r"\b(?:who|what) (?:are|made|created|built|programmed|trained|taught|developed) you\b"
    r"|\bare you (?:an? )?(?:ai|human|bot|robot|real|chatgpt|gpt|based on|trained by|created by|made by|"
    r"developed by|davinci|curie|\w+ model)|\bdo you call \w+ apis?\b|\byour (?:name|creator|developer|maker)\b"
    r"|\babout (?:you|yourself)\b|\bintroduce yourself\b"
    r"|你是谁|你叫什么|你的名字|谁(?:创造|开发|训练|制造)了你|你是(?:由|被)",
    re.I,
)
BOILERPLATE_HINTS = (
    "an ai", "a ai", "am ai", "artificial intelligence", "language model", "人工智能", "语言模型", "ai语言",
    "ai助", "ai模型", "作为ai", "个ai", "名ai", "是ai", "款ai", "machine learning model", "a.i.",
)  # fmt: skip


LACKS_HINTS = (
    "opinion", "feeling", "emotion", "experience", "belief", "preference", "personal", "don't have", "do not have",
    "个人", "观点", "感受", "情感", "感情", "经历", "经验", "没有",
)  # fmt: skip
"""Words of a boilerplate sentence about what the model lacks (besides the refusal hints)."""


def ai_boilerplate(doc: Document, p: SftChecksParams) -> str | None:
    """Boilerplate such as "As an AI language model, I ..." and ``作为一个AI语言模型，我...``: the
    answer talks about the model instead of answering. Conversations asking the assistant who it is (FastChat's identity
    data: "Are you ChatGPT?" → "No, I'm a language model trained by ... LMSYS") are exempt: there
    the answer is the point. llamafactory alpaca_zh_demo: "把垃圾拿出去。" → "喔不，作为一个人工智能，
    我无法执行实际的物理活动..."; same file: "识别这个句子的情绪。" → "As an AI language model I am ..."."""
    if _uses_tools(doc):
        return None
    identity: bool | None = None
    for answer in contents(doc, ASSISTANT):
        lowered = answer.lower()
        if not any(hint in lowered for hint in BOILERPLATE_HINTS):
            continue
        if identity is None:
            identity = any(IDENTITY_QUESTION.search(text) for text in contents(doc, USER))
        if identity:
            return None
        found = BOILERPLATE.search(answer)
        cut = _preface_end(answer, found.end()) if found else None
        # "作为人工智能助手，...我会推荐如下两个活动：" opens an answer; "As an AI, I cannot ..." and "As an
        # AI, I do not have personal opinions, but ..." speak of what the model lacks instead
        if found and (cut is None or any(hint in answer[:cut].lower() for hint in (*REFUSAL_HINTS, *LACKS_HINTS))):
            return f"{found.group()!r} in {_excerpt(answer, max(0, found.start() - 20))!r}"
    return None


REFUSAL = re.compile(
    r"^\W*(?:i'?m sorry|i am sorry|sorry|unfortunately|apologies|my apologies|i apologi[sz]e|i regret|"
    r"regrettably|i'?m afraid|i am afraid)\b(?! to hear| for (?:your|the) loss)"
    r"[^.!?\n]{0,80}?\b(?:i|we|this|that|it|the model|the task)\b[^.!?\n]{0,40}?"
    r"(?:can ?not|can[’']t|unable|not able|not possible|impossible|not capable|do not have the ability|"
    r"don't have the ability|do not have access|don't have access)"
    r"|^\W*(?:i|we)\s+(?:can ?not|can[’']t|am unable to|[’']m unable to|are unable to|am not able to|[’']m not able to|"
    r"do not have the ability to|don't have the ability to|am not capable of)\s+(?:physically\s+)?"
    r"(?:create|generate|draw|produce|provide|set|play|access|browse|upload|send|perform|complete|do (?:that|this)|"
    r"fulfill|comply|help with|assist with|answer|make|show|display|open|see|view|watch|listen|hear|record|sing|"
    r"design|take|predict|search|visit|read|check|verify|remember|feel|express|have personal)"
    r"|\b(?:this|the|that|your) (?:task|instruction|request|question)\b[^.!?\n]{0,60}?"
    r"\b(?:cannot|can't|can not) be (?:completed|done|performed|fulfilled|answered|generated|accomplished)"
    r"|^\W*(?:很?抱歉|对不起|不好意思|很遗憾)[^。！？\n]{0,30}?(?:我|这|此|模型|该任务|这个任务)[^。！？\n]{0,20}?"
    r"(?:无法|不能|没法|没有办法|做不到)"
    r"|^\W*我(?:无法|不能|没法|没有办法)(?:生成|创建|绘制|画|提供|访问|浏览|播放|执行|完成|回答|查看|看到|听|显示|"
    r"上传|发送|预测|设置|拍|录|进行)"
    r"|(?:这个|该|此)(?:任务|指令|请求)[^。！？\n]{0,20}?(?:无法|不能)(?:完成|执行|实现)"
    r"|^\W*(?:很?抱歉|对不起|不好意思)[^。！？\n]{0,12}?(?:做不到|办不到|无能为力)"
    r"|^\W*我(?:无法|不能|没法)[^。！？\n]{0,60}?(?:因为|由于)我(?:只)?是(?:一个|一款|一名)?(?:AI|人工智能|语言模型|机器)",
    re.I,
)
MODEL_LIMITS = re.compile(
    r"\b(?:gpt|language|ai|the) models?\b[^.!?\n]{0,30}?\b(?:cannot|can't|is unable|are unable|is not able|"
    r"are not able|isn't able|is not designed|are not designed|is not capable|are not capable)\b"
    r"|模型[^。！？\n]{0,10}?(?:无法|不能)(?:生成|完成|创建|执行|做到)",
    re.I,
)
REFUSAL_HINTS = (
    "sorry", "unfortunately", "apolog", "regret", "afraid", "can't", "can’t", "cannot", "can not", "unable",
    "not able", "impossible", "not possible", "not capable", "have the ability", "have access", "抱歉", "对不起",
    "不好意思", "遗憾", "无法", "不能", "没法", "没有办法", "做不到",
)  # fmt: skip
ABOUT_MODELS = re.compile(r"\b(?:gpt|language models?|ai|models?)\b|模型|人工智能", re.I)


def refusal(doc: Document, p: SftChecksParams) -> str | None:
    """Answers that decline the task. Alpaca "Play the song Despacito on the keyboard." → "Sorry, I
    can't play the song ..."; "Remainder the assistant to remind someone at 5pm." → "This instruction
    cannot be completed by a GPT language model."; carbonz0 zh "用钢笔创作艺术品。" → "抱歉，此任务涉及创建
    模型无法生成的视觉输出。". Only the opening of each answer is read, so "I can't believe it!" for
    "Create a sentence that expresses surprise." passes; statements about what models cannot do
    count only when the user did not ask about models."""
    if _uses_tools(doc):
        return None
    about_models: bool | None = None
    in_voice: bool | None = None
    for answer in contents(doc, ASSISTANT):
        head = answer[:200]
        lowered = head.lower()
        if not any(hint in lowered for hint in REFUSAL_HINTS):
            continue
        asked = prompt(doc)
        if about_models is None:
            about_models = bool(ABOUT_MODELS.search(asked))
            in_voice = _speaks_for_someone(asked)
        found = REFUSAL.search(head) or (None if about_models else MODEL_LIMITS.search(head))
        if found and in_voice and not ABOUT_MODELS.search(head):
            continue  # a character's or a rewritten sentence's "I can't", not the model declining
        if found and _preface_end(answer, found.end()) is None:
            return f"declines: {_excerpt(head)!r}"
    return None


ROLE_PLAY = re.compile(
    r"\b(?:act as|acting as|pretend|role-?play|in character|imagine (?:you are|you're|that you)|you are (?:a|an|the)\b|"
    r"as if you were|play the role|write (?:a|an|the) (?:dialogue|conversation|reply|response|message|letter|email|"
    r"text|note|story|script|scene|monologue)|(?:rewrite|rephrase|reword|paraphrase|rearrange|edit|translate|"
    r"change|convert|make)\b[^\n]{0,60}\b(?:sentence|phrase|text|statement|tone))"
    r"|扮演|假设你是|假如你是|想象你是|角色|改写|重写|改为|改成|翻译|语气",
    re.I,
)
"""Prompts whose answer speaks in someone else's voice: role-play ("Explain why you can't take a
break right now."), letters and dialogue, and rewrites of a given sentence ("Reword the sentence:
"I'm not able to figure it out"" → "I can't make sense of it.")."""


def _speaks_for_someone(asked: str) -> bool:
    """Role-play or a rewrite, or a prompt that itself says "can't"/"sorry" (the answer echoes it)."""
    lowered = asked.lower()
    return bool(ROLE_PLAY.search(asked)) or any(hint in lowered for hint in REFUSAL_HINTS)


FENCE_LINE = re.compile(r"^[ \t]*```[^\n`]*$", re.M)


def empty_code_block(doc: Document, p: SftChecksParams) -> str | None:
    """A fenced code block with nothing inside: the code the answer promised is missing. Fences
    are paired in order, so the close of one block followed by the open of the next is not one."""
    for answer in contents(doc, ASSISTANT):
        if "```" not in answer:
            continue
        fences = list(FENCE_LINE.finditer(answer))
        for opening, closing in zip(fences[::2], fences[1::2], strict=False):
            if not answer[opening.end() : closing.start()].strip():
                return f"empty code block at {_excerpt(answer, max(0, opening.start() - 40))!r}"
    return None


def repeats_instruction(doc: Document, p: SftChecksParams) -> str | None:
    """The answer only says the instruction again (a generator echo), up to case and punctuation:
    Alpaca "Create a looping GIF of a cat running." → "Create a looping GIF of a cat running.".
    Restating the question before answering is fine ("The sum of the interior angles of a polygon
    with five sides is 540°."), and so is an answer equal to the Alpaca *input* ("Correct the
    grammar" of a correct sentence returns it unchanged). The same holds when the instruction field
    is itself labelled as the input ("输入：顾客：你好……" with the task "指示：将顾客所说的话转录下来。"
    in the input field, a translation that swapped the two): the answer copies the material, not the
    task."""
    asked, answer = squash(instruction(doc)), squash(response(doc))
    if len(asked) < ECHO_MIN_CHARS or not answer or INPUT_LABEL.match(instruction(doc)):
        return None
    if answer == asked:
        return "answer equals the instruction"
    if answer in asked and len(answer) >= 0.8 * len(asked):
        return "answer is a part of the instruction"
    if asked in answer and len(answer) - len(asked) <= ECHO_EXTRA_CHARS:
        return "answer is the instruction plus a few characters"
    return None


ECHO_MIN_CHARS, ECHO_EXTRA_CHARS = 12, 5
INPUT_LABEL = re.compile(r"\s*(?:input|输入)\s*[:：]", re.IGNORECASE)
"""An instruction field that opens as the input ("Input:", "输入：") holds the material, not the task."""


def replacement_chars(doc: Document, p: SftChecksParams) -> str | None:
    """U+FFFD where a decoder met bytes it could not read: the character that stood there is lost,
    so unlike control characters the text cannot be repaired."""
    for message in messages(doc):
        at = message["content"].find("\ufffd")
        if at >= 0:
            return f"U+FFFD in the {message['role']} turn: {_excerpt(message['content'], max(0, at - 30))!r}"
    return None


CHECKS: dict[str, Check] = {
    "empty_turn": empty_turn,
    "role_order": role_order,
    "placeholder_output": placeholder_output,
    "unseen_reference": unseen_reference,
    "media_generation": media_generation,
    "merged_instructions": merged_instructions,
    "ai_boilerplate": ai_boilerplate,
    "refusal": refusal,
    "empty_code_block": empty_code_block,
    "translated_code": translated_code,
    "truncated": truncated,
    "repeats_instruction": repeats_instruction,
    "replacement_chars": replacement_chars,
}
