"""Sending vault documents to a real SMTP server on 127.0.0.1 (STARTTLS + AUTH required), and every
failure provoked for real: each becomes its plain message and a history row."""

from __future__ import annotations

import email
import email.policy
import hashlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from mail_helpers import HOST, NAMES, PASSWORD, Server, assert_plain, draft, fail, last_record

from clientvault.core import mail_settings, outbox
from clientvault.core.catalog.models import Company, MailAttachment, MailRecord, Setting
from clientvault.core.mail import MailError, SmtpSettings
from clientvault.core.outbox import Draft
from clientvault.core.vault import Vault


def test_documents_arrive_intact_with_accented_names(vault: Vault, company: Company, docs: list[int],
                                                       smtp_server: Server) -> None:
    rec = vault.mail.send_documents(smtp_server.settings, PASSWORD,
                                    draft(docs, cc='"Pérez, Ana" <ana@andina.example>; socio@andina.example'))
    assert rec.success and rec.error == ""
    [envelope] = smtp_server.handler.messages
    assert sorted(envelope.rcpt_tos) == ["ana@andina.example", "cliente@andina.example", "socio@andina.example"]
    msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert msg["Subject"] == "Documentos de Andina – marzo"
    assert "Contadora Pérez" in str(msg["From"])
    assert msg["Cc"].addresses[0].display_name == "Pérez, Ana"
    assert "Buenos días" in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    received = {part.get_filename(): hashlib.sha256(part.get_payload(decode=True)).hexdigest()
                for part in msg.iter_attachments()}
    stored = {vault.document(i).filename: hashlib.sha256(vault.document_path(vault.document(i)).read_bytes()).hexdigest()
              for i in docs}
    assert received == stored and set(received) == set(NAMES)
    assert "filename*" in envelope.original_content.decode("ascii")  # RFC 2231, not a raw UTF-8 header
    row = last_record(vault)
    assert row.company_id == company.id and row.company_name == company.name
    assert [f.filename for f in row.files] == NAMES and [f.document_id for f in row.files] == docs


