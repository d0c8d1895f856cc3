"""A Word ``.docx`` file as an ``Extracted`` document, read with python-docx in body order:
paragraphs separated by a blank line, headings (``Title``, ``Heading N`` styles) as lines of
their own that start sections, list items (numbered or ``List`` styles) as ``-`` lines, tables as
text rows with cells separated by `` | `` (a merged cell once; a table nested in a cell as its
rows separated by `` ; ``). Core properties give the title,
author and creation time."""

from __future__ import annotations

from typing import IO

from corpusmill.pipeline.sources.documents import Extracted, Part


def read_docx(stream: IO[bytes]) -> Extracted:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(stream)
    sections: list[Part] = []
    blocks: list[tuple[str, str]] = []  # (kind, text): kind is heading, item, paragraph or row
    heading: str | None = None

    def close() -> None:
        if blocks:
            sections.append(Part(_join(blocks), section=heading))
            blocks.clear()

    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            text = paragraph.text.strip()
            if not text:
                continue
            kind = _kind(paragraph)
            if kind == "heading":
                close()
                heading = text
            blocks.append((kind, f"- {text}" if kind == "item" else text))
        elif tag == "tbl":
            blocks += [("row", row) for row in _rows(Table(element, document))]
    close()
    props = document.core_properties
    created = props.created.isoformat() if props.created is not None else None
    return Extracted(
        [Part(_join_parts(sections))],
        title=(props.title or "").strip() or next((p.section for p in sections if p.section), None),
        author=(props.author or "").strip() or None,
        created=created,
        sections=sections,
    )


def _kind(paragraph) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style == "Title" or style.startswith("Heading"):
        return "heading"
    properties = paragraph._p.pPr
    if style.startswith("List") or (properties is not None and properties.numPr is not None):
        return "item"
    return "paragraph"


def _rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _cell_text(cell) -> str:
    """A cell's paragraphs and the rows of tables nested in it, on one line."""
    from docx.table import Table

    parts = [" ; ".join(_rows(item)) if isinstance(item, Table) else item.text for item in cell.iter_inner_content()]
    return " ".join(" ".join(parts).split())


def _join(blocks: list[tuple[str, str]]) -> str:
    """Blocks as text: a line break between list items and between table rows, else a blank line."""
    text = ""
    previous = ""
    for kind, block in blocks:
        if text:
            text += "\n" if kind == previous and kind in ("item", "row") else "\n\n"
        text += block
        previous = kind
    return text


def _join_parts(parts: list[Part]) -> str:
    return "\n\n".join(part.text for part in parts if part.text)
