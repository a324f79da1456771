"""The company list on the left: «Por vencer» above it (``due_entry.py``), filter as you type or to
the companies with papers pending, names with their NIT, file count and gaps
(``company_delegate.py``), and drops onto a company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.ui.actions import SEARCH_ALL_KEYS
from clientvault.ui.models.company_model import CompanyModel
from clientvault.ui.widgets.company_delegate import CompanyDelegate
from clientvault.ui.widgets.document_drag import dragged_documents, drop_documents, from_the_trash, hover_documents
from clientvault.ui.widgets.drops import local_paths
from clientvault.ui.widgets.due_entry import DueEntry

SIDEBAR_CHARS, SIDEBAR_MIN, SIDEBAR_MAX = 48, 260, 360  # default width: characters, and bounds in pixels


class CompanyListView(QListView):
    """Signals:
        filesDropped(int, list): files dropped onto the company with that id.
        documentsDropped(int, list, bool): documents of another company dragged from the table
            onto the company with that id: their ids, and whether to move them (Shift) or copy them.
    """

    filesDropped = Signal(int, list)
    documentsDropped = Signal(int, list, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drop_row = -1
        self.empty_text = ""  # shown when the list is empty (a search that finds nothing)
        self.drop_hint = ""  # what dropping the documents dragged over a company does there
        self.setObjectName("companyList")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(CompanyDelegate(self))
        self.setUniformItemSizes(False)  # a company with papers pending has a third line
        # A row is as wide as the list: a long name is elided before its count, never scrolled to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(1)

    def _set_drop_row(self, row: int) -> None:
        if row != self.drop_row:
            self.drop_row = row
            self.viewport().update()

    def _from_the_trash(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        """A drag begun in this program that carries files but not documents to move or copy: rows
        of the trash. Their files are the trash's own; dropped, they would come in as new uploads
        while the trashed ones stayed. A trashed file is brought back with «Restaurar»."""
        return from_the_trash(event.mimeData())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._from_the_trash(event):
            event.ignore()
        elif local_paths(event.mimeData()) or dragged_documents(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if dragged_documents(event.mimeData()) is not None:  # ours: copied or moved, not imported again
            self.drop_hint = hover_documents(self, event, self._company_at(index))
            self._set_drop_row(index.row() if self.drop_hint else -1)
            return
        if index.isValid() and local_paths(event.mimeData()) and not self._from_the_trash(event):
            self._set_drop_row(index.row())
            event.acceptProposedAction()
        else:
            self._set_drop_row(-1)
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._set_drop_row(-1)
        super().dragLeaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.empty_text:
            p = QPainter(self.viewport())
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(8, 12, -8, -12)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                       self.empty_text)
            p.end()

    def _company_at(self, index: QModelIndex) -> Any:
        return index.data(CompanyModel.CompanyRole).company if index.isValid() else None

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if dragged_documents(event.mimeData()) is not None:
            self._set_drop_row(-1)
            self.drop_hint = ""
            dropped = drop_documents(event, self._company_at(index))
            if dropped is not None:
                self.documentsDropped.emit(*dropped)
            return
        paths = local_paths(event.mimeData())
        self._set_drop_row(-1)
        if not index.isValid() or not paths or self._from_the_trash(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.filesDropped.emit(index.data(CompanyModel.CompanyRole).company.id, paths)


class OfferLink(QLabel):
    """A line that reads as a link and acts as a button (click, or Enter/Space when it has the
    focus); it wraps, so a long search never widens the sidebar.

    Signals:
        clicked(): the person chose it.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setStyleSheet("QLabel { color: palette(link); padding: 4px 6px; }"
                           "QLabel:hover, QLabel:focus { text-decoration: underline; }")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class CompanySidebar(QWidget):
    """Filter box above the company list; owns which company is current.

    The list's model is re-read after every change (the change feed) and on every keystroke in the
    filter, and a reset forgets Qt's selection without a signal. So the sidebar keeps the company the
    person chose and, after each reset, selects it again, or the first company shown, or none when
    the filter finds nothing, and says so with ``currentCompanyChanged``: the table never goes on
    showing a company that is no longer selected.

    A search that finds no company offers to look for the same words in the documents: a person
    typing «RUT» here is looking for a paper, not a company.

    «Por vencer» is a place beside the companies: choosing it makes no company current (the list's
    selection is cleared and stays so through refreshes) until the person chooses one again.

    Signals:
        currentCompanyChanged(object): the id of the company now current, or None.
        searchDocumentsRequested(str): search these words in every company's documents.
        dueRequested(): the person chose «Por vencer» (papers expired or expiring, every company).
    """

    currentCompanyChanged = Signal(object)
    searchDocumentsRequested = Signal(str)
    dueRequested = Signal()
    SEARCH_SHORTCUT = QKeySequence(SEARCH_ALL_KEYS[0])  # the window's «Search all companies» (actions.search_all)

    def __init__(self, model: CompanyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_id: int | None = None
        self._wanted_id: int | None = None  # what the person chose; kept while a filter hides it
        self.showing_due = False
        self._offer = False  # the filter finds no company: «Search … in the documents» is shown
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("companyFilter")
        self.filter_edit.setPlaceholderText(self.tr("Search companies…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.due_entry = DueEntry(self)
        self.gaps_filter = QCheckBox(self)
        self.gaps_filter.setObjectName("companyGapsFilter")
        self._count_pending()
        self.gaps_filter.setToolTip(self.tr("List only the companies that lack a paper they must have, "
                                            "or whose paper has expired"))
        self.search_offer = OfferLink(self)
        self.search_offer.setObjectName("searchDocumentsOffer")
        self.search_offer.hide()
        self.list = CompanyListView(self)
        self.list.setModel(model)
        self.due_entry.inset = self.list.frameWidth() + self.list.spacing()
        self.add_button = QPushButton(self.tr("+ New company"), self)
        self.add_button.setObjectName("sidebarAddCompany")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.due_entry)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.gaps_filter)
        layout.addWidget(self.search_offer)
        layout.addWidget(self.list)
        layout.addWidget(self.add_button)
        for before, after in ((self.due_entry, self.filter_edit), (self.filter_edit, self.gaps_filter),
                              (self.gaps_filter, self.search_offer), (self.search_offer, self.list)):
            QWidget.setTabOrder(before, after)  # Tab goes down the sidebar as it reads
        self._connect_signals()

    def set_due_count(self, count: int) -> None:
        """The number on the «Por vencer» badge: papers expired or expiring soon. The sidebar sets it
        itself from the model after every change (``CompanyModel.due_count``)."""
        self.due_entry.set_count(count)

    @property
    def due_count(self) -> int:
        return self.due_entry.count

    def default_width(self) -> int:
        """The sidebar's width until the person drags its divider: room for about 30 characters of a
        razón social before its count (some 290 pixels at the usual font size, at 1366 as at 1600)."""
        return max(SIDEBAR_MIN, min(SIDEBAR_MAX, self.fontMetrics().averageCharWidth() * SIDEBAR_CHARS))

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.model.set_search)
        self.model.modelReset.connect(self._on_model_reset)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.search_offer.clicked.connect(self._on_search_offer_clicked)
        # Enter in the filter takes the offer, as a click on it does (nothing without one).
        self.filter_edit.returnPressed.connect(self._on_search_offer_clicked)
        self.due_entry.clicked.connect(self.show_due)
        self.gaps_filter.toggled.connect(self.model.set_only_gaps)

    def show_due(self) -> None:
        """Choose «Por vencer»: no company is current (said first, so a window that goes back to the
        files when the company changes does so before ``dueRequested``)."""
        self.showing_due = True
        self.due_entry.setChecked(True)
        self.list.setCurrentIndex(QModelIndex())
        self.list.clearSelection()
        self._set_current(None)
        self.dueRequested.emit()

    def _leave_due(self) -> None:
        self.showing_due = False
        self.due_entry.setChecked(False)

    def select_company(self, company_id: int | None) -> None:
        """Make ``company_id`` current; a search or the missing-papers filter that hides it is
        cleared first."""
        self._wanted_id = company_id
        if company_id is not None:
            self._leave_due()
        if company_id is not None and self.model.row_of(company_id) < 0 and self.model.is_filtered():
            self.gaps_filter.setChecked(False)
            self.filter_edit.clear()  # resets the model, which selects the wanted company
            if self.model.row_of(company_id) < 0:
                self._reselect()
            return
        self._reselect()

    def _on_model_reset(self) -> None:
        search = self.filter_edit.text().strip()
        pending = self.model.only_gaps
        if pending:
            self.list.empty_text = (self.tr("No company with papers pending matches «%1».").replace("%1", search)
                                    if search else self.tr("All companies have their papers up to date."))
        else:
            self.list.empty_text = self.tr("No company matches «%1».").replace("%1", search) if search else ""
        self._count_pending()
        self.set_due_count(self.model.due_count)
        offer = self._offer = bool(search) and not self.model.rowCount()
        if offer:
            shortcut = self.SEARCH_SHORTCUT.toString(QKeySequence.SequenceFormat.PortableText)  # "Ctrl", as on the key
            self.search_offer.setText(self.tr("Search «%1» in the documents (%2)").replace("%1", search)
                                       .replace("%2", shortcut))
            self.search_offer.setToolTip(self.tr("Look for these words in the names and the text of the "
                                                  "documents of every company"))
        self.search_offer.setVisible(offer)
        self._reselect()

    def _count_pending(self) -> None:
        self.gaps_filter.setText(self.tr("Only with papers pending (%1)").replace("%1", str(len(self.model.gaps))))

    def take_search_offer(self) -> str:
        """The words of the «Search … in the documents» offer, if it is shown (the filter is cleared,
        so the company list comes back whole); "" when there is no offer."""
        if not self._offer:
            return ""
        text = self.filter_edit.text().strip()
        self.filter_edit.clear()
        return text

    def _on_search_offer_clicked(self) -> None:
        text = self.take_search_offer()
        if text:
            self.searchDocumentsRequested.emit(text)

    def _reselect(self) -> None:
        if self.showing_due:  # nothing is selected until the person chooses a company
            self.list.setCurrentIndex(QModelIndex())
            return
        row = self.model.row_of(self._wanted_id) if self._wanted_id is not None else -1
        if row < 0 and self.current_id is not None:
            row = self.model.row_of(self.current_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row, 0)
            if self.list.currentIndex() != index:
                self.list.setCurrentIndex(index)  # -> _on_list_current_changed
            self._set_current(self.model.info(row).company.id)
        else:
            self.list.setCurrentIndex(QModelIndex())
            self._set_current(None)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            cid = current.data(CompanyModel.CompanyRole).company.id
            self._wanted_id = cid
            self._leave_due()
            self._set_current(cid)

    def _set_current(self, company_id: int | None) -> None:
        if company_id != self.current_id:
            self.current_id = company_id
            self.currentCompanyChanged.emit(company_id)
