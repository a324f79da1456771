"""The document table's model: every row counted by SQL, pages of rows fetched as they are shown.

The model has as many rows as the company has documents (one COUNT), but holds only the pages of
200 the view has asked for (the last ``KEEP_PAGES`` of them), read from SQL when a row of theirs is
first shown. Sorting and filtering re-query the database (indexes exist for every sort key), and
the row of one document is found by counting the rows before it (``vault.document_position``), so
100,000 documents cost the same as 10: dragging the scroll bar to the end, or opening a search
result at row 99,500, loads one page, not every page above it.

Tipo, Periodo and Vence sit right after the name, where an accountant looks for what a paper is and
until when it is good; the types' names are held (one query) and read again when they change.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)

from clientvault.core.values import Document, DocumentType
from clientvault.core.vault import SortKey, Vault
from clientvault.ui import icons
from clientvault.ui.formatting import human_size, local_date, local_datetime
from clientvault.ui.paper_words import PaperWords, as_day, expiry_state, state_colour
from clientvault.ui.widgets.document_drag import DOCUMENTS_MIME, TRASH_MIME, put_documents

Index = QModelIndex | QPersistentModelIndex


class DocumentModel(QAbstractTableModel):
    """Rows are ``Document`` objects of one company (or of its trash); ``DocumentRole`` returns them.

    Signals:
        renameFailed(str): an inline rename was refused; the text says why.
    """

    renameFailed = Signal(str)

    COL_NAME, COL_TYPE, COL_PERIOD, COL_EXPIRES, COL_FORMAT, COL_ADDED, COL_SIZE = range(7)
    COLUMNS = 7
    DocumentRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 200
    KEEP_PAGES = 25  # pages held at once (5,000 rows); scrolling further forgets the least recent
    _SORT_KEYS: dict[int, SortKey] = {COL_NAME: "name", COL_TYPE: "type", COL_PERIOD: "period",
                                      COL_EXPIRES: "expires", COL_FORMAT: "format", COL_ADDED: "date",
                                      COL_SIZE: "size"}

    def __init__(self, vault: Vault, parent: Any = None, events: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        if events is not None:  # a VaultEvents: the model follows every change to its company
            events.documentsChanged.connect(self._on_events_documents_changed)
            events.typesChanged.connect(self._on_events_types_changed)
        self._types: dict[int, DocumentType] = {t.id: t for t in vault.document_types()}
        self._words = PaperWords(self)
        self._pages: OrderedDict[int, list[Document]] = OrderedDict()
        self._count = 0
        self.company_id: int | None = None
        self.search = ""
        self.trash = False
        self.doc_type: int | None = None  # the type filter: a type's id, TYPE_UNTYPED, or None for all
        self.sort_column = self.COL_NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- query --------------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def set_doc_type(self, doc_type: int | None) -> None:
        if doc_type != self.doc_type:
            self.doc_type = doc_type
            self.refresh()

    def types(self) -> list[DocumentType]:
        """The paper types as held (name order), for the filter and the details panel."""
        return list(self._types.values())

    def set_trash(self, trash: bool) -> None:
        self.trash = trash
        self.refresh()

    def set_company(self, company_id: int | None) -> None:
        self.company_id = company_id
        self.refresh()

    def refresh(self) -> None:
        """Count and read the rows again (after any change to the query or the vault); the pages
        held are forgotten and read again as they are shown, so a change far down the list keeps
        the person's place."""
        # The first page is read inside the reset, so whoever reacts to modelReset (the status bar,
        # the selection kept across the reset) finds its rows without a query of its own.
        self.beginResetModel()
        try:
            self._pages.clear()
            self._count = 0
            if self.company_id is not None:
                first = self._load(0)
                # A first page that is not full is every row: a filter being typed usually narrows
                # to that, and counting all matches scans them all a second time (22 ms over 100,000).
                self._count = len(first) if len(first) < self.PAGE else self._vault.count_documents(
                    self.company_id, search=self.search, trash=self.trash, doc_type=self.doc_type)
        finally:
            self.endResetModel()

    def _on_events_documents_changed(self, company_ids: set[int]) -> None:
        if self.company_id in company_ids:
            self.refresh()

    def _on_events_types_changed(self) -> None:
        # A rule edited moves the expiry of every paper of its type; a renamed type reads anew.
        self._types = {t.id: t for t in self._vault.document_types()}
        if self.company_id is not None:
            self.refresh()

    def _query(self) -> dict[str, Any]:
        return {"search": self.search, "sort": self._SORT_KEYS[self.sort_column],
                "descending": self.sort_order == Qt.SortOrder.DescendingOrder, "trash": self.trash,
                "doc_type": self.doc_type}

    def _load(self, page: int) -> list[Document]:
        rows = self._pages.get(page)
        if rows is None:
            assert self.company_id is not None
            rows = self._vault.list_documents(self.company_id, offset=page * self.PAGE, limit=self.PAGE,
                                              **self._query())
            self._pages[page] = rows
            while len(self._pages) > self.KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows

    def _row(self, row: int) -> Document | None:
        """The document at ``row``, reading its page when needed; None past the end (a change by
        another process shortened the list since it was counted: the change feed re-counts soon)."""
        if not 0 <= row < self._count:
            return None
        rows = self._load(row // self.PAGE)
        offset = row % self.PAGE
        return rows[offset] if offset < len(rows) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < self.COLUMNS:
            self.sort_column, self.sort_order = column, order
            self.refresh()

    # -- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def document(self, row: int) -> Document:
        doc = self._row(row)
        if doc is None:
            raise IndexError(row)
        return doc

    def document_at(self, row: int) -> Document | None:
        """The document at ``row``, or None for a row counted but gone since (another process
        deleted it; the change feed re-counts soon)."""
        return self._row(row)

    def loaded_rows(self) -> int:
        """How many rows are held now (tests count what the window reads, not the time it takes)."""
        return sum(len(rows) for rows in self._pages.values())

    def size_of_rows(self, rows: Sequence[int]) -> int:
        """The total size of the documents at ``rows`` (sorted, as a selection gives them): each run
        of consecutive rows is summed from the pages held, or by the database when one of its pages
        is not held, so a select-all of 100,000 rows reads no page into Python."""
        total = 0
        for first, last in _runs(rows):
            pages = range(first // self.PAGE, last // self.PAGE + 1)
            if all(p in self._pages for p in pages):
                for row in range(first, last + 1):
                    held = self._pages[row // self.PAGE]
                    total += held[row % self.PAGE].size if row % self.PAGE < len(held) else 0
            elif self.company_id is not None:
                total += self._vault.listed_size(self.company_id, first, last - first + 1, **self._query())
        return total

    def row_of(self, doc_id: int) -> int:
        """The row of ``doc_id`` (-1 when it is not listed), from the pages held or else from SQL."""
        for page, rows in self._pages.items():
            for i, doc in enumerate(rows):
                if doc.id == doc_id:
                    return page * self.PAGE + i
        if self.company_id is None:
            return -1
        row = self._vault.document_position(self.company_id, doc_id, **self._query())
        if row is None or row >= self._count:
            return -1
        found = self._row(row)
        return row if found is not None and found.id == doc_id else -1

    def rows_of(self, wanted: list[tuple[int, int]], lookups: int = 50) -> list[int]:
        """The rows now of documents that were at the given rows (``(doc_id, old_row)``) before a
        refresh, for a selection kept across it: each is looked for in its old page and the pages
        beside it (a change moves rows a little), then, for at most ``lookups`` of them, in SQL."""
        rows = []
        for doc_id, old in wanted:
            row = -1
            for page in dict.fromkeys(p for p in (old // self.PAGE, old // self.PAGE - 1, old // self.PAGE + 1)
                                      if 0 <= p * self.PAGE < self._count):
                ids = [d.id for d in self._load(page)]
                if doc_id in ids:
                    row = page * self.PAGE + ids.index(doc_id)
                    break
            if row < 0 and lookups > 0:
                lookups -= 1
                row = self.row_of(doc_id)
            if row >= 0:
                rows.append(row)
        return rows

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_ADDED and self.trash:
            return self.tr("Deleted")
        return {self.COL_NAME: self.tr("Name"), self.COL_TYPE: self.tr("Type"), self.COL_PERIOD: self.tr("Period"),
                self.COL_EXPIRES: self.tr("Expires"), self.COL_FORMAT: self.tr("Format"),
                self.COL_ADDED: self.tr("Date added"), self.COL_SIZE: self.tr("Size")}.get(section)

    def type_of(self, doc: Document) -> DocumentType | None:
        return self._types.get(doc.document_type_id) if doc.document_type_id else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        doc = self._row(index.row()) if index.isValid() else None
        if doc is None:
            return None
        col = index.column()
        if role == self.DocumentRole:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return doc.filename
            if col == self.COL_TYPE:
                kind = self.type_of(doc)
                return kind.label if kind is not None else ""
            if col == self.COL_PERIOD:
                return self._words.period_text(doc.period)
            if col == self.COL_EXPIRES:
                return local_date(as_day(doc.expires_on))
            if col == self.COL_FORMAT:
                return icons.format_label(doc.format_code)
            if col == self.COL_ADDED:
                return local_datetime(doc.deleted_at if self.trash else doc.added)
            if col == self.COL_SIZE:
                return human_size(doc.size)
        elif role == Qt.ItemDataRole.DecorationRole and col == self.COL_FORMAT:
            return icons.format_icon(doc.format_code)
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.COL_EXPIRES and not self.trash:
            return state_colour(expiry_state(doc.expires_on)[0])
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_EXPIRES:
            return self._words.state_text(*expiry_state(doc.expires_on)) or None
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TYPE:
            kind = self.type_of(doc)
            return kind.name if kind is not None and kind.name != kind.label else None
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_NAME and doc.original_filename != doc.filename:
            return self.tr("Original name: %1").replace("%1", doc.original_filename)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.EditRole and col == self.COL_NAME:
            return doc.filename
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == self.COL_NAME and not self.trash:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Inline rename. Errors are raised to the view's delegate owner through ``rename_failed``."""
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_NAME or not index.isValid():
            return False
        doc = self._row(index.row())
        if doc is None or not str(value).strip() or str(value) == doc.filename:
            return False
        from clientvault.core.errors import VaultError

        try:
            self._vault.rename(doc.id, str(value))  # the change feed then refreshes this model
        except VaultError as exc:
            self.renameFailed.emit(exc.message)
            return False
        return True

    # -- dragging files out to the desktop or a mail program ------------------------------------

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list", DOCUMENTS_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        mime = QMimeData()
        docs = [d for d in map(self._row, rows) if d is not None]
        mime.setUrls([QUrl.fromLocalFile(str(self._vault.document_path(d))) for d in docs])
        if not self.trash:  # a drop onto another company copies or moves them (not an import)
            put_documents(mime, docs)
        else:
            mime.setData(TRASH_MIME, QByteArray(b"1"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def _runs(rows: Sequence[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in the sorted ``rows``."""
    start = prev = None
    for row in rows:
        if prev is not None and row != prev + 1:
            assert start is not None
            yield start, prev
            start = None
        start = row if start is None else start
        prev = row
    if start is not None and prev is not None:
        yield start, prev
