"""The preview beside the file table: the selected file's first page, picture, sheet or text.

Rendering runs in a worker (``run_task``); a new selection cancels the running one and a generation
counter drops any late result. Finished previews stay in a small LRU cache (count and bytes), so
going back to a file is instant.

Finding: ``find(text)`` (a search result opened) and Ctrl+F with the focus in the pane open a compact
find bar above the preview and go to the first hit: a PDF's hits are painted on the page (the pane
turns to the page of the current one), text is selected, a sheet's cell is selected. A bar in the
pane rather than the preview window: the person stays beside the list of files or results, and the
bar tells why a word is highlighted and how many more there are. Ctrl+F elsewhere in the main window
keeps filtering the files by name; with the focus in the pane it searches the document shown.

Several files selected: ``show_selection`` says how many and how much they weigh, with a button
for each of the window's actions that applies to all of them (the QActions themselves, so each
button is enabled exactly when its action is); the state is then "empty" (nothing previewed).

Signals: stateChanged(str) — "empty", "loading", "ready", "error" or "unsupported" (also the ``state`` property).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QEvent, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clientvault.preview import PreviewCancelled, PreviewError, family_for
from clientvault.ui.formatting import human_size
from clientvault.ui.preview.content import Content, ContentCache, error_kind, file_key, load_content, load_page
from clientvault.ui.preview.finders import Finder, NoTextFinder, PdfFinder, SheetFinder, TextFinder
from clientvault.ui.preview.image_view import ImageView, page_scroll_area
from clientvault.ui.widgets.find_bar import FindBar
from clientvault.ui.workers import Task, run_task

if TYPE_CHECKING:
    from clientvault.ui.preview.sheet_view import SheetView

WIDTH_STEP = 100  # pane renders are keyed by width rounded up to this, so a small resize reuses them


class _PageMarks:
    """The pane's one page as the PDF finder's ``MarkTarget``: the hits of the page on screen are
    painted; showing a hit on another page turns the pane to it, and its marks follow when it arrives."""

    def __init__(self, pane: PreviewPane) -> None:
        self.pane = pane
        self.marks: dict[int, list[tuple[QRectF, ...]]] = {}
        self.current = (-1, -1)  # page, index among that page's hits

    @property
    def current_page(self) -> int:
        return self.pane._page()

    def set_marks(self, marks: dict[int, list[tuple[QRectF, ...]]]) -> None:
        self.marks, self.current = marks, (-1, -1)
        self.pane.image_view.set_marks([], -1)
        self.apply()

    def show_mark(self, page: int, index: int) -> None:
        self.current = (page, index)
        if self.current_page == page:
            self.apply()
        else:
            self.pane.show_page(page)  # _display() applies the marks when the page is on screen

    def apply(self) -> None:
        content = self.pane.content
        if content is not None and content.kind == "pdf":
            page = content.page
            self.pane.image_view.set_marks(self.marks.get(page, []), self.current[1] if self.current[0] == page else -1)


class PreviewPane(QWidget):
    stateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.setMinimumWidth(220)
        self._state = "empty"
        self._generation = 0
        self._task: Task | None = None
        self._sheet_task: Task | None = None
        self.cache = ContentCache()
        self.content: Content | None = None
        self.path: Path | None = None
        self.mime_type: str | None = None
        self.name = ""
        self.password: str | None = None  # typed by the person for the PDF on screen; never stored
        self.password_dialog: QInputDialog | None = None
        self._finder_path: Path | None = None  # the file the find bar's finder searches
        self._find_quietly = False  # find() asked: no bar at all for a document with no text to mark
        self._page_shown: tuple[Path | None, int] = (None, -1)  # the file and page the page view shows
        self._build()
        self._resize_timer = QTimer(self, singleShot=True, interval=200)
        self._connect_signals()
        self.show_path(None)

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open with the default application"), self)
        self.open_button.setObjectName("previewOpenExternal")
        self.password_button = QPushButton(self.tr("Type the password…"), self)
        self.password_button.setObjectName("previewPassword")
        self.selection_box = QWidget(self)  # several files selected: what can be done with all of them
        self.selection_box.setObjectName("previewSelectionActions")
        self.selection_layout = QVBoxLayout(self.selection_box)
        self.selection_layout.setContentsMargins(0, 6, 0, 0)
        self.selection_box.setVisible(False)
        self._selection_actions: tuple[QAction, ...] = ()
        message_page = QWidget(self)
        col = QVBoxLayout(message_page)
        col.addStretch(1)
        col.addWidget(self.message)
        col.addWidget(self.password_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.selection_box, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(2)
        self.image_view = ImageView(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setObjectName("previewPrevPage")
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setObjectName("previewNextPage")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nav = QWidget(self)
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 0, 0, 0)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1)
        nav.addWidget(self.next_button)
        # PgUp/PgDown turn the pages (of a PDF or a TIFF) with the focus anywhere in the pane, as in
        # the preview window; disabled for a sheet or a text, whose own views scroll with them.
        self.action_prev_page = self._page_action(self.tr("Previous page"), "PgUp", self.prev_button)
        self.action_next_page = self._page_action(self.tr("Next page"), "PgDown", self.next_button)
        image_page = QWidget(self)
        col = QVBoxLayout(image_page)
        col.setContentsMargins(0, 0, 0, 0)
        self.image_scroll = page_scroll_area(self.image_view, image_page)  # the page as wide as the pane
        col.addWidget(self.image_scroll, 1)
        col.addWidget(self.nav)
        self.holder = QWidget(self)  # sheets, Word and text widgets are created per file inside it
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        for page in (message_page, image_page, self.holder):
            self.stack.addWidget(page)
        self.page_marks = _PageMarks(self)
        self.find_bar = FindBar(self, self, compact=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)

    def _page_action(self, text: str, key: str, button: QToolButton) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setEnabled(False)
        self.addAction(action)
        button.setToolTip(f"{text} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    def _connect_signals(self) -> None:
        self.action_prev_page.triggered.connect(lambda: self.show_page(self._page() - 1))
        self.action_next_page.triggered.connect(lambda: self.show_page(self._page() + 1))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page() - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page() + 1))
        self._resize_timer.timeout.connect(self._on_resize_timer_timeout)
        self.find_bar.closed.connect(self._on_find_bar_closed)

    # -- state ------------------------------------------------------------------------------------

    def _get_state(self) -> str:
        return self._state

    state = Property(str, _get_state, notify=stateChanged)

    def _set_state(self, state: str, message: str = "") -> None:
        self.message.setText(message)
        self.open_button.setVisible(False)
        self.password_button.setVisible(False)
        if state != "ready":
            self.stack.setCurrentIndex(0)
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _page(self) -> int:
        return self.content.page if self.content is not None else 0

    def _render_width(self) -> int:
        width = max(self.width() - 12, 200)  # the pane, not the image view (its size lags while hidden)
        width = -(-width // WIDTH_STEP) * WIDTH_STEP
        return int(width * self.devicePixelRatioF())

    # -- showing ----------------------------------------------------------------------------------

    def show_document(self, doc: Any | None, vault: Any | None = None) -> None:
        """The Document selected in the table (None: nothing, or several, selected)."""
        if doc is None or vault is None:
            self.show_path(None)
            return
        path, name = vault.document_path(doc), doc.filename  # its name now, after any rename
        if self.path == path and self.name == name and self.mime_type == doc.mime_type and self._state != "error":
            return  # the same file re-selected after the list was re-read: keep what is on screen
        self.show_path(path, doc.mime_type, name)

    def show_selection(self, count: int, size: int, actions: Sequence[QAction]) -> None:
        """Several files selected: «14 files selected · 563 KB» (sizes as the table writes them) and a
        button for each of ``actions``, the window's own, which apply to all of them."""
        self.show_path(None)
        self.message.setText(self.tr("%Ln file(s) selected", "", count) + " · " + human_size(size))
        self._set_message_bold(True)  # a heading for the buttons under it, not a passing message
        if tuple(actions) != self._selection_actions:
            self._selection_actions = tuple(actions)
            while (item := self.selection_layout.takeAt(0)) is not None:
                if (widget := item.widget()) is not None:
                    widget.deleteLater()
            for action in actions:
                button = QToolButton(self.selection_box)
                button.setObjectName("previewSelectionAction")
                button.setDefaultAction(action)  # its text, icon, tooltip and enabled state follow the action
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # one width for all
                button.setMinimumHeight(30)  # as tall as the pane's other buttons
                self.selection_layout.addWidget(button)
        self.selection_box.setVisible(True)

    def _set_message_bold(self, bold: bool) -> None:
        font = self.message.font()
        if font.bold() != bold:
            font.setBold(bold)
            self.message.setFont(font)

    def selection_buttons(self) -> list[QToolButton]:
        """The buttons shown for a selection of several files (in order; none otherwise)."""
        if not self.selection_box.isVisibleTo(self):
            return []
        items = (self.selection_layout.itemAt(i) for i in range(self.selection_layout.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), QToolButton)]

    def show_path(self, path: str | os.PathLike[str] | None, mime_type: str | None = None, name: str | None = None) -> None:
        """Preview ``path`` (stored MIME type, name shown to the person); None clears the pane."""
        self._cancel()
        self.selection_box.setVisible(False)
        self._set_message_bold(False)
        self.password = None
        self.path = Path(path) if path is not None else None
        self.mime_type = mime_type
        self.name = name or (self.path.name if self.path else "")
        self.title.setText(self.name)
        self._set_finder(None)
        if self.path is None:
            self.find_bar.close_bar()
            self._set_content(None)
            self._set_state("empty", self.tr("Select a file to see it here."))
            return
        self._request(0, new_file=True)

    def show_page(self, page: int) -> None:
        """Another page of the PDF or multi-page TIFF on screen (the pane's ◀ ▶ buttons, PgUp/PgDown)."""
        content = self.content
        if self.path is None or content is None or content.kind not in ("pdf", "image") \
                or not 0 <= page < content.page_count or page == content.page:
            return
        self._cancel()
        self._request(page)

    def _key(self, page: int) -> tuple[object, ...]:
        assert self.path is not None
        if family_for(self.mime_type, self.path) == "pdf":
            return file_key(self.path, "pdf", page, self._render_width())
        return file_key(self.path, "pane", page)

    def _request(self, page: int, new_file: bool = False) -> None:
        key = self._key(page)
        cached = self.cache.get(key)
        if cached is not None:
            self._display(cached)
            return
        self._generation += 1
        generation = self._generation
        path, mime, width, password = self.path, self.mime_type, self._render_width(), self.password
        assert path is not None
        if new_file or self.state != "ready":  # another page of the same file keeps the current one meanwhile
            self._set_content(None)
            self._set_state("loading", self.tr("Loading the preview of %1…").replace("%1", self.name))

        def work(task: Task) -> Content | Exception:
            cancelled = lambda: task.cancelled  # noqa: E731
            try:
                if page:
                    return load_page(path, mime, page, width, cancelled, password)
                return load_content(path, mime, width, cancelled, password)
            except (PreviewError, PreviewCancelled) as exc:  # expected: a message, not a logged traceback
                return exc

        self._task = run_task(work, lambda c: self._on_task_done(generation, key, c),
                              lambda exc: self._on_task_failed(generation, exc))

    def _cancel(self) -> None:
        for task in (self._task, self._sheet_task):
            if task is not None:
                task.cancel()
        self._task = self._sheet_task = None
        self._generation += 1

    def _on_task_done(self, generation: int, key: tuple[object, ...], content: Content | Exception) -> None:
        if not isValid(self):  # the window closed while the worker ran
            if isinstance(content, Content):
                content.close()
            return
        if isinstance(content, Exception):
            self._on_task_failed(generation, content)
            return
        self.cache.put(key, content)
        if generation != self._generation:
            self.cache.release(content)  # a late result: kept in the cache if it fits, else closed
            return
        self._task = None
        self._display(content)

    def _on_task_failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation or isinstance(exc, PreviewCancelled):
            return
        self._task = None
        self._set_content(None)
        text = exc.message if isinstance(exc, PreviewError) else self._unexpected()
        self._set_state(error_kind(exc), text)
        self._set_finder(NoTextFinder(self.tr("There is nothing to search: the document could not be shown."), self))
        show_button = not isinstance(exc, PreviewError) or exc.kind in ("unsupported", "password")
        self.open_button.setVisible(show_button and self.path is not None and self.path.exists())
        self.password_button.setVisible(isinstance(exc, PreviewError) and exc.kind == "password"
                                        and family_for(self.mime_type, self.path) == "pdf")

    def _unexpected(self) -> str:
        return self.tr("The preview failed because of an unexpected problem. Open the file with its usual program.")

    def _set_content(self, content: Content | None) -> None:
        old = self.content
        if old is content:
            return
        self.content = content
        self.cache.pinned = content
        if old is not None:
            self.cache.release(old)
        layout = self.holder_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if content is None:
            self.image_view.set_image(None)
            self._set_page_actions(False)
            self._page_shown = (None, -1)

    def _display(self, content: Content) -> None:
        self._set_content(content)
        if content.kind in ("pdf", "image"):
            if self._page_shown != (self.path, content.page):  # a new page starts at its top; a sharper render stays put
                self._page_shown = (self.path, content.page)
                self.image_scroll.verticalScrollBar().setValue(0)
            self.image_view.set_image(content.image, enlarge=content.kind == "pdf")
            self.nav.setVisible(content.page_count > 1)
            self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(content.page + 1))
                                    .replace("%2", str(content.page_count)))
            self.prev_button.setEnabled(content.page > 0)
            self.next_button.setEnabled(content.page + 1 < content.page_count)
            self._set_page_actions(content.page_count > 1)
            self.stack.setCurrentIndex(1)
            if content.kind == "image":
                self._set_finder(NoTextFinder(self.tr("There is no text to search in an image."), self))
            elif self._finder_path != self.path or not isinstance(self.find_bar.finder, PdfFinder):
                assert self.path is not None
                self._set_finder(PdfFinder(self.path, self.mime_type, self.page_marks, self.password, self))
            self.page_marks.apply()
        else:
            self._set_page_actions(False)
            widget = self._content_widget(content)
            self.holder_layout.addWidget(widget)
            self.stack.setCurrentIndex(2)
            text_view = widget if isinstance(widget, QPlainTextEdit | QTextBrowser) else None
            self._set_finder(TextFinder(text_view, self) if text_view is not None else SheetFinder(widget, self))
        self._set_state("ready")

    def _set_page_actions(self, on: bool) -> None:
        for action in (self.action_prev_page, self.action_next_page):
            action.setEnabled(on)

    def _content_widget(self, content: Content) -> QWidget:
        if content.kind == "word":
            from clientvault.ui.preview.html_view import SafeTextBrowser  # loaded with the first such file

            browser = SafeTextBrowser(self.holder)
            browser.setHtml(content.html)
            return browser
        if content.kind == "plain":
            text = QPlainTextEdit(self.holder)
            text.setObjectName("plainTextView")
            text.setReadOnly(True)
            text.setPlainText(content.text)
            return text
        from clientvault.ui.preview.sheet_view import SheetView  # loaded with the first sheet

        view = SheetView(content.preview, content.first_sheet, self.holder)
        view.sheetRequested.connect(lambda index, v=view: self._load_sheet(v, index))
        return view

    def _load_sheet(self, view: SheetView, index: int) -> None:
        generation = self._generation

        def done(sheet: Any) -> None:
            if isValid(view) and generation == self._generation:
                view.set_sheet(index, sheet)

        def failed(exc: Exception) -> None:
            if isValid(view) and generation == self._generation and not isinstance(exc, PreviewCancelled):
                # A bug of ours: the worker logged its traceback; the person gets plain words.
                view.set_sheet_error(index, exc.message if isinstance(exc, PreviewError) else self._unexpected())

        if self._sheet_task is not None:
            self._sheet_task.cancel()
        from clientvault.ui.preview.sheet_view import load_sheet_task

        self._sheet_task = run_task(load_sheet_task(view.preview, index), done, failed)

    # -- finding --------------------------------------------------------------------------------

    def find(self, text: str) -> None:  # type: ignore[override]  # QWidget.find(id) is a static lookup we never use
        """Go to the first hit of ``text`` in the document shown, or in the one loading once it is on
        screen (a search result opened): the find bar opens with ``text`` and its count. Nothing opens
        for a document whose text cannot be marked (an image, a scan)."""
        finder = self.find_bar.finder
        if finder is not None and not finder.searchable:
            return
        self._find_quietly = True
        self.find_bar.open(text)

    def find_text(self) -> str:
        """What the pane's find bar is looking for ("" when it is closed), for the preview window
        opened from here to carry on the same search."""
        return self.find_bar.edit.text() if self.find_bar.isVisibleTo(self) else ""

    def _set_finder(self, finder: Finder | None) -> None:
        old = self.find_bar.finder
        self._finder_path = self.path if finder is not None else None
        if finder is not None and not finder.searchable and self._find_quietly:
            self.find_bar.close_bar()  # find() for an image: it was found by its name or its OCR text
        self.find_bar.set_finder(finder)
        if old is not None:
            old.deleteLater()

    def event(self, event: QEvent) -> bool:
        """Ctrl+F with the focus in the pane is the pane's: the main window's own Ctrl+F (filter the
        files by name) would otherwise take it, as a shortcut, before any key press reaches us."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.matches(QKeySequence.StandardKey.Find) and self.path is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Find) and self.path is not None:
            self._find_quietly = False
            self.find_bar.open()
            return
        super().keyPressEvent(event)

    def _on_find_bar_closed(self) -> None:
        """Esc in the bar: the focus back on the document, so its keys (arrows, Ctrl+C) work again."""
        self._find_quietly = False
        item = self.holder_layout.itemAt(0) if self.stack.currentIndex() == 2 else None
        widget = item.widget() if item is not None else self.image_view
        if widget is not None and self.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- handlers ---------------------------------------------------------------------------------

    def _on_password_button_clicked(self) -> None:
        """Ask for the PDF's password (shown as dots, kept only while this file is on screen)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("previewPasswordDialog")
        dialog.setWindowTitle(self.tr("Password"))
        dialog.setLabelText(self.tr("Password to open %1:").replace("%1", self.name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(self._on_password_given)
        self.password_dialog = dialog
        dialog.open()

    def _on_password_given(self, password: str) -> None:
        if self.path is None or not password:
            return
        self.password = password
        self._cancel()
        self._request(0, new_file=True)

    def _on_open_button_clicked(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.content is not None and self.content.kind == "pdf":
            self._resize_timer.start()

    def _on_resize_timer_timeout(self) -> None:
        content = self.content
        if content is not None and content.kind == "pdf" and content.image is not None \
                and content.image.width() < self._render_width() and self._task is None:
            self._request(content.page)
