"""The results page of the search across all companies: a line saying what was found, the filters
(company, kind, date added) and the list of results. It shows what it is given; the search itself
runs in ``ui/search_controller.py``."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.vault import SearchHit
from clientvault.ui import icons
from clientvault.ui.formatting import date_format
from clientvault.ui.models.search_model import SearchModel
from clientvault.ui.widgets.search_delegate import SearchResultDelegate


def search_field(parent: QWidget | None = None) -> QLineEdit:
    """The toolbar's field: type and the results appear (``SearchController``)."""
    field = QLineEdit(parent)
    field.setObjectName("globalSearch")
    field.setPlaceholderText(QCoreApplication.translate("SearchPanel", "Search all companies (Ctrl+K)"))
    field.setClearButtonEnabled(True)
    field.addAction(icons.action_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    # Wide enough for the whole placeholder, whose "(Ctrl+K)" teaches the shortcut.
    width = field.fontMetrics().horizontalAdvance(field.placeholderText()) + 64
    field.setMinimumWidth(max(240, width))
    field.setMaximumWidth(max(360, width))
    return field


class ResultsView(QListView):
    """Enter opens the highlighted result (Qt's ``activated`` also fires on a single click on some
    desktops) and Esc goes back to the files.

    Signals:
        enterPressed(): Enter or Return on the list.
        escapePressed(): Esc on the list.
    """

    enterPressed = Signal()
    escapePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enterPressed.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
        else:
            super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Signals:
        filtersChanged(): the company, kind or dates were changed: search again.
        hitActivated(object): the person opened this SearchHit (Enter or double-click).
        currentHitChanged(object): the highlighted SearchHit, or None.
        escapePressed(): Esc on the results: go back to the company's files.
    """

    filtersChanged = Signal()
    hitActivated = Signal(object)
    currentHitChanged = Signal(object)
    escapePressed = Signal()

    KINDS = ("pdf", "excel", "word", "image", "text")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._unread = 0  # documents the background reading has not reached yet
        self.model = SearchModel(self)
        self.header = QLabel(self)
        self.header.setObjectName("searchHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.header.setFont(font)
        self.company_combo = QComboBox(self)
        self.company_combo.setObjectName("searchCompany")
        self.company_combo.setAccessibleName(self.tr("Company"))
        self.company_combo.addItem(self.tr("All companies"), None)
        self.company_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.company_combo.setMaximumWidth(280)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("searchKind")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for text, kind in ((self.tr("All kinds"), ""), ("PDF", "pdf"), ("Excel", "excel"), ("Word", "word"),
                           (self.tr("Image"), "image"), (self.tr("Text"), "text")):
            self.kind_combo.addItem(text, kind)
        self.date_check = QCheckBox(self.tr("Added between"), self)
        self.date_check.setObjectName("searchDateRange")
        self.date_check.setToolTip(self.tr("Only files uploaded between these two days (both included)"))
        today = QDate.currentDate()
        self.since_edit = self._date_edit("searchSince", QDate(today.year(), 1, 1), self.tr("From"))
        self.until_edit = self._date_edit("searchUntil", today, self.tr("To"))
        self.and_label = QLabel(self.tr("and"), self)
        self.list = ResultsView(self)
        self.list.setObjectName("searchResults")
        self.list.setModel(self.model)
        self.list.setItemDelegate(SearchResultDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        self.list.setMouseTracking(True)
        self._build_layout()
        self._set_dates_enabled(False)
        self._connect_signals()

    def _date_edit(self, name: str, value: QDate, label: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format(edit.locale()))
        return edit

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        widgets: list[QWidget] = [self.company_combo, self.kind_combo, self.date_check, self.since_edit,
                                  self.and_label, self.until_edit]
        for i, w in enumerate(widgets):
            if i == 2:
                filters.addSpacing(12)
            filters.addWidget(w)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.header)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)

    def _connect_signals(self) -> None:
        self.company_combo.currentIndexChanged.connect(self.filtersChanged)
        self.kind_combo.currentIndexChanged.connect(self.filtersChanged)
        self.date_check.toggled.connect(self._on_date_check_toggled)
        self.since_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.until_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.list.doubleClicked.connect(self._on_list_double_clicked)
        self.list.enterPressed.connect(self.activate_current)
        self.list.escapePressed.connect(self.escapePressed)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)

    # -- filters ----------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """Keyword arguments for ``Vault.search``."""
        kind = self.kind_combo.currentData()
        dated = self.date_check.isChecked()
        return {"company_id": self.company_combo.currentData(), "kinds": (kind,) if kind else (),
                "since": self.since_edit.date().toPython() if dated else None,
                "until": self.until_edit.date().toPython() if dated else None}

    def filtered(self) -> bool:
        f = self.filters()
        return any(f[k] for k in ("company_id", "kinds", "since"))

    def set_companies(self, companies: list[tuple[int, str]]) -> None:
        """The company filter's choices (id, name); the one chosen stays chosen while it exists."""
        chosen = self.company_combo.currentData()
        self.company_combo.blockSignals(True)
        while self.company_combo.count() > 1:
            self.company_combo.removeItem(1)
        for company_id, name in companies:
            self.company_combo.addItem(name, company_id)
        index = self.company_combo.findData(chosen) if chosen is not None else 0
        self.company_combo.setCurrentIndex(max(0, index))
        self.company_combo.blockSignals(False)
        if chosen is not None and index < 0:
            self.filtersChanged.emit()  # the company chosen was removed: the results change with it

    def set_date_range(self, since: date, until: date) -> None:
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self.date_check.setChecked(True)

    def _set_dates_enabled(self, on: bool) -> None:
        for w in (self.since_edit, self.and_label, self.until_edit):
            w.setEnabled(on)

    def _on_date_check_toggled(self, on: bool) -> None:
        self._set_dates_enabled(on)
        self.filtersChanged.emit()

    def _on_date_edit_date_changed(self, _day: QDate) -> None:
        if self.date_check.isChecked():
            self.filtersChanged.emit()

    # -- results ----------------------------------------------------------------------------------

    def show_pending(self, query: str) -> None:
        """The query changed and its results are a moment away."""
        if not self.model.rowCount():
            self.header.setText(self.tr("Searching for «%1»…").replace("%1", query))

    def clear(self) -> None:
        self.model.set_hits([])
        self.header.setText("")

    def set_unread(self, count: int) -> None:
        """How many documents are still being read in the background: until then a search may
        miss them, and the header says so rather than sounding final."""
        self._unread = count

    def show_results(self, query: str, hits: list[SearchHit], limit: int, keep: int | None = None) -> None:
        """The hits of ``query``; the one of document ``keep`` (the query ran again after a change)
        or else the first is highlighted, so Enter opens it."""
        self.model.set_hits(hits, query)
        self._show_header(query, hits, limit)
        if hits:
            row = self.model.row_of(keep) if keep is not None else -1
            self.list.setCurrentIndex(self.model.index(max(0, row), 0))
            if row < 0:
                self.list.scrollToTop()
        else:
            self.currentHitChanged.emit(None)

    def _show_header(self, query: str, hits: list[SearchHit], limit: int) -> None:
        if not hits:
            text = (self.tr("No document matches «%1» with these filters. Remove a filter or check the spelling.")
                    if self.filtered() else
                    self.tr("No document contains «%1». Check the spelling or search for fewer words."))
            self.header.setText(text.replace("%1", query))
        elif len(hits) >= limit:
            self.header.setText(self.tr("The first %Ln results for «%1». Type more words to narrow them down.", "",
                                        len(hits)).replace("%1", query))
        else:
            self.header.setText(self.tr("%Ln result(s) for «%1»", "", len(hits)).replace("%1", query))
        if self._unread > 0:
            self.header.setText(self.header.text() + "  " + self.tr(
                "(%Ln document(s) not read yet: more results may appear.)", "", self._unread))

    def current_hit(self) -> SearchHit | None:
        index = self.list.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def move_current(self, delta: int) -> None:
        """Up/Down typed in the search field move the highlight here."""
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.list.currentIndex().row()
        row = 0 if row < 0 else min(rows - 1, max(0, row + delta))
        self.list.setCurrentIndex(self.model.index(row, 0))

    def activate_current(self) -> None:
        found = self.current_hit()
        if found is not None:
            self.hitActivated.emit(found)

    def _on_list_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hitActivated.emit(self.model.hit(index.row()))

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentHitChanged.emit(self.model.hit(current.row()) if current.isValid() else None)
