"""The "Send by e-mail" form: recipients (To, CC and hidden copies, BCC) checked as they are typed,
the files listed with their sizes and removable, the total held against the size limit. The dialog
never sends by itself: it emits ``sendRequested`` and the caller (``ui/mail_actions.py``) sends in
the background and, on failure, says why once, over the form, whose content stays exactly as the
person left it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import MailError
from clientvault.core.values import MB, Attachment, Draft, address_problem
from clientvault.ui.formatting import human_size

ERROR_STYLE = "color: #b00020;"
FAILURE_STYLE = "QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb; border-radius: 4px; padding: 8px; }"


class MailComposeDialog(QDialog):
    """Signals: ``sendRequested(Draft)`` when the person presses Send with a valid form."""

    sendRequested = Signal(object)

    def __init__(self, company: str, to: str, subject: str, body: str, attachments: list[Attachment], limit_mb: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailComposeDialog")
        self.setWindowTitle(self.tr("Send by e-mail — %1").replace("%1", company))
        self.attachments = list(attachments)
        self.limit_mb = limit_mb
        self.to_edit = self._line("mailTo", to, self.tr("name@company.com; several separated by commas"))
        self.cc_edit = self._line("mailCc", "", self.tr("Optional"))
        self.bcc_edit = self._line("mailBcc", "", self.tr("Optional: they get the message without the others seeing them"))
        self.subject_edit = self._line("mailSubject", subject, "")
        self.body_edit = QPlainTextEdit(body)
        self.body_edit.setObjectName("mailBody")
        self.attachment_list = QTreeWidget()
        self.attachment_list.setObjectName("mailAttachments")
        self.attachment_list.setHeaderLabels([self.tr("File"), self.tr("Size")])
        self.attachment_list.setRootIsDecorated(False)
        self.attachment_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.attachment_list.header()
        # The name takes the room, the size only what it needs: with the header's default stretched
        # last section both stretched, and the size column took half the width from the names.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # A name longer than the list keeps its start and its extension ("Estados financ…2024.pdf").
        self.attachment_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.attachment_list.setMaximumHeight(130)
        self.remove_button = QPushButton(self.tr("Remove from the message"))
        self.remove_button.setObjectName("mailRemoveAttachment")
        self.total_label = QLabel()
        self.total_label.setObjectName("mailTotal")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("mailProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.failure_label = QLabel()
        self.failure_label.setObjectName("mailFailure")
        self.failure_label.setWordWrap(True)
        self.failure_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failure_label.setStyleSheet(FAILURE_STYLE)
        self.failure_label.hide()
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("mailSend")
        self.send_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self._layout()
        self._fill_attachments()
        self._connect_signals()
        self.resize(620, 560)
        self.validate()

    def _line(self, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setCursorPosition(0)  # a long prefilled subject shows its beginning, not its tail
        return edit

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to_edit)
        form.addRow(self.tr("CC:"), self.cc_edit)
        form.addRow(self.tr("BCC:"), self.bcc_edit)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        files_row = QHBoxLayout()
        files_row.addWidget(self.total_label, 1)
        files_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.failure_label)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(QLabel(self.tr("Attached files:")))
        layout.addWidget(self.attachment_list)
        layout.addLayout(files_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        for edit in (self.to_edit, self.cc_edit, self.bcc_edit, self.subject_edit):
            edit.textChanged.connect(self.validate)
        self.attachment_list.itemSelectionChanged.connect(self.validate)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def _fill_attachments(self) -> None:
        self.attachment_list.clear()
        for att in self.attachments:
            item = QTreeWidgetItem([att.filename, human_size(att.size)])
            item.setToolTip(0, att.filename)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.attachment_list.addTopLevelItem(item)

    # -- state ------------------------------------------------------------------------------------

    def problem(self) -> str:
        """What stops sending right now, in words; "" when the form can be sent."""
        for text, what, required in ((self.to_edit.text(), self.tr("To"), True), (self.cc_edit.text(), self.tr("CC"), False),
                                     (self.bcc_edit.text(), self.tr("BCC"), False)):
            found = address_problem(text, what, required)
            if found:
                return found
        if any(ch in self.subject_edit.text() for ch in "\r\n"):
            return self.tr("The subject cannot contain line breaks.")
        if not self.attachments:
            return self.tr("There is no file left to send.")
        total = sum(a.size for a in self.attachments)
        if total > self.limit_mb * MB:
            return self.tr("The files total %1, over the %2 MB limit. Remove a file or send them in several messages.") \
                .replace("%1", human_size(total)).replace("%2", str(self.limit_mb))
        return ""

    def validate(self) -> None:
        total = sum(a.size for a in self.attachments)
        self.total_label.setText(self.tr("%n file(s), %1 in total (limit %2 MB)", "", len(self.attachments))
                                 .replace("%1", human_size(total)).replace("%2", str(self.limit_mb)))
        self.total_label.setStyleSheet(ERROR_STYLE if total > self.limit_mb * MB else "")
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.send_button.setEnabled(not problem)
        self.remove_button.setEnabled(bool(self.attachment_list.selectedItems()))

    def draft(self) -> Draft:
        return Draft(to=self.to_edit.text(), cc=self.cc_edit.text(), subject=self.subject_edit.text(),
                     body=self.body_edit.toPlainText(), document_ids=[a.document_id for a in self.attachments if a.document_id],
                     bcc=self.bcc_edit.text())

    def set_sending(self, sending: bool) -> None:
        """While sending nothing can be edited (what is being sent is what is on screen)."""
        for widget in (self.to_edit, self.cc_edit, self.bcc_edit, self.subject_edit, self.body_edit, self.attachment_list,
                       self.remove_button, self.send_button):
            widget.setEnabled(not sending)
        if not sending:
            self.validate()
        else:
            self.failure_label.hide()

    def show_failure(self, error: MailError) -> None:
        """A note at the top of the form (a cancelled send: nothing to pop up, the person asked for it)."""
        text = error.message
        if error.detail:
            text += "\n" + self.tr("Server reply: %1").replace("%1", error.detail)
        self.failure_label.setText(text)
        self.failure_label.show()

    # -- handlers ---------------------------------------------------------------------------------

    def _on_remove_button_clicked(self) -> None:
        rows = sorted((self.attachment_list.indexOfTopLevelItem(i) for i in self.attachment_list.selectedItems()), reverse=True)
        for row in rows:
            del self.attachments[row]
        self._fill_attachments()
        self.validate()

    def _on_send_button_clicked(self) -> None:
        if not self.problem():
            self.sendRequested.emit(self.draft())
