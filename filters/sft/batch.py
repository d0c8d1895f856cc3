"""Checks that need a model, run once per batch: token length and answer language.

They fill the ``token_count`` and ``language`` columns of every record they see, so the columns
cost nothing extra for kept records.
"""

from __future__ import annotations

import re

from datatrove.data import Document

from corpusmill.filters.language import detect_languages
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import instruction, prompt, response
from corpusmill.filters.sft.text import CJK_RUN, LETTERS, URL, count, letters, strip_code
from corpusmill.text.tokenizer import CountFn

LID_CHARS = 300
TRANSLATION = re.compile(
    r"translat|\blanguages?\b|翻译|译成|译为|译文|语言|用(?:英|中|日|法|德)文|用(?:英|汉|日|法|德|韩)语", re.I
)
SCRIPTS = {
    "zh": "Hani", "ja": "Jpan", "ko": "Hang", "ru": "Cyrl", "uk": "Cyrl", "bg": "Cyrl", "sr": "Cyrl", "mk": "Cyrl",
    "be": "Cyrl", "kk": "Cyrl", "ky": "Cyrl", "mn": "Cyrl", "tg": "Cyrl", "ar": "Arab", "fa": "Arab", "ur": "Arab",
    "ps": "Arab", "he": "Hebr", "yi": "Hebr", "el": "Grek", "hi": "Deva", "mr": "Deva", "ne": "Deva", "bn": "Beng",
    "ta": "Taml", "te": "Telu", "kn": "Knda", "ml": "Mlym", "gu": "Gujr", "pa": "Guru", "th": "Thai", "lo": "Laoo",
    "km": "Khmr", "my": "Mymr", "ka": "Geor", "hy": "Armn", "am": "Ethi", "si": "Sinh", "bo": "Tibt",
}  # fmt: skip
"""Writing system of non-Latin languages; every other code is Latin script."""
CJK_SCRIPTS = frozenset({"Hani", "Jpan", "Hang"})
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
FOREIGN_LETTERS = 4
"""A prompt with this many letters in the answer's script may be asking about that text."""
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "英语", "英文", "英語", "영어"),
    "zh": ("chinese", "mandarin", "cantonese", "中文", "汉语", "普通话", "粤语"),
    "fr": ("french", "法语", "法文"),
    "es": ("spanish", "西班牙"),
    "de": ("german", "德语", "德文"),
    "it": ("italian", "意大利语"),
    "pt": ("portuguese", "葡萄牙语"),
    "ru": ("russian", "俄语"),
    "ja": ("japanese", "日语", "日文"),
    "ko": ("korean", "韩语", "韩文"),
    "ar": ("arabic", "阿拉伯语"),
    "hi": ("hindi", "印地语"),
    "la": ("latin", "拉丁"),
    "nl": ("dutch", "荷兰语"),
}


def count_record_tokens(docs: list[Document], counter: CountFn) -> list[int]:
    """Sum over all messages of each record, counted in one call to the tokenizer."""
    texts = [m["content"] for doc in docs for m in doc.metadata["messages"]]
    counts = counter(texts)
    totals, at = [], 0
    for doc in docs:
        n = len(doc.metadata["messages"])
        totals.append(sum(counts[at : at + n]))
        at += n
    return totals


def too_long(docs: list[Document], p: SftChecksParams, counter: CountFn) -> list[str | None]:
    """Records over ``max_tokens``: a trainer would cut them, leaving an answer without its end. The
    OpenAI cookbook toy file's "Eat a banana!" × 2000 answer is one. Fills ``token_count``."""
    verdicts: list[str | None] = []
    for doc, total in zip(docs, count_record_tokens(docs, counter), strict=True):
        doc.metadata["token_count"] = total
        verdicts.append(f"{total} tokens > {p.max_tokens}" if total > p.max_tokens else None)
    return verdicts


CODE_LINE = re.compile(
    r"^(?:\s{2,}\S|\s*(?:def|class|import|from \S+ import|return|for|if|while|print|const|let|var|function|"
    r"public|private|#include|select|insert|update|delete|create table|SELECT|INSERT|UPDATE|DELETE|CREATE TABLE|"
    r"(?i:select|insert|update|delete|create table)(?= [A-Z*(]))\b|\s*[}\])(]|\s*(?:#|//))"
    r"|[;{}]\s*$|<=|>=|==|!=|&&|\|\||\w\.\w+\("
)
"""A line that reads as code. Keywords count in code's own case: ``for``, ``if``, ``return`` (a line
of prose that opens "For example, …", "If you …" or "Let me know …" is prose), and SQL's verbs in
lower or upper case, or followed by an upper-case word or ``*`` ("Select Name, Age FROM", not
"Select the option …")."""


