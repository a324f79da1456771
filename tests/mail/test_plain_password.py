"""Security "none" with a user name: the password is never sent in clear unless the settings carry
the person's explicit consent. Checked on the wire: the aiosmtpd server here records every byte it
receives, and it offers AUTH over plain text, as an office relay that would take the password."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from mail_helpers import PASSWORD, USER, Server, assert_plain, draft, fail, last_record

from clientvault.core import mail_settings, outbox
from clientvault.core.mail import MailError, SmtpSettings, plain_password_refused
from clientvault.core.vault import Vault

PlainServer = Callable[..., Server]
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def secrets_on_the_wire(server: Server) -> list[bytes]:
    """The password in every form a client could send it (raw, AUTH PLAIN, AUTH LOGIN), if seen."""
    wire = bytes(server.handler.received)
    forms = [PASSWORD.encode(), base64.b64encode(PASSWORD.encode()),
             base64.b64encode(b"\0" + USER.encode() + b"\0" + PASSWORD.encode())]
    return [form for form in forms if form in wire]


def test_the_core_refuses_to_sign_in_in_clear(vault: Vault, docs: list[int], plain_server: PlainServer) -> None:
    server = plain_server()
    err = fail(vault, server.settings, draft(docs))
    assert err.kind == "plain_password"
    assert "would travel unencrypted" in err.message and "nothing was sent" in err.message
    assert "STARTTLS or SSL/TLS" in err.message and "Send the password unencrypted (not recommended)" in err.message
    assert_plain(err.message.replace("STARTTLS", ""))
    assert server.handler.connections == 0 and bytes(server.handler.received) == b""  # not even a connection
    assert secrets_on_the_wire(server) == [] and server.handler.messages == []
    row = last_record(vault)
    assert not row.success and "would travel unencrypted" in row.error and len(row.files) == 2


def test_the_test_message_is_refused_too(plain_server: PlainServer) -> None:
    server = plain_server()
    with pytest.raises(MailError) as caught:
        outbox.send_test(server.settings, PASSWORD)
    assert caught.value.kind == "plain_password" and server.handler.connections == 0


def test_with_consent_it_signs_in_and_sends(vault: Vault, docs: list[int], plain_server: PlainServer) -> None:
    server = plain_server()
    settings = SmtpSettings(**{**server.settings.__dict__, "allow_plain_password": True})
    record = outbox.send_documents(vault, settings, PASSWORD, draft(docs))
    assert record.success and len(server.handler.messages) == 1
    assert b"AUTH" in bytes(server.handler.received) and secrets_on_the_wire(server)  # it did travel in clear


def test_without_a_user_name_nothing_needs_consent(vault: Vault, docs: list[int], plain_server: PlainServer) -> None:
    server = plain_server(auth_over_plain=False)
    server.handler.refuse = set()
    settings = SmtpSettings(**{**server.settings.__dict__, "username": ""})
    assert not plain_password_refused(settings)
    with pytest.raises(MailError) as caught:  # this server wants a login: refused by it, not by us
        outbox.send_documents(vault, settings, None, draft(docs))
    assert caught.value.kind == "auth_required" and server.handler.connections == 1
    assert "asks you to sign in" in caught.value.message and "user name and password" in caught.value.message


def test_a_missing_password_is_refused_before_connecting_and_recorded(vault: Vault, docs: list[int],
                                                                     smtp_server: Server) -> None:
    err = fail(vault, smtp_server.settings, draft(docs), password=None)
    assert err.kind == "password" and f"no password for {USER}" in err.message and "nothing was sent" in err.message
    assert smtp_server.handler.messages == []
    assert "no password for" in last_record(vault).error


def test_the_consent_is_saved_and_belongs_to_the_plain_connection(vault: Vault, plain_server: PlainServer) -> None:
    server = plain_server()
    consenting = SmtpSettings(**{**server.settings.__dict__, "allow_plain_password": True})
    vault.mail.save_settings(consenting)
    assert vault.mail.settings().allow_plain_password is True
    assert mail_settings.load_settings(vault.catalog) == consenting
    vault.mail.save_settings(SmtpSettings(**{**consenting.__dict__, "security": "starttls"}))
    assert vault.mail.settings().allow_plain_password is False  # withdrawn with the plain connection
    vault.mail.save_settings(SmtpSettings(**{**consenting.__dict__, "allow_plain_password": False}))
    assert vault.mail.settings().allow_plain_password is False


def test_a_malformed_consent_is_no_consent(vault: Vault) -> None:
    vault.catalog.put_settings({"mail.allow_plain_password": "yes please", "mail.security": "none"})
    assert vault.mail.settings().allow_plain_password is False
