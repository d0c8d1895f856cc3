"""WARC readers: warcio (what corpusmill's ``warc`` source uses) beside fastwarc (resiliparse), on
the WARC files in ../shared/data/web/warc.

Both iterate the response, resource and conversion records and read each body; the figures are
wall time over ``--passes`` passes (after one warm-up pass), the records and body bytes each
returns, and how many bodies differ. A body differs when one reader undoes the HTTP transfer
and content encodings (warcio's ``content_stream``) and the other returns the raw payload
(fastwarc's ``reader``), or when one rejects a file the other reads.

    .venv/bin/pip install fastwarc   # not a corpusmill dependency
    .venv/bin/python benchmarks/warc_readers.py [--data ../shared/data/web/warc] [--passes 5]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

DOCUMENT_TYPES = ("response", "resource", "conversion")


def warcio_bodies(path: Path) -> list[bytes]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as handle:
        return [
            r.content_stream().read() for r in ArchiveIterator(handle, arc2warc=True) if r.rec_type in DOCUMENT_TYPES
        ]


def fastwarc_bodies(path: Path) -> list[bytes]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    wanted = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
    with open(path, "rb") as handle:
        return [r.reader.read() for r in ArchiveIterator(handle, record_types=wanted, parse_http=True)]


def run(reader: Callable[[Path], list[bytes]], files: list[Path]) -> dict[str, list[bytes] | str]:
    results: dict[str, list[bytes] | str] = {}
    for path in files:
        try:
            results[path.name] = reader(path)
        except Exception as err:  # a reader's verdict on a damaged file is part of the comparison
            results[path.name] = type(err).__name__
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[1].parent / "shared/data/web/warc")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    files = sorted(p for p in args.data.rglob("*") if p.is_file() and ".wat" not in p.name and "paths" not in p.name)
    outcome = {}
    for name, reader in (("warcio", warcio_bodies), ("fastwarc", fastwarc_bodies)):
        run(reader, files)
        start = time.perf_counter()
        for _ in range(args.passes):
            results = run(reader, files)
        seconds = (time.perf_counter() - start) / args.passes
        bodies = [b for r in results.values() if isinstance(r, list) for b in r]
        failed = sorted(k for k, r in results.items() if isinstance(r, str))
        outcome[name] = results
        print(
            f"{name:9s} {seconds * 1000:7.1f} ms/pass  {len(bodies)} records  {sum(map(len, bodies)):,} bytes  "
            f"failed: {failed}"
        )
    both = [n for n in outcome["warcio"] if all(isinstance(outcome[r][n], list) for r in outcome)]
    differ = sum(x != y for n in both for x, y in zip(outcome["warcio"][n], outcome["fastwarc"][n], strict=False))
    print(f"{len(files)} files, {len(both)} read by both; bodies that differ there: {differ}")


if __name__ == "__main__":
    main()
