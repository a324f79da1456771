"""Backups of the documents (the window's «Copia de seguridad…» and «Restaurar copia…").

A backup is a ZIP with one folder per company, each holding exactly what ``clientvault export``
writes for that company (its files and a ``manifest.csv`` of their checksums, written by the same
code, ``export.write_company``), and at the top ``empresas.csv`` naming each folder's company with
its NIT and contact details. (``backups.py`` is another thing: automatic copies of the catalog.)

Restoring reads the ZIP first (``read_backup``): every manifest, every file it names, and what of
it is already in the vault, so the person sees what will happen before anything does. Then
``restore_backup`` brings in what is missing through the ordinary import (the same checks of kind
and size as any upload), each file hashed on its way out of the ZIP and compared with its
manifest. Nothing already in the vault is ever replaced: a file whose name is taken by other
content, or whose content is already there, is skipped and reported; a company that exists gets
only the files it lacks.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from clientvault.core import errors, storage
from clientvault.core.catalog.models import Company, name_key
from clientvault.core.export import _FORMULA_START, MANIFEST, _csv_cell, write_company, write_zip
from clientvault.core.i18n import t
from clientvault.core.vault import Vault

COMPANIES = "empresas.csv"
_COMPANY_COLUMNS = ["folder", "name", "nit", "dv", "email", "phone", "notes"]

Progress = Callable[[int, int, str], None]


class _Stop(Exception):
    """Cancel pressed: unwinds the writing so that the part file is removed."""


@dataclass
class BackupResult:
    companies: int = 0
    files: int = 0
    cancelled: bool = False


def write_backup(vault: Vault, zip_path: str | os.PathLike[str], company_id: int | None = None,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """Every live company's documents (or only ``company_id``'s) into a new ZIP, never inside the data
    folder nor over an existing file; ``progress(done, total, file name)`` after each file. Cancelled,
    no ZIP is left behind."""
    companies = [vault.company(company_id)] if company_id is not None else [i.company for i in vault.companies()]
    lists = [(c, vault.list_documents(c.id, limit=None)) for c in companies]
    total = sum(len(docs) for _c, docs in lists)
    done = 0

    def step(name: str) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise _Stop
        if progress is not None:
            progress(done, total, name)

    def fill(zf: zipfile.ZipFile) -> None:
        nonlocal done
        rows = io.StringIO()
        writer = csv.writer(rows)
        writer.writerow(_COMPANY_COLUMNS)
        taken: set[str] = set()
        for company, docs in lists:
            folder = storage.free_name(storage.safe_name(company.name, "empresa"), lambda n: n.casefold() in taken)
            taken.add(folder.casefold())
            step(company.name)

            def one_more(doc: object) -> None:
                nonlocal done
                done += 1
                step(getattr(doc, "filename", ""))

            write_company(zf, vault, company, docs, folder + "/", one_more)
            writer.writerow([_csv_cell(folder), _csv_cell(company.name), company.nit or "",
                             "" if company.dv is None else company.dv, _csv_cell(company.email or ""),
                             _csv_cell(company.phone or ""), _csv_cell(company.notes or "")])
        zf.writestr(COMPANIES, "\ufeff" + rows.getvalue())  # BOM: Excel opens accents right

    try:
        write_zip(vault, zip_path, False, fill)
    except _Stop:
        return BackupResult(cancelled=True)
    return BackupResult(len(lists), total)


# -- reading and restoring ------------------------------------------------------------------------


@dataclass
class BackupFile:
    filename: str
    size: int
    sha256: str
    member: str  # its name in the ZIP


@dataclass
class BackupCompany:
    name: str
    files: list[BackupFile]
    nit: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    existing: Company | None = None  # a company of this name already in the vault
    files_here: int = 0  # of ``files``, how many the vault already has (same name and content)


@dataclass
class BackupContents:
    path: Path
    companies: list[BackupCompany]
    plain_export: bool = False  # a ``clientvault export`` ZIP: one company, named after the file

    @property
    def file_count(self) -> int:
        return sum(len(c.files) for c in self.companies)


RestoreStatus = Literal["restored", "already_here", "name_taken", "damaged", "refused"]


@dataclass
class RestoredFile:
    company: str
    filename: str
    status: RestoreStatus
    message: str = ""


@dataclass
class RestoreReport:
    files: list[RestoredFile] = field(default_factory=list)
    companies_added: list[str] = field(default_factory=list)
    cancelled: bool = False

    def of(self, status: RestoreStatus) -> list[RestoredFile]:
        return [f for f in self.files if f.status == status]


def _not_a_backup(path: Path) -> errors.VaultError:
    return errors.VaultError(t(
        f"{path.name} no es una copia de seguridad de ClientVault: le faltan las listas de archivos que la "
        "acompañan (empresas.csv o manifest.csv). No se restauró nada. Elija el ZIP que hizo «Copia de "
        "seguridad…» o «clientvault export».",
        f"{path.name} is not a ClientVault backup: the lists of files that come with one (empresas.csv or "
        "manifest.csv) are missing. Nothing was restored. Choose the ZIP that «Back up…» or “clientvault "
        "export” made."))


def _damaged(path: Path, what: str) -> errors.VaultError:
    return errors.VaultError(t(
        f"La copia {path.name} está incompleta o dañada ({what}). No se restauró nada; use otra copia.",
        f"The backup {path.name} is incomplete or damaged ({what}). Nothing was restored; use another backup."))


def _cell(value: str) -> str:
    """A manifest cell as it was before ``_csv_cell`` quoted a formula character."""
    return value[1:] if value.startswith("'") and value[1:2] in _FORMULA_START else value


def _read_csv(zf: zipfile.ZipFile, member: str) -> list[dict[str, str]]:
    text = zf.read(member).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def read_backup(vault: Vault, zip_path: str | os.PathLike[str]) -> BackupContents:
    """What a backup (or a ``clientvault export`` ZIP) holds, and what of it the vault already has.
    A file that is no ZIP, a ZIP without its lists, or lists naming files that are not in it are
    refused with words, before anything changes."""
    path = Path(zip_path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if COMPANIES in names:
                contents = BackupContents(path, [_read_company(zf, names, path, row) for row in _read_csv(zf, COMPANIES)])
            elif MANIFEST in names:
                contents = BackupContents(path, [_read_company(zf, names, path, {"folder": "", "name": path.stem})],
                                          plain_export=True)
            else:
                raise _not_a_backup(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, UnicodeDecodeError, csv.Error, KeyError, ValueError) as exc:
        if isinstance(exc, errors.VaultError):
            raise
        raise errors.VaultError(t(
            f"No se pudo leer {path.name}: no es un ZIP o está dañado. No se restauró nada; elija el ZIP que hizo "
            "«Copia de seguridad…».",
            f"Could not read {path.name}: it is not a ZIP, or it is damaged. Nothing was restored; choose the ZIP "
            "that «Back up…» made.")) from exc
    except OSError as exc:
        raise errors.VaultError(t(
            f"No se pudo abrir {path}: {errors.os_words(exc)}. No se restauró nada.",
            f"Could not open {path}: {errors.os_words(exc)}. Nothing was restored.")) from exc
    for company in contents.companies:
        company.existing = vault.catalog.company_named(company.name)
        if company.existing is not None:
            have = {(d.filename.casefold(), d.checksum) for d in vault.list_documents(company.existing.id, limit=None)}
            company.files_here = sum((f.filename.casefold(), f.sha256) in have for f in company.files)
    return contents


def _read_company(zf: zipfile.ZipFile, names: set[str], path: Path, row: dict[str, str]) -> BackupCompany:
    folder = _cell(row.get("folder") or "")
    prefix = f"{folder}/" if folder else ""
    if prefix + MANIFEST not in names:
        raise _damaged(path, t(f"falta la lista de archivos de {folder}", f"the list of files of {folder} is missing"))
    files = []
    for entry in _read_csv(zf, prefix + MANIFEST):
        filename = _cell(entry.get("filename") or "")
        member = prefix + filename
        if not filename or member not in names or "/" in filename or "\\" in filename or filename in (".", ".."):
            raise _damaged(path, t(f"falta «{filename}»", f"“{filename}” is missing"))
        files.append(BackupFile(filename, int(entry.get("size") or 0), (entry.get("sha256") or "").lower(), member))
    nit = (row.get("nit") or "").strip()
    dv = (row.get("dv") or "").strip()
    return BackupCompany(_cell(row.get("name") or folder).strip() or path.stem, files,
                         nit=f"{nit}-{dv}" if nit and dv else nit, email=_cell(row.get("email") or ""),
                         phone=_cell(row.get("phone") or ""), notes=_cell(row.get("notes") or ""))


def restore_backup(vault: Vault, contents: BackupContents, companies: list[str] | None = None,
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> RestoreReport:
    """Bring in what the vault lacks of the companies named (all by default). Never replaces a file:
    see the module's docstring. ``progress(done, total, file name)`` before each file; cancelled, it
    stops before the next file and what came in stays."""
    chosen = [c for c in contents.companies if companies is None or c.name in companies]
    report = RestoreReport()
    total, done = sum(len(c.files) for c in chosen), 0
    with tempfile.TemporaryDirectory(prefix="clientvault-restore-") as scratch, zipfile.ZipFile(contents.path) as zf:
        for entry in chosen:
            company = vault.catalog.company_named(entry.name)
            if company is None:
                company = _add_company(vault, entry)
                report.companies_added.append(company.name)
            for item in entry.files:
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    return report
                if progress is not None:
                    progress(done, total, item.filename)
                done += 1
                report.files.append(_restore_file(vault, zf, company, item, Path(scratch)))
    return report


def _add_company(vault: Vault, entry: BackupCompany) -> Company:
    try:
        return vault.add_company(entry.name, nit=entry.nit or None, email=entry.email or None,
                                 phone=entry.phone or None, notes=entry.notes)
    except errors.CompanyError:  # a NIT or an address today's rules refuse: the name is what matters
        return vault.add_company(entry.name, phone=entry.phone or None, notes=entry.notes)


def _restore_file(vault: Vault, zf: zipfile.ZipFile, company: Company, item: BackupFile, scratch: Path) -> RestoredFile:
    def result(status: RestoreStatus, message: str = "") -> RestoredFile:
        return RestoredFile(company.name, item.filename, status, message)

    if vault.catalog.live_name_taken(company.id, item.filename):
        same = vault.catalog.duplicate_of(company.id, item.sha256)
        if same is not None and name_key(same.filename) == name_key(item.filename):
            return result("already_here")
        return result("name_taken", t(
            "Ya hay otro archivo con este nombre y otro contenido; se dejó como estaba y este no se restauró.",
            "Another file with this name and other content is already here; it was left as it was and this one "
            "was not restored."))
    folder = scratch / str(company.id)
    folder.mkdir(exist_ok=True)
    target = folder / item.filename
    digest, written = hashlib.sha256(), 0
    try:
        with zf.open(item.member) as src, open(target, "wb") as dst:
            while True:
                try:
                    chunk = src.read(storage.CHUNK)
                except (zipfile.BadZipFile, EOFError, zlib.error):
                    target.unlink(missing_ok=True)
                    return result("damaged", t("Está dañado dentro de la copia y no se pudo sacar; no se restauró.",
                                               "It is damaged inside the backup and could not be taken out; it was "
                                               "not restored."))
                if not chunk:
                    break
                written += len(chunk)
                if written > item.size:  # more than the manifest says (a ZIP bomb): never filled to the end
                    target.unlink(missing_ok=True)
                    return result("damaged", t("Es más grande de lo que la copia anotó: está dañado y no se restauró.",
                                               "It is larger than the backup recorded: it is damaged and was not "
                                               "restored."))
                digest.update(chunk)
                dst.write(chunk)
    except OSError as exc:  # the temporary folder could not be written (a full disk): stop, and say so
        target.unlink(missing_ok=True)
        raise errors.StorageError(t(
            f"No se pudo sacar «{item.filename}» de la copia a la carpeta temporal {scratch}: {errors.os_words(exc)}. "
            "Lo restaurado hasta aquí se conserva.",
            f"Could not take “{item.filename}” out of the backup into the temporary folder {scratch}: "
            f"{errors.os_words(exc)}. What was restored so far is kept.")) from exc
    if digest.hexdigest() != item.sha256:
        target.unlink(missing_ok=True)
        return result("damaged", t("Su contenido no es el que la copia anotó: está dañado y no se restauró.",
                                   "Its content is not the one the backup recorded: it is damaged and was not restored."))
    try:
        outcome = vault.import_file(company.id, target)
    finally:
        target.unlink(missing_ok=True)
    if outcome.status == "imported":
        return result("restored")
    if outcome.status == "duplicate":
        name = outcome.existing.filename if outcome.existing is not None else ""
        return result("already_here", t(f"Ya está aquí como «{name}».", f"Already here as “{name}”."))
    return result("refused", outcome.message)


__all__ = ["COMPANIES", "BackupCompany", "BackupContents", "BackupFile", "BackupResult", "RestoreReport",
           "RestoredFile", "read_backup", "restore_backup", "write_backup"]
