"""The e-mail feature in the REAL main window (pytest-qt), sending to the loopback SMTP server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mail_helpers import PASSWORD, Server, trickle
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clientvault.core.mail import SmtpSettings

TIMEOUT_MS = 15000
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)",
                                        r"This plugin does not support raise\(\)")]


def close_all(win: Any) -> None:
    """The window, every other window still open (a message box, a form), and its vault."""
    for top in QApplication.topLevelWidgets():
        if top is not win and top.isVisible():
            top.close()
    win.close()
    win.vault.close()


def mail_window(qtbot: QtBot, tmp_path: Path, smtp_server: Server, files: list[Path]) -> Iterator[Any]:
    """The main window over a vault with one company (with an e-mail) holding ``files`` (two), both
    selected, and mail settings pointing at the loopback server (password in the in-memory keyring)."""
    from clientvault.app import create_main_window

    win = create_main_window(tmp_path / "vault")
    qtbot.addWidget(win)
    company = win.vault.add_company("Comercializadora Andina S.A.S.", email="contabilidad@andina.example")
    win.vault.import_files(company.id, files)
    win.vault.mail.save_settings(smtp_server.settings)
    win.vault.mail.store_password(smtp_server.settings, PASSWORD)
    win.events.flush()
    win.select_company(company.id)
    qtbot.waitUntil(lambda: win.document_model.rowCount() == 2)
    win.table.selectAll()
    yield win
    if win.mail.task is not None:
        win.mail.task.cancel()
        qtbot.waitUntil(lambda: win.mail.task is None, timeout=TIMEOUT_MS)
    close_all(win)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, smtp_server: Server, make_file) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    yield from mail_window(qtbot, tmp_path, smtp_server,
                           [make_file("Resolución de facturación.pdf"), make_file("RUT 2024.pdf")])


def compose(window: Any) -> Any:
    window.action_send_email.trigger()
    dialog = window.mail.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_to_is_prefilled_and_a_bad_address_disables_send(window: Any, qtbot: QtBot) -> None:
    dialog = compose(window)
    assert dialog.to_edit.text() == "contabilidad@andina.example"
    assert "Comercializadora Andina S.A.S." in dialog.subject_edit.text()
    assert "RUT 2024.pdf" in dialog.body_edit.toPlainText()
    assert dialog.attachment_list.topLevelItemCount() == 2 and dialog.send_button.isEnabled()
    dialog.to_edit.clear()
    qtbot.keyClicks(dialog.to_edit, "cliente@andina")
    assert not dialog.send_button.isEnabled() and "not a valid e-mail address" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.to_edit, ".example; otro@x.co")
    assert dialog.send_button.isEnabled() and not dialog.problem_label.isVisible()


def test_removing_an_attachment_and_the_size_limit(window: Any, qtbot: QtBot) -> None:
    dialog = compose(window)
    dialog.attachment_list.setCurrentItem(dialog.attachment_list.topLevelItem(0), 0,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
    dialog.remove_button.click()
    assert dialog.attachment_list.topLevelItemCount() == 1 and dialog.total_label.text().startswith("1 file")
    dialog.limit_mb = 0
    dialog.validate()
    assert not dialog.send_button.isEnabled() and "over the 0 MB limit" in dialog.problem_label.text()


def test_the_message_arrives_and_is_in_the_history(window: Any, qtbot: QtBot, smtp_server: Server) -> None:
    dialog = compose(window)
    dialog.cc_edit.setText("socio@andina.example")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: window.mail.dialog is None, timeout=TIMEOUT_MS)
    [envelope] = smtp_server.handler.messages
    assert sorted(envelope.rcpt_tos) == ["contabilidad@andina.example", "socio@andina.example"]
    assert "contabilidad@andina.example" in window.statusBar().currentMessage()
    window.mail.action_history.trigger()
    history = window.mail.history_dialog
    assert history.table.rowCount() == 1 and history.table.item(0, history.COL_RESULT).text() == "Sent"
    assert "RUT 2024.pdf" in history.table.item(0, history.COL_FILES).text()


def test_a_failed_send_keeps_the_dialog_and_its_content(window: Any, qtbot: QtBot, smtp_server: Server) -> None:
    window.vault.mail.store_password(smtp_server.settings, "equivocada")
    dialog = compose(window)
    dialog.to_edit.setText("cliente@andina.example")
    dialog.subject_edit.setText("Estados financieros – 2024")
    dialog.body_edit.setPlainText("Texto escrito con cuidado.\nNo debe perderse.")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: failure_shown(window), timeout=TIMEOUT_MS)
    assert window.mail.dialog is dialog and dialog.isVisible() and dialog.send_button.isEnabled()
    assert (dialog.to_edit.text(), dialog.subject_edit.text(), dialog.body_edit.toPlainText()) == (
        "cliente@andina.example", "Estados financieros – 2024", "Texto escrito con cuidado.\nNo debe perderse.")
    assert dialog.attachment_list.topLevelItemCount() == 2
    box = window.mail.failure_box
    assert box is not None and "refused the user name or password" in box.text() and "535" not in box.text()
    [row] = window.vault.mail.history()
    assert not row.success and smtp_server.handler.messages == []


def failure_shown(window: Any) -> bool:
    """A failed send is said once, in a message over the form."""
    return window.mail.failure_box is not None and window.mail.failure_box.isVisible()


def test_without_a_stored_password_it_is_asked_for(window: Any, qtbot: QtBot, smtp_server: Server, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    memory_keyring.store.clear()
    dialog = compose(window)
    dialog.send_button.click()
    ask = window.mail.password_dialog
    assert ask is not None and ask.isVisible() and "No password is saved" in ask.labelText()
    ask.setTextValue(PASSWORD)
    ask.accept()
    qtbot.waitUntil(lambda: window.mail.dialog is None, timeout=TIMEOUT_MS)
    assert len(smtp_server.handler.messages) == 1


def test_settings_page_saves_and_tests(window: Any, qtbot: QtBot, smtp_server: Server, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    window.action_settings.trigger()
    page = window.settings_dialog.mail_page
    assert page.host.text() == "127.0.0.1"
    page.preset.setCurrentIndex(page.preset.findData("gmail"))
    page.preset.activated.emit(page.preset.currentIndex())
    assert (page.host.text(), page.port.value(), page.security.currentData()) == ("smtp.gmail.com", 587, "starttls")
    page.security.setCurrentIndex(page.security.findData("none"))
    assert not page.security_warning.isHidden() and page.port.value() == 25
    page.host.setText("127.0.0.1")
    page.port.setValue(smtp_server.port)
    page.security.setCurrentIndex(page.security.findData("starttls"))
    page.port.setValue(smtp_server.port)
    page.password.setText("nueva-clave")
    page.sender_address.setText("no es correo")
    assert page.save() and "not a valid e-mail address" in page.status.text()
    page.sender_address.setText(smtp_server.settings.sender_address)
    assert page.save() == ""
    assert window.vault.mail.settings().port == smtp_server.port
    assert window.vault.mail.load_password(smtp_server.settings) == "nueva-clave"
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_task is None, timeout=TIMEOUT_MS)
    assert "refused the user name or password" in page.status.text()
    page.password.setText(PASSWORD)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_task is None, timeout=TIMEOUT_MS)
    assert "It works" in page.status.text() and len(smtp_server.handler.messages) == 1


def _point_at(window: Any, settings: SmtpSettings, **changes: Any) -> None:
    window.vault.mail.save_settings(SmtpSettings(**{**settings.__dict__, **changes}))


def test_a_trickling_server_fails_at_the_deadline_in_the_window(window: Any, qtbot: QtBot, smtp_server: Server,
                                                                scripted: Any) -> None:
    server = scripted(trickle("lines"))
    _point_at(window, smtp_server.settings, port=server.port, timeout=2)  # the saved password follows (user@host)
    dialog = compose(window)
    start = time.monotonic()
    dialog.send_button.click()
    qtbot.waitUntil(lambda: failure_shown(window), timeout=6000)
    assert time.monotonic() - start < 2 + 2
    assert "did not answer in time" in window.mail.failure_box.text() and dialog.send_button.isEnabled()
    [row] = window.vault.mail.history()
    assert not row.success and "did not answer in time" in row.error


def test_cancel_while_the_server_trickles(window: Any, qtbot: QtBot, smtp_server: Server, scripted: Any) -> None:
    server = scripted(trickle("lines"))
    _point_at(window, smtp_server.settings, port=server.port, timeout=30)
    dialog = compose(window)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: bool(server.connections), timeout=3000)  # the send is waiting on the trickle
    qtbot.wait(300)
    start = time.monotonic()
    window.mail.progress.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: dialog.failure_label.isVisible(), timeout=3000)
    assert time.monotonic() - start < 2 and "cancelled" in dialog.failure_label.text()
    assert window.mail.failure_box is None  # a cancel is no failure to pop up
    [row] = window.vault.mail.history()
    assert not row.success and "Sending cancelled" in row.error


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_a_password_in_clear_is_refused_without_asking_for_it(window: Any, qtbot: QtBot, plain_server: Any,
                                                              memory_keyring: Any) -> None:
    server = plain_server()
    window.vault.mail.save_settings(server.settings)
    memory_keyring.store.clear()
    dialog = compose(window)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: failure_shown(window), timeout=TIMEOUT_MS)
    assert window.mail.password_dialog is None  # no use asking for a password that would be refused
    assert "would travel unencrypted" in window.mail.failure_box.text()
    assert server.handler.connections == 0 and server.handler.received == bytearray()
    [row] = window.vault.mail.history()
    assert not row.success and "would travel unencrypted" in row.error


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_settings_page_warns_and_asks_consent_for_a_password_in_clear(window: Any, qtbot: QtBot,
                                                                      plain_server: Any) -> None:
    server = plain_server()
    window.action_settings.trigger()
    page = window.settings_dialog.mail_page
    assert page.security_warning.isHidden() and page.plain_password.isHidden()  # STARTTLS: nothing to warn about
    page.security.setCurrentIndex(page.security.findData("none"))
    assert not page.security_warning.isHidden() and not page.plain_password.isHidden()
    assert "password would travel unprotected" in page.security_warning.text()
    assert not page.plain_password.isChecked()
    assert page.plain_password.text() == "Send the password unencrypted (not recommended)"
    page.username.clear()  # no user name, no password to protect: the warning is about the files only
    assert not page.security_warning.isHidden() and page.plain_password.isHidden()
    assert "password" not in page.security_warning.text() and "files travel readable" in page.security_warning.text()
    page.username.setText(server.settings.username)
    assert not page.plain_password.isHidden()
    page.port.setValue(server.port)
    page.test_button.click()  # without consent the test is refused before connecting, in words
    qtbot.waitUntil(lambda: page.test_task is None, timeout=TIMEOUT_MS)
    assert "would travel unencrypted" in page.status.text() and server.handler.connections == 0
    page.plain_password.setChecked(True)
    page.password.setText(PASSWORD)
    assert page.save() == ""
    assert window.vault.mail.settings().allow_plain_password is True
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_task is None, timeout=TIMEOUT_MS)
    assert "It works" in page.status.text() and len(server.handler.messages) == 1
    page.security.setCurrentIndex(page.security.findData("starttls"))
    assert page.security_warning.isHidden() and page.plain_password.isHidden()
    assert page.save() == "" and window.vault.mail.settings().allow_plain_password is False


def test_settings_page_in_spanish_names_the_unencrypted_password(window: Any, qtbot: QtBot, qapp: QApplication) -> None:
    from clientvault.ui import i18n

    app = qapp
    i18n.install(app, "es")
    try:
        window.action_settings.trigger()
        page = window.settings_dialog.mail_page
        page.security.setCurrentIndex(page.security.findData("none"))
        assert "contraseña viajaría desprotegida" in page.security_warning.text()
        assert page.plain_password.text() == "Enviar la contraseña sin cifrar (no recomendado)"
    finally:
        i18n.install(app, "en")
