"""Rebuild ``derived/`` from the real files beside it (``python tests/data/documents/derive.py``).

Each derived file changes only what its name says, so tests see real text in damaged or
re-encoded form: the encrypted PDF is ``pdf/natnotes.pdf`` encrypted with pypdf (user password
``secret``); the scanned PDF is page 1 of it rendered to an image by PDFium and saved as an
image-only PDF by Pillow (no text layer); the truncated files are the real files' first bytes;
the GB18030, UTF-16 and Big5 files are the Debian Reference excerpts in ``text/`` re-encoded (the
Big5 file keeps only the paragraphs that Big5 can encode: paragraphs dropped, none edited); the
JSONL and CSV files hold one paragraph of the zh-CN excerpt a record, in GB18030, with one byte of
record 3 damaged (0xFF, never valid in GB18030) in the ``-damaged`` copies.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).parent
DERIVED = HERE / "derived"


def paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def pdfs() -> None:
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter

    source = HERE / "pdf" / "natnotes.pdf"
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with (DERIVED / "natnotes-encrypted.pdf").open("wb") as handle:
        writer.write(handle)
    image = pdfium.PdfDocument(source)[0].render(scale=1).to_pil().convert("L")
    image.save(DERIVED / "natnotes-scanned.pdf", "PDF", resolution=72)
    (DERIVED / "natnotes-truncated.pdf").write_bytes(source.read_bytes()[:2048])
    docx = HERE / "docx" / "par-known-paragraphs.docx"
    (DERIVED / "par-known-paragraphs-truncated.docx").write_bytes(docx.read_bytes()[:4096])


def encodings() -> None:
    cn = HERE / "text" / "debian-reference-zh-cn-1.1.13.txt"
    tw = HERE / "text" / "debian-reference-zh-tw-1.1.13.txt"
    text = cn.read_text(encoding="utf-8")
    (DERIVED / "zh-cn.gb18030.txt").write_bytes(text.encode("gb18030"))
    (DERIVED / "zh-cn.utf-16.txt").write_bytes(text.encode("utf-16"))
    kept = []
    for paragraph in paragraphs(tw):
        try:
            paragraph.encode("big5")
        except UnicodeEncodeError:
            continue
        kept.append(paragraph)
    (DERIVED / "zh-tw.big5.txt").write_bytes("\n\n".join(kept).encode("big5"))
    records = [{"id": f"zh-cn-{i}", "text": p.strip()} for i, p in enumerate(paragraphs(cn), 1)]
    lines = [json.dumps(r, ensure_ascii=False).encode("gb18030") for r in records]
    (DERIVED / "zh-cn.gb18030.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    lines[2] = lines[2][:20] + b"\xff" + lines[2][21:]
    (DERIVED / "zh-cn.gb18030-damaged.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (DERIVED / "zh-cn.gb18030.csv").write_bytes(as_csv([(r["id"], r["text"]) for r in records]).encode("gb18030"))
    rows = [(f"zh-tw-{i}", p.strip()) for i, p in enumerate(kept, 1)]
    (DERIVED / "zh-tw.big5.csv").write_bytes(as_csv(rows).encode("big5"))


def as_csv(rows: list[tuple[str, str]]) -> str:
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\n")
    table.writerow(["id", "text"])
    table.writerows(rows)
    return buffer.getvalue()


if __name__ == "__main__":
    DERIVED.mkdir(exist_ok=True)
    pdfs()
    encodings()
