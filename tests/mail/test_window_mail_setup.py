"""Setting up and sending e-mail as a new user meets it, in the REAL main window (pytest-qt) against
the loopback SMTP server: the provider list and the app password it needs, the security choices in
plain words, the "not set up" message in front of Settings, a failure said once, attachment names
that are not cut, and hidden copies (BCC)."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mail_helpers import Server
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_window_mail import TIMEOUT_MS, close_all, compose, mail_window

from clientvault.ui import i18n

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                                        r"This plugin does not support raise\(\)")]

LONG_NAMES = ["Resolución de facturación DIAN 18764 - Comercializadora Andina 2024.pdf",
              "Estados financieros certificados a diciembre 31 de 2024.pdf"]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, smtp_server: Server, make_file) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The mail window of test_window_mail, its two files long-named."""
    yield from mail_window(qtbot, tmp_path, smtp_server, [make_file(name) for name in LONG_NAMES])


@pytest.fixture
def bare_window(qtbot: QtBot, tmp_path: Path, make_file) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The main window with a selected file and no mail settings at all (a new user)."""
    from clientvault.app import create_main_window

    win = create_main_window(tmp_path / "bare")
    qtbot.addWidget(win)
    company = win.vault.add_company("Panadería La Espiga S.A.S.")
    win.vault.import_files(company.id, [make_file("RUT 2024.pdf")])
    win.events.flush()
    win.select_company(company.id)
    qtbot.waitUntil(lambda: win.document_model.rowCount() == 1)
    win.table.selectAll()
    yield win
    close_all(win)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")


def _choose(page: Any, key: str) -> None:
    """What a click on a provider in the list does."""
    page.preset.setCurrentIndex(page.preset.findData(key))
    page.preset.activated.emit(page.preset.currentIndex())


# -- the settings page -------------------------------------------------------------------------------


def test_the_provider_list_starts_with_the_common_providers(bare_window: Any) -> None:
    bare_window.action_settings.trigger()
    page = bare_window.settings_dialog.mail_page
    names = [page.preset.itemText(i) for i in range(page.preset.count())]
    assert names == ["Gmail", "Outlook / Office 365", "Yahoo", "Other (fill in by hand)"]
    # Nothing set up yet: the list asks, rather than showing «Other» or a provider nobody chose.
    assert page.preset.currentIndex() == -1 and page.preset.placeholderText() == "Choose your e-mail provider"


def test_choosing_gmail_or_outlook_says_an_app_password_is_needed_and_where(bare_window: Any, qtbot: QtBot) -> None:
    bare_window.action_settings.trigger()
    page = bare_window.settings_dialog.mail_page
    note = page.provider_note
    assert note.isHidden()
    _choose(page, "gmail")
    assert (page.host.text(), page.port.value(), page.security.currentData()) == ("smtp.gmail.com", 587, "starttls")
    assert not note.isHidden() and note.openExternalLinks()
    assert "app password" in note.text() and "2-Step Verification" in note.text()
    assert '<a href="https://myaccount.google.com/apppasswords">' in note.text()
    assert "myaccount.google.com/\u2060apppasswords</a>" in note.text()  # shown unbroken at its "/"
    assert page.password.placeholderText() == "The app password, not your usual one"
    _choose(page, "outlook")
    assert page.host.text() == "smtp.office365.com" and "Outlook and Microsoft 365 need an app password" in note.text()
    assert '<a href="https://account.microsoft.com/security">' in note.text()
    assert "Advanced security options" in note.text()
    _choose(page, "")  # Other: a hand-written server
    page.host.setText("mail.contadores.example")
    assert note.isHidden() and page.preset.currentData() == ""
    page.host.setText("smtp.gmail.com")  # typed by hand: the list and the note follow the server
    assert page.preset.currentText() == "Gmail" and "myaccount.google.com/apppasswords" in note.text()


def test_a_saved_gmail_account_opens_on_gmail_with_its_note(bare_window: Any) -> None:
    from clientvault.core.values import SmtpSettings

    bare_window.vault.mail.save_settings(SmtpSettings(sender_address="yo@gmail.com", host="smtp.gmail.com"))
    bare_window.action_settings.trigger()
    page = bare_window.settings_dialog.mail_page
    assert page.preset.currentText() == "Gmail" and not page.provider_note.isHidden()


def test_starttls_and_ssl_are_explained_in_one_line_each(bare_window: Any) -> None:
    bare_window.action_settings.trigger()
    page = bare_window.settings_dialog.mail_page
    lines = {}
    for key in ("starttls", "ssl"):
        page.security.setCurrentIndex(page.security.findData(key))
        assert not page.security_note.isHidden()
        lines[key] = page.security_note.text()
        assert lines[key].count(".") == 1 and "\n" not in lines[key]  # one sentence
        assert page.security.itemData(page.security.currentIndex(), 3) == lines[key]  # the item's tooltip says it too
    assert lines["starttls"].startswith("STARTTLS: the connection starts plain and is encrypted before your password")
    assert lines["ssl"].startswith("SSL/TLS: the connection is encrypted from the very first moment")
    page.security.setCurrentIndex(page.security.findData("none"))
    assert page.security_note.isHidden() and not page.security_warning.isHidden()  # the warning speaks instead


def test_the_notes_take_the_height_their_words_need(bare_window: Any, qtbot: QtBot) -> None:
    """Not a band of empty space around each note (a wrapped label's size hint is its height at
    another width, and the form in its scroll area gave them that)."""
    from PySide6.QtWidgets import QLabel

    bare_window.action_settings.trigger()
    dialog = bare_window.settings_dialog
    qtbot.waitExposed(dialog)
    page = dialog.mail_page
    dialog.tabs.setCurrentWidget(page)
    _choose(page, "gmail")
    qtbot.waitUntil(lambda: page.provider_note.height() == page.provider_note.heightForWidth(page.provider_note.width()))
    [placeholders] = [label for label in page.findChildren(QLabel) if label.text().startswith("{company} becomes")]
    for note in (page.provider_note, page.security_note, placeholders):
        assert note.isVisible() and note.height() == note.heightForWidth(note.width()), note.text()[:40]
    assert dialog.frameGeometry().height() <= dialog.screen().availableGeometry().height()


def test_the_settings_page_in_spanish(bare_window: Any, spanish: None) -> None:
    bare_window.action_settings.trigger()
    page = bare_window.settings_dialog.mail_page
    assert page.preset.itemText(page.preset.count() - 1) == "Otro (llenar a mano)"
    assert page.preset.placeholderText() == "Elija su proveedor de correo"
    _choose(page, "gmail")
    assert "contraseña de aplicación" in page.provider_note.text() and "verificación en dos pasos" in page.provider_note.text()
    assert "myaccount.google.com/apppasswords" in page.provider_note.text()
    assert page.security_note.text().startswith("STARTTLS: la conexión empieza sin cifrar")


# -- not set up ---------------------------------------------------------------------------------------


def test_the_not_set_up_message_opens_in_front_of_settings(bare_window: Any) -> None:
    bare_window.action_send_email.trigger()
    settings = bare_window.settings_dialog
    assert settings is not None and settings.isVisible() and settings.tabs.currentWidget() is settings.mail_page
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert "not set up yet" in box.text()
    assert QApplication.activeModalWidget() is box  # the one in front, the one that takes the click
    assert box.parentWidget() is settings  # over Settings, not over the window behind it
    assert bare_window.mail.not_configured_box is box and bare_window.mail.dialog is None


# -- sending -------------------------------------------------------------------------------------------


def test_a_send_failure_is_shown_once(window: Any, qtbot: QtBot, smtp_server: Server,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    for method in ("open", "exec", "show"):
        original = getattr(QMessageBox, method)

        def counting(self: QMessageBox, *args: Any, _original: Any = original) -> Any:
            shown.append(self.text())
            return _original(self, *args)

        monkeypatch.setattr(QMessageBox, method, counting)
    smtp_server.handler.refuse.add("nadie@andina.example")  # the real server refuses the recipient
    dialog = compose(window)
    dialog.to_edit.setText("nadie@andina.example")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.mail.failure_box is not None and window.mail.failure_box.isVisible(), timeout=TIMEOUT_MS)
    qtbot.wait(200)  # anything else that would pop up has had its chance
    assert len(shown) == 1 and "refused the recipient nadie@andina.example" in shown[0]
    assert not dialog.failure_label.isVisible()  # not a second time in the form
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes == [window.mail.failure_box] and boxes[0].parentWidget() is dialog
    assert "Mailbox unavailable" in boxes[0].detailedText() and "550" not in boxes[0].text()
    assert dialog.isVisible() and dialog.to_edit.text() == "nadie@andina.example" and dialog.send_button.isEnabled()


def test_attachment_names_are_not_cut_by_the_size_column(window: Any, qtbot: QtBot) -> None:
    dialog = compose(window)
    qtbot.waitExposed(dialog)
    view = dialog.attachment_list
    header = view.header()
    room = view.viewport().width()
    assert header.sectionSize(0) + header.sectionSize(1) <= room + 1
    assert header.sectionSize(1) < room / 4  # "38 bytes" needs little; it took half the width
    metrics = view.fontMetrics()
    items = [view.topLevelItem(row) for row in range(view.topLevelItemCount())]
    assert sorted(item.text(0) for item in items) == sorted(LONG_NAMES)
    margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin)
    for item in items:
        assert item.toolTip(0) == item.text(0)
        assert metrics.horizontalAdvance(item.text(0)) + margin < header.sectionSize(0), item.text(0)


def test_bcc_is_checked_sent_to_its_recipients_hidden_from_the_others(window: Any, qtbot: QtBot,
                                                                      smtp_server: Server) -> None:
    dialog = compose(window)
    assert dialog.bcc_edit.isVisible() and dialog.bcc_edit.placeholderText().startswith("Optional")
    dialog.bcc_edit.setText("revisor@andina")
    assert not dialog.send_button.isEnabled() and "(BCC)" in dialog.problem_label.text()
    dialog.bcc_edit.setText("revisor@andina.example")
    assert dialog.send_button.isEnabled()
    dialog.cc_edit.setText("socio@andina.example")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.mail.dialog is None, timeout=TIMEOUT_MS)
    [envelope] = smtp_server.handler.messages
    assert sorted(envelope.rcpt_tos) == ["contabilidad@andina.example", "revisor@andina.example", "socio@andina.example"]
    msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert msg["Bcc"] is None and b"revisor@" not in envelope.original_content
    [record] = window.vault.mail.history()
    assert record.bcc_addrs == "revisor@andina.example"
    window.mail.action_history.trigger()
    assert "BCC: revisor@andina.example" in window.mail.history_dialog.details.toPlainText()


def test_the_compose_form_in_spanish_names_the_hidden_copies_cco(window: Any, spanish: None) -> None:
    dialog = compose(window)
    form_labels = [w.text() for w in dialog.findChildren(type(dialog.total_label)) if w.text().endswith(":")]
    assert "CCO:" in form_labels
    dialog.bcc_edit.setText("revisor@andina")
    assert "(CCO)" in dialog.problem_label.text()
