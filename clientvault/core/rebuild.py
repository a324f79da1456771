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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from clientvault.core import errors, sidecars, storage
from clientvault.core.catalog import Catalog, SqliteDialect
from clientvault.core.catalog.models import name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.filetypes import identify
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
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    if db.exists():
        report.set_aside = root / f"vault.db.replaced-{stamp}"
        os.replace(db, report.set_aside)
    for suffix in ("-wal", "-shm"):
        if (root / f"vault.db{suffix}").exists():
            os.replace(root / f"vault.db{suffix}", root / f"vault.db.replaced-{stamp}{suffix}")
    vault_id = sidecars.read_identity(root) or sidecars.new_vault_id()
    catalog = Catalog.open(SqliteDialect(db))
    catalog.put_settings({sidecars.SETTING_KEY: vault_id})
    sidecars.write_identity(root, vault_id)
    folders = sorted((p for p in (root / "companies").iterdir() if p.is_dir()), key=lambda p: p.name) \
        if (root / "companies").is_dir() else []
    try:
        for i, folder in enumerate(folders):
            if progress is not None:
                progress(i, len(folders), folder.name)
            _rebuild_company(catalog, vault_id, folder, report)
    finally:
        catalog.close()
    if progress is not None:
        progress(len(folders), len(folders), "")
    vault = Vault(root)  # writes the sidecars anew and checks that all agrees
    try:
        with vault._transaction() as changes:
            changes.append(Change("company_changed"))
    finally:
        vault.close()
    return report


def _rebuild_company(catalog: Catalog, vault_id: str, folder: Path, report: RebuildReport) -> None:
    if not folder.name.isdigit():
        report.skipped.append(t(f"{folder.name}: no es la carpeta de una empresa; se dejó como está.",
                                f"{folder.name}: not a company's folder; left as it is."))
        return
    sidecar = sidecars.read_sidecar(folder)
    if sidecar is not None and sidecar.get("vault_id") not in (None, vault_id):
        report.skipped.append(t(f"{folder.name}: es una empresa de otra bóveda ({sidecar.get('name', '?')}); no se tocó.",
                                f"{folder.name}: a company of another vault ({sidecar.get('name', '?')}); left alone."))
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
            _register(catalog, company.id, path, in_trash, report)


def _register(catalog: Catalog, company_id: int, path: Path, in_trash: bool, report: RebuildReport) -> None:
    shown = path.name.split("-", 1)[1] if in_trash and "-" in path.name else path.name
    try:
        kind = identify(path, display_name=shown)
    except errors.FileRefused as exc:
        report.skipped.append(f"{path}: {exc.reason}")
        return
    when = datetime.fromtimestamp(path.stat().st_mtime)
    fields = dict(company=company_id, title=Path(shown).stem, original_filename=shown, filename=shown,
                  name_key=name_key(shown), mime_type=kind.mime, size=path.stat().st_size,
                  checksum=storage.file_sha256(path), added=when, modified=when)
    if in_trash:
        fields.update(deleted_at=when, trash_name=path.name)
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
