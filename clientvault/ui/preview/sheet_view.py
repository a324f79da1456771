"""A workbook or CSV as tabs of tables; rows come from ``Sheet.rows`` in blocks as the person scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from clientvault.preview.base import PreviewError
from clientvault.preview.sheet import Sheet

BLOCK = 200
MAX_SPANS = 500  # merged ranges shown as spans per sheet
Index = QModelIndex | QPersistentModelIndex


def column_name(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the letters a person sees in Excel."""
    name = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        name = chr(65 + rem) + name
    return name


class SheetModel(QAbstractTableModel):
    """Rows fetched ``BLOCK`` at a time (``canFetchMore``/``fetchMore``); Excel's letters and numbers as headers.

    The sheet's ``row_count`` only says whether to fetch more (None: unknown, keep fetching until a
    block comes back empty); the table's size is the rows fetched so far. A damaged part found while
    fetching (a big worksheet's CRC is checked when its stream ends) stops the fetching, keeps the rows
    read, sets ``error`` and emits ``failed`` with the message for the person; it is never raised
    into Qt's scrolling. ``fetched`` follows every fetch, rows added or not (the fetch that finds the
    end of a big sheet adds none but brings its merged ranges).

    Signals: failed(str), fetched()
    """

    failed = Signal(str)
    fetched = Signal()

    def __init__(self, sheet: Sheet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.error: str | None = None
        self._rows: list[list[str]] = list(self._fetch(0))
        self._columns = max(sheet.column_count or 0, max((len(r) for r in self._rows), default=0))

    def _fetch(self, start: int) -> list[list[str]]:
        try:
            return self.sheet.rows(start, BLOCK)
        except PreviewError as exc:
            self.error = exc.message
            self.failed.emit(exc.message)
            return self.sheet.rows(start, BLOCK)  # the rows read before the damage (the sheet keeps them)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.isValid():
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_name(section) if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        total = self.sheet.row_count
        return not parent.isValid() and self.error is None and (total is None or len(self._rows) < total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self.error is not None:
            return
        more = self._fetch(len(self._rows))
        if not more:
            self.sheet.row_count = len(self._rows)
            self.fetched.emit()
            return
        wider = max(len(r) for r in more)
        if wider > self._columns:
            self.beginInsertColumns(QModelIndex(), self._columns, wider - 1)
            self._columns = wider
            self.endInsertColumns()
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        self.fetched.emit()


class SheetTable(QTableView):
    """A sheet's table. Merged ranges span as in Excel once their rows are in the model: a big .xlsx
    learns its merged ranges only when its stream reaches the end (they follow the last row), so spans
    are applied as rows arrive, not only at creation. At most MAX_SPANS (Qt's span list is linear)."""

    def __init__(self, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetTable")
        self._sheet = sheet
        self._seen = 0  # merged ranges of the sheet already looked at
        self._waiting: list[tuple[int, int, int, int]] = []  # ranges whose rows are not fetched yet
        self._spans = 0
        self.sheet_model = SheetModel(sheet, self)
        self.setModel(self.sheet_model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(110)
        self._apply_spans()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.sheet_model.fetched.connect(self._on_sheet_model_fetched)

    def _on_sheet_model_fetched(self) -> None:
        self._apply_spans()

    def _apply_spans(self) -> None:
        merged = self._sheet.merged
        if self._seen < len(merged):
            self._waiting.extend(m for m in merged[self._seen :] if m[2] > m[0] or m[3] > m[1])
            self._seen = len(merged)
        loaded = self.sheet_model.rowCount()
        waiting = []
        for r0, c0, r1, c1 in self._waiting:
            if self._spans >= MAX_SPANS:
                break
            if r1 < loaded:
                self.setSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1)
                self._spans += 1
            else:
                waiting.append((r0, c0, r1, c1))
        self._waiting = waiting if self._spans < MAX_SPANS else []


def make_table(sheet: Sheet, parent: QWidget | None = None) -> SheetTable:
    return SheetTable(sheet, parent)


class SheetView(QWidget):
    """Tabs for the visible sheets (a note names hidden ones). ``sheetRequested(index)`` asks the owner to
    load a sheet in the background; the owner answers with :meth:`set_sheet`.

    Signals: sheetRequested(int)
    """

    sheetRequested = Signal(int)

    def __init__(self, preview: Any, first: Sheet | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetView")
        self.preview = preview
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sheetTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabPosition(QTabWidget.TabPosition.South)  # where Excel puts them
        self.note = QLabel(self)
        self.note.setObjectName("hiddenSheetsNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.note)
        self._indexes = [info.index for info in preview.sheets]
        for info in preview.sheets:
            placeholder = QLabel(self.tr("Loading…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(placeholder, info.name + (self.tr(" (hidden)") if info.hidden else ""))
        self.tabs.tabBar().setVisible(len(self._indexes) > 1)
        hidden = list(getattr(preview, "hidden_sheets", []) or [])
        self._hidden_note = self.tr("Hidden sheets not shown: %1").replace("%1", ", ".join(hidden)) if hidden else ""
        self._errors: dict[int, str] = {}  # tab position -> damage found while scrolling that sheet
        self._update_note()
        if first is not None and self._indexes:
            self.set_sheet(self._indexes[0], first)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def set_sheet(self, index: int, sheet: Sheet) -> None:
        pos = self._indexes.index(index)
        if isinstance(self.tabs.widget(pos), QTableView):
            return
        current = self.tabs.currentIndex()
        old = self.tabs.widget(pos)
        table = make_table(sheet)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(pos)
        self.tabs.insertTab(pos, table, self._label(pos))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()
        table.sheet_model.failed.connect(lambda message, p=pos: self._on_sheet_model_failed(p, message))
        if table.sheet_model.error is not None:  # found while reading the first block
            self._on_sheet_model_failed(pos, table.sheet_model.error)

    def _on_sheet_model_failed(self, pos: int, message: str) -> None:
        self._errors[pos] = f"{self.preview.sheets[pos].name}: {message}"
        self._update_note()

    def _update_note(self) -> None:
        """The line under the tabs: hidden sheets, then any sheet found damaged while scrolling."""
        lines = ([self._hidden_note] if self._hidden_note else []) + [self._errors[p] for p in sorted(self._errors)]
        self.note.setText("\n".join(lines))
        self.note.setVisible(bool(lines))

    def set_sheet_error(self, index: int, message: str) -> None:
        widget = self.tabs.widget(self._indexes.index(index))
        if isinstance(widget, QLabel):
            widget.setWordWrap(True)
            widget.setText(message)

    def _label(self, pos: int) -> str:
        info = self.preview.sheets[pos]
        return str(info.name) + (self.tr(" (hidden)") if info.hidden else "")

    def current_table(self) -> QTableView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, QTableView) else None

    def current_sheet_index(self) -> int:
        """The workbook index of the sheet on screen (what ``preview.sheet`` takes)."""
        pos = self.tabs.currentIndex()
        return self._indexes[pos] if 0 <= pos < len(self._indexes) else 0

    def show_cell(self, index: int, sheet: Sheet, row: int, column: int) -> QTableView | None:
        """Bring sheet ``index`` to the front (``sheet`` already loaded, by the finder's worker), fetch its
        rows down to ``row`` (already read, so no waiting), select the cell and scroll it to the middle."""
        self.set_sheet(index, sheet)
        self.tabs.setCurrentIndex(self._indexes.index(index))
        table = self.current_table()
        if not isinstance(table, SheetTable):
            return None
        model = table.sheet_model
        while model.rowCount() <= row and model.canFetchMore():
            model.fetchMore()
        cell = model.index(row, column)
        if cell.isValid():
            table.setCurrentIndex(cell)
            table.scrollTo(cell, QTableView.ScrollHint.PositionAtCenter)
        return table

    def _on_tabs_current_changed(self, pos: int) -> None:
        if pos >= 0 and not isinstance(self.tabs.widget(pos), QTableView):
            self.sheetRequested.emit(self._indexes[pos])


def load_sheet_task(preview: Any, index: int) -> Callable[[Any], Sheet]:
    """A ``run_task`` function that loads sheet ``index`` of an open workbook and its first block of rows."""

    def work(task: Any) -> Sheet:
        sheet = preview.sheet(index, cancelled=lambda: task.cancelled)
        sheet.rows(0, BLOCK, cancelled=lambda: task.cancelled)
        return sheet

    return work
