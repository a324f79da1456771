"""E-mail without Qt: address checks, the message with its attachments, and the SMTP conversation.

Every failure of the conversation becomes a ``MailError`` whose message a person can act on, in the
UI language; the server's own words, when it gave any, travel separately in ``detail`` so the window
can show them on a line of their own ("535" or "SMTPAuthenticationError" never reach the screen).
One deadline bounds each send (``SmtpSettings.timeout``, the whole conversation, not each read), and
the cancel button is looked at while the sender waits; see "the conversation" below.
"""

from __future__ import annotations

import base64
import errno
import io
import mimetypes
import os
import re
import select
import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path
from typing import Any

from clientvault.core import errors
from clientvault.core.errors import MailError
from clientvault.core.i18n import t

SECURITY_CHOICES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
# The common providers, most used first (the settings page lists them in this order, "other" last).
PRESETS: dict[str, tuple[str, int, str]] = {
    "gmail": ("smtp.gmail.com", 587, "starttls"),
    "outlook": ("smtp.office365.com", 587, "starttls"),
    "yahoo": ("smtp.mail.yahoo.com", 465, "ssl"),
}
# These providers refuse the account's usual password from a program like this one: it takes an
# app password, made on the provider's own page (Gmail's only with 2-Step Verification on).
APP_PASSWORD_PAGES: dict[str, str] = {
    "gmail": "https://myaccount.google.com/apppasswords",
    "outlook": "https://account.microsoft.com/security",
    "yahoo": "https://login.yahoo.com/account/security",
}
DEFAULT_SIZE_LIMIT_MB = 20
DEFAULT_TIMEOUT = 30.0
MB = 1024 * 1024
# Deliberately plain: what the big providers accept, ASCII only (SMTPUTF8 is not offered everywhere).
_ADDR_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
_FORBIDDEN = re.compile(r"[\r\n\x00]")

Progress = Callable[[int, int, str], None]


@dataclass
class SmtpSettings:
    """How to reach the outgoing mail server. ``ca_file`` trusts an extra certificate authority
    (a company's own mail server, or the tests' self-signed one); empty means the system's.
    ``timeout`` bounds a whole send, in seconds. ``allow_plain_password``: the person agreed to send
    the password over a connection with security "none" (refused otherwise)."""

    sender_name: str = ""
    sender_address: str = ""
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    timeout: float = DEFAULT_TIMEOUT
    size_limit_mb: int = DEFAULT_SIZE_LIMIT_MB
    ca_file: str = ""
    allow_plain_password: bool = False


@dataclass
class Attachment:
    path: Path
    filename: str
    mime_type: str = ""
    document_id: int | None = None
    size: int = field(default=0)


# -- checks ----------------------------------------------------------------------------------------


def refuse_line_breaks(value: str, what: str) -> None:
    """A line break in a header would let text become a new header (``Bcc:``...): refused, never stripped."""
    if _FORBIDDEN.search(value):
        raise MailError("invalid", t(f"«{what}» no puede tener saltos de línea.", f"“{what}” cannot contain line breaks."))


def split_addresses(text: str) -> list[str]:
    """Split on commas and semicolons outside quotes and <...>, so ``"Pérez, Ana" <a@x.co>`` stays one."""
    parts: list[str] = []
    current: list[str] = []
    quoted = angle = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle = True
        elif ch == ">" and not quoted:
            angle = False
        if ch in ",;" and not quoted and not angle:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def parse_addresses(text: str, what: str) -> list[Address]:
    """Every address in ``text`` (may be empty); the first bad one raises with its own text quoted."""
    refuse_line_breaks(text, what)
    found = []
    for item in split_addresses(text):
        name, addr = parseaddr(item)
        unbalanced = ("<" in item) != item.endswith(">")
        if unbalanced or not _ADDR_RE.match(addr) or (name == "" and addr != item.strip("<> ")):
            raise MailError(
                "invalid",
                t(
                    f"«{item}» no es una dirección de correo válida ({what}). Escríbala como nombre@empresa.com; "
                    "separe varias con coma o punto y coma.",
                    f"“{item}” is not a valid e-mail address ({what}). Write it as name@company.com; "
                    "separate several with commas or semicolons.",
                ),
            )
        user, domain = addr.rsplit("@", 1)
        found.append(Address(display_name=name, username=user, domain=domain))
    return found


