"""A PDF as an ``Extracted`` document: pages of structured text (``pdf_text``), the sections its
top-level bookmarks start, and its own metadata (title, author, creation date)."""

from __future__ import annotations

import re

from corpusmill.pipeline.sources.documents import Extracted, Part, Unreadable
from corpusmill.pipeline.sources.pdf_text import join_pages, page_lines, paragraphs, remove_running_lines

PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz]|[+-]\d{2}'?\d{2}'?)?")


def read_pdf(data: bytes, path: str) -> Extracted:
    """Raises ``Unreadable`` for an encrypted PDF and for one without any text layer."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower() or "security" in str(err).lower():
            raise Unreadable("encrypted", f"{path}: encrypted, needs a password") from None
        raise Unreadable("corrupt_file", f"{path}: not a readable PDF ({err})") from None
    try:
        count = len(pdf)
        pages, chars = [], 0
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += textpage.count_chars()
            pages.append(page_lines(textpage))
            textpage.close()
            page.close()
        if chars == 0:
            raise Unreadable(
                "no_text_layer", f"{path}: {count} pages, none with a text layer (a scan? there is no OCR)"
            )
        pages, _ = remove_running_lines(pages)
        parts = [Part(paragraphs(lines), page=number) for number, lines in enumerate(pages, 1)]
        meta = pdf.get_metadata_dict(skip_empty=True)
        return Extracted(
            parts,
            text=join_pages([part.text for part in parts]),
            title=meta.get("Title", "").strip() or None,
            author=meta.get("Author", "").strip() or None,
            created=pdf_date(meta.get("CreationDate", "")),
            pages=count,
            sections=_sections(pdf, parts),
        )
    finally:
        pdf.close()


def _sections(pdf, parts: list[Part]) -> list[Part]:
    """The pages grouped by the top-level bookmarks that start on them; none without bookmarks."""
    starts: list[tuple[int, str]] = []
    for bookmark in pdf.get_toc():
        if bookmark.level != 0:
            continue
        index = bookmark.get_dest().get_index() if bookmark.get_dest() is not None else None
        if index is not None and 0 <= index < len(parts) and (not starts or index > starts[-1][0]):
            starts.append((index, bookmark.get_title()))
    if not starts:
        return []
    if starts[0][0] > 0:
        starts.insert(0, (0, None))
    bounds = [*(s for s, _ in starts), len(parts)]
    return [
        Part(join_pages([p.text for p in parts[a:b]]), page=a + 1, section=title)
        for (a, title), b in zip(starts, bounds[1:], strict=True)
    ]


def pdf_date(value: str) -> str | None:
    """A PDF date (``D:20100914111103+02'00'``) as ISO 8601, or None."""
    found = PDF_DATE.match(value.strip())
    if not found:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    text = f"{year}-{month or '01'}-{day or '01'}"
    if hour:
        text += f"T{hour}:{minute or '00'}:{second or '00'}"
        if zone:
            text += "Z" if zone in "Zz" else f"{zone[:3]}:{zone.replace(chr(39), '')[3:5] or '00'}"
    return text
