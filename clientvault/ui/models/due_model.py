"""The «Por vencer» list as a tree model: company by company (a row per company naming it and its
NIT across the columns, its papers under it) or one list by date (the company and NIT in columns of
their own). Cells are worded when the view asks for them, so a list of thousands of papers is put
on screen at the cost of its groups, not of every cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from clientvault.core.values import DueItem
from clientvault.ui.formatting import local_date, nit_text

Index = QModelIndex | QPersistentModelIndex
EXPIRED_COLOUR = QColor("#8b0000")  # dark red: what has expired stands out from what is coming


class DueModel(QAbstractItemModel):
    # What a column shows; ``column_of`` says where it is (by company, the company's row names it).
    COL_COMPANY, COL_NIT, COL_DOCUMENT, COL_TYPE, COL_DUE, COL_STATUS, COL_ACTION = range(7)
    BY_DATE = (COL_COMPANY, COL_NIT, COL_DOCUMENT, COL_TYPE, COL_DUE, COL_STATUS, COL_ACTION)
    BY_COMPANY = (COL_DOCUMENT, COL_TYPE, COL_DUE, COL_STATUS, COL_ACTION)
    ItemRole = Qt.ItemDataRole.UserRole + 1  # the DueItem of a paper's row (None on a company's row)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[DueItem] = []
        self.grouping = "company"  # or "date"
        self._groups: list[tuple[str, list[DueItem]]] = []  # (company name, its papers), company order
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [self.tr("Company"), self.tr("NIT"), self.tr("Document"), self.tr("Type"), self.tr("Due"),
                self.tr("Status"), self.tr("What to do")]

    def columns(self) -> tuple[int, ...]:
        return self.BY_COMPANY if self.grouped() else self.BY_DATE

    def column_of(self, what: int) -> int:
        """The view's column showing ``what`` (COL_*), or -1 when none does."""
        cols = self.columns()
        return cols.index(what) if what in cols else -1

    def set_items(self, items: Sequence[DueItem], grouping: str | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        if grouping is not None:
            self.grouping = grouping
        groups: dict[int, tuple[str, list[DueItem]]] = {}
        for item in self.items:  # already expired first, then soonest: each company's list keeps that order
            groups.setdefault(int(item.company.id), (item.company.sort_key or item.company.name, []))[1].append(item)
        self._groups = [(found[1][0].company.name, found[1]) for found in sorted(groups.values(), key=lambda g: g[0])]
        self.endResetModel()

    def grouped(self) -> bool:
        return self.grouping == "company"

    # -- structure ---------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if parent.isValid():  # a paper under its company: the id says which company (row + 1)
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, 0)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or not child.internalId():
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._groups) if self.grouped() else len(self.items)
        if self.grouped() and not parent.internalId() and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.columns())

    def item_at(self, index: Index) -> DueItem | None:
        if not index.isValid():
            return None
        if index.internalId():
            return self._groups[int(index.internalId()) - 1][1][index.row()]
        return None if self.grouped() else self.items[index.row()]

    def index_of(self, doc_id: int) -> QModelIndex:
        """The row of document ``doc_id`` (column 0), or an invalid index."""
        if self.grouped():
            for g, (_name, papers) in enumerate(self._groups):
                for r, item in enumerate(papers):
                    if item.doc.id == doc_id:
                        return self.index(r, 0, self.index(g, 0))
            return QModelIndex()
        row = next((r for r, item in enumerate(self.items) if item.doc.id == doc_id), -1)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    # -- cells -------------------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.columns()[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._group_data(index, role)
        what = self.columns()[index.column()]
        if role == self.ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(item, what)
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "expired":
            return EXPIRED_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if what == self.COL_TYPE and item.type is not None:
                return item.type.name
            if what in (self.COL_COMPANY, self.COL_DOCUMENT, self.COL_ACTION):
                return self.cells(item, what)
        return None

    def _group_data(self, index: Index, role: int) -> Any:
        if index.column() != 0:  # the company's row is one cell across the columns (the view spans it)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.group_text(index.row())
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def group_text(self, row: int) -> str:
        """«Panadería La Espiga — NIT 900.123.456-8 · 3 documentos, 1 vencido»."""
        name, papers = self._groups[row]
        company = papers[0].company
        nit = nit_text(company.nit, company.dv)
        expired = sum(1 for p in papers if p.status == "expired")
        count = self.tr("%n paper(s)", "", len(papers)) + (self.tr(", %n expired", "", expired) if expired else "")
        return f"{name} — " + (self.tr("NIT %1").replace("%1", nit) + " · " if nit else "") + count

    def cells(self, item: DueItem, column: int) -> str:
        """The text of ``column`` (COL_*) for ``item``."""
        if column == self.COL_COMPANY:
            return item.company.name
        if column == self.COL_NIT:
            return nit_text(item.company.nit, item.company.dv)
        if column == self.COL_DOCUMENT:
            return item.doc.filename
        if column == self.COL_TYPE:
            return item.type.label if item.type is not None else ""
        if column == self.COL_DUE:
            return local_date(item.expires_on)
        if column == self.COL_STATUS:
            return self.status_text(item.days_left)
        if column == self.COL_ACTION:
            return item.action
        return ""

    def status_text(self, days_left: int) -> str:
        """«Vencido hace 3 días», «Vence hoy», «Vence en 12 días»."""
        if days_left < 0:
            return self.tr("Expired %n day(s) ago", "", -days_left)
        if days_left == 0:
            return self.tr("Due today")
        return self.tr("Due in %n day(s)", "", days_left)
