"""PII redaction and unsafe-page removal, scored on sets built from the real text in ../shared/data.

PII: real English and Chinese sentences (``langid/en.txt``, ``langid/zh.txt``, Chinese SFT
answers) get one PII value inserted at a random position, glued to the neighbouring characters or
set off by spaces, with or without a label (``电话：``, ``Email:``); values come in many formats
(e-mails, Chinese mobiles and landlines, 400/800 numbers, international numbers in the national
grouping of 15 countries, North American numbers, resident IDs and cards with valid check digits,
public IPv4/IPv6, eleven kinds of credentials, QQ numbers and WeChat ids after their labels).
A value counts as redacted when it no longer occurs in the output. Look-alikes: real sentences
that hold numbers but no PII (selected from the same files: dates, counts, prices, versions) and
real sentences with an inserted look-alike (dates, versions, ISBNs with valid check digits,
prices, coordinates, large counts, Chinese document numbers, order and tracking numbers, times,
standards, ICP numbers, private and documentation IP addresses); a sentence counts as untouched
when the output equals the input.

Safety: pages labelled unsafe (on a blocklisted domain; Chinese lottery, gambling and adult pages
from the Common Crawl excerpts; composed English and Chinese spam pages: spam sentences mixed with
real sentences, as SEO spam does, on domains no list holds) or safe (real C4, Dolma, Wikipedia
and Chinese pages with their URLs; real text on look-alike domains such as essex.ac.uk or
clitheroe.gov.uk; composed hard negatives: sex and health education, adult education, gender
equality, gambling regulation and research, medical text, English and Chinese). Both stages run
with their defaults (``url_filter: {}``, ``safety: {}``); datatrove's ``URLFilter`` (URLs only)
runs on the same pages for comparison.

    .venv/bin/python benchmarks/safety.py            # both parts
    .venv/bin/python benchmarks/safety.py --part pii
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import string
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from datatrove.data import Document
from safety_pages import HARD_NEGATIVES, LOOKALIKE_HOSTS, SPAM

from corpusmill.filters.pii import ID_CHECK, ID_WEIGHTS, luhn, redact

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"  # --data overrides
SAMPLES = Path(__file__).resolve().parents[1] / "pipeline" / "samples"
Rng = random.Random


def lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def digits(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum(rng: Rng, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- PII values, many formats
def email(rng: Rng) -> str:
    user = rng.choice(["wang.fang", "li_lei", "zhang.san88", "j.smith", "maria-lopez", "chen2019", "k.tanaka", "info"])
    host = rng.choice(["example.cn", "mail.example.com.cn", "example.co.uk", "sina.com", "qq.com", "163.com"])
    return f"{user}{rng.randint(1, 999) if rng.random() < 0.4 else ''}@{host}"


def cn_mobile(rng: Rng) -> str:
    number = rng.choice("3456789") + digits(rng, 9)
    number = "1" + number
    style = rng.randrange(5)
    return [
        number,
        f"{number[:3]} {number[3:7]} {number[7:]}",
        f"{number[:3]}-{number[3:7]}-{number[7:]}",
        f"+86 {number}",
        f"+86-{number[:3]}-{number[3:7]}-{number[7:]}",
    ][style]


def cn_landline(rng: Rng) -> str:
    area = rng.choice(["010", "021", "020", "0571", "0755", "028", "0512"])
    local = rng.choice("2345678") + digits(rng, 7 if len(area) == 3 else rng.choice((6, 7)))
    cut = len(local) - 4
    return rng.choice(
        [f"{area}-{local}", f"({area}){local}", f"{area} {local[:cut]} {local[cut:]}", f"+86 {area[1:]} {local}"]
    )


def cn_service(rng: Rng) -> str:
    prefix = rng.choice(["400", "800"])
    rest = digits(rng, 7)
    return rng.choice(
        [
            f"{prefix}-{rest[:3]}-{rest[3:]}",
            f"{prefix}{rest}",
            f"{prefix} {rest[:3]} {rest[3:]}",
            f"{prefix}{rest[0]}-{rest[1:4]}-{rest[4:]}",
        ]
    )


def international(rng: Rng) -> str:
    d = lambda n: digits(rng, n)  # noqa: E731
    return rng.choice(
        [
            f"+44 20 {d(4)} {d(4)}",
            f"+44 7{d(3)} {d(6)}",
            f"+33 {rng.randint(1, 9)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+49 30 {d(8)}",
            f"+49 151 {d(4)} {d(4)}",
            f"+81 3-{d(4)}-{d(4)}",
            f"+81 90-{d(4)}-{d(4)}",
            f"+91 9{d(4)} {d(5)}",
            f"+7 495 {d(3)}-{d(2)}-{d(2)}",
            f"+61 2 {d(4)} {d(4)}",
            f"+55 11 9{d(4)}-{d(4)}",
            f"+852 {d(4)} {d(4)}",
            f"+886 2 {d(4)} {d(4)}",
            f"+65 {d(4)} {d(4)}",
            f"+82 10-{d(4)}-{d(4)}",
            f"+39 06 {d(4)} {d(4)}",
            f"+34 {d(3)} {d(3)} {d(3)}",
            f"+31 20 {d(3)} {d(4)}",
            f"0049 30 {d(7)}",
            f"+1 {rng.randint(2, 9)}{d(2)} {rng.randint(2, 9)}{d(2)} {d(4)}",
        ]
    )


def north_american(rng: Rng) -> str:
    a, b, c = f"{rng.randint(2, 9)}{digits(rng, 2)}", f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}"])


def id_number(rng: Rng) -> str:
    first17 = rng.choice(["110105", "310104", "440305", "510107"]) + str(rng.randint(1950, 2005))
    first17 += f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(rng, 3)
    return first17 + ID_CHECK[sum(int(x) * w for x, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def card(rng: Rng) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("62", 19), ("62", 16), ("37", 15)])
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = next(body + x for x in string.digits if luhn(body + x))
    if length == 16 and rng.random() < 0.5:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def public_ip(rng: Rng) -> str:
    if rng.random() < 0.2:
        return f"2606:4700:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    first = rng.choice([8, 23, 45, 52, 61, 104, 114, 151, 185, 220])  # public blocks (172.16/12 is private)
    return ".".join(str(x) for x in (first, rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254)))


def api_key(rng: Rng) -> str:
    mixed = string.ascii_letters + string.digits
    return rng.choice(
        [
            "AKIA" + alnum(rng, 16, string.ascii_uppercase + string.digits),
            "ghp_" + alnum(rng, 36, mixed),
            "gho_" + alnum(rng, 36, mixed),
            "github_pat_" + alnum(rng, 22, mixed) + "_" + alnum(rng, 59, mixed),
            "glpat-" + alnum(rng, 20, mixed),
            f"xoxb-{digits(rng, 12)}-{digits(rng, 12)}-{alnum(rng, 24, mixed)}",
            f"xoxp-{digits(rng, 11)}-{alnum(rng, 16, mixed)}",
            "sk-proj-" + alnum(rng, 48, mixed),
            "sk-" + alnum(rng, 48, mixed),
            "AIza" + alnum(rng, 35, mixed),
            "hf_" + alnum(rng, 34, mixed),
        ]
    )


def qq(rng: Rng) -> tuple[str, str]:
    return rng.choice(["QQ：", "QQ号：", "qq ", "QQ群：", "QQ: "]), str(rng.randint(1, 9)) + digits(
        rng, rng.randint(4, 10)
    )


def wechat(rng: Rng) -> tuple[str, str]:
    name = rng.choice(["wangfang", "lily_chen", "zhangsan", "mike", "xiaomei", "tony_lee"])
    value = name + (str(rng.randint(1, 9999)) if rng.random() < 0.7 or "_" not in name else "")
    return rng.choice(["微信：", "微信号：", "vx：", "加微信 ", "WeChat: ", "WeChat ID: "]), value


GENERATORS: dict[str, Callable[[Rng], str]] = {
    "email": email,
    "cn_mobile": cn_mobile,
    "cn_landline": cn_landline,
    "cn_400_800": cn_service,
    "international": international,
    "north_american": north_american,
    "id_number": id_number,
    "card": card,
    "public_ip": public_ip,
    "api_key": api_key,
}
LABELS = {
    "en": {
        "email": ["Email: ", "contact ", "write to "],
        "phone": ["Tel: ", "call ", "Phone: "],
        "ip": ["IP ", "server "],
    },
    "zh": {
        "email": ["邮箱：", "请发邮件到", "联系"],
        "phone": ["电话：", "致电", "联系电话", "手机"],
        "ip": ["IP地址", "服务器"],
    },
}
LABEL_GROUP = {"email": "email", "public_ip": "ip", "id_number": None, "card": None, "api_key": None}
"""Which labels may precede a value (phone labels for every phone format)."""


def insert(rng: Rng, sentence: str, value: str, language: str) -> str:
    """``value`` at a random place in ``sentence``: glued to its neighbours or between spaces."""
    if language == "en":
        spaces = [m.start() for m in re.finditer(" ", sentence)] or [len(sentence)]
        at = rng.choice([0, len(sentence), *spaces])
        return (sentence[:at] + " " + value + " " + sentence[at:]).strip()
    # not between ASCII letters or digits: "Ven+86 755 88293084ice" or "1电话：19958304901 2月" is
    # ambiguous to any reader; everywhere else (CJK characters, punctuation) the value is glued on
    ok = [i for i in range(len(sentence) + 1) if not re.match(r"[A-Za-z0-9]", sentence[i - 1 : i] or " ")]
    ok = [i for i in ok if not re.match(r"[A-Za-z0-9]", sentence[i : i + 1] or " ")]
    at = rng.choice(ok or [len(sentence)])
    pad = " " if rng.random() < 0.3 else ""
    return sentence[:at] + pad + value + pad + sentence[at:]


def pii_positives(rng: Rng, sentences: dict[str, list[str]], per_kind: int) -> list[tuple[str, str, str, str]]:
    """(language, kind, text, value) with one value inserted in a real sentence."""
    rows = []
    for language, pool in sentences.items():
        for kind, make in [*GENERATORS.items(), ("qq", qq), ("wechat", wechat)]:
            for _ in range(per_kind):
                made = make(rng)
                if isinstance(made, tuple):
                    label, value = made
                else:
                    group = LABEL_GROUP.get(kind, "phone")
                    label, value = rng.choice((LABELS[language][group] if group else []) + [""]), made
                rows.append((language, kind, insert(rng, rng.choice(pool), label + value, language), value))
    return rows


def isbn13(rng: Rng) -> str:
    body = "978" + rng.choice(["7", "0", "3"]) + digits(rng, 8)
    check = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:]}-{check}"


LOOKALIKES: list[Callable[[Rng], str]] = [
    lambda r: f"{r.randint(1990, 2030)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    lambda r: f"{r.randint(1990, 2030)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
    lambda r: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1990, 2030)}",
    lambda r: f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
    lambda r: f"version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(0, 99)}",
    lambda r: f"ISBN {isbn13(r)}",
    lambda r: f"￥{r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(0, 99):02d}",
    lambda r: f"${r.randint(1, 9999)}.{r.randint(0, 99):02d}",
    lambda r: f"{r.uniform(-90, 90):.4f}, {r.uniform(-180, 180):.4f}",
    lambda r: f"{r.randint(1, 999)},{r.randint(100, 999)},{r.randint(100, 999)},{r.randint(100, 999)}",
    lambda r: f"{r.randint(1, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    lambda r: (
        f"{r.choice(['国发', '国办发', '京政办发', '粤府', '沪府发'])}〔{r.randint(2000, 2024)}〕{r.randint(1, 99)}号"
    ),
    lambda r: f"订单号{r.choice(['：', ' '])}{r.randint(2019, 2024)}{digits(r, 12)}",
    lambda r: f"Order #{r.randint(10**9, 10**10)}",
    lambda r: f"tracking 1Z{digits(r, 3)}AA{digits(r, 10)}",
    lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
    lambda r: f"GB/T {r.randint(1000, 40000)}-{r.randint(1990, 2024)}",
    lambda r: f"{r.choice(['京', '沪', '粤', '浙'])}ICP备{digits(r, 8)}号",
    lambda r: f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
    lambda r: f"{r.choice(['10', '127'])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    lambda r: f"203.0.113.{r.randint(1, 254)}",
    lambda r: f"{r.randint(1, 100)}.{r.randint(0, 9)}%",
    lambda r: f"第{r.randint(1, 2000)}页至第{r.randint(2001, 4000)}页",
    lambda r: f"邮编{r.randint(100000, 999999)}",
]
NUMBERS = re.compile(r"\d{3,}|\d+[.,:]\d+")
CONTACT = re.compile(
    r"@|https?://|www\.|\d{3}[-. ]\d{3}[-. ]\d{4}|\d{7,}|"
    r"(?<![a-z])(?:call|tel|phone|fax|ip|address|contact|qq|wechat)(?![a-z])|电话|联系|邮箱|手机|微信|地址",
    re.I,
)
"""Sentences that may hold real contact data (the Wortschatz sentences do) are no look-alike hosts."""


def clean(sentences: list[str]) -> list[str]:
    return [s for s in sentences if not CONTACT.search(s)]


def score_pii(rng: Rng, per_kind: int) -> None:
    en = lines(DATA / "langid/en.txt")
    zh = lines(DATA / "langid/zh.txt")
    with open(DATA / "sft/zh/llamafactory_alpaca_zh_demo.json", encoding="utf-8") as f:
        zh += [s for r in json.load(f) for s in re.split(r"(?<=[。！？])", r["output"]) if 10 <= len(s) <= 120]
    sentences = {"en": en, "zh": zh}
    positives = pii_positives(rng, sentences, per_kind)
    started = time.process_time()
    found: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for language, kind, text, value in positives:
        gone = value not in redact(text)[0]
        found[language, kind][0] += gone
        found[language, kind][1] += 1
        if not gone:
            missed.append((kind, text))
    lookalike_rows = []
    for language, pool in sentences.items():
        pool = clean(pool)
        real = [s for s in pool if NUMBERS.search(s)]
        lookalike_rows += [(language, "real", s) for s in rng.sample(real, min(len(real), 300))]
        for _ in range(300):
            value = rng.choice(LOOKALIKES)(rng)
            lookalike_rows.append((language, "inserted", insert(rng, rng.choice(pool), value, language)))
    touched: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    changed = []
    for language, origin, text in lookalike_rows:
        out = redact(text)[0]
        touched[language, origin][0] += out == text
        touched[language, origin][1] += 1
        if out != text:
            changed.append((text, out))
    cpu = time.process_time() - started

    print(f"\nPII: {len(positives)} inserted values, {len(lookalike_rows)} look-alike sentences ({cpu:.1f} s CPU)")
    print(f"{'kind':16} {'en':>12} {'zh':>12}")
    for kind in [*GENERATORS, "qq", "wechat"]:
        cells = [f"{found[lang, kind][0]}/{found[lang, kind][1]}" for lang in ("en", "zh")]
        print(f"{kind:16} {cells[0]:>12} {cells[1]:>12}")
    for language in ("en", "zh"):
        hit = sum(v[0] for (lang, _), v in found.items() if lang == language)
        total = sum(v[1] for (lang, _), v in found.items() if lang == language)
        ok = sum(v[0] for (lang, _), v in touched.items() if lang == language)
        n = sum(v[1] for (lang, _), v in touched.items() if lang == language)
        real_ok, real_n = touched[language, "real"]
        ins_ok, ins_n = touched[language, "inserted"]
        print(
            f"{language}: PII values redacted {hit / total:.3f} ({hit}/{total}); look-alike sentences untouched "
            f"{ok / n:.3f} ({ok}/{n}: real {real_ok}/{real_n}, inserted {ins_ok}/{ins_n})"
        )
    for kind, text in missed[:8]:
        print(f"  missed {kind}: {text[:110]}")
    for text, out in changed[:8]:
        print(f"  changed: {text[:90]} -> {out[:90]}")


# ---------------------------------------------------------------- safety: pages
def page(rng: Rng, spam: list[str], filler: list[str], spam_share: float) -> str:
    """Sentences of ``spam`` mixed with real ``filler`` sentences, in paragraphs."""
    n = rng.randint(8, 16)
    chosen = [rng.choice(spam) if rng.random() < spam_share else rng.choice(filler) for _ in range(n)]
    joiner = " " if rng.random() < 0.5 else ""
    return "\n\n".join(joiner.join(chosen[i : i + 3]) for i in range(0, n, 3))


def random_host(rng: Rng) -> str:
    return f"www.{alnum(rng, rng.randint(5, 10), string.ascii_lowercase)}.{rng.choice(['com', 'net', 'cn', 'org'])}"


def jsonl(path: Path, field: str = "text") -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def warc_pages() -> list[tuple[str, str]]:
    """(url, extracted text) of the HTML responses in the Common Crawl excerpts."""
    from warcio.archiveiterator import ArchiveIterator

    from corpusmill.filters.extract import HTML, Extract

    extract = Extract()
    pages = []
    with open(DATA / "web/warc/resiliparse/warcfile.warc.gz", "rb") as f:
        for record in ArchiveIterator(f):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            charset = "gbk" if b"charset=gb" in body[:4000].lower() else "utf-8"
            doc = Document(text=body.decode(charset, "replace"), id=url, metadata={"url": url, HTML: True})
            if extract.process(doc) is None and len(doc.text) > 100:
                pages.append((url, doc.text))
    return pages


WARC_UNSAFE = {  # read by hand: Mark Six lottery forums, a gambling "plan" ad, an adult novel page
    "041696.com": "gambling",
    "044545.com": "gambling",
    "0755krk.com": "gambling",
    "0513mt.com": "adult",
}


def safety_set(rng: Rng, n: int) -> list[tuple[str, str, str, str | None, bool]]:
    """(kind, language, text, url, unsafe) rows."""
    en = clean(lines(DATA / "langid/en.txt"))
    zh = clean(lines(DATA / "langid/zh.txt"))
    rows: list[tuple[str, str, str, str | None, bool]] = []
    ut1_domains = ut1_sample(rng, n)
    for domain in ut1_domains:
        language = rng.choice(["en", "zh"])
        text = page(rng, [], en if language == "en" else zh, 0.0)
        sub = rng.choice(["", "www.", "m.", "cdn."])
        rows.append(("blocklisted domain", language, text, f"https://{sub}{domain}/{alnum(rng, 6).lower()}.html", True))
    for url, text in warc_pages():
        host = url.split("/")[2]
        unsafe = host in WARC_UNSAFE
        lang = "zh" if re.search("[\u4e00-\u9fff]", text) else "en"
        rows.append(("Common Crawl spam" if unsafe else "Common Crawl plain", lang, text, url, unsafe))
    for (language, kind), spam in SPAM.items():
        filler = en if language == "en" else zh
        for _ in range(n):
            url = f"https://{random_host(rng)}/{alnum(rng, 8).lower()}" if rng.random() < 0.7 else None
            rows.append((f"{kind} spam", language, page(rng, spam, filler, rng.uniform(0.4, 0.9)), url, True))
    for (language, kind), sentences in HARD_NEGATIVES.items():
        filler = en if language == "en" else zh
        for _ in range(n // 2):
            url = f"https://{random_host(rng)}/{kind.replace(' ', '-')}" if rng.random() < 0.7 else None
            rows.append((f"hard negative: {kind}", language, page(rng, sentences, filler, 0.8), url, False))
    for host in LOOKALIKE_HOSTS:
        for _ in range(2):
            rows.append(
                ("look-alike domain", "en", page(rng, [], en, 0.0), f"https://{host}/news/{rng.randint(1, 999)}", False)
            )
    plain = [(r["text"], r.get("url")) for r in jsonl(SAMPLES / "c4-demo.jsonl.gz")]
    plain += [
        (r["text"], r["metadata"]["url"])
        for r in jsonl(DATA / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz")
    ]
    plain += [(t, None) for t in lines(DATA / "web/text/llamafactory_wiki_demo.txt")]
    for text, url in plain:
        rows.append(("plain page", "en", text, url, False))
    with open(DATA / "sft/zh/llamafactory_alpaca_zh_demo.json", encoding="utf-8") as f:
        answers = [r["output"] for r in json.load(f) if len(r["output"]) >= 200]
    for text in answers:
        rows.append(("plain page", "zh", text, None, False))
    for i in range(0, len(zh) - 10, 10):
        rows.append(("plain page", "zh", "".join(zh[i : i + 10]), None, False))
    return rows


def ut1_sample(rng: Rng, n: int) -> list[str]:
    """``n`` domains drawn from the UT1 list in datatrove's wheel."""
    import tarfile

    from corpusmill.blocklists import UT1_ARCHIVE, datatrove_assets

    with tarfile.open(datatrove_assets() / UT1_ARCHIVE, "r:gz") as tar:
        member = next(m for m in tar if m.name.endswith("domains"))
        domains = tar.extractfile(member).read().decode().split()
    return rng.sample(domains, n)


