"""A read-only list of sentences in columns whose rows grow to show every word (QTreeWidget elides
a long sentence on one line; QTableView wraps it at the column's width and sizes each row to it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

WARNING = QColor("#9b1c1c")  # dark red: what the person still has to act on


class WrappedTable(QTableWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.resizeRowsToContents())

    def set_rows(self, rows: list[list[str]], warn_column: int | None = None, warned: set[int] | None = None) -> None:
        """Replace the rows; ``warned`` rows show ``warn_column`` in dark red."""
        self.setRowCount(len(rows))
        for r, texts in enumerate(rows):
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if warned and r in warned and c == warn_column:
                    item.setForeground(QBrush(WARNING))
                self.setItem(r, c, item)
        self.resizeRowsToContents()

    def texts(self) -> list[tuple[str, ...]]:
        """Every row's texts, top to bottom (what a person reads)."""
        rows = []
        for r in range(self.rowCount()):
            items = [self.item(r, c) for c in range(self.columnCount())]
            rows.append(tuple(item.text() if item is not None else "" for item in items))
        return rows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resizeRowsToContents()  # the last column stretches with the dialog: its words re-wrap
