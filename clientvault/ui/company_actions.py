"""What the company actions do: add, edit, remove. The sidebar follows the change feed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from clientvault.core.errors import VaultError
from clientvault.core.values import TRASH_DAYS
from clientvault.core.vault import Vault

if TYPE_CHECKING:
    from clientvault.ui.dialogs.company_dialog import CompanyDialog
    from clientvault.ui.events import VaultEvents
    from clientvault.ui.host import Host


class CompanyActions(QObject):
    def __init__(self, vault: Vault, host: Host, events: VaultEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.vault = vault
        self.events = events
        self.dialog: CompanyDialog | None = None

    def _open(self, dialog: CompanyDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.open()

    def _on_dialog_accepted(self, dialog: CompanyDialog) -> None:
        if dialog.result_company is not None:
            self.events.flush()  # the sidebar lists the new company before it is selected
            self.host.select_company(dialog.result_company.id)
            self.host.notify(self.tr("Company «%1» saved.").replace("%1", dialog.result_company.name))

    def add(self) -> None:
        from clientvault.ui.dialogs.company_dialog import CompanyDialog  # loaded when first needed, not at start

        self._open(CompanyDialog(self.vault, None, self.host.dialog_parent()))

    def edit(self) -> None:
        cid = self.host.current_company_id()
        if cid is not None:
            from clientvault.ui.dialogs.company_dialog import CompanyDialog

            self._open(CompanyDialog(self.vault, self.vault.company(cid), self.host.dialog_parent()))

    def remove(self) -> None:
        cid = self.host.current_company_id()
        if cid is None:
            return
        name = self.host.current_company_name()
        count, _size = self.vault.company_totals(cid)
        if count:
            text = self.tr("«%1» has %n file(s). Remove the company and move its files to the trash? "
                           "For %2 days you can bring it back with its files from «Company › Removed companies».",
                           "", count).replace("%1", name).replace("%2", str(TRASH_DAYS))
        else:
            text = self.tr("Remove the company «%1»?").replace("%1", name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove company"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.host.dialog_parent())
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
                self.host.show_error(exc.message)
                return
            finally:
                self.events.flush()
            self.host.notify(self.tr("Company «%1» removed.").replace("%1", name))

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()