def _lid_text(text: str) -> str:
    """What a language identifier should read: no code (fenced, or lines that look like code), no
    URLs, and only the first ``LID_CHARS`` characters."""
    prose = URL.sub(" ", strip_code(text[: 3 * LID_CHARS]))
    if any(c in prose for c in ";{}()=<>|&*#") or "  " in prose:
        lines = [line for line in prose.splitlines() if line.strip()]
        kept = [line for line in lines if not CODE_LINE.search(line)]
        prose = "\n".join(kept) if 2 * len(kept) > len(lines) else ""  # mostly code: nothing to read
    return prose[:LID_CHARS].strip()


def _dominant_script(text: str) -> str:
    """``Hani`` (any CJK), ``Latn`` or ``Other``: whichever has most letters in ``text``."""
    cjk, latin = count(CJK_RUN, text), count(LATIN, text)
    other = count(LETTERS, text) - cjk - latin
    return max((cjk, "Hani"), (latin, "Latn"), (other, "Other"))[1]


def _script_letters(text: str, code: str) -> int:
    """Letters of ``text`` in the script of language ``code`` (or of a script name)."""
    script = SCRIPTS.get(code, code if code in ("Hani", "Other") else "Latn")
    if script in CJK_SCRIPTS:
        return count(CJK_RUN, text)
    if script == "Latn":
        return count(LATIN, text)
    return count(LETTERS, text) - count(LATIN, text) - count(CJK_RUN, text)


def _names_language(asked: str, code: str) -> bool:
    lowered = asked.lower()
    return any(name in lowered for name in LANGUAGE_NAMES.get(code, ()))


def _identify(texts: list[str], p: SftChecksParams, min_score: float) -> list[tuple[str, float] | None]:
    """Language and score of each text with enough letters, when sure enough. A detection is
    trusted only when most letters are in its language's script (a list of quoted Chinese words
    came back as "fi" 1.00)."""
    judged = [i for i, text in enumerate(texts) if letters(text) >= p.language_min_letters]
    found: list[tuple[str, float] | None] = [None] * len(texts)
    for i, (code, score) in zip(judged, detect_languages([texts[i] for i in judged]), strict=True):
        if score >= min_score and 2 * _script_letters(texts[i], code) >= count(LETTERS, texts[i]):
            found[i] = (code, score)
    return found


LATIN_WORDS_MIN, HAN_MIN = 3, 4
PROSE_WORD = re.compile(r"(?<![\w@#./\\-])[A-Za-z][a-z]+(?:'[a-z]+)?(?![\w@#/\\-]|\.\w)")
"""A free-standing Latin-script word: not part of a URL, password, formula or identifier."""
SHARED_WORDS_MAX = 0.5
"""At most this share of the prompt's Latin-script words may recur in an answer about other things."""


def _unrelated_latin(asked: str, answer: str) -> bool:
    """A Chinese prompt naming a few Latin-script terms ("比较和对比 IPv4 和 IPv6。") answered in
    English prose that repeats at most half of them: the terms are not what the answer is about.
    A prompt quoting the English to use ("写一个包含“do away with”短语的句子。") shares its words."""
    asked_han = count(CJK_RUN, asked)
    if asked_han < HAN_MIN or asked_han < count(LATIN, asked) or count(CJK_RUN, answer):
        return False
    words = [w.lower() for w in PROSE_WORD.findall(answer)]
    if len(words) < LATIN_WORDS_MIN:
        return False
    given = {w.lower() for w in LATIN.findall(asked)}
    return sum(w in set(words) for w in given) <= SHARED_WORDS_MAX * len(given)


FUNCTION_WORDS = frozenset({
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "of", "to", "in", "and", "or", "for", "with", "that",
    "this", "it", "on", "as", "by", "at", "from", "i", "you", "we", "he", "she", "they", "can", "will", "would",
    "have", "has", "not", "there", "which", "who", "what", "how", "if", "but", "so", "its", "their", "your",
    "le", "la", "les", "de", "des", "et", "est", "el", "los", "las", "y", "es", "der", "die", "das", "und", "ist",
})  # fmt: skip
LATIN_PROSE_SHARE = 0.15


def _latin_prose(text: str) -> bool:
    """Sentences, not names: at least two different function words ("the", "is", "of", ...) making up
    a sixth of the words, or mostly lower-case words ("Torrential downpour and more."). Lists of
    company or character names ("QuadraSoft Technologies、EchoCoder Systems") or an address ("Rao's,
    455 East 114th Street, New York, NY 10029") is the right answer to a Chinese request in Latin
    letters, not an answer in another language."""
    words = PROSE_WORD.findall(text)
    found = [w for w in map(str.lower, words) if w in FUNCTION_WORDS]
    if len(set(found)) >= 2 and len(found) >= LATIN_PROSE_SHARE * len(words):
        return True
    return len(words) >= LATIN_WORDS_MIN and 2 * sum(w.islower() for w in words) > len(words)


