"""Printing every previewable kind through Qt's print support, fed by ``clientvault.preview``.

* PDF pages are rendered at PRINT_DPI (never the printer's 1200 dpi: an A4 page would be ~557 MB) and
  drawn with ``drawImage(target, image)`` fitted to the paper, each page in its own orientation
  unless the person chose one.
* Images (every TIFF page) are fitted the same way.
* Workbooks and CSV become an HTML table per visible sheet (:mod:`clientvault.ui.print_sheet`),
  Word documents their HTML, plain text itself; a QTextDocument paginates them and we draw page by
  page, so progress and cancel work for every kind. Those pages carry a header (the company, the
  file name, the day it was printed) and «Page 1 of 3» at the foot: a stack of printed sheets on a
  desk must say whose they are. PDFs and images are printed as they are, with nothing drawn over them.

``print_document(path, mime, printer, cancelled, progress, header=, pages=, orientation=)`` needs no
window and returns the pages printed. The window's print preview is
:class:`clientvault.ui.dialogs.print_preview.PrintPreviewWindow`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPageLayout, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from clientvault.preview import open_preview
from clientvault.preview.base import Cancelled, check
from clientvault.ui.formatting import local_date
from clientvault.ui.preview.image_view import fitted
from clientvault.ui.print_sheet import MAX_PRINT_ROWS, sheet_html

__all__ = ["MAX_PRINT_ROWS", "PageHeader", "page_header", "print_document", "print_preview_for_selection",
           "print_text_document", "sheet_html"]

PRINT_DPI = 200
WIDE_TABLE = 8  # sheets with more columns than this print in landscape
LAYOUT_DPI = 96  # text documents are laid out as on screen, then scaled to the printer's resolution
TEXT_MARGINS_MM = QMarginsF(15, 12, 15, 12)  # left, top, right, bottom of sheet, Word and text pages
HEADER_PX = 11  # header and footer text, in layout pixels (about 8 pt)
Progress = Callable[[int, int], None]
PageRange = tuple[int, int] | None  # first and last page to print, 1-based, inclusive; None: all
Orientation = QPageLayout.Orientation
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls by this name


@dataclass(frozen=True)
class PageHeader:
    """What the top of every printed text page says; ``printed_on`` already in the locale's format."""

    company: str
    file_name: str
    printed_on: str


def page_header(company: str, file_name: str, day: date | None = None) -> PageHeader:
    """The header for today (or ``day``), the date in the locale's order with a four-digit year."""
    return PageHeader(company, file_name, local_date(day or date.today()))


def page_label(number: int, total: int) -> str:
    return translate("Printing", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))


def _orientation(width: float, height: float) -> Orientation:
    return Orientation.Landscape if width > height else Orientation.Portrait


def _paint_rect(printer: QPrinter) -> QRect:
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    return QRect(0, 0, rect.width(), rect.height())


def _chosen(total: int, pages: PageRange) -> range:
    """The 0-based pages of ``total`` that ``pages`` picks (clamped: a range past the end prints to the end)."""
    if pages is None:
        return range(total)
    first, last = pages
    return range(max(first, 1) - 1, min(last, total))


def _start(painter: QPainter, printer: QPrinter, first: bool) -> None:
    if first:
        if not painter.begin(printer):
            raise OSError(translate("Printing", "The printer could not be started."))
    elif not printer.newPage():
        raise OSError(translate("Printing", "The printer refused a new page."))


def _print_images(printer: QPrinter, count: int, size_of: Callable[[int], tuple[float, float]],
                  image_of: Callable[[int], QImage], cancelled: Cancelled | None, progress: Progress | None,
                  pages: PageRange = None, orientation: Orientation | None = None,
                  on_total: Callable[[int], None] | None = None) -> int:
    """One image per sheet of paper, each page turned to its own orientation (or the one chosen),
    fitted keeping aspect."""
    if on_total is not None:
        on_total(count)
    chosen = _chosen(count, pages)
    painter = QPainter()
    try:
        for n, i in enumerate(chosen):
            check(cancelled)
            printer.setPageOrientation(orientation if orientation is not None else _orientation(*size_of(i)))
            _start(painter, printer, n == 0)
            image = image_of(i)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(fitted(image.size(), _paint_rect(printer)), image)
            if progress is not None:
                progress(n + 1, len(chosen))
    finally:
        if painter.isActive():
            painter.end()
    return len(chosen)


