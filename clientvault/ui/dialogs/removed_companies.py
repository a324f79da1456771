"""«Empresa › Empresas quitadas»: the removed companies still kept for their trash, with how many
files each has there and when it was removed, and «Restaurar», which brings one back with the
files that went to the trash with it. The list follows the change feed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
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
from clientvault.ui.workers import Task, progress_dialog, run_task


class RemovedCompaniesDialog(QDialog):
    """Signals:
        restored(object): a company was brought back (its ``RestoredCompany``).
        busy(bool): a restore started (True) or ended (False); meanwhile the window holds its
            views' refreshes (thousands of files came back slower while the sidebar re-read its counts).
    """

    restored = Signal(object)
    busy = Signal(bool)
    COL_NAME, COL_FILES, COL_REMOVED = range(3)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("removedCompanies")
        self.setWindowTitle(self.tr("Removed companies"))
        self.resize(720, 420)
        self.vault = vault
        self.error_text = ""
        self.running = False  # a restore is bringing files back (the window waits for it to end)
        self.progress: QProgressDialog | None = None
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
        self.restore_button.setEnabled(bool(self.list.selectedItems()) and not self.running)

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(self.COL_NAME, Qt.ItemDataRole.UserRole)) if items else None

    def restore_selected(self) -> None:
        """Bring the selected company back in the background (thousands of files take seconds),
        with a progress dialog. It has no «Cancel»: stopped half-way, the company would be back
        with only part of the files that went with it."""
        cid = self.selected_id()
        if cid is None or self.running:
            return
        name = self.list.selectedItems()[0].text(self.COL_NAME)
        progress = progress_dialog(self, "restoreCompanyProgress", self.tr("Restore"),
                                   self.tr("Bringing back «%1» and its files…").replace("%1", name), "", 0, 400)
        progress.setCancelButton(None)  # type: ignore[arg-type]  # Qt takes None: no button
        self.progress = progress
        self.running = True
        self.restore_button.setEnabled(False)
        self.busy.emit(True)

        def work(task: Task) -> RestoredCompany:
            return self.vault.restore_company(cid, progress=lambda i, total: task.report(i, total))

        def on_progress(done: int, total: int, _text: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        run_task(work, self._on_restored, self._on_restore_failed, on_progress, on_close=self.vault.release_thread)

    def _finish(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.busy.emit(False)

    def _on_restored(self, result: RestoredCompany) -> None:
        self._finish()
        self.restored.emit(result)
        self.accept()

    def _on_restore_failed(self, exc: Exception) -> None:
        self._finish()
        self.error_text = exc.message if isinstance(exc, VaultError) else self.tr(
            "The company could not be brought back because of an unexpected problem. The details are in the log "
            "file in the data folder.")
        self.message.setText(self.error_text)
        self.message.show()
        self.refresh()

    def reject(self) -> None:
        """Esc or «Close» while a restore runs: the dialog stays until it ends (its result is shown)."""
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
