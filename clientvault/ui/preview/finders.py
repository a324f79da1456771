"""One finder per kind of document on screen, driven by the find bar (``ui.widgets.find_bar``).

Every finder matches as the vault's search does, case and accents ignored (``preview.pdf_find``), and
works out its hits in a worker: a 117-page PDF, a 5 MB text or a long sheet must not freeze the
window while the person types. Then it shows the current hit the way its view can: a PDF's hits are
painted on the pages (``MarkTarget``: the window's page column, or the pane's single page), text is
selected and scrolled to, a sheet's cell is selected. A new search drops the results of the one
before (a generation counter), so a late worker never paints old hits.

Signals (every finder): statusChanged(FindStatus) — what the bar should say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from shiboken6 import isValid

from clientvault.preview import PreviewCancelled, PreviewError, open_preview
from clientvault.preview.pdf_find import MAX_HITS, PdfFindResult, find_spans, matches, needle_pattern
from clientvault.ui.workers import Task, run_task

HIT_COLOR = QColor(255, 236, 61)  # a highlighter's yellow, for the hits that are not the current one
SHEET_BLOCK = 1000  # rows read per call while scanning: the view's own fetches wait at most one block
Marks = dict[int, list[tuple[QRectF, ...]]]  # page -> each hit's rectangles, as fractions of the page


@dataclass(frozen=True)
class FindStatus:
    needle: str
    done: bool = True  # False while the worker searches
    current: int = -1  # 0-based index of the hit shown, -1 for none
    total: int = 0
    more: bool = False  # MAX_HITS reached: there may be more
    message: str = ""  # instead of a count: why there is nothing to search


class MarkTarget(Protocol):
    """What shows a PDF's hits: all of them painted, the current one brought into view."""

    @property
    def current_page(self) -> int: ...

    def set_marks(self, marks: Marks) -> None: ...

    def show_mark(self, page: int, index: int) -> None: ...


class Finder(QObject):
    statusChanged = Signal(object)
    searchable = True  # False: an image; the pane's find() then shows no bar at all

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.total = 0
        self.current = -1
        self.more = False
        self.done = True
        self._generation = 0
        self._task: Task | None = None

    def search(self, needle: str) -> None:
        self._stop()
        self.needle, self.total, self.current, self.more = needle, 0, -1, False
        pattern = needle_pattern(needle)
        if pattern is None:
            self._clear_marks()
            self._emit()
            return
        self.done = False
        self._emit()
        self._start(pattern, self._generation)

    def step(self, delta: int) -> None:
        if self.total:
            self.current = (self.current + delta) % self.total
            self._show(self.current)
            self._emit()

    def clear(self) -> None:
        """The bar closed or the document changed: stop, and take the marks off the document."""
        self._stop()
        self.total, self.current = 0, -1
        self._clear_marks()

    def _stop(self) -> None:
        self._generation += 1
        self.done = True
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _run(self, work: Any, generation: int) -> None:
        self._task = run_task(work, lambda result: self._on_task_done(generation, result),
                              lambda exc: self._on_task_failed(generation, exc))

    def _on_task_done(self, generation: int, result: Any) -> None:
        if isValid(self) and generation == self._generation:
            self._task = None
            self.done = True
            self._found(result)

    def _on_task_failed(self, generation: int, exc: Exception) -> None:
        if not isValid(self) or generation != self._generation or isinstance(exc, PreviewCancelled):
            return
        self._task = None
        self.done = True
        self._emit(exc.message if isinstance(exc, PreviewError)
                   else self.tr("The search failed because of an unexpected problem."))

    def _found_count(self, total: int, first: int = 0) -> None:
        self.total, self.more = total, total >= MAX_HITS
        self.current = min(first, total - 1) if total else -1
        if total:
            self._show(self.current)
        self._emit()

    def _emit(self, message: str = "") -> None:
        self.statusChanged.emit(FindStatus(self.needle, self.done, self.current, self.total, self.more, message))

    # -- what each kind does ----------------------------------------------------------------------

    def _start(self, pattern: re.Pattern[str], generation: int) -> None:
        raise NotImplementedError

    def _found(self, result: Any) -> None:
        raise NotImplementedError

    def _show(self, index: int) -> None:
        raise NotImplementedError

    def _clear_marks(self) -> None:
        pass


