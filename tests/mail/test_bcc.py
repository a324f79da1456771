"""Hidden copies (BCC, «CCO»): the real loopback server gets them as envelope recipients, the
message itself names none of them, a bad address is refused like To and CC, and the history keeps
who got a hidden copy (schema 3.4; a 3.3 vault is migrated and its rows read as having none)."""

from __future__ import annotations

import email
import email.policy
import sqlite3
from pathlib import Path

import pytest
from mail_helpers import PASSWORD, Server, draft, fail, last_record

from clientvault.core.catalog import SchemaVersion
from clientvault.core.catalog.names import CURRENT
from clientvault.core.outbox import Draft
from clientvault.core.vault import Vault
from tests.core.test_db import build_with_steps


def test_bcc_recipients_get_the_message_and_no_header_names_them(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    rec = vault.mail.send_documents(smtp_server.settings, PASSWORD,
                                    Draft(**{**draft(docs, cc="socio@andina.example").__dict__,
                                             "bcc": '"Revisoría, Fiscal" <revisor@andina.example>; archivo@contadora.example'}))
    assert rec.success
    [envelope] = smtp_server.handler.messages
    assert sorted(envelope.rcpt_tos) == ["archivo@contadora.example", "cliente@andina.example", "revisor@andina.example",
                                         "socio@andina.example"]
    raw = envelope.original_content
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None and b"revisor@" not in raw and b"archivo@" not in raw  # nowhere in what the client sees
    assert [a.addr_spec for a in msg["To"].addresses] == ["cliente@andina.example"]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["socio@andina.example"]
    row = last_record(vault)
    assert row.bcc_addrs == '"Revisoría, Fiscal" <revisor@andina.example>; archivo@contadora.example'
    assert row.cc_addrs == "socio@andina.example"


def test_a_bcc_address_already_in_to_is_sent_once(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    vault.mail.send_documents(smtp_server.settings, PASSWORD, Draft(**{**draft(docs).__dict__, "bcc": "cliente@andina.example"}))
    [envelope] = smtp_server.handler.messages
    assert envelope.rcpt_tos == ["cliente@andina.example"]


def test_a_bad_bcc_address_is_refused_before_connecting(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    err = fail(vault, smtp_server.settings, Draft(**{**draft(docs).__dict__, "bcc": "revisor@andina"}))
    assert err.kind == "invalid" and "“revisor@andina” is not a valid e-mail address (BCC)" in err.message
    assert smtp_server.handler.messages == [] and not last_record(vault).success


def test_a_refused_bcc_recipient_is_named(vault: Vault, docs: list[int], smtp_server: Server) -> None:
    smtp_server.handler.refuse.add("nadie@andina.example")
    err = fail(vault, smtp_server.settings, Draft(**{**draft(docs).__dict__, "bcc": "nadie@andina.example"}))
    assert err.kind == "recipient" and "nadie@andina.example" in err.message
    assert len(smtp_server.handler.messages) == 1  # the visible recipient got it


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


def test_a_3_3_history_is_migrated_and_reads_without_hidden_recipients(vault_dir: Path) -> None:
    vault_dir.mkdir()
    db_path = vault_dir / "vault.db"
    build_with_steps(db_path, SchemaVersion(3, 3))
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO mail_record (sent_at, company_name, sender, to_addrs, cc_addrs, subject, success, error) "
                "VALUES ('2024-01-01 10:00:00', 'Andina', 'yo@x.co', 'cliente@andina.example', '', 'RUT', 1, '')")
    con.commit()
    con.close()
    vault = Vault(vault_dir)
    try:
        assert vault.catalog.version == CURRENT
        [row] = vault.mail.history()
        assert row.to_addrs == "cliente@andina.example" and row.bcc_addrs == ""
    finally:
        vault.close()
    # A 3.3 release, which knows no hidden recipients, still writes history rows: they get none.
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO mail_record (sent_at, company_name, sender, to_addrs, cc_addrs, subject, success, error) "
                "VALUES ('2024-01-02 10:00:00', 'Andina', 'yo@x.co', 'otro@andina.example', '', 'RUT', 1, '')")
    con.commit()
    assert con.execute("SELECT bcc_addrs FROM mail_record ORDER BY id").fetchall() == [("",), ("",)]
    con.close()


def test_the_command_line_sends_hidden_copies_too(tmp_path: Path, make_file, smtp_server: Server,  # type: ignore[no-untyped-def]
                                                   capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from clientvault.cli import main

    data = tmp_path / "cli-vault"
    vault = Vault(data)
    company = vault.add_company("Andina S.A.S.", email="contabilidad@andina.example")
    [doc_id] = [r.document.id for r in vault.import_files(company.id, [make_file("RUT.pdf")]).results if r.document]
    vault.mail.save_settings(smtp_server.settings)
    vault.close()
    monkeypatch.setenv("CLIENTVAULT_SMTP_PASSWORD", PASSWORD)
    assert main(["send", str(doc_id), "--bcc", "revisor@andina.example", "--data-dir", str(data)]) == 0
    [envelope] = smtp_server.handler.messages
    assert sorted(envelope.rcpt_tos) == ["contabilidad@andina.example", "revisor@andina.example"]
    assert b"revisor@" not in envelope.original_content
    capsys.readouterr()
    assert main(["mail", "history", "--json", "--data-dir", str(data)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["bcc"] == "revisor@andina.example" and row["cc"] == ""


@pytest.mark.parametrize("preset", ["gmail", "outlook", "yahoo"])
def test_the_command_line_offers_every_provider_the_window_does(tmp_path: Path, preset: str) -> None:
    from clientvault.cli import main
    from clientvault.core.mail import PRESETS

    assert list(PRESETS) == ["gmail", "outlook", "yahoo"]  # the parser's choices, written out there
    assert main(["mail", "settings", "--preset", preset, "--data-dir", str(tmp_path / "v")]) == 0
    vault = Vault(tmp_path / "v")
    try:
        settings = vault.mail.settings()
        assert (settings.host, settings.port, settings.security) == PRESETS[preset]
    finally:
        vault.close()
