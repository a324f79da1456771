"""The document table's model: pages of rows fetched from SQL as the view scrolls.

Sorting and filtering re-query the database (indexes exist for every sort key), so 100,000
documents cost the same as 10: only the rows on screen and a page ahead are ever loaded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)

from clientvault.core.values import Document
from clientvault.core.vault import SortKey, Vault
from clientvault.ui import icons
from clientvault.ui.formatting import human_size, local_datetime

Index = QModelIndex | QPersistentModelIndex


class DocumentModel(QAbstractTableModel):
    """Rows are ``Document`` objects of one company (or of its trash); ``DocumentRole`` returns them.

    Signals:
        renameFailed(str): an inline rename was refused; the text says why.
    """

    renameFailed = Signal(str)

    COL_NAME, COL_FORMAT, COL_ADDED, COL_SIZE = range(4)
    COLUMNS = 4
    DocumentRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 200
    KEEP_LOADED = 2000  # a re-read after a change reloads at most this many rows (~20 ms)
    _SORT_KEYS: dict[int, SortKey] = {COL_NAME: "name", COL_FORMAT: "format", COL_ADDED: "date", COL_SIZE: "size"}

    def __init__(self, vault: Vault, parent: Any = None, events: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        if events is not None:  # a VaultEvents: the model follows every change to its company
            events.documentsChanged.connect(self._on_events_documents_changed)
        self._rows: list[Document] = []
        self._more = False
        self.company_id: int | None = None
        self.search = ""
        self.trash = False
        self.sort_column = self.COL_NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- query --------------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh(keep_loaded=False)

    def set_trash(self, trash: bool) -> None:
        self.trash = trash
        self.refresh(keep_loaded=False)

    def set_company(self, company_id: int | None) -> None:
        self.company_id = company_id
        self.refresh(keep_loaded=False)

    def refresh(self, keep_loaded: bool = True) -> None:
        """Read the rows again (after any change to the query or the vault). ``keep_loaded``: as many
        as were loaded (up to ``KEEP_LOADED``), so a change while the person is far down the list
        keeps their place and selection; a new query starts from the first page."""
        # The first page is loaded inside the reset: views call fetchMore lazily, but the status bar
        # and the empty state need to know at once whether anything is there, and a reset that is
        # followed at once by an insert confuses listeners of modelReset (Qt's model tester fails).
        loaded = len(self._rows) if keep_loaded else 0
        wanted = max(self.PAGE, -(-min(loaded, self.KEEP_LOADED) // self.PAGE) * self.PAGE)
        self.beginResetModel()
        try:
            self._rows = []
            self._more = self.company_id is not None
            if self._more:
                self._rows = self._page(0, wanted)
                self._more = len(self._rows) == wanted
        finally:
            self.endResetModel()

    def _on_events_documents_changed(self, company_ids: set[int]) -> None:
        if self.company_id in company_ids:
            self.refresh()

    def _page(self, offset: int, limit: int = PAGE) -> list[Document]:
        assert self.company_id is not None
        return self._vault.list_documents(
            self.company_id, search=self.search, sort=self._SORT_KEYS[self.sort_column],
            descending=self.sort_order == Qt.SortOrder.DescendingOrder, offset=offset, limit=limit,
            trash=self.trash)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        rows = self._page(len(self._rows))
        self._more = len(rows) == self.PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < self.COLUMNS:
            self.sort_column, self.sort_order = column, order
            self.refresh(keep_loaded=False)

    # -- Qt model API ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def document(self, row: int) -> Document:
        return self._rows[row]

    def row_of(self, doc_id: int) -> int:
        for i, doc in enumerate(self._rows):
            if doc.id == doc_id:
                return i
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_ADDED and self.trash:
            return self.tr("Deleted")
        return {self.COL_NAME: self.tr("Name"), self.COL_FORMAT: self.tr("Format"),
                self.COL_ADDED: self.tr("Date added"), self.COL_SIZE: self.tr("Size")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._rows[index.row()]
        col = index.column()
        if role == self.DocumentRole:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_NAME:
                return doc.filename
            if col == self.COL_FORMAT:
                return icons.format_label(doc.format_code)
            if col == self.COL_ADDED:
                return local_datetime(doc.deleted_at if self.trash else doc.added)
            if col == self.COL_SIZE:
                return human_size(doc.size)
        elif role == Qt.ItemDataRole.DecorationRole and col == self.COL_FORMAT:
            return icons.format_icon(doc.format_code)
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
        doc = self._rows[index.row()]
        if not str(value).strip() or str(value) == doc.filename:
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
        return ["text/uri-list"]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(self._vault.document_path(self._rows[r]))) for r in rows])
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