class NoTextFinder(Finder):
    """An image: OCR text has no positions we could mark, so the bar says so instead of «not found»."""

    searchable = False

    def __init__(self, message: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.message = message

    def search(self, needle: str) -> None:
        self.needle = needle
        self._emit(self.message)


def keep_selection_visible(widget: Any) -> None:
    """The current hit is the view's selection; while the person types in the bar the view has no
    focus, and an inactive selection is drawn too faintly to be found on the page."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Inactive, role, palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)


class TextFinder(Finder):
    """Word (QTextBrowser) and plain text (QPlainTextEdit): every hit tinted, the current one selected."""

    def __init__(self, view: QTextEdit | QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.spans: list[tuple[int, int]] = []
        keep_selection_visible(view)

    def _start(self, pattern: re.Pattern[str], generation: int) -> None:
        doc = self.view.document()
        if isinstance(self.view, QPlainTextEdit):
            # Plain text has no frames: its plain text and the cursor's positions are one to one.
            pieces = [(0, doc.toPlainText())]
        else:
            # Blocks, each with its own position: tables and frames add positions toPlainText does not show.
            pieces = []
            block = doc.begin()
            while block.isValid():
                pieces.append((block.position(), block.text()))
                block = block.next()

        def work(task: Task) -> list[tuple[int, int]]:
            spans: list[tuple[int, int]] = []
            for start, text in pieces:
                if task.cancelled or len(spans) >= MAX_HITS:
                    break
                spans.extend((start + a, start + b) for a, b in find_spans(text, pattern, MAX_HITS - len(spans)))
            return spans

        self._run(work, generation)

    def _found(self, result: list[tuple[int, int]]) -> None:
        if not isValid(self.view):
            return
        self.spans = result
        tint = QTextCharFormat()
        tint.setBackground(HIT_COLOR)
        selections = []
        for start, end in result:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(start, end)  # type: ignore[attr-defined]
            selection.format = tint  # type: ignore[attr-defined]
            selections.append(selection)
        self.view.setExtraSelections(selections)
        self._found_count(len(result))

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _show(self, index: int) -> None:
        if not isValid(self.view):
            return
        self.view.setTextCursor(self._cursor(*self.spans[index]))
        # A third of the way down, not at the edge where ensureCursorVisible would leave it.
        rect = self.view.cursorRect()
        height = self.view.viewport().height()
        if not height // 6 < rect.center().y() < height * 5 // 6:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + rect.center().y() - height // 3)
        self.view.ensureCursorVisible()

    def _clear_marks(self) -> None:
        if isValid(self.view):
            self.view.setExtraSelections([])
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)


class SheetFinder(Finder):
    """A workbook or CSV (``SheetView``): cells whose text holds the needle, in every visible sheet
    in order, the first at or after the sheet on screen selected; Next moves from cell to cell."""

    def __init__(self, view: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int, int]] = []  # sheet index, row, column
        self.sheets: dict[int, Any] = {}

    def _start(self, pattern: re.Pattern[str], generation: int) -> None:
        preview = self.view.preview
        infos = list(preview.sheets)

        def work(task: Task) -> tuple[list[tuple[int, int, int]], dict[int, Any]]:
            cancelled = lambda: task.cancelled  # noqa: E731
            hits: list[tuple[int, int, int]] = []
            sheets: dict[int, Any] = {}
            for info in infos:
                sheet = sheets[info.index] = preview.sheet(info.index, cancelled=cancelled)
                start = 0
                while len(hits) < MAX_HITS:
                    try:
                        rows = sheet.rows(start, SHEET_BLOCK, cancelled=cancelled)
                    except PreviewError:  # damaged further on: the rows before it were searched
                        break
                    for r, row in enumerate(rows, start):
                        hits.extend((info.index, r, c) for c, cell in enumerate(row) if cell and matches(cell, pattern))
                    if len(rows) < SHEET_BLOCK:
                        break
                    start += len(rows)
                if len(hits) >= MAX_HITS:
                    del hits[MAX_HITS:]
                    break
            return hits, sheets

        self._run(work, generation)

    def _found(self, result: tuple[list[tuple[int, int, int]], dict[int, Any]]) -> None:
        self.hits, self.sheets = result
        here = self.view.current_sheet_index()
        first = next((i for i, hit in enumerate(self.hits) if hit[0] >= here), 0)
        self._found_count(len(self.hits), first)

    def _show(self, index: int) -> None:
        if isValid(self.view):
            sheet_index, row, column = self.hits[index]
            table = self.view.show_cell(sheet_index, self.sheets[sheet_index], row, column)
            if table is not None:
                keep_selection_visible(table)


class PdfFinder(Finder):
    """A PDF's text layer, searched in a worker (the file reopened there: no PDFium handle crosses
    threads); the hits go to a ``MarkTarget``. A file with no text at all says it is a scan."""

    def __init__(self, path: Path, mime_type: str | None, target: MarkTarget, password: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.mime_type, self.password = path, mime_type, password
        self.target = target
        self.hits: list[tuple[int, int]] = []  # page, index among that page's hits

    def _start(self, pattern: re.Pattern[str], generation: int) -> None:
        path, mime, password, needle = self.path, self.mime_type, self.password, self.needle

        def work(task: Task) -> tuple[PdfFindResult, dict[int, tuple[float, float]]]:
            cancelled = lambda: task.cancelled  # noqa: E731
            preview: Any = open_preview(path, mime, password=password, cancelled=cancelled, stream=True)
            try:
                result = preview.find(needle, cancelled=cancelled)
                return result, {hit.page: preview.page_size(hit.page) for hit in result.hits}
            finally:
                preview.close()

        self._run(work, generation)

    def _found(self, result: tuple[PdfFindResult, dict[int, tuple[float, float]]]) -> None:
        found, sizes = result
        if found.pages_with_text == 0:
            self._emit(self.tr("This document has no text to search."))
            return
        marks: Marks = {}
        self.hits = []
        for hit in found.hits:
            w, h = sizes[hit.page]
            on_page = marks.setdefault(hit.page, [])
            self.hits.append((hit.page, len(on_page)))
            on_page.append(tuple(QRectF(x / w, y / h, rw / w, rh / h) for x, y, rw, rh in hit.rects))
        self.target.set_marks(marks)
        here = self.target.current_page  # the first hit shown is the first on or after the page on screen
        first = next((i for i, (page, _) in enumerate(self.hits) if page >= here), 0)
        self._found_count(len(self.hits), first)

    def _show(self, index: int) -> None:
        self.target.show_mark(*self.hits[index])

    def _clear_marks(self) -> None:
        self.hits = []
        if not isinstance(self.target, QObject) or isValid(self.target):
            self.target.set_marks({})
