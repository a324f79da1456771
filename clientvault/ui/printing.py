"""Printing every previewable kind through Qt's print support, fed by ``clientvault.preview``.

* PDF pages are rendered at PRINT_DPI (never the printer's 1200 dpi: an A4 page would be ~557 MB) and
  drawn with ``drawImage(target, image)`` fitted to the paper, each page in its own orientation
  unless the person chose one.
* Images (every TIFF page) are fitted the same way.
* Workbooks and CSV become an HTML table per visible sheet (:mod:`clientvault.ui.print_sheet`),
  laid out a page of rows at a time in QTextDocuments of their own (:func:`_lay_out_sheets`: one
  document of 12,000 rows held the window 61 s), Word documents their HTML, plain text itself; a
  QTextDocument paginates them and we draw page by page, so progress and cancel work for every kind.
  With ``estimate`` (the preview) a sheet is laid out only as far as the pages wanted. Those pages
  carry a header (the company, the file name, the day it was printed) and «Page 1 of 3» at the
  foot: a stack of printed sheets on a desk must say whose they are. PDFs and images are printed
  as they are, with nothing drawn over them.

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
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPageLayout, QPainter, QPen, QTextDocument, QTextTable
from PySide6.QtPrintSupport import QPrinter

from clientvault.preview import open_preview
from clientvault.preview.base import Cancelled, check
from clientvault.ui.formatting import local_date
from clientvault.ui.preview.image_view import fitted
from clientvault.ui.print_sheet import MAX_PRINT_ROWS, SheetPart, sheet_html, sheet_parts

__all__ = ["MAX_PRINT_ROWS", "PageHeader", "page_header", "print_document", "print_preview_for_selection",
           "print_text_document", "sheet_html"]

PRINT_DPI = 200
WIDE_TABLE = 8  # sheets with more columns than this print in landscape
LAYOUT_DPI = 96  # text documents are laid out as on screen, then scaled to the printer's resolution
TEXT_MARGINS_MM = QMarginsF(15, 12, 15, 12)  # left, top, right, bottom of sheet, Word and text pages
HEADER_PX = 11  # header and footer text, in layout pixels (about 8 pt)
SLICE_ROWS = 16  # the fewest sheet rows laid out at a time (a slice is about a page and a third of rows)
MAX_SLICE_ROWS = 400  # the most: 400 rows of one short column still lay out in a fraction of a second
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


def page_label(number: int, total: int, about: bool = False) -> str:
    """«Page 1 of 3»; ``about``: the total is an estimate (a preview that laid out only its first pages)."""
    words = translate("Printing", "Page %1 of about %2") if about else translate("Printing", "Page %1 of %2")
    return words.replace("%1", str(number)).replace("%2", str(total))


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


def _draw_footer(painter: QPainter, width: float, top: float, number: int, total: int, about: bool = False) -> None:
    plain = _header_font()
    painter.setFont(plain)
    painter.setPen(QPen(Qt.GlobalColor.black))
    line = QFontMetricsF(plain).height()
    painter.drawText(QRectF(0, top + 10, width, line), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                     page_label(number, total, about))


@dataclass(frozen=True)
class _Paper:
    """A text page in layout pixels: ``scale`` to the printer, the header band above ``page``."""

    scale: float
    top: float
    width: float
    page: QSizeF


def _paper(printer: QPrinter, header: PageHeader | None) -> _Paper:
    rect = _paint_rect(printer)
    scale = printer.resolution() / LAYOUT_DPI
    top, bottom = _bands(header)
    width, height = rect.width() / scale, rect.height() / scale
    return _Paper(scale, top, width, QSizeF(width, max(height - top - bottom, 100.0)))


@dataclass(frozen=True)
class _Laid:
    """A laid-out document and how many of its first pages go on paper (the rest starts the next)."""

    doc: QTextDocument
    pages: int
    cut: float | None = None  # where the last of those pages ends, in the document: the carried row's top


def _draw_pages(printer: QPrinter, laid: list[_Laid], total: int, paper: _Paper, cancelled: Cancelled | None,
                progress: Progress | None, header: PageHeader | None, pages: PageRange, about: bool = False) -> int:
    """The chosen pages of the documents, one after the other, numbered «Page n of total»."""
    index = [(part.doc, i, part.cut, part.pages - 1) for part in laid for i in range(part.pages)]
    chosen = _chosen(len(index), pages)
    page = paper.page
    painter = QPainter()
    try:
        for n, number in enumerate(chosen):
            check(cancelled)
            doc, i, cut, last = index[number]
            _start(painter, printer, n == 0)
            painter.save()
            painter.scale(paper.scale, paper.scale)
            if header is not None:
                _draw_header(painter, header, paper.width)
                _draw_footer(painter, paper.width, paper.top + page.height(), number + 1, total, about)
            painter.translate(0, paper.top - i * page.height())
            bottom = (i + 1) * page.height()
            if cut is not None and i == last:
                bottom = min(bottom, cut)
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), bottom - i * page.height()))
            painter.restore()
            if progress is not None:
                progress(n + 1, len(chosen))
    finally:
        if painter.isActive():
            painter.end()
    return len(chosen)


def print_text_document(doc: QTextDocument, printer: QPrinter, cancelled: Cancelled | None = None,
                        progress: Progress | None = None, header: PageHeader | None = None,
                        pages: PageRange = None, on_total: Callable[[int], None] | None = None) -> int:
    """Paginate ``doc`` on the printer's paper page by page (so it can report progress and stop),
    under ``header`` with «Page n of N» at the foot when one is given; returns the pages printed."""
    paper = _paper(printer, header)
    doc.setPageSize(paper.page)
    total = max(1, doc.pageCount())
    if on_total is not None:
        on_total(total)
    return _draw_pages(printer, [_Laid(doc, total)], total, paper, cancelled, progress, header, pages)


def _html_document(text: str, font: QFont, page: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setHtml(text)
    doc.setPageSize(page)
    return doc


def _row_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float] | None:
    """Top and bottom of the row's text in the document (None: every cell of it is merged from above)."""
    layout = doc.documentLayout()
    rects = [layout.blockBoundingRect(cell.firstCursorPosition().block())
             for cell in (table.cellAt(row, column) for column in range(table.columns())) if cell.row() == row]
    return (min(r.top() for r in rects), max(r.bottom() for r in rects)) if rects else None


