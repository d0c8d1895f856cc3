"""Extraction engines side by side: speed and agreement of resiliparse and trafilatura on real pages.

Pages: the Common Crawl / crawl excerpts in ../shared/data/web/warc (read with corpusmill's own WARC
source, so charsets are decoded as in a run; the legacy Common Crawl ARC files, which warcio cannot
open, and the Wayback WARC, whose responses have no HTTP headers, by small lenient readers) and the
HTML manuals installed by Debian's documentation packages
(``apt-get install -y python-django-doc postgresql-doc-15``), a deterministic sample of each.

Both engines run in this process on the same decoded strings with ``filters.extract.main_text`` and
their default ``ExtractParams``; speed is pages per second of one core after a warm-up page (import
time is printed apart). Agreement is the bag-of-words F1 of each page's text against trafilatura's
(words: runs of letters/digits; each CJK character is one word). The pages where they differ most
are printed with the words only one engine kept.

    .venv/bin/python benchmarks/extraction.py                  # ~300 CC pages + 300 of each manual
    .venv/bin/python benchmarks/extraction.py --per-manual 100 --worst 5
"""

from __future__ import annotations

import argparse
import collections
import re
import statistics
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from corpusmill.filters.extract import ExtractParams, main_text
from corpusmill.pipeline.sources import HTML, _decode, parse_warc
from corpusmill.text.cjk import CJK_CLASS

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
WARCS = (
    "web/warc/resiliparse/warcfile.warc.gz",
    "web/warc/dolma/sample-0000.warc.gz",
    "web/warc/dolma/sample-0001.warc.gz",
)
HEADERLESS = "web/warc/copycat/snapshot-wayback-topic-02.warc.gz"  # responses without HTTP headers
ARCS = ("web/warc/copycat/small-sample-1213893279526_0.arc", "web/warc/copycat/small-sample-1262850551027_8.arc")
MANUALS = {
    "django": Path("/usr/share/doc/python-django-doc/html"),
    "postgresql": Path("/usr/share/doc/postgresql-doc-15"),
}
WORDS = re.compile(rf"[{CJK_CLASS}]|(?:(?![{CJK_CLASS}])[^\W_])+")
ENGINES = ("resiliparse", "trafilatura")


def warc_pages(data: Path) -> Iterator[tuple[str, str, str]]:
    for rel in WARCS:
        for _, parsed in parse_warc(str(data / rel)):
            if isinstance(parsed, dict) and parsed.get(HTML):
                yield "cc:" + rel.split("/")[2], parsed["url"], parsed["text"]
    with (data / HEADERLESS).open("rb") as handle:
        for record in ArchiveIterator(handle, no_record_parse=True):
            if record.rec_type == "response":
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                yield "cc:wayback", url, _decode(record.raw_stream.read(), "")
    for rel in ARCS:
        for url, html in arc_pages(data / rel):
            yield "cc:arc", url, html


def arc_pages(path: Path) -> Iterator[tuple[str, str]]:
    """Old Common Crawl ARC: a header line ``url ip date type length``, then ``length`` bytes
    (HTTP headers and body; some bodies gzip-encoded). warcio rejects these files' filedesc."""
    with path.open("rb") as handle:
        while header := handle.readline():
            fields = header.split()
            if not fields:
                continue
            body = handle.read(int(fields[-1]))
            if not fields[0].startswith(b"http") or b"html" not in fields[3].lower():
                continue
            head, _, payload = body.partition(b"\r\n\r\n")
            if b"content-encoding: gzip" in head.lower():
                try:
                    payload = zlib.decompress(payload, 47)
                except zlib.error:
                    continue
            types = [line[13:] for line in head.split(b"\r\n") if line.lower().startswith(b"content-type:")]
            content_type = types[0].decode("latin-1") if types else ""
            yield fields[0].decode("latin-1"), _decode(payload, content_type)


def manual_pages(name: str, root: Path, count: int) -> list[tuple[str, str, str]]:
    files = sorted(p for p in root.rglob("*.html") if "_modules" not in p.parts and "genindex" not in p.name)
    if not files:
        sys.exit(f"no HTML under {root}: apt-get install -y python-django-doc postgresql-doc-15")
    step = max(1, len(files) // count)
    sample = files[::step][:count]
    return [
        (f"manual:{name}", str(p.relative_to(root)), p.read_text(encoding="utf-8", errors="replace")) for p in sample
    ]


def bag(text: str) -> collections.Counter[str]:
    return collections.Counter(w.lower() for w in WORDS.findall(text))


def f1(a: collections.Counter[str], b: collections.Counter[str]) -> float:
    if not a and not b:
        return 1.0
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def import_seconds(engine: str) -> float:
    module = {"resiliparse": "resiliparse.extract.html2text", "trafilatura": "trafilatura"}[engine]
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--per-manual", type=int, default=300)
    parser.add_argument("--worst", type=int, default=8)
    args = parser.parse_args()

    pages = list(warc_pages(args.data))
    for name, root in MANUALS.items():
        pages += manual_pages(name, root, args.per_manual)
    print(f"load: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    print(f"{len(pages)} pages, {sum(len(p[2]) for p in pages) / 1e6:.1f} MB of HTML\n")

    texts: dict[str, list[str]] = {}
    cpu: dict[str, float] = {}
    for engine in ENGINES:
        params = ExtractParams(engine=engine)
        main_text(pages[0][2], params, pages[0][1])  # warm-up: first-call set-up is not per-page cost
        start = time.process_time()
        texts[engine] = [main_text(html, params, url) for _, url, html in pages]
        seconds = cpu[engine] = time.process_time() - start
        empty = sum(not t for t in texts[engine])
        print(
            f"{engine:12s} {len(pages) / seconds:7.1f} pages/s/core ({seconds:.1f} s CPU), "
            f"import {import_seconds(engine):.2f} s, no text on {empty} pages"
        )
    print(f"resiliparse is {cpu['trafilatura'] / cpu['resiliparse']:.1f}x faster")

    by_group: dict[str, list[float]] = collections.defaultdict(list)
    scored = []
    for (group, url, _), ours, theirs in zip(pages, texts["resiliparse"], texts["trafilatura"], strict=True):
        a, b = bag(ours), bag(theirs)
        score = f1(a, b)
        by_group[group].append(score)
        scored.append((score, group, url, a, b))
    print("\nbag-of-words F1 of resiliparse against trafilatura (mean, median):")
    for group, scores in sorted(by_group.items()):
        print(f"  {group:22s} {len(scores):4d} pages  {statistics.mean(scores):.3f}  {statistics.median(scores):.3f}")
    every = [s[0] for s in scored]
    print(f"  {'all':22s} {len(every):4d} pages  {statistics.mean(every):.3f}  {statistics.median(every):.3f}")

    print(f"\nthe {args.worst} pages where they differ most:")
    for score, group, url, a, b in sorted(scored, key=lambda s: s[0])[: args.worst]:
        only_r = [w for w, _ in (a - b).most_common(8)]
        only_t = [w for w, _ in (b - a).most_common(8)]
        print(f"  F1 {score:.2f} {group} {url[:80]}")
        print(f"      words: resiliparse {sum(a.values())}, trafilatura {sum(b.values())}")
        print(f"      only resiliparse: {' '.join(only_r)}\n      only trafilatura: {' '.join(only_t)}")


if __name__ == "__main__":
    main()
