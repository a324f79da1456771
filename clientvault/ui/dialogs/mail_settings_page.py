"""The "E-mail" page of Settings: the outgoing server, the password (kept in the system keyring),
the size limit and the message template, and a button that sends a test message with what is on
screen, so a mistake shows up here rather than in front of a client.

The common providers come first. Gmail, Outlook and Yahoo refuse the account's usual password
from a program like this one, which is the first thing a new user trips on: choosing one (or
typing its server) says so, with a link to the page where that provider makes an app password."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import MailError
from clientvault.core.values import DEFAULT_PORTS, MailTemplate, SmtpSettings, address_problem
from clientvault.core.vault import Vault
from clientvault.ui.workers import Task, run_task

WARNING_STYLE = "color: #8a4b00;"
WORD_JOINER = "\u2060"
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class Note(QLabel):
    """A word-wrapped note whose size hint is its height at the width it was given.

    A wrapped QLabel's size hint is its height at some narrower width, and the form in a scroll
    area handed the notes that much: each stood in a band of empty space twice its text's height.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHeightForWidth(False)  # the form asks the size hint, which already knows the width
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width())) if self.width() > 0 else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.sizeHint().height()) if self.width() > 0 else hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its height follows its new width


class MailSettingsPage(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailSettingsPage")
        self.mail = vault.mail
        self.loaded = self.mail.settings()
        self.test_task: Task | None = None
        s = self.loaded
        self.preset = QComboBox()
        self.preset.setObjectName("mailPreset")
        names = {"gmail": "Gmail", "outlook": "Outlook / Office 365", "yahoo": "Yahoo"}
        for key in self.mail.presets:  # the common providers first, in the core's order
            self.preset.addItem(names.get(key, key.capitalize()), key)
        self.preset.addItem(self.tr("Other (fill in by hand)"), "")
        self.preset.setPlaceholderText(self.tr("Choose your e-mail provider"))
        self.provider_note = self._note("", "")
        self.provider_note.setObjectName("mailAppPasswordNote")
        self.provider_note.setTextFormat(Qt.TextFormat.RichText)
        self.provider_note.setOpenExternalLinks(True)  # the provider's page opens in the browser
        self.provider_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sender_name = self._line("mailSenderName", s.sender_name)
        self.sender_address = self._line("mailSenderAddress", s.sender_address)
        self.host = self._line("mailHost", s.host)
        self.port = QSpinBox()
        self.port.setObjectName("mailPort")
        self.port.setRange(1, 65535)
        self.port.setValue(s.port)
        self.security = QComboBox()
        self.security.setObjectName("mailSecurity")
        self.security.addItem(self.tr("STARTTLS (recommended)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS"), "ssl")
        self.security.addItem(self.tr("None (not encrypted)"), "none")
        for i in range(self.security.count()):
            self.security.setItemData(i, self._security_line(str(self.security.itemData(i))), Qt.ItemDataRole.ToolTipRole)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.security_note = self._note("", "")
        self.security_note.setObjectName("mailSecurityNote")
        self.security_warning = self._note("", WARNING_STYLE)
        self.security_warning.setObjectName("mailSecurityWarning")
        self.username = self._line("mailUsername", s.username)
        # Consent to a password in clear, asked where the risk is shown (security "none" with a user name).
        self.plain_password = QCheckBox(self.tr("Send the password unencrypted (not recommended)"))
        self.plain_password.setObjectName("mailAllowPlainPassword")
        self.plain_password.setChecked(s.allow_plain_password)
        self.password = self._line("mailPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_stored = bool(self.mail.load_password(s))
        self.keyring_note = self._note(self.mail.keyring_problem(), WARNING_STYLE)
        self.size_limit = QSpinBox()
        self.size_limit.setObjectName("mailSizeLimit")
        self.size_limit.setRange(1, 500)
        self.size_limit.setSuffix(" MB")
        self.size_limit.setValue(s.size_limit_mb)
        template = self.mail.template()
        self.template_subject = self._line("mailTemplateSubject", template.subject)
        self.template_body = QPlainTextEdit(template.body)
        self.template_body.setObjectName("mailTemplateBody")
        self.template_body.setMaximumHeight(110)
        self.test_button = QPushButton(self.tr("Send a test e-mail"))
        self.test_button.setObjectName("mailTestButton")
        self.status = self._note("", "")
        self.status.setObjectName("mailSettingsStatus")
        self._layout()
        self._connect_signals()
        self._update_security_notes()
        self._on_host_text_changed()

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        return edit

    def _note(self, text: str, style: str) -> QLabel:
        label = Note(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))
        return label

    def _layout(self) -> None:
        server = QGroupBox(self.tr("Outgoing mail server"))
        form = QFormLayout(server)
        form.addRow(self.tr("Provider:"), self.preset)
        form.addRow("", self.provider_note)
        form.addRow(self.tr("Your name:"), self.sender_name)
        form.addRow(self.tr("Your e-mail address:"), self.sender_address)
        form.addRow(self.tr("Server:"), self.host)
        row = QHBoxLayout()
        row.addWidget(self.port)
        row.addWidget(QLabel(self.tr("Security:")))
        row.addWidget(self.security, 1)
        form.addRow(self.tr("Port:"), row)
        form.addRow("", self.security_note)
        form.addRow("", self.security_warning)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.plain_password)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Size limit:"), self.size_limit)
        message = QGroupBox(self.tr("New messages start with"))
        mform = QFormLayout(message)
        mform.addRow(self.tr("Subject:"), self.template_subject)
        mform.addRow(self.tr("Message:"), self.template_body)
        mform.addRow("", self._note(self.tr("{company} becomes the company's name, {files} the file names, "
                                            "{sender} your name."), ""))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.status, 1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(server)
        column.addWidget(message)
        column.addLayout(test_row)
        column.addStretch(1)
        # Scrolls on a small screen instead of squeezing the wrapped notes into unreadable slivers.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setMinimumSize(600, 640)

    def _connect_signals(self) -> None:
        self.preset.activated.connect(self._on_preset_activated)
        self.host.textChanged.connect(self._on_host_text_changed)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self.username.textChanged.connect(self._update_security_notes)
        self.test_button.clicked.connect(self._on_test_button_clicked)

    # -- reading the form ---------------------------------------------------------------------------

    def settings(self) -> SmtpSettings:
        """What is on screen (the timeout and trusted authorities are kept from what was saved)."""
        return SmtpSettings(
            sender_name=self.sender_name.text().strip(), sender_address=self.sender_address.text().strip(),
            host=self.host.text().strip(), port=self.port.value(), security=str(self.security.currentData()),
            username=self.username.text().strip(), timeout=self.loaded.timeout, size_limit_mb=self.size_limit.value(),
            ca_file=self.loaded.ca_file,
            allow_plain_password=self.plain_password.isChecked() and self.security.currentData() == "none",
        )

    def problem(self) -> str:
        s = self.settings()
        if not (s.host or s.sender_address):
            return ""  # nothing configured yet is a valid state
        if not s.host:
            return self.tr("Write the mail server (for example smtp.gmail.com).")
        if any(ch in s.sender_name for ch in "\r\n"):
            return self.tr("Your name cannot contain line breaks.")
        return address_problem(s.sender_address, self.tr("Your e-mail address"), required=True)

    def save(self) -> str:
        """Save what is on screen; returns what prevents it ("" when saved)."""
        problem = self.problem()
        if problem:
            self._show(problem, ERROR_STYLE)
            return problem
        s = self.settings()
        self.mail.save_settings(s)
        self.mail.save_template(MailTemplate(self.template_subject.text(), self.template_body.toPlainText()))
        if self.password.text() and s.username:
            try:
                self.mail.store_password(s, self.password.text())
            except MailError as exc:
                self._show(exc.message, WARNING_STYLE)  # the rest is saved; the password will be asked for
        self.loaded = s
        return ""

    def _show(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))

    # -- handlers -------------------------------------------------------------------------------------

    def _on_preset_activated(self, _index: int) -> None:
        preset = self.mail.presets.get(str(self.preset.currentData()))
        if preset is None:
            self._on_host_text_changed()  # "Other": the note follows what the server field says
            return
        host, port, security = preset
        self.host.setText(host)
        self.port.setValue(port)
        self.security.setCurrentIndex(self.security.findData(security))
        if not self.username.text() and self.sender_address.text():
            self.username.setText(self.sender_address.text().strip())

    def provider(self) -> str:
        """The common provider whose server is written ("" for any other): the provider list and
        the app-password note follow the server field, whether a preset or a hand filled it."""
        host = self.host.text().strip().lower()
        return next((key for key, (server, _, _) in self.mail.presets.items() if server == host), "")

    def _on_host_text_changed(self) -> None:
        key = self.provider()
        if key or self.host.text().strip():
            self.preset.setCurrentIndex(self.preset.findData(key))  # "" is "Other"
        elif self.preset.currentData() != "":
            self.preset.setCurrentIndex(-1)  # nothing chosen yet: the list asks for a provider
        page = self.mail.app_password_pages.get(key, "")
        self.provider_note.setText(self._app_password_text(key, page) if page else "")
        self.provider_note.setVisible(bool(page))
        placeholder = ""
        if self.password_stored:
            placeholder = self.tr("Saved (type to change it)")
        elif page:
            placeholder = self.tr("The app password, not your usual one")
        self.password.setPlaceholderText(placeholder)

    def _app_password_text(self, key: str, page: str) -> str:
        if key == "gmail":
            text = self.tr("Gmail needs an app password, not your usual password. Turn on 2-Step Verification in your "
                           "Google account, then create the app password at %1 and type it in Password below.")
        elif key == "outlook":
            text = self.tr("Outlook and Microsoft 365 need an app password, not your usual password. At %1 turn on "
                           "two-step verification, create an app password under Advanced security options and type it "
                           "in Password below. A company account may need its administrator to allow it.")
        else:
            text = self.tr("This provider needs an app password, not your usual password. Create one at %1 and type "
                           "it in Password below.")
        shown = page.removeprefix("https://")
        # The address is never broken across lines at its "/" (it would read as two): a word joiner.
        link = f'<a href="{html.escape(page)}">{html.escape(shown).replace("/", "/" + WORD_JOINER)}</a>'
        return html.escape(text).replace("%1", link)

    def _security_line(self, security: str) -> str:
        """What each choice means, in one line (the note under the choice, and each item's tooltip)."""
        if security == "starttls":
            return self.tr("STARTTLS: the connection starts plain and is encrypted before your password or any file "
                           "is sent (usually port 587).")
        if security == "ssl":
            return self.tr("SSL/TLS: the connection is encrypted from the very first moment (usually port 465).")
        return self.tr("None: nothing is encrypted; only for a mail server inside your office.")

    def _update_security_notes(self) -> None:
        """Without encryption the warning shows; with a user name too it says the password would
        travel unprotected, and the consent box appears beside it."""
        plain = self.security.currentData() == "none"
        with_password = plain and bool(self.username.text().strip())
        if with_password:
            text = self.tr("Without encryption your password would travel unprotected: anyone on the way could read "
                           "it, and your clients' files too. Use it only with a mail server inside your office; "
                           "ClientVault sends the password this way only if you tick the box below.")
        else:
            text = self.tr("Without encryption your clients' files travel readable by anyone on the way. "
                           "Use it only with a mail server inside your office.")
        self.security_warning.setText(text)
        self.security_warning.setVisible(plain)
        self.security_note.setText(self._security_line(str(self.security.currentData())))
        self.security_note.setVisible(not plain)  # without encryption the warning above says it all
        self.plain_password.setVisible(with_password)

    def _on_security_changed(self) -> None:
        security = str(self.security.currentData())
        self._update_security_notes()
        if self.port.value() in DEFAULT_PORTS.values():  # a usual port follows the security; a custom one stays
            self.port.setValue(DEFAULT_PORTS[security])

    def _on_test_button_clicked(self) -> None:
        problem = self.problem() or (self.tr("Fill in the server and your e-mail address first.")
                                     if not self.settings().host else "")
        if problem:
            self._show(problem, ERROR_STYLE)
            return
        s = self.settings()
        password = self.password.text() or self.mail.load_password(s)
        if s.username and not password and not self.mail.refuses_plain_password(s):  # that refusal says more
            self._show(self.tr("Type the password first."), ERROR_STYLE)
            return
        self.test_button.setEnabled(False)
        self._show(self.tr("Sending a test e-mail to %1…").replace("%1", s.sender_address), "")
        self.test_task = run_task(lambda task: self.mail.send_test(s, password, cancelled=lambda: task.cancelled),
                                  self._on_test_done, self._on_test_failed)

    def _on_test_done(self, _result: object) -> None:
        self.test_task = None
        self.test_button.setEnabled(True)
        self._show(self.tr("It works: a test e-mail was sent to %1.").replace("%1", self.settings().sender_address), OK_STYLE)

    def _on_test_failed(self, exc: Exception) -> None:
        self.test_task = None
        self.test_button.setEnabled(True)
        if isinstance(exc, MailError):
            text = exc.message + (("\n" + self.tr("Server reply: %1").replace("%1", exc.detail)) if exc.detail else "")
        else:
            text = self.tr("The test could not run because of an unexpected problem.")
        self._show(text, ERROR_STYLE)
