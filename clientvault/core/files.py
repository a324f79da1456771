"""The use cases that move a document's file: import, rename, trash and restore, purge, and
accepting changed content. Each one runs under the company's lock (the one every process on the
vault takes) and changes the file and its row together, or neither.

A part of ``Vault`` (it inherits ``DocumentFiles``), kept in its own file so that each can be read
in one sitting; it uses the vault's catalog, paths, lock and transaction.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from clientvault.core import errors, sidecars, storage
from clientvault.core.catalog import CatalogError
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.filetypes import EXTENSIONS, Kind, identify
from clientvault.core.i18n import t

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from clientvault.core.catalog import Catalog
    from clientvault.core.vault import Vault

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    """What happened to one file offered to the vault."""

    source: Path
    status: Literal["imported", "duplicate", "refused"]
    message: str
    document: Document | None = None
    existing: Document | None = None


@dataclass
class ImportSummary:
    results: list[ImportResult] = field(default_factory=list)
    cancelled: bool = False

    def of(self, status: str) -> list[ImportResult]:
        return [r for r in self.results if r.status == status]


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files given directly, plus the supported files inside any folder given (recursively).

    Inside a folder only files with a known extension are taken: a dropped folder often holds
    thumbnails, shortcuts and system files that the person did not mean to offer.

    Links: one given directly (a file or a folder) is followed, the person chose it. Inside a
    folder, a link that points outside that folder is not followed but returned marked
    (``filetypes.OutsideLink``), so that ``identify`` refuses it and the import lists it with its
    reason; a link to a folder inside it is skipped (its files are taken where they are). A marked
    path given back (the command line imports one file at a time) stays marked.
    """
    from clientvault.core.filetypes import OutsideLink

    def inside(entry: Path, real_root: str) -> bool:
        real = os.path.realpath(entry)
        try:
            return os.path.commonpath([real, real_root]) == real_root
        except ValueError:  # another drive (Windows)
            return False

    out: list[Path] = []
    for raw in paths:
        if isinstance(raw, OutsideLink) and raw.given_folder is not None:
            out.append(raw)
            continue
        p = Path(raw)
        if not p.is_dir():
            out.append(p)
            continue
        real_root = os.path.realpath(p)
        for root, dirs, files in os.walk(p):
            here = Path(root)
            links = [here / d for d in sorted(dirs) if not d.startswith(".") and (here / d).is_symlink()]
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (here / d).is_symlink())
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                    entry = here / name
                    out.append(OutsideLink.of(entry, p) if entry.is_symlink() and not inside(entry, real_root) else entry)
            out.extend(OutsideLink.of(link, p, to_folder=True) for link in links if not inside(link, real_root))
    return out


def _storage_error(name: str, exc: BaseException, folder: Path | None = None) -> errors.StorageError:
    """The disk or the database refused: the true cause (full, read-only, no permission) when it is
    known, the system's words otherwise; never "damaged" for what is not."""
    from clientvault.core import diskerrors

    known = diskerrors.explain(exc, folder) if folder is not None else ""
    if known:
        return errors.StorageError(t(f"No se pudo guardar {name}. {known} No se cambió nada en la bóveda.",
                                     f"Could not save {name}. {known} Nothing in the vault was changed."))
    detail = diskerrors.detail(exc)
    return errors.StorageError(
        t(
            f"No se pudo guardar {name}: {detail}. No se cambió nada en la bóveda; vuelva a intentarlo.",
            f"Could not save {name}: {detail}. Nothing in the vault was changed; please try again.",
        )
    )


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


