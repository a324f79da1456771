"""Sending vault documents by e-mail, and the history of every attempt.

One function does the whole use case for the window and the command line alike: gather the files,
check the size, build, send, and write one ``MailRecord`` whatever happened, so the accountant can
later prove what went to whom (or see why it did not). Runs on any thread: peewee gives each
thread its own connection. Reached as ``vault.mail`` (``VaultMail``).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clientvault.core import errors, mail, mail_settings
from clientvault.core.catalog.models import Company, MailRecord
from clientvault.core.changes import Change
from clientvault.core.errors import VaultError
from clientvault.core.i18n import t
from clientvault.core.mail import Attachment, MailError, SmtpSettings
from clientvault.core.mail_settings import MailTemplate
from clientvault.core.vault import Vault

log = logging.getLogger(__name__)


@dataclass
class Draft:
    """What the person typed; kept intact by the window when a send fails. ``bcc`` (CCO) recipients
    get the message without the others seeing them: they are in no header."""

    to: str
    cc: str
    subject: str
    body: str
    document_ids: list[int]
    bcc: str = ""


def attachments_for(vault: Vault, document_ids: Sequence[int]) -> list[Attachment]:
    """The documents as attachments, named as the vault shows them (the name the client will see)."""
    result = []
    for doc_id in document_ids:
        doc = vault.document(doc_id)
        path = vault.document_path(doc)
        result.append(Attachment(path=path, filename=doc.filename, mime_type=doc.mime_type, document_id=doc.id,
                                 size=path.stat().st_size if path.exists() else doc.size))
    return result


def _company_of(vault: Vault, document_ids: Sequence[int]) -> Company | None:
    return vault.document(document_ids[0]).company if document_ids else None


def record(vault: Vault, settings: SmtpSettings, draft: Draft, attachments: Sequence[Attachment],
           company: Company | None, error: MailError | None) -> MailRecord:
    """Write the history row of one attempt (its files copied by name and size)."""
    return vault.catalog.record_mail(
        dict(company=company, company_name=company.name if company else "", sender=settings.sender_address,
             to_addrs=draft.to.strip(), cc_addrs=draft.cc.strip(), bcc_addrs=draft.bcc.strip(), subject=draft.subject,
             success=error is None, error=error.full_text() if error else ""),
        [(att.document_id, att.filename, att.size) for att in attachments])


def send_documents(
    vault: Vault,
    settings: SmtpSettings,
    password: str | None,
    draft: Draft,
    cancelled: Callable[[], bool] = lambda: False,
    progress: mail.Progress | None = None,
) -> MailRecord:
    """Send and record. Every attempt leaves one history row, whatever stopped it (a refusal before
    connecting, a file that cannot be read, a timeout, the cancel button, a surprise), since the
    person pressed Send and may wonder later what happened. Raises ``MailError`` after recording it."""
    company: Company | None = None
    attachments: list[Attachment] = []
    try:
        company = _company_of(vault, draft.document_ids)
        attachments = attachments_for(vault, draft.document_ids)  # names and sizes only, for the history row
        mail.check_login(settings, password)  # before reading what may be 20 MB of attachments
        mail.check_size(attachments, settings.size_limit_mb)
        blind = [a.addr_spec for a in mail.parse_addresses(draft.bcc, t("CCO", "BCC"))]
        message = mail.build_message(settings, draft.to, draft.cc, draft.subject, draft.body, attachments)
        mail.send(settings, password, message, cancelled, progress, bcc=blind)
    except MailError as exc:
        record(vault, settings, draft, attachments, company, exc)
        raise
    except VaultError as exc:  # a document removed meanwhile
        err = MailError("file", t(f"{exc.message} No se envió nada.", f"{exc.message} Nothing was sent."))
        record(vault, settings, draft, attachments, company, err)
        raise err from exc
    except OSError as exc:  # an attachment vanished or could not be looked at
        err = MailError("file", t("No se pudo leer un adjunto, así que no se envió nada. Revise sus archivos con "
                                  "«Archivo › Revisar archivos» y vuelva a intentarlo.",
                                  "An attachment could not be read, so nothing was sent. Check your files with "
                                  "“File › Check files” and try again."), errors.os_words(exc))
        record(vault, settings, draft, attachments, company, err)
        raise err from exc
    except Exception as exc:  # a bug: still recorded, and the person told in words
        log.exception("sending documents %s failed", draft.document_ids)
        err = MailError("unexpected", t("El correo no se pudo enviar por un problema inesperado; quedó anotado en el "
                                        "registro.", "The message could not be sent because of an unexpected "
                                        "problem; it was written to the log."), str(exc))
        record(vault, settings, draft, attachments, company, err)
        raise err from exc
    return record(vault, settings, draft, attachments, company, None)


def send_test(settings: SmtpSettings, password: str | None, to: str = "",
              cancelled: Callable[[], bool] = lambda: False) -> None:
    """A short message to the sender's own address: proves host, security, login and sending all work."""
    message = mail.build_message(
        settings, to or settings.sender_address, "",
        t("Correo de prueba de ClientVault", "ClientVault test message"),
        t("Si lee esto, ClientVault puede enviar correos con esta configuración.",
          "If you can read this, ClientVault can send e-mail with these settings."), [])
    mail.send(settings, password, message, cancelled)