def test_wrong_password_is_refused_in_plain_words(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    err = fail(vault, smtp_server.settings, draft(docs), password="equivocada")
    assert err.kind == "auth" and "refused the user name or password" in err.message
    assert_plain(err.message)
    row = last_record(vault)
    assert not row.success and "refused the user name or password" in row.error
    assert smtp_server.handler.messages == []


def test_refused_recipient(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    smtp_server.handler.refuse.add("nadie@andina.example")
    err = fail(vault, smtp_server.settings, draft(docs, to="nadie@andina.example"))
    assert err.kind == "recipient" and "nadie@andina.example" in err.message and "Mailbox unavailable" in err.detail
    assert_plain(err.message)
    assert not last_record(vault).success and "nadie@andina.example" in last_record(vault).error


def test_recipient_refused_while_others_receive_it(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    smtp_server.handler.refuse.add("nadie@andina.example")
    err = fail(vault, smtp_server.settings, draft(docs, to="cliente@andina.example, nadie@andina.example"))
    assert err.kind == "recipient" and "other recipients did get" in err.message
    assert len(smtp_server.handler.messages) == 1


def test_552_on_data_says_too_large(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    smtp_server.handler.data_reply = "552 5.3.4 Message size exceeds fixed maximum message size"
    err = fail(vault, smtp_server.settings, draft(docs))
    assert err.kind == "too_large" and "too large" in err.message
    assert_plain(err.message)
    assert "size exceeds" in last_record(vault).error and not last_record(vault).success


def test_a_server_that_never_answers_times_out(vault: Vault, docs: list[int], silent_port: int) -> None:
    settings = SmtpSettings(sender_address="yo@andina.example", host=HOST, port=silent_port, timeout=1)
    err = fail(vault, settings, draft(docs))
    assert err.kind == "timeout" and "did not answer in time (1 second in all)" in err.message
    assert not last_record(vault).success and "did not answer in time" in last_record(vault).error


def test_untrusted_certificate(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    settings = SmtpSettings(**{**smtp_server.settings.__dict__, "ca_file": ""})  # the system's authorities only
    err = fail(vault, settings, draft(docs))
    assert err.kind == "certificate" and "cannot be trusted" in err.message
    assert_plain(err.message)
    assert not last_record(vault).success and smtp_server.handler.messages == []


def test_ssl_against_a_starttls_port_is_a_tls_failure(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    settings = SmtpSettings(**{**smtp_server.settings.__dict__, "security": "ssl"})
    err = fail(vault, settings, draft(docs))
    assert err.kind == "tls" and "secure connection" in err.message


def test_connection_refused(vault: Vault, docs: list[int]) -> None:
    with socket.socket() as s:  # a port certainly closed: bound but not listening
        s.bind((HOST, 0))
        settings = SmtpSettings(sender_address="yo@andina.example", host=HOST, port=s.getsockname()[1], timeout=2)
        err = fail(vault, settings, draft(docs))
    assert err.kind == "refused" and "refused the connection" in err.message


def test_host_not_found(vault: Vault, docs: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    # The resolver is replaced so that no DNS query leaves the machine; the error is the one it raises.
    def no_such_host(*_args: object, **_kw: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    settings = SmtpSettings(sender_address="yo@andina.example", host="smtp.no-existe.invalid", port=587, timeout=2)
    err = fail(vault, settings, draft(docs))
    assert err.kind == "host" and "smtp.no-existe.invalid" in err.message and "was not found" in err.message


@pytest.fixture
def hanging_up_port() -> Iterator[int]:
    """Greets like a mail server, then hangs up at the first command."""
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(1)

    def serve() -> None:
        conn, _ = listener.accept()
        conn.sendall(b"220 hola\r\n")
        conn.recv(1024)
        conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()


def test_server_closing_the_connection(vault: Vault, docs: list[int], hanging_up_port: int) -> None:
    settings = SmtpSettings(sender_address="yo@andina.example", host=HOST, port=hanging_up_port, timeout=5)
    err = fail(vault, settings, draft(docs))
    assert err.kind == "closed" and "closed the connection" in err.message


def test_cancel_before_sending_sends_nothing_and_is_recorded(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    with pytest.raises(MailError) as caught:
        outbox.send_documents(vault, smtp_server.settings, PASSWORD, draft(docs), cancelled=lambda: True)
    assert caught.value.kind == "cancelled"
    assert smtp_server.handler.messages == [] and not last_record(vault).success


def test_size_limit_is_checked_before_connecting(vault: Vault, company: Company, make_file, silent_port: int) -> None:  # type: ignore[no-untyped-def]
    big = vault.import_files(company.id, [make_file("Balance.pdf", size=2 * 1024 * 1024 + 10)]).results[0].document
    assert big is not None
    settings = SmtpSettings(sender_address="yo@andina.example", host=HOST, port=silent_port, size_limit_mb=2, timeout=30)
    err = fail(vault, settings, draft([big.id]))  # would hang 30 s if it connected
    assert err.kind == "too_large_local" and "limit is 2 MB" in err.message


@pytest.mark.parametrize("field", ["to", "cc", "subject"])
def test_line_breaks_in_headers_are_refused(vault: Vault, docs: list[int], smtp_server: Server, field: str) -> None:
    values = {"to": "cliente@andina.example", "cc": "", "subject": "Hola"}
    values[field] += "\r\nBcc: espia@otro.example"
    err = fail(vault, smtp_server.settings, Draft(values["to"], values["cc"], values["subject"], "x", docs))
    assert err.kind == "invalid" and "line breaks" in err.message
    assert smtp_server.handler.messages == []


def test_test_message_checks_the_settings(smtp_server: Server) -> None:
    outbox.send_test(smtp_server.settings, PASSWORD)
    [envelope] = smtp_server.handler.messages
    assert envelope.rcpt_tos == [smtp_server.settings.sender_address]
    with pytest.raises(MailError) as caught:
        outbox.send_test(smtp_server.settings, "mala")
    assert caught.value.kind == "auth"


def test_history_per_document_and_per_company(vault: Vault, company: Company, docs: list[int], smtp_server: Server) -> None:
    other = vault.add_company("Pérez Gómez María")
    vault.mail.send_documents(smtp_server.settings, PASSWORD, draft(docs[:1], subject="solo la resolución"))
    vault.mail.send_documents(smtp_server.settings, PASSWORD, draft(docs, subject="las dos"))
    assert [r.subject for r in vault.mail.history(document_id=docs[0])] == ["las dos", "solo la resolución"]
    assert [r.subject for r in vault.mail.history(document_id=docs[1])] == ["las dos"]
    assert len(vault.mail.history(company_id=company.id)) == 2 and vault.mail.history(company_id=other.id) == []


def test_history_outlives_a_purged_document(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    outbox.send_documents(vault, smtp_server.settings, PASSWORD, draft(docs))
    vault.delete(docs)
    vault.purge(doc_ids=docs)
    row = last_record(vault)
    assert [f.filename for f in row.files] == NAMES and all(f.document_id is None for f in row.files)


def test_settings_in_the_database_password_only_in_the_keyring(vault: Vault, smtp_server: Server, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    vault.mail.save_settings(smtp_server.settings)
    vault.mail.store_password(smtp_server.settings, PASSWORD)
    assert vault.mail.settings() == smtp_server.settings
    assert mail_settings.load_settings(vault.catalog) == smtp_server.settings
    assert vault.mail.load_password(smtp_server.settings) == PASSWORD
    assert list(memory_keyring.store.values()) == [PASSWORD]
    raw = Path(vault.db_path).read_bytes() + b"".join(p.read_bytes() for p in vault.root.glob("vault.db-*"))
    assert PASSWORD.encode() not in raw


def test_without_a_keyring_the_password_is_asked_for(vault: Vault, smtp_server: Server) -> None:
    import keyring
    from keyring.backends import fail as no_keyring

    keyring.set_keyring(no_keyring.Keyring())
    assert "ask for it each time" in mail_settings.keyring_problem()
    assert mail_settings.load_password(smtp_server.settings) is None
    with pytest.raises(MailError) as caught:
        mail_settings.store_password(smtp_server.settings, PASSWORD)
    assert caught.value.kind == "keyring"


def test_saving_settings_checks_the_sender_first(vault: Vault, smtp_server: Server) -> None:
    """A sender Send would refuse is refused when saving, and nothing is saved."""
    good = smtp_server.settings
    vault.mail.save_settings(good)
    for bad in (SmtpSettings(**{**good.__dict__, "sender_address": "no es un correo"}),
                SmtpSettings(**{**good.__dict__, "sender_name": "Ana\r\nBcc: espia@otro.example"})):
        with pytest.raises(MailError) as caught:
            vault.mail.save_settings(bad)
        assert caught.value.kind == "invalid"
        assert vault.mail.settings() == good


def test_template_is_kept_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    assert vault.mail.template() == mail_settings.default_template()
    template = mail_settings.MailTemplate("Docs de {company}", "Hola {sender}:\n{files}")
    vault.mail.save_template(template)
    assert vault.mail.template() == template
    assert mail_settings.load_template(vault.catalog) == template
    other = Vault(vault.root)  # another window on the same folder reads the same
    try:
        assert other.mail.template() == template
    finally:
        other.close()


def test_template_names_the_company_and_files() -> None:
    template = mail_settings.MailTemplate("Docs {company}: {files} {x}", "Para {company}\n{files}\n{sender}")
    subject, body = template.render("Andina S.A.S.", ["RUT.pdf", "Cámara.pdf"], "Ana")
    assert subject == "Docs Andina S.A.S.: RUT.pdf, Cámara.pdf {x}"
    assert body == "Para Andina S.A.S.\n- RUT.pdf\n- Cámara.pdf\nAna"


def test_new_tables_match_their_models(vault: Vault) -> None:
    for model in (Setting, MailRecord, MailAttachment):
        columns = {row[1] for row in vault.catalog.db.execute_sql(f'PRAGMA table_info("{model._meta.table_name}")').fetchall()}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, model
