"""The vault's use cases. Every change to a file and its row happens together, or not at all.

The window and the command line are two clients of this class; neither runs SQL nor touches the
vault folder directly. The metadata lives in a ``Catalog`` (SQLite by default); the files in
``companies/<id>/``. Every use case that chooses or changes a file name runs under the company's
lock, which every process on the vault respects, and tells the change feed after it commits.
Checking and repairing the vault and exporting a company live in ``maintenance.py``, e-mail in
``outbox.py`` (reached as ``vault.mail``).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from clientvault.core import backups, errors, sidecars, storage
from clientvault.core import nit as nitlib
from clientvault.core.catalog import Catalog, CatalogError, RuleBroken, SortKey, SqliteDialect
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.changes import Change, ChangeFeed, Listener
from clientvault.core.filetypes import EXTENSIONS, Kind, identify
from clientvault.core.i18n import t
from clientvault.paths import create_private_file, ensure_private_dir, make_private

if TYPE_CHECKING:
    from clientvault.core.maintenance import VerifyReport
    from clientvault.core.outbox import VaultMail
    from clientvault.core.rebuild import RebuildReport

log = logging.getLogger(__name__)

SORT_KEYS: tuple[SortKey, ...] = ("name", "format", "date", "size")
_UNSET: object = object()
# How long a writer waits for another process's lock on a company before saying so.
LOCK_TIMEOUT = 60.0

__all__ = ["SORT_KEYS", "Change", "Company", "CompanyInfo", "Document", "ImportResult", "ImportSummary",
           "SortKey", "Vault", "expand_paths"]


@dataclass
class ImportResult:
    """What happened to one file offered to the vault."""

    source: Path
    status: Literal["imported", "duplicate", "refused"]
    message: str
    document: Document | None = None
    existing: Document | None = None


@dataclass
class CompanyInfo:
    company: Company
    count: int = 0
    total_size: int = 0


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


class Vault:
    """One vault: a catalog of metadata and a data folder with ``companies/<id>/`` folders.

    ``Vault(data_dir)`` (or ``Vault.open``) opens today's default, the SQLite catalog
    ``vault.db`` in the data folder; pass ``catalog`` to put the metadata elsewhere.
    """

    def __init__(self, data_dir: str | os.PathLike[str], catalog: Catalog | None = None) -> None:
        # What an older release, a copy or a restore left readable by other accounts (0644, 0755)
        # becomes 0600/0700. First the data folder and its own files, before SQLite opens vault.db
        # (its -wal and -shm take vault.db's mode); the whole tree once the catalog is open.
        loosened = make_private(Path(data_dir), tree=False)
        self.root = ensure_private_dir(Path(data_dir))
        self.companies_dir = ensure_private_dir(self.root / "companies")
        self.db_path = self.root / "vault.db"
        identity = sidecars.read_identity(self.root)
        if catalog is None:
            dialect = SqliteDialect(self.db_path)
            if not dialect.exists() and (identity is not None or _has_company_sidecars(self.companies_dir)):
                # The folder had a catalog and it is gone or empty (its identity file may be gone
                # too: the company folders still say they belong to a vault): an empty new one
                # would look like a vault without documents, and a repair would misfile them.
                raise errors.CatalogMissing(str(self.root), backup=_newest_backup(self.root))
            # An empty 0600 file first: SQLite gives its -wal and -shm the main file's mode.
            create_private_file(self.db_path)
            try:
                catalog = Catalog.open(dialect)
            except errors.DatabaseDamaged as exc:
                raise errors.DatabaseDamaged(exc.path, _newest_backup(self.root)) from exc
        self.catalog = catalog
        # The tree when needed (paths.make_private), and a backup a migration just took beside vault.db.
        make_private(self.root, force=loosened > 0)
        try:
            self.vault_id = self._check_identity(identity)
        except BaseException:
            catalog.close()
            raise
        if catalog.all_companies():  # an empty new vault has nothing to keep yet
            backups.daily_if_due(self)
        self.changes = ChangeFeed()
        self._cursor = self.catalog.change_cursor()
        self._mail: VaultMail | None = None
        self._local = threading.local()  # per thread: how long a writer waits for another's lock

    def _check_identity(self, identity: str | None) -> str:
        """The folder's identity and the catalog's must agree; a vault from before identities (or a
        new one) gets one now, and every company folder its sidecar."""
        recorded = self.catalog.setting(sidecars.SETTING_KEY)
        if identity is not None and recorded is not None and identity != recorded:
            raise errors.CatalogMissing(str(self.root), foreign=True, backup=_newest_backup(self.root))
        # A catalog with no identity and no company beside a folder that has one and company folders:
        # not this folder's catalog (made by hand, or by a release that replaced a lost one).
        if (identity is not None and recorded is None and not self.catalog.all_companies()
                and any(p.is_dir() for p in self.companies_dir.iterdir())):
            raise errors.CatalogMissing(str(self.root), foreign=True, backup=_newest_backup(self.root))
        vault_id = recorded
        if vault_id is None:
            # Two processes may be opening a new vault at once: the first id written wins, and both
            # use the one the catalog holds.
            vault_id = self.catalog.setting_once(sidecars.SETTING_KEY, identity or sidecars.new_vault_id())
        if identity != vault_id:
            sidecars.write_identity(self.root, vault_id)
        for company in self.catalog.all_companies():
            if sidecars.read_sidecar(self.company_dir(company.id)) is None:
                self._write_sidecar(company, vault_id)
        return vault_id

    def _write_sidecar(self, company: Company, vault_id: str | None = None) -> None:
        try:
            sidecars.write_sidecar(self.company_dir(company.id), vault_id or self.vault_id, company)
        except OSError as exc:  # the catalog already holds the truth; the sidecar is a spare
            log.warning("could not write the sidecar of company %s: %s", company.id, exc)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str]) -> Vault:
        return cls(data_dir)

    def close(self) -> None:
        self.catalog.close()

    def release_thread(self) -> None:
        """A worker thread that used the vault closes its own database connection when it ends
        (peewee keeps one per thread; closing acts on the calling thread's only)."""
        self.catalog.close()

    def wait_for_locks(self, seconds: float) -> None:
        """How long use cases called from this thread wait for another writer's lock before saying
        ``VaultBusy``. The window's own thread waits a few seconds, not a minute: a repair run from
        the command line may hold a company for a while, and the window must not freeze meanwhile."""
        self._local.lock_timeout = float(seconds)

    @property
    def mail(self) -> VaultMail:
        """Mail settings, sending and the send history. Loaded on first use: smtplib, ssl and the
        keyring cost a sixth of the window's start-up, and most sessions never send a mail."""
        if self._mail is None:
            from clientvault.core.outbox import VaultMail

            self._mail = VaultMail(self)
        return self._mail

    # -- the change feed -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every committed change (on the committing thread)."""
        return self.changes.subscribe(listener)

    @contextmanager
    def _transaction(self, subject: str | None = None) -> Iterator[list[Change]]:
        """One catalog transaction; the changes appended to the yielded list are written to the
        change log inside it and announced after the commit (never for a rolled-back one). A
        failure of the database becomes words that name ``subject`` (a file) and the true cause."""
        pending: list[Change] = []
        try:
            with self.catalog.atomic():
                yield pending
                self.catalog.log_changes(pending)
        except CatalogError as exc:
            if isinstance(exc, RuleBroken):  # a broken rule is a bug to log, not a disk's fault
                raise
            raise _storage_error(subject or t("el cambio", "the change"), exc, self.root) from exc
        for change in pending:
            self.changes.publish(change)

    def poll_changes(self) -> int:
        """Announce what other processes committed since the last call; returns how many changes."""
        self._cursor, found = self.catalog.changes_since(self._cursor)
        for change in found:
            self.changes.publish(change)
        return len(found)

    def lock_company(self, company_id: int) -> AbstractContextManager[None]:
        """The company's lock: name choice, duplicate check and the rename into place happen under
        it, in every process, so two writers never pick the same name or both store one content."""
        return self.catalog.lock(f"company-{int(company_id)}", getattr(self._local, "lock_timeout", LOCK_TIMEOUT))

    # -- paths ---------------------------------------------------------------------------------

    def company_dir(self, company_id: int) -> Path:
        return self.companies_dir / str(company_id)

    def trash_dir(self, company_id: int) -> Path:
        return self.company_dir(company_id) / storage.TRASH_DIR

    def document_path(self, doc: Document) -> Path:
        """Where the document's file is now: in the company folder, or in its trash."""
        if doc.deleted_at is not None and doc.trash_name:
            return self.trash_dir(doc.company_id) / doc.trash_name
        return self.company_dir(doc.company_id) / doc.filename

    # -- companies -----------------------------------------------------------------------------

    def companies(self, search: str = "") -> list[CompanyInfo]:
        """Companies in name order, each with its count and size of live documents."""
        return [CompanyInfo(c, n, size) for c, n, size in self.catalog.companies(search)]

    def company(self, ref: int | str) -> Company:
        """A company by id, or by its exact name (case-insensitive), as the command line takes it."""
        found: Company | None = None
        if isinstance(ref, int) or (str(ref).isascii() and str(ref).isdigit()):
            found = self.catalog.company(int(ref))
        if found is None and isinstance(ref, str):
            found = self.catalog.company_named(ref.strip())
        if found is None:
            raise errors.NotFound(
                t(
                    f"No existe la empresa «{ref}». Revise el nombre o el número.",
                    f"There is no company “{ref}”. Check the name or the number.",
                )
            )
        return found

    @staticmethod
    def _clean_company_fields(name: str, nit: str | None, email: str | None) -> tuple[str, str | None, int | None, str | None]:
        name = " ".join(name.split())
        if not name:
            raise errors.CompanyError(t("Escriba la razón social de la empresa.", "Enter the company's legal name."))
        number: str | None = None
        dv: int | None = None
        if nit and nit.strip():
            try:
                number, dv = nitlib.parse(nit)
            except ValueError as exc:
                raise errors.CompanyError(str(exc)) from None
        if email is not None:
            email = email.strip() or None
            problem = company_email_problem(email or "")
            if problem:
                raise errors.CompanyError(problem)
        return name, number, dv, email

    def _name_taken_error(self, name: str) -> errors.CompanyError:
        return errors.CompanyError(t(f"Ya existe una empresa llamada «{name}».", f"A company named “{name}” already exists."))

    def add_company(
        self, name: str, nit: str | None = None, email: str | None = None, phone: str | None = None, notes: str = ""
    ) -> Company:
        name, number, dv, email = self._clean_company_fields(name, nit, email)
        try:
            with self._transaction() as changes:
                company = self.catalog.add_company(
                    name=name, name_key=name_key(name), nit=number, dv=dv, email=email,
                    phone=(phone or "").strip() or None, notes=notes)
                changes.append(Change("company_added", company.id))
        except errors.NameClash:
            raise self._name_taken_error(name) from None
        ensure_private_dir(self.company_dir(company.id))
        self._write_sidecar(company)
        return company

    def edit_company(
        self,
        ref: int | str,
        *,
        name: str | None = None,
        nit: object = _UNSET,
        email: object = _UNSET,
        phone: object = _UNSET,
        notes: object = _UNSET,
    ) -> Company:
        """Change only the fields given; ``nit=None`` or ``""`` clears the NIT."""
        company = self.company(ref)
        new_name, number, dv, new_email = self._clean_company_fields(
            name if name is not None else company.name,
            company.nit_display if nit is _UNSET else (nit or None),  # type: ignore[arg-type]
            company.email if email is _UNSET else (email or None),  # type: ignore[arg-type]
        )
        company.name, company.name_key = new_name, name_key(new_name)
        company.nit, company.dv, company.email = number, dv, new_email
        if phone is not _UNSET:
            company.phone = (str(phone or "")).strip() or None
        if notes is not _UNSET:
            company.notes = str(notes or "")
        try:
            with self._transaction() as changes:
                self.catalog.save_company(company)
                changes.append(Change("company_changed", company.id))
        except errors.NameClash:
            raise self._name_taken_error(new_name) from None
        self._write_sidecar(company)
        return company

    def remove_company(self, ref: int | str, with_files: bool = False) -> None:
        """Remove a company. With live files, only ``with_files``: they go to its trash first, and the
        company is kept (hidden) until its trash is purged, so nothing is lost at once."""
        company = self.company(ref)
        # Under the company's lock (taken again, harmlessly, by delete()): an upload running meanwhile
        # either lands before, and goes to the trash with the rest, or finds the company gone.
        with self.lock_company(company.id):
            self._remove_company(self.company(company.id), with_files)

    def _remove_company(self, company: Company, with_files: bool) -> None:
        live = self.catalog.company_documents(company.id, live_only=True)
        if live and not with_files:
            raise errors.CompanyError(
                t(
                    f"La empresa «{company.name}» tiene {len(live)} archivo(s). Elimínelos primero o "
                    "elija eliminarla junto con sus archivos (irán a la papelera).",
                    f"The company “{company.name}” has {len(live)} file(s). Delete them first, or choose to "
                    "remove it with its files (they will go to the trash).",
                )
            )
        self.delete([d.id for d in live])
        with self._transaction() as changes:
            if self.catalog.has_documents(company.id):
                company.removed_at = utcnow()
                company.name_key = f"{company.name_key}\x00{company.id}"  # frees the name for a new company
                self.catalog.save_company(company)
                gone = False
            else:
                self.catalog.delete_company(company)
                gone = True
            changes.append(Change("company_removed", company.id))
        if gone:
            _remove_empty_tree(self.company_dir(company.id))
        else:
            self._write_sidecar(company)

    def _revive_company(self, company: Company, changes: list[Change]) -> None:
        if company.removed_at is None:
            return
        key = name_key(company.name)
        if self.catalog.company_name_taken(key):
            company.name = f"{company.name} ({t('restaurada', 'restored')})"
            key = name_key(company.name)
        company.removed_at, company.name_key = None, key
        self.catalog.save_company(company)
        changes.append(Change("company_added", company.id))
        self._write_sidecar(company)

    # -- documents: queries --------------------------------------------------------------------

    def list_documents(
        self,
        company_id: int,
        search: str = "",
        sort: SortKey = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 200,
        trash: bool = False,
    ) -> list[Document]:
        """A page of a company's documents, sorted and filtered by the catalog (see Catalog.list_documents)."""
        return self.catalog.list_documents(company_id, search, sort, descending, offset, limit, trash)

    def count_documents(self, company_id: int, search: str = "", trash: bool = False) -> int:
        return self.catalog.count_documents(company_id, search, trash)

    def company_totals(self, company_id: int, trash: bool = False) -> tuple[int, int]:
        """How many documents and bytes a company has, live (or in its trash)."""
        return self.catalog.totals(company_id, trash)

    def search(self, text: str, company_id: int | None = None, limit: int = 500) -> list[Document]:
        """Documents whose name contains ``text`` in one company or in all of them."""
        return self.catalog.search_documents(text, company_id, limit)

    def document(self, doc_id: int) -> Document:
        doc = self.catalog.document(doc_id)
        if doc is None:
            raise errors.NotFound(t(f"No existe el documento número {doc_id}.", f"There is no document number {doc_id}."))
        return doc

    def find_document(self, doc_id: int) -> Document | None:
        """The document as it is now, or None once it was purged (views re-read what they show)."""
        return self.catalog.document(doc_id)

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
                raise _storage_error(doc.filename, exc, self.company_dir(doc.company_id)) from exc
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
                    raise _storage_error(doc.filename, exc, self.company_dir(doc.company_id)) from exc
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
                    raise _storage_error(doc.filename, exc, self.company_dir(doc.company_id)) from exc
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
                    raise _storage_error(doc.filename, exc, self.company_dir(doc.company_id)) from exc
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
            source = place if place.is_file() else changed_copy(self, doc)
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

    def verify(self, repair: bool = False) -> VerifyReport:
        """Check every file against the catalog (and repair what can be); see maintenance.py."""
        from clientvault.core.maintenance import verify

        return verify(self, repair)

    def clean_leftovers(self) -> int:
        """Remove what killed work left behind (old temporary copies, purges cut short); the window
        calls it once at start, in the background. See maintenance.py."""
        from clientvault.core.maintenance import clean_leftovers

        return clean_leftovers(self)

    def export_company(self, ref: int | str, zip_path: str | os.PathLike[str], overwrite: bool = False) -> int:
        """A company's live documents and a checksum manifest in one ZIP, never inside the data
        folder, never over an existing file unless ``overwrite``; see maintenance.py."""
        from clientvault.core.export import export_company

        return export_company(self, ref, zip_path, overwrite=overwrite)


def company_email_problem(text: str) -> str:
    """The one address check (the one Send uses), for a company's e-mail: "" when it is fine.
    A company may list several addresses, separated by commas or semicolons."""
    if not text.strip():
        return ""
    from clientvault.core.mail import address_problem  # smtplib and ssl load only when an address is checked

    return address_problem(text, t("correo de la empresa", "company e-mail"), required=False)


def _has_company_sidecars(companies: Path) -> bool:
    return companies.is_dir() and any((p / sidecars.SIDECAR).is_file() for p in companies.iterdir() if p.is_dir())


def _newest_backup(root: Path) -> str | None:
    found = backups.newest(root)
    return backups.describe(found) if found is not None else None


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


# -- recovery: these work on a data folder whose vault cannot be opened --------------------------


def rebuild_catalog(root: str | os.PathLike[str], progress: Callable[[int, int, str], None] | None = None) -> RebuildReport:
    """A new catalog from the company folders (see rebuild.py); the old one is kept aside."""
    from clientvault.core.rebuild import rebuild

    return rebuild(Path(root), progress)


def backups_of(root: str | os.PathLike[str]) -> list[Path]:
    """The catalog's backups in the data folder, newest first."""
    return backups.listing(Path(root))


def restore_backup(root: str | os.PathLike[str], backup: Path | None = None) -> tuple[Path, Path | None]:
    """Put a backup (the newest by default) in place of the catalog; the one replaced is kept aside."""
    try:
        return backups.restore(Path(root), backup)
    except LookupError:
        raise errors.NotFound(t("No hay copias de seguridad de la base de datos en esta carpeta.",
                                "There are no backups of the database in this folder.")) from None
    except OSError as exc:
        raise _storage_error(t("la copia de seguridad", "the backup"), exc, Path(root)) from exc
