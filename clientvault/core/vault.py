"""The vault's use cases. Every change to a file and its row happens together, or not at all.

The window and the command line are two clients of this class; neither runs SQL nor touches the
vault folder directly. Companies and their trash live here; checking and repairing the vault
(``verify``) and exporting a company live in ``maintenance.py``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal, cast

from peewee import JOIN, IntegrityError, PeeweeException, fn

from clientvault.core import errors, storage
from clientvault.core import nit as nitlib
from clientvault.core.db import open_vault_db
from clientvault.core.filetypes import EXTENSIONS, Kind, identify
from clientvault.core.i18n import t
from clientvault.core.models import Company, Document, name_key, utcnow
from clientvault.paths import ensure_private_dir

log = logging.getLogger(__name__)

SortKey = Literal["name", "format", "date", "size"]
SORT_KEYS: tuple[SortKey, ...] = ("name", "format", "date", "size")
EMAIL_RE = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")
_UNSET: object = object()


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
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                        out.append(Path(root) / name)
        else:
            out.append(p)
    return out


def _storage_error(name: str, exc: BaseException) -> errors.StorageError:
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return errors.StorageError(
        t(
            f"No se pudo guardar {name}: {detail}. No se cambió nada en la bóveda; vuelva a intentarlo.",
            f"Could not save {name}: {detail}. Nothing in the vault was changed; please try again.",
        )
    )


class Vault:
    """One vault: a data folder with ``vault.db`` and ``companies/<id>/`` folders."""

    def __init__(self, data_dir: str | os.PathLike[str]) -> None:
        self.root = ensure_private_dir(Path(data_dir))
        self.companies_dir = ensure_private_dir(self.root / "companies")
        self.db_path = self.root / "vault.db"
        self.db = open_vault_db(self.db_path)

    def close(self) -> None:
        self.db.close()

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
        rows = cast(
            Iterable[tuple[int, int, "int | None"]],
            Document.select(Document.company, fn.COUNT(Document.id), fn.SUM(Document.size))
            .where(Document.deleted_at.is_null())
            .group_by(Document.company)
            .tuples(),
        )
        counts = {cid: (n, size or 0) for cid, n, size in rows}
        q = Company.select().where(Company.removed_at.is_null()).order_by(Company.name_key)
        if search:
            q = q.where(Company.name_key.contains(name_key(search)) | Company.nit.contains(search))
        return [CompanyInfo(c, *counts.get(c.id, (0, 0))) for c in q]

    def company(self, ref: int | str) -> Company:
        """A company by id, or by its exact name (case-insensitive), as the command line takes it."""
        found: Company | None = None
        if isinstance(ref, int) or (str(ref).isascii() and str(ref).isdigit()):
            found = Company.get_or_none((Company.id == int(ref)) & Company.removed_at.is_null())
        if found is None and isinstance(ref, str):
            found = Company.get_or_none((Company.name_key == name_key(ref.strip())) & Company.removed_at.is_null())
        if found is None:
            raise errors.NotFound(
                t(
                    f"No existe la empresa «{ref}». Revise el nombre o el número.",
                    f"There is no company “{ref}”. Check the name or the number.",
                )
            )
        return found

    def _clean_company_fields(
        self, name: str, nit: str | None, email: str | None
    ) -> tuple[str, str | None, int | None, str | None]:
        name = " ".join(name.split())
        if not name:
            raise errors.CompanyError(t("Escriba la razón social de la empresa.", "Enter the company's legal name."))
        number: str | None = None
        dv: int | None = None
        if nit and nit.strip():
            try:
                number, given = nitlib.split(nit)
            except ValueError:
                number, given = "", None
            if not nitlib.is_valid_number(number):
                raise errors.CompanyError(
                    t(
                        f"El NIT «{nit}» no es válido: escriba entre 5 y 15 dígitos, con o sin el dígito de verificación.",
                        f"The NIT “{nit}” is not valid: enter 5 to 15 digits, with or without the check digit.",
                    )
                )
            dv = nitlib.check_digit(number)
            if given is not None and given != dv:
                raise errors.CompanyError(
                    t(
                        f"El dígito de verificación de {number} es {dv}, no {given}. Revise el NIT.",
                        f"The check digit of {number} is {dv}, not {given}. Check the NIT.",
                    )
                )
        if email is not None:
            email = email.strip() or None
            if email and not EMAIL_RE.match(email):
                raise errors.CompanyError(
                    t(f"El correo «{email}» no es una dirección válida.", f"“{email}” is not a valid e-mail address.")
                )
        return name, number, dv, email

    def add_company(
        self, name: str, nit: str | None = None, email: str | None = None, phone: str | None = None, notes: str = ""
    ) -> Company:
        name, number, dv, email = self._clean_company_fields(name, nit, email)
        try:
            with self.db.atomic():
                company = Company.create(
                    name=name,
                    name_key=name_key(name),
                    nit=number,
                    dv=dv,
                    email=email,
                    phone=(phone or "").strip() or None,
                    notes=notes,
                )
        except IntegrityError:
            raise errors.CompanyError(
                t(f"Ya existe una empresa llamada «{name}».", f"A company named “{name}” already exists.")
            ) from None
        ensure_private_dir(self.company_dir(company.id))
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
            with self.db.atomic():
                company.save()
        except IntegrityError:
            raise errors.CompanyError(
                t(f"Ya existe una empresa llamada «{new_name}».", f"A company named “{new_name}” already exists.")
            ) from None
        return company

    def remove_company(self, ref: int | str, with_files: bool = False) -> None:
        """Remove a company. With live files, only ``with_files``: they go to its trash first, and the
        company is kept (hidden) until its trash is purged, so nothing is lost at once."""
        company = self.company(ref)
        live = list(Document.select().where((Document.company == company) & Document.deleted_at.is_null()))
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
        if Document.select().where(Document.company == company).exists():
            with self.db.atomic():
                company.removed_at = utcnow()
                company.name_key = f"{company.name_key}\x00{company.id}"  # frees the name for a new company
                company.save()
        else:
            with self.db.atomic():
                company.delete_instance()
            _remove_empty_tree(self.company_dir(company.id))

    def _revive_company(self, company: Company) -> None:
        if company.removed_at is None:
            return
        key = name_key(company.name)
        if Company.select().where(Company.name_key == key).exists():
            company.name = f"{company.name} ({t('restaurada', 'restored')})"
            key = name_key(company.name)
        company.removed_at, company.name_key = None, key
        company.save()

    # -- documents: queries --------------------------------------------------------------------

    def _documents(self, company_id: int, search: str = "", trash: bool = False):  # type: ignore[no-untyped-def]
        q = Document.select().where((Document.company == company_id) & Document.deleted_at.is_null(not trash))
        if search.strip():
            q = q.where(Document.name_key.contains(name_key(search.strip())))
        return q

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
        """A page of a company's documents, sorted and filtered by the database (indexes exist for
        each sort key), so the 200 rows of a 100,000-document company cost milliseconds."""
        column = {
            "name": Document.name_key,
            "format": Document.mime_type,
            "date": Document.deleted_at if trash else Document.added,
            "size": Document.size,
        }[sort]
        order = [column.desc() if descending else column.asc()]
        if sort == "format":
            # Same direction as the kind, so the (mime_type, name_key) index serves the whole ORDER BY.
            order.append(Document.name_key.desc() if descending else Document.name_key.asc())
        order.append(Document.id.desc() if descending else Document.id.asc())
        q = self._documents(company_id, search, trash).order_by(*order).offset(offset)
        return list(q.limit(limit) if limit is not None else q)

    def count_documents(self, company_id: int, search: str = "", trash: bool = False) -> int:
        return self._documents(company_id, search, trash).count()

    def company_totals(self, company_id: int) -> tuple[int, int]:
        row = cast(
            tuple[int, "int | None"],
            Document.select(fn.COUNT(Document.id), fn.SUM(Document.size))
            .where((Document.company == company_id) & Document.deleted_at.is_null())
            .tuples()
            .get(),
        )
        count, size = row
        return int(count or 0), int(size or 0)

    def search(self, text: str, company_id: int | None = None, limit: int = 500) -> list[Document]:
        """Documents whose name contains ``text`` in one company or in all of them."""
        q = (
            Document.select(Document, Company)
            .join(Company, JOIN.INNER)
            .where(
                Document.deleted_at.is_null() & Company.removed_at.is_null() & Document.name_key.contains(name_key(text.strip()))
            )
        )
        if company_id is not None:
            q = q.where(Document.company == company_id)
        return list(q.order_by(Company.name_key, Document.name_key).limit(limit))

    def document(self, doc_id: int) -> Document:
        doc = Document.get_or_none(Document.id == int(doc_id))
        if doc is None:
            raise errors.NotFound(t(f"No existe el documento número {doc_id}.", f"There is no document number {doc_id}."))
        return doc

    # -- documents: import ---------------------------------------------------------------------

    def check_file(self, path: str | os.PathLike[str]) -> Kind:
        """Whether a file may be imported (raises ``FileRefused`` with the reason); changes nothing."""
        return identify(path)

    def _name_taken(self, company_id: int, candidate: str, ignore_id: int | None) -> bool:
        # Raw SQL: this runs for every imported file, and building the query through the ORM
        # costs more than SQLite takes to answer it.
        row = self.db.execute_sql(
            "SELECT id FROM document WHERE company_id = ? AND deleted_at IS NULL AND name_key = ? AND id IS NOT ? LIMIT 1",
            (company_id, name_key(candidate), ignore_id),
        ).fetchone()
        return row is not None

    def _free_name(self, company_id: int, wanted: str, ignore_id: int | None = None) -> str:
        folder = self.company_dir(company_id)
        own_key = name_key(self.document(ignore_id).filename) if ignore_id is not None else None
        candidate, n = wanted, 1
        while True:
            # An unregistered file of that name on disk (left by hand, or an orphan) also blocks it.
            on_disk = (folder / candidate).exists() and name_key(candidate) != own_key
            if not on_disk and not self._name_taken(company_id, candidate, ignore_id):
                return candidate
            n += 1
            candidate = storage.numbered(wanted, n)

    def import_file(self, company_id: int, path: str | os.PathLike[str], keep_duplicates: bool = False) -> ImportResult:
        """Import one file; refusals and duplicates are results, not exceptions."""
        return self._import_one(Company.get_by_id(company_id), Path(path), keep_duplicates)

    def _duplicate_of(self, company_id: int, checksum: str) -> Document | None:
        row = self.db.execute_sql(
            "SELECT id FROM document WHERE company_id = ? AND checksum = ? AND deleted_at IS NULL LIMIT 1",
            (company_id, checksum),
        ).fetchone()
        return Document.get_by_id(row[0]) if row else None

    _INSERT_COLUMNS = ("company_id", "title", "original_filename", "filename", "name_key", "mime_type", "size",
                       "checksum", "added", "modified")

    def _insert_document(self, fields: dict) -> int:
        """Insert one imported document's row. Raw SQL: peewee spent ~0.5 ms building this INSERT,
        a sixth of the whole import of a small file. Times are written as peewee writes them."""
        values = [fields["company"] if name == "company_id" else fields[name] for name in self._INSERT_COLUMNS]
        values = [v.isoformat(" ") if isinstance(v, datetime) else v for v in values]
        sql = (f"INSERT INTO document ({', '.join(self._INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(self._INSERT_COLUMNS))})")
        return int(self.db.execute_sql(sql, values).lastrowid)

    def _import_one(self, company: Company, src: Path, keep_duplicates: bool) -> ImportResult:
        """Order of work: check -> copy to a temporary name while hashing -> fsync -> (transaction:
        insert row, rename into place) -> commit. Any failure removes the copy and rolls back the row.

        The folder itself is not fsynced (that doubled the cost of a small file): after a power cut
        every mix of "row kept / rename kept" is recoverable by ``verify --repair``, because the
        content was fsynced under its temporary name, which verify matches to the row by checksum."""
        try:
            kind = identify(src)
        except errors.FileRefused as exc:
            return ImportResult(src, "refused", exc.reason)
        folder = self.company_dir(company.id)
        try:
            copy = storage.copy_to_temp(src, folder, src.name)
        except errors.FileRefused as exc:  # it grew past the limit after it was checked
            return ImportResult(src, "refused", exc.reason)
        target: Path | None = None
        committed = False
        try:
            if not keep_duplicates:
                existing = self._duplicate_of(company.id, copy.checksum)
                if existing is not None:
                    copy.temp_path.unlink()
                    return ImportResult(
                        src,
                        "duplicate",
                        t(
                            f"ya está en la bóveda como «{existing.filename}»; no se copió de nuevo.",
                            f"already in the vault as “{existing.filename}”; not copied again.",
                        ),
                        existing=existing,
                    )
            wanted = storage.safe_name(src.name)
            for _attempt in range(5):
                name = self._free_name(company.id, wanted)
                now = utcnow()
                fields = dict(
                    company=company.id, title=Path(name).stem, original_filename=src.name, filename=name,
                    name_key=name_key(name), mime_type=kind.mime, size=copy.size, checksum=copy.checksum,
                    added=now, modified=now,
                )
                try:
                    with self.db.atomic():
                        doc_id = self._insert_document(fields)
                        target = folder / name
                        storage.move(copy.temp_path, target)
                    committed = True
                    break
                except (IntegrityError, FileExistsError) as exc:
                    # Another process took the name between our check and the insert: try the next one.
                    # Any other constraint failure is a real error, not a name clash.
                    if isinstance(exc, IntegrityError) and "name_key" not in str(exc):
                        raise
                    if target is not None and target.exists() and not copy.temp_path.exists():
                        os.rename(target, copy.temp_path)
                    target = None
            else:
                raise errors.StorageError(
                    t(f"No se encontró un nombre libre para {src.name}.", f"Could not find a free name for {src.name}.")
                )
        except BaseException as exc:
            copy.temp_path.unlink(missing_ok=True)
            if target is not None and not committed:
                target.unlink(missing_ok=True)
            if isinstance(exc, (OSError, PeeweeException)):
                raise _storage_error(src.name, exc) from exc
            raise
        doc = Document(id=doc_id, **fields)
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
        company = Company.get_by_id(company_id)
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
        name = self._free_name(doc.company_id, wanted, ignore_id=doc.id)
        if name != wanted:
            raise errors.NameConflict(
                t(
                    f"Ya hay un archivo llamado «{wanted}» en esta empresa. Elija otro nombre.",
                    f"There is already a file named “{wanted}” in this company. Choose another name.",
                )
            )
        folder = self.company_dir(doc.company_id)
        old = folder / doc.filename
        dst = folder / name
        # On a case-sensitive disk "RUT.pdf" may be another, unregistered file beside "rut.pdf":
        # os.rename would silently replace it. Only the file itself (a case-only rename) may be there.
        if dst.exists() and old.exists() and not os.path.samefile(old, dst):
            raise errors.NameConflict(t(
                f"Ya hay un archivo llamado «{name}» en la carpeta de la empresa. Elija otro nombre.",
                f"There is already a file named “{name}” in the company's folder. Choose another name."))
        try:
            os.rename(old, dst)
        except OSError as exc:
            raise _storage_error(doc.filename, exc) from exc
        try:
            with self.db.atomic():
                doc.filename, doc.name_key, doc.title, doc.modified = name, name_key(name), Path(name).stem, utcnow()
                doc.save()
        except BaseException:
            os.rename(folder / name, old)
            raise
        return doc

    def delete(self, doc_ids: Iterable[int]) -> list[Document]:
        """Move documents to their company's trash; returns them (for Undo)."""
        done = []
        for doc_id in doc_ids:
            doc = self.document(doc_id)
            if doc.deleted_at is not None:
                continue
            trash_name = f"{doc.id}-{doc.filename}"
            src, dst = self.document_path(doc), self.trash_dir(doc.company_id) / trash_name
            moved = False
            try:
                storage.move(src, dst)
                moved = True
            except FileNotFoundError:
                log.warning("deleting %s whose file was already missing", src)
            except OSError as exc:
                raise _storage_error(doc.filename, exc) from exc
            try:
                with self.db.atomic():
                    doc.deleted_at, doc.trash_name = utcnow(), trash_name
                    doc.save()
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
            doc = self.document(doc_id)
            if doc.deleted_at is None:
                continue
            src = self.document_path(doc)
            name = self._free_name(doc.company_id, doc.filename)
            dst = self.company_dir(doc.company_id) / name
            try:
                storage.move(src, dst)
            except OSError as exc:
                raise _storage_error(doc.filename, exc) from exc
            try:
                with self.db.atomic():
                    self._revive_company(doc.company)
                    doc.deleted_at, doc.trash_name = None, None
                    doc.filename, doc.name_key = name, name_key(name)
                    doc.save()
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
        q = Document.select().where(Document.deleted_at.is_null(False))
        if doc_ids is not None:
            q = q.where(Document.id.in_([int(i) for i in doc_ids]))
        elif older_than_days is not None:
            q = q.where(Document.deleted_at <= utcnow() - timedelta(days=older_than_days))
        if company_id is not None:
            q = q.where(Document.company == company_id)
        docs = list(q)
        for doc in docs:
            path = self.document_path(doc)
            with self.db.atomic():
                doc.delete_instance()
            path.unlink(missing_ok=True)
        for company in Company.select().where(Company.removed_at.is_null(False)):
            if not Document.select().where(Document.company == company).exists():
                company.delete_instance()
                _remove_empty_tree(self.company_dir(company.id))
        return len(docs)


def _remove_empty_tree(folder: Path) -> None:
    """Remove a company folder only if nothing is left in it (never delete a stray file)."""
    trash = folder / storage.TRASH_DIR
    for d in (trash, folder):
        try:
            d.rmdir()
        except OSError:
            pass