def _header_font(bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(HEADER_PX)  # layout pixels: the painter is scaled to the printer afterwards
    font.setBold(bold)
    return font


def _bands(header: PageHeader | None) -> tuple[float, float]:
    """Heights (layout pixels) of the header band (two lines and a rule) and the footer band."""
    if header is None:
        return 0.0, 0.0
    line = QFontMetricsF(_header_font(True)).height()
    return 2 * line + 14, line + 10


def _draw_header(painter: QPainter, header: PageHeader, width: float) -> None:
    """Company (bold) and the date on the first line, the file name under them, a thin rule."""
    flags = Qt.AlignmentFlag
    bold, plain = _header_font(True), _header_font()
    line = QFontMetricsF(bold).height()
    painter.setPen(QPen(Qt.GlobalColor.black))
    painter.setFont(plain)
    date_width = QFontMetricsF(plain).horizontalAdvance(header.printed_on) + 4
    painter.drawText(QRectF(width - date_width, 0, date_width, line), int(flags.AlignRight | flags.AlignVCenter),
                     header.printed_on)
    painter.setFont(bold)
    company = QFontMetricsF(bold).elidedText(header.company, Qt.TextElideMode.ElideRight, width - date_width - 12)
    painter.drawText(QRectF(0, 0, width - date_width - 12, line), int(flags.AlignLeft | flags.AlignVCenter), company)
    painter.setFont(plain)
    name = QFontMetricsF(plain).elidedText(header.file_name, Qt.TextElideMode.ElideMiddle, width)
    painter.drawText(QRectF(0, line, width, line), int(flags.AlignLeft | flags.AlignVCenter), name)
    painter.setPen(QPen(Qt.GlobalColor.gray, 0.5))
    painter.drawLine(QRectF(0, 2 * line + 4, width, 0).topLeft(), QRectF(0, 2 * line + 4, width, 0).topRight())


def _draw_footer(painter: QPainter, width: float, top: float, number: int, total: int) -> None:
    plain = _header_font()
    painter.setFont(plain)
    painter.setPen(QPen(Qt.GlobalColor.black))
    line = QFontMetricsF(plain).height()
    painter.drawText(QRectF(0, top + 10, width, line), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                     page_label(number, total))


def print_text_document(doc: QTextDocument, printer: QPrinter, cancelled: Cancelled | None = None,
                        progress: Progress | None = None, header: PageHeader | None = None,
                        pages: PageRange = None, on_total: Callable[[int], None] | None = None) -> int:
    """Paginate ``doc`` on the printer's paper page by page (so it can report progress and stop),
    under ``header`` with «Page n of N» at the foot when one is given; returns the pages printed."""
    rect = _paint_rect(printer)
    scale = printer.resolution() / LAYOUT_DPI
    top, bottom = _bands(header)
    width, height = rect.width() / scale, rect.height() / scale
    page = QSizeF(width, max(height - top - bottom, 100.0))
    doc.setPageSize(page)
    total = max(1, doc.pageCount())
    if on_total is not None:
        on_total(total)
    chosen = _chosen(total, pages)
    painter = QPainter()
    try:
        for n, i in enumerate(chosen):
            check(cancelled)
            _start(painter, printer, n == 0)
            painter.save()
            painter.scale(scale, scale)
            if header is not None:
                _draw_header(painter, header, width)
                _draw_footer(painter, width, top + page.height(), i + 1, total)
            painter.translate(0, top - i * page.height())
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            if progress is not None:
                progress(n + 1, len(chosen))
    finally:
        if painter.isActive():
            painter.end()
    return len(chosen)


def print_document(path: str | os.PathLike[str], mime_type: str | None, printer: QPrinter,
                   cancelled: Cancelled | None = None, progress: Progress | None = None, *,
                   header: PageHeader | None = None, pages: PageRange = None,
                   orientation: Orientation | None = None, dpi: int = PRINT_DPI,
                   on_total: Callable[[int], None] | None = None) -> int:
    """Print the file on ``printer`` (a PDF file, a real queue, a preview); returns the pages printed.

    ``header``: drawn on sheet, Word, CSV and text pages. ``pages``: (first, last), 1-based, the
    numbers the paper shows. ``orientation``: None lets each kind choose (a PDF page its own, a
    sheet wider than WIDE_TABLE columns landscape, the rest portrait). ``dpi``: what PDF pages are
    rendered at (a preview on screen needs less). ``on_total`` hears the document's page count
    (all of it, not only the range) before the first page is drawn.
    Raises PreviewError when the file cannot be read, PreviewCancelled when ``cancelled()`` said stop.
    """
    preview = open_preview(Path(path), mime_type, cancelled=cancelled)
    try:
        if preview.kind == "pdf":
            dpi = min(dpi, printer.resolution())
            return _print_images(printer, preview.page_count, preview.page_size,  # type: ignore[union-attr]
                                 lambda i: preview.render(i, dpi=dpi, cancelled=cancelled),  # type: ignore[union-attr]
                                 cancelled, progress, pages, orientation, on_total)
        if preview.kind == "image":
            first = preview.image(0)  # type: ignore[union-attr]
            images = {0: first}

            def image_of(i: int) -> QImage:
                return images.pop(i) if i in images else preview.image(i, cancelled=cancelled)  # type: ignore[union-attr]

            # each TIFF page turned to its own shape (a receipt scanned after an A4 page)
            return _print_images(printer, preview.page_count, preview.page_size,  # type: ignore[union-attr]
                                 image_of, cancelled, progress, pages, orientation, on_total)
        doc = QTextDocument()
        font = QFont(doc.defaultFont())
        turn = Orientation.Portrait
        if preview.kind == "word":
            doc.setHtml(preview.html)  # type: ignore[union-attr]
        elif preview.kind == "text" and preview.delimiter is None:  # type: ignore[union-attr]
            font.setFamily("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            doc.setPlainText(preview.text)  # type: ignore[union-attr]
        else:
            font.setPointSizeF(8)
            text, widest = sheet_html(preview, cancelled)
            doc.setHtml(text)
            if widest > WIDE_TABLE:
                turn = Orientation.Landscape
        printer.setPageOrientation(orientation if orientation is not None else turn)
        # Margins as a spreadsheet program leaves them (PDF output's default is a few millimetres,
        # closer to the edge than many printers reach); PDFs and images keep the paper's own.
        printer.setPageMargins(TEXT_MARGINS_MM, QPageLayout.Unit.Millimeter)
        doc.setDefaultFont(font)
        return print_text_document(doc, printer, cancelled, progress, header, pages, on_total)
    finally:
        preview.close()


def print_preview_for_selection(window: Any) -> Any:
    """The print preview of the file selected in the main window, as *Print…* opens it, not yet
    shown (the screenshot test shoots it); None when not exactly one file is selected."""
    docs = window.selected_documents()
    return window.files.print_preview(docs[0]) if len(docs) == 1 else None
