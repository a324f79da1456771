"""«Por vencer»: the papers of every company that have expired or expire within the days chosen,
company by company or by date, with what to do about each; exported to Excel and printed.

It stands in the window's middle in place of a company's files while the sidebar's «Por vencer» is
chosen. The list is asked of the vault off the GUI thread (200 companies and 100,000 documents
take more than a second in SQLite and peewee: bench/due.py) and re-asked after every change of the
feed while it is on screen; hidden, it only remembers to. Printing prints the very workbook the
export writes, through the print preview every file is printed with.

Signals:
    openRequested(object): the Document of the row chosen (double-click or Enter), read afresh.
    currentDocumentChanged(object): the Document of the row highlighted (read afresh), or None.
    loaded(object): the list of DueItem just read (after each refresh).
    errorRaised(str): a message for the person (an export that could not be written).
    notice(str): a quiet message for the status bar.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPageLayout, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import DUE_DAYS, EXPIRED_DAYS, Document, DueItem
from clientvault.core.vault import Vault
from clientvault.ui.events import VaultEvents
from clientvault.ui.formatting import local_date
from clientvault.ui.models.company_model import ms_to_midnight
from clientvault.ui.models.due_model import DueModel
from clientvault.ui.workers import run_task

log = logging.getLogger(__name__)
DAYS = (7, 15, 30, 60, 90)
WEEK = 7  # the start-up notice names what is due within this many days
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Characters the name columns start with (the last one, «Qué hacer», takes the rest; the others are
# as wide as their longest words: a date, «Vencido hace 246 días»).
WIDTHS = {"company": {DueModel.COL_DOCUMENT: 32},  # under its company's row: the name has the room
          "date": {DueModel.COL_COMPANY: 20, DueModel.COL_DOCUMENT: 24}}
PADDING = 18
# Companies are shown open until this many papers are: the rest stay closed under their counts
# (18,000 papers opened at once took 0.6 s of the window's time, bench/due.py).
EXPANDED_ROWS = 1000


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a workbook is written on this thread (16,000 papers take 3 s)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class DueView(QWidget):
    openRequested = Signal(object)
    currentDocumentChanged = Signal(object)
    loaded = Signal(object)
    errorRaised = Signal(str)
    notice = Signal(str)

    def __init__(self, vault: Vault, events: VaultEvents, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueView")
        self.vault, self.events, self.settings = vault, events, settings
        self.today: Callable[[], date] = date.today  # the tests' calendar
        self.state = "empty"  # "loading", "ready", "error"
        self.listed_on = date.today()  # the day the list on screen was read for
        self.runs = 0  # lists read (the tests count them)
        self.print_job: QWidget | None = None
        self._stale = True
        self._running = False
        self._again = False
        self._read_back: int | None = EXPIRED_DAYS  # the expired_days() of the read under way
        self._changes_timer = QTimer(self, singleShot=True, interval=0)
        self._changes_timer.timeout.connect(self.refresh)
        # Left open overnight, what was due yesterday has expired today: read again after midnight,
        # as the sidebar's badge does (company_model.py), so the two agree.
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(self._on_midnight_timeout)
        self._midnight.start(ms_to_midnight(datetime.now()))
        self.model = DueModel(self)
        self._build()
        self._connect_signals()

    # -- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self.tr("Due papers"))
        self.title.setObjectName("dueTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        self.days_combo = QComboBox()
        self.days_combo.setObjectName("dueDays")
        for n in DAYS:
            self.days_combo.addItem(self.tr("Next %n day(s)", "", n), n)
        saved = str(self.settings.value("due/days", DUE_DAYS))
        days = int(saved) if saved.isdigit() and int(saved) in DAYS else DUE_DAYS
        self.days_combo.setCurrentIndex(self.days_combo.findData(days))
        self.grouping_combo = QComboBox()
        self.grouping_combo.setObjectName("dueGrouping")
        self.grouping_combo.addItem(self.tr("By company"), "company")
        self.grouping_combo.addItem(self.tr("By date"), "date")
        grouping = str(self.settings.value("due/grouping", "company"))
        self.grouping_combo.setCurrentIndex(max(0, self.grouping_combo.findData(grouping)))
        self.model.grouping = str(self.grouping_combo.currentData())
        # Papers expired over a year ago are history (a contract that ended long ago), left out
        # unless asked: the list stays the work to do, and quick in a vault of many years.
        self.older_check = QCheckBox(self.tr("Also expired over a year ago"))
        self.older_check.setObjectName("dueOlder")
        self.older_check.setChecked(str(self.settings.value("due/older", "false")).lower() == "true")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("dueExport")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("duePrint")
        self.tree = QTreeView()
        self.tree.setObjectName("dueTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # thousands of rows: heights are not measured one by one
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.installEventFilter(self)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._widths_for = ""  # the grouping the column widths were set for (kept while the person drags them)
        self.empty = QLabel()
        self.empty.setObjectName("dueEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        controls = QHBoxLayout()
        controls.addWidget(self.days_combo)
        controls.addWidget(self.grouping_combo)
        controls.addWidget(self.older_check)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        controls.addWidget(self.print_button)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 6, 0, 6)
        page.addLayout(top)
        page.addLayout(controls)
        page.addWidget(self.stack, 1)
        self._show_state()

    def _connect_signals(self) -> None:
        self.days_combo.currentIndexChanged.connect(self._on_days_combo_current_index_changed)
        self.grouping_combo.currentIndexChanged.connect(self._on_grouping_combo_current_index_changed)
        self.older_check.toggled.connect(self._on_older_check_toggled)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_)
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        events = self.events
        for signal in (events.documentsChanged, events.documentsUpdated, events.documentsRemoved):
            signal.connect(self._on_vault_changed)
        events.typesChanged.connect(self._on_vault_changed)
        events.companiesChanged.connect(self._on_vault_changed)

    # -- what is asked of it -------------------------------------------------------------------------

    def days(self) -> int:
        return int(self.days_combo.currentData())

    def expired_days(self) -> int | None:
        """How far back expired papers are listed (None: all of them)."""
        return None if self.older_check.isChecked() else EXPIRED_DAYS

    def set_days(self, days: int) -> None:
        self.days_combo.setCurrentIndex(self.days_combo.findData(days))

    def set_grouping(self, grouping: str) -> None:
        self.grouping_combo.setCurrentIndex(self.grouping_combo.findData(grouping))
        self.fill(self.model.items)  # the same grouping again (the bench times the fill)

    def refresh(self) -> None:
        """Read the list again, off the GUI thread; asked while a read runs, it reads once more after."""
        if self._running:
            self._again = True
            return
        self._running, self._again, self._stale = True, False, False
        if self.state != "ready":
            self.state = "loading"
            self._show_state()
        days, today, back = self.days(), self.today(), self.expired_days()
        self._read_back = back

        def work(_task: Any) -> tuple[int, date, list[DueItem]]:
            return days, today, self.vault.due(days, today=today, expired_days=back)

        run_task(work, self._on_read, self._on_read_failed, on_close=self.vault.release_thread)

    def reload(self) -> list[DueItem]:
        """Read and show the list now, on this thread (the bench and the tests)."""
        today = self.today()
        self._read_back = self.expired_days()
        self._on_read((self.days(), today, self.vault.due(self.days(), today=today, expired_days=self._read_back)))
        return self.model.items

    def fill(self, items: list[DueItem]) -> None:
        current = self.model.item_at(self.tree.currentIndex())
        self.model.set_items(items, str(self.grouping_combo.currentData()))
        if self.model.grouped():
            shown = 0
            self.tree.setUpdatesEnabled(False)  # one layout for all the companies, not one each
            try:
                for row in range(self.model.rowCount()):  # the company's row: its name and NIT across the columns
                    self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
                    group = self.model.index(row, 0)
                    if shown < EXPANDED_ROWS:
                        self.tree.expand(group)
                        shown += self.model.rowCount(group)
            finally:
                self.tree.setUpdatesEnabled(True)
        self.tree.setRootIsDecorated(self.model.grouped())  # by date, no room kept for arrows
        if self._widths_for != self.model.grouping:
            self._widths_for = self.model.grouping
            for col, what in enumerate(self.model.columns()):
                if what != DueModel.COL_ACTION:
                    self.tree.setColumnWidth(col, self._width_of(what))
        if current is not None:
            found = self.model.index_of(current.doc.id)
            if found.isValid():
                self.tree.setCurrentIndex(found)
        self._show_state()

    def _width_of(self, what: int) -> int:
        fm = self.fontMetrics()
        chars = WIDTHS[self.model.grouping].get(what)
        if chars is not None:
            return chars * fm.averageCharWidth()
        samples = {DueModel.COL_NIT: ["900.123.456-8"], DueModel.COL_DUE: [local_date(date(2026, 12, 31))],
                   DueModel.COL_STATUS: [self.model.status_text(-246), self.model.status_text(28)],
                   DueModel.COL_TYPE: ["Resolución", "Estados fin."]}.get(what, [])
        header = self.model.headers()[what]
        return max(fm.horizontalAdvance(text) for text in [*samples, header]) + PADDING

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale or self.listed_on != self.today():
            self.refresh()

    # -- reading the list ---------------------------------------------------------------------------

    def _on_read(self, result: tuple[int, date, list[DueItem]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        days, today, items = result
        self.runs += 1
        changed = days != self.days() or self._read_back != self.expired_days()
        if changed or self._again:  # another number of days (or of years back) was chosen meanwhile
            self.refresh()
            if changed:
                return
        self.state, self.listed_on = "ready", today
        self.fill(items)
        self.loaded.emit(items)

    def _on_read_failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        self.state = "error"
        self._show_state(exc.message if isinstance(exc, VaultError) else self.tr(
            "The list could not be read just now. If it happens again, the log file (logs/clientvault.log in the "
            "data folder) says why."))

    def _on_midnight_timeout(self) -> None:
        self._midnight.start(ms_to_midnight(datetime.now()))
        self._on_vault_changed()

    def _on_vault_changed(self, *_args: object) -> None:
        if self.isVisible():
            # One burst of changes arrives as three or four signals: gathered, they make one read.
            self._changes_timer.start()
        else:
            self._stale = True

    def _show_state(self, error: str = "") -> None:
        items = self.model.items
        days = self.days()
        expired = sum(1 for i in items if i.status == "expired")
        if error:
            self.empty.setText(error)
        elif self.state in ("empty", "loading"):
            self.empty.setText(self.tr("Looking for papers that expire…"))
        else:
            self.empty.setText(self.tr("No papers expired or due within the next %n day(s).", "", days))
        self.stack.setCurrentWidget(self.tree if items and not error else self.empty)
        self.summary.setText(self.tr("— %n paper(s)", "", len(items)) + (
            self.tr(", %n expired", "", expired) if expired else "") if items and not error else "")
        self.export_button.setEnabled(bool(items))
        self.print_button.setEnabled(bool(items))

    def notice_text(self, items: list[DueItem]) -> str:
        """«3 documentos vencen esta semana · 1 vencido — ver Por vencer», or "" when nothing is."""
        week = sum(1 for i in items if 0 <= i.days_left <= WEEK)
        expired = sum(1 for i in items if i.status == "expired")
        parts = ([self.tr("%n paper(s) due this week", "", week)] if week else []) + (
            [self.tr("%n expired", "", expired)] if expired else [])
        return self.tr("%1 — see «Due papers»").replace("%1", " · ".join(parts)) if parts else ""

    # -- the rows -----------------------------------------------------------------------------------

    def document_at(self, index: QModelIndex) -> Document | None:
        """The stored document of a paper's row, read now (the list holds only what it shows of
        each paper); None on a company's row or when it is no longer in the vault."""
        item = self.model.item_at(index)
        return self.vault.find_document(item.doc.id) if item is not None else None

    def _on_tree_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is None:
            return
        doc = self.document_at(index)
        if doc is None or doc.deleted_at is not None:
            self.notice.emit(self.tr("«%1» is no longer among the files: it was deleted.").replace("%1", item.doc.filename))
            self.refresh()
            return
        self.openRequested.emit(doc)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentDocumentChanged.emit(self.document_at(current))

    def current_document(self) -> Document | None:
        return self.document_at(self.tree.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter on a company's row opens or closes it (on a paper's, QTreeView says «activated»).
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            index = self.tree.currentIndex()
            if index.isValid() and self.model.item_at(index) is None:
                self.tree.setExpanded(index.siblingAtColumn(0), not self.tree.isExpanded(index.siblingAtColumn(0)))
                return True
        return super().eventFilter(watched, event)

    def _on_days_combo_current_index_changed(self, _index: int) -> None:
        self.settings.setValue("due/days", self.days())
        self.refresh()

    def _on_older_check_toggled(self, checked: bool) -> None:
        self.settings.setValue("due/older", "true" if checked else "false")
        self.refresh()

    def _on_grouping_combo_current_index_changed(self, _index: int) -> None:
        self.settings.setValue("due/grouping", self.grouping_combo.currentData())
        self.fill(self.model.items)

    # -- Excel and paper ------------------------------------------------------------------------------

    def file_name(self) -> str:
        """«Por vencer 2026-12-02.xlsx»: what the export suggests and the print is titled."""
        title = self.tr("Due papers")
        return f"{title} {self.listed_on.isoformat()}.xlsx"

    def ask_export_target(self) -> str:
        """Where «Export to Excel…» writes (the tests replace this)."""
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), str(Path.home() / self.file_name()),
                                                self.tr("Excel workbooks (*.xlsx)"))
        return target

    def export(self) -> Path | None:
        if not self.model.items:
            return None
        target = self.ask_export_target()
        if not target:
            return None
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        try:
            with busy():
                written = self.vault.export_due(self.model.items, target, self.listed_on)
        except VaultError as exc:  # the disk is full, the folder read-only, the data folder chosen
            self.errorRaised.emit(exc.message)
            return None
        self.notice.emit(self.tr("The list was saved in %1.").replace("%1", str(written)))
        return written

    def print_(self) -> QWidget | None:
        """The print preview of the list (the workbook the export writes, in a folder of its own
        that goes with the preview); returned shown."""
        from clientvault.ui.dialogs.print_preview import PrintPreviewWindow
        from clientvault.ui.printing import MAX_PRINT_ROWS, PageHeader

        if not self.model.items:
            return None
        folder = Path(tempfile.mkdtemp(prefix="clientvault-due-"))
        try:
            # The paper takes the first MAX_PRINT_ROWS rows of a sheet and says when there are more
            # (with one more here, it does): 16,000 rows would cost seconds to write for nothing.
            with busy():
                path = self.vault.export_due(self.model.items[: MAX_PRINT_ROWS + 1], folder / self.file_name(),
                                             self.listed_on)
        except VaultError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            self.errorRaised.emit(exc.message)
            return None
        title = self.tr("Due papers")
        preview = PrintPreviewWindow(path, XLSX, self.file_name(), title, self.window())
        expired = sum(1 for i in self.model.items if i.status == "expired")
        preview.header = PageHeader(
            title + " · " + self.tr("expired, or due within %n day(s)", "", self.days()),
            self.tr("%n paper(s)", "", len(self.model.items)) + (self.tr(", %n expired", "", expired) if expired else ""),
            local_date(self.listed_on))
        # Eight columns of names and sentences: across the paper unless the person turns it back.
        combo = preview.settings.orientation_combo
        combo.blockSignals(True)  # chosen before the first pages are laid out, not a second layout
        combo.setCurrentIndex(combo.findData(QPageLayout.Orientation.Landscape))
        combo.blockSignals(False)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
        self.print_job = preview
        preview.show()
        return preview
