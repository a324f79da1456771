"""Printing every previewable kind through Qt's print support, fed by ``clientvault.preview``.

* PDF pages are rendered at PRINT_DPI (never the printer's 1200 dpi: an A4 page would be ~557 MB) and
  drawn with ``drawImage(target, image)`` fitted to the paper, each page in its own orientation.
* Images (every TIFF page) are fitted the same way.
* Workbooks and CSV become an HTML table per visible sheet (at most MAX_PRINT_ROWS rows each, with a
  note saying so), Word documents their HTML, plain text itself; a QTextDocument paginates them and
  we draw page by page, so progress and cancel work for every kind.

``print_document(path, mime, printer, cancelled, progress)`` needs no window and returns the pages
printed; ``PrintJob`` wraps it for the window with a print preview dialog and a cancellable progress
dialog (events are processed between pages, so the window never freezes).
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from clientvault.preview import PreviewCancelled, open_preview
from clientvault.preview.base import Cancelled, check
from clientvault.ui.preview.image_view import fitted

PRINT_DPI = 200
MAX_PRINT_ROWS = 10_000
MAX_CELL_CHARS = 60  # a long cell (a URL) is cut with "…" rather than wrapped one letter per line
WIDE_TABLE = 8  # sheets with more columns than this print in landscape
LAYOUT_DPI = 96  # text documents are laid out as on screen, then scaled to the printer's resolution
Progress = Callable[[int, int], None]
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls by this name


def _orientation(width: float, height: float) -> QPageLayout.Orientation:
    return QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait


def _paint_rect(printer: QPrinter) -> QRect:
    rect = printer.pageLayout().paintRectPixels(printer.resolution())
    return QRect(0, 0, rect.width(), rect.height())


def _print_images(printer: QPrinter, count: int, size_of: Callable[[int], tuple[float, float]],
                  image_of: Callable[[int], QImage], cancelled: Cancelled | None, progress: Progress | None) -> int:
    """One image per sheet of paper, each page turned to its own orientation, fitted keeping aspect."""
    painter = QPainter()
    try:
        for i in range(count):
            check(cancelled)
            printer.setPageOrientation(_orientation(*size_of(i)))
            if i == 0:
                if not painter.begin(printer):
                    raise OSError(translate("Printing", "The printer could not be started."))
            elif not printer.newPage():
                raise OSError(translate("Printing", "The printer refused a new page."))
            image = image_of(i)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(fitted(image.size(), _paint_rect(printer)), image)
            if progress is not None:
                progress(i + 1, count)
    finally:
        if painter.isActive():
            painter.end()
    return count


def _cell(text: str) -> str:
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return f"<td>{html.escape(text)}</td>"


def sheet_html(preview: Any, cancelled: Cancelled | None = None, max_rows: int = MAX_PRINT_ROWS) -> tuple[str, int]:
    """Every visible sheet as a heading and a bordered table (the first ``max_rows`` rows, with a note),
    and the widest row's number of columns."""
    parts = ["<html><body>"]
    widest = 0
    many = len(preview.sheets) > 1
    for info in preview.sheets:
        check(cancelled)
        sheet = preview.sheet(info.index, cancelled=cancelled)
        if many:
            parts.append(f"<h3>{html.escape(info.name)}</h3>")
        rows = sheet.rows(0, max_rows + 1, cancelled=cancelled)
        parts.append('<table border="1" cellspacing="0" cellpadding="2" style="border-collapse: collapse;">')
        for row in rows[:max_rows]:
            widest = max(widest, len(row))
            parts.append("<tr>" + "".join(_cell(c) for c in row) + "</tr>")
        parts.append("</table>")
        if len(rows) > max_rows:
            # A streamed sheet may not know its length before it is read to the end: then say "more".
            total = sheet.row_count
            if total is not None and total > max_rows:
                note = translate("Printing", "Only the first %1 rows of %2 are printed; open the file in Excel to print it all.")
                note = note.replace("%2", f"{total:,}")
            else:
                note = translate("Printing", "Only the first %1 rows are printed; the sheet has more. Open the file in Excel "
                                 "to print it all.")
            parts.append("<p><i>" + html.escape(note.replace("%1", f"{max_rows:,}")) + "</i></p>")
    parts.append("</body></html>")
    return "".join(parts), widest


