"""The sidebar's model: companies with their file counts (a few hundred rows at most)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from clientvault.core.values import CompanyInfo
from clientvault.core.vault import Vault
from clientvault.ui.formatting import nit_text

Index = QModelIndex | QPersistentModelIndex


class CompanyModel(QAbstractListModel):
    """One row per company; ``CompanyRole`` returns the ``CompanyInfo``, ``CountRole`` the file count,
    ``NitRole`` the row's second line (the NIT as it is written, or that there is none)."""

    CompanyRole = Qt.ItemDataRole.UserRole + 1
    CountRole = Qt.ItemDataRole.UserRole + 2
    NitRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, vault: Vault, parent: Any = None, events: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._rows: list[CompanyInfo] = []
        self.search = ""
        if events is not None:  # a VaultEvents: names and counts follow every change
            events.companiesChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._vault.companies(self.search)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def info(self, row: int) -> CompanyInfo:
        return self._rows[row]

    def row_of(self, company_id: int) -> int:
        for i, info in enumerate(self._rows):
            if info.company.id == company_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.company.name
        if role == self.CompanyRole:
            return info
        if role == self.CountRole:
            return info.count
        if role == self.NitRole:
            nit = nit_text(info.company.nit, info.company.dv)
            return self.tr("NIT %1").replace("%1", nit) if nit else self.tr("No NIT")
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what the row shows, read aloud
            return ", ".join((info.company.name, self.data(index, self.NitRole), self.tr("%Ln file(s)", "", info.count)))
        if role == Qt.ItemDataRole.ToolTipRole:
            nit = nit_text(info.company.nit, info.company.dv)
            files = self.tr("%Ln file(s)", "", info.count)
            return f"{info.company.name}\nNIT {nit}\n{files}" if nit else f"{info.company.name}\n{files}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
