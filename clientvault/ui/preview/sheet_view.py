"""A workbook or CSV as tabs of tables; rows come from ``Sheet.rows`` in blocks as the person scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from clientvault.preview.sheet import Sheet

BLOCK = 200
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
    """Rows fetched ``BLOCK`` at a time (``canFetchMore``/``fetchMore``); Excel's letters and numbers as headers."""

    def __init__(self, sheet: Sheet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._rows: list[list[str]] = list(sheet.rows(0, BLOCK))
        self._columns = max(sheet.column_count or 0, max((len(r) for r in self._rows), default=0))

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
        return not parent.isValid() and (total is None or len(self._rows) < total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self.sheet.rows(len(self._rows), BLOCK)
        if not more:
            self.sheet.row_count = len(self._rows)
            return
        wider = max(len(r) for r in more)
        if wider > self._columns:
            self.beginInsertColumns(QModelIndex(), self._columns, wider - 1)
            self._columns = wider
            self.endInsertColumns()
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()


def make_table(sheet: Sheet, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setObjectName("sheetTable")
    view.setModel(SheetModel(sheet, view))
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultSectionSize(110)
    for r0, c0, r1, c1 in sheet.merged[:500]:  # merged title cells span as in Excel
        if r1 < BLOCK and (r1 > r0 or c1 > c0):
            view.setSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1)
    return view


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
        self.note.setText(self.tr("Hidden sheets not shown: %1").replace("%1", ", ".join(hidden)) if hidden else "")
        self.note.setVisible(bool(hidden))
        if first is not None and self._indexes:
            self.set_sheet(self._indexes[0], first)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def set_sheet(self, index: int, sheet: Sheet) -> None:
        pos = self._indexes.index(index)
        if isinstance(self.tabs.widget(pos), QTableView):
            return
        current = self.tabs.currentIndex()
        old = self.tabs.widget(pos)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(pos)
        self.tabs.insertTab(pos, make_table(sheet), self._label(pos))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

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
