"""The use cases that move a document's file: import (in ``importing.py``, inherited), rename, trash
and restore, purge, and accepting changed content. Each one runs under the company's lock (the one every process on the
vault takes) and changes the file and its row together, or neither.

A part of ``Vault`` (it inherits ``DocumentFiles``), kept in its own file so that each can be read
in one sitting; it uses the vault's catalog, paths, lock and transaction.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from clientvault.core import errors, sidecars, storage
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.filetypes import identify
from clientvault.core.i18n import t

# Where they have always been imported from (vault.py, and through it values.py and the tests).
from clientvault.core.importing import DocumentImports, ImportResult, ImportSummary, _storage_error, expand_paths

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from clientvault.core.catalog import Catalog
    from clientvault.core.vault import Vault

log = logging.getLogger(__name__)

# How long a deleted file stays in its trash: the window purges older ones at each start, and
# ``clientvault purge`` takes this as its default.
TRASH_DAYS = 30
# The setting that holds when the window first purged on its own (ISO, UTC): see purge_old_trash.
AUTO_PURGE_SINCE = "trash.auto_purge_since"

__all__ = ["DocumentFiles", "ImportResult", "ImportSummary", "_remove_empty_tree", "_storage_error", "expand_paths"]


def _remove_empty_tree(folder: Path) -> None:
    """Remove a company folder only if no document is left in it (never delete a stray file); its
    sidecar goes with it, since the company is gone from the catalog."""
    trash = folder / storage.TRASH_DIR
    def empty_trash(p: Path) -> bool:
        return p == trash and p.is_dir() and not any(p.iterdir())

    if folder.is_dir() and all(sidecars.is_own_file(p.name) or empty_trash(p) for p in folder.iterdir()):
        for own in folder.iterdir():
            if sidecars.is_own_file(own.name):
                own.unlink(missing_ok=True)
    for d in (trash, folder):
        try:
            d.rmdir()
        except OSError:
            pass


class DocumentFiles(DocumentImports):
    """Document use cases of ``Vault`` that touch files (see the module docstring)."""

    if TYPE_CHECKING:  # what they use of the vault (defined in vault.py)
        catalog: Catalog

        def company(self, ref: int | str) -> Company: ...
        def company_dir(self, company_id: int) -> Path: ...
        def trash_dir(self, company_id: int) -> Path: ...
        def document_path(self, doc: Document) -> Path: ...
        def document(self, doc_id: int) -> Document: ...
        def find_document(self, doc_id: int) -> Document | None: ...
        def lock_company(self, company_id: int) -> AbstractContextManager[None]: ...
        def _transaction(self, subject: str | None = None) -> AbstractContextManager[list[Change]]: ...
        def _revive_company(self, company: Company, changes: list[Change]) -> None: ...
        def record(self, doc_id: int, kind: str, detail: dict[str, object] | None = None) -> None: ...

    def _disk_refused(self, doc: Document, exc: BaseException) -> errors.StorageError:
        """Moving ``doc``'s file failed: the words name it and the true cause in its company's folder."""
        return _storage_error(doc.filename, exc, self.company_dir(doc.company_id))

    # -- names ------------------------------------------------------------------------------------

    def _free_name(self, company_id: int, wanted: str, ignore_id: int | None = None) -> str:
        """The first of ``wanted``, ``wanted (2)``... that no live document and no file on disk
        (left by hand, or an orphan) uses. Call under the company's lock."""
        folder = self.company_dir(company_id)
        own = self.document(ignore_id) if ignore_id is not None else None
        own_key = name_key(own.filename) if own is not None else None

        def taken(candidate: str) -> bool:
            on_disk = (folder / candidate).exists() and name_key(candidate) != own_key
            return on_disk or self.catalog.live_name_taken(company_id, candidate, ignore_id)

        return storage.free_name(wanted, taken)

    # -- documents: rename, trash --------------------------------------------------------------

    def rename(self, doc_id: int, new_name: str) -> Document:
        """Rename a live document, on disk too; the extension is kept if the new name lacks it."""
        doc = self.document(doc_id)
        with self.lock_company(doc.company_id):
            doc = self.document(doc_id)  # as it is now that no other writer is busy with this company
            if doc.deleted_at is not None:
                raise errors.NotFound(
                    t(
                        f"«{doc.filename}» está en la papelera; restáurelo antes de cambiarle el nombre.",
                        f"“{doc.filename}” is in the trash; restore it before renaming it.",
                    )
                )
            old_ext = Path(doc.filename).suffix
            wanted = storage.safe_name(new_name.strip(), fallback="")
            if not wanted:
                raise errors.NameConflict(t("Escriba un nombre.", "Enter a name."))
            if old_ext and Path(wanted).suffix.lower() != old_ext.lower():
                wanted += old_ext
            if wanted == doc.filename:
                return doc
            if self._free_name(doc.company_id, wanted, ignore_id=doc.id) != wanted:
                raise errors.NameConflict(
                    t(
                        f"Ya hay un archivo llamado «{wanted}» en esta empresa. Elija otro nombre.",
                        f"There is already a file named “{wanted}” in this company. Choose another name.",
                    )
                )
            folder = self.company_dir(doc.company_id)
            old, dst = folder / doc.filename, folder / wanted
            # On a case-sensitive disk "RUT.pdf" may be another, unregistered file beside "rut.pdf":
            # os.rename would silently replace it. Only the file itself (a case-only rename) may be there.
            if dst.exists() and old.exists() and not os.path.samefile(old, dst):
                raise errors.NameConflict(t(
                    f"Ya hay un archivo llamado «{wanted}» en la carpeta de la empresa. Elija otro nombre.",
                    f"There is already a file named “{wanted}” in the company's folder. Choose another name."))
            try:
                os.rename(old, dst)
            except OSError as exc:
                raise self._disk_refused(doc, exc) from exc
            try:
                with self._transaction(doc.filename) as changes:
                    old_name = doc.filename
                    doc.filename, doc.name_key, doc.title, doc.modified = wanted, name_key(wanted), Path(wanted).stem, utcnow()
                    self.catalog.save_document(doc)
                    self.record(doc.id, "renamed", {"old": old_name, "new": wanted})
                    changes.append(Change("document_changed", doc.company_id, (doc.id,)))
            except BaseException:
                os.rename(dst, old)
                raise
        return doc

    def delete(self, doc_ids: Iterable[int]) -> list[Document]:
        """Move documents to their company's trash; returns them (for Undo)."""
        done = []
        for doc_id in doc_ids:
            doc = self.document(doc_id)
            with self.lock_company(doc.company_id):
                found = self.find_document(doc_id)
                if found is None or found.deleted_at is not None:  # purged or trashed meanwhile
                    continue
                doc = found
                trash_name = f"{doc.id}-{doc.filename}"
                src, dst = self.document_path(doc), self.trash_dir(doc.company_id) / trash_name
                moved = False
                try:
                    storage.move(src, dst)
                    moved = True
                except FileNotFoundError:
                    log.warning("deleting %s whose file was already missing", src)
                except OSError as exc:
                    raise self._disk_refused(doc, exc) from exc
                try:
                    with self._transaction(doc.filename) as changes:
                        doc.deleted_at, doc.trash_name = utcnow(), trash_name
                        self.catalog.save_document(doc)
                        self.record(doc.id, "deleted")
                        changes.append(Change("document_removed", doc.company_id, (doc.id,)))
                except BaseException:
                    if moved:
                        os.rename(dst, src)
                    raise
            done.append(doc)
        return done

    def restore(self, doc_ids: Iterable[int], progress: Callable[[int, int], None] | None = None) -> list[Document]:
        """Bring documents back from the trash, under their old name if it is still free.
        ``progress(done, total)`` before each one (a window shows it: thousands take seconds)."""
        done = []
        ids = list(doc_ids)
        for i, doc_id in enumerate(ids):
            if progress is not None:
                progress(i, len(ids))
            first = self.find_document(doc_id)
            if first is None:  # purged meanwhile (another window emptied the trash): nothing to bring back
                continue
            with self.lock_company(first.company_id):
                doc = self.find_document(doc_id)
                if doc is None or doc.deleted_at is None:
                    continue
                src = self.document_path(doc)
                name = self._free_name(doc.company_id, doc.filename)
                dst = self.company_dir(doc.company_id) / name
                try:
                    storage.move(src, dst)
                except OSError as exc:
                    raise self._disk_refused(doc, exc) from exc
                try:
                    with self._transaction(doc.filename) as changes:
                        self._revive_company(doc.company, changes)
                        doc.deleted_at, doc.trash_name = None, None
                        doc.filename, doc.name_key = name, name_key(name)
                        self.catalog.save_document(doc)
                        self.record(doc.id, "restored")
                        changes.append(Change("document_changed", doc.company_id, (doc.id,)))
                except BaseException:
                    os.rename(dst, src)
                    raise
            done.append(doc)
        return done

    def purge_old_trash(self) -> int:
        """The window's purge at start: what was trashed more than ``TRASH_DAYS`` ago. The first
        start that purges notes the day, and nothing goes until ``TRASH_DAYS`` after it, so files an
        older release left in the trash (which never emptied itself) get their 30 days under the
        rule the trash view now states, not a silent purge at the upgrade."""
        since = datetime.fromisoformat(self.catalog.setting_once(AUTO_PURGE_SINCE, utcnow().isoformat()))
        if utcnow() - since < timedelta(days=TRASH_DAYS):
            return 0
        return self.purge(older_than_days=TRASH_DAYS)

    def purge(
        self, doc_ids: Iterable[int] | None = None, older_than_days: float | None = TRASH_DAYS,
        company_id: int | None = None, progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Delete for good: the given trashed documents, or every one trashed more than N days ago.
        Returns how many were purged. Live documents are never touched. ``progress(done, total)``
        before each file; ``cancelled()`` asked between files (those purged stay purged)."""
        before = utcnow() - timedelta(days=older_than_days) if older_than_days is not None else None
        docs = self.catalog.trashed(doc_ids, before if doc_ids is None else None, company_id)
        purged = 0
        for i, listed in enumerate(docs):
            if progress is not None:
                progress(i, len(docs))
            if cancelled is not None and cancelled():
                break
            with self.lock_company(listed.company_id):
                doc = self.find_document(listed.id)
                if doc is None or doc.deleted_at is None:  # purged or restored by another window meanwhile
                    continue
                # The file first takes a name that says "being purged": killed after the commit, the
                # next repair (or start) deletes it instead of taking it for an unregistered file.
                path = self.document_path(doc)
                marker = path.with_name(f"{storage.PURGE_PREFIX}{doc.id}")
                if doc.trash_name is None:
                    # A trashed row that does not say where its file is (a damaged or hand-edited
                    # catalog): its path would be a live file's name. Only the row goes.
                    log.warning("purging document %s without a trash name: its row only", doc.id)
                    marker = path = Path()
                try:
                    if path != Path():
                        os.rename(path, marker)
                except FileNotFoundError:
                    marker = path  # already gone from disk: only the row is left to delete
                except OSError as exc:
                    raise self._disk_refused(doc, exc) from exc
                try:
                    with self._transaction(doc.filename) as changes:
                        self.catalog.delete_document(doc)
                        changes.append(Change("document_removed", doc.company_id, (doc.id,)))
                except BaseException:
                    if marker != path:
                        os.rename(marker, path)
                    raise
                if marker != Path():
                    marker.unlink(missing_ok=True)
                purged += 1
        for company in self.catalog.removed_companies_without_documents():
            with self._transaction() as changes:
                self.catalog.delete_company(company)
                changes.append(Change("company_removed", company.id))
            _remove_empty_tree(self.company_dir(company.id))
        return purged

    # -- maintenance ------------------------------------------------------------------------------

    def accept_current(self, doc_id: int) -> Document:
        """«Aceptar el contenido actual»: the person says the document's content as it is now (in
        its place, or where a repair set it aside) is the right one. Only a file the vault would
        accept (a kind it keeps, under the size limit, not empty) is recorded; anything else is
        refused and left where it is."""
        from clientvault.core.maintenance import changed_copy

        doc = self.document(doc_id)
        with self.lock_company(doc.company_id):
            doc = self.document(doc_id)
            place = self.document_path(doc)
            source = place if place.is_file() else changed_copy(cast("Vault", self), doc)
            if source is None:
                raise errors.NotFound(t(
                    f"No hay contenido de «{doc.filename}» que aceptar: falta su archivo. Recupérelo de su propia copia.",
                    f"There is no content of “{doc.filename}” to accept: its file is missing. Get it back from your "
                    "own copy."))
            kind = identify(source, display_name=doc.filename)  # FileRefused: the reason, nothing changed
            digest, size = storage.file_sha256(source), source.stat().st_size
            if source != place:
                storage.move(source, place)
            try:
                with self._transaction(doc.filename) as changes:
                    doc.checksum, doc.size, doc.mime_type, doc.modified = digest, size, kind.mime, utcnow()
                    self.catalog.save_document(doc)
                    self.record(doc.id, "accepted")
                    changes.append(Change("document_changed", doc.company_id, (doc.id,)))
            except BaseException:
                if source != place:
                    os.rename(place, source)
                raise
        return doc
