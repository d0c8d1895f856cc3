"""UTF-16 and UTF-32 text told apart from UTF-8 by evidence, and read as UTF-8.

A byte order mark says UTF-16 or UTF-32 outright. Without one, the NUL bytes tell: UTF-16 of any
text with ASCII in it (JSON punctuation, CSV commas and line ends, markup) has a NUL in one byte
of many pairs and rarely in the other (only characters U+xx00 have one there), and
UTF-32 has NULs in the two high bytes of every unit. UTF-8 has NUL only where the data holds
U+0000, which is rare and has no such pattern. So one stray NUL in a UTF-8 file is a character of
one record (removed by ``normalize``), never a reason to distrust the file.
"""

from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Iterator

BOMS = {  # UTF-32-LE first: its mark starts like UTF-16-LE's
    b"\xff\xfe\x00\x00": "utf-32-le",
    b"\x00\x00\xfe\xff": "utf-32-be",
    b"\xff\xfe": "utf-16-le",
    b"\xfe\xff": "utf-16-be",
}
SNIFF_BYTES = 4096
MIN_SHARE = 0.1  # UTF-16: NULs in at least this share of one byte position's pairs (8 at least) ...
OTHER = 0.25  # ... and at the other position at most this share of that many (一 is U+4E00)
WIDE = 0.9  # UTF-32: the two high bytes NUL in this share of the units at least


def utf16_of(head: bytes) -> tuple[str, int] | None:
    """``(codec, bytes of byte order mark)`` when ``head`` (a file's first bytes) is UTF-16 or
    UTF-32."""
    for bom, codec in BOMS.items():
        if head.startswith(bom):
            return codec, len(bom)
    sample = head[: SNIFF_BYTES - SNIFF_BYTES % 4]
    units = len(sample) // 4
    if units < 2:
        return None
    zeros = [sample[i::4].count(0) for i in range(4)]  # NULs at each byte position of 4
    if min(zeros[2], zeros[3]) >= WIDE * units and zeros[0] <= OTHER * units:
        return "utf-32-le", 0
    if min(zeros[0], zeros[1]) >= WIDE * units and zeros[3] <= OTHER * units:
        return "utf-32-be", 0
    even, odd = zeros[0] + zeros[2], zeros[1] + zeros[3]
    high, low = max(even, odd), min(even, odd)
    if high >= max(8, MIN_SHARE * 2 * units) and low <= OTHER * high:
        return ("utf-16-le" if odd > even else "utf-16-be"), 0
    return None


DETECT_BYTES = 1 << 16  # the sample ``encoding: auto`` detects on
MIN_HIGH = 16  # fewer non-ASCII bytes than this: too little evidence to read a file as anything but UTF-8
PIECES = 4  # runs of lines the detector is asked about when it gives up on the whole sample
MIXED = 4  # UTF-8 with damage: at least this many decodable non-ASCII characters per undecodable byte run
INVALID = "\udcff"  # what an undecodable byte becomes: never valid UTF-8 once encoded (surrogatepass)


