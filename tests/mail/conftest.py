"""Fixtures for the mail tests: a REAL SMTP server (aiosmtpd) on 127.0.0.1 that requires STARTTLS
and AUTH, with a self-signed certificate made at test time that the client is told to trust, a
server that accepts connections and never says a word, and an in-memory keyring.

Misbehaving servers (a greeting trickled forever, a 421) are plain socket threads from mail_helpers.
The machine's own keyring is never touched: every test here runs with ``MemoryKeyring`` installed.
Network traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterator

import keyring
import pytest
from aiosmtpd.controller import Controller
from mail_helpers import (
    HOST,
    NAMES,
    USER,
    Cert,
    Handler,
    MemoryKeyring,
    RecordingController,
    ScriptedServer,
    Server,
    authenticator,
    free_port,
)

from clientvault.core.catalog.models import Company
from clientvault.core.mail import SmtpSettings
from clientvault.core.vault import Vault


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


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


@pytest.fixture
def plain_server() -> Iterator[Callable[..., Server]]:
    """Starts aiosmtpd on 127.0.0.1 WITHOUT encryption, recording every byte it receives. With
    ``auth_over_plain`` it offers AUTH on that plain connection (an office relay that accepts a
    password in clear); without, it offers no AUTH there (aiosmtpd's default)."""
    started: list[Controller] = []

    def start(auth_over_plain: bool = True) -> Server:
        handler = Handler()
        port = free_port()
        controller = RecordingController(handler, hostname=HOST, port=port, authenticator=authenticator,
                                         auth_required=True, auth_require_tls=not auth_over_plain)
        controller.start()
        started.append(controller)
        handler.connections = 0  # start() checked the server with a connection of its own
        handler.received.clear()
        settings = SmtpSettings(sender_name="Contadora Pérez", sender_address=USER, host=HOST, port=port,
                                security="none", username=USER, timeout=10)
        return Server(handler, port, settings)

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture
def scripted() -> Iterator[Callable[..., ScriptedServer]]:
    """Starts misbehaving socket servers (``ScriptedServer(script)``) and stops them all afterwards."""
    servers: list[ScriptedServer] = []

    def start(script: object) -> ScriptedServer:
        servers.append(ScriptedServer(script))
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def docs(vault: Vault, company: Company, make_file) -> list[int]:  # type: ignore[no-untyped-def]
    """Two documents of ``company`` with accented names (``NAMES``)."""
    paths = [make_file(NAMES[0], text="resolución"), make_file(NAMES[1], text="marzo")]
    summary = vault.import_files(company.id, paths)
    return [r.document.id for r in summary.results if r.document is not None]
