"""UTF-16 text told apart from UTF-8 by evidence, and read as UTF-8.

A byte order mark says UTF-16 outright. Without one, UTF-16 of any text with ASCII in it (JSON
punctuation, CSV commas, markup) has a NUL in one byte of most pairs and almost never in the
other; UTF-8 has NUL only where the data holds U+0000, which is rare and has no such pattern. So
one stray NUL in a UTF-8 file is a character of one record (removed by ``normalize``), never a
reason to distrust the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
SNIFF_BYTES = 4096
MIN_SHARE = 0.25  # NULs in at least this share of one byte position's pairs
MAX_OTHER = 0.05  # and in at most this share of the other position's


def utf16_of(head: bytes) -> tuple[str, int] | None:
    """``(codec, bytes of byte order mark)`` when ``head`` (a file's first bytes) is UTF-16."""
    for bom, codec in UTF16_BOMS.items():
        if head.startswith(bom) and not head.startswith(b"\xff\xfe\x00\x00"):  # not UTF-32-LE
            return codec, len(bom)
    sample = head[: SNIFF_BYTES - SNIFF_BYTES % 2]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    high, low = max(even, odd), min(even, odd)
    if high >= MIN_SHARE * pairs and low <= MAX_OTHER * pairs:
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
