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


def as_utf8(blocks: Iterator[bytes]) -> Iterator[bytes]:
    """A file's bytes, transcoded from UTF-16 to UTF-8 when its first bytes show UTF-16.

    A lone surrogate or a final odd byte is passed on as bytes that are not UTF-8, so the record
    holding it is rejected as ``bad_encoding`` like any other undecodable record."""
    head = b""
    for block in blocks:
        head += block
        if len(head) >= SNIFF_BYTES:
            break
    found = utf16_of(head)
    if found is None:
        if head:
            yield head
        yield from blocks
        return
    codec, skip = found
    decoder = codecs.getincrementaldecoder(codec)(errors="surrogatepass")
    yield decoder.decode(head[skip:]).encode("utf-8", "surrogatepass")
    for block in blocks:
        yield decoder.decode(block).encode("utf-8", "surrogatepass")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        yield b"\xff"  # the odd byte at the end: invalid UTF-8, so its record is rejected
