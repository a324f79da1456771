"""Where the mail settings live: the server and templates in the vault database (``setting`` table),
the password in the operating system's keyring and nowhere else.

A machine without a working keyring (a headless server, a minimal Linux session) still sends: the
window and the command line ask for the password at send time and say why it cannot be kept.
Plain-file keyrings (``keyrings.alt``) are refused, because they would put the password in a file.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from clientvault.core.i18n import t

if TYPE_CHECKING:
    from types import ModuleType
from clientvault.core.catalog import Catalog
from clientvault.core.mail import (
    DEFAULT_PORTS,
    DEFAULT_SIZE_LIMIT_MB,
    DEFAULT_TIMEOUT,
    SECURITY_CHOICES,
    MailError,
    SmtpSettings,
)

log = logging.getLogger(__name__)


def _keyring() -> ModuleType:
    """keyring is imported on first use: it costs ~0.1 s (entry points, D-Bus backends) that the
    window's start-up should not pay before anyone sends a mail."""
    import keyring
    import keyring.errors  # noqa: F401  (loads the submodule callers reach as _keyring().errors)

    return keyring
KEYRING_SERVICE = "ClientVault SMTP"
_PREFIX = "mail."
_PLACEHOLDERS = ("{company}", "{files}", "{sender}")


@dataclass
class MailTemplate:
    """The subject and message a new e-mail starts with; ``{company}``, ``{files}`` and ``{sender}`` are filled in."""

    subject: str
    body: str

    def render(self, company: str, filenames: Sequence[str], sender: str) -> tuple[str, str]:
        # str.replace, not format(): a brace the accountant types must not break the message.
        def fill(text: str, files: str) -> str:
            return text.replace("{company}", company).replace("{files}", files).replace("{sender}", sender)

        subject = fill(self.subject, ", ".join(filenames))
        body = fill(self.body, "\n".join(f"- {name}" for name in filenames))
        return " ".join(subject.split()), body  # no line break can reach the subject header


def default_template() -> MailTemplate:
    return MailTemplate(
        subject=t("Documentos de {company}: {files}", "Documents of {company}: {files}"),
        body=t(
            "Buenos días:\n\nAdjunto los siguientes documentos de {company}:\n{files}\n\nCordialmente,\n{sender}",
            "Hello,\n\nPlease find attached the following documents of {company}:\n{files}\n\nBest regards,\n{sender}",
        ),
    )


def _put(catalog: Catalog, values: dict[str, str]) -> None:
    catalog.put_settings({_PREFIX + key: value for key, value in values.items()})


def _parse(kind: str, raw: str) -> object:
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "bool":  # saved as str(True) / str(False)
        if raw not in ("True", "False"):
            raise ValueError(raw)
        return raw == "True"
    return raw


def load_settings(catalog: Catalog) -> SmtpSettings:
    """The saved server settings; defaults for whatever was never saved."""
    result = SmtpSettings()
    for f in fields(SmtpSettings):
        raw = catalog.setting(_PREFIX + f.name)
        if raw is None:
            continue
        try:
            setattr(result, f.name, _parse(str(f.type), raw))
        except ValueError:
            log.warning("ignored a malformed mail setting %s=%r", f.name, raw)
    if result.security not in SECURITY_CHOICES:
        result.security = "starttls"
    result.size_limit_mb = result.size_limit_mb if result.size_limit_mb > 0 else DEFAULT_SIZE_LIMIT_MB
    result.timeout = result.timeout if result.timeout > 0 else DEFAULT_TIMEOUT
    return result


def save_settings(catalog: Catalog, settings: SmtpSettings) -> None:
    _put(catalog, {f.name: str(getattr(settings, f.name)) for f in fields(SmtpSettings)})


def load_template(catalog: Catalog) -> MailTemplate:
    default = default_template()
    return MailTemplate(subject=catalog.setting(_PREFIX + "template_subject") or default.subject,
                        body=catalog.setting(_PREFIX + "template_body") or default.body)


