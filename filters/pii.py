"""PII redaction: e-mail addresses, public IP addresses, phone numbers, Chinese resident ID numbers,
bank card numbers, credentials (API keys and access tokens), QQ numbers and WeChat ids are replaced
by ``<EMAIL>``, ``<IP>``, ``<PHONE>``, ``<ID_NUMBER>``, ``<CARD>``, ``<API_KEY>``, ``<QQ>`` and
``<WECHAT>``; each replacement is counted as a fix ``pii:<type>``.

Precision matters as much as recall: a pipeline that turns prices, dates, version strings or ISBNs
into ``<PHONE>`` damages the corpus. So every pattern is anchored on both sides, and candidates are
validated where a check exists: ID numbers by their birth date and ISO 7064 check digit, card
numbers by issuer prefix and the Luhn sum, IP addresses by ``ipaddress``, dotted quads whose first
number has one digit (``1.2.3.4``, ``3.11.4.0``: far more often section or version numbers) by a
nearby word that says "address", QQ numbers and WeChat ids only after their label.

Anchors are ASCII: Chinese text has no spaces, so ``致电13912345678`` or ``wang@example.cn或`` must
match, and Python's ``\\b`` (which counts CJK letters as word characters) would refuse them.

IP policy: only globally routable addresses are personal (they can point to a household or a
server someone runs). Private (RFC 1918, ``fc00::/7``), loopback, link-local, shared, reserved and
documentation ranges (``192.0.2.0/24``, ``198.51.100.0/24``, ``203.0.113.0/24``, ``2001:db8::/32``)
appear in manuals and configuration examples and are kept.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from datatrove.data import Document
from pydantic import Field

from corpusmill.filters.base import Stage, StageParams, Verdict

PiiType = Literal["api_key", "email", "id_number", "card", "qq", "wechat", "phone", "ip"]
TOKENS: dict[str, str] = {
    "api_key": "<API_KEY>",
    "email": "<EMAIL>",
    "id_number": "<ID_NUMBER>",
    "card": "<CARD>",
    "qq": "<QQ>",
    "wechat": "<WECHAT>",
    "phone": "<PHONE>",
    "ip": "<IP>",
}

NO_ALNUM_BEFORE = r"(?<![A-Za-z0-9])"
NO_ALNUM_AFTER = r"(?![A-Za-z0-9])"

API_KEY = re.compile(
    r"(?<![A-Za-z0-9_-])(?:"
    r"(?:AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}"  # GitHub
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab personal access token
    r"|sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,}"  # OpenAI, Anthropic
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}"  # Stripe secret keys
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|npm_[A-Za-z0-9]{36}"  # npm
    r"|pypi-[A-Za-z0-9_-]{50,}"  # PyPI upload token
    r"|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"  # SendGrid
    r")(?![A-Za-z0-9_-])"
)
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*"
    r"(?:@| ?[\[(（] ?at ?[\])）] ?)"  # also the "name [at] host" spelling of anti-spam pages
    r"[A-Za-z0-9-]+(?:(?:\.| ?[\[(（] ?dot ?[\])）] ?)[A-Za-z0-9-]+)*"
    r"(?:\.| ?[\[(（] ?dot ?[\])）] ?)([A-Za-z]{2,})(?![A-Za-z0-9-])"
)
FILE_SUFFIXES = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "json", "html", "htm", "pdf"}
)
"""``icon@2x.png`` is an image name, not an address."""
EMAIL_AT = re.compile(r"@| ?[\[(（] ?at ?[\])）] ?")
EMAIL_DOT = re.compile(r" ?[\[(（] ?dot ?[\])）] ?")
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_TLDS = ("example", "test", "invalid", "localhost")
"""Names reserved for documentation and tests (RFC 2606, RFC 6761): an address there belongs to
nobody, like an address in ``192.0.2.0/24`` (code samples, form examples, manuals)."""
ID_NUMBER = re.compile(
    NO_ALNUM_BEFORE + r"[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]" + NO_ALNUM_AFTER
)
CARD = re.compile(r"(?<![\d.,/-])[3-6]\d{3}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,4}){1,2}(?![\d.,-]?\d)")
QQ = re.compile(
    NO_ALNUM_BEFORE + r"(?:QQ|扣扣|企鹅号)(?:号码|号|群)?\s*[:：]?\s*([1-9]\d{4,10})(?!\d)",
    re.I,
)
WECHAT = re.compile(
    NO_ALNUM_BEFORE + r"(?:微信|威信|薇信|V信|weixin|wechat|vx|wx)(?:\s?(?:id|ID|号))?(?:\s*([:：])\s*|\s?)"
    r"([A-Za-z][A-Za-z0-9_-]{5,19})" + r"(?![A-Za-z0-9_-])",
    re.I,
)
PHONE = re.compile(
    r"(?<![A-Za-z0-9+.\-/])(?:"
    r"(?:\(?\+?86\)?[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}"  # Chinese mobile
    r"|(?:\+86[ -]?)?(?:\(0\d{2,3}\)|0\d{2,3}[- ])[ ]?\d{3,4}[ -]?\d{3,4}"  # landline with area code
    r"|[48]00(?:[ -]?\d){7}"  # Chinese 400/800 service numbers
    r"|(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(\d{1,4}\))?[ .-]?\d{1,12}(?:[ .-]\d{1,8}){0,5}"  # international
    r"|(?:1[ .-]?)?(?:\([2-9]\d{2}\) ?[2-9]\d{2}[-. ]\d{4}|[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4})"  # North American
    r"|(?:0[17]\d{3}|\(01\d{3}\))[ -]\d{3}[ -]?\d{3}"  # UK mobiles and 5-digit area codes: 07885 577 899
    r")(?![A-Za-z0-9\-/]|\.\d)"
)
LOCAL_PHONE = re.compile(
    r"(?<![A-Za-z])(?:电话|手机|座机|联系电话|传真|热线|tel|phone|fax)(?:号码)?\s*[:：]\s*"
    r"([2-9]\d{2,3}[ -]?\d{4})(?![\d.,-]?\d)",
    re.I,
)
"""A bare local number (no area code) counts only right after a phone label: "电话：87654321"."""
US_LOCAL = re.compile(r"(?<![A-Za-z0-9+.,\-/)])[2-9]\d{2}[-.]\d{4}(?![A-Za-z0-9\-/]|[.,]\d)")
CONTACT_CONTEXT = re.compile(
    NO_ALNUM_BEFORE + r"(?:call|calling|called|contact|contacting|phone|telephone|tel|dial|ring|text|reach"
    r"|rsvp|fax|cell|mobile|hotline)" + NO_ALNUM_AFTER + r"|[A-Z][a-z]+,? at\s*$"
)
"""A US local number without area code ("539-3028") is a phone number only when the words before it on
its line ask to call or contact someone, or name someone "at" it ("Mary at 539-3028"): alone, three
digits and four are as often a range or a code."""
IPV4 = re.compile(r"(?<![A-Za-z0-9.])(?:\d{1,3}\.){3}\d{1,3}(?![A-Za-z0-9.]*[A-Za-z0-9])(?!\.\d)")
IPV6 = re.compile(r"(?<![A-Za-z0-9_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![A-Za-z0-9_:])")
IP_CONTEXT = re.compile(
    NO_ALNUM_BEFORE
    + r"(?:ip|ips|ipv4|address|addr|server|host|dns|ping|gateway|subnet|router)"
    + NO_ALNUM_AFTER
    + "|地址|网关|服务器|公网|内网|外网|域名|解析",
    re.I,
)
ADDRESS = r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"
RANGE_SEP = r"\s*(?:-{1,2}|–|—|~|\.\.|to|through|thru|till|until|至|到)\s*"
LIST_SEP = r"\s*(?:,|;|\n|\bor\b|\band\b|、|，|；)\s*(?:[-*•]\s*)?"
CIDR_OR_RANGE_START = re.compile(r"/\d{1,3}(?!\d)|" + RANGE_SEP + ADDRESS, re.I)
RANGE_END = re.compile(ADDRESS + RANGE_SEP + r"$|between\s+" + ADDRESS + r"\s+and\s+$", re.I)
BETWEEN = re.compile(r"between\s+$", re.I)
AND_ADDRESS = re.compile(r"\s+and\s+" + ADDRESS)
LIST_NEIGHBOUR_AFTER = re.compile(LIST_SEP + ADDRESS)
LIST_NEIGHBOUR_BEFORE = re.compile(ADDRESS + LIST_SEP + "$")
RANGE_WORDS = re.compile(
    NO_ALNUM_BEFORE
    + r"(?:(?:ip|address)(?:v[46])?\s+(?:ranges?|blocks?)|cidrs?|netblocks?|prefixes)"
    + NO_ALNUM_AFTER
    + "|地址段|网段|IP段",
    re.I,
)
ALLOWLIST_WORDS = re.compile(
    NO_ALNUM_BEFORE
    + r"(?:allow[- ]?list(?:ed|s)?|white[- ]?list(?:ed|s)?|egress|outbound|crawls?\s+from)"
    + NO_ALNUM_AFTER
    + "|白名单",
    re.I,
)
VERSION_CONTEXT = re.compile(NO_ALNUM_BEFORE + r"(?:v|version|ver\.?|release|build|版本)\s*$", re.I)
DECIMAL = re.compile(r"\+?\d+\.\d+")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"


def valid_id_number(candidate: str) -> bool:
    """Chinese resident ID (GB 11643): a real birth date and the ISO 7064 MOD 11-2 check digit."""
    try:
        date(int(candidate[6:10]), int(candidate[10:12]), int(candidate[12:14]))
    except ValueError:
        return False
    total = sum(int(d) * w for d, w in zip(candidate[:17], ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11] == candidate[17].upper()


def luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def valid_card(candidate: str) -> bool:
    """13-19 digits with a real issuer prefix (Visa, Mastercard, Amex, UnionPay, JCB, Discover,
    Diners) and a valid Luhn sum."""
    digits = re.sub(r"[ -]", "", candidate)
    if not 13 <= len(digits) <= 19 or not luhn(digits):
        return False
    two, four = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"
        or 51 <= two <= 55
        or 2221 <= four <= 2720
        or two in (34, 37, 35, 36, 38, 62, 65)
        or digits.startswith(("300", "301", "302", "303", "304", "305", "6011", "64"))
    )


def valid_phone(match: re.Match[str]) -> bool:
    candidate = match.group()
    digits = sum(ch.isdigit() for ch in candidate)
    if DECIMAL.fullmatch(candidate):  # +3.14159265 is a signed number
        return False
    if candidate.startswith("+"):  # international: +44 20 7946 0958
        return 8 <= digits <= 15
    if candidate.startswith("00"):  # 0049 30 1234567, but not ISSN 0022-2860 or account 00632000001783
        return 10 <= digits <= 15 and not candidate.startswith("000") and " " in candidate.strip()
    return 7 <= digits <= 15


def valid_us_local(match: re.Match[str]) -> bool:
    before = match.string[max(0, match.start() - 60) : match.start()].rsplit("\n", 1)[-1]
    return CONTACT_CONTEXT.search(before) is not None


def valid_email(match: re.Match[str]) -> bool:
    """Not an image name (``icon@2x.png``), not a fediverse handle (``@user@host`` on Mastodon,
    Misskey, ... names a public account the way ``@user`` does on Twitter) and not an address on a
    name reserved for documentation (``someone@example.com``)."""
    if match.start() > 0 and match.string[match.start() - 1] == "@":
        return False
    host = EMAIL_DOT.sub(".", EMAIL_AT.split(match.group(), maxsplit=1)[-1]).lower()
    if any(host == domain or host.endswith("." + domain) for domain in RESERVED_DOMAINS):
        return False
    suffix = match.group(1).lower()
    return suffix not in RESERVED_TLDS and suffix not in FILE_SUFFIXES


def valid_api_key(match: re.Match[str]) -> bool:
    """Generated keys mix character classes; slugs such as ``sk-learn-...`` are one case only."""
    body = match.group()
    kinds = (any(c.isdigit() for c in body), any(c.isupper() for c in body), any(c.islower() for c in body))
    return sum(kinds) >= 2


def valid_wechat(match: re.Match[str]) -> bool:
    """``微信：wangfang88`` or ``WeChat: lily_chen``; without a colon the id must hold a digit or
    an underscore, so "WeChat account" or "微信official" are not ids."""
    return bool(match.group(1)) or any(c.isdigit() or c == "_" for c in match.group(2))


def public_ip(text: str) -> bool:
    """True for globally routable addresses only (see the module docstring for the policy)."""
    try:
        return ipaddress.ip_address(text).is_global
    except ValueError:
        return False


def documented_service_address(match: re.Match[str]) -> bool:
    """An address written as part of a network (CIDR ``192.30.252.0/22``), as an end of a range
    ("the IPs 38.107.191.66 through 38.107.191.119"), after words that name ranges, or in a list of
    addresses to allow: services publish these so that others can configure firewalls; they
    identify a company's servers, not a person."""
    text, start, end = match.string, match.start(), match.end()
    before = text[max(0, start - 80) : start]
    if CIDR_OR_RANGE_START.match(text, end) or RANGE_END.search(before):
        return True
    if BETWEEN.search(before) and AND_ADDRESS.match(text, end):
        return True
    sentence = re.split(r"[.!?。！？]\s|\n\n", before)[-1]
    if RANGE_WORDS.search(sentence):
        return True
    in_list = LIST_NEIGHBOUR_AFTER.match(text, end) is not None or LIST_NEIGHBOUR_BEFORE.search(before) is not None
    return in_list and ALLOWLIST_WORDS.search(text[max(0, start - 300) : start]) is not None


