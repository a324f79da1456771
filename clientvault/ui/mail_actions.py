"""What "Send by e-mail" and "E-mail history" do: open the compose form for the selected documents,
send through ``run_task`` with a cancellable progress dialog, and on failure say why in one message
over the form, which stays open with everything the person typed. The password comes from the keyring;
when there is none (or no keyring at all) it is asked for, and the reason is said."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from clientvault.core.errors import MailError
from clientvault.core.vault import Vault
from clientvault.ui import actions
from clientvault.ui.workers import Task, progress_dialog, run_task

if TYPE_CHECKING:
    from clientvault.core.values import Draft, MailRecord, SmtpSettings
    from clientvault.ui.dialogs.mail_compose import MailComposeDialog
    from clientvault.ui.dialogs.mail_history import MailHistoryDialog
    from clientvault.ui.host import Host

# The mail modules (smtplib, ssl, email, the keyring) load on first use, not at start-up: most
# sessions never send a mail, and they cost a sixth of the window's start-up time.


def mail_history_action(p: QObject) -> QAction:
    """Built here, in actions.py's style, so the mail feature stays in its own files."""
    return actions._make(p, "actionMailHistory", actions.translate("Actions", "E-mail &history…"),
                         actions.translate("Actions", "What was sent by e-mail for the selected file or company"))


class MailActions(QObject):
    def __init__(self, vault: Vault, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.vault = vault
        self.action_history = mail_history_action(host.dialog_parent())
        self.dialog: MailComposeDialog | None = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.password_dialog: QInputDialog | None = None
        self.history_dialog: MailHistoryDialog | None = None
        self.failure_box: QMessageBox | None = None
        self.not_configured_box: QMessageBox | None = None

    def connect_actions(self) -> None:
        self.action_history.triggered.connect(self.show_history)

    # -- compose ------------------------------------------------------------------------------------

    def compose(self) -> None:
        from clientvault.ui.dialogs.mail_compose import MailComposeDialog
        docs = [d for d in self.host.selected_documents() if d.deleted_at is None]
        cid = self.host.current_company_id()
        if not docs or cid is None:
            return
        settings = self.vault.mail.settings()
        if not self.vault.mail.is_configured(settings):
            # Settings first, then the message over it: a message opened first ended up behind the
            # Settings window opened after it, waiting there with the window blocked.
            settings_dialog = self.host.open_settings("mail")
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("E-mail is not set up yet"),
                              self.tr("E-mail is not set up yet. Choose your provider and fill in your mail server "
                                      "on this E-mail page, then send the files again."),
                              QMessageBox.StandardButton.Ok, settings_dialog)
            box.setObjectName("mailNotConfiguredBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.not_configured_box = box
            box.open()
            return
        company = self.vault.company(cid)
        names = [d.filename for d in docs]
        subject, body = self.vault.mail.template().render(company.name, names, settings.sender_name or settings.sender_address)
        try:
            attachments = self.vault.mail.attachments_for([d.id for d in docs])
        except MailError as exc:
            self.host.show_error(exc.message)
            return
        dialog = MailComposeDialog(company.name, company.email or "", subject, body, attachments,
                                   settings.size_limit_mb, self.host.dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sendRequested.connect(self._on_dialog_send_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.dialog = None

    def _on_dialog_send_requested(self, draft: Draft) -> None:
        if self.task is not None:
            return
        settings = self.vault.mail.settings()
        password = self.vault.mail.load_password(settings) if settings.username else None
        # A password the core would refuse to send in clear is not asked for: the refusal says why.
        if settings.username and password is None and not self.vault.mail.refuses_plain_password(settings):
            self._ask_password(settings, draft)
        else:
            self._start(settings, password, draft)

    def _ask_password(self, settings: SmtpSettings, draft: Draft) -> None:
        why = self.vault.mail.keyring_problem() or self.tr("No password is saved for this account.")
        ask = QInputDialog(self.dialog or self.host.dialog_parent())
        ask.setObjectName("mailPasswordDialog")
        ask.setWindowTitle(self.tr("Mail password"))
        ask.setLabelText(why + "\n\n" + self.tr("Password of %1 on %2:").replace("%1", settings.username)
                         .replace("%2", settings.host))
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.setOkButtonText(self.tr("Send"))
        ask.setCancelButtonText(self.tr("Cancel"))
        ask.textValueSelected.connect(lambda text: self._start(settings, text, draft))
        self.password_dialog = ask
        ask.open()

    def _start(self, settings: SmtpSettings, password: str | None, draft: Draft) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_sending(True)
        progress = progress_dialog(dialog, "mailProgress", self.tr("Sending"), self.tr("Sending the e-mail…"),
                                   self.tr("Cancel"), 4, 300)
        self.progress = progress

        def work(task: Task) -> MailRecord:
            return self.vault.mail.send_documents(settings, password, draft, cancelled=lambda: task.cancelled,
                                         progress=task.report)

        def on_progress(done: int, total: int, text: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(text)

        self.task = run_task(work, self._on_send_done, self._on_send_failed, on_progress, on_close=self.vault.release_thread)
        progress.canceled.connect(self.task.cancel)

    def _finish(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_send_done(self, record: MailRecord) -> None:
        self._finish()
        self.host.notify(self.tr("E-mail sent to %1.").replace("%1", record.to_addrs))
        if self.dialog is not None:
            self.dialog.accept()

    def _on_send_failed(self, exc: Exception) -> None:
        self._finish()
        error = exc if isinstance(exc, MailError) else MailError(
            "unexpected", self.tr("The e-mail could not be sent because of an unexpected problem."), str(exc))
        if self.dialog is None:  # closed meanwhile: say it in the window
            self.host.show_error(error.message)
            return
        self.dialog.set_sending(False)
        if error.kind == "cancelled":  # the person asked for it: a note in the form, nothing to pop up
            self.dialog.show_failure(error)
            return
        # Said once, over the form (it used to be said twice: this message and the same words again
        # in a banner at the top of the form). The server's own reply is there for whoever asks.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The e-mail was not sent"), error.message,
                          QMessageBox.StandardButton.Ok, self.dialog)
        box.setObjectName("mailFailureBox")
        if error.detail:
            box.setDetailedText(self.tr("Server reply: %1").replace("%1", error.detail))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.failure_box = box
        box.open()

    # -- history -----------------------------------------------------------------------------------

    def show_history(self) -> None:
        from clientvault.ui.dialogs.mail_history import MailHistoryDialog
        docs = self.host.selected_documents()
        cid = self.host.current_company_id()
        if len(docs) == 1:
            title = self.tr("E-mails with %1").replace("%1", docs[0].filename)
            records = self.vault.mail.history(document_id=docs[0].id)
        elif cid is not None:
            title = self.tr("E-mails of %1").replace("%1", self.host.current_company_name())
            records = self.vault.mail.history(company_id=cid)
        else:
            title, records = self.tr("E-mail history"), self.vault.mail.history()
        dialog = MailHistoryDialog(title, records, self.host.dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()
