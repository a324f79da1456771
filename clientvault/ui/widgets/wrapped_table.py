"""A read-only list of sentences in columns whose rows grow to show every word (QTreeWidget elides
a long sentence on one line; QTableView wraps it at the column's width and sizes each row to it).

Wrapping is measured per row: while a resize goes on only the rows in view are measured again, and
every row once it pauses (20,000 rows took a second at every step of a resize). Callers also keep
what they list short (a few hundred rows, then a line that says how many more)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

# What a list shows at most, then a line that says how many more (the counts above it stay exact).
MAX_ROWS = 500
WARNING = QColor("#9b1c1c")  # dark red: what the person still has to act on


class WrappedTable(QTableWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # By pixels: a row of many lines scrolls smoothly, and the rows in view are where the bar says
        # (by rows, the bar's last step is worked out from heights not measured yet).
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.settle_timer = QTimer(self)  # every row measured once a resize pauses
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(150)
        self.settle_timer.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self.resize_rows_in_view())
        self.verticalScrollBar().valueChanged.connect(lambda *_: self.resize_rows_in_view())

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

    def resize_rows_in_view(self) -> None:
        """Measure again the rows a person sees now (their words re-wrap at the new width); the
        others when the resize pauses (or as they scroll into view before)."""
        if not self.rowCount():
            return
        self.settle_timer.start()
        row, height = max(self.rowAt(0), 0), self.viewport().height()
        # Row by row: each one measured moves the next, so which rows are in view is known only then.
        while row < self.rowCount() and self.rowViewportPosition(row) < height:
            self.resizeRowToContents(row)
            row += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resize_rows_in_view()  # the last column stretches with the dialog: its words re-wrap
