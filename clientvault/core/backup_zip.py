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

A ZIP may come from elsewhere (re-zipped by Windows Explorer, with a password, made to fill the
memory): ``read_backup`` looks at every member's header before unpacking any. A list it needs
(``empresas.csv``, a ``manifest.csv``) that cannot be read, or that is far larger than any real one,
refuses the whole backup; a file that cannot be read (a password, a compression Python cannot
unpack), is over the vault's size limit or whose size in the ZIP is not the one its manifest
recorded is refused alone, in the report, without being unpacked.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import hashlib
import io
import logging
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from clientvault.core import errors, storage
from clientvault.core.catalog.models import Company, DocumentType, name_key
from clientvault.core.export import _FORMULA_START, MANIFEST, _csv_cell, write_company, write_zip
from clientvault.core.filetypes import MAX_SIZE
from clientvault.core.i18n import t
from clientvault.core.paper_rules import clean_period
from clientvault.core.vault import Vault

log = logging.getLogger(__name__)

COMPANIES = "empresas.csv"
_COMPANY_COLUMNS = ["folder", "name", "nit", "dv", "email", "phone", "notes"]
# A manifest lists ~200 bytes a file: 64 MB is some 300,000 files, far more than any real company.
# Over it, the list is not read at all (a 1.5 GB one took 9 GB of memory).
CSV_LIMIT = 64 * 1024 * 1024
# What Python's zipfile unpacks. Windows Explorer writes Deflate64 (9) for big folders; others exist.
_READABLE = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA})
# What unpacking a member raises besides OSError: a password (RuntimeError), a method zipfile does
# not know (NotImplementedError), damaged data.
_UNPACK_ERRORS = (zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError, ValueError)
# A scratch copy's name the disk refuses even made safe (too long in bytes, characters it lacks).
_NAME_ERRNOS = frozenset({errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ})

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

RestoreStatus = Literal["restored", "already_here", "name_taken", "damaged", "refused"]


@dataclass
class BackupFile:
    filename: str
    size: int
    sha256: str
    member: str  # its name in the ZIP
    problem: str = ""  # why it cannot come in, found by ``read_backup`` in its header: refused unread
    problem_status: RestoreStatus = "refused"
    # What the manifest says the paper is (type, created, period, expires, tags, notes); a backup
    # made before those columns existed has none of them.
    details: dict[str, str] = field(default_factory=dict)


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


def _unreadable(info: zipfile.ZipInfo) -> str:
    """Why a member cannot be unpacked at all, in words ("" when it can): told before anything is read."""
    name = info.filename.rpartition("/")[2]
    if info.flag_bits & 0x1:
        return t(f"El archivo {name} de la copia tiene contraseña: ClientVault no puede leerlo. Haga la copia de "
                 "nuevo sin contraseña.",
                 f"The file {name} in the backup has a password: ClientVault cannot read it. Make the backup "
                 "again without a password.")
    if info.compress_type not in _READABLE:
        return t(f"El archivo {name} de la copia está comprimido de una forma que ClientVault no puede abrir (así "
                 "comprime Windows las carpetas grandes). Haga la copia de nuevo con «Copia de seguridad…», o "
                 "comprima la carpeta con otro programa.",
                 f"The file {name} in the backup is compressed in a way ClientVault cannot open (the way "
                 "Windows compresses large folders). Make the backup again with «Back up…», or compress the "
                 "folder with another program.")
    return ""


