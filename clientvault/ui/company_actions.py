"""What the company actions do: add, edit, remove, and keeping the sidebar selection sensible."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from clientvault.core.errors import VaultError
from clientvault.ui.dialogs.company_dialog import CompanyDialog

if TYPE_CHECKING:
    from clientvault.ui.mainwindow import MainWindow


class CompanyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.vault = window.vault
        self.dialog: CompanyDialog | None = None

    def connect_actions(self) -> None:
        self.w.action_add_company.triggered.connect(self.add)
        self.w.action_edit_company.triggered.connect(self.edit)
        self.w.action_remove_company.triggered.connect(self.remove)

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the companies and keep (or make) a selection, without resetting the document view
        when the selected company did not change."""
        model, view = self.w.company_model, self.w.company_list
        model.refresh()
        row = model.row_of(select_id) if select_id is not None else -1
        if row < 0 and model.rowCount():
            row = 0
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
        else:
            self.w.document_model.set_company(None)
        self.w.update_actions()

    def _open(self, dialog: CompanyDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.open()

    def _on_dialog_accepted(self, dialog: CompanyDialog) -> None:
        if dialog.result_company is not None:
            self.w.sidebar.filter_edit.clear()
            self.reload(select_id=dialog.result_company.id)
            self.w.notify(self.tr("Company «%1» saved.").replace("%1", dialog.result_company.name))

    def add(self) -> None:
        self._open(CompanyDialog(self.vault, None, self.w))

    def edit(self) -> None:
        cid = self.w.current_company_id()
        if cid is not None:
            self._open(CompanyDialog(self.vault, self.vault.company(cid), self.w))

    def remove(self) -> None:
        cid = self.w.current_company_id()
        if cid is None:
            return
        name = self.w.current_company_name()
        count, _size = self.vault.company_totals(cid)
        if count:
            text = self.tr("«%1» has %2 file(s). Remove the company and move its files to the trash? "
                           "They can be restored until the trash is emptied.").replace("%1", name).replace("%2", str(count))
        else:
            text = self.tr("Remove the company «%1»?").replace("%1", name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove company"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.w)
        box.setObjectName("removeCompanyConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
                return
            try:
                self.vault.remove_company(cid, with_files=True)
            except VaultError as exc:
                self.w.show_error(exc.message)
                return
            self.reload()
            self.w.notify(self.tr("Company «%1» removed.").replace("%1", name))

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()