def valid_ipv4(match: re.Match[str]) -> bool:
    parts = match.group().split(".")
    if any(int(x) > 255 for x in parts) or any(len(x) > 1 and x[0] == "0" for x in parts):
        return False
    before = match.string[max(0, match.start() - 40) : match.start()]
    if VERSION_CONTEXT.search(before):
        return False
    if int(parts[0]) < 10:  # 1.2.3.4 or 3.11.4.0 are far more often section or version numbers
        after = match.string[match.end() : match.end() + 20]
        if IP_CONTEXT.search(before + " " + after) is None:
            return False
    return public_ip(match.group()) and not documented_service_address(match)


def valid_ipv6(match: re.Match[str]) -> bool:
    candidate = match.group()
    if candidate.count(":") < 3:  # "a::b", "12:30:45" and C++'s "std::x" are not addresses
        return False
    return public_ip(candidate) and not documented_service_address(match)


@dataclass(frozen=True)
class Detector:
    kind: str
    pattern: re.Pattern[str]
    valid: Callable[[re.Match[str]], bool]
    group: int = 0
    """The part of the match that is replaced (labels such as "QQ：" stay)."""
    hints: tuple[str, ...] = ()
    """Lower-case strings one of which every match contains: texts without any skip the regex."""


API_KEY_HINTS = ("akia", "asia", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "sk-", "sk_", "rk_")
API_KEY_HINTS += ("xox", "aiza", "hf_", "npm_", "pypi-", "sg.")
EMAIL_HINTS = ("@", "(at", "[at", "（at", "( at", "[ at", "（ at")
DETECTORS = (  # order matters: earlier replacements hide their digits from later patterns
    Detector("api_key", API_KEY, valid_api_key, hints=API_KEY_HINTS),
    Detector("email", EMAIL, valid_email, hints=EMAIL_HINTS),
    Detector("id_number", ID_NUMBER, lambda m: valid_id_number(m.group())),
    Detector("card", CARD, lambda m: valid_card(m.group())),
    Detector("qq", QQ, lambda m: True, group=1, hints=("qq", "扣扣", "企鹅号")),
    Detector(
        "wechat", WECHAT, valid_wechat, group=2, hints=("微信", "威信", "薇信", "v信", "weixin", "wechat", "vx", "wx")
    ),
    Detector("phone", PHONE, valid_phone),
    Detector(
        "phone",
        LOCAL_PHONE,
        lambda m: True,
        group=1,
        hints=("电话", "手机", "座机", "传真", "热线", "tel", "phone", "fax"),
    ),
    Detector("phone", US_LOCAL, valid_us_local),
    Detector("ip", IPV6, valid_ipv6),
    Detector("ip", IPV4, valid_ipv4),
)


