"""One deadline per send, against real misbehaving servers on 127.0.0.1 (plain socket threads and
aiosmtpd), and a history row for every attempt, whatever stopped it: a timeout, the cancel button,
a server that is not available (421), a file that cannot be read, a surprise."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from mail_helpers import HOST, PASSWORD, ScriptedServer, Server, assert_plain, draft, fail, last_record, replies, trickle

from clientvault.core import mail, outbox
from clientvault.core.catalog.models import Company
from clientvault.core.mail import MailError, SmtpSettings
from clientvault.core.vault import Vault

Scripted = Callable[..., ScriptedServer]
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


def plain_settings(port: int, timeout: float) -> SmtpSettings:
    return SmtpSettings(sender_address="yo@andina.example", host=HOST, port=port, security="starttls", timeout=timeout)


@pytest.mark.parametrize("mode", ["lines", "bytes", "ehlo"])
def test_a_trickling_server_is_cut_at_the_deadline(vault: Vault, docs: list[int], scripted: Scripted, mode: str) -> None:
    """"220-" lines every 0.5 s, one byte a second, or an EHLO reply that never ends: each socket read
    succeeds, so only an overall deadline stops it."""
    server = scripted(trickle(mode))
    start = time.monotonic()
    err = fail(vault, plain_settings(server.port, timeout=2), draft(docs))
    elapsed = time.monotonic() - start
    assert elapsed < 2 + 2, elapsed
    assert err.kind == "timeout" and "did not answer in time (2 seconds in all)" in err.message
    assert "was not sent" in err.message and "Check your internet connection" in err.message
    assert_plain(err.message)
    row = last_record(vault)
    assert not row.success and "did not answer in time" in row.error and len(row.files) == 2


def test_cancel_while_a_server_trickles_stops_at_once(vault: Vault, docs: list[int], scripted: Scripted) -> None:
    """The cancel button is looked at while waiting, not only between steps: a 30 s timeout is not waited out."""
    server = scripted(trickle("lines"))
    start = time.monotonic()
    with pytest.raises(MailError) as caught:
        outbox.send_documents(vault, plain_settings(server.port, timeout=30), None, draft(docs),
                              cancelled=lambda: time.monotonic() - start > 0.5)
    assert time.monotonic() - start < 2
    assert caught.value.kind == "cancelled" and "nothing was sent" in caught.value.message
    row = last_record(vault)
    assert not row.success and "Sending cancelled" in row.error


def test_cancel_while_connecting_to_a_silent_server(vault: Vault, docs: list[int], silent_port: int) -> None:
    start = time.monotonic()
    with pytest.raises(MailError) as caught:
        outbox.send_documents(vault, plain_settings(silent_port, timeout=30), None, draft(docs),
                              cancelled=lambda: time.monotonic() - start > 0.5)
    assert caught.value.kind == "cancelled" and time.monotonic() - start < 2
    assert "Sending cancelled" in last_record(vault).error


def test_a_server_that_takes_the_message_and_never_confirms(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    """After the whole message went out, a timeout cannot say "not sent": it says it may have arrived."""
    smtp_server.handler.data_delay = 3
    settings = SmtpSettings(**{**smtp_server.settings.__dict__, "timeout": 1.5})
    start = time.monotonic()
    err = fail(vault, settings, draft(docs))
    assert time.monotonic() - start < 1.5 + 2
    assert err.kind == "unconfirmed" and "may or may not have arrived" in err.message
    assert "Ask the recipient before sending it again" in err.message
    assert "may or may not have arrived" in last_record(vault).error


def test_cancel_after_the_message_went_out_is_not_a_false_nothing_was_sent(vault: Vault, docs: list[int],
                                                                           smtp_server: Server) -> None:
    """Once the end of the message is on the wire the server may keep it: the cancel button no longer
    claims "nothing was sent"; the send finishes and is recorded as sent."""
    smtp_server.handler.data_delay = 0.8
    went_out: list[float] = []

    def cancelled() -> bool:  # pressed 0.2 s after the end of the message left
        return bool(went_out) and time.monotonic() > went_out[0] + 0.2

    real_send = mail._Smtp.send

    def send(self: mail._Smtp, s: object) -> None:
        real_send(self, s)
        if self.clock.committed and not went_out:
            went_out.append(time.monotonic())

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mail._Smtp, "send", send)
        record = outbox.send_documents(vault, smtp_server.settings, PASSWORD, draft(docs), cancelled=cancelled)
    assert went_out and record.success and len(smtp_server.handler.messages) == 1


def test_the_deadline_grows_while_a_large_message_is_handed_over(vault: Vault, company: Company, make_file,  # type: ignore[no-untyped-def]
                                                                  smtp_server: Server,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeout is for a silent server, not for the upload itself: handing over the message adds its
    size at MIN_UPLOAD_RATE (lowered here so that 300 KB count for 3 s)."""
    monkeypatch.setattr(mail, "MIN_UPLOAD_RATE", 100 * 1024)
    big = vault.import_files(company.id, [make_file("Balance 2024.pdf", size=300 * 1024)]).results[0].document
    assert big is not None
    smtp_server.handler.data_delay = 1.5  # the server "scans" the message longer than the 1 s timeout
    settings = SmtpSettings(**{**smtp_server.settings.__dict__, "timeout": 1})
    record = outbox.send_documents(vault, settings, PASSWORD, draft([big.id]))
    assert record.success and len(smtp_server.handler.messages) == 1


