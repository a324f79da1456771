"""Shared pieces of the mail tests (imported by name: a bare ``conftest`` import would be ambiguous
when the whole suite runs, since tests/ui has its own conftest)."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword

from clientvault.core.mail import SmtpSettings

USER, PASSWORD = "contador@andina.example", "secreto-ñ"
HOST = "127.0.0.1"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in this process only (the tests' stand-in for the system's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


# -- certificates ----------------------------------------------------------------------------------


@dataclass
class Cert:
    cert: Path
    key: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


# -- the SMTP server -------------------------------------------------------------------------------


@dataclass
class Handler:
    """Keeps what arrives; ``refuse`` recipients get a 550, ``data_reply`` replaces the answer to DATA."""

    messages: list[Envelope] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    data_reply: str | None = None

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str, rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (USER.encode(), PASSWORD.encode())
    # handled=False makes aiosmtpd send the 535 itself; without it the client waits for a reply forever (FACTS.md).
    return AuthResult(success=True) if ok else AuthResult(success=False, handled=False)


@dataclass
class Server:
    handler: Handler
    port: int
    settings: SmtpSettings


