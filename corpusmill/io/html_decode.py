"""A web page's bytes as text, the same way for every path that reads one: the WARC reader and the
crawler's text records (so a page gives the same text from both).

Order of evidence: a byte order mark; UTF-8 when the bytes are valid UTF-8 (other encodings
almost never are by accident); the charset the HTTP header or the page's ``<meta>`` declares when
the bytes decode in it; else the encoding ``charset_normalizer`` detects, or cp1252. What decides
between the last two is the shape of the non-ASCII bytes: when most of them come in runs (a
multi-byte encoding, a non-Latin alphabet, UTF-8 with one bad byte, read as UTF-8 with one U+FFFD)
the detector is asked; when
they are sparse (accented Latin letters) cp1252 reads them, where the detector often guesses a
neighbouring code page. A declared single-byte encoding (ISO-8859-1, cp1252, ...) decodes any
bytes, so a GBK or cp1251 page served as ``iso-8859-1`` would come out as mojibake: with runs, the
detector is asked too and its answer wins when it decodes the page. Declared names are
read as browsers read them: GB2312/GBK as GB18030, ISO-8859-1 and ASCII as cp1252, Shift_JIS as
cp932, EUC-KR as cp949, Big5 as Big5-HKSCS.
"""

from __future__ import annotations

import codecs
import re

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# what browsers read each declared name as (a superset of it), by Python codec name
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "iso8859-1": "cp1252", "ascii": "cp1252",
    "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs",
}  # fmt: skip
MULTIBYTE = frozenset(
    {
        "gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "shift_jis", "cp932",
        "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213", "euc_kr",
        "cp949", "johab", "iso2022_jp", "iso2022_kr",
    }
)  # fmt: skip
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
ASCII = bytes(range(128))
HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
MIN_HIGH = 16  # fewer non-ASCII bytes than this: too little to doubt the declaration
RUN_SHARE = 0.6
DETECT_BYTES = 1 << 16


def decode_html(body: bytes, content_type: str = "") -> str:
    """``body`` as text; ``content_type`` is the HTTP ``Content-Type`` header (may be empty)."""
    for bom, codec in BOMS:
        if body.startswith(bom):
            return body.decode(codec, "replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for declared in _declared(body, content_type):
        try:
            text = body.decode(declared)
        except UnicodeDecodeError:
            continue
        if declared not in MULTIBYTE and _runs_of_high_bytes(body):
            detected = detect(body)
            if detected is not None and detected != declared:
                try:
                    return body.decode(detected, "replace" if detected == "utf-8" else "strict")
                except UnicodeDecodeError:
                    pass
        return text
    detected = detect(body) if _runs_of_high_bytes(body) else None
    return body.decode(detected or "cp1252", "replace")


def _declared(body: bytes, content_type: str) -> list[str]:
    """The header's charset, then the ``<meta>`` one, as Python codec names (UTF-8 left out: it
    has failed already; unknown names left out)."""
    names = [content_type.lower().partition("charset=")[2].split(";")[0].strip(" \"'")]
    meta = META_CHARSET.search(body[:4096])
    if meta:
        names.append(meta.group(1).decode("ascii").lower())
    found: list[str] = []
    for name in names:
        codec = codec_name(name)
        if codec and codec != "utf-8" and codec not in found:
            found.append(codec)
    return found


def codec_name(name: str) -> str | None:
    """A Python codec name for ``name``, read as its superset (GBK as GB18030), or None."""
    try:
        codec = codecs.lookup(name).name if name else None
    except LookupError:
        return None
    return SUPERSETS.get(codec, codec) if codec else None


def _runs_of_high_bytes(body: bytes) -> bool:
    high = len(body.translate(None, ASCII))
    if high < MIN_HIGH:
        return False
    return sum(map(len, HIGH_RUN.findall(body))) >= RUN_SHARE * high


def detect(body: bytes) -> str | None:
    """UTF-8 when at most 1% of the non-ASCII bytes break it (a page cut mid-character, one bad
    byte: the detector gives up on those), else ``charset_normalizer``'s best guess. The one
    detector of the project: pages, and text files read with ``encoding: auto``."""
    high = len(body.translate(None, ASCII))
    bad = body.decode("utf-8", "replace").count("\ufffd") - body.count("\ufffd".encode())
    if bad * 100 <= high:
        return "utf-8"
    from charset_normalizer import from_bytes  # imported on first use: ~50 ms

    best = from_bytes(body[:DETECT_BYTES]).best()
    return codec_name(best.encoding) if best is not None else None
