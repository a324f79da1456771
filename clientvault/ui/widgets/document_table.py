"""The document table: lazy rows, SQL sorting, drops from the file manager, drags out; the type,
period, expiry, format, date and size columns as wide as what they show, so the name and the preview
beside get the rest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMenu, QTableView, QWidget

from clientvault.ui.models.document_model import DocumentModel
from clientvault.ui.widgets.drops import local_paths


class DocumentTable(QTableView):
    """Signals:
        filesDropped(list): local files or folders dropped onto the table.
    """

    filesDropped = Signal(list)
    # Tipo, Periodo and Vence too: short words and dates, and an empty column stays as wide as its header.
    FITTED = (DocumentModel.COL_TYPE, DocumentModel.COL_PERIOD, DocumentModel.COL_EXPIRES, DocumentModel.COL_FORMAT,
              DocumentModel.COL_ADDED, DocumentModel.COL_SIZE)
    PADDING = 16  # beside the widest cell, so a column never ends flush on its text
    # The name takes what the other columns leave, but never less than this: below it a name reads as
    # «c…»; the table scrolls sideways instead (a narrow middle at 1366 pixels with seven columns).
    NAME_MIN = 200

    def __init__(self, model: DocumentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTable")
        self.setModel(model)
        self._drop_active = False
        self.empty_text = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Rows are selected whole: Tab moving from cell to cell went nowhere a person sees, and kept
        # the keyboard from the preview and the details panel beside the table.
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setSortingEnabled(True)
        self.sortByColumn(DocumentModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DocumentModel.COL_NAME, QHeaderView.ResizeMode.Interactive)
        for col in self.FITTED:  # not ResizeToContents: that reads every row of a hidden table (all 100,000)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self._fitting = False
        self._by_hand: set[int] = set()  # columns the person resized: theirs from then on
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns)
        header.sectionResized.connect(self._on_header_section_resized)
        # Right-click on the headers: which columns to show (seven do not fit a laptop's middle pane).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        self.header_menu: QMenu | None = None
        model.modelReset.connect(self._fit_timer.start)
        model.layoutChanged.connect(self._fit_timer.start)
        # Drag out to the desktop or a mail program; drops are handled below, not by the model.
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)

    def fit_columns(self) -> None:
        """Format, date and size as wide as their header or the widest of the cells on screen (only
        rows the table shows anyway are read), unless the person has resized the column by hand."""
        model = self.model()
        count = model.rowCount()
        if not self.isVisible():
            return  # shown later: showEvent fits them then
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        rows = range(first, min(count - 1 if last < 0 else last, first + 100) + 1) if count else range(0)
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for col in self.FITTED:
                if col in self._by_hand or self.isColumnHidden(col):
                    continue
                width = header.sectionSizeFromContents(col).width()
                for row in rows:
                    width = max(width, self.sizeHintForIndex(model.index(row, col)).width() + self.PADDING)
                self.setColumnWidth(col, width)
        finally:
            self._fitting = False
        self._fill_name()

    def hidden_columns(self) -> list[str]:
        """The columns hidden by the person, by their sort key ("format", "size"), as settings keep them."""
        keys = DocumentModel._SORT_KEYS
        return [keys[c] for c in sorted(keys) if self.isColumnHidden(c)]

    def set_hidden_columns(self, names: list[str]) -> None:
        for col, key in DocumentModel._SORT_KEYS.items():
            if col != DocumentModel.COL_NAME:  # the name is always shown
                self.setColumnHidden(col, key in names)
        self._fill_name()

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        model, header = self.model(), self.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("tableColumnsMenu")
        for col in range(model.columnCount()):
            if col == DocumentModel.COL_NAME:
                continue
            action = menu.addAction(str(model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self._on_column_toggled(c, on))
        self.header_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def _on_column_toggled(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        self._fit_timer.start()

    def _fill_name(self) -> None:
        """The name column gets the room the others leave (what Stretch did, with a floor)."""
        if DocumentModel.COL_NAME in self._by_hand:
            return
        others = sum(self.columnWidth(c) for c in range(self.model().columnCount()) if c != DocumentModel.COL_NAME)
        self._fitting = True
        try:
            self.setColumnWidth(DocumentModel.COL_NAME, max(self.NAME_MIN, self.viewport().width() - others))
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fill_name()

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and (column in self.FITTED or column == DocumentModel.COL_NAME) \
                and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._by_hand.add(column)  # dragged by the person (the name column's stretching moves no other)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_timer.start()

    def event(self, event: QEvent) -> bool:
        # While a name is being edited, Enter commits the rename: it must not reach the table's
        # "Return" shortcut (Preview), which would swallow the key and lose the new name.
        if (event.type() == QEvent.Type.ShortcutOverride and self.state() == QAbstractItemView.State.EditingState
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.accept()
            return True
        return super().event(event)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        # Our own rows dragged back onto the table are not new files.
        return event.source() is not self and bool(local_paths(event.mimeData())) and self.isEnabled()

    def _set_drop_active(self, active: bool) -> None:
        self._drop_active = active
        self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._set_drop_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._set_drop_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_active(False)
        if not self._accepts(event):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.filesDropped.emit(local_paths(event.mimeData()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text or self._drop_active:
            p = QPainter(self.viewport())
            rect = self.viewport().rect().adjusted(12, 12, -12, -12)
            if self._drop_active:
                p.setPen(QPen(QColor("#1976d2"), 2, Qt.PenStyle.DashLine))
                p.setBrush(QColor(25, 118, 210, 25))
                p.drawRoundedRect(rect, 8, 8)
            if self.model().rowCount() == 0 and self.empty_text:
                p.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
                p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            p.end()
