"""Shared pieces of the mail tests (imported by name: a bare ``conftest`` import would be ambiguous
when the whole suite runs, since tests/ui has its own conftest)."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword

from clientvault.core import outbox
from clientvault.core.catalog.models import MailRecord
from clientvault.core.mail import MailError, SmtpSettings
from clientvault.core.outbox import Draft
from clientvault.core.vault import Vault

USER, PASSWORD = "contador@andina.example", "secreto-ñ"
HOST = "127.0.0.1"
NAMES = ["Resolución de facturación 2024.pdf", "Extracto bancario – marzo ñandú.csv"]  # the ``docs`` fixture's files


def draft(ids: list[int], to: str = "cliente@andina.example", **kw: str) -> Draft:
    return Draft(to=to, cc=kw.get("cc", ""), subject=kw.get("subject", "Documentos de Andina – marzo"),
                 body=kw.get("body", "Buenos días:\nAdjunto los documentos.\n"), document_ids=ids)


def fail(vault: Vault, settings: SmtpSettings, d: Draft, password: str | None = PASSWORD) -> MailError:
    with pytest.raises(MailError) as caught:
        outbox.send_documents(vault, settings, password, d)
    return caught.value


def last_record(vault: Vault) -> MailRecord:
    return vault.mail.history()[0]


def assert_plain(message: str) -> None:
    # Reply codes as numbers of their own: a message naming the server 127.0.0.1:38535 (a random
    # port the test server got) has no reply code in it.
    for code in ("535", "550", "552"):
        assert not re.search(rf"(?<!\d){code}(?!\d)", message), message
    for jargon in ("SMTP", "Error", "errno", "Traceback"):
        assert jargon not in message, message


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
    """Keeps what arrives; ``refuse`` recipients get a 550, ``data_reply`` replaces the answer to DATA,
    ``data_delay`` seconds pass before that answer. ``received`` holds every byte a client sent (as it
    crossed the wire), on the servers built by ``RecordingController``."""

    messages: list[Envelope] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    data_reply: str | None = None
    data_delay: float = 0
    received: bytearray = field(default_factory=bytearray)
    connections: int = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Envelope, address: str, rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
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




class RecordingSMTP(SMTP):
    """aiosmtpd's server, keeping every byte it receives: proof of what crossed the wire."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.event_handler.connections += 1
        super().connection_made(transport)

    def data_received(self, data: bytes) -> None:
        self.event_handler.received.extend(data)
        super().data_received(data)


class RecordingController(Controller):
    def factory(self) -> SMTP:
        return RecordingSMTP(self.handler, **self.SMTP_kwargs)


# -- misbehaving servers (plain sockets) --------------------------------------------------------------


class ScriptedServer:
    """A plain socket server on 127.0.0.1 that plays ``script(conn)`` for every connection, each in
    its own thread, until ``stop()``; ``stopping`` tells the script to end."""

    def __init__(self, script: Any) -> None:
        self.script = script
        self.stopping = threading.Event()
        self.listener = socket.socket()
        self.listener.bind((HOST, 0))
        self.listener.listen(5)
        self.listener.settimeout(0.1)
        self.port = int(self.listener.getsockname()[1])
        self.connections: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            self.connections.append(conn)
            threading.Thread(target=self._play, args=(conn,), daemon=True).start()

    def _play(self, conn: socket.socket) -> None:
        try:
            self.script(self, conn)
        except OSError:
            pass  # the client hung up: what the tests expect of it

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(2)
        for conn in self.connections:
            conn.close()
        self.listener.close()


def trickle(mode: str) -> Any:
    """Scripts of a server that never finishes a reply: "lines" sends a "220-" line every 0.5 s,
    "bytes" one byte of a greeting a second, "ehlo" greets and then trickles its EHLO reply."""

    def script(server: ScriptedServer, conn: socket.socket) -> None:
        if mode == "ehlo":
            conn.sendall(b"220 hola\r\n")
            conn.recv(1024)
        prefix = b"250-" if mode == "ehlo" else b"220-"
        n = 0
        while not server.stopping.is_set():
            if mode == "bytes":
                conn.sendall(b"220-bienvenido, un momento por favor"[n % 36:n % 36 + 1])
                time.sleep(1)
            else:
                conn.sendall(prefix + f"linea {n} de un saludo sin fin".encode() + b"\r\n")
                time.sleep(0.5)
            n += 1

    return script


def replies(greeting: bytes, *answers: bytes) -> Any:
    """Scripts of a server that greets, answers each command with the next answer, then hangs up."""

    def script(server: ScriptedServer, conn: socket.socket) -> None:
        conn.sendall(greeting)
        for answer in answers:
            if not conn.recv(1024):
                return
            conn.sendall(answer)
        time.sleep(0.5)
        conn.close()

    return script