def _carry(doc: QTextDocument, page_height: float) -> tuple[int, float] | None:
    """The first table row (0-based) that does not end on the document's first page, and where its
    text starts: the next slice starts with it. None when no such row can be carried (the first
    page ends with the table; one row taller than a page). Qt breaks a row of two-line cells
    between pages line by line (an amount's «593708» on one page, its «.11» on the next): carried
    whole and cut off here, a row is never split."""
    tables = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    if doc.pageCount() < 2 or not tables:
        return None
    table = tables[-1]
    for row in range(table.rows() - 2, 0, -1):
        extent = _row_extent(doc, table, row)
        if extent is not None and extent[1] <= page_height:
            after = _row_extent(doc, table, row + 1)
            return row + 1, (after[0] if after is not None else extent[1]) - 1
    return None


def _lay_out_sheets(parts: list[SheetPart], font: QFont, page: QSizeF, cancelled: Cancelled | None,
                    progress: Progress | None, need: int | None) -> tuple[list[_Laid], int]:
    """The sheets laid out a page at a time: one QTextDocument of 12,000 rows held the window 61 s
    in a single call. Each slice holds the rows of about a page and a third; its first page goes on
    paper, cut before the first row that does not end on it, and that row starts the next slice.
    So progress (with its events) and cancel run after every page, no row is split between pages,
    and the layout costs about a third more than in one piece. With ``need``, stops once that many
    pages are laid out (the preview's); returns the documents and the rows not laid out."""
    laid: list[_Laid] = []
    todo = sum(max(1, part.end - part.first) for part in parts)
    done = pages = 0
    size = SLICE_ROWS  # rows in the next slice, learnt from the pages before
    for part in parts:  # each sheet in documents of its own, so on a new page
        start = part.first
        while True:
            check(cancelled)
            if need is not None and pages >= need:
                return laid, todo - done
            stop = min(start + size, part.end)
            doc = _html_document("<html><body>" + part.html(start, stop) + "</body></html>", font, page)
            count = max(1, doc.pageCount())
            if count == 1 and stop < part.end and size < MAX_SLICE_ROWS:
                size *= 2  # short rows: the slice did not fill its page
                continue
            carried = _carry(doc, page.height())
            if carried is not None:
                laid.append(_Laid(doc, 1, carried[1]))
                stop = start + carried[0]
                size = min(MAX_SLICE_ROWS, max(SLICE_ROWS, (stop - start) * 4 // 3 + 2))
            else:
                laid.append(_Laid(doc, count))
            pages += laid[-1].pages
            done += max(1, stop - start)
            if progress is not None:
                progress(done, todo)
            start = stop
            if start >= part.end:
                break
    return laid, 0


def print_document(path: str | os.PathLike[str], mime_type: str | None, printer: QPrinter,
                   cancelled: Cancelled | None = None, progress: Progress | None = None, *,
                   header: PageHeader | None = None, pages: PageRange = None,
                   orientation: Orientation | None = None, dpi: int = PRINT_DPI,
                   on_total: Callable[[int], None] | None = None, estimate: Callable[[int], None] | None = None,
                   layout_progress: Progress | None = None) -> int:
    """Print the file on ``printer`` (a PDF file, a real queue, a preview); returns the pages printed.

    ``header``: drawn on sheet, Word, CSV and text pages. ``pages``: (first, last), 1-based, the
    numbers the paper shows. ``orientation``: None lets each kind choose (a PDF page its own, a
    sheet wider than WIDE_TABLE columns landscape, the rest portrait). ``dpi``: what PDF pages are
    rendered at (a preview on screen needs less). ``on_total`` hears the document's page count
    (all of it, not only the range) before the first page is drawn. ``estimate``: a sheet or CSV
    is laid out only up to the range's last page and ``estimate`` hears the whole document's page
    count guessed from those, in place of on_total (which still hears a count that needed no
    guess); the footers then say «Page 1 of about 112». ``layout_progress``: hears (rows laid out, rows to lay out)
    between slices of a sheet, before any page is drawn (default ``progress``).
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
        if preview.kind == "word" or (preview.kind == "text" and preview.delimiter is None):  # type: ignore[union-attr]
            if preview.kind == "word":
                doc.setHtml(preview.html)  # type: ignore[union-attr]
            else:
                font.setFamily("monospace")
                font.setStyleHint(QFont.StyleHint.Monospace)
                doc.setPlainText(preview.text)  # type: ignore[union-attr]
            _text_margins(printer, orientation or Orientation.Portrait)
            doc.setDefaultFont(font)
            return print_text_document(doc, printer, cancelled, progress, header, pages, on_total)
        font.setPointSizeF(8)
        parts = sheet_parts(preview, cancelled)
        wide = max((part.columns for part in parts), default=0) > WIDE_TABLE
        _text_margins(printer, orientation or (Orientation.Landscape if wide else Orientation.Portrait))
        paper = _paper(printer, header)
        need = pages[1] if estimate is not None and pages is not None else None
        laid, left = _lay_out_sheets(parts, font, paper.page, cancelled, layout_progress or progress, need)
        total = max(1, sum(part.pages for part in laid))
        if left:  # the preview's first pages: the rest guessed from the rows those took
            done = sum(max(1, part.end - part.first) for part in parts) - left
            total += -(-left * total // max(1, done))
            estimate(total)  # type: ignore[misc]
        elif on_total is not None:
            on_total(total)
        return _draw_pages(printer, laid, total, paper, cancelled, progress, header, pages, about=bool(left))
    finally:
        preview.close()


def _text_margins(printer: QPrinter, orientation: Orientation) -> None:
    printer.setPageOrientation(orientation)
    # Margins as a spreadsheet program leaves them (PDF output's default is a few millimetres,
    # closer to the edge than many printers reach); PDFs and images keep the paper's own.
    printer.setPageMargins(TEXT_MARGINS_MM, QPageLayout.Unit.Millimeter)


def print_preview_for_selection(window: Any) -> Any:
    """The print preview of the file selected in the main window, as *Print…* opens it, not yet
    shown (the screenshot test shoots it); None when not exactly one file is selected."""
    docs = window.selected_documents()
    return window.files.print_preview(docs[0]) if len(docs) == 1 else None