def print_text_document(doc: QTextDocument, printer: QPrinter, cancelled: Cancelled | None = None,
                        progress: Progress | None = None) -> int:
    """Paginate ``doc`` on the printer's paper page by page (so it can report progress and stop)."""
    rect = _paint_rect(printer)
    scale = printer.resolution() / LAYOUT_DPI
    page = QSizeF(rect.width() / scale, rect.height() / scale)
    doc.setPageSize(page)
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("Printing", "The printer could not be started."))
    try:
        for i in range(pages):
            check(cancelled)
            if i and not printer.newPage():
                raise OSError(translate("Printing", "The printer refused a new page."))
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -i * page.height())
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            if progress is not None:
                progress(i + 1, pages)
    finally:
        painter.end()
    return pages


def print_document(path: str | os.PathLike[str], mime_type: str | None, printer: QPrinter,
                   cancelled: Cancelled | None = None, progress: Progress | None = None) -> int:
    """Print the file on ``printer`` (a PDF file, a real queue, a preview); returns the pages printed.

    Raises PreviewError when the file cannot be read, PreviewCancelled when ``cancelled()`` said stop.
    """
    preview = open_preview(Path(path), mime_type, cancelled=cancelled)
    try:
        if preview.kind == "pdf":
            dpi = min(PRINT_DPI, printer.resolution())
            return _print_images(printer, preview.page_count, preview.page_size,  # type: ignore[union-attr]
                                 lambda i: preview.render(i, dpi=dpi, cancelled=cancelled),  # type: ignore[union-attr]
                                 cancelled, progress)
        if preview.kind == "image":
            first = preview.image(0)  # type: ignore[union-attr]
            images = {0: first}

            def image_of(i: int) -> QImage:
                return images.pop(i) if i in images else preview.image(i, cancelled=cancelled)  # type: ignore[union-attr]

            return _print_images(printer, preview.page_count, lambda _i: (first.width(), first.height()),  # type: ignore[union-attr]
                                 image_of, cancelled, progress)
        doc = QTextDocument()
        font = QFont(doc.defaultFont())
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
                printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        doc.setDefaultFont(font)
        return print_text_document(doc, printer, cancelled, progress)
    finally:
        preview.close()


class PrintJob(QObject):
    """The window's printing: a print preview dialog whose pages come from :func:`print_document`, with a
    cancellable progress dialog while pages are prepared (events run between pages)."""

    def __init__(self, path: Path, mime_type: str | None, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.path, self.mime_type, self.name = path, mime_type, name
        self.parent_widget = parent
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(name)
        self.dialog = QPrintPreviewDialog(self.printer, parent)
        self.dialog.setObjectName("printPreviewDialog")
        self.dialog.setWindowTitle(translate("Printing", "Print %1").replace("%1", name))
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.paintRequested.connect(self.paint)
        self.error = ""
        self.pages = 0

    def open(self) -> None:
        self.dialog.open()

    def paint(self, printer: QPrinter) -> None:
        progress = QProgressDialog(translate("Printing", "Preparing %1 for printing…").replace("%1", self.name),
                                   translate("Printing", "Cancel"), 0, 0, self.parent_widget)
        progress.setObjectName("printProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            self.pages = print_document(self.path, self.mime_type, printer, progress.wasCanceled, report)
        except PreviewCancelled:
            self.pages = 0
        except Exception as exc:  # noqa: BLE001 - shown to the person, not a traceback
            self.error = getattr(exc, "message", None) or str(exc)
            parent = self.parent_widget
            if hasattr(parent, "show_error"):
                parent.show_error(self.error)
        finally:
            progress.close()
            progress.deleteLater()
