"""Moving and copying documents to another company: the «Move to / Copy to another company…»
actions with their company chooser, and documents dropped onto a company in the sidebar. What was
left behind (a duplicate there, a file gone meanwhile) is said with its reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from clientvault.core.errors import VaultError
from clientvault.core.values import TransferReport
from clientvault.core.vault import Vault
from clientvault.ui.workers import Task, progress_dialog, run_task

if TYPE_CHECKING:
    from clientvault.ui.events import VaultEvents
    from clientvault.ui.host import Host


class TransferActions(QObject):
    def __init__(self, vault: Vault, host: Host, events: VaultEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.host = host
        self.events = events
        self.choose_dialog: QWidget | None = None
        self.transfer_task: Task | None = None  # a move or copy to another company, running

    def move_selected(self) -> None:
        self._choose_and_transfer(move=True)

    def copy_selected(self) -> None:
        self._choose_and_transfer(move=False)

    def _choose_and_transfer(self, move: bool) -> None:
        from clientvault.ui.dialogs.choose_company import ChooseCompanyDialog

        docs = self.host.selected_documents()
        if not docs or self.host.in_trash():
            return
        ids, n = [d.id for d in docs], len(docs)
        if move:
            texts = (self.tr("Move to another company"), self.tr("Move %n file(s) to this company:", "", n), self.tr("Move"))
        else:
            texts = (self.tr("Copy to another company"), self.tr("Copy %n file(s) to this company, with their details:",
                                                                 "", n), self.tr("Copy"))
        dialog = ChooseCompanyDialog(self.vault, docs[0].company_id, *texts, parent=self.host.dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_accepted() -> None:
            if dialog.chosen is not None:
                self.transfer(ids, dialog.chosen.id, move)

        dialog.accepted.connect(on_accepted)
        self.choose_dialog = dialog
        dialog.open()

    def transfer(self, doc_ids: list[int], company_id: int, move: bool) -> None:
        """Move (or copy) documents to another company, in the background with a cancellable
        progress dialog (a move takes some milliseconds a file, a copy brings each file in again with
        an upload's checks: a whole company's would freeze the window); what was left behind is
        said with why."""
        if not doc_ids:
            return
        try:
            target = self.vault.company(company_id)
        except VaultError as exc:  # removed meanwhile (another window)
            self.host.show_error(exc.message)
            return
        if self.transfer_task is not None:
            self.host.show_error(self.tr("Files are already being moved or copied. Wait for it to finish or "
                                         "cancel it."))
            return
        name, total = target.name, len(doc_ids)
        if move:
            texts = self.tr("Moving"), self.tr("Moving %n file(s) to %1…", "", total).replace("%1", name)
        else:
            texts = self.tr("Copying"), self.tr("Copying %n file(s) to %1…", "", total).replace("%1", name)
        progress = progress_dialog(self.host.dialog_parent(), "transferProgress", *texts, self.tr("Cancel"), total, 400)
        use_case = self.vault.move_documents if move else self.vault.copy_documents

        def work(task: Task) -> TransferReport:
            report = TransferReport()
            for i, doc_id in enumerate(doc_ids):
                if task.cancelled:  # what was done so far stays done
                    break
                part = use_case([doc_id], target.id)
                report.done += part.done
                report.skipped += part.skipped
                task.report(i + 1, total)
            return report

        def finish() -> None:
            self.transfer_task = None
            self.events.flush()
            progress.close()
            progress.deleteLater()

        def on_done(report: TransferReport) -> None:
            finish()
            self._tell_transfer(report, name, move)

        def on_failed(exc: Exception) -> None:
            finish()
            self.host.show_error(exc.message if isinstance(exc, VaultError) else self.tr(
                "The work stopped because of an unexpected problem. The files moved or copied before it stay so."))

        self.transfer_task = run_task(work, on_done, on_failed, lambda done, _total, _text: progress.setValue(done),
                                      on_close=self.vault.release_thread)
        progress.canceled.connect(self.transfer_task.cancel)

    def _tell_transfer(self, report: TransferReport, name: str, move: bool) -> None:
        done, skipped = len(report.done), len(report.skipped)
        if done:
            self.host.notify((self.tr("%n file(s) moved to %1.", "", done) if move else
                              self.tr("%n file(s) copied to %1.", "", done)).replace("%1", name))
        if skipped:
            head = (self.tr("%n file(s) were not moved to %1:", "", skipped) if move else
                    self.tr("%n file(s) were not copied to %1:", "", skipped)).replace("%1", name)
            lines = [f"• {doc.filename}: {reason}" for doc, reason in report.skipped[:15]]
            if skipped > 15:
                lines.append(self.tr("… and %n more.", "", skipped - 15))
            self.host.show_error(head + "\n\n" + "\n".join(lines))