def address_problem(text: str, what: str, required: bool) -> str:
    """For checking as the person types: the problem in words, or "" when the field is fine."""
    try:
        found = parse_addresses(text, what)
    except MailError as exc:
        return exc.message
    if required and not found:
        return t(f"Escriba al menos una dirección en {what}.", f"Write at least one address in {what}.")
    return ""


def total_size(attachments: Sequence[Attachment]) -> int:
    return sum(a.size for a in attachments)


def check_size(attachments: Sequence[Attachment], limit_mb: int) -> None:
    """The limit applies to the files as the person sees them listed (what providers advertise)."""
    total = total_size(attachments)
    if total > limit_mb * MB:
        got = f"{total / MB:.1f}"
        raise MailError(
            "too_large_local",
            t(
                f"Los adjuntos pesan {got} MB y el límite configurado es {limit_mb} MB. Quite algún archivo o "
                "envíelos en varios correos.",
                f"The attachments total {got} MB and the configured limit is {limit_mb} MB. Remove a file or "
                "send them in several messages.",
            ),
        )


# -- the message -----------------------------------------------------------------------------------


def build_message(
    settings: SmtpSettings, to: str, cc: str, subject: str, body: str, attachments: Sequence[Attachment]
) -> EmailMessage:
    """A standard multipart message; attachment names keep accents and spaces (RFC 2231 parameters)."""
    recipients = parse_addresses(to, t("Para", "To"))
    if not recipients:
        raise MailError("invalid", t("Falta el destinatario (Para).", "The recipient (To) is missing."))
    copies = parse_addresses(cc, "CC")
    refuse_line_breaks(subject, t("Asunto", "Subject"))
    refuse_line_breaks(settings.sender_name, t("Nombre del remitente", "Sender name"))
    sender = parse_addresses(settings.sender_address, t("Remitente", "Sender"))
    if len(sender) != 1:
        raise MailError(
            "settings",
            t(
                "Falta la dirección del remitente en la configuración de correo.",
                "The sender address is missing in the mail settings.",
            ),
        )
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = Address(display_name=settings.sender_name, username=sender[0].username, domain=sender[0].domain)
    msg["To"] = recipients
    if copies:
        msg["Cc"] = copies
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender[0].domain)
    msg.set_content(body, cte="quoted-printable")  # 7-bit clean: not every server takes 8BITMIME
    for att in attachments:
        mime = att.mime_type or mimetypes.guess_type(att.filename)[0] or "application/octet-stream"
        maintype, _, subtype = mime.partition("/")
        try:
            content = att.path.read_bytes()
        except OSError as exc:
            raise MailError(
                "file",
                t(
                    f"No se pudo leer el archivo «{att.filename}» para adjuntarlo, así que no se envió nada. Revise "
                    "sus archivos con «Archivo › Revisar archivos» y vuelva a intentarlo.",
                    f"The file “{att.filename}” could not be read to attach it, so nothing was sent. Check your "
                    "files with “File › Check files” and try again.",
                ),
                errors.os_words(exc),
            ) from exc
        msg.add_attachment(content, maintype=maintype, subtype=subtype or "octet-stream", filename=att.filename)
    return msg