def save_template(catalog: Catalog, template: MailTemplate) -> None:
    _put(catalog, {"template_subject": template.subject, "template_body": template.body})


def is_configured(settings: SmtpSettings) -> bool:
    return bool(settings.host and settings.sender_address)


# -- the password ------------------------------------------------------------------------------------


def _account(settings: SmtpSettings) -> str:
    """The keyring entry: the user on the server, whatever port or security reaches it (one account,
    one password; changing the port must not lose it)."""
    return f"{settings.username}@{settings.host}"


def _old_account(settings: SmtpSettings, port: int) -> str:
    """How entries were named before the port left the key."""
    return f"{settings.username}@{settings.host}:{port}"


_adopted: set[tuple[object, str]] = set()  # (keyring, account) already looked for under old names


def adopt_old_password(settings: SmtpSettings, ports: Sequence[int] = ()) -> None:
    """Move an entry saved under an old name (user@host:port) to the account's name, once per
    account and process: the settings' own port, the ``ports`` given (the port saved before a
    change) and the usual ones are tried. Saved passwords keep working after the key changed."""
    account = _account(settings)
    if not settings.username or keyring_problem():
        return
    kr = _keyring()
    once = (kr.get_keyring(), account)
    if once in _adopted:
        return
    _adopted.add(once)
    try:
        if kr.get_password(KEYRING_SERVICE, account) is not None:
            return
        for port in dict.fromkeys([settings.port, *ports, *DEFAULT_PORTS.values(), 2525]):
            old = _old_account(settings, port)
            password = kr.get_password(KEYRING_SERVICE, old)
            if password is not None:
                kr.set_password(KEYRING_SERVICE, account, password)
                kr.delete_password(KEYRING_SERVICE, old)
                log.info("keyring entry %s renamed to %s", old, account)
                return
    except Exception as exc:  # a keyring that fails now fails the same way when the password is read
        log.warning("keyring migration failed: %s", exc)


def keyring_problem() -> str:
    """Why the password cannot be kept in the system keyring, or "" when it can."""
    try:
        backend = _keyring().get_keyring()
        module = type(backend).__module__
        if module.startswith("keyrings.alt") or module.endswith((".fail", ".null")):
            raise _keyring().errors.NoKeyringError(module)
        backend.get_password(KEYRING_SERVICE, "__probe__")
    except Exception as exc:  # every backend has its own failures (D-Bus, locked, absent)
        log.info("no usable keyring: %s", exc)
        return t(
            "Este equipo no tiene un llavero del sistema disponible para guardar la contraseña de forma segura; "
            "ClientVault se la pedirá cada vez que envíe un correo.",
            "This computer has no system keyring to keep the password safely; ClientVault will ask for it "
            "each time you send an e-mail.",
        )
    return ""


def load_password(settings: SmtpSettings) -> str | None:
    """The stored password, or None (not stored, or no keyring): the caller then asks the person."""
    if not settings.username or keyring_problem():
        return None
    adopt_old_password(settings)
    try:
        return _keyring().get_password(KEYRING_SERVICE, _account(settings))
    except Exception as exc:
        log.warning("keyring read failed: %s", exc)
        return None


def store_password(settings: SmtpSettings, password: str) -> None:
    problem = keyring_problem()
    if problem:
        raise MailError("keyring", problem)
    try:
        _keyring().set_password(KEYRING_SERVICE, _account(settings), password)
    except Exception as exc:
        raise MailError(
            "keyring",
            t(
                "El llavero del sistema no guardó la contraseña; se le pedirá al enviar.",
                "The system keyring did not keep the password; you will be asked for it when sending.",
            ),
            str(exc),
        ) from exc
    try:  # an entry under the old name would keep a stale copy of the password
        _keyring().delete_password(KEYRING_SERVICE, _old_account(settings, settings.port))
    except Exception:
        pass


def forget_password(settings: SmtpSettings) -> None:
    for account in (_account(settings), _old_account(settings, settings.port)):
        try:
            _keyring().delete_password(KEYRING_SERVICE, account)
        except Exception:  # not stored, or no keyring: nothing to forget
            pass
