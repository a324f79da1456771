"""Sending vault documents by e-mail, and the history of every attempt.

One function does the whole use case for the window and the command line alike: gather the files,
check the size, build, send, and write one ``MailRecord`` whatever happened, so the accountant can
later prove what went to whom (or see why it did not). Runs on any thread: peewee gives each
thread its own connection. Reached as ``vault.mail`` (``VaultMail``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from clientvault.core import mail, mail_settings
from clientvault.core.catalog.models import Company, MailRecord
from clientvault.core.changes import Change
from clientvault.core.i18n import t
from clientvault.core.mail import Attachment, MailError, SmtpSettings
from clientvault.core.mail_settings import MailTemplate
from clientvault.core.vault import Vault


@dataclass
class Draft:
    """What the person typed; kept intact by the window when a send fails."""

    to: str
    cc: str
    subject: str
    body: str
    document_ids: list[int]


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
             to_addrs=draft.to.strip(), cc_addrs=draft.cc.strip(), subject=draft.subject, success=error is None,
             error=error.full_text() if error else ""),
        [(att.document_id, att.filename, att.size) for att in attachments])


def send_documents(
    vault: Vault,
    settings: SmtpSettings,
    password: str | None,
    draft: Draft,
    cancelled: Callable[[], bool] = lambda: False,
    progress: mail.Progress | None = None,
) -> MailRecord:
    """Send and record. Raises ``MailError`` after recording it; a local refusal (bad address, too
    large) is recorded too, since the person pressed Send and may wonder later what happened."""
    company = _company_of(vault, draft.document_ids)
    attachments: list[Attachment] = []
    try:
        attachments = attachments_for(vault, draft.document_ids)
        mail.check_size(attachments, settings.size_limit_mb)
        message = mail.build_message(settings, draft.to, draft.cc, draft.subject, draft.body, attachments)
        mail.send(settings, password, message, cancelled, progress)
    except MailError as exc:
        record(vault, settings, draft, attachments, company, exc)
        raise
    except OSError as exc:  # an attachment vanished or could not be read
        err = MailError("file", t(f"No se pudo leer un adjunto: {exc.strerror or exc}. Ejecute «Verificar» en la bóveda.",
                                  f"An attachment could not be read: {exc.strerror or exc}. Run “Verify” on the vault."))
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
        (it would become a header of every message)."""
        if settings.sender_address:
            mail.parse_addresses(settings.sender_address, t("Remitente", "Sender"))
        mail.refuse_line_breaks(settings.sender_name, t("Nombre del remitente", "Sender name"))
        with self.vault._transaction() as changes:  # the settings and their change-log row commit together
            mail_settings.save_settings(self.vault.catalog, settings)
            changes.append(Change("settings_changed"))

    def template(self) -> MailTemplate:
        return mail_settings.load_template(self.vault.catalog)

    def save_template(self, template: MailTemplate) -> None:
        with self.vault._transaction() as changes:
            mail_settings.save_template(self.vault.catalog, template)
            changes.append(Change("settings_changed"))

    is_configured = staticmethod(mail_settings.is_configured)
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
