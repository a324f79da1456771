"""E-mail without Qt: address checks, the message with its attachments, and the SMTP conversation.

Every failure of the conversation becomes a ``MailError`` whose message a person can act on, in the
UI language; the server's own words, when it gave any, travel separately in ``detail`` so the window
can show them on a line of their own ("535" or "SMTPAuthenticationError" never reach the screen).
The sender checks ``cancelled()`` between steps: a step already running is bounded by the timeout.
"""

from __future__ import annotations

import base64
import mimetypes
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path

from clientvault.core.errors import MailError
from clientvault.core.i18n import t

SECURITY_CHOICES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
PRESETS: dict[str, tuple[str, int, str]] = {
    "gmail": ("smtp.gmail.com", 587, "starttls"),
    "outlook": ("smtp.office365.com", 587, "starttls"),
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
    (a company's own mail server, or the tests' self-signed one); empty means the system's."""

    sender_name: str = ""
    sender_address: str = ""
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    timeout: float = DEFAULT_TIMEOUT
    size_limit_mb: int = DEFAULT_SIZE_LIMIT_MB
    ca_file: str = ""


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
        msg.add_attachment(att.path.read_bytes(), maintype=maintype, subtype=subtype or "octet-stream", filename=att.filename)
    return msg


# -- the conversation ------------------------------------------------------------------------------


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    """The system's trusted authorities, plus ``ca_file`` when given. Verification is never switched off."""
    context = ssl.create_default_context()
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context


def send(
    settings: SmtpSettings,
    password: str | None,
    message: EmailMessage,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> None:
    """Deliver ``message`` to the server; raises ``MailError`` (``kind="cancelled"`` on cancel)."""
    steps = 4

    def step(n: int, text: str) -> None:
        if cancelled():
            raise MailError("cancelled", t("Envío cancelado; no se envió nada.", "Sending cancelled; nothing was sent."))
        if progress is not None:
            progress(n, steps, text)

    smtp: smtplib.SMTP | None = None
    try:
        step(0, t(f"Conectando con {settings.host}…", f"Connecting to {settings.host}…"))
        if settings.security == "ssl":
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=tls_context(settings))
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        smtp.ehlo()
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
            smtp.starttls(context=tls_context(settings))
            smtp.ehlo()
        if settings.username:
            step(2, t("Iniciando sesión…", "Signing in…"))
            _login(smtp, settings.username, password or "")
        step(3, t("Enviando el mensaje…", "Sending the message…"))
        refused = smtp.send_message(message)
        if refused:
            raise _recipients_refused(refused, partial=True)
        if progress is not None:
            progress(steps, steps, t("Enviado.", "Sent."))
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            pass  # delivered already; a rude goodbye changes nothing
        smtp = None
    except MailError:
        raise
    except Exception as exc:
        raise explain(exc, settings) from exc
    finally:
        if smtp is not None:
            smtp.close()  # no QUIT after a failure: a hung server would make us wait a second timeout


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


def explain(exc: BaseException, settings: SmtpSettings) -> MailError:
    """The person-facing reading of whatever the conversation raised."""
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(
            "auth",
            t(
                "El servidor rechazó el usuario o la contraseña. Revíselos en Configuración › Correo; con Gmail u "
                "Outlook suele hacer falta una «contraseña de aplicación».",
                "The server refused the user name or password. Check them in Settings › E-mail; Gmail and Outlook "
                "usually need an “app password”.",
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
        return MailError(
            "timeout",
            t(
                f"El servidor {where} no respondió en {settings.timeout:.0f} segundos. Revise su conexión a internet, "
                "el servidor y el puerto, y vuelva a intentarlo.",
                f"The server {where} did not answer within {settings.timeout:.0f} seconds. Check your internet "
                "connection, the server and the port, and try again.",
            ),
        )
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
                f"El servidor {where} rechazó la conexión. Revise el servidor y el puerto en Configuración › Correo.",
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
                f"No se pudo hablar con el servidor {where}: {exc.strerror or exc}. Revise su conexión a internet.",
                f"Could not talk to the server {where}: {exc.strerror or exc}. Check your internet connection.",
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
