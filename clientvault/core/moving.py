"""Moving and copying documents to another company (``Vault`` inherits these use cases).

A move keeps the document (its row, its history, its text, its e-mails) and only changes which
company holds it: the file goes from one company folder to the other under a name free there,
then the row follows, under both companies' locks (taken in id order, so two moves the other way
round never wait for each other). A copy is an import of the file into the other company (the same
checks, the same duplicate detection), with the details and tags of the original.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clientvault.core import errors, storage
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.i18n import t
from clientvault.core.papers import TransferReport, _as_date

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog
    from clientvault.core.importing import ImportSummary

log = logging.getLogger(__name__)


class DocumentMoves:
    """Mixed into ``Vault``."""

    if TYPE_CHECKING:
        catalog: Catalog
        who: tuple[str, str]

        def company(self, ref: int | str) -> Company: ...
        def company_dir(self, company_id: int) -> Path: ...
        def document(self, doc_id: int) -> Document: ...
        def find_document(self, doc_id: int) -> Document | None: ...
        def lock_company(self, company_id: int) -> AbstractContextManager[None]: ...
        def _transaction(self, subject: str | None = None) -> AbstractContextManager[list[Change]]: ...
        def _free_name(self, company_id: int, wanted: str, ignore_id: int | None = None) -> str: ...
        def _disk_refused(self, doc: Document, exc: BaseException) -> errors.StorageError: ...
        def record(self, doc_id: int, kind: str, detail: dict[str, Any] | None = None) -> None: ...
        def import_files(self, company_id: int, paths: Sequence[str | os.PathLike[str]],
                         keep_duplicates: bool = False) -> ImportSummary: ...

    def move_documents(self, doc_ids: Sequence[int], company_id: int) -> TransferReport:
        """Move live documents to another company. One whose content the target already has is
        left where it is (it would be a duplicate there), and the report says so."""
        target = self.company(company_id)
        report = TransferReport()
        for doc_id in dict.fromkeys(int(i) for i in doc_ids):
            first = self.document(doc_id)
            with ExitStack() as stack:
                for cid in sorted({first.company_id, target.id}):
                    stack.enter_context(self.lock_company(cid))
                doc = self.find_document(doc_id)
                reason = self._move_refusal(doc, first, target)
                if reason:
                    report.skipped.append((doc or first, reason))
                    continue
                assert doc is not None
                report.done.append(self._move_one(doc, target))
        return report

    def _move_refusal(self, doc: Document | None, first: Document, target: Company) -> str:
        if doc is None or doc.deleted_at is not None or doc.company_id != first.company_id:
            return t("ya no está en su empresa (otra ventana lo cambió).", "it is no longer in its company "
                     "(another window changed it).")
        if doc.company_id == target.id:
            return t(f"ya está en {target.name}.", f"it is already in {target.name}.")
        if not self.catalog.company_is_live(target.id):
            raise errors.NotFound(t(f"La empresa «{target.name}» ya no existe.",
                                    f"The company “{target.name}” no longer exists."))
        existing = self.catalog.duplicate_of(target.id, doc.checksum)
        if existing is not None:
            return t(f"{target.name} ya lo tiene como «{existing.filename}».",
                     f"{target.name} already has it as “{existing.filename}”.")
        return ""

    def _move_one(self, doc: Document, target: Company) -> Document:
        source = self.company(doc.company_id)
        name = self._free_name(target.id, doc.filename)
        src, dst = self.company_dir(source.id) / doc.filename, self.company_dir(target.id) / name
        try:
            storage.move(src, dst)
        except OSError as exc:
            raise self._disk_refused(doc, exc) from exc
        try:
            with self._transaction(doc.filename) as changes:
                old_name = doc.filename
                doc.company = target.id  # type: ignore[assignment]  # peewee takes the key for the row
                doc.filename, doc.name_key, doc.modified = name, name_key(name), utcnow()
                self.catalog.save_document(doc)
                detail = {"from": source.name, "to": target.name}
                if name != old_name:
                    detail["name"] = name
                self.record(doc.id, "moved", detail)
                changes.append(Change("document_removed", source.id, (doc.id,)))
                changes.append(Change("document_added", target.id, (doc.id,)))
        except BaseException:
            os.rename(dst, src)
            raise
        return doc

    def copy_documents(self, doc_ids: Sequence[int], company_id: int) -> TransferReport:
        """Copy live documents into another company, with their details and tags; a content the
        target already has is not copied again."""
        target = self.company(company_id)
        report = TransferReport()
        for doc_id in dict.fromkeys(int(i) for i in doc_ids):
            doc = self.document(doc_id)
            if doc.deleted_at is not None:
                report.skipped.append((doc, t("está en la papelera.", "it is in the trash.")))
                continue
            source = self.company(doc.company_id)
            summary = self.import_files(target.id, [self.company_dir(source.id) / doc.filename])
            result = summary.results[0] if summary.results else None
            if result is None or result.document is None:
                report.skipped.append((doc, result.message if result is not None else ""))
                continue
            copy_id = result.document.id
            tags = self.catalog.tags_of([doc.id])[doc.id]
            fields: dict[str, Any] = {"doc_type": doc.document_type_id, "created": _as_date(doc.created),
                                      "period": doc.period, "notes": doc.notes, "tags": tags}
            if doc.expires_set:
                fields["expires"] = _as_date(doc.expires_on)
            self.set_details([copy_id], **fields)  # type: ignore[attr-defined]  # DocumentPapers, beside it in Vault
            with self._transaction(doc.filename) as changes:
                self.record(copy_id, "copied", {"from": source.name, "name": doc.filename})
                self.record(doc.id, "copied", {"to": target.name})
                changes.append(Change("document_changed", source.id, (doc.id,)))
            report.done.append(self.document(copy_id))
        return report