def _chinese_latin_swap(question: str, answer: str) -> str | None:
    """Chinese asked, Latin-script prose answered, or the reverse, told by the scripts alone: the
    language identifier is unsure of short texts ("What is the percent of water on Earth?" scores
    0.63 English), but a Chinese question has Chinese characters and an English answer none. The
    caller has ruled out translation requests and prompts holding text in the answer's script."""
    asked_han, answered_han = count(CJK_RUN, question), count(CJK_RUN, answer)
    asked_latin, answered_latin = LATIN.findall(question), PROSE_WORD.findall(answer)
    chinese_question = asked_han >= HAN_MIN and 2 * asked_han >= count(LETTERS, question)
    if chinese_question and answered_han == 0 and len(answered_latin) >= LATIN_WORDS_MIN and _latin_prose(answer):
        return f"instruction Chinese, answer in Latin script ({len(answered_latin)} words)"
    latin_question = asked_han == 0 and len(asked_latin) >= LATIN_WORDS_MIN
    if latin_question and answered_han >= HAN_MIN and 2 * answered_han >= count(LETTERS, answer):
        return f"instruction in Latin script, answer Chinese ({answered_han} characters)"
    return None


def language_mismatch(docs: list[Document], p: SftChecksParams) -> list[str | None]:
    """An answer in another language than the question: hikariming's half-finished translation of
    Alpaca keeps English outputs under Chinese instructions ("确定《蝇王》这本书的主题。" → "The main
    themes in Lord of the Flies include ..."), and so does llamafactory's alpaca_zh_demo ("安排明天上午
    10点的会议。" → "Certainly, I will schedule a meeting ..."). Translation requests, prompts that
    name the answer's language, and prompts holding text in the answer's script ("写一个包含“do away
    with”短语的句子。" → an English sentence) are not judged;
    nor are texts with too few letters or too uncertain to tell (code, URLs and digits are ignored).
    Only languages in different scripts are compared (zh vs en, ru vs en): between two Latin-script
    languages, fastText on a short answer (a list of names, a title) is wrong far more often than
    data sets are (all 6 such hits in Alpaca were lists like "Owl (land), Leopard (land)").

    When fastText is unsure (short texts), the scripts alone decide between Chinese and Latin
    script (``_chinese_latin_swap``); a Chinese prompt that only names Latin-script terms the answer
    does not repeat (``_unrelated_latin``) does not excuse an English answer.

    Only records whose answer is mostly written in a script their prompt (almost) lacks are sent to
    the language identifier twice, so the check costs little on single-language data.

    Fills ``language``: the instruction's language when it is clear (fastText is more often wrong
    on a short answer: "Owl (land), Leopard (land), Whale (water)" reads as ``ceb``), else that of
    instruction and answer together, else the answer's; else ``und``."""
    asked = [instruction(doc) for doc in docs]
    answers = [_lid_text(response(doc)) for doc in docs]
    questions = [_lid_text(a) for a in asked]
    languages = _identify(questions, p, p.language_min_score)
    together = [a + "\n" + b for a, b in zip(questions, answers, strict=True)]
    for texts in (together, answers):  # a short or unclear instruction: with the answer, then the answer
        unknown = [i for i, found in enumerate(languages) if found is None]
        for i, found in zip(
            unknown, _identify([texts[i] for i in unknown], p, p.language_label_min_score), strict=True
        ):
            languages[i] = found
    for doc, found in zip(docs, languages, strict=True):
        doc.metadata["language"] = found[0] if found else "und"
    suspects = [
        i
        for i, answer in enumerate(answers)
        if _script_letters(strip_code(prompt(docs[i])), _dominant_script(answer)) < FOREIGN_LETTERS
        or _unrelated_latin(strip_code(prompt(docs[i])), answer)
    ]
    found = _identify([questions[i] for i in suspects] + [answers[i] for i in suspects], p, p.language_min_score)
    verdicts: list[str | None] = [None] * len(docs)
    for i, question, answer in zip(suspects, found[: len(suspects)], found[len(suspects) :], strict=True):
        if TRANSLATION.search(asked[i]) or any(_names_language(asked[i], code) for code in LANGUAGE_NAMES):
            continue
        if answer is None or question is None:
            verdicts[i] = _chinese_latin_swap(questions[i], answers[i])  # too short or unsure for fastText
            continue
        if SCRIPTS.get(answer[0], "Latn") == SCRIPTS.get(question[0], "Latn"):
            continue
        if SCRIPTS.get(answer[0], "Latn") == "Latn" and not _latin_prose(answers[i]):
            continue  # names, an address, a cipher: Latin letters, not another language
        verdicts[i] = f"instruction {question[0]} ({question[1]:.2f}), answer {answer[0]} ({answer[1]:.2f})"
    return verdicts
