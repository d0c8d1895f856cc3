"""Page decoding when the server's charset is wrong or missing (issue 28, item 8), on the WARC files
in ../shared/data/web/warc.

Every HTML response whose body is not UTF-8 is decoded with its right charset (the one its
``<meta>`` or header declares), then again with the ``<meta>`` removed and served as
``charset=utf-8``, ``charset=iso-8859-1`` and without a charset. A case is right when the text
equals the right charset's. ``decode_html`` (what the WARC reader and the crawler use) is compared
with the decoder it replaced (UTF-8, then the declared charset, then cp1252). It also counts the
pages, as served, whose text the two decoders give differently.

    .venv/bin/python benchmarks/page_encodings.py [--data ../shared/data/web/warc]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from corpusmill.io.html_decode import META_CHARSET, decode_html

SERVED = ("text/html; charset=utf-8", "text/html; charset=iso-8859-1", "text/html")
BEFORE_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "iso-8859-1": "cp1252", "latin-1": "cp1252"}


def before(body: bytes, content_type: str) -> str:
    """The WARC reader's decoder before this change."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = [content_type.lower().partition("charset=")[2].strip(" \"';")]
    meta = META_CHARSET.search(body[:4096])
    if meta:
        declared.append(meta.group(1).decode("ascii").lower())
    for encoding in declared:
        if encoding:
            try:
                return body.decode(BEFORE_SUPERSETS.get(encoding, encoding))
            except (UnicodeDecodeError, LookupError):
                continue
    return body.decode("cp1252", "replace")


def pages(folder: Path) -> list[tuple[str, str, bytes]]:
    """(url, Content-Type, body) of every HTML or text response warcio reads."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not re.search(r"\.w?arc(\.gz)?$", path.name):
            continue
        try:
            with path.open("rb") as handle:
                for record in ArchiveIterator(handle, arc2warc=True):
                    if record.rec_type != "response" or record.http_headers is None:
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                    if content_type.lower().startswith(("text/html", "application/xhtml", "text/plain")):
                        url = record.rec_headers.get_header("WARC-Target-URI")
                        found.append((url, content_type, record.content_stream().read()))
        except Exception:  # a file warcio cannot read (ARC variants, bad gzip) is left out of both columns
            continue
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[1] / "../shared/data/web/warc")
    args = parser.parse_args()
    everything = pages(args.data)
    changed = sum(before(body, ct) != decode_html(body, ct) for _, ct, body in everything)
    print(f"{len(everything)} HTML/text responses; decoded differently as served: {changed}")
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[str] = Counter()
    for _, _, body in everything:
        try:
            body.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        meta = META_CHARSET.search(body[:4096])
        if meta is None:
            continue
        declared = meta.group(1).decode("ascii").lower()
        bare = META_CHARSET.sub(b"<meta data-x", body)
        expected = decode_html(bare, f"text/html; charset={declared}")
        for served in SERVED:
            total[declared] += 1
            for name, decoder in (("before", before), ("decode_html", decode_html)):
                right[(declared, name)] += decoder(bare, served) == expected
    print(f"{'declared':<14} {'cases':>5} {'before':>7} {'decode_html':>12}")
    for declared, cases in sorted(total.items()):
        print(f"{declared:<14} {cases:>5} {right[(declared, 'before')]:>7} {right[(declared, 'decode_html')]:>12}")
    print(
        f"{'all':<14} {sum(total.values()):>5} {sum(v for (_, n), v in right.items() if n == 'before'):>7} "
        f"{sum(v for (_, n), v in right.items() if n == 'decode_html'):>12}"
    )


if __name__ == "__main__":
    main()
