"""Domain and URL blocklists in a compact form, read offline from files already on disk.

The default lists are the UT1 adult and gambling lists (Université Toulouse 1 Capitole, CC BY-SA)
that datatrove's wheel ships as ``datatrove/assets/url_filterblacklistsv0_3_0.tar.gz``, the lists
FineWeb filters with: 4.6 M domains and 20 k URLs. As a Python set of strings the domains would
take about 400 MB per worker, so they are kept as a sorted numpy array of 64-bit xxh3 hashes
(36 MB; a false match needs a hash collision, about one in 4·10¹² per look-up) and looked up with
``searchsorted``. Hashing the 124 MB list takes a few seconds, so the array is cached under
``$XDG_CACHE_HOME/corpusmill`` (``~/.cache``), keyed by the archive's size and mtime; each process
loads it once (``load_ut1``), on first use.
"""

from __future__ import annotations

import logging
import os
import tarfile
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from corpusmill.user_cache import cache_dir

log = logging.getLogger(__name__)
UT1_ARCHIVE = "url_filterblacklistsv0_3_0.tar.gz"
CHUNK_BYTES = 8 << 20


def datatrove_assets() -> Path:
    import datatrove

    return Path(datatrove.__file__).parent / "assets"


def hash64(items: Iterable[bytes]) -> np.ndarray:
    import xxhash

    return np.fromiter(map(xxhash.xxh3_64_intdigest, items), dtype=np.uint64)


def sorted_unique(hashes: np.ndarray) -> np.ndarray:
    hashes = np.sort(hashes)
    if len(hashes) < 2:
        return hashes
    return hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]


def lines_of(stream, chunk_bytes: int = CHUNK_BYTES) -> Iterator[list[bytes]]:
    """Non-empty, non-comment lines of a binary stream, a chunk at a time (bounded memory)."""
    rest = b""
    while True:
        block = stream.read(chunk_bytes)
        if not block:
            break
        block = rest + block
        cut = block.rfind(b"\n") + 1
        block, rest = block[:cut], block[cut:]
        yield [line.strip().lower() for line in block.split(b"\n") if line.strip() and not line.startswith(b"#")]
    if rest.strip() and not rest.startswith(b"#"):
        yield [rest.strip().lower()]


@dataclass(frozen=True)
class Blocklist:
    domains: np.ndarray
    """Sorted unique xxh3-64 hashes of blocked domains (lower case, no ``www.``)."""
    urls: frozenset[str]
    """Blocked URLs as ``host/path`` (see ``url_key``)."""

    def listed(self, domains: list[str]) -> np.ndarray:
        """Which of ``domains`` are listed (one vectorised look-up for a whole batch)."""
        if not domains or not len(self.domains):
            return np.zeros(len(domains), dtype=bool)
        hashes = hash64(d.encode() for d in domains)
        at = np.searchsorted(self.domains, hashes).clip(max=len(self.domains) - 1)
        return self.domains[at] == hashes

    def merged(self, other: Blocklist) -> Blocklist:
        return Blocklist(sorted_unique(np.concatenate([self.domains, other.domains])), self.urls | other.urls)


EMPTY = Blocklist(np.zeros(0, dtype=np.uint64), frozenset())


def url_key(host_and_path: str) -> str:
    """``host/path?query`` in lower case without ``www.`` and trailing ``/``: the UT1 spelling."""
    key = host_and_path.strip().lower().rstrip("/")
    return key[4:] if key.startswith("www.") else key


def read_ut1(archive: Path) -> Blocklist:
    """Hash the archive's ``domains`` member and read its ``urls`` member, streaming."""
    parts: list[np.ndarray] = []
    urls: set[str] = set()
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            name = Path(member.name).name
            stream = tar.extractfile(member) if name in ("domains", "urls") else None
            if stream is None:
                continue
            for lines in lines_of(stream):
                if name == "domains":
                    parts.append(hash64(line.removeprefix(b"www.") for line in lines))
                else:
                    urls.update(url_key(line.decode("utf-8", "replace")) for line in lines)
    return Blocklist(sorted_unique(np.concatenate(parts) if parts else EMPTY.domains), frozenset(urls))


@cache
def load_ut1() -> Blocklist:
    """The UT1 lists of datatrove's wheel: from the hash cache when it is current, else built
    (and cached when the cache folder is writable)."""
    archive = datatrove_assets() / UT1_ARCHIVE
    if not archive.is_file():
        raise FileNotFoundError(f"{archive}: the UT1 blocklist archive is missing from datatrove's wheel")
    stat = archive.stat()
    stem = cache_dir() / f"ut1-{stat.st_size}-{int(stat.st_mtime)}"
    domains_file, urls_file = stem.with_suffix(".domains.npy"), stem.with_suffix(".urls.txt")
    if domains_file.is_file() and urls_file.is_file():
        urls = frozenset(urls_file.read_text(encoding="utf-8").splitlines())
        return Blocklist(np.load(domains_file), urls)
    lists = read_ut1(archive)
    try:
        stem.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=stem.parent, suffix=".npy", delete=False) as tmp:
            np.save(tmp, lists.domains)
        os.replace(tmp.name, domains_file)
        with tempfile.NamedTemporaryFile("w", dir=stem.parent, encoding="utf-8", delete=False) as tmp:
            tmp.write("\n".join(sorted(lists.urls)))
        os.replace(tmp.name, urls_file)
    except OSError as err:
        log.warning("UT1 blocklist hash cache not written (%s); each process will hash the lists", err)
    return lists


def read_list_files(domain_files: Iterable[str], url_files: Iterable[str]) -> Blocklist:
    """User lists: one domain (or ``host/path`` URL) a line, ``#`` comments; ``http(s)://`` is
    ignored in URL lists so that copied URLs work."""
    hashes: list[np.ndarray] = []
    for path in domain_files:
        with open(path, "rb") as stream:
            hashes.extend(hash64(line.removeprefix(b"www.") for line in lines) for lines in lines_of(stream))
    urls: set[str] = set()
    for path in url_files:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                line = line.strip()
                if line and not line.startswith("#"):
                    urls.add(url_key(line.split("://", 1)[-1]))
    return Blocklist(sorted_unique(np.concatenate(hashes) if hashes else EMPTY.domains), frozenset(urls))
