"""What the upkeep actions do: check the files (and repair them), back up and restore, the removed
companies and emptying a trash. Each opens its dialog over the window; the long work runs in the
dialogs through ``run_task``, and the change feed refreshes the views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from clientvault.core.errors import VaultError
from clientvault.core.values import RestoredCompany
from clientvault.core.vault import Vault

if TYPE_CHECKING:
    from clientvault.ui.events import VaultEvents
    from clientvault.ui.host import Host


class MaintenanceActions(QObject):
    def __init__(self, vault: Vault, host: Host, events: VaultEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.vault = vault
        self.events = events
        self.dialog: QDialog | None = None  # the one open now (tests find it here)
        self.confirm_box: QMessageBox | None = None

    def _busy(self) -> bool:
        """A check, backup or restore is still running in its dialog: that one comes to the front
        (one at a time; closing it would drop the work's result)."""
        if self.dialog is not None and getattr(self.dialog, "running", False):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return True
        return False

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None) if self.dialog is dialog else None)
        self.dialog = dialog
        dialog.open()

    def check_files(self) -> None:
        """«Revisar archivos»: the check starts as the dialog opens."""
        from clientvault.ui.dialogs.check_dialog import CheckDialog

        if self._busy():
            return
        dialog = CheckDialog(self.vault, self.host.dialog_parent())
        dialog.finished.connect(lambda _r: self.events.flush())
        self._show(dialog)
        dialog.start()

    def backup(self) -> None:
        """«Copia de seguridad…»: all companies, or the one selected."""
        from clientvault.ui.dialogs.backup_dialog import BackupDialog

        if self._busy():
            return
        self._show(BackupDialog(self.vault, self.host.current_company_id(), self.host.current_company_name(),
                                self.host.dialog_parent()))

    def restore_backup(self) -> None:
        """«Restaurar copia…»: what comes in shows through the change feed."""
        from clientvault.ui.dialogs.restore_dialog import RestoreDialog

        if self._busy():
            return
        dialog = RestoreDialog(self.vault, self.host.dialog_parent())
        dialog.finished.connect(lambda _r: self.events.flush())
        self._show(dialog)

    def removed_companies(self) -> None:
        """«Empresas quitadas»: restoring one selects it, with its files, in the sidebar."""
        from clientvault.ui.dialogs.removed_companies import RemovedCompaniesDialog

        if self._busy():
            return
        dialog = RemovedCompaniesDialog(self.vault, self.host.dialog_parent())
        dialog.restored.connect(self._on_company_restored)
        self.events.companiesChanged.connect(dialog.refresh)
        self._show(dialog)

    def _on_company_restored(self, result: RestoredCompany) -> None:
        self.events.flush()  # the sidebar lists it before it is selected
        self.host.select_company(result.company.id)
        text = self.tr("«%1» is back with %n file(s).", "", result.restored).replace("%1", result.company.name)
        if result.still_in_trash:
            text += " " + self.tr("%n file(s) it had deleted before are still in its trash.", "", result.still_in_trash)
        self.host.notify(text)

    def empty_trash(self) -> None:
        """«Vaciar papelera»: every file in the current company's trash, deleted for good after a
        confirmation that says how many and that it cannot be undone."""
        cid = self.host.current_company_id()
        if cid is None:
            return
        count, _size = self.vault.company_totals(cid, trash=True)
        if not count:
            self.host.notify(self.tr("The trash is empty."))
            return
        name = self.host.current_company_name()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty trash"),
                          self.tr("Delete the %n file(s) in the trash of «%1» permanently? This cannot be undone.",
                                  "", count).replace("%1", name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.host.dialog_parent())
        box.setObjectName("emptyTrashConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Empty trash"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
                return
            try:
                n = self.vault.purge(older_than_days=None, company_id=cid)
            except VaultError as exc:
                self.host.show_error(exc.message)
                return
            finally:
                self.events.flush()
            self.host.notify(self.tr("%n file(s) deleted permanently.", "", n))

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()
