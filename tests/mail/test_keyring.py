"""The password's keyring entry is named by user and server only, so changing the port keeps it; an
entry saved under the old name (user@host:port) is found and moved, so saved passwords keep working."""

from __future__ import annotations

from mail_helpers import PASSWORD, USER, MemoryKeyring, Server, draft

from clientvault.core import mail_settings
from clientvault.core.mail import SmtpSettings
from clientvault.core.vault import Vault

SERVICE = mail_settings.KEYRING_SERVICE


def with_port(settings: SmtpSettings, port: int) -> SmtpSettings:
    return SmtpSettings(**{**settings.__dict__, "port": port})


def test_changing_only_the_port_keeps_the_password(vault: Vault, smtp_server: Server, memory_keyring: MemoryKeyring) -> None:
    vault.mail.save_settings(with_port(smtp_server.settings, 2525))
    vault.mail.store_password(vault.mail.settings(), PASSWORD)
    assert list(memory_keyring.store) == [(SERVICE, f"{USER}@127.0.0.1")]
    vault.mail.save_settings(smtp_server.settings)  # only the port changes
    assert vault.mail.load_password(vault.mail.settings()) == PASSWORD


def test_an_old_entry_for_the_current_port_is_moved_once(smtp_server: Server, memory_keyring: MemoryKeyring) -> None:
    old = (SERVICE, f"{USER}@127.0.0.1:{smtp_server.port}")
    memory_keyring.store[old] = PASSWORD
    assert mail_settings.load_password(smtp_server.settings) == PASSWORD
    assert memory_keyring.store == {(SERVICE, f"{USER}@127.0.0.1"): PASSWORD}  # moved, no stale copy
    assert mail_settings.load_password(with_port(smtp_server.settings, 2526)) == PASSWORD


def test_an_old_entry_under_the_port_saved_before_a_change(vault: Vault, smtp_server: Server,
                                                           memory_keyring: MemoryKeyring) -> None:
    """The person upgrades, then changes a custom port: the entry still carries the old port."""
    vault.mail.save_settings(with_port(smtp_server.settings, 2600))
    memory_keyring.store[(SERVICE, f"{USER}@127.0.0.1:2600")] = PASSWORD
    vault.mail.save_settings(with_port(smtp_server.settings, 2601))
    assert vault.mail.load_password(vault.mail.settings()) == PASSWORD
    assert list(memory_keyring.store) == [(SERVICE, f"{USER}@127.0.0.1")]


def test_an_old_entry_under_a_usual_port(smtp_server: Server, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[(SERVICE, f"{USER}@127.0.0.1:587")] = PASSWORD
    assert mail_settings.load_password(with_port(smtp_server.settings, 2700)) == PASSWORD


def test_another_user_or_server_does_not_get_the_password(smtp_server: Server, memory_keyring: MemoryKeyring) -> None:
    mail_settings.store_password(smtp_server.settings, PASSWORD)
    other_user = SmtpSettings(**{**smtp_server.settings.__dict__, "username": "otra@andina.example"})
    other_host = SmtpSettings(**{**smtp_server.settings.__dict__, "host": "smtp.andina.example"})
    assert mail_settings.load_password(other_user) is None and mail_settings.load_password(other_host) is None


def test_storing_replaces_an_old_entry_and_forgetting_removes_both(smtp_server: Server,
                                                                    memory_keyring: MemoryKeyring) -> None:
    mail_settings._adopted.add((memory_keyring, f"{USER}@127.0.0.1"))  # as if looked for before it appeared
    memory_keyring.store[(SERVICE, f"{USER}@127.0.0.1:{smtp_server.port}")] = "vieja"
    mail_settings.store_password(smtp_server.settings, PASSWORD)
    assert memory_keyring.store == {(SERVICE, f"{USER}@127.0.0.1"): PASSWORD}
    memory_keyring.store[(SERVICE, f"{USER}@127.0.0.1:{smtp_server.port}")] = "vieja"
    mail_settings.forget_password(smtp_server.settings)
    assert memory_keyring.store == {}


def test_the_moved_password_sends(vault: Vault, docs: list[int], smtp_server: Server, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[(SERVICE, f"{USER}@127.0.0.1:{smtp_server.port}")] = PASSWORD
    vault.mail.save_settings(smtp_server.settings)
    password = vault.mail.load_password(vault.mail.settings())
    assert vault.mail.send_documents(vault.mail.settings(), password, draft(docs)).success