# -- the conversation ------------------------------------------------------------------------------
#
# One deadline per send. smtplib's timeout bounds each socket read, so a server that trickles an
# endless greeting ("220-" lines, or one byte a second) kept a send alive for minutes. Here every
# read and write asks the clock for the time left: a read waits at most POLL seconds, then checks
# the deadline and the cancel button again; a write or a TLS handshake gets the time left as its
# whole budget (Python's ssl and sendall honour a socket timeout as a total). The only extension:
# while the message itself is handed over, the budget grows by its size at MIN_UPLOAD_RATE, so a
# 20 MB attachment on a slow office line is not cut by a 30-second setting meant for a silent server.

POLL = 0.2  # seconds: how often a waiting read looks at the clock and the cancel button
MIN_UPLOAD_RATE = 64 * 1024  # bytes a second the deadline allows for handing over the message
_CHUNK = 64 * 1024


class _DeadlinePassed(Exception):
    """Not an OSError on purpose: smtplib turns OSErrors into "connection closed" and would hide it."""


class _Cancelled(Exception):
    pass


class _Clock:
    """The one deadline of a send, the cancel button, and whether the message is past recalling."""

    def __init__(self, timeout: float, cancelled: Callable[[], bool]) -> None:
        self.budget = timeout
        self.deadline = time.monotonic() + timeout
        self.cancelled = cancelled
        self.committed = False  # the end of the message is on its way: cancelling cannot stop it any more

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _DeadlinePassed()
        return left

    def check(self) -> float:
        """The time left; raises when the person cancelled (until the message is committed) or time is up."""
        if not self.committed and self.cancelled():
            raise _Cancelled()
        return self.remaining()

    def extend(self, seconds: float) -> None:
        self.budget += seconds
        self.deadline += seconds


class _DeadlineReader(io.RawIOBase):
    """The socket as smtplib reads it (through a BufferedReader), never waiting past the deadline."""

    def __init__(self, sock: socket.socket, clock: _Clock) -> None:
        super().__init__()
        self.sock = sock
        self.clock = clock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            self.sock.settimeout(min(self.clock.check(), POLL))
            try:
                return self.sock.recv_into(buffer)
            except TimeoutError:
                continue  # nothing yet: look at the clock and the cancel button again


def _connect(host: str, port: int, clock: _Clock) -> socket.socket:
    """socket.create_connection with the deadline and the cancel button checked while it waits
    (create_connection would give every address the whole timeout)."""
    error: OSError | None = None
    for family, kind, proto, _name, address in socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM):
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            code = sock.connect_ex(address)
            while code in (errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY):
                _readable, writable, failed = select.select([], [sock], [sock], min(clock.check(), POLL))
                if writable or failed:
                    code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if code:
                raise OSError(code, os.strerror(code))  # OSError(ECONNREFUSED, ...) is a ConnectionRefusedError
            return sock
        except OSError as exc:
            sock.close()
            error = exc
        except BaseException:
            sock.close()
            raise
    raise error or OSError(errno.EHOSTUNREACH, os.strerror(errno.EHOSTUNREACH))