class DocumentFiles:
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

    def _disk_refused(self, doc: Document, exc: BaseException) -> errors.StorageError:
        """Moving ``doc``'s file failed: the words name it and the true cause in its company's folder."""
        return _storage_error(doc.filename, exc, self.company_dir(doc.company_id))

    # -- documents: import ---------------------------------------------------------------------

    def check_file(self, path: str | os.PathLike[str]) -> Kind:
        """Whether a file may be imported (raises ``FileRefused`` with the reason); changes nothing."""
        return identify(path)

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

    def import_file(self, company_id: int, path: str | os.PathLike[str], keep_duplicates: bool = False) -> ImportResult:
        """Import one file; refusals and duplicates are results, not exceptions."""
        return self._import_one(self.company(company_id), Path(path), keep_duplicates)

    def _import_one(self, company: Company, src: Path, keep_duplicates: bool) -> ImportResult:
        """Order of work: check -> copy to a temporary name while hashing -> fsync -> under the
        company's lock (duplicate check, name choice, transaction: insert row, rename into place,
        commit). Any failure removes the copy and rolls back the row.

        The slow copy runs outside the lock, so imports from several windows overlap; a repair
        leaves temporary copies alone unless they are old (see maintenance.py). The folder itself
        is not fsynced (that doubled the cost of a small file): after a power cut every mix of "row
        kept / rename kept" is recoverable by ``verify --repair``, because the content was fsynced
        under its temporary name, which verify matches to the row by checksum."""
        try:
            kind = identify(src)
        except errors.FileRefused as exc:
            return ImportResult(src, "refused", exc.reason)
        folder = self.company_dir(company.id)
        try:
            copy = storage.copy_to_temp(src, folder, src.name)
        except errors.FileRefused as exc:  # it grew past the limit after it was checked
            return ImportResult(src, "refused", exc.reason)
        except errors.StorageError as exc:  # the disk refused the copy: full, read-only...
            return ImportResult(src, "refused", exc.message)
        target: Path | None = None
        committed = False
        try:
            with self.lock_company(company.id):
                if not self.catalog.company_is_live(company.id):  # removed by another window meanwhile
                    copy.temp_path.unlink(missing_ok=True)
                    return ImportResult(src, "refused", t(
                        f"la empresa «{company.name}» se quitó mientras se subía; no se guardó.",
                        f"the company “{company.name}” was removed during the upload; not saved."))
                if not keep_duplicates:
                    existing = self.catalog.duplicate_of(company.id, copy.checksum)
                    if existing is not None:
                        copy.temp_path.unlink(missing_ok=True)
                        return ImportResult(
                            src,
                            "duplicate",
                            t(
                                f"ya está en la bóveda como «{existing.filename}»; no se copió de nuevo.",
                                f"already in the vault as “{existing.filename}”; not copied again.",
                            ),
                            existing=existing,
                        )
                name = self._free_name(company.id, storage.safe_name(src.name))
                now = utcnow()
                fields = dict(
                    company=company.id, title=Path(name).stem, original_filename=src.name, filename=name,
                    name_key=name_key(name), mime_type=kind.mime, size=copy.size, checksum=copy.checksum,
                    added=now, modified=now,
                )
                with self._transaction(src.name) as changes:
                    doc_id = self.catalog.insert_document(fields)
                    storage.move(copy.temp_path, folder / name)
                    target = folder / name  # ours once moved: a file already there is another writer's
                    changes.append(Change("document_added", company.id, (doc_id,)))
                committed = True
        except BaseException as exc:
            copy.temp_path.unlink(missing_ok=True)
            if target is not None and not committed:
                target.unlink(missing_ok=True)
            if isinstance(exc, errors.NameClash | FileExistsError):
                # Only a writer that ignores the lock (an older release) can get here.
                raise errors.StorageError(
                    t(f"No se encontró un nombre libre para {src.name}; vuelva a intentarlo.",
                      f"Could not find a free name for {src.name}; please try again.")) from exc
            if isinstance(exc, OSError | CatalogError):
                raise _storage_error(src.name, exc, folder) from exc
            raise
        doc = self.catalog.Document(id=doc_id, **fields)
        return ImportResult(src, "imported", t(f"guardado como «{doc.filename}».", f"saved as “{doc.filename}”."), document=doc)

    def import_files(
        self,
        company_id: int,
        paths: Sequence[str | os.PathLike[str]],
        keep_duplicates: bool = False,
        progress: Callable[[int, int, Path], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportSummary:
        """Import many files; folders are expanded. Cancelling stops before the next file, so every
        file already imported stays, and none is half-written."""
        files = expand_paths(paths)
        company = self.company(company_id)
        summary = ImportSummary()
        for i, src in enumerate(files):
            if cancelled is not None and cancelled():
                summary.cancelled = True
                break
            if progress is not None:
                progress(i, len(files), src)
            try:
                summary.results.append(self._import_one(company, src, keep_duplicates))
            except errors.VaultError as exc:
                summary.results.append(ImportResult(src, "refused", exc.message))
        if progress is not None and not summary.cancelled:
            progress(len(files), len(files), Path())
        return summary

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
                    doc.filename, doc.name_key, doc.title, doc.modified = wanted, name_key(wanted), Path(wanted).stem, utcnow()
                    self.catalog.save_document(doc)
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
                        changes.append(Change("document_removed", doc.company_id, (doc.id,)))
                except BaseException:
                    if moved:
                        os.rename(dst, src)
                    raise
            done.append(doc)
        return done

    def restore(self, doc_ids: Iterable[int]) -> list[Document]:
        """Bring documents back from the trash, under their old name if it is still free."""
        done = []
        for doc_id in doc_ids:
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
                        changes.append(Change("document_changed", doc.company_id, (doc.id,)))
                except BaseException:
                    os.rename(dst, src)
                    raise
            done.append(doc)
        return done

    def purge(
        self, doc_ids: Iterable[int] | None = None, older_than_days: float | None = 30, company_id: int | None = None
    ) -> int:
        """Delete for good: the given trashed documents, or every one trashed more than N days ago.
        Returns how many were purged. Live documents are never touched."""
        before = utcnow() - timedelta(days=older_than_days) if older_than_days is not None else None
        docs = self.catalog.trashed(doc_ids, before if doc_ids is None else None, company_id)
        purged = 0
        for listed in docs:
            with self.lock_company(listed.company_id):
                doc = self.find_document(listed.id)
                if doc is None or doc.deleted_at is None:  # purged or restored by another window meanwhile
                    continue
                # The file first takes a name that says "being purged": killed after the commit, the
                # next repair (or start) deletes it instead of taking it for an unregistered file.
                path = self.document_path(doc)
                marker = path.with_name(f"{storage.PURGE_PREFIX}{doc.id}")
                try:
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
                    changes.append(Change("document_changed", doc.company_id, (doc.id,)))
            except BaseException:
                if source != place:
                    os.rename(place, source)
                raise
        return doc
