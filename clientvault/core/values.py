"""The plain values and shared rules the vault hands to its clients (the window, the command line).

``ui/`` and ``cli/`` import from the core only ``core.vault``, this module, ``core.errors`` and
``core.i18n`` (tests/core/test_layers.py enforces it), so what the core is made of can change
without touching them. Names load on first use (PEP 562): the window's start-up must not pay for
smtplib and ssl because a dialog somewhere might send a mail.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names, for type checkers (unused here, hence noqa)
    from clientvault.core.backup_zip import BackupCompany, BackupContents, BackupResult, RestoreReport  # noqa: F401
    from clientvault.core.backups import describe as describe_backup  # noqa: F401
    from clientvault.core.catalog.models import Company, Document, DocumentType, MailAttachment, MailRecord, fold  # noqa: F401
    from clientvault.core.changes import Change  # noqa: F401
    from clientvault.core.deadlines import DueItem, PaperGap  # noqa: F401
    from clientvault.core.files import TRASH_DAYS  # noqa: F401
    from clientvault.core.filetypes import KINDS, MAX_SIZE, Kind, label_for  # noqa: F401
    from clientvault.core.history import HistoryEntry  # noqa: F401
    from clientvault.core.indexing import IndexReport, index_documents  # noqa: F401
    from clientvault.core.mail import DEFAULT_PORTS, MB, PRESETS, SECURITY_CHOICES, Attachment, SmtpSettings, address_problem  # noqa: F401
    from clientvault.core.mail_settings import MailTemplate  # noqa: F401
    from clientvault.core.maintenance import Problem, VerifyReport  # noqa: F401
    from clientvault.core.nit import check_digit  # noqa: F401
    from clientvault.core.nit import parse as parse_nit  # noqa: F401
    from clientvault.core.outbox import Draft  # noqa: F401
    from clientvault.core.paper_rules import DUE_DAYS, EXPIRED_DAYS, RULES, TYPE_UNTYPED, as_date, clean_period, rule_expiry  # noqa: F401
    from clientvault.core.paper_rules import status as expiry_status  # noqa: F401
    from clientvault.core.papers import DocumentDetails, OwnerMismatch, TransferReport, nit_display  # noqa: F401
    from clientvault.core.rebuild import RebuildReport  # noqa: F401
    from clientvault.core.removed import RemovedCompany, RestoredCompany  # noqa: F401
    from clientvault.core.search import HIT_END, HIT_START, kind_names, mime_types_for  # noqa: F401
    from clientvault.core.storage import free_name, numbered  # noqa: F401
    from clientvault.core.suggest import Suggestion  # noqa: F401
    from clientvault.core.text import ocr_available  # noqa: F401
    from clientvault.core.text.worker import TextWorker  # noqa: F401
    from clientvault.core.vault import CompanyInfo, ImportResult, ImportSummary, company_email_problem  # noqa: F401

_HOMES = {
    "clientvault.core.catalog.models": ("Company", "Document", "DocumentType", "MailAttachment", "MailRecord", "fold"),
    "clientvault.core.paper_rules": ("DUE_DAYS", "EXPIRED_DAYS", "as_date", "RULES", "TYPE_UNTYPED", "clean_period",
                                     "rule_expiry"),
    "clientvault.core.papers": ("DocumentDetails", "OwnerMismatch", "TransferReport", "nit_display"),
    "clientvault.core.deadlines": ("DueItem", "PaperGap"),
    "clientvault.core.history": ("HistoryEntry",),
    "clientvault.core.suggest": ("Suggestion",),
    "clientvault.core.changes": ("Change",),
    "clientvault.core.filetypes": ("KINDS", "MAX_SIZE", "Kind", "label_for"),
    "clientvault.core.indexing": ("IndexReport", "index_documents"),
    "clientvault.core.mail": ("DEFAULT_PORTS", "MB", "PRESETS", "SECURITY_CHOICES", "Attachment", "SmtpSettings",
                              "address_problem"),
    "clientvault.core.mail_settings": ("MailTemplate",),
    "clientvault.core.maintenance": ("Problem", "VerifyReport"),
    "clientvault.core.nit": ("check_digit",),
    "clientvault.core.outbox": ("Draft",),
    "clientvault.core.rebuild": ("RebuildReport",),
    "clientvault.core.search": ("HIT_END", "HIT_START", "kind_names", "mime_types_for"),
    "clientvault.core.storage": ("free_name", "numbered"),
    "clientvault.core.text": ("ocr_available",),
    "clientvault.core.text.worker": ("TextWorker",),
    "clientvault.core.vault": ("CompanyInfo", "ImportResult", "ImportSummary", "company_email_problem"),
    "clientvault.core.removed": ("RemovedCompany", "RestoredCompany"),
    "clientvault.core.files": ("TRASH_DAYS",),
    "clientvault.core.backup_zip": ("BackupCompany", "BackupContents", "BackupResult", "RestoreReport"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}
_RENAMED = {"parse_nit": ("clientvault.core.nit", "parse"), "describe_backup": ("clientvault.core.backups", "describe"),
            "expiry_status": ("clientvault.core.paper_rules", "status")}

__all__ = sorted([*_WHERE, *_RENAMED])


def __getattr__(name: str) -> Any:
    module, attr = _RENAMED.get(name, (_WHERE.get(name, ""), name))
    if not module:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
