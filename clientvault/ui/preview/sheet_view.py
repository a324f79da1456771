"""A workbook or CSV as tabs of tables; rows come from ``Sheet.rows`` in blocks as the person scrolls.

Cells read as in Excel: the texts are already written with their number formats (preview/sheet_style),
and the model gives each cell's look to the view through Qt's roles (alignment, bold and italic,
text and fill colours). Columns take the widths the file gives them (Excel's units: that many "0"
digits of the view's font), widened where a number would not fit (Excel would show "###"); a
left-aligned text runs over the empty cells to its right, as Excel lets it. A sheet that holds only
charts says so instead of showing an empty grid."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from clientvault.preview.base import PreviewError
from clientvault.preview.sheet import Sheet
from clientvault.preview.sheet_style import CENTER, RIGHT, CellLook

BLOCK = 200
MAX_SPANS = 500  # merged ranges shown as spans per sheet
MAX_OVERFLOWS = 500  # texts shown running over their empty neighbours per sheet
DEFAULT_COLUMN = 110  # px, a column the file gives no width
MAX_COLUMN = 600  # px: a column the file makes wider is cut here (a preview pane is not a wall)
CELL_PADDING = 8  # px the view keeps around a cell's text
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    CENTER: Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
    RIGHT: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
}
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
        self._looks: list[bytes | list[int]] = []  # each row's look ids (sheet.look_ids), beside its texts
        self._roles: dict[int, tuple[Any, QFont | None, QBrush | None, QBrush | None]] = {}  # look id -> role values
        self._rows: list[list[str]] = list(self._fetch(0))
        self._columns = max(sheet.column_count or 0, max((len(r) for r in self._rows), default=0))

    def _fetch(self, start: int) -> list[list[str]]:
        try:
            rows = self.sheet.rows(start, BLOCK)
        except PreviewError as exc:
            self.error = exc.message
            self.failed.emit(exc.message)
            rows = self.sheet.rows(start, BLOCK)  # the rows read before the damage (the sheet keeps them)
        self._looks.extend(self.sheet.look_ids(start, len(rows)))
        return rows

    def look(self, row: int, column: int) -> CellLook:
        """The look of a fetched cell (plain when it has none)."""
        ids = self._looks[row] if 0 <= row < len(self._looks) else b""
        return self.sheet.looks.get(ids[column] if column < len(ids) else 0)

    def _role_values(self, look_id: int) -> tuple[Any, QFont | None, QBrush | None, QBrush | None]:
        """Alignment, font, text brush and fill brush of a look, made once per look."""
        found = self._roles.get(look_id)
        if found is None:
            look = self.sheet.looks.get(look_id)
            font = None
            if look.bold or look.italic:
                font = QFont()
                font.setBold(look.bold)
                font.setItalic(look.italic)
            found = self._roles[look_id] = (
                _ALIGN.get(look.align, _ALIGN["left"]),
                font,
                # Excel's automatic text colour is black: on a fill it stays black under a dark palette too.
                QBrush(QColor(look.color or "#000000")) if look.color or look.fill else None,
                QBrush(QColor(look.fill)) if look.fill else None,
            )
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role in _LOOK_ROLES:
            ids = self._looks[index.row()]
            column = index.column()
            values = self._role_values(ids[column] if column < len(ids) else 0)
            return values[_LOOK_ROLES[role]]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_name(section) if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def row_texts(self, row: int) -> list[str]:
        return self._rows[row]

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


_LOOK_ROLES: dict[int, int] = {  # role -> its place in SheetModel._role_values
    Qt.ItemDataRole.TextAlignmentRole: 0,
    Qt.ItemDataRole.FontRole: 1,
    Qt.ItemDataRole.ForegroundRole: 2,
    Qt.ItemDataRole.BackgroundRole: 3,
}


class SheetTable(QTableView):
    """A sheet's table. Merged ranges span as in Excel once their rows are in the model: a big .xlsx
    learns its merged ranges only when its stream reaches the end (they follow the last row), so spans
    are applied as rows arrive, not only at creation. At most MAX_SPANS (Qt's span list is linear).

    Column widths are the file's; a column is widened (never narrowed) when a number in the rows
    fetched would not fit it, and a left-aligned text wider than its column runs over the empty cells
    to its right (a span, at most MAX_OVERFLOWS), so a title in a narrow column A reads whole."""

    def __init__(self, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetTable")
        self._sheet = sheet
        self._seen = 0  # merged ranges of the sheet already looked at
        self._waiting: list[tuple[int, int, int, int]] = []  # ranges whose rows are not fetched yet
        self._spans = 0
        self._overflows = 0
        self._measured = 0  # rows already looked at for widths and overflows
        self._merged_cells: set[tuple[int, int]] = set()  # cells inside a merged range (no overflow there)
        self._overflow_spans: dict[int, list[tuple[int, int]]] = {}  # row -> (first, last) columns of its overflows
        self.sheet_model = SheetModel(sheet, self)
        self.setModel(self.sheet_model)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._digit = max(1, self.fontMetrics().horizontalAdvance("0"))
        default = sheet.default_width
        header.setDefaultSectionSize(self.column_pixels(default) if default else DEFAULT_COLUMN)
        self._apply_widths()
        self._apply_spans()
        self._measure()
        self._connect_signals()

    def column_pixels(self, width: float) -> int:
        """Excel's column width (that many "0" digits, padding included) in pixels of this view's font."""
        return max(4, min(MAX_COLUMN, round(width * self._digit)))

    def _apply_widths(self) -> None:
        header = self.horizontalHeader()
        columns = self.sheet_model.columnCount()
        for column, width in self._sheet.column_widths.items():
            if column < columns:
                header.resizeSection(column, self.column_pixels(width))

    def _connect_signals(self) -> None:
        self.sheet_model.fetched.connect(self._on_sheet_model_fetched)

    def _on_sheet_model_fetched(self) -> None:
        self._apply_spans()
        self._measure()

    def _measure(self) -> None:
        """Widen columns whose numbers do not fit and let long texts run over empty neighbours, for the
        rows fetched since the last call."""
        model = self.sheet_model
        header = self.horizontalHeader()
        rows = model.rowCount()
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        wanted: dict[int, int] = {}
        widest = bold.maxWidth()  # a text of n characters is at most n of these wide: most are not measured
        sizes = [header.sectionSize(c) for c in range(model.columnCount())]
        for r in range(self._measured, rows):
            texts = model.row_texts(r)
            for c, text in enumerate(texts):
                if not text or len(text) * widest + CELL_PADDING <= sizes[c]:
                    continue
                look = model.look(r, c)
                metrics = bold if look.bold else plain
                if look.align == RIGHT:
                    need = metrics.horizontalAdvance(text) + CELL_PADDING
                    if need > wanted.get(c, 0):
                        wanted[c] = need
                elif (look.align == "left" and self._overflows < MAX_OVERFLOWS and (c + 1 >= len(texts) or not texts[c + 1])
                      and (r, c) not in self._merged_cells):
                    self._overflow(r, c, texts, metrics.horizontalAdvance(text) + CELL_PADDING)
        for c, need in wanted.items():
            if need > header.sectionSize(c):
                header.resizeSection(c, min(need, MAX_COLUMN))
        self._measured = rows

    def _overflow(self, row: int, column: int, texts: list[str], need: int) -> None:
        header = self.horizontalHeader()
        width = header.sectionSize(column)
        end = column
        columns = self.sheet_model.columnCount()
        while width < need and end + 1 < columns and (end + 1 >= len(texts) or not texts[end + 1]) \
                and (row, end + 1) not in self._merged_cells:
            end += 1
            width += header.sectionSize(end)
        if end > column:
            self.setSpan(row, column, 1, end - column + 1)
            self._overflow_spans.setdefault(row, []).append((column, end))
            self._overflows += 1

    def _clear_overflows(self, r0: int, c0: int, r1: int, c1: int) -> None:
        """A merged range learnt late (a big sheet's come after its last row) wins over overflows under it."""
        for row in range(r0, r1 + 1) if len(self._overflow_spans) > r1 - r0 else self._overflow_spans:
            spans = self._overflow_spans.get(row)
            if not spans or not r0 <= row <= r1:
                continue
            for first, last in [sp for sp in spans if sp[0] <= c1 and sp[1] >= c0]:
                self.setSpan(row, first, 1, 1)
                spans.remove((first, last))

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
                self._clear_overflows(r0, c0, r1, c1)
                self.setSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1)
                self._spans += 1
                if (r1 - r0 + 1) * (c1 - c0 + 1) <= 4096:
                    self._merged_cells.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
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
        if self._is_shown(pos):
            return
        if sheet.charts_only:
            self._replace(pos, self._charts_message())
            return
        table = make_table(sheet)
        self._replace(pos, table)
        table.sheet_model.failed.connect(lambda message, p=pos: self._on_sheet_model_failed(p, message))
        if table.sheet_model.error is not None:  # found while reading the first block
            self._on_sheet_model_failed(pos, table.sheet_model.error)

    def _is_shown(self, pos: int) -> bool:
        widget = self.tabs.widget(pos)
        return isinstance(widget, QTableView) or (widget is not None and widget.objectName() == "chartsOnlyMessage")

    def _replace(self, pos: int, widget: QWidget) -> None:
        current = self.tabs.currentIndex()
        old = self.tabs.widget(pos)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(pos)
        self.tabs.insertTab(pos, widget, self._label(pos))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _charts_message(self) -> QLabel:
        """What a sheet of charts shows instead of an empty grid: the preview does not draw charts."""
        label = QLabel(self.tr("This sheet only has charts. Open the file in Excel to see them."))
        label.setObjectName("chartsOnlyMessage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setMargin(12)
        return label

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
        if pos >= 0 and not self._is_shown(pos):
            self.sheetRequested.emit(self._indexes[pos])


def load_sheet_task(preview: Any, index: int) -> Callable[[Any], Sheet]:
    """A ``run_task`` function that loads sheet ``index`` of an open workbook and its first block of rows."""

    def work(task: Any) -> Sheet:
        sheet = preview.sheet(index, cancelled=lambda: task.cancelled)
        sheet.rows(0, BLOCK, cancelled=lambda: task.cancelled)
        return sheet

    return work
