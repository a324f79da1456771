"""Fixtures for the mail tests: a REAL SMTP server (aiosmtpd) on 127.0.0.1 that requires STARTTLS
and AUTH, with a self-signed certificate made at test time that the client is told to trust, a
server that accepts connections and never says a word, and an in-memory keyring.

The machine's own keyring is never touched: every test here runs with ``MemoryKeyring`` installed.
Network traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from aiosmtpd.controller import Controller
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


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


# -- certificates ----------------------------------------------------------------------------------


@dataclass
class Cert:
    cert: Path
    key: Path


@pytest.fixture(scope="session")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    """A certificate for localhost / 127.0.0.1, signed by itself (so it is its own CA)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("cert")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    paths = Cert(folder / "cert.pem", folder / "key.pem")
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.NoEncryption()))
    return paths


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


@pytest.fixture
def smtp_server(self_signed: Cert) -> Iterator[Server]:
    """aiosmtpd on 127.0.0.1 requiring STARTTLS then AUTH, and client settings that trust its certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(self_signed.cert, self_signed.key)
    handler = Handler()
    port = free_port()
    controller = Controller(handler, hostname=HOST, port=port, tls_context=context, require_starttls=True,
                            authenticator=authenticator, auth_required=True)
    controller.start()
    settings = SmtpSettings(sender_name="Contadora Pérez", sender_address=USER, host=HOST, port=port, security="starttls",
                            username=USER, timeout=10, ca_file=str(self_signed.cert))
    try:
        yield Server(handler, port, settings)
    finally:
        controller.stop()


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A server that accepts connections and never answers (the greeting never comes)."""
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(5)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join(2)
        for conn in accepted:
            conn.close()
        listener.close()