class _Smtp(smtplib.SMTP):
    """smtplib's conversation with every wait on one clock; ``tls`` wraps the connection at once (SSL/TLS)."""

    def __init__(self, host: str, clock: _Clock, tls: ssl.SSLContext | None = None) -> None:
        super().__init__(timeout=clock.budget)  # no host: smtplib would connect here, outside the clock
        self._host = host  # the name STARTTLS checks the certificate against
        self.clock = clock
        self.tls = tls
        self.in_data = False

    def _get_socket(self, host: str, port: int, timeout: float | None) -> socket.socket:
        sock = _connect(host, port, self.clock)
        if self.tls is None:
            return sock
        try:
            sock.settimeout(self.clock.remaining())  # the handshake's whole budget
            return self.tls.wrap_socket(sock, server_hostname=host)
        except BaseException:
            sock.close()
            raise

    def getreply(self) -> tuple[int, bytes]:
        if self.file is None and self.sock is not None:
            self.file = io.BufferedReader(_DeadlineReader(self.sock, self.clock))  # type: ignore[assignment]
        return super().getreply()

    def send(self, s: Any) -> None:
        if self.sock is None:
            raise smtplib.SMTPServerDisconnected("please run connect() first")
        data = memoryview(s.encode(self.command_encoding) if isinstance(s, str) else s).cast("B")
        message = self.in_data and bytes(data[-5:]) == b"\r\n.\r\n"
        if message:
            self.clock.extend(len(data) / MIN_UPLOAD_RATE)
        for start in range(0, len(data), _CHUNK):
            last = start + _CHUNK >= len(data)
            if message and last:
                self.clock.committed = True  # the final dot goes out now: the server may take the message
            self.sock.settimeout(self.clock.check())
            try:
                self.sock.sendall(data[start:start + _CHUNK])
            except OSError as exc:
                self.close()
                raise smtplib.SMTPServerDisconnected("Server not connected") from exc

    def data(self, msg: Any) -> tuple[int, bytes]:
        self.in_data = True
        try:
            return super().data(msg)
        finally:
            self.in_data = False

    def ehlo_or_helo_if_needed(self) -> None:
        """smtplib's, except that it tries HELO after a refused EHLO (smtplib remembers the refusal as
        the greeting and then says "AUTH not supported"), and that 421 (not available) is raised."""
        if self.helo_resp is not None or self.ehlo_resp is not None:
            return
        code, reply = self.ehlo()
        if not 200 <= code <= 299:
            self.ehlo_resp = None
            if code != 421:
                code, reply = self.helo()
            if not 200 <= code <= 299:
                raise smtplib.SMTPHeloError(code, reply)

    def secure(self, context: ssl.SSLContext) -> None:
        """smtplib's starttls(), with the handshake on the clock (smtplib would leave the last read's
        short timeout on the socket)."""
        self.ehlo_or_helo_if_needed()
        code, reply = self.docmd("STARTTLS")
        if code != 220:
            raise smtplib.SMTPResponseException(code, reply)
        assert self.sock is not None
        self.sock.settimeout(self.clock.remaining())
        self.sock = context.wrap_socket(self.sock, server_hostname=self._host)
        self.file = None
        self.helo_resp = self.ehlo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    """The system's trusted authorities, plus ``ca_file`` when given. Verification is never switched off."""
    context = ssl.create_default_context()
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context


def plain_password_refused(settings: SmtpSettings) -> bool:
    """A password over an unencrypted connection is readable by anyone on the way: refused unless the
    person said yes to exactly that (``allow_plain_password``)."""
    return settings.security == "none" and bool(settings.username) and not settings.allow_plain_password


def check_login(settings: SmtpSettings, password: str | None) -> None:
    """The refusals that need no server, made before connecting (and before reading any attachment)."""
    if plain_password_refused(settings):
        raise MailError(
            "plain_password",
            t(
                f"La seguridad de la conexión está en «Ninguna»: la contraseña de {settings.username} viajaría sin "
                "cifrar y cualquiera en el camino podría leerla, así que no se envió nada. Elija STARTTLS o SSL/TLS "
                "en Configuración › Correo electrónico; si el servidor está dentro de su oficina y usted acepta el "
                "riesgo, marque «Enviar la contraseña sin cifrar (no recomendado)».",
                f"The connection security is set to “None”: the password of {settings.username} would travel "
                "unencrypted and anyone on the way could read it, so nothing was sent. Choose STARTTLS or SSL/TLS in "
                "Settings › E-mail; if the server is inside your office and you accept the risk, tick “Send the "
                "password unencrypted (not recommended)”.",
            ),
        )
    if settings.username and not password:
        raise MailError(
            "password",
            t(
                f"No hay contraseña para {settings.username} en {settings.host}, así que no se envió nada.",
                f"There is no password for {settings.username} on {settings.host}, so nothing was sent.",
            ),
        )


