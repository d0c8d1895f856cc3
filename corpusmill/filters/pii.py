"""PII redaction: e-mail addresses, IP addresses, phone numbers, Chinese resident ID numbers, bank
card numbers and API keys are replaced by ``<EMAIL>``, ``<IP>``, ``<PHONE>``, ``<ID_NUMBER>``,
``<CARD>`` and ``<API_KEY>``; each replacement is counted as a fix ``pii:<type>``.

Precision matters as much as recall: a pipeline that turns prices, dates, version strings or ISBNs
into ``<PHONE>`` damages the corpus. So every pattern is anchored on both sides (no digit or
letter may touch a number), and candidates are validated where a check exists: ID numbers by
their birth date and ISO 7064 check digit, card numbers by issuer prefix and the Luhn sum, IPv6
by ``ipaddress``, and dotted quads by octet range plus, when the first number has one digit
(``1.2.3.4``, ``3.11.4.0``: far more often section or version numbers), a nearby word that says
"address". API keys must contain a digit (random keys do; slugs such as ``sk-learn-...`` do not).
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

PiiType = Literal["api_key", "email", "id_number", "card", "phone", "ip"]
TOKENS: dict[str, str] = {
    "api_key": "<API_KEY>",
    "email": "<EMAIL>",
    "id_number": "<ID_NUMBER>",
    "card": "<CARD>",
    "phone": "<PHONE>",
    "ip": "<IP>",
}

API_KEY = re.compile(
    r"\b(?:"
    r"(?:AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key id
    r"|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}"  # GitHub tokens
    r"|sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"  # OpenAI
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
    r")(?![A-Za-z0-9_-])"
)
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})\b")
FILE_SUFFIXES = frozenset(
    {"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "json", "html", "htm", "pdf"}
)
"""``icon@2x.png`` is an image name, not an address."""
ID_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
)
CARD = re.compile(r"(?<![\d.,-])[3-6]\d{3}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,4}){1,2}(?![\d.,-]?\d)")
PHONE = re.compile(
    r"(?<![\w+.\-/])(?:"
    r"(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}"  # Chinese mobile
    r"|(?:\+86[ -]?)?(?:\(0\d{2,3}\)|0\d{2,3}-)[ ]?\d{7,8}"  # Chinese landline with area code
    r"|[48]00-?\d{3}-?\d{4}"  # Chinese 400/800 service numbers
    r"|\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,4}){1,4}"  # international
    r"|\([2-9]\d{2}\) ?[2-9]\d{2}-\d{4}|[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4}"  # North American
    r")(?![\w\-/]|\.\d)"
)
IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\w)(?!\.\d)")
IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
IP_CONTEXT = re.compile(
    r"\b(?:ip|ips|ipv4|address|addr|server|host|dns|ping|gateway|subnet|router)\b|地址|网关|服务器", re.I
)
VERSION_CONTEXT = re.compile(r"(?:\b(?:v|version|ver\.?|release|build)|版本)\s*$", re.I)
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


def valid_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    return 7 <= digits <= 15


def valid_ipv4(match: re.Match[str]) -> bool:
    octets = [int(x) for x in match.group().split(".")]
    if any(o > 255 for o in octets) or any(len(x) > 1 and x[0] == "0" for x in match.group().split(".")):
        return False
    before = match.string[max(0, match.start() - 40) : match.start()]
    if VERSION_CONTEXT.search(before):
        return False
    if octets[0] < 10:  # 1.2.3.4 or 3.11.4.0 are far more often section or version numbers
        after = match.string[match.end() : match.end() + 20]
        return IP_CONTEXT.search(before + " " + after) is not None
    return True


def valid_ipv6(match: re.Match[str]) -> bool:
    candidate = match.group()
    if candidate.count(":") < 3:  # "a::b", "12:30:45" and C++'s "std::x" are not addresses
        return False
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Detector:
    kind: str
    pattern: re.Pattern[str]
    valid: Callable[[re.Match[str]], bool]


DETECTORS = (  # order matters: earlier replacements hide their digits from later patterns
    Detector("api_key", API_KEY, lambda m: any(ch.isdigit() for ch in m.group())),
    Detector("email", EMAIL, lambda m: m.group(1).lower() not in FILE_SUFFIXES),
    Detector("id_number", ID_NUMBER, lambda m: valid_id_number(m.group())),
    Detector("card", CARD, lambda m: valid_card(m.group())),
    Detector("phone", PHONE, lambda m: valid_phone(m.group())),
    Detector("ip", IPV6, valid_ipv6),
    Detector("ip", IPV4, valid_ipv4),
)


class PiiParams(StageParams):
    types: list[PiiType] = Field(default_factory=lambda: list(TOKENS))
    """Which kinds of PII to redact."""


def redact(text: str, types: list[str] | tuple[str, ...] = tuple(TOKENS)) -> tuple[str, dict[str, int]]:
    """``text`` with PII replaced by placeholder tokens, and how many of each kind."""
    counts: dict[str, int] = {}
    for detector in DETECTORS:
        if detector.kind not in types:
            continue
        token = TOKENS[detector.kind]
        n = 0

        def replace(match: re.Match[str], detector: Detector = detector, token: str = token) -> str:
            nonlocal n
            if detector.valid(match):
                n += 1
                return token
            return match.group()

        text = detector.pattern.sub(replace, text)
        if n:
            counts[detector.kind] = counts.get(detector.kind, 0) + n
    return text, counts


class Pii(Stage):
    name = "pii"
    Params = PiiParams

    def process(self, doc: Document) -> Verdict:
        text, counts = redact(doc.text, self.params.types)
        if counts:
            doc.text = text
            for kind, n in counts.items():
                self.count_fix(f"pii:{kind}", n)
        return None