@pytest.mark.parametrize("script", [
    replies(b"421 4.3.2 Service not available, try again later\r\n"),
    replies(b"220 hola\r\n", b"421 4.3.2 Service not available, closing transmission channel\r\n"),
], ids=["greeting", "ehlo"])
def test_421_says_the_server_is_not_available(vault: Vault, docs: list[int], scripted: Scripted, script: object) -> None:
    """A 421 (at the greeting or to EHLO) was reported as "SMTP AUTH extension not supported ... check your
    internet connection". It is the server being unavailable; the code goes to the detail line only."""
    server = scripted(script)
    settings = SmtpSettings(sender_address="yo@andina.example", host=HOST, port=server.port, security="none",
                            username="yo@andina.example", allow_plain_password=True, timeout=5)
    err = fail(vault, settings, draft(docs), password="clave")
    assert err.kind == "unavailable"
    assert "is not available right now" in err.message and "Try again later" in err.message
    assert "421" not in err.message and "AUTH" not in err.message and "internet" not in err.message
    assert_plain(err.message)
    assert err.detail.startswith("421 4.3.2 Service not available")
    row = last_record(vault)
    assert not row.success and "is not available right now" in row.error and "421 4.3.2" in row.error


def test_the_new_messages_in_spanish(vault: Vault, docs: list[int], scripted: Scripted,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    busy = scripted(replies(b"421 4.3.2 Service not available\r\n"))
    err = fail(vault, plain_settings(busy.port, timeout=5), draft(docs))
    assert "El servidor de correo 127.0.0.1 no está disponible ahora" in err.message
    assert "Inténtelo más tarde" in err.message and "421" not in err.message
    slow = scripted(trickle("lines"))
    err = fail(vault, plain_settings(slow.port, timeout=1), draft(docs))
    assert "no respondió a tiempo (1 segundo en total)" in err.message and "no se envió el mensaje" in err.message
    assert "no respondió a tiempo" in last_record(vault).error


def test_a_server_that_offers_no_sign_in_says_so(vault: Vault, docs: list[int], plain_server: Callable[..., Server]) -> None:
    """A user name for a server that offers no AUTH on this connection was "could not talk to the server"."""
    server = plain_server(auth_over_plain=False)
    settings = SmtpSettings(**{**server.settings.__dict__, "allow_plain_password": True})
    err = fail(vault, settings, draft(docs))
    assert err.kind == "no_login" and "does not offer signing in" in err.message and "User name" in err.message
    assert_plain(err.message)
    assert b"AUTH" not in server.handler.received and PASSWORD.encode() not in server.handler.received
    assert "does not offer signing in" in last_record(vault).error


def test_an_attachment_that_cannot_be_read_is_named_and_recorded(vault: Vault, docs: list[int], silent_port: int) -> None:
    path = vault.document_path(vault.document(docs[1]))
    path.unlink()
    path.mkdir()  # still "there", but not a file anyone can read (root reads any file)
    try:
        err = fail(vault, plain_settings(silent_port, timeout=30), draft(docs))  # would wait 30 s if it connected
    finally:
        path.rmdir()
    assert err.kind == "file" and f"“{vault.document(docs[1]).filename}” could not be read" in err.message
    assert "nothing was sent" in err.message and "“File › Check files”" in err.message
    assert err.detail  # the system's words, on the detail line
    row = last_record(vault)
    assert not row.success and "could not be read" in row.error and len(row.files) == 2


def test_a_missing_attachment_file_is_recorded(vault: Vault, docs: list[int], silent_port: int) -> None:
    vault.document_path(vault.document(docs[0])).unlink()
    err = fail(vault, plain_settings(silent_port, timeout=30), draft(docs))
    assert err.kind == "file" and "could not be read" in err.message
    assert not last_record(vault).success and "could not be read" in last_record(vault).error


def test_a_document_removed_meanwhile_is_recorded(vault: Vault, docs: list[int], silent_port: int) -> None:
    err = fail(vault, plain_settings(silent_port, timeout=30), draft([*docs, 999_999]))
    assert err.kind == "file" and "999999" in err.message and "Nothing was sent" in err.message
    assert not last_record(vault).success and "999999" in last_record(vault).error


def test_a_surprise_is_recorded_in_words(vault: Vault, docs: list[int], smtp_server: Server,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(mail, "build_message", broken)
    err = fail(vault, smtp_server.settings, draft(docs))
    assert err.kind == "unexpected" and "unexpected problem" in err.message and err.detail == "a bug"
    assert "unexpected problem" in last_record(vault).error and smtp_server.handler.messages == []


def test_the_log_keeps_the_surprise(vault: Vault, docs: list[int], smtp_server: Server, monkeypatch: pytest.MonkeyPatch,
                                    caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(mail, "build_message", lambda *_a: (_ for _ in ()).throw(RuntimeError("a bug")))
    fail(vault, smtp_server.settings, draft(docs))
    assert any(r.exc_info and "a bug" in str(r.exc_info[1]) for r in caplog.records)
