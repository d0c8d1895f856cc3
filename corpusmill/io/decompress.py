"""A file's decompressed bytes in blocks (gzip, zstd, bz2, xz; local or fsspec URL), with a stream
cut short told apart from one that is corrupt: the readers keep every record before either and
report it as ``truncated_file`` or ``corrupt_file``.

The compression is decided by the file's first bytes, not its name: gzip data saved as
``.jsonl`` would otherwise become hundreds of "records" of compressed bytes, and a ``.gz`` that
was already decompressed would be one ``corrupt_file``. Every format's magic number is binary
(bz2's includes its block header), so no text file is taken for compressed data."""

from __future__ import annotations

import gzip
import lzma
import re
import zlib
from collections.abc import Iterator
from typing import IO

from fsspec.core import url_to_fs

BLOCK = 1 << 20
STREAM_ERRORS: tuple[type[Exception], ...] = (EOFError, OSError, ValueError, zlib.error, lzma.LZMAError)


class TruncatedStream(EOFError):
    """The compressed stream ended before its end marker."""


MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xfd7zXZ\x00", "xz"),
)
BZ2_MAGIC = re.compile(rb"BZh[1-9]1AY&SY")  # stream header, then the first block's magic number


def sniff_compression(head: bytes) -> str | None:
    """The compression a file's first bytes announce, or None for plain data."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return "bz2" if BZ2_MAGIC.match(head) else None


def compression_of(path: str) -> str | None:
    """The file's compression, by content (see the module docstring); an empty or unreadable file
    is plain here and its reader reports it."""
    fs, inner = url_to_fs(path)
    try:
        with fs.open(inner, "rb") as raw:
            return sniff_compression(raw.read(10))
    except OSError:
        return None


def open_blocks(path: str, start: int = 0) -> Iterator[bytes]:
    """The file's decompressed bytes in blocks, from byte ``start`` (uncompressed files only).

    zstd is decoded frame by frame here because ``zstandard``'s stream reader reports a file cut
    mid-frame as a normal end of file, which would lose the rest without a trace."""
    fs, inner = url_to_fs(path)
    with fs.open(inner, "rb") as raw:
        compression = sniff_compression(raw.read(10))
        raw.seek(0)
        if compression == "zstd":
            yield from _zstd_blocks(raw)
            return
        handle: IO[bytes] = raw
        if compression == "gzip":
            handle = gzip.GzipFile(fileobj=raw)
        elif compression is not None:
            from fsspec.compression import compr

            handle = compr[compression](raw, mode="rb")
        if start:
            handle.seek(start)
        read = getattr(handle, "read1", handle.read)  # read1: a truncated stream still yields what came before
        pending: list[bytes] = []  # read1 returns small pieces; work on blocks of about BLOCK bytes
        size = 0
        try:
            while chunk := read(BLOCK):
                pending.append(chunk)
                size += len(chunk)
                if size >= BLOCK:
                    yield b"".join(pending)
                    pending, size = [], 0
        except Exception:
            if pending:  # what came before a cut, then the error
                yield b"".join(pending)
            raise
        if pending:
            yield b"".join(pending)


def _zstd_blocks(raw: IO[bytes]) -> Iterator[bytes]:
    import zstandard

    decoder = zstandard.ZstdDecompressor().decompressobj()
    pending = False
    while chunk := raw.read(BLOCK):
        while chunk:
            try:
                out = decoder.decompress(chunk)
            except zstandard.ZstdError as err:
                raise ValueError(f"not valid zstd data: {err}") from None
            pending = not decoder.eof
            if out:
                yield out
            chunk = decoder.unused_data if decoder.eof else b""
            if decoder.eof:
                decoder = zstandard.ZstdDecompressor().decompressobj()
    if pending:
        raise TruncatedStream("zstd stream ends inside a frame")


def describe(err: BaseException) -> str:
    """An exception as one line for a reject's detail (some libraries put newlines in messages)."""
    return " ".join(f"{type(err).__name__}: {err}".split())


def stream_error(err: Exception) -> str:
    """``truncated_file`` for a stream that ends early, ``corrupt_file`` for undecodable bytes."""
    return "truncated_file" if isinstance(err, EOFError) else "corrupt_file"
