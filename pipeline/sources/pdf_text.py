"""A PDF's text layer as text with its structure, read with pypdfium2 (PDFium, the engine of
Chrome's PDF viewer; ``benchmarks/documents.py`` measures why it and not pypdf).

PDFium gives a page's characters in reading order with their boxes and marks where lines end.
Within a line, a gap wider than ``TABLE_GAP`` line heights is a table cell or a tab stop (written
`` | ``, so a table comes out as text rows); lines become paragraphs by their geometry, since a PDF
has no paragraphs, only positions:

- a blank line (``\\n\\n``) where the vertical gap to the next line is clearly larger than the
  page's usual line pitch, where text jumps up (a new column), or where a line that ends short of
  the right margin is followed by an indented one (a paragraph that ends, one that starts);
- a line of its own (``\\n``) after a line ending short of the margin (a heading, a list item, a
  verse, a table row) and before a list item (``-``, ``•``, ``1.``, ``(a)``);
- a line beside the one before (they overlap vertically: PDFium ends a line at a superscript or a
  fraction) continues it after a space;
- else the line continues the paragraph: joined with a space, with nothing between CJK
  characters, and a word hyphenated at the line end is joined (``infor-`` + ``mation``: PDFium
  marks the hyphens of hyphenation, and a ``-`` after a letter before a lowercase letter is one).

Running headers and footers are lines at a page's top or bottom edge whose text repeats at that
edge on other pages of the document (on at least 3 pages, every page of a shorter document, or a
page at most two away: a chapter's header on facing pages), its numbers equal or changed as the
page number did; the line next to the edge goes only after the outermost one, and only when its
exact text repeats (a two-line header, a footer above the page number). A bare page number
(``12``, ``- 12 -``, ``Page 3 of 9``, ``xiv``, ``第 3 页``) at an edge goes too.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass

from corpusmill.text.cjk import CJK_CLASS

TABLE_GAP = 2.5  # a gap between runs on one line wider than this many line heights separates cells
PARAGRAPH_PITCH = 1.45  # a vertical step this many times the usual one is a paragraph break
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be a running header/footer
MIN_REPEATS = 3  # pages an edge line must repeat on (or all of them, in a shorter document)
LIST_ITEM = re.compile(r"^\s*(?:[-•◦▪●○■□–—*·]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s)")
PAGE_NUMBER = re.compile(
    r"^[\s\-–—|·.]*(?:(?:page|p\.|seite|第)\s*)?(?:\d{1,5}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|/|von)\s*\d{1,5})?\s*(?:页|頁)?[\s\-–—|·.]*$",
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+")
SENTENCE_END = tuple(".!?:;。！？：；…")
UNSPACED = re.compile(f"[{CJK_CLASS}\u3000-\u303f\uff00-\uffef]")  # CJK letters, punctuation, full-width forms
SPACES = re.compile(r"\s+")


@dataclass
class Line:
    text: str
    left: float
    bottom: float
    right: float
    top: float
    joins: bool = False  # starts with the rest of a word PDFium found hyphenated at the line before's end

    @property
    def height(self) -> float:
        return self.top - self.bottom


def page_lines(textpage) -> list[Line]:  # a pypdfium2 PdfTextPage
    """The page's lines in PDFium's reading order (it marks line ends), from its characters and
    their boxes: spaces collapse to one, a gap wider than ``TABLE_GAP`` line heights is `` | ``."""
    import pypdfium2.raw as pdfium_c

    handle = textpage.raw
    lines: list[Line] = []
    current: Line | None = None
    space = hyphen = False
    high = 0  # PDFium keeps a character past U+FFFF as two UTF-16 halves, one index each
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(handle, index)
        if 0xD800 <= code < 0xDC00:
            high = code
            continue
        if 0xDC00 <= code < 0xE000:
            if not high:
                continue  # a lone half: no character
            code, high = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00), 0
        if code in (10, 13):
            current, space = None, False
            continue
        if code == 2:  # a hyphen PDFium found at a line end; the word goes on without a line break
            hyphen = current is not None
            continue
        char = chr(code)
        if code < 32 or char.isspace() or code in (0xFFFE, 0xFFFF):
            space = space or current is not None
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        if current is None or (hyphen and left < current.right - (top - bottom)):
            current = Line(char, left, bottom, right, top, joins=hyphen)
            lines.append(current)
        else:
            gap = left - current.right
            if gap > TABLE_GAP * max(current.height, top - bottom, 1.0):
                current.text += " | "
            elif space:
                current.text += " "
            current.text += char
            current.right = max(current.right, right)
            current.bottom, current.top = min(current.bottom, bottom), max(current.top, top)
        space = hyphen = False
    return lines


@dataclass(frozen=True)
class Edge:
    """A line at a page's top or bottom: its key (edge, depth, text with digits as ``#``), the
    numbers in it and the page it is on."""

    key: str
    numbers: tuple[int, ...]
    page: int

    def agrees(self, other: Edge) -> bool:
        """The same running line: every number equal, or changed by as much as the page number
        did (``Chapter 2 ... 14`` on page 14, ``Chapter 2 ... 15`` on page 15); a section number
        or a code line number that changes otherwise is body text at the edge by chance."""
        step = other.page - self.page
        return len(self.numbers) == len(other.numbers) and all(
            a == b or b - a == step for a, b in zip(self.numbers, other.numbers, strict=True)
        )


def edges(lines: list[Line], page: int) -> list[list[tuple[int, Edge]]]:
    """The lines at the page's top and at its bottom, outermost first, as (index, edge). The
    line next to the outermost is matched on its exact text (it is body text more often)."""
    if not lines:
        return []
    order = sorted(range(len(lines)), key=lambda i: -lines[i].top)
    found = []
    for side, indexes in (("top:", order[:EDGE_LINES]), ("bottom:", order[::-1][:EDGE_LINES])):
        keys = []
        for depth, i in enumerate(indexes):
            text = SPACES.sub(" ", lines[i].text.lower()).strip()
            numbers = tuple(int(n[:9]) for n in DIGITS.findall(text)) if depth == 0 else ()
            key = f"{side}{depth}{DIGITS.sub('#', text) if depth == 0 else text}"
            keys.append((i, Edge(key, numbers, page)))
        found.append(keys)
    return found


def remove_running_lines(pages: list[list[Line]]) -> tuple[list[list[Line]], int]:
    """The pages without running headers, footers and page numbers, and how many lines went.

    An edge line goes when a line that agrees with it (``Edge.agrees``) is at that edge on
    ``MIN_REPEATS`` pages in all (every page of a shorter document) or on a page at most two away
    (a chapter's header, on facing pages), or when it is a bare page number; the second line from
    an edge only when the outermost went."""
    found = [edges(lines, number) for number, lines in enumerate(pages)]
    where: dict[str, list[Edge]] = defaultdict(list)
    for page_edges in found:
        for keys in page_edges:
            for _, edge in keys:
                where[edge.key].append(edge)
    need = max(2, min(MIN_REPEATS, len(pages)))
    removed = 0
    kept_pages: list[list[Line]] = []
    for lines, page_edges in zip(pages, found, strict=True):
        drop: set[int] = set()
        for keys in page_edges:
            for i, edge in keys:
                if i in drop or not (_repeats(edge, where[edge.key], need) or PAGE_NUMBER.match(lines[i].text)):
                    break
                drop.add(i)
        removed += len(drop)
        kept_pages.append([line for i, line in enumerate(lines) if i not in drop])
    return kept_pages, removed


def _repeats(edge: Edge, others: list[Edge], need: int) -> bool:
    pages = {other.page for other in others if other.page != edge.page and edge.agrees(other)}
    return len(pages) + 1 >= need or any(abs(page - edge.page) <= 2 for page in pages)


def paragraphs(lines: list[Line]) -> str:
    """A page's lines as text: paragraphs separated by a blank line, kept lines by a line break."""
    if not lines:
        return ""
    height = statistics.median(line.height for line in lines) or 1.0
    steps = [a.bottom - b.bottom for a, b in itertools.pairwise(lines)]
    usual = [s for s in steps if 0.5 * height < s < 3 * height]
    pitch = statistics.median(usual) if usual else 1.2 * height
    text = lines[0].text
    for prev, line, step in zip(lines, lines[1:], steps, strict=False):
        if line.joins:
            text += line.text
            continue
        if line.bottom < prev.top and line.top > prev.bottom:  # beside it: a superscript, a fraction's part
            text = join_lines(text, line.text) if UNSPACED.match(line.text[0]) else f"{text} {line.text}"
            continue
        short = prev.right < right_margin(prev, lines) - 2.5 * height
        indented = line.left > prev.left + 0.8 * height
        if step > PARAGRAPH_PITCH * pitch or line.bottom > prev.top or (short and indented):
            text += "\n\n" + line.text
        elif short or LIST_ITEM.match(line.text) or " | " in prev.text:
            text += "\n" + line.text
        else:
            text = join_lines(text, line.text)
    return text


def right_margin(line: Line, lines: list[Line]) -> float:
    """Where the full lines of ``line``'s column end: the rights of the lines it overlaps
    horizontally (one column of a two-column page), past the widest outliers."""
    rights = sorted(other.right for other in lines if other.left < line.right and other.right > line.left)
    return rights[int(0.8 * (len(rights) - 1))]


def join_lines(text: str, line: str) -> str:
    """``line`` continuing the paragraph ``text``: a hyphenated word joined, nothing between CJK."""
    if not line:
        return text
    if len(text) >= 2 and text[-1] in "-\u00ad" and text[-2].isalpha() and line[0].islower():
        return text[:-1] + line
    if UNSPACED.match(text[-1]) or UNSPACED.match(line[0]):
        return text + line
    return f"{text} {line}"


def join_pages(pages: list[str]) -> str:
    """Pages as one text: a paragraph that runs over a page break is joined like two of its lines
    (the page before does not end a sentence, the next starts in lowercase or goes on in CJK),
    else the pages are separated by a blank line."""
    text = ""
    for page in pages:
        if not page:
            continue
        if text and not text.endswith(SENTENCE_END) and (page[0].islower() or UNSPACED.match(page[0])):
            text = join_lines(text, page)
        else:
            text = f"{text}\n\n{page}" if text else page
    return text
