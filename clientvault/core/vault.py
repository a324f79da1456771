"""The vault's use cases. Every change to a file and its row happens together, or not at all.

The window and the command line are two clients of this class; neither runs SQL nor touches the
vault folder directly. The metadata lives in a ``Catalog`` (SQLite by default); the files in
``companies/<id>/``. Every use case that chooses or changes a file name runs under the company's
lock, which every process on the vault respects, and tells the change feed after it commits.

Here: opening (identity, sidecars, the daily backup), the change feed, companies, the queries.
The use cases that move a document's file (import, rename, trash, restore, purge, accept) are in
``files.py`` (``Vault`` inherits them), search in ``search.py``, document text in ``indexing.py``,
removed companies in ``removed.py``, types, details and suggestions in ``papers.py``, «Por vencer»
and missing papers in ``deadlines.py``, the history in ``history.py``, moving and copying to
another company in ``moving.py``;
checking and repairing in ``maintenance.py``, exporting in
``export.py``, e-mail in ``outbox.py`` (reached as ``vault.mail``), rebuilding in ``rebuild.py``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from clientvault.core import backups, errors, sidecars, storage
from clientvault.core import nit as nitlib
from clientvault.core.catalog import Catalog, CatalogError, RuleBroken, SortKey, SqliteDialect
from clientvault.core.catalog.models import Company, Document, name_key, nfc, utcnow
from clientvault.core.changes import Change, ChangeFeed, Listener
from clientvault.core.deadlines import DocumentDeadlines
from clientvault.core.files import DocumentFiles, ImportResult, ImportSummary, _remove_empty_tree, _storage_error, expand_paths
from clientvault.core.history import DocumentHistory, current_user
from clientvault.core.i18n import t
from clientvault.core.indexing import DocumentTexts
from clientvault.core.moving import DocumentMoves
from clientvault.core.papers import DocumentPapers
from clientvault.core.removed import RemovedCompanies, RemovedCompany, RestoredCompany
from clientvault.core.search import DocumentSearch, SearchHit
from clientvault.paths import create_private_file, ensure_private_dir, make_private

if TYPE_CHECKING:
    from clientvault.core.backup_zip import BackupContents, BackupResult, RestoreReport
    from clientvault.core.deadlines import DueItem
    from clientvault.core.maintenance import VerifyReport
    from clientvault.core.outbox import VaultMail
    from clientvault.core.rebuild import RebuildReport

log = logging.getLogger(__name__)

SORT_KEYS: tuple[SortKey, ...] = ("name", "format", "date", "size", "type", "period", "expires")
_UNSET: object = object()
# How long a writer waits for another process's lock on a company before saying so.
LOCK_TIMEOUT = 60.0

__all__ = ["SORT_KEYS", "Change", "Company", "CompanyInfo", "Document", "ImportResult", "ImportSummary",
           "RemovedCompany", "RestoredCompany", "SearchHit", "SortKey", "Vault", "expand_paths"]


@dataclass
class CompanyInfo:
    company: Company
    count: int = 0
    total_size: int = 0


class Vault(DocumentFiles, DocumentSearch, DocumentTexts, RemovedCompanies, DocumentPapers, DocumentDeadlines,
            DocumentHistory, DocumentMoves):
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
        companies = catalog.all_companies()
        try:
            self.vault_id = self._check_identity(identity, companies)
        except BaseException:
            catalog.close()
            raise
        if companies:  # an empty new vault has nothing to keep yet
            backups.daily_if_due(self)
        self.changes = ChangeFeed()
        self.who = current_user()  # the history's «who» and «on which computer»
        self._cursor = self.catalog.change_cursor()
        self._mail: VaultMail | None = None
        self._local = threading.local()  # per thread: how long a writer waits for another's lock

    def _check_identity(self, identity: str | None, companies: list[Company]) -> str:
        """The folder's identity and the catalog's must agree; a vault from before identities (or a
        new one) gets one now, and every company folder its sidecar."""
        recorded = self.catalog.setting(sidecars.SETTING_KEY)
        if identity is not None and recorded is not None and identity != recorded:
            raise errors.CatalogMissing(str(self.root), foreign=True, backup=_newest_backup(self.root))
        # A catalog with no identity and no company beside a folder that has one and company folders:
        # not this folder's catalog (made by hand, or by a release that replaced a lost one).
        if (identity is not None and recorded is None and not companies
                and any(p.is_dir() for p in self.companies_dir.iterdir())):
            raise errors.CatalogMissing(str(self.root), foreign=True, backup=_newest_backup(self.root))
        vault_id = recorded
        if vault_id is None:
            # Two processes may be opening a new vault at once: the first id written wins, and both
            # use the one the catalog holds.
            vault_id = self.catalog.setting_once(sidecars.SETTING_KEY, identity or sidecars.new_vault_id())
        if identity != vault_id:
            sidecars.write_identity(self.root, vault_id)
        for company in companies:
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
        name = nfc(" ".join(name.split()))
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
                # The papers it must have: the default the accountant set (Settings), as it is now.
                self.catalog.set_required_type_ids(company.id, self.catalog.default_required_ids())
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
                    f"La empresa «{company.name}» tiene {_files_es(len(live))}. Elimínelos primero o "
                    "elija eliminarla junto con sus archivos (irán a la papelera).",
                    f"The company “{company.name}” has {_files_en(len(live))}. Delete them first, or choose to "
                    "remove it with its files (they will go to the trash).",
                )
            )
        # When the removal began, before its files go: restore_company tells the files that went to the
        # trash with the company (deleted at or after it) from those already there.
        started = utcnow()
        self.delete([d.id for d in live])
        with self._transaction() as changes:
            if self.catalog.has_documents(company.id):
                company.removed_at = started
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
        doc_type: int | None = None,
    ) -> list[Document]:
        """A page of a company's documents, sorted and filtered by the catalog (see Catalog.list_documents);
        ``doc_type`` only those of one type (``TYPE_UNTYPED``, 0: those without one)."""
        return self.catalog.list_documents(company_id, search, sort, descending, offset, limit, trash, doc_type)

    def document_position(self, company_id: int, doc_id: int, search: str = "", sort: SortKey = "name",
                          descending: bool = False, trash: bool = False, doc_type: int | None = None) -> int | None:
        """Where ``doc_id`` is in ``list_documents(company_id, search, sort, descending, trash=trash, doc_type=...)``."""
        return self.catalog.document_position(company_id, doc_id, search, sort, descending, trash, doc_type)

    def count_documents(self, company_id: int, search: str = "", trash: bool = False,
                        doc_type: int | None = None) -> int:
        return self.catalog.count_documents(company_id, search, trash, doc_type)

    def listed_size(self, company_id: int, offset: int, limit: int, search: str = "", sort: SortKey = "name",
                    descending: bool = False, trash: bool = False, doc_type: int | None = None) -> int:
        """The total size of those rows of ``list_documents`` (a selection's size, summed by the catalog)."""
        return self.catalog.listed_size(company_id, offset, limit, search, sort, descending, trash, doc_type)

    def company_totals(self, company_id: int, trash: bool = False) -> tuple[int, int]:
        """How many documents and bytes a company has, live (or in its trash)."""
        return self.catalog.totals(company_id, trash)

    def document(self, doc_id: int) -> Document:
        doc = self.catalog.document(doc_id)
        if doc is None:
            raise errors.NotFound(t(f"No existe el documento número {doc_id}.", f"There is no document number {doc_id}."))
        return doc

    def find_document(self, doc_id: int) -> Document | None:
        """The document as it is now, or None once it was purged (views re-read what they show)."""
        return self.catalog.document(doc_id)

    # -- maintenance ------------------------------------------------------------------------------

    def verify(self, repair: bool = False, progress: Callable[[int, int, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> VerifyReport:
        """Check every file against the catalog (and repair what can be); see maintenance.py."""
        from clientvault.core.maintenance import verify

        return verify(self, repair, progress, cancelled)

    def clean_leftovers(self) -> int:
        """Remove what killed work left behind (old temporary copies, purges cut short); the window
        calls it once at start, in the background. See maintenance.py."""
        from clientvault.core.maintenance import clean_leftovers

        return clean_leftovers(self)

    def write_backup(self, zip_path: str | os.PathLike[str], company_id: int | None = None,
                     progress: Callable[[int, int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> BackupResult:
        """Every company's documents (or one's) in a ZIP, each in the layout ``export`` writes; see backup_zip.py."""
        from clientvault.core.backup_zip import write_backup

        return write_backup(self, zip_path, company_id, progress, cancelled)

    def read_backup(self, zip_path: str | os.PathLike[str]) -> BackupContents:
        """What a backup ZIP holds and what of it is already here, before restoring; see backup_zip.py."""
        from clientvault.core.backup_zip import read_backup

        return read_backup(self, zip_path)

    def restore_from_backup(self, contents: BackupContents, companies: list[str] | None = None,
                            progress: Callable[[int, int, str], None] | None = None,
                            cancelled: Callable[[], bool] | None = None) -> RestoreReport:
        """Bring in what is missing of a backup, never replacing anything; see backup_zip.py."""
        from clientvault.core.backup_zip import restore_backup

        return restore_backup(self, contents, companies, progress, cancelled)

    def export_company(self, ref: int | str, zip_path: str | os.PathLike[str], overwrite: bool = False) -> int:
        """A company's live documents and a checksum manifest in one ZIP, never inside the data
        folder, never over an existing file unless ``overwrite``; see maintenance.py."""
        from clientvault.core.export import export_company

        return export_company(self, ref, zip_path, overwrite=overwrite)

    def export_due(self, items: Sequence[DueItem], path: str | os.PathLike[str], today: date | None = None) -> Path:
        """«Por vencer» as an Excel workbook at ``path``, never inside the data folder; see due_export.py."""
        from clientvault.core.due_export import write_due_xlsx

        return write_due_xlsx(items, path, today, data_folder=self.root)


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


def _files_es(n: int) -> str:
    return "1 archivo" if n == 1 else f"{n} archivos"


def _files_en(n: int) -> str:
    return "1 file" if n == 1 else f"{n} files"