def _cancelled_error() -> MailError:
    return MailError("cancelled", t("Envío cancelado; no se envió nada.", "Sending cancelled; nothing was sent."))


def send(
    settings: SmtpSettings,
    password: str | None,
    message: EmailMessage,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
    bcc: Sequence[str] = (),
) -> None:
    """Deliver ``message`` to the server within ``settings.timeout`` in all; raises ``MailError``
    (``kind="cancelled"`` on cancel, ``"timeout"`` when the deadline passes). ``bcc`` addresses get
    the message too but are in no header of it: only the envelope (RCPT TO) names them."""
    steps = 4
    clock = _Clock(settings.timeout, cancelled)

    def step(n: int, text: str) -> None:
        clock.check()
        if progress is not None:
            progress(n, steps, text)

    smtp: _Smtp | None = None
    try:
        step(0, t(f"Conectando con {settings.host}…", f"Connecting to {settings.host}…"))
        check_login(settings, password)
        smtp = _Smtp(settings.host, clock, tls_context(settings) if settings.security == "ssl" else None)
        code, reply = smtp.connect(settings.host, settings.port)
        if code != 220:
            raise smtplib.SMTPConnectError(code, reply)
        smtp.ehlo_or_helo_if_needed()
        if settings.security == "starttls":
            step(1, t("Asegurando la conexión…", "Securing the connection…"))
            if not smtp.has_extn("starttls"):
                raise MailError(
                    "tls",
                    t(
                        "El servidor no ofrece conexión segura (STARTTLS) en ese puerto. Revise el puerto y la seguridad "
                        "que indica su proveedor de correo.",
                        "The server offers no secure connection (STARTTLS) on that port. Check the port and the security "
                        "your mail provider gives.",
                    ),
                )
            smtp.secure(tls_context(settings))
            smtp.ehlo_or_helo_if_needed()
        if settings.username:
            step(2, t("Iniciando sesión…", "Signing in…"))
            if not smtp.has_extn("auth"):
                raise _no_login(settings)
            _login(smtp, settings.username, password or "")
        step(3, t("Enviando el mensaje…", "Sending the message…"))
        visible = [a.addr_spec for name in ("To", "Cc") for header in message.get_all(name, []) for a in header.addresses]
        refused = smtp.send_message(message, to_addrs=list(dict.fromkeys([*visible, *bcc])))
        if refused:
            raise _recipients_refused(refused, partial=True)
        if progress is not None:
            progress(steps, steps, t("Enviado.", "Sent."))
        try:
            smtp.quit()
        except Exception:
            pass  # delivered already; a rude or slow goodbye changes nothing
    except MailError:
        raise
    except _Cancelled:
        raise _cancelled_error() from None
    except Exception as exc:
        if isinstance(exc, _DeadlinePassed) or _timed_out(exc):
            raise _timeout_error(settings, clock.budget, clock.committed) from exc
        raise explain(exc, settings) from exc
    finally:
        if smtp is not None:
            smtp.close()  # no QUIT after a failure: a hung server would make us wait again


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII and crashes on "contraseña"; AUTH PLAIN is UTF-8 (RFC 4616),
    so a non-ASCII user or password goes through PLAIN by hand."""
    if (user + password).isascii() or "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        smtp.login(user, password)
        return
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _server_text(exc: smtplib.SMTPResponseException) -> str:
    raw = exc.smtp_error
    return (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)).strip()


def _recipients_refused(refused: dict[str, tuple[int, bytes]], partial: bool) -> MailError:
    who = ", ".join(refused)
    detail = "; ".join(f"{addr}: {reply.decode('utf-8', 'replace')}" for addr, (_code, reply) in refused.items())
    if partial:
        return MailError(
            "recipient",
            t(
                f"El servidor no aceptó a {who}; los demás destinatarios sí recibieron el correo. Revise esas direcciones.",
                f"The server did not accept {who}; the other recipients did get the message. Check those addresses.",
            ),
            detail,
        )
    return MailError(
        "recipient",
        t(
            f"El servidor rechazó el destinatario {who}; no se envió nada. Revise que la dirección esté bien escrita.",
            f"The server refused the recipient {who}; nothing was sent. Check that the address is written correctly.",
        ),
        detail,
    )


def _timed_out(exc: BaseException) -> bool:
    """smtplib turns a read timeout into SMTPServerDisconnected; the timeout survives as the context."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, TimeoutError | socket.timeout):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _seconds(value: float) -> str:
    n = f"{value:.0f}" if value >= 1 else f"{value:g}"
    return t(f"{n} segundo" if n == "1" else f"{n} segundos", f"{n} second" if n == "1" else f"{n} seconds")


