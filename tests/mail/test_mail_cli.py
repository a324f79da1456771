"""``clientvault mail settings`` and ``clientvault send`` against the loopback SMTP server."""

from __future__ import annotations

import email
import email.policy
import io
import json
import time
from pathlib import Path

import pytest
from mail_helpers import PASSWORD, Server, trickle

from clientvault.cli import main
from clientvault.core import mail_settings
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


def test_missing_password_is_recorded_in_the_history(setup: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    data, ids = setup
    monkeypatch.delenv("CLIENTVAULT_SMTP_PASSWORD", raising=False)
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 1 and "There is no password for" in err and "No password is saved in the keyring" in err
    code, out, _err = run(capsys, "mail", "history", "--json", "--data-dir", str(data))
    [row] = json.loads(out)
    assert not row["success"] and "There is no password for" in row["error"]


def test_send_against_a_trickling_server_ends_at_its_timeout(  # type: ignore[no-untyped-def]
    setup: tuple[Path, list[int]], scripted, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Item 7: `send` hung for minutes against a greeting trickled forever despite the timeout."""
    data, ids = setup
    monkeypatch.setenv("CLIENTVAULT_SMTP_PASSWORD", PASSWORD)
    server = scripted(trickle("lines"))
    assert run(capsys, "mail", "settings", "--port", str(server.port), "--timeout", "2", "--data-dir", str(data))[0] == 0
    start = time.monotonic()
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 1 and time.monotonic() - start < 2 + 2
    assert "did not answer in time (2 seconds in all)" in err and "Traceback" not in err
    assert run(capsys, "mail", "settings", "--timeout", "30", "--data-dir", str(data))[0] == 0
    start = time.monotonic()
    code, _out, err = run(capsys, "send", str(ids[0]), "--timeout", "1", "--data-dir", str(data))  # this run only
    assert code == 1 and time.monotonic() - start < 1 + 2 and "(1 second in all)" in err
    code, out, _err = run(capsys, "mail", "history", "--json", "--data-dir", str(data))
    rows = json.loads(out)
    assert len(rows) == 2 and all(not r["success"] and "did not answer in time" in r["error"] for r in rows)


def test_changing_only_the_port_keeps_the_saved_password(  # type: ignore[no-untyped-def]
    setup: tuple[Path, list[int]], smtp_server: Server, memory_keyring, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Item 6b: after `mail settings --port`, "No password is saved" although one was, for that user and host.
    The entry is saved the old way (user@host:port), as by the previous version."""
    data, ids = setup
    monkeypatch.delenv("CLIENTVAULT_SMTP_PASSWORD", raising=False)
    s = smtp_server.settings
    memory_keyring.store[("ClientVault SMTP", f"{s.username}@{s.host}:2525")] = PASSWORD
    mail_settings._adopted.clear()  # each command is a new process; setup's commands already looked
    assert run(capsys, "mail", "settings", "--port", "2525", "--data-dir", str(data))[0] == 0
    code, out, _err = run(capsys, "mail", "settings", "--port", str(s.port), "--json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["password_in_keyring"] is True
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 0, err
    assert len(smtp_server.handler.messages) == 1
    assert list(memory_keyring.store) == [("ClientVault SMTP", f"{s.username}@{s.host}")]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_allow_plain_password(setup: tuple[Path, list[int]], plain_server, capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
                              monkeypatch: pytest.MonkeyPatch) -> None:
    data, ids = setup
    monkeypatch.setenv("CLIENTVAULT_SMTP_PASSWORD", PASSWORD)
    server = plain_server()
    code, out, err = run(capsys, "mail", "settings", "--security", "none", "--port", str(server.port), "--data-dir", str(data))
    assert code == 0 and "allow_plain_password: False" in out
    assert "would travel unencrypted" in err and "--allow-plain-password" in err
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 1 and "would travel unencrypted" in err and "clientvault mail settings --allow-plain-password" in err
    assert server.handler.connections == 0 and PASSWORD.encode() not in server.handler.received
    code, out, err = run(capsys, "mail", "settings", "--allow-plain-password", "--data-dir", str(data))
    assert code == 0 and "allow_plain_password: True" in out and "travels unencrypted" in err
    code, _out, err = run(capsys, "send", str(ids[0]), "--data-dir", str(data))
    assert code == 0, err
    assert len(server.handler.messages) == 1 and b"AUTH" in server.handler.received
    code, out, _err = run(capsys, "mail", "settings", "--security", "starttls", "--json", "--data-dir", str(data))
    assert json.loads(out)["allow_plain_password"] is False  # the consent went with the plain connection
    code, out, _err = run(capsys, "mail", "history", "--json", "--data-dir", str(data))
    assert [r["success"] for r in json.loads(out)] == [True, False]