class VaultMail:
    """E-mail as one vault offers it (``vault.mail``): its settings and template (in the catalog),
    the password (in the system keyring), sending documents, and the history of every attempt."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def settings(self) -> SmtpSettings:
        return mail_settings.load_settings(self.vault.catalog)

    def save_settings(self, settings: SmtpSettings) -> None:
        """Checked first: the sender must be one valid address and no field may hold a line break
        (it would become a header of every message). The consent to a password in clear belongs to
        the unencrypted connection it was given for: saving any other security withdraws it. A
        password kept under the old keyring name (with the port saved before) moves to the account's."""
        if settings.sender_address:
            mail.parse_addresses(settings.sender_address, t("Remitente", "Sender"))
        mail.refuse_line_breaks(settings.sender_name, t("Nombre del remitente", "Sender name"))
        if settings.security != "none":
            settings = dataclasses.replace(settings, allow_plain_password=False)
        previous = self.settings()
        if (previous.username, previous.host) == (settings.username, settings.host):
            mail_settings.adopt_old_password(settings, ports=[previous.port])
        with self.vault._transaction() as changes:  # the settings and their change-log row commit together
            mail_settings.save_settings(self.vault.catalog, settings)
            changes.append(Change("settings_changed"))

    def template(self) -> MailTemplate:
        return mail_settings.load_template(self.vault.catalog)

    def save_template(self, template: MailTemplate) -> None:
        with self.vault._transaction() as changes:
            mail_settings.save_template(self.vault.catalog, template)
            changes.append(Change("settings_changed"))

    # The common providers' servers, most used first, and where each one's app password is made.
    presets = mail.PRESETS
    app_password_pages = mail.APP_PASSWORD_PAGES
    is_configured = staticmethod(mail_settings.is_configured)
    refuses_plain_password = staticmethod(mail.plain_password_refused)
    keyring_problem = staticmethod(mail_settings.keyring_problem)
    load_password = staticmethod(mail_settings.load_password)
    store_password = staticmethod(mail_settings.store_password)
    forget_password = staticmethod(mail_settings.forget_password)
    send_test = staticmethod(send_test)
    default_template = staticmethod(mail_settings.default_template)

    def attachments_for(self, document_ids: Sequence[int]) -> list[Attachment]:
        return attachments_for(self.vault, document_ids)

    def send_documents(self, settings: SmtpSettings, password: str | None, draft: Draft,
                       cancelled: Callable[[], bool] = lambda: False,
                       progress: mail.Progress | None = None) -> MailRecord:
        return send_documents(self.vault, settings, password, draft, cancelled, progress)

    def history(self, company_id: int | None = None, document_id: int | None = None, limit: int = 500) -> list[MailRecord]:
        """Newest first, each with its attachments; for one company, one document, or all."""
        return self.vault.catalog.mail_history(company_id, document_id, limit)
