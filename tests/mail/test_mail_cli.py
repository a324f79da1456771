"""``clientvault mail settings`` and ``clientvault send`` against the loopback SMTP server."""

from __future__ import annotations

import email
import email.policy
import io
import json
from pathlib import Path

import pytest
from mail_helpers import PASSWORD, Server

from clientvault.cli import main
from clientvault.core.vault import Vault


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(tmp_path: Path, make_file, smtp_server: Server, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[int]]:  # type: ignore[no-untyped-def]
    data = tmp_path / "cli-vault"
    vault = Vault(data)
    company = vault.add_company("Andina S.A.S.", email="contabilidad@andina.example")
    ids = [r.document.id for r in vault.import_files(company.id, [make_file("Cámara de Comercio.pdf")]).results
           if r.document is not None]
    vault.close()
    s = smtp_server.settings
    code, _out, err = run(capsys, "mail", "settings", "--data-dir", str(data), "--host", s.host, "--port", str(s.port),
                          "--security", "starttls", "--user", s.username, "--sender-address", s.sender_address,
                          "--sender-name", "Ana Pérez", "--ca-file", s.ca_file, "--timeout", "10")
    assert code == 0, err
    return data, ids


def test_send_with_the_password_in_the_environment(setup: tuple[Path, list[int]], smtp_server: Server,
                                                   capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data, ids = setup
    monkeypatch.setenv("CLIENTVAULT_SMTP_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "send", str(ids[0]), "--to", "cliente@andina.example", "--subject", "Cámara 2024",
                         "--data-dir", str(data))
    assert code == 0, err
    assert "Sent to cliente@andina.example" in out
    [envelope] = smtp_server.handler.messages
    msg = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert msg["Subject"] == "Cámara 2024" and [p.get_filename() for p in msg.iter_attachments()] == ["Cámara de Comercio.pdf"]
    code, out, _err = run(capsys, "mail", "history", "--json", "--data-dir", str(data))
    [row] = json.loads(out)
    assert row["success"] and row["files"][0]["filename"] == "Cámara de Comercio.pdf"


def test_send_failure_is_explained_and_recorded(setup: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data, ids = setup
    monkeypatch.setenv("CLIENTVAULT_SMTP_PASSWORD", "equivocada")
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))  # --to defaults to the company's e-mail
    assert code == 1 and "refused the user name or password" in err and "Traceback" not in err
    code, out, _err = run(capsys, "mail", "history", "--data-dir", str(data))
    assert "not sent" in out and "contabilidad@andina.example" in out


def test_password_from_stdin_and_kept_in_the_keyring(  # type: ignore[no-untyped-def]
    setup: tuple[Path, list[int]], smtp_server: Server, memory_keyring, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, ids = setup
    monkeypatch.delenv("CLIENTVAULT_SMTP_PASSWORD", raising=False)
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 1 and "No password is saved" in err and "--password-stdin" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, err = run(capsys, "mail", "settings", "--password-stdin", "--data-dir", str(data))
    assert code == 0 and "password: in the keyring" in out and PASSWORD not in out
    assert list(memory_keyring.store.values()) == [PASSWORD]
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 0, err
    assert len(smtp_server.handler.messages) == 1