def _invalid(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return INVALID, err.end


codecs.register_error("corpusmill-invalid", _invalid)


def codec_of(name: str) -> str:
    """A user's ``encoding:`` value as a Python codec, read as its superset (GBK and GB2312 as
    GB18030, Big5 as Big5-HKSCS); ``auto`` stays ``auto``. Raises ``LookupError`` for unknown names."""
    if name == "auto":
        return name
    from corpusmill.io.html_decode import SUPERSETS

    codec = codecs.lookup(name).name
    return "utf-8" if codec == "ascii" else SUPERSETS.get(codec, codec)


def sniff(head: bytes, encoding: str = "auto") -> tuple[str, int]:
    """``(codec, bytes of byte order mark)`` of a file from its first bytes (``DETECT_BYTES``).

    ``auto``: a byte order mark or UTF-16/32 evidence (``utf16_of``), else UTF-8 when it is
    mostly UTF-8 (``_mostly_utf8``: a few damaged bytes cost their records, not the file), else
    ``charset_normalizer``'s guess (``html_decode.detect``: the one detector of the project), else
    UTF-8. A chosen encoding is used as is; only its byte order mark is skipped (and for UTF-16 or
    UTF-32 without a byte order, read from the mark or the NUL pattern)."""
    codec = codec_of(encoding)
    found = utf16_of(head)
    if codec.startswith(("utf-16", "utf-32")):
        if found is not None and found[0].startswith(codec):
            return found
        return (f"{codec}-le" if codec in ("utf-16", "utf-32") else codec), 0
    if codec != "auto":
        skip = len(codecs.BOM_UTF8) if codec == "utf-8" and head.startswith(codecs.BOM_UTF8) else 0
        return codec, skip
    if found is not None:
        return found
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if _mostly_utf8(head):
        return "utf-8", 0
    return _detect(_whole_lines(head)) or "utf-8", 0


def _detect(sample: bytes) -> str | None:
    """The detector's answer for the sample; when it has none (it gives up on text with a single
    byte that its encoding cannot decode), the answer most of ``PIECES`` runs of whole lines
    agree on, so a damaged byte costs its records, not the file's encoding."""
    from corpusmill.io.html_decode import detect

    found = detect(sample)
    if found is not None:
        return found
    lines = sample.splitlines(keepends=True)
    size = -(-len(lines) // PIECES)
    votes = Counter(detect(b"".join(lines[i : i + size])) for i in range(0, len(lines), size) if size > 0)
    votes.pop(None, None)
    return votes.most_common(1)[0][0] if votes else None


def _mostly_utf8(head: bytes) -> bool:
    """UTF-8 with at most a few damaged bytes, or too few non-ASCII bytes to say otherwise: the
    records holding the damage are rejected, where guessing a legacy encoding for the file would
    keep mojibake. Text in another multi-byte encoding decodes as UTF-8 only by chance, so its
    undecodable sequences outnumber the decodable ones many times."""
    text = head.decode("utf-8", "replace")
    bad = text.count("\ufffd") - head.count("\ufffd".encode())
    high = len(head) - len(head.translate(None, bytes(range(128, 256))))
    decoded = sum(1 for char in text if char > "\x7f") - bad
    return high < MIN_HIGH or bad * 100 <= high or decoded >= MIXED * bad


def _whole_lines(head: bytes) -> bytes:
    """A sample cut at ``DETECT_BYTES`` up to its last line end: the detector gives up on a
    multi-byte character cut in two, and a line feed is never part of one (UTF-8, GB18030, Big5,
    Shift_JIS)."""
    if len(head) < DETECT_BYTES:
        return head
    end = head.rfind(b"\n")
    return head[: end + 1] if end > 0 else head


def as_utf8(blocks: Iterator[bytes], encoding: str = "auto") -> Iterator[bytes]:
    """A file's bytes as UTF-8, transcoded from its encoding (``sniff``; ``encoding`` is a
    ``codec_of`` name or ``auto``).

    A byte the encoding cannot decode (and a lone UTF-16 surrogate or a final odd byte) is passed
    on as bytes that are not UTF-8, so the record holding it is rejected as ``bad_encoding`` like
    any other undecodable record, never kept with a replacement character."""
    head = b""
    need = DETECT_BYTES if encoding == "auto" else SNIFF_BYTES  # a chosen one needs only its mark
    for block in blocks:
        head += block
        if len(head) >= need:
            break
    codec, skip = sniff(head, encoding)
    if codec == "utf-8":
        if head:
            yield head
        yield from blocks
        return
    errors = "surrogatepass" if codec.startswith("utf-") else "corpusmill-invalid"
    decoder = codecs.getincrementaldecoder(codec)(errors=errors)
    yield decoder.decode(head[skip:]).encode("utf-8", "surrogatepass")
    for block in blocks:
        yield decoder.decode(block).encode("utf-8", "surrogatepass")
    try:
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        tail = INVALID  # the odd byte at the end: invalid UTF-8, so its record is rejected
    if tail:
        yield tail.encode("utf-8", "surrogatepass")
