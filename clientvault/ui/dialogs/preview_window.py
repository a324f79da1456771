"""The preview window (double-click, Enter, the Preview action; Space opens and closes it as a quick
look): pages with zoom, fit to width and page navigation; sheets with their tabs; Word and text;
«Save a copy», «Print» and «Find» (Ctrl+F: the find bar under the toolbar; ``find(text)`` opens it
from a search result)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clientvault.core.errors import os_words
from clientvault.preview import PreviewCancelled, PreviewError, family_for
from clientvault.ui import icons
from clientvault.ui.preview.content import Content, load_content
from clientvault.ui.preview.finders import Finder, NoTextFinder, PdfFinder, SheetFinder, TextFinder
from clientvault.ui.preview.html_view import SafeTextBrowser
from clientvault.ui.preview.page_view import PageView, page_sizes
from clientvault.ui.preview.sheet_view import SheetView, load_sheet_task
from clientvault.ui.widgets.find_bar import FindBar
from clientvault.ui.workers import Task, run_task

if TYPE_CHECKING:
    from clientvault.ui.dialogs.print_preview import PrintPreviewWindow

Std = QKeySequence.StandardKey


# The same Lucide set as the main toolbar (clientvault/resources/icons/actions).
_ICONS = {
    "actionZoomOut": "zoom-out", "actionZoomIn": "zoom-in", "actionFitWidth": "move-horizontal",
    "actionPrevPage": "chevron-left", "actionNextPage": "chevron-right", "actionSaveCopyPreview": "save",
    "actionPrintPreview": "printer", "actionCloseQuickLook": "x", "actionFindInDocument": "search",
}

PREFERRED_SIZE = QSize(1000, 1400)  # a page fitted to ~950 pixels reads as on paper; as tall as the screen allows


def window_rect(available: QRect, preferred: QSize, frame: QMargins) -> QRect:
    """The window's inside: ``preferred`` cut to what ``available`` holds with ``frame`` around it,
    placed so that the frame is centred on ``available``."""
    outer_w = min(preferred.width() + frame.left() + frame.right(), available.width())
    outer_h = min(preferred.height() + frame.top() + frame.bottom(), available.height())
    left = available.x() + (available.width() - outer_w) // 2
    top = available.y() + (available.height() - outer_h) // 2
    return QRect(left + frame.left(), top + frame.top(), outer_w - frame.left() - frame.right(),
                 outer_h - frame.top() - frame.bottom())


class PreviewWindow(QDialog):
    """One file. ``path``/``mime_type``/``original_name`` come from the Document; nothing is written to the vault."""

    def __init__(self, path: Path, mime_type: str | None, original_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewWindow")
        self.setWindowTitle(original_name)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.path, self.mime_type, self.original_name = path, mime_type, original_name
        self.content: Content | None = None
        self.text_view: SafeTextBrowser | QPlainTextEdit | None = None
        self.sheet_view: SheetView | None = None
        self.print_job: PrintPreviewWindow | None = None
        self.company_name = ""  # for the printed pages' header; follow() sets it
        self._task: Task | None = None
        self.state = "loading"
        self._build()
        self._connect_signals()
        self._fit_to_screen(parent)
        self._load()

    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.action_zoom_out = self._action("actionZoomOut", self.tr("Zoom out"), Std.ZoomOut)
        self.action_zoom_in = self._action("actionZoomIn", self.tr("Zoom in"), Std.ZoomIn)
        self.action_fit = self._action("actionFitWidth", self.tr("Fit to width"), "Ctrl+0")
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.action_prev = self._action("actionPrevPage", self.tr("Previous page"), "PgUp")
        self.action_next = self._action("actionNextPage", self.tr("Next page"), "PgDown")
        self.action_save = self._action("actionSaveCopyPreview", self.tr("Save a copy…"), Std.Save)
        self.action_print = self._action("actionPrintPreview", self.tr("Print…"), Std.Print)
        self.action_close = self._action("actionCloseQuickLook", self.tr("Close"), "Space")
        self.action_find = self._action("actionFindInDocument", self.tr("Find…"), Std.Find)
        # Icons only for the page arrows and the zoom (their tooltips name them; the magnifiers with +
        # and -, and the arrows beside «Page 3 of 4», read at once). Print and Save a copy first: what a
        # toolbar cannot hold falls into its » menu from the right, and in Spanish the zoom words pushed
        # «Imprimir» there in a window on a laptop screen.
        for action in (self.action_prev, self.action_next, self.action_zoom_out, self.action_zoom_in):
            action.setPriority(QAction.Priority.LowPriority)
        for item in (self.action_print, self.action_save, None, self.action_find, None, self.action_zoom_out,
                     self.action_zoom_in, self.action_fit, None, self.action_prev):
            self.toolbar.addSeparator() if item is None else self.toolbar.addAction(item)
        self.spin_action = self.toolbar.addWidget(self.page_spin)
        self.toolbar.addAction(self.action_next)
        self.addAction(self.action_close)
        self.message = QLabel(self)
        self.message.setObjectName("previewWindowMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pages = PageView(self)
        self.holder = QWidget(self)
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        for w in (self.message, self.pages, self.holder):
            self.stack.addWidget(w)
        self.find_bar = FindBar(self, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)
        self._set_page_controls(False)

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """Open as large as PREFERRED_SIZE where the screen has room, never past what it has (a
        1000-pixel window on a 768-pixel laptop hid its own foot and the page's), centred on it."""
        owner = parent.window() if parent is not None else None
        screen = owner.screen() if owner is not None else QGuiApplication.primaryScreen()
        frame = QMargins()
        if owner is not None and owner.isVisible():  # the window manager's frame, as around the main window
            outer, inner = owner.frameGeometry(), owner.geometry()
            frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                             outer.right() - inner.right(), outer.bottom() - inner.bottom())
        rect = window_rect(screen.availableGeometry(), PREFERRED_SIZE, frame)
        self.resize(rect.size())
        self.move(rect.left() - frame.left(), rect.top() - frame.top())  # a window's position is its frame's

    def _action(self, name: str, text: str, shortcut: QKeySequence.StandardKey | str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if name in _ICONS:
            action.setIcon(icons.action_icon(_ICONS[name]))
        if action.shortcut().toString():
            action.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    def _connect_signals(self) -> None:
        self.action_zoom_in.triggered.connect(self._on_action_zoom_in_triggered)
        self.action_zoom_out.triggered.connect(self._on_action_zoom_out_triggered)
        self.action_fit.triggered.connect(self.pages.fit_width)
        self.action_prev.triggered.connect(lambda: self.pages.go_to_page(self.pages.current_page - 1))
        self.action_next.triggered.connect(lambda: self.pages.go_to_page(self.pages.current_page + 1))
        self.page_spin.valueChanged.connect(lambda v: self.pages.go_to_page(v - 1))
        self.pages.currentPageChanged.connect(self._on_pages_current_page_changed)
        self.action_save.triggered.connect(self.save_copy)
        self.action_print.triggered.connect(self.print_)
        self.action_close.triggered.connect(self.close)
        self.action_find.triggered.connect(self._on_action_find_triggered)
        self.find_bar.closed.connect(self._on_find_bar_closed)

    # -- loading ----------------------------------------------------------------------------------

    def _load(self) -> None:
        self.message.setText(self.tr("Opening %1…").replace("%1", self.original_name))
        path, mime = self.path, self.mime_type
        paged = family_for(mime, path) in ("pdf", "image")

        def work(task: Task) -> Any:
            cancelled = lambda: task.cancelled  # noqa: E731
            return page_sizes(path, mime, cancelled) if paged else load_content(path, mime, 800, cancelled)

        self._task = run_task(work, self._on_loaded, self._on_failed)

    def _on_loaded(self, result: Any) -> None:
        if not isValid(self):
            if isinstance(result, Content):
                result.close()
            return
        self._task = None
        if isinstance(result, tuple):
            kind, sizes = result
            self.stack.setCurrentWidget(self.pages)
            self.page_spin.setMaximum(len(sizes))
            self.page_spin.setSuffix(self.tr(" of %1").replace("%1", str(len(sizes))))
            self._set_page_controls(True)
            self.pages.set_document(self.path, self.mime_type, kind, sizes)
            finder: Finder = (PdfFinder(self.path, self.mime_type, self.pages, parent=self) if kind == "pdf"
                              else NoTextFinder(self.tr("There is no text to search in an image."), self))
        else:
            self.content = result
            self.holder_layout.addWidget(self._content_widget(result))
            self.stack.setCurrentWidget(self.holder)
            self.action_zoom_in.setEnabled(self.text_view is not None)
            self.action_zoom_out.setEnabled(self.text_view is not None)
            finder = TextFinder(self.text_view, self) if self.text_view is not None else SheetFinder(self.sheet_view, self)
        self.find_bar.set_finder(finder)
        self.state = "ready"

    def _content_widget(self, content: Content) -> QWidget:
        if content.kind == "word":
            self.text_view = SafeTextBrowser(self.holder)
            self.text_view.setHtml(content.html)
            return self.text_view
        if content.kind == "plain":
            self.text_view = QPlainTextEdit(self.holder)
            self.text_view.setReadOnly(True)
            self.text_view.setPlainText(content.text)
            return self.text_view
        self.sheet_view = SheetView(content.preview, content.first_sheet, self.holder)
        self.sheet_view.sheetRequested.connect(self._on_sheet_view_sheet_requested)
        return self.sheet_view

    def _on_sheet_view_sheet_requested(self, index: int) -> None:
        view = self.sheet_view
        assert view is not None and self.content is not None
        self._task = run_task(load_sheet_task(self.content.preview, index),
                              lambda sheet: view.set_sheet(index, sheet) if isValid(view) else None,
                              lambda e: view.set_sheet_error(index, getattr(e, "message", str(e))) if isValid(view) else None)

    def _on_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._task = None
        if isinstance(exc, PreviewCancelled):
            return
        self.state = "error"
        self.action_print.setEnabled(False)  # what cannot be shown cannot be printed either
        self.find_bar.set_finder(NoTextFinder(self.tr("There is nothing to search: the document could not be shown."), self))
        self.message.setText(exc.message if isinstance(exc, PreviewError) else self.tr(
            "The preview failed because of an unexpected problem. Open the file with its usual program."))

    def _set_page_controls(self, on: bool) -> None:
        for action in (self.action_zoom_in, self.action_zoom_out, self.action_fit, self.action_prev, self.action_next):
            action.setEnabled(on)
        self.spin_action.setVisible(on)

    # -- handlers ---------------------------------------------------------------------------------

    def _on_action_zoom_in_triggered(self) -> None:
        if self.text_view is not None:
            self.text_view.zoomIn(2)
        else:
            self.pages.zoom_in()

    def _on_action_zoom_out_triggered(self) -> None:
        if self.text_view is not None:
            self.text_view.zoomOut(2)
        else:
            self.pages.zoom_out()

    def find(self, text: str) -> None:  # type: ignore[override]  # QWidget.find(id) is a static lookup we never use
        """Open the find bar with ``text`` and go to its first hit (applied when loading ends, if it has not)."""
        self.find_bar.open(text)

    def _on_action_find_triggered(self) -> None:
        self.find_bar.open()

    def _on_find_bar_closed(self) -> None:
        view = self.text_view or self.sheet_view or self.pages
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pages_current_page_changed(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)

    def follow(self, vault: Any, events: Any, document_id: int) -> None:
        """Stay in step with the document shown: a rename changes the title and the name «Save a
        copy» offers; moving it to the trash or purging it closes the window."""
        self._vault, self._document_id = vault, document_id
        doc = vault.find_document(document_id)
        if doc is not None:
            self.company_name = vault.company(doc.company_id).name
        events.documentsUpdated.connect(self._on_events_documents_updated)
        events.documentsRemoved.connect(self._on_events_documents_removed)

    def _on_events_documents_updated(self, ids: set[int]) -> None:
        if self._document_id in ids:
            doc = self._vault.find_document(self._document_id)
            if doc is not None:
                self.path, self.original_name = self._vault.document_path(doc), doc.filename
                self.setWindowTitle(doc.filename)

    def _on_events_documents_removed(self, ids: set[int]) -> None:
        if self._document_id in ids:
            self.close()

    def save_copy(self) -> None:
        """«Save a copy»: the stored bytes, unchanged, wherever the person chooses (the original name offered)."""
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path.home() / self.original_name))
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self.message_box(self.tr("Could not save a copy of %1 to %2: %3").replace("%1", self.original_name)
                             .replace("%2", target).replace("%3", os_words(exc)))

    def message_box(self, text: str) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "show_error"):
            parent.show_error(text)

    def print_(self) -> None:
        """Our print preview of this file, over this window."""
        from clientvault.ui.dialogs.print_preview import PrintPreviewWindow

        if self.state == "error":
            return
        self.print_job = PrintPreviewWindow(self.path, self.mime_type, self.original_name, self.company_name, self)
        self.print_job.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_job.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._task is not None:
            self._task.cancel()
        self.pages.stop()
        self.find_bar.set_finder(None)  # stops a search still running
        if self.content is not None:
            self.content.close()
        super().closeEvent(event)
