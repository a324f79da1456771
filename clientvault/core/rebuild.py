"""Rebuilding the catalog from the folders, when it is lost, emptied, or another vault's.

Each company folder's sidecar gives the company back (same id, name, NIT, contact; removed or
not); each file in the folder is a live document again, each file in its ``.trash/`` (named
``<old id>-<name>``) a trashed one. What cannot come back from the files (the document types,
expiry dates, the e-mail history) is lost with the old catalog, which is kept aside, never deleted:
a backup (``backups.py``) holds those, when there is one.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from clientvault.core import errors, sidecars, storage
from clientvault.core.catalog import Catalog, SqliteDialect
from clientvault.core.catalog.models import name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.filetypes import identify, kind_for_extension
from clientvault.core.i18n import t

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class RebuildReport:
    companies: int = 0
    documents: int = 0
    trashed: int = 0
    set_aside: Path | None = None  # where the catalog that was there went
    skipped: list[str] = field(default_factory=list)  # what could not come back, in words


def rebuild(root: Path, progress: Progress | None = None) -> RebuildReport:
    """Make a new catalog for the data folder ``root`` from its company folders. The catalog that
    was there, if any, is renamed ``vault.db.replaced-<date>`` first."""
    from clientvault.core.vault import Vault  # the vault opens on the rebuilt catalog at the end

    report = RebuildReport()
    db = root / "vault.db"
    folders = sorted((p for p in (root / "companies").iterdir() if p.is_dir()), key=lambda p: p.name) \
        if (root / "companies").is_dir() else []
    # The folders' own word for which vault they are, when the identity file is gone too.
    vault_id = sidecars.read_identity(root) or _shared_vault_id(folders) or sidecars.new_vault_id()
    # Built under another name and put in place only when whole: a rebuild killed halfway must not
    # leave a catalog that opens as if it were complete.
    building = root / f".vault.db.rebuilding-{uuid.uuid4().hex[:8]}"
    catalog = Catalog.open(SqliteDialect(building))
    try:
        catalog.put_settings({sidecars.SETTING_KEY: vault_id})
        for i, folder in enumerate(folders):
            if progress is not None:
                progress(i, len(folders), folder.name)
            _rebuild_company(catalog, vault_id, folder, report)
    except BaseException:
        catalog.close()
        for extra in ("", "-wal", "-shm"):
            Path(f"{building}{extra}").unlink(missing_ok=True)
        raise
    catalog.close()
    report.set_aside = set_aside(root)
    os.replace(building, db)
    sidecars.write_identity(root, vault_id)
    if progress is not None:
        progress(len(folders), len(folders), "")
    vault = Vault(root)  # writes the sidecars anew and checks that all agrees
    try:
        with vault._transaction() as changes:
            changes.append(Change("company_changed"))
    finally:
        vault.close()
    return report


def set_aside(root: Path) -> Path | None:
    """Move ``vault.db`` (and its -wal, -shm) out of the way, never deleting it; returns where."""
    db = root / "vault.db"
    if not db.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = root / f"vault.db.replaced-{stamp}"
    while aside.exists():
        aside = root / f"vault.db.replaced-{stamp}-{uuid.uuid4().hex[:4]}"
    os.replace(db, aside)
    for suffix in ("-wal", "-shm"):
        if Path(f"{db}{suffix}").exists():
            os.replace(Path(f"{db}{suffix}"), Path(f"{aside}{suffix}"))
    return aside


def _shared_vault_id(folders: list[Path]) -> str | None:
    ids = [str(s["vault_id"]) for f in folders if (s := sidecars.read_sidecar(f)) and s.get("vault_id")]
    return max(set(ids), key=ids.count) if ids else None


def _rebuild_company(catalog: Catalog, vault_id: str, folder: Path, report: RebuildReport) -> None:
    if not folder.name.isdigit():
        report.skipped.append(t(f"{folder.name}: no es la carpeta de una empresa; se dejó como está.",
                                f"{folder.name}: not a company's folder; left as it is."))
        return
    sidecar = sidecars.read_sidecar(folder)
    if sidecar is not None and sidecar.get("vault_id") not in (None, vault_id):
        report.skipped.append(t(f"{folder.name}: es una empresa de otra carpeta de datos de ClientVault "
                                  f"({sidecar.get('name', '?')}); no se tocó.",
                                  f"{folder.name}: a company of another ClientVault data folder "
                                  f"({sidecar.get('name', '?')}); left alone."))
        return
    company_id = int(folder.name)
    name = str((sidecar or {}).get("name") or t(f"Empresa {company_id} (recuperada)", f"Company {company_id} (recovered)"))
    base, n = name, 1
    while catalog.company_name_taken(name_key(name)):
        n += 1
        name = f"{base} ({n})"
    removed = bool((sidecar or {}).get("removed"))
    company = catalog.add_company(
        id=company_id, name=name, name_key=name_key(name) + (f"\x00{company_id}" if removed else ""),
        nit=(sidecar or {}).get("nit"), dv=(sidecar or {}).get("dv"), email=(sidecar or {}).get("email"),
        phone=(sidecar or {}).get("phone"), notes=str((sidecar or {}).get("notes") or ""),
        removed_at=utcnow() if removed else None)
    report.companies += 1
    trash = folder / storage.TRASH_DIR
    for base_folder, in_trash in ((folder, False), (trash, True)):
        if not base_folder.is_dir():
            continue
        for path in sorted(base_folder.iterdir()):
            if path == trash or sidecars.is_own_file(path.name) or path.name.startswith(
                    (storage.TEMP_PREFIX, storage.PURGE_PREFIX)) or not path.is_file():
                continue
            try:
                _register(catalog, company.id, path, in_trash, report)
            except OSError as exc:  # one unreadable file must not stop the others from coming back
                report.skipped.append(f"{path}: {errors.os_words(exc)}")


def _register(catalog: Catalog, company_id: int, path: Path, in_trash: bool, report: RebuildReport) -> None:
    shown = path.name.split("-", 1)[1] if in_trash and "-" in path.name else path.name
    try:
        kind = identify(path, display_name=shown)
    except errors.FileRefused as exc:
        # It was accepted when it came in (maybe under older rules): its name still says its kind.
        by_name = kind_for_extension(Path(shown).suffix) if path.stat().st_size else None
        if by_name is None:
            report.skipped.append(f"{path}: {exc.reason}")
            return
        kind = by_name
    when = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)  # stored in UTC
    fields = dict(company=company_id, title=Path(shown).stem, original_filename=shown, filename=shown,
                  name_key=name_key(shown), mime_type=kind.mime, size=path.stat().st_size,
                  checksum=storage.file_sha256(path), added=when, modified=when)
    if in_trash:  # trashed now, as far as anyone can tell: a purge of "older than 30 days" must not take it
        fields.update(deleted_at=utcnow(), trash_name=path.name)
    try:
        with catalog.atomic():
            catalog.add_document(**fields)
    except errors.NameClash:  # two files whose names differ only in case: both are kept on disk
        report.skipped.append(t(f"{path}: otro archivo de la empresa tiene el mismo nombre; quedó sin registrar.",
                                f"{path}: another file of the company has the same name; left unregistered."))
        return
    if in_trash:
        report.trashed += 1
    else:
        report.documents += 1
