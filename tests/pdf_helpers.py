"""PDFs for the find tests (tests/preview and tests/ui): one written by Qt's own PDF writer, and
where PDFium's own search puts a hit, to check our rectangles against."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter


def write_pdf(path: Path, lines: list[tuple[int, str]]) -> Path:
    """An A4 page at 72 dpi with each (y, text) drawn by Qt's own PDF writer (a real text layer)."""
    # A QApplication, not a QGuiApplication: a core test writing a PDF before the window's tests
    # would leave the process an application no window can be made in (Qt aborts).
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSize(14)
    painter.setFont(font)
    for y, text in lines:
        painter.drawText(72, y, text)
    painter.end()
    return path


def pdfium_hit_box(path: Path, page: int, needle: str, nth: int = 0) -> tuple[float, float, float, float, float, float]:
    """Where PDFium's own (case-insensitive) search puts the ``nth`` hit of ``needle`` on an unrotated
    ``page``, from its loose character boxes: left, top, width, height in points from the top-left,
    then the page's width and height."""
    doc = pdfium.PdfDocument(path)
    try:
        pdf_page = doc[page]
        textpage = pdf_page.get_textpage()
        searcher = textpage.search(needle, match_case=False)
        for _ in range(nth + 1):
            found = searcher.get_next()
        assert found is not None
        index, count = found
        boxes = [textpage.get_charbox(i, loose=True) for i in range(index, index + count)]
        width, height = pdf_page.get_size()
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return left, height - top, right - left, top - bottom, width, height
    finally:
        doc.close()
