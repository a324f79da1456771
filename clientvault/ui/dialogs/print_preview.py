"""The print preview window (*Print…* in the main window, its context menu and the preview window):
the pages as they will come out of the printer, in the program's own window rather than Qt's small
stock dialog.

A toolbar with words: «Print» first and marked as the main button (Ctrl+P), the page arrows and
«Page 1 of 3», zoom, fit to width, whole page, close. Beside the pages, what a person sets before
printing: the printer (every queue the system knows, and «Save as PDF file…»), copies, all pages
or a range, orientation, and how many sheets of paper that takes.

Pages are drawn by :func:`clientvault.ui.printing.print_document`, the very code that prints, so the
preview cannot differ from the paper. A file that cannot be read says so in place of the pages and
its Print is disabled. ``state``: "loading", "ready", "error".

Signals: printed(int) — the pages sent to the printer or the PDF file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import os_words
from clientvault.preview import PreviewCancelled, PreviewError
from clientvault.ui import icons
from clientvault.ui.dialogs.print_settings import PDF_TARGET, PrintSettings
from clientvault.ui.printing import PRINT_DPI, PageRange, page_header, print_document

Std = QKeySequence.StandardKey
# The preview holds every page it shows as a picture in memory: a 117-page PDF at the printing
# resolution took 1.8 GB and 14 s. It shows the first PREVIEW_PAGES, rendered at PREVIEW_DPI
# (sharp at the sizes a screen shows a page); printing renders every page chosen at PRINT_DPI.
PREVIEW_PAGES = 20
PREVIEW_DPI = 110
PRIMARY_STYLE = ("QToolButton#printButton { font-weight: bold; color: palette(highlighted-text); "
                 "background: palette(highlight); border-radius: 4px; padding: 3px 12px; }"
                 "QToolButton#printButton:disabled { color: palette(mid); background: palette(button); }")


class PrintPreviewWindow(QDialog):
    """One file: ``path``/``mime_type``/``name`` of the Document, ``company`` for the printed header."""

    printed = Signal(int)

    def __init__(self, path: Path, mime_type: str | None, name: str, company: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreviewWindow")
        self.setWindowTitle(self.tr("Print %1").replace("%1", name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.path, self.mime_type, self.name = path, mime_type, name
        self.header = page_header(company, name)
        self.state = "loading"
        self.error = ""
        self.pages_printed = 0
        self.pages_total = 0  # pages of the whole document (the preview shows at most PREVIEW_PAGES)
        self.pages_about = False  # pages_total is guessed: a long sheet is laid out only for the pages shown
        self._painting = False  # inside paintRequested: another updatePreview waits for it (_refresh)
        self._stale = False
        self._painted = False  # the last paintRequested drew its pages (not cancelled, no error)
        self._progress: QProgressDialog | None = None  # while pages are laid out, drawn or printed
        self._close_after = False
        self.preview_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._build()
        self._connect_signals()
        self._size_to_screen()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("printPreviewToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_print = self._action("actionPrintNow", self.tr("Print"), "printer", Std.Print)
        self.action_prev = self._action("actionPrintPrevPage", self.tr("Previous page"), "chevron-left", "PgUp")
        self.action_next = self._action("actionPrintNextPage", self.tr("Next page"), "chevron-right", "PgDown")
        self.action_zoom_out = self._action("actionPrintZoomOut", self.tr("Zoom out"), "zoom-out", Std.ZoomOut)
        self.action_zoom_in = self._action("actionPrintZoomIn", self.tr("Zoom in"), "zoom-in", Std.ZoomIn)
        self.action_fit_width = self._action("actionPrintFitWidth", self.tr("Fit to width"), "move-horizontal", "Ctrl+0")
        self.action_whole_page = self._action("actionPrintWholePage", self.tr("Whole page"), "", "Ctrl+1")
        self.action_close = self._action("actionPrintClose", self.tr("Close"), "x", "")
        for action in (self.action_prev, self.action_next):
            action.setPriority(QAction.Priority.LowPriority)  # icons only: «Page 2 of 3» between them names them
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("printPageSpin")
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.toolbar.addAction(self.action_print)
        print_button = self.toolbar.widgetForAction(self.action_print)
        assert isinstance(print_button, QToolButton)
        self.print_button = print_button
        self.print_button.setObjectName("printButton")
        self.print_button.setStyleSheet(PRIMARY_STYLE)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_prev)
        self.toolbar.addWidget(self.page_spin)
        for item in (self.action_next, None, self.action_zoom_out, self.action_zoom_in, self.action_fit_width,
                     self.action_whole_page):
            self.toolbar.addSeparator() if item is None else self.toolbar.addAction(item)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.action_close)

        self.view = self._new_view(self.preview_printer)
        self.message = QLabel(self)
        self.message.setObjectName("printPreviewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.settings = PrintSettings(self)
        body.addWidget(self.settings)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)

    def _new_view(self, printer: QPrinter) -> QPrintPreviewWidget:
        view = QPrintPreviewWidget(printer, self)
        view.setObjectName("printPreviewPages")
        view.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
        view.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        return view

    def _connect_view(self, view: QPrintPreviewWidget) -> None:
        view.paintRequested.connect(self._on_view_paint_requested)
        view.previewChanged.connect(self._on_view_preview_changed)

    def _action(self, name: str, text: str, icon: str, shortcut: QKeySequence.StandardKey | str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon:
            action.setIcon(icons.action_icon(icon))
        if action.shortcut().toString():
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    def _size_to_screen(self) -> None:
        """As big as the screen allows, never bigger: a 768-pixel laptop shows it whole."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        width, height = min(1280, room.width() - 40), min(1000, room.height() - 40)
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)

    def _connect_signals(self) -> None:
        self._connect_view(self.view)
        self.action_print.triggered.connect(self.print_)
        self.action_prev.triggered.connect(lambda: self.go_to_page(self.view.currentPage() - 1))
        self.action_next.triggered.connect(lambda: self.go_to_page(self.view.currentPage() + 1))
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.action_zoom_in.triggered.connect(lambda: self.view.zoomIn())
        self.action_zoom_out.triggered.connect(lambda: self.view.zoomOut())
        self.action_fit_width.triggered.connect(lambda: self.view.fitToWidth())  # the view is replaced (_refresh)
        self.action_whole_page.triggered.connect(lambda: self.view.fitInView())
        self.action_close.triggered.connect(self.close)
        self.settings.orientationChanged.connect(self._refresh)
        self.settings.printerChanged.connect(self._on_settings_printer_changed)
        self._on_settings_printer_changed(self.settings.printer_name())

    # -- the pages on screen ----------------------------------------------------------------------

    def go_to_page(self, number: int) -> None:
        """Page ``number`` (1-based) to the middle of the view; the arrows and «Page n of N» follow
        (the view tells only when its own scrolling moves to another page)."""
        self.view.setCurrentPage(number)
        self._on_view_preview_changed()

    def _on_view_paint_requested(self, printer: QPrinter) -> None:
        # Events run between pages (and between the slices of a long sheet being laid out): each
        # drawing goes to a view and printer of its own (_refresh), so no page shown is freed under
        # a repaint. (Drawn again into the same printer, the view's old pages were gone when painting
        # started, and a repaint from the progress dialog's events drew freed pages and crashed.)
        # Only the rows the shown pages need are laid out; the total is guessed from them.
        self._painting, self._painted = True, False
        self.action_print.setEnabled(False)  # its click during those events would print in the middle
        try:
            self._run(printer, (1, PREVIEW_PAGES), self.tr("Preparing the pages of %1…"),
                      dpi=PREVIEW_DPI, on_total=self._on_total, estimate=self._on_estimate)
        except PreviewCancelled:
            QTimer.singleShot(0, self.close)  # stopped before anything was shown: there is nothing to print
            return
        except Exception as exc:  # noqa: BLE001 - shown to the person in place of the pages
            self._show_failure(exc)
            return
        finally:
            self._painting = False
            self.action_print.setEnabled(self.state != "error")
        self.state = "ready"
        self._painted = True
        if self._stale:  # the orientation or printer changed while these were laid out
            self._stale = False
            QTimer.singleShot(0, self._refresh)

    def _refresh(self) -> None:
        """Draw the pages again (another orientation or paper), after the work under way if any, in a
        new view on a new printer, hidden until its pages are ready: the pages shown stay whole
        (and can be looked through) meanwhile."""
        if self._painting or self._progress is not None:
            self._stale = True
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.preview_printer.pageLayout())
        view = self._new_view(printer)
        self._connect_view(view)
        view.hide()
        view.updatePreview()
        if not self._painted or self.state == "error":
            shiboken6.delete(view)
            return
        old = self.view
        view.setZoomMode(old.zoomMode())
        if old.zoomMode() == QPrintPreviewWidget.ZoomMode.CustomZoom:
            view.setZoomFactor(old.zoomFactor())
        shown = self.stack.currentWidget() is old
        self.stack.insertWidget(0, view)
        if shown:
            self.stack.setCurrentWidget(view)
        self.stack.removeWidget(old)
        self.view, self.preview_printer = view, printer
        shiboken6.delete(old)  # now, while its printer (which owns its pages) is still alive
        view.setCurrentPage(min(self.page_spin.value(), max(1, view.pageCount())))  # the page looked at
        self._on_view_preview_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The pages are laid out when the window first shows (as Qt's own dialog does: the preview
        widget inside a window is never told it is shown), so show() returns with them ready."""
        super().showEvent(event)
        if self.state == "loading":
            self.view.updatePreview()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closed while pages are laid out or printed (events run between them): the work is cancelled
        and the window closes once it has stopped. Deleted in the middle, it crashed."""
        if self._stop_first():
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if not self._stop_first():  # Esc while busy: the same as closing
            super().done(result)

    def _stop_first(self) -> bool:
        if self._progress is None:
            return False
        self._close_after = True
        self._progress.cancel()
        return True

    def _show_failure(self, exc: Exception) -> None:
        self.state = "error"
        self.error = exc.message if isinstance(exc, PreviewError) else self.tr(
            "This file cannot be printed because of an unexpected problem. Open it with its usual program and "
            "print it from there.")
        self.message.setText(self.error)
        self.stack.setCurrentWidget(self.message)
        for action in (self.action_print, self.action_prev, self.action_next, self.action_zoom_in, self.action_zoom_out,
                       self.action_fit_width, self.action_whole_page):
            action.setEnabled(False)
        self.page_spin.setEnabled(False)

    def _on_total(self, total: int) -> None:
        self.pages_total, self.pages_about = total, False
        self.settings.set_total(total)

    def _on_estimate(self, total: int) -> None:
        self.pages_total, self.pages_about = total, True
        self.settings.set_total(total, about=True)

    def _on_view_preview_changed(self) -> None:
        shown = max(1, self.view.pageCount())
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(shown)
        suffix = self.tr(" of about %1") if self.pages_about else self.tr(" of %1")
        self.page_spin.setSuffix(suffix.replace("%1", str(max(shown, self.pages_total))))
        self.page_spin.setValue(self.view.currentPage())
        self.page_spin.blockSignals(False)
        self.action_prev.setEnabled(self.state != "error" and self.view.currentPage() > 1)
        self.action_next.setEnabled(self.state != "error" and self.view.currentPage() < shown)
        self.settings.set_shown(self.view.pageCount())

    def _on_settings_printer_changed(self, name: str) -> None:
        """The preview takes the paper of the printer chosen (a Letter queue, an A4 one)."""
        info = QPrinterInfo.printerInfo(name) if name else None
        if info is not None and not info.isNull():
            self.preview_printer.setPageSize(info.defaultPageSize())
        if self.state != "loading":
            self._refresh()

    # -- printing ---------------------------------------------------------------------------------

    def ask_pdf_target(self) -> str:
        """Where «Save as PDF file…» writes (the tests replace this)."""
        suggested = str(Path.home() / (Path(self.name).stem + ".pdf"))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF file"), suggested, self.tr("PDF files (*.pdf)"))
        return target

    def printer_for_print(self) -> QPrinter | None:
        """A printer set as the panel says, or None when the person backed out of choosing a PDF file."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.name)
        name = self.settings.printer_name()
        if name == PDF_TARGET:
            target = self.ask_pdf_target()
            if not target:
                return None
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(target)
        else:
            printer.setPrinterName(name)
        printer.setPageSize(self.preview_printer.pageLayout().pageSize())
        printer.setCopyCount(self.settings.copies())
        return printer

    def print_(self) -> None:
        """Print with the panel's settings; the window closes when the pages are sent."""
        if self.state == "error":
            return
        printer = self.printer_for_print()
        if printer is None:
            return
        self.settings.show_error("")
        try:
            pages = self._run(printer, self.settings.page_range(), self.tr("Printing %1…"), modal=True)
        except PreviewCancelled:
            return
        except Exception as exc:  # noqa: BLE001 - shown to the person beside the settings
            # An OSError (a PDF saved into a read-only folder...) in plain words, never "Permission denied".
            message = getattr(exc, "message", None) or (os_words(exc) if isinstance(exc, OSError) else str(exc))
            self.settings.show_error(self.tr("The pages could not be printed: %1").replace("%1", message))
            return
        self.pages_printed = pages
        self.printed.emit(pages)
        if printer.outputFileName():
            done = self.tr("%n page(s) of %1 saved in %2.", "", pages).replace("%2", printer.outputFileName())
        else:
            done = self.tr("%n page(s) of %1 sent to %2.", "", pages).replace("%2", printer.printerName())
        self._notify(done.replace("%1", self.name))
        self.accept()

    def _run(self, printer: QPrinter, pages: PageRange, title: str, modal: bool = False,
             dpi: int = PRINT_DPI, on_total: Callable[[int], None] | None = None,
             estimate: Callable[[int], None] | None = None) -> int:
        """print_document with a cancellable progress dialog (events run between pages and between
        the slices of a sheet being laid out)."""
        progress = QProgressDialog(title.replace("%1", self.name), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("printProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0 if modal else 500)
        self._progress = progress

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            return print_document(self.path, self.mime_type, printer, progress.wasCanceled, report,
                                  header=self.header, pages=pages, orientation=self.settings.orientation(), dpi=dpi,
                                  on_total=on_total, estimate=estimate)
        finally:
            self._progress = None
            progress.close()
            progress.deleteLater()
            if self._close_after:
                self._close_after = False
                QTimer.singleShot(0, self.close)

    def _notify(self, text: str) -> None:
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "notify"):
            widget = widget.parentWidget()
        if widget is not None:
            widget.notify(text)
