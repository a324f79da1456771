"""«Empresa › Empresas quitadas»: the removed companies still kept for their trash, with how many
files each has there and when it was removed, and «Restaurar», which brings one back with the
files that went to the trash with it. The list follows the change feed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import TRASH_DAYS, RestoredCompany
from clientvault.core.vault import Vault
from clientvault.ui.formatting import human_size, local_datetime


class RemovedCompaniesDialog(QDialog):
    """Signals:
        restored(object): a company was brought back (its ``RestoredCompany``).
    """

    restored = Signal(object)
    COL_NAME, COL_FILES, COL_REMOVED = range(3)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedCompanies")
        self.setWindowTitle(self.tr("Removed companies"))
        self.resize(720, 420)
        self.vault = vault
        self.error_text = ""
        note = QLabel(self.tr(
            "A removed company is kept with its files in its trash, so you can bring it back. Files in the trash "
            "are deleted for good after %n day(s); when the last one goes, so does the company.", "", TRASH_DAYS))
        note.setObjectName("removedNote")
        note.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("removedList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Company"), self.tr("Files in its trash"), self.tr("Removed on")])
        self.list.setColumnWidth(self.COL_NAME, 330)
        self.list.setColumnWidth(self.COL_FILES, 170)
        self.empty = QLabel(self.tr("There are no removed companies."))
        self.empty.setObjectName("removedEmpty")
        self.message = QLabel()
        self.message.setObjectName("removedMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreCompany")
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (a company restored or purged here or in another window)."""
        self.list.clear()
        for removed in self.vault.removed_companies():
            item = QTreeWidgetItem([
                removed.company.name,
                self.tr("%n file(s)", "", removed.count) + " · " + human_size(removed.total_size),
                local_datetime(removed.removed_at),
            ])
            item.setData(self.COL_NAME, Qt.ItemDataRole.UserRole, removed.company.id)
            item.setTextAlignment(self.COL_FILES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        has_rows = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        first = self.list.topLevelItem(0)
        if first is not None and not self.list.selectedItems():
            self.list.setCurrentItem(first)
        self._on_list_item_selection_changed()

    def _on_list_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(self.COL_NAME, Qt.ItemDataRole.UserRole)) if items else None

    def restore_selected(self) -> None:
        cid = self.selected_id()
        if cid is None:
            return
        try:
            result: RestoredCompany = self.vault.restore_company(cid)
        except VaultError as exc:
            self.error_text = exc.message
            self.message.setText(exc.message)
            self.message.show()
            self.refresh()
            return
        self.restored.emit(result)
        self.accept()