def _timeout_error(settings: SmtpSettings, waited: float, committed: bool) -> MailError:
    where = f"{settings.host}:{settings.port}"
    if committed:  # the whole message went out; only the server's "received" is missing
        return MailError(
            "unconfirmed",
            t(
                f"El mensaje se entregó completo al servidor {where}, pero este no confirmó que lo recibió en "
                f"{_seconds(waited)}: puede que haya llegado o no. Pregunte al destinatario antes de volver a enviarlo.",
                f"The message was handed over completely to the server {where}, but it did not confirm receiving it "
                f"within {_seconds(waited)}: it may or may not have arrived. Ask the recipient before sending it again.",
            ),
        )
    return MailError(
        "timeout",
        t(
            f"El servidor de correo {where} no respondió a tiempo ({_seconds(waited)} en total), así que no se envió "
            "el mensaje. Revise su conexión a internet, el servidor y el puerto, y vuelva a intentarlo.",
            f"The mail server {where} did not answer in time ({_seconds(waited)} in all), so the message was not "
            "sent. Check your internet connection, the server and the port, and try again.",
        ),
    )


def _no_login(settings: SmtpSettings) -> MailError:
    return MailError(
        "no_login",
        t(
            f"El servidor {settings.host}:{settings.port} no ofrece iniciar sesión en esta conexión, así que no se "
            "envió nada. Si su servidor no pide usuario, deje vacío «Usuario»; si lo pide, revise la seguridad "
            "(normalmente STARTTLS) y el puerto que indica su proveedor.",
            f"The server {settings.host}:{settings.port} does not offer signing in on this connection, so nothing "
            "was sent. If your server needs no user name, leave “User name” empty; if it does, check the security "
            "(usually STARTTLS) and the port your provider gives.",
        ),
    )


def _unavailable(exc: BaseException) -> str | None:
    """The server's words when it said 421 (service not available, closing) anywhere in the conversation."""
    if isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == 421:
        return f"421 {_server_text(exc)}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        for code, reply in exc.recipients.values():
            if code == 421:
                return f"421 {reply.decode('utf-8', 'replace').strip()}"
    return None