def datatrove_url_filter():
    """datatrove's URLFilter with an offline suffix list (its default TLDExtract downloads one)."""
    from datatrove.pipeline.filters import URLFilter
    from tldextract import TLDExtract

    step = URLFilter()
    step.tldextractor = TLDExtract(suffix_list_urls=())
    return step


def score_safety(rng: Rng, n: int) -> None:
    from corpusmill.filters.safety import Safety
    from corpusmill.filters.url_filter import UrlFilter

    rows = safety_set(rng, n)
    url_filter, safety = UrlFilter(), Safety()
    started = time.process_time()
    url_filter.lists  # noqa: B018  (load the lists before timing the records)
    loaded = time.process_time() - started
    started = time.process_time()
    verdicts = []
    for i, (_, _, text, url, _) in enumerate(rows):
        doc = Document(text=text, id=str(i), metadata={"url": url})
        verdict = url_filter.process(doc) or safety.process(doc)
        verdicts.append(verdict)
    cpu = time.process_time() - started
    theirs = datatrove_url_filter()
    their_verdicts = []
    for i, (_, _, text, url, _) in enumerate(rows):
        removed = bool(url) and theirs.filter(Document(text=text, id=str(i), metadata={"url": url})) is not True
        their_verdicts.append(removed)

    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for (kind, language, *_), verdict, their in zip(rows, verdicts, their_verdicts, strict=True):
        cell = table[kind, language]
        cell[0] += verdict is not None
        cell[1] += their
        cell[2] += 1
    print(f"\nSafety: {len(rows)} pages; lists loaded in {loaded:.2f} s CPU, {len(rows) / cpu:,.0f} pages/s after")
    print(f"{'kind':34} {'lang':4} {'pages':>5} {'corpusmill removed':>19} {'datatrove URLFilter':>20}")
    for (kind, language), (ours, their, total) in sorted(table.items()):
        print(f"{kind:34} {language:4} {total:5} {ours / total:19.3f} {their / total:20.3f}")
    for label, unsafe in (("unsafe pages removed", True), ("safe pages removed", False)):
        picked = [(v, t) for row, v, t in zip(rows, verdicts, their_verdicts, strict=True) if row[4] == unsafe]
        ours = sum(v is not None for v, _ in picked) / len(picked)
        their = sum(t for _, t in picked) / len(picked)
        print(f"{label}: corpusmill {ours:.3f}, datatrove URLFilter {their:.3f} ({len(picked)} pages)")
    reasons = Counter(v.reason for v in verdicts if v is not None)
    print("reasons:", dict(reasons.most_common()))
    for row, verdict in zip(rows, verdicts, strict=True):
        if (verdict is not None) != row[4]:
            print(f"  wrong: {row[0]} {row[1]} {row[3]} {verdict.detail[:100] if verdict else 'kept'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["pii", "safety", "all"], default="all")
    parser.add_argument("--per-kind", type=int, default=100, help="inserted PII values per kind and language")
    parser.add_argument("--pages", type=int, default=60, help="composed pages per kind and language")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    args = parser.parse_args()
    globals()["DATA"] = args.data
    if args.part in ("pii", "all"):
        score_pii(random.Random(args.seed), args.per_kind)
    if args.part in ("safety", "all"):
        score_safety(random.Random(args.seed), args.pages)


if __name__ == "__main__":
    main()