class PiiParams(StageParams):
    types: list[PiiType] = Field(default_factory=lambda: list(TOKENS))
    """Which kinds of PII to redact."""


def redact(text: str, types: list[str] | tuple[str, ...] = tuple(TOKENS)) -> tuple[str, dict[str, int]]:
    """``text`` with PII replaced by placeholder tokens, and how many of each kind."""
    counts: dict[str, int] = {}
    lowered = text.lower()
    for detector in DETECTORS:
        if detector.kind not in types or (detector.hints and not any(h in lowered for h in detector.hints)):
            continue
        token = TOKENS[detector.kind]
        n = 0

        def replace(match: re.Match[str], detector: Detector = detector, token: str = token) -> str:
            nonlocal n
            if not detector.valid(match):
                return match.group()
            n += 1
            if detector.group == 0:
                return token
            start, end = match.span(detector.group)
            whole = match.group()
            return whole[: start - match.start()] + token + whole[end - match.start() :]

        text = detector.pattern.sub(replace, text)
        if n:
            counts[detector.kind] = counts.get(detector.kind, 0) + n
    return text, counts


class Pii(Stage):
    name = "pii"
    decides = False  # edits text; rejects only what nothing is left of (no tag mode)
    Params = PiiParams

    def process(self, doc: Document) -> Verdict:
        text, counts = redact(doc.text, self.params.types)
        if counts:
            doc.text = text
            for kind, n in counts.items():
                self.count_fix(f"pii:{kind}", n)
        return None