def _read_csv(zf: zipfile.ZipFile, member: str, path: Path) -> list[dict[str, str]]:
    info = zf.getinfo(member)
    why = _unreadable(info)
    if why:
        raise errors.VaultError(f"{why} {t('No se restauró nada.', 'Nothing was restored.')}")
    if info.file_size > CSV_LIMIT:
        raise _damaged(path, t(f"su lista {info.filename} ocupa {info.file_size // (1024 * 1024)} MB, mucho más que "
                               "la de cualquier copia real",
                               f"its list {info.filename} takes {info.file_size // (1024 * 1024)} MB, far more than "
                               "that of any real backup"))
    with zf.open(info) as src:
        data = src.read(CSV_LIMIT + 1)  # the header may lie about the size: never more than the limit
    if len(data) > CSV_LIMIT:
        raise _damaged(path, t(f"su lista {info.filename} es más grande de lo que anota",
                               f"its list {info.filename} is larger than it records"))
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def read_backup(vault: Vault, zip_path: str | os.PathLike[str]) -> BackupContents:
    """What a backup (or a ``clientvault export`` ZIP) holds, and what of it the vault already has.
    A file that is no ZIP, a ZIP without its lists, or lists naming files that are not in it are
    refused with words, before anything changes."""
    path = Path(zip_path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if COMPANIES in names:
                contents = BackupContents(path, [_read_company(zf, names, path, row)
                                                 for row in _read_csv(zf, COMPANIES, path)])
            elif MANIFEST in names:
                contents = BackupContents(path, [_read_company(zf, names, path, {"folder": "", "name": path.stem})],
                                          plain_export=True)
            else:
                raise _not_a_backup(path)
    except (zipfile.LargeZipFile, UnicodeDecodeError, csv.Error, KeyError, *_UNPACK_ERRORS) as exc:
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
            company.files_here = sum((_stored_name(f.filename).casefold(), f.sha256) in have for f in company.files)
    return contents


def _read_company(zf: zipfile.ZipFile, names: set[str], path: Path, row: dict[str, str]) -> BackupCompany:
    folder = _cell(row.get("folder") or "")
    prefix = f"{folder}/" if folder else ""
    if prefix + MANIFEST not in names:
        raise _damaged(path, t(f"falta la lista de archivos de {folder}", f"the list of files of {folder} is missing"))
    files = []
    for entry in _read_csv(zf, prefix + MANIFEST, path):
        filename = _cell(entry.get("filename") or "")
        member = prefix + filename
        if not filename or member not in names or "/" in filename or "\\" in filename or filename in (".", ".."):
            raise _damaged(path, t(f"falta «{filename}»", f"“{filename}” is missing"))
        item = BackupFile(filename, int(entry.get("size") or 0), (entry.get("sha256") or "").lower(), member,
                          details={k: _cell(entry.get(k) or "") for k in _DETAILS if entry.get(k)})
        _check_member(item, zf.getinfo(member))
        files.append(item)
    nit = (row.get("nit") or "").strip()
    dv = (row.get("dv") or "").strip()
    return BackupCompany(_cell(row.get("name") or folder).strip() or path.stem, files,
                         nit=f"{nit}-{dv}" if nit and dv else nit, email=_cell(row.get("email") or ""),
                         phone=_cell(row.get("phone") or ""), notes=_cell(row.get("notes") or ""))


def _check_member(item: BackupFile, info: zipfile.ZipInfo) -> None:
    """What the member's header and the manifest tell before a byte is unpacked: a file that cannot
    come in gets its reason (and is never unpacked)."""
    item.problem = _unreadable(info)
    if item.problem:
        return
    if info.file_size != item.size:  # one of the two lies (a ZIP bomb claims little, or much)
        item.problem_status = "damaged"
        item.problem = t("Su tamaño dentro de la copia no es el que la copia anotó: está dañado y no se restauró.",
                         "Its size inside the backup is not the one the backup recorded: it is damaged and was not "
                         "restored.")
    elif item.size > MAX_SIZE:  # the same words and limit as an upload
        item.problem = errors.FileTooLarge(item.filename, item.size, MAX_SIZE).reason


def _stored_name(filename: str) -> str:
    """The name a file of the backup gets here: the one any upload of it would get (a name the disk
    takes: not too long, no «:», not CON on Windows)."""
    return storage.safe_name(filename)


def _remove(path: Path) -> None:
    """A scratch copy goes; failing to remove it (a name the disk refused) is no reason to stop."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


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


def _scratch_error(item: BackupFile, scratch: Path, exc: OSError) -> errors.StorageError:
    return errors.StorageError(t(
        f"No se pudo sacar «{item.filename}» de la copia a la carpeta temporal {scratch}: {errors.os_words(exc)}. "
        "Lo restaurado hasta aquí se conserva.",
        f"Could not take “{item.filename}” out of the backup into the temporary folder {scratch}: "
        f"{errors.os_words(exc)}. What was restored so far is kept."))


def _restore_file(vault: Vault, zf: zipfile.ZipFile, company: Company, item: BackupFile, scratch: Path) -> RestoredFile:
    def result(status: RestoreStatus, message: str = "") -> RestoredFile:
        return RestoredFile(company.name, item.filename, status, message)

    stored = _stored_name(item.filename)
    if vault.catalog.live_name_taken(company.id, stored):
        same = vault.catalog.duplicate_of(company.id, item.sha256)
        if same is not None and name_key(same.filename) == name_key(stored):
            return result("already_here")
        return result("name_taken", t(
            "Ya hay otro archivo con este nombre y otro contenido; se dejó como estaba y este no se restauró.",
            "Another file with this name and other content is already here; it was left as it was and this one "
            "was not restored."))
    if item.problem:  # found in its header by read_backup: never unpacked
        return result(item.problem_status, item.problem)
    folder = scratch / str(company.id)
    folder.mkdir(exist_ok=True)
    target = folder / stored
    try:
        dst = open(target, "wb")  # noqa: SIM115 (closed by the with below; a name error is told apart)
    except OSError as exc:
        if exc.errno in _NAME_ERRNOS:  # this disk takes no such name even made safe: this file alone
            return result("refused", t(
                "Su nombre no se puede usar en esta computadora (es demasiado largo o tiene caracteres que el disco "
                "no acepta); no se restauró.",
                "Its name cannot be used on this computer (it is too long, or has characters the disk does not "
                "take); it was not restored."))
        raise _scratch_error(item, scratch, exc) from exc
    limit = min(item.size, MAX_SIZE)  # read_backup checked both; never more than that (+1 to tell) comes out
    digest, written = hashlib.sha256(), 0
    try:
        with dst, zf.open(item.member) as src:
            while chunk := src.read(min(storage.CHUNK, limit + 1 - written)):
                written += len(chunk)
                if written > limit:  # more than the manifest says (a ZIP bomb): never filled to the end
                    dst.close()
                    _remove(target)
                    return result("damaged", t("Es más grande de lo que la copia anotó: está dañado y no se restauró.",
                                               "It is larger than the backup recorded: it is damaged and was not "
                                               "restored."))
                digest.update(chunk)
                dst.write(chunk)
    except _UNPACK_ERRORS:
        _remove(target)
        return result("damaged", t("Está dañado dentro de la copia y no se pudo sacar; no se restauró.",
                                   "It is damaged inside the backup and could not be taken out; it was not restored."))
    except OSError as exc:  # the temporary folder could not be written (a full disk): stop, and say so
        _remove(target)
        raise _scratch_error(item, scratch, exc) from exc
    if digest.hexdigest() != item.sha256:
        _remove(target)
        return result("damaged", t("Su contenido no es el que la copia anotó: está dañado y no se restauró.",
                                   "Its content is not the one the backup recorded: it is damaged and was not restored."))
    try:
        outcome = vault.import_file(company.id, target)
    finally:
        _remove(target)
    if outcome.status == "imported":
        if item.details and outcome.document is not None:
            _restore_details(vault, outcome.document.id, item.details)
        return result("restored")
    if outcome.status == "duplicate":
        name = outcome.existing.filename if outcome.existing is not None else ""
        return result("already_here", t(f"Ya está aquí como «{name}».", f"Already here as “{name}”."))
    return result("refused", outcome.message)


_DETAILS = ("type", "created", "period", "expires", "tags", "notes", "type_code", "expires_set")


def _restored_type(vault: Vault, details: dict[str, str]) -> DocumentType | None:
    """The type a restored paper had: a built-in one by its code, however either vault renamed it;
    another by its name, made here when this vault lacks it (with no rule: the backup does not
    carry rules, which the accountant sets again in Settings)."""
    if details.get("type_code"):
        found = vault.catalog.type_by_code(details["type_code"])
        if found is not None:
            return found
    name = details.get("type", "").strip()
    if not name:
        return None
    found = vault.catalog.type_by_name(name)
    if found is not None:
        return found
    try:
        return vault.add_document_type(name)
    except errors.VaultError as exc:  # a name this vault refuses: the file matters more than its type
        log.warning("restore: type %r not made: %s", name, exc)
        return None


def _restore_details(vault: Vault, doc_id: int, details: dict[str, str]) -> None:
    """Give a restored file what the manifest says it is. The manifest holds the paper's expiry as
    it was, not whether it was entered by hand: one the type's rule gives again is left to the rule
    (so a later change of the rule moves it), any other is kept as entered. A detail this vault
    cannot take (a type it lacks, a date it cannot read) is left out and logged: the file matters more."""
    from datetime import date

    from clientvault.core.paper_rules import rule_expiry

    def day(key: str) -> date | None:
        try:
            return date.fromisoformat(details[key][:10]) if details.get(key) else None
        except ValueError:
            log.warning("restore: %s of document %s unreadable: %r", key, doc_id, details[key])
            return None

    kind = _restored_type(vault, details)
    fields: dict[str, Any] = {"created": day("created"), "notes": details.get("notes", ""),
                                 "tags": [tg for tg in details.get("tags", "").split(";") if tg.strip()]}
    if kind is not None:
        fields["doc_type"] = kind.id
    try:
        fields["period"] = clean_period(details.get("period"))
    except ValueError:
        log.warning("restore: period of document %s unreadable: %r", doc_id, details.get("period"))
    expires = day("expires")
    if "expires_set" in details or "type_code" in details:  # written by a backup that says which
        by_hand = details.get("expires_set") == "1"
    else:  # an older backup: one the rule gives again is the rule's
        by_hand = expires != (rule_expiry(kind.rule, kind.rule_days, kind.rule_day, day("created"),
                                          fields.get("period")) if kind is not None else None)
    if expires is not None and by_hand:
        fields["expires"] = expires
    vault.set_details([doc_id], **fields)


__all__ = ["COMPANIES", "BackupCompany", "BackupContents", "BackupFile", "BackupResult", "RestoreReport",
           "RestoredFile", "read_backup", "restore_backup", "write_backup"]
