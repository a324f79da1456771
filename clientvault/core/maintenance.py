"""Checking the vault against its files (``verify``) and exporting a company to a ZIP.

Repair never deletes a person's data: an unregistered file is re-attached to its company, or
moved to ``lost+found/`` when it cannot be; only our own half-written temporary copies are
removed, because their originals are still wherever the person imported them from.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from peewee import IntegrityError

from clientvault.core import errors, storage
from clientvault.core.filetypes import identify
from clientvault.core.i18n import t
from clientvault.core.models import Company, Document, name_key, utcnow
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


def _lost_found(vault: Vault, company_id: int | str, path: Path) -> Path:
    folder = vault.root / "lost+found" / str(company_id)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target, n = folder / path.name, 1
    while target.exists():
        n += 1
        target = folder / storage.numbered(path.name, n)
    os.rename(path, target)
    return target


def verify(vault: Vault, repair: bool = False) -> VerifyReport:
    """Find every missing file, unregistered file, leftover temporary copy and changed checksum."""
    report = VerifyReport()
    check = vault.db.execute_sql("PRAGMA quick_check").fetchone()[0]
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
    companies = {c.id: c for c in Company.select()}
    for entry in sorted(vault.companies_dir.iterdir()):
        if not (entry.is_dir() and entry.name.isdigit() and int(entry.name) in companies):
            p = Problem(
                "stray_folder", entry, t(f"{entry} no pertenece a ninguna empresa.", f"{entry} does not belong to any company.")
            )
            if repair:
                p.action = str(_lost_found(vault, "sin-empresa", entry))
                p.repaired = True
            report.problems.append(p)
    for company in companies.values():
        _verify_company(vault, company, repair, report)
    return report


def _verify_company(vault: Vault, company: Company, repair: bool, report: VerifyReport) -> None:
    folder = vault.company_dir(company.id)
    trash = vault.trash_dir(company.id)
    docs = list(Document.select().where(Document.company == company))
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
    for path in on_disk:
        if path.name.startswith(storage.TEMP_PREFIX):
            temps.append(path)
        elif path not in expected:
            orphans.append(path)

    # A missing file may be recovered from an unregistered file or from a temporary copy with its
    # checksum: after a power cut a committed import can be left under its temporary name.
    spare_sums: dict[str, Path] = {}
    for path in orphans + temps:
        if path.is_file():
            spare_sums.setdefault(storage.file_sha256(path), path)

    for path, doc in expected.items():
        report.documents_checked += 1
        if not path.is_file():
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
                os.rename(found, path)
                (temps if found in temps else orphans).remove(found)
                p.repaired, p.action = True, t(f"recuperado de {found.name}", f"recovered from {found.name}")
            report.problems.append(p)
            continue
        actual = storage.file_sha256(path)
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
                with vault.db.atomic():
                    doc.checksum, doc.size, doc.modified = actual, path.stat().st_size, utcnow()
                    doc.save()
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
            p.action = _reattach(vault, company, path, in_trash=path.parent == trash)
            p.repaired = True
        report.problems.append(p)


def _reattach(vault: Vault, company: Company, path: Path, in_trash: bool) -> str:
    """Register an unregistered file in its company, or move it to lost+found if it can't be."""
    if not in_trash and path.is_file():
        try:
            kind = identify(path)
        except errors.FileRefused:
            kind = None
        if kind is not None and name_key(path.name) == name_key(storage.safe_name(path.name)):
            now = utcnow()
            try:
                with vault.db.atomic():
                    Document.create(
                        company=company,
                        title=path.stem,
                        original_filename=path.name,
                        filename=path.name,
                        name_key=name_key(path.name),
                        mime_type=kind.mime,
                        size=path.stat().st_size,
                        checksum=storage.file_sha256(path),
                        added=now,
                        modified=now,
                    )
                return t("registrado de nuevo en la empresa", "registered again in the company")
            except IntegrityError:
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
