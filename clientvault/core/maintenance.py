"""Checking the vault against its files (``verify``) and exporting a company to a ZIP.

Repair never deletes a person's data: an unregistered file is re-attached to its company, or
moved to ``lost+found/`` when it cannot be; only our own half-written temporary copies are
removed, because their originals are still wherever the person imported them from.

Repair runs while the window or another command may be importing into the same vault. So it
scans a company without holding anything (hashing is the slow part), then takes the company's
lock, the one every import holds from its name choice to its commit, and looks again before it
acts: a file that became a document in between is left alone. A temporary copy is an import still
copying unless it is older than ``TEMP_MAX_AGE``; only then is it removed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from clientvault.core import errors, storage
from clientvault.core.catalog.models import Company, name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.filetypes import identify
from clientvault.core.i18n import t
from clientvault.core.vault import Vault

log = logging.getLogger(__name__)

ProblemKind = Literal["missing", "orphan", "temp", "changed", "stray_folder", "database"]


@dataclass
class Problem:
    kind: ProblemKind
    path: Path
    message: str
    document_id: int | None = None
    repaired: bool = False
    action: str = ""


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    documents_checked: int = 0

    @property
    def consistent(self) -> bool:
        """True when nothing is wrong any more (no problem, or every problem repaired)."""
        return all(p.repaired for p in self.problems)


TEMP_MAX_AGE = 3600.0  # seconds; an import copies one file of at most 5 MB in well under that


def _lost_found(vault: Vault, company_id: int | str, path: Path) -> Path:
    folder = vault.root / "lost+found" / str(company_id)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / storage.free_name(path.name, lambda name: (folder / name).exists())
    os.rename(path, target)
    return target


def verify(vault: Vault, repair: bool = False) -> VerifyReport:
    """Find every missing file, unregistered file, leftover temporary copy and changed checksum."""
    report = VerifyReport()
    check = vault.catalog.integrity_check()
    if check != "ok":
        report.problems.append(
            Problem(
                "database",
                vault.db_path,
                t(
                    f"La base de datos está dañada ({check}). Restaure la copia de seguridad más reciente.",
                    f"The database is damaged ({check}). Restore the most recent backup.",
                ),
            )
        )
    companies = {c.id: c for c in vault.catalog.all_companies()}
    for entry in sorted(vault.companies_dir.iterdir()):
        if not (entry.is_dir() and entry.name.isdigit() and int(entry.name) in companies):
            if entry.is_dir() and entry.name.isdigit() and vault.catalog.company(int(entry.name), include_removed=True):
                # Added by another window or command after the list above was read: a company's row
                # commits before its folder is made, so this second look cannot miss it.
                continue
            p = Problem(
                "stray_folder", entry, t(f"{entry} no pertenece a ninguna empresa.", f"{entry} does not belong to any company.")
            )
            if repair:
                p.action = str(_lost_found(vault, "sin-empresa", entry))
                p.repaired = True
            report.problems.append(p)
    for company in companies.values():
        hashes: dict[tuple[Path, int, int], str] = {}
        found = _verify_company(vault, company, False, hashes)
        if repair and found.problems:
            # Look again under the lock every import holds from its name choice to its commit, and
            # act only on what is still wrong (hashes of unchanged files are reused).
            with vault.lock_company(company.id):
                current = vault.catalog.company(company.id, include_removed=True)
                if current is None:  # purged by another window meanwhile: nothing of it is left to repair
                    continue
                found = _verify_company(vault, current, True, hashes)
        report.problems.extend(found.problems)
        report.documents_checked += found.documents_checked
    return report


def _sha256(path: Path, cache: dict[tuple[Path, int, int], str]) -> str:
    st = path.stat()
    key = (path, st.st_size, st.st_mtime_ns)
    if key not in cache:
        cache[key] = storage.file_sha256(path)
    return cache[key]


def _sha256_if_file(path: Path, cache: dict[tuple[Path, int, int], str]) -> str | None:
    """The file's sha256, or None when it is no file (any more): the first look holds no lock, so
    an import may rename its temporary copy, or a rename move a document, while it hashes."""
    try:
        return _sha256(path, cache) if path.is_file() else None
    except OSError:
        return None


def _verify_company(vault: Vault, company: Company, repair: bool, hashes: dict[tuple[Path, int, int], str]) -> VerifyReport:
    report = VerifyReport()
    folder = vault.company_dir(company.id)
    trash = vault.trash_dir(company.id)
    docs = vault.catalog.company_documents(company.id)
    expected = {vault.document_path(d): d for d in docs}
    on_disk: list[Path] = []
    for base in (folder, trash):
        if base.is_dir():
            for entry in base.iterdir():
                if entry == trash:
                    continue
                on_disk.append(entry)

    orphans: list[Path] = []
    temps: list[Path] = []
    young: list[Path] = []
    now = time.time()
    for path in on_disk:
        if path.name.startswith(storage.TEMP_PREFIX):
            if _age(path, now) >= TEMP_MAX_AGE:
                temps.append(path)
            else:
                # An import copying right now (in this process or another): never reported or
                # removed, only used below to recover a missing file that has its checksum.
                young.append(path)
        elif path not in expected:
            orphans.append(path)

    # A missing file may be recovered from an unregistered file or from a temporary copy with its
    # checksum, whatever its age: after a power cut a committed import can be left under its
    # temporary name, and the computer may be back within the hour.
    spare_sums: dict[str, Path] = {}
    for path in orphans + temps + young:
        digest = _sha256_if_file(path, hashes)
        if digest is not None:
            spare_sums.setdefault(digest, path)

    for path, doc in expected.items():
        report.documents_checked += 1
        actual = _sha256_if_file(path, hashes)
        if actual is None:
            p = Problem(
                "missing",
                path,
                t(
                    f"Falta el archivo de «{doc.filename}» ({company.name}).",
                    f"The file of “{doc.filename}” ({company.name}) is missing.",
                ),
                doc.id,
            )
            found = spare_sums.pop(doc.checksum, None)
            if repair and found is not None:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a trashed file's .trash/ may be gone
                os.rename(found, path)
                for spares in (temps, orphans, young):
                    if found in spares:
                        spares.remove(found)
                p.repaired, p.action = True, t(f"recuperado de {found.name}", f"recovered from {found.name}")
            report.problems.append(p)
            continue
        if actual != doc.checksum:
            p = Problem(
                "changed",
                path,
                t(
                    f"«{doc.filename}» ({company.name}) cambió fuera de ClientVault.",
                    f"“{doc.filename}” ({company.name}) was changed outside ClientVault.",
                ),
                doc.id,
            )
            if repair:
                # The file on disk is what the person has now; record it rather than lose it.
                with vault._transaction() as changes:
                    doc.checksum, doc.size, doc.modified = actual, path.stat().st_size, utcnow()
                    vault.catalog.save_document(doc)
                    changes.append(Change("document_changed", company.id, (doc.id,)))
                p.repaired, p.action = True, t("se registró el contenido actual", "recorded the current content")
            report.problems.append(p)

    for path in temps:
        p = Problem("temp", path, t(f"Copia temporal a medio escribir: {path}", f"Half-written temporary copy: {path}"))
        if repair:
            # Its original is still wherever the person imported it from: nothing is lost.
            path.unlink(missing_ok=True)
            p.repaired, p.action = True, t("eliminada", "removed")
        report.problems.append(p)

    for path in orphans:
        if not path.exists():
            continue
        p = Problem("orphan", path, t(f"Archivo sin registrar: {path}", f"Unregistered file: {path}"))
        if repair:
            p.action = _reattach(vault, company, path, path.parent == trash, hashes)
            p.repaired = True
        report.problems.append(p)
    return report


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _reattach(vault: Vault, company: Company, path: Path, in_trash: bool,
              hashes: dict[tuple[Path, int, int], str]) -> str:
    """Register an unregistered file in its company, or move it to lost+found if it can't be (a
    removed company shows no files, so one registered there would be out of sight)."""
    if not in_trash and company.removed_at is None and path.is_file():
        try:
            kind = identify(path)
        except errors.FileRefused:
            kind = None
        if kind is not None and name_key(path.name) == name_key(storage.safe_name(path.name)):
            now = utcnow()
            try:
                with vault._transaction() as changes:
                    doc_id = vault.catalog.insert_document(dict(
                        company=company.id, title=path.stem, original_filename=path.name, filename=path.name,
                        name_key=name_key(path.name), mime_type=kind.mime, size=path.stat().st_size,
                        checksum=_sha256(path, hashes), added=now, modified=now))
                    changes.append(Change("document_added", company.id, (doc_id,)))
                return t("registrado de nuevo en la empresa", "registered again in the company")
            except errors.NameClash:
                pass  # a live document has the same name but another case ("rut.PDF" beside "RUT.pdf")
    dest = _lost_found(vault, company.id, path)
    return t(f"movido a {dest}", f"moved to {dest}")


MANIFEST = "manifest.csv"


def export_company(vault: Vault, ref: int | str, zip_path: str | os.PathLike[str]) -> int:
    """Write a company's live documents and a ``manifest.csv`` of their checksums into a ZIP.

    Each file is hashed as it is written and compared with the vault's record, so a ZIP never
    carries a silently changed file. The ZIP appears only when complete. Returns the file count.
    """
    company = vault.company(ref)
    target = Path(zip_path)
    temp = target.with_name(f".{target.name}.part")
    docs = vault.list_documents(company.id, limit=None)
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["filename", "original_filename", "format", "size", "sha256", "added"])
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for doc in docs:
                src = vault.document_path(doc)
                digest = _zip_add(zf, src, doc.filename)
                if digest != doc.checksum:
                    raise errors.VaultError(
                        t(
                            f"«{doc.filename}» cambió desde que se guardó. Ejecute «Verificar» antes de exportar.",
                            f"“{doc.filename}” changed since it was stored. Run “verify” before exporting.",
                        )
                    )
                writer.writerow(
                    [
                        doc.filename,
                        doc.original_filename,
                        doc.format_code,
                        doc.size,
                        doc.checksum,
                        doc.added.isoformat(timespec="seconds"),
                    ]
                )
            zf.writestr(MANIFEST, "\ufeff" + rows.getvalue())  # BOM: Excel opens accents right
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise errors.StorageError(
            t(f"No se pudo escribir {target}: {exc.strerror or exc}.", f"Could not write {target}: {exc.strerror or exc}.")
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return len(docs)


def _zip_add(zf: zipfile.ZipFile, src: Path, arcname: str) -> str:
    digest = hashlib.sha256()
    with open(src, "rb") as fin, zf.open(arcname, "w") as fout:
        while chunk := fin.read(storage.CHUNK):
            digest.update(chunk)
            fout.write(chunk)
    return digest.hexdigest()