def explain(exc: BaseException, settings: SmtpSettings) -> MailError:
    """The person-facing reading of whatever the conversation raised."""
    where = f"{settings.host}:{settings.port}"
    busy = _unavailable(exc)
    if busy is not None:  # before "wrong password" or "recipient refused": a 421 is neither
        return MailError(
            "unavailable",
            t(
                f"El servidor de correo {settings.host} no está disponible ahora, así que no se envió nada. "
                "Inténtelo más tarde; si sigue así, consulte a su proveedor de correo.",
                f"The mail server {settings.host} is not available right now, so nothing was sent. Try again later; "
                "if it goes on, ask your mail provider.",
            ),
            busy,
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(
            "auth",
            t(
                "El servidor rechazó el usuario o la contraseña. Revíselos en Configuración › Correo electrónico; con "
                "Gmail, Outlook o Yahoo hace falta una «contraseña de aplicación» (la página de Correo electrónico dice "
                "dónde crearla).",
                "The server refused the user name or password. Check them in Settings › E-mail; Gmail, Outlook and "
                "Yahoo need an “app password” (the E-mail page says where to make one).",
            ),
            _server_text(exc),
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _recipients_refused(exc.recipients, partial=False)
    if isinstance(exc, smtplib.SMTPResponseException) and exc.smtp_code == 552:
        return MailError(
            "too_large",
            t(
                "El servidor dijo que el mensaje es demasiado grande. Quite algún adjunto o envíelos en varios correos.",
                "The server said the message is too large. Remove an attachment or send them in several messages.",
            ),
            _server_text(exc),
        )
    if isinstance(exc, smtplib.SMTPSenderRefused) and exc.smtp_code == 530:  # "authentication required"
        return MailError(
            "auth_required",
            t(
                "El servidor pide iniciar sesión para enviar, así que no se envió nada. Escriba el usuario y la "
                "contraseña en Configuración › Correo electrónico.",
                "The server asks you to sign in to send, so nothing was sent. Fill in the user name and password in "
                "Settings › E-mail.",
            ),
            _server_text(exc),
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return MailError(
            "sender",
            t(
                f"El servidor no acepta enviar desde {exc.sender}. Use la dirección de la cuenta configurada.",
                f"The server does not accept sending from {exc.sender}. Use the address of the configured account.",
            ),
            _server_text(exc),
        )
    if _timed_out(exc):
        return _timeout_error(settings, settings.timeout, committed=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError(
            "certificate",
            t(
                f"No se puede confiar en el certificado de seguridad de {settings.host}, así que no se envió nada. "
                "Revise que el nombre del servidor sea el que indica su proveedor.",
                f"The security certificate of {settings.host} cannot be trusted, so nothing was sent. Check that the "
                "server name is the one your provider gives.",
            ),
            exc.verify_message or "",
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(
            "tls",
            t(
                "No se pudo establecer una conexión segura con el servidor. Revise que la seguridad (STARTTLS o SSL/TLS) "
                "y el puerto sean los que indica su proveedor (normalmente STARTTLS con 587, SSL/TLS con 465).",
                "A secure connection to the server could not be set up. Check that the security (STARTTLS or SSL/TLS) "
                "and port are the ones your provider gives (usually STARTTLS with 587, SSL/TLS with 465).",
            ),
            exc.reason or "",
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(
            "closed",
            t(
                "El servidor cerró la conexión antes de terminar; no se envió el mensaje. Vuelva a intentarlo en unos "
                "minutos; si se repite, revise la configuración de correo.",
                "The server closed the connection before finishing; the message was not sent. Try again in a few "
                "minutes; if it happens again, check the mail settings.",
            ),
        )
    if isinstance(exc, socket.gaierror):
        return MailError(
            "host",
            t(
                f"No se encontró el servidor «{settings.host}». Revise que esté bien escrito y que haya conexión a internet.",
                f"The server “{settings.host}” was not found. Check its spelling and your internet connection.",
            ),
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            "refused",
            t(
                f"El servidor {where} rechazó la conexión. Revise el servidor y el puerto en Configuración › Correo electrónico.",
                f"The server {where} refused the connection. Check the server and port in Settings › E-mail.",
            ),
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return MailError(
            "server",
            t("El servidor de correo rechazó el envío.", "The mail server refused to send the message."),
            _server_text(exc),
        )
    if isinstance(exc, OSError):
        return MailError(
            "network",
            t(
                f"No se pudo hablar con el servidor {where}: {errors.os_words(exc)}. Revise su conexión a internet.",
                f"Could not talk to the server {where}: {errors.os_words(exc)}. Check your internet connection.",
            ),
        )
    return MailError(
        "unexpected",
        t(
            "El correo no se pudo enviar por un problema inesperado; quedó anotado en el registro.",
            "The message could not be sent because of an unexpected problem; it was written to the log.",
        ),
        str(exc),
    )
