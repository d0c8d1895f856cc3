"""PDF extraction for ``documents`` sources, measured on real PDFs: pypdfium2 and pypdf side by side
(pages per CPU-second, text quality), and corpusmill's reader (``pipeline/sources/pdf_text.py``,
built on pypdfium2) against each PDF's own text layer.

The PDFs are Debian's TeX Live documentation, Chinese and English (LPPL and other free licences):

    mkdir -p /tmp/debs && (cd /tmp/debs && apt-get download texlive-latex-base-doc texlive-lang-chinese)
    for f in /tmp/debs/*.deb; do dpkg -x "$f" /tmp/debs/x; done
    .venv/bin/python -m benchmarks.documents /tmp/debs/x/usr/share/doc [--latin 35] [--max-pages 60]

Selection (deterministic): every PDF with 2 to ``--max-pages`` pages whose first three pages hold
at least 200 Han characters, and the first ``--latin`` by path of those with Latin text only.

What is measured, per library, on the same files, in one process (CPU time, so other load on the
machine does not count):

- pages per CPU-second: pypdfium2's own ``get_text_range`` (the anchor), pypdf's
  ``extract_text``, and corpusmill's reader (whole documents: structure, headers, paragraphs);
- quality of the two libraries' text: words (ASCII letters and digits, and each Han character) of
  one found in the other (bag of words, both ways), words run together (tokens over 25 letters per
  1,000 words: missing spaces), characters that are U+FFFD or private use, files that fail;
- corpusmill: recall of the text layer's words (pypdfium2's own text, as a bag of words) in the
  records; running lines removed: a page "has" one when its text layer's first or last line
  (in PDFium's order; digits ignored) is a bare page number or is also the first or last line of
  at least two other pages of that document, and it is "removed" when that line is not a line of
  corpusmill's text for the page (``unit: page``); paragraph breaks: blank-line breaks per page,
  and the share of paragraphs that end a sentence (``. ! ? : ; 。 ！ ？ ： ；``) or are short
  lines (headings, list items: under 80 characters).

``--encodings FILE...`` measures ``encoding: auto`` instead: each UTF-8 text (``.gz`` allowed; e.g.
Debian's ``debian-reference-zh-cn`` and ``-zh-tw``, ``/usr/share/debian-reference/*.txt.gz``) is
re-encoded to GB18030, Big5 (the characters Big5 lacks dropped) and UTF-16-LE, cut into pieces of
64 KiB, 4 KiB and 1 KiB at arbitrary bytes, and each piece detected as a file's first bytes are.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium

from corpusmill.pipeline.sources.pdf_document import read_pdf

WORD = re.compile(r"[A-Za-z0-9]+|[\u4e00-\u9fff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
GLUED = re.compile(r"[A-Za-z]{26,}")
BAD = re.compile("[\ufffd\ue000-\uf8ff]")
DIGITS = re.compile(r"\d+")
BARE_NUMBER = re.compile(r"^\W*(\d{1,4}|[ivxlc]{1,6})\W*$", re.IGNORECASE)
SENTENCE_END = tuple(".!?:;。！？：；)）")


def select(root: Path, latin: int, max_pages: int) -> list[Path]:
    han, other = [], []
    for path in sorted(root.rglob("*.pdf")):
        try:
            pdf = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue
        pages = len(pdf)
        if not 2 <= pages <= max_pages:
            continue
        head = "".join(pdf[i].get_textpage().get_text_range() for i in range(min(3, pages)))
        if len(HAN.findall(head)) >= 200:
            han.append(path)
        elif len(re.findall("[A-Za-z]", head)) >= 1500 and not HAN.search(head):
            other.append(path)
    return han + other[:latin]


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text))


def recall(reference: Counter[str], found: Counter[str]) -> tuple[int, int]:
    return sum(min(n, found[w]) for w, n in reference.items()), sum(reference.values())


def pdfium_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def pypdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def timed(function, *args):
    start = time.process_time()
    result = function(*args)
    return result, time.process_time() - start


def running_lines(pages: list[str]) -> list[str | None]:
    """Each page's running line by the text layer's own line order (see the module docstring)."""
    ends = []
    for text in pages:
        lines = [line.strip() for line in text.replace("\r", "").split("\n") if line.strip()]
        ends.append([lines[0], lines[-1]] if lines else [])
    counts = Counter(DIGITS.sub("#", line) for page in ends for line in set(page))
    found: list[str | None] = []
    for page in ends:
        hit = [line for line in page if BARE_NUMBER.match(line) or counts[DIGITS.sub("#", line)] >= 3]
        found.append(hit[0] if hit else None)
    return found


def encodings(paths: list[Path]) -> None:
    import gzip

    from corpusmill.io.text_encoding import sniff

    print("| file | encoding | piece | right | ms per piece |\n|---|---|---|---|---|")
    for path in paths:
        data = path.read_bytes()
        text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")
        for codec, expected in (("gb18030", "gb18030"), ("big5", "big5hkscs"), ("utf-16-le", "utf-16-le")):
            encoded = text.encode(codec, "ignore")
            for size in (65536, 4096, 1024):
                pieces = [encoded[i : i + size] for i in range(0, min(len(encoded) - size, 40 * size), size)]
                start = time.process_time()
                right = sum(sniff(piece)[0] == expected for piece in pieces)
                ms = 1000 * (time.process_time() - start) / len(pieces)
                print(f"| {path.name} | {codec} | {size:,} | {right}/{len(pieces)} | {ms:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, nargs="?")
    parser.add_argument("--latin", type=int, default=35)
    parser.add_argument("--max-pages", type=int, default=60)
    parser.add_argument("--encodings", type=Path, nargs="+")
    args = parser.parse_args()
    if args.encodings:
        encodings(args.encodings)
        return
    files = select(args.root, args.latin, args.max_pages)
    seconds: Counter[str] = Counter()
    pages_total = 0
    agree = Counter()
    glued = Counter()
    bad = Counter()
    failed = Counter()
    ours: Counter[tuple[str, str]] = Counter()
    have = removed = 0
    breaks = paragraphs_total = paragraphs_ended = 0
    by_language = Counter()
    for path in files:
        layer, t = timed(pdfium_pages, path)
        seconds["pypdfium2"] += t
        try:
            other, t = timed(pypdf_pages, path)
            seconds["pypdf"] += t
        except Exception:  # a library failing on a real file is a measured outcome
            failed["pypdf"] += 1
            other = [""] * len(layer)
        document, t = timed(read_pdf, path.read_bytes(), str(path))
        seconds["corpusmill"] += t
        pages_total += len(layer)
        language = "zh" if len(HAN.findall("".join(layer))) > 200 else "en"
        by_language[language] += 1
        a, b = words("".join(layer)), words("".join(other))
        for name, (reference, found) in (("pypdf has pypdfium2's", (a, b)), ("pypdfium2 has pypdf's", (b, a))):
            hit, total = recall(reference, found)
            for scope in ("all", language):
                agree[name, scope, "hit"] += hit
                agree[name, scope, "total"] += total
        for name, text in (("pypdfium2", "".join(layer)), ("pypdf", "".join(other))):
            glued[name, "glued"] += len(GLUED.findall(text))
            glued[name, "words"] += sum(words(text).values())
            bad[name, "bad"] += len(BAD.findall(text))
            bad[name, "chars"] += len(text)
        text = document.text
        hit, total = recall(a, words(text))
        for scope in ("all", language):
            ours[scope, "hit"] += hit
            ours[scope, "total"] += total
        for running, part in zip(running_lines(layer), document.parts, strict=True):
            if running is None:
                continue
            have += 1
            lines = [line.strip() for line in part.text.split("\n")]
            removed += running not in lines
        blocks = [b for b in text.split("\n\n") if b.strip()]
        breaks += max(0, len(blocks) - 1)
        paragraphs_total += len(blocks)
        paragraphs_ended += sum(1 for b in blocks if b.rstrip().endswith(SENTENCE_END) or len(b) < 80)
    print(f"{len(files)} PDFs ({by_language['zh']} Chinese, {by_language['en']} English), {pages_total:,} pages")
    print("\n| extractor | pages / CPU-second |\n|---|---|")
    for name in ("pypdfium2", "pypdf", "corpusmill"):
        print(f"| {name} | {pages_total / seconds[name]:,.0f} |")
    print(
        "\n| library | words of the other it has (all / zh / en) | runs of 26+ letters per 1,000 words "
        "| U+FFFD / private-use per 1,000 chars | files failed |"
    )
    print("|---|---|---|---|---|")
    for name, key in (("pypdfium2", "pypdfium2 has pypdf's"), ("pypdf", "pypdf has pypdfium2's")):
        share = " / ".join(f"{agree[key, s, 'hit'] / max(1, agree[key, s, 'total']):.3f}" for s in ("all", "zh", "en"))
        runs = 1000 * glued[name, "glued"] / max(1, glued[name, "words"])
        odd = 1000 * bad[name, "bad"] / max(1, bad[name, "chars"])
        print(f"| {name} | {share} | {runs:.2f} | {odd:.2f} | {failed[name]} |")
    recalls = " / ".join(f"{ours[s, 'hit'] / max(1, ours[s, 'total']):.4f}" for s in ("all", "zh", "en"))
    print(f"\ncorpusmill: recall of the text layer's words (all / zh / en) {recalls}")
    print(f"running headers/footers: {removed}/{have} pages that have one lose it ({removed / max(1, have):.1%})")
    print(
        f"paragraph breaks: {breaks / pages_total:.1f} per page; {paragraphs_ended / max(1, paragraphs_total):.1%} of "
        f"{paragraphs_total:,} paragraphs end a sentence or are short lines"
    )


if __name__ == "__main__":
    main()
