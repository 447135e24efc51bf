"""Text of annual-report attachments stored by the crawl: PDF (pypdf) and DOCX (the
document.xml inside the zip). Hostile input: a file that does not parse yields ""."""

from __future__ import annotations

import io
import zipfile

import lxml.etree

from govaudit.model.extract.blocks import OPEN, SEP

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_DOCX_XML = 20_000_000  # bytes of document.xml we are willing to parse


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, pages joined by newlines ("" for image-only or broken files)."""
    from pypdf import PdfReader  # imported here: only reports with PDF attachments need it
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return ""


def docx_text(data: bytes) -> str:
    """Paragraph and table-cell text of a .docx, one paragraph a line; a table cell's
    text sits between blocks.OPEN and blocks.SEP, so a blank cell stays a cell."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > _MAX_DOCX_XML:
                return ""
            root = lxml.etree.fromstring(zf.read(info), lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    except (zipfile.BadZipFile, KeyError, lxml.etree.XMLSyntaxError, OSError):
        return ""
    lines: list[str] = []
    cell_opens = False
    for event, el in lxml.etree.iterwalk(root, events=("start", "end"), tag=(f"{_W}p", f"{_W}tc")):
        if el.tag == f"{_W}tc":  # a table cell: its text between block boundaries, as in HTML
            if event == "start":
                cell_opens = True
            elif cell_opens:  # a cell without a paragraph
                lines.append(OPEN + SEP)
                cell_opens = False
            else:
                lines[-1] += SEP
        elif event == "end":
            text = "".join(t.text or "" for t in el.iter(f"{_W}t"))
            lines.append(OPEN + text if cell_opens else text)
            cell_opens = False
    return "\n".join(lines)


def attachment_text(data: bytes, url: str) -> tuple[str, str] | None:
    """(text, "pdf" | "docx") for a PDF or DOCX attachment, else None."""
    path = url.lower().split("?", 1)[0]
    if path.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data), "pdf"
    if path.endswith(".docx"):
        return docx_text(data), "docx"
    return None
