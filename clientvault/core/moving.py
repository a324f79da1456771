"""Moving and copying documents to another company (``Vault`` inherits these use cases).

A move keeps the document (its row, its history, its text, its e-mails) and only changes which
company holds it: the file goes from one company folder to the other under a name free there,
then the row follows, under both companies' locks (taken in id order, so two moves the other way
round never wait for each other). A copy is an import of the file into the other company (the same
checks, the same duplicate detection), with the details and tags of the original.
"""

from __future__ import annotations

import json
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
from clientvault.core.paper_rules import as_date
from clientvault.core.papers import TransferReport

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
        left where it is (it would be a duplicate there), one purged or moved meanwhile, or whose
        file the disk refuses to move, too; the report says why, and the others are moved."""
        target = self.company(company_id)
        report = TransferReport()
        for doc_id in dict.fromkeys(int(i) for i in doc_ids):
            first = self.find_document(doc_id)
            if first is None:
                report.skipped.append((_gone(doc_id), _GONE()))
                continue
            with ExitStack() as stack:
                for cid in sorted({first.company_id, target.id}):
                    stack.enter_context(self.lock_company(cid))
                doc = self.find_document(doc_id)
                reason = self._move_refusal(doc, first, target)
                if reason:
                    report.skipped.append((doc or first, reason))
                    continue
                assert doc is not None
                try:
                    report.done.append(self._move_one(doc, target))
                except errors.StorageError as exc:  # this file's disk trouble: the others may still go
                    report.skipped.append((doc, str(exc)))
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
        """The file, then the row. A note of the move is committed first and dropped with the row's
        change: killed in between (the file in the new folder, the row still in the old company),
        the next start (``finish_moves``) completes it instead of seeing a missing file and a
        stranger, which a repair would register as a second, bare document."""
        source = self.company(doc.company_id)
        name = self._free_name(target.id, doc.filename)
        src, dst = self.company_dir(source.id) / doc.filename, self.company_dir(target.id) / name
        note = f"{MOVE_NOTE}{doc.id}"
        self.catalog.put_settings({note: json.dumps({"from": source.id, "to": target.id, "old": doc.filename,
                                                     "new": name})})
        try:
            storage.move(src, dst)
        except OSError as exc:
            self.catalog.forget_setting(note)
            raise self._disk_refused(doc, exc) from exc
        try:
            self._moved(doc, source, target, name, note)
        except BaseException:
            os.rename(dst, src)
            self.catalog.forget_setting(note)
            raise
        return doc

    def _moved(self, doc: Document, source: Company, target: Company, name: str, note: str) -> None:
        """The row of a document whose file is now ``name`` in ``target``'s folder."""
        with self._transaction(doc.filename) as changes:
            old_name = doc.filename
            doc.company = target.id  # type: ignore[assignment]  # peewee takes the key for the row
            doc.filename, doc.name_key, doc.modified = name, name_key(name), utcnow()
            self.catalog.save_document(doc)
            detail = {"from": source.name, "to": target.name}
            if name != old_name:
                detail["name"] = name
            self.record(doc.id, "moved", detail)
            self.catalog.forget_setting(note)
            changes.append(Change("document_removed", source.id, (doc.id,)))
            changes.append(Change("document_added", target.id, (doc.id,)))

    def finish_moves(self) -> int:
        """Complete the moves a killed process left between the file and the row (see ``_move_one``);
        returns how many were completed. Called at the window's start and before a repair."""
        done = 0
        for note, raw in self.catalog.settings_like(MOVE_NOTE):
            try:
                move = json.loads(raw)
                doc_id, src_id, dst_id = int(note[len(MOVE_NOTE):]), int(move["from"]), int(move["to"])
                old, new = str(move["old"]), str(move["new"])
            except (ValueError, KeyError, TypeError):
                log.warning("dropping an unreadable move note %s: %r", note, raw)
                self.catalog.forget_setting(note)
                continue
            with ExitStack() as stack:
                for cid in sorted({src_id, dst_id}):
                    stack.enter_context(self.lock_company(cid))
                doc = self.find_document(doc_id)
                src, dst = self.company_dir(src_id) / old, self.company_dir(dst_id) / new
                source, target = self.catalog.company(src_id, True), self.catalog.company(dst_id, True)
                if (doc is not None and doc.company_id == src_id and doc.filename == old and dst.is_file()
                        and not src.exists() and source is not None and target is not None):
                    log.warning("completing the move of document %s to company %s cut short", doc_id, dst_id)
                    self._moved(doc, source, target, new, note)
                    done += 1
                else:  # never began (the file is still in place), or finished: the note is all that is left
                    self.catalog.forget_setting(note)
        return done

    def copy_documents(self, doc_ids: Sequence[int], company_id: int) -> TransferReport:
        """Copy live documents into another company, with their details and tags; a content the
        target already has is not copied again, nor a file that changed outside ClientVault since
        it was stored (a copy of it would spread content nobody checked)."""
        target = self.company(company_id)
        report = TransferReport()
        for doc_id in dict.fromkeys(int(i) for i in doc_ids):
            doc = self.find_document(doc_id)
            if doc is None:
                report.skipped.append((_gone(doc_id), _GONE()))
                continue
            if doc.deleted_at is not None:
                report.skipped.append((doc, t("está en la papelera.", "it is in the trash.")))
                continue
            source = self.company(doc.company_id)
            path = self.company_dir(source.id) / doc.filename
            try:
                changed = storage.file_sha256(path) != doc.checksum
            except OSError as exc:
                report.skipped.append((doc, str(self._disk_refused(doc, exc))))
                continue
            if changed:
                report.skipped.append((doc, t(
                    "cambió fuera de ClientVault desde que se guardó, así que no se copió. Revíselo con "
                    "«Archivo › Revisar archivos».",
                    "it was changed outside ClientVault since it was stored, so it was not copied. Check it with "
                    "“File › Check files”.")))
                continue
            summary = self.import_files(target.id, [path])
            result = summary.results[0] if summary.results else None
            if result is None or result.document is None:
                report.skipped.append((doc, result.message if result is not None else ""))
                continue
            copy_id = result.document.id
            tags = self.catalog.tags_of([doc.id])[doc.id]
            fields: dict[str, Any] = {"doc_type": doc.document_type_id, "created": as_date(doc.created),
                                      "period": doc.period, "notes": doc.notes, "tags": tags}
            if doc.expires_set:
                fields["expires"] = as_date(doc.expires_on)
            self.set_details([copy_id], **fields)  # type: ignore[attr-defined]  # DocumentPapers, beside it in Vault
            with self._transaction(doc.filename) as changes:
                self.record(copy_id, "copied", {"from": source.name, "name": doc.filename})
                self.record(doc.id, "copied", {"to": target.name})
                changes.append(Change("document_changed", source.id, (doc.id,)))
            report.done.append(self.document(copy_id))
        return report


MOVE_NOTE = "move.pending."  # a setting per move between its file and its row (see _move_one)


def _gone(doc_id: int) -> Document:
    """What a report names a document by once it was purged (its number: its name is gone with it)."""
    return Document(id=doc_id, filename=t(f"documento número {doc_id}", f"document number {doc_id}"))


def _GONE() -> str:  # noqa: N802 (a constant in the reader's language)
    return t("ya no existe (se eliminó definitivamente mientras tanto).", "it no longer exists (it was purged "
             "meanwhile).")
