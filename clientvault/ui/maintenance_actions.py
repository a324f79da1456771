"""What the upkeep actions do: check the files (and repair them), back up and restore, the removed
companies and emptying a trash. Each opens its dialog over the window; the long work runs in the
dialogs through ``run_task``, and the change feed refreshes the views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from clientvault.core.errors import VaultError
from clientvault.core.values import RestoredCompany
from clientvault.core.vault import Vault
from clientvault.ui.workers import Task, progress_dialog, run_task

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
        self.purge_task: Task | None = None  # «Vaciar papelera» running, with its progress dialog
        self.purge_progress: QProgressDialog | None = None

    def _busy(self) -> bool:
        """A check, backup, restore or emptying of a trash is still running: its dialog comes to
        the front (one at a time; closing it would drop the work's result)."""
        if self.purge_progress is not None:
            self.purge_progress.raise_()
            self.purge_progress.activateWindow()
            return True
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
        dialog.busy.connect(lambda on: self.events.hold() if on else self.events.flush())
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
        if cid is None or self._busy():
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
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._purge(cid, name, count)

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()

    def _purge(self, cid: int, name: str, count: int) -> None:
        """Empty the trash in the background (thousands of files take seconds), with a progress
        dialog whose «Cancel» stops between two files: those deleted stay deleted."""
        if self._busy():
            return
        progress = progress_dialog(self.host.dialog_parent(), "emptyTrashProgress", self.tr("Empty trash"),
                                   self.tr("Deleting the files in the trash of «%1»…").replace("%1", name),
                                   self.tr("Cancel"), count, 400)
        self.purge_progress = progress
        self.events.hold()  # the views show the emptied trash at the end, not after every burst

        def work(task: Task) -> tuple[int, bool]:
            n = self.vault.purge(older_than_days=None, company_id=cid, progress=lambda i, total: task.report(i, total),
                                 cancelled=lambda: task.cancelled)
            return n, task.cancelled

        def on_progress(done: int, total: int, _text: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

        self.purge_task = task = run_task(work, self._on_purge_done, self._on_purge_failed, on_progress,
                                          on_close=self.vault.release_thread)
        progress.canceled.connect(task.cancel)

    def _finish_purge(self) -> None:
        self.purge_task = None
        self.events.flush()
        if self.purge_progress is not None:
            self.purge_progress.close()
            self.purge_progress.deleteLater()
            self.purge_progress = None

    def _on_purge_done(self, result: tuple[int, bool]) -> None:
        self._finish_purge()
        n, stopped = result
        if stopped:
            self.host.notify(self.tr("Stopped: %n file(s) deleted permanently; the others are still in the trash.",
                                     "", n))
        else:
            self.host.notify(self.tr("%n file(s) deleted permanently.", "", n))

    def _on_purge_failed(self, exc: Exception) -> None:
        self._finish_purge()
        self.host.show_error(exc.message if isinstance(exc, VaultError) else self.tr(
            "Emptying the trash stopped because of an unexpected problem. The files deleted before it stay "
            "deleted; the others are still in the trash."))
