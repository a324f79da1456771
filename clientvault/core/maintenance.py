"""Checking the vault against its files (``verify``), repairing it, and cleaning what killed work
left behind (``clean_leftovers``). Exporting a company lives in ``export.py``.

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
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from clientvault.core import backups, errors, sidecars, storage
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.export import _csv_cell, clean_export_leftovers
from clientvault.core.filetypes import identify
from clientvault.core.i18n import t
from clientvault.core.vault import Vault
from clientvault.paths import private_opener

log = logging.getLogger(__name__)

ProblemKind = Literal["missing", "orphan", "temp", "purge", "changed", "stray_folder", "database", "index"]


@dataclass
class Problem:
    kind: ProblemKind
    path: Path
    message: str
    document_id: int | None = None
    repaired: bool = False
    action: str = ""
    # Whether a repair can fix it (the window offers «Reparar» only then): a missing file only when
    # a copy with its checksum was found, a damaged database never (it is restored or rebuilt).
    repairable: bool = False
    # A missing file's spare: the unregistered file or temporary copy with its content, which a
    # repair moves into its place (that file is reported as unregistered too until then).
    spare: Path | None = None


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    documents_checked: int = 0
    backup: Path | None = None  # the copy of the catalog taken before repairing
    cancelled: bool = False  # stopped by cancelled(); what was checked (or repaired) stands

    @property
    def consistent(self) -> bool:
        """True when nothing is wrong any more (no problem, or every problem repaired)."""
        return all(p.repaired for p in self.problems)


TEMP_MAX_AGE = 3600.0  # seconds; an import copies one file of at most 5 MB in well under that


LOST_FOUND = "lost+found"
CHANGED = "cambiados"  # changed content set aside by a repair, beside lost+found
JOURNAL = "registro.csv"  # in each of them: what was moved there, from where, when and why


def _set_aside(vault: Vault, where: str, company_id: int | str, path: Path, why: str, name: str | None = None) -> Path:
    """Move ``path`` into ``<where>/<company>/`` under a free name, and write down in the folder's
    journal what it was, so a later repair (and a person) knows what was already moved and why."""
    folder = vault.root / where / str(company_id)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    wanted = name or path.name
    target = folder / storage.free_name(wanted, lambda n: (folder / n).exists())
    os.rename(path, target)
    journal = vault.root / where / JOURNAL
    new = not journal.exists()
    # Owner-only like everything else, and names quoted so a spreadsheet never runs one as a formula.
    with open(journal, "a", encoding="utf-8-sig" if new else "utf-8", newline="", opener=private_opener) as fh:
        writer = csv.writer(fh)
        if new:
            writer.writerow(["fecha", "empresa", "archivo", "desde", "motivo"])
        came_from = str(path.relative_to(vault.root)) if path.is_relative_to(vault.root) else str(path)
        writer.writerow([utcnow().isoformat(timespec="seconds"), str(company_id),
                         _csv_cell(str(target.relative_to(vault.root))), _csv_cell(came_from), why])
    return target


def _lost_found(vault: Vault, company_id: int | str, path: Path) -> Path:
    return _set_aside(vault, LOST_FOUND, company_id, path, t("sin registrar", "unregistered"))


# How many files of a company's check go by between two looks at ``cancelled``: each look is cheap,
# and 200 files are checked in well under a second.
CANCEL_EVERY = 200


def verify(vault: Vault, repair: bool = False, progress: Callable[[int, int, str], None] | None = None,
           cancelled: Callable[[], bool] | None = None) -> VerifyReport:
    """Find every missing file, unregistered file, leftover temporary copy and changed checksum.

    ``progress(done, total, company name)`` is told before each company; ``cancelled()`` is asked
    between companies and every ``CANCEL_EVERY`` files of a company's check (a company of 100,000
    files takes minutes), never during a repair, which is not cut in half."""
    report = VerifyReport()
    check = vault.catalog.integrity_check()
    if check != "ok":
        report.problems.append(
            Problem(
                "database",
                vault.db_path,
                t(
                    f"La base de datos está dañada ({check}). Vuelva a la copia de seguridad más reciente con "
                    "«clientvault backups restore», o reconstrúyala con «clientvault rebuild».",
                    f"The database is damaged ({check}). Go back to the most recent backup with “clientvault "
                    "backups restore”, or rebuild it with “clientvault rebuild”.",
                ),
            )
        )
    if repair:
        try:
            report.backup = backups.take(vault, backups.BEFORE_REPAIR)
        except Exception as exc:  # noqa: BLE001 - without a fresh copy, repair must not touch anything
            log.error("no backup before repair: %s", exc)
            from clientvault.core import diskerrors

            why = diskerrors.explain(exc, vault.root) or diskerrors.detail(exc)
            report.problems.append(Problem("database", vault.db_path, t(
                f"No se pudo hacer la copia de seguridad antes de reparar, así que no se reparó nada. {why}",
                f"Could not make the backup before repairing, so nothing was repaired. {why}")))
            repair = False
    if repair and check == "ok":
        # A move killed between its file and its row is completed first: its file in the new
        # company's folder would otherwise be registered there as a second, bare document.
        vault.finish_moves()
    if check == "ok":  # a damaged database is restored or rebuilt first; its index comes with it
        report.problems.extend(_verify_text_index(vault, repair))
    companies = {c.id: c for c in vault.catalog.all_companies()}
    for entry in sorted(vault.companies_dir.iterdir()):
        if not (entry.is_dir() and entry.name.isdigit() and int(entry.name) in companies):
            if entry.is_dir() and entry.name.isdigit() and vault.catalog.company(int(entry.name), include_removed=True):
                # Added by another window or command after the list above was read: a company's row
                # commits before its folder is made, so this second look cannot miss it.
                continue
            sidecar = sidecars.read_sidecar(entry) if entry.is_dir() else None
            if sidecar is not None and sidecar.get("vault_id") != vault.vault_id:
                # Another vault's company (copied in by hand): never misfiled, never moved.
                report.problems.append(Problem("stray_folder", entry, t(
                    f"{entry} es una empresa de otra carpeta de datos de ClientVault ({sidecar.get('name', '?')}); "
                    "no se tocó. Sáquela de la carpeta companies o ábrala con la carpeta de datos a la que pertenece.",
                    f"{entry} is a company of another ClientVault data folder ({sidecar.get('name', '?')}); it was "
                    "left alone. Move it out of the companies folder or open it with the data folder it belongs to.")))
                continue
            p = Problem(
                "stray_folder", entry, t(f"{entry} no pertenece a ninguna empresa.", f"{entry} does not belong to any company.")
            )
            if sidecar is not None:
                p.message += " " + t(
                    f"Es «{sidecar.get('name', '?')}», que ya no está en la base de datos: para recuperarla con sus "
                    "archivos use «clientvault rebuild».",
                    f"It is “{sidecar.get('name', '?')}”, no longer in the database: to get it back with its files "
                    "use “clientvault rebuild”.")
                report.problems.append(p)  # a known company's folder is not lost+found material
                continue
            p.repairable = True
            if repair:
                p.action = str(_lost_found(vault, "sin-empresa", entry))
                p.repaired = True
            report.problems.append(p)
    for done, company in enumerate(companies.values()):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(companies), company.name)
        hashes: dict[tuple[Path, int, int], str] = {}
        found = _verify_company(vault, company, False, hashes, cancelled)
        if found.cancelled:  # what was found so far stands; nothing of this company is repaired
            report.problems.extend(found.problems)
            report.documents_checked += found.documents_checked
            report.cancelled = True
            break
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


def _verify_text_index(vault: Vault, repair: bool) -> list[Problem]:
    """The search index and the stored texts: an index that is missing or out of step with the
    texts is rebuilt from them (nothing is read again); a text read from content its document no
    longer has (a file accepted with other content) is dropped, so the indexer reads it again."""
    problems: list[Problem] = []
    if vault.catalog.text_index_problem() is not None:
        p = Problem("index", vault.db_path, t(
            "El índice de búsqueda está incompleto o desactualizado; «Reparar» en Archivo › Revisar archivos (o "
            "«clientvault verify --repair») lo reconstruye.",
            "The search index is incomplete or out of date; “Repair” in File › Check files (or “clientvault verify "
            "--repair”) rebuilds it."))
        p.repairable = True
        if repair:  # first: dropping a stale text below goes through the index's triggers
            vault.catalog.rebuild_text_index()
            p.repaired, p.action = True, t("reconstruido", "rebuilt")
        problems.append(p)
    keys = vault.catalog.stale_search_keys(fix=repair)
    if keys:
        p = Problem("index", vault.db_path, t(
            ("Un nombre de archivo o de empresa no se encontraba" if keys == 1 else
             f"{keys} nombres de archivos o empresas no se encontraban")
            + " u ordenaban bien (los cambió una versión anterior de ClientVault); «Reparar» en Archivo › Revisar "
            "archivos (o «clientvault verify --repair») lo corrige.",
            ("One file or company name was" if keys == 1 else f"{keys} file or company names were")
            + " not found or sorted correctly (an earlier ClientVault changed them); “Repair” in File › Check "
            "files (or “clientvault verify --repair”) fixes it."))
        p.repairable = True
        if repair:
            p.repaired, p.action = True, t("corregido", "fixed")
        problems.append(p)
    stale = [(i, vault.catalog.document(i)) for i in vault.catalog.stale_texts()]
    for doc_id, doc in stale:
        es, en = (f"«{doc.filename}» ({doc.company.name})", f"“{doc.filename}” ({doc.company.name})") if doc else (
            f"el documento {doc_id}", f"document {doc_id}")
        problems.append(Problem("index", vault.db_path, t(
            f"El texto guardado de {es} se leyó de un contenido que el archivo ya no tiene; al reparar "
            "se descarta para que se vuelva a leer.",
            f"The stored text of {en} was read from content the file no longer has; a repair drops it so "
            "that it is read again."), doc_id, repairable=True))
    if repair and stale:
        vault.catalog.forget_texts(doc_ids=[i for i, _ in stale])
        for p in problems[-len(stale):]:
            p.repaired, p.action = True, t("descartado; «clientvault index» lo vuelve a leer",
                                           "dropped; “clientvault index” reads it again")
    return problems


def clean_leftovers(vault: Vault) -> int:
    """What killed work left behind, cleaned at the next start (not only by a repair): moves cut
    between their file and their row (completed), temporary copies of imports older than
    ``TEMP_MAX_AGE`` (their originals are still where the person imported them from), files of
    purges cut short (purged means gone) and the ``.part`` files of killed exports. Returns how many."""
    cleaned, now = vault.finish_moves(), time.time()
    for company in vault.catalog.all_companies():
        folder, trash = vault.company_dir(company.id), vault.trash_dir(company.id)
        old_temps = [p for p in (folder.glob(f"{storage.TEMP_PREFIX}*") if folder.is_dir() else [])
                     if _age(p, now) >= TEMP_MAX_AGE]
        purges = list(trash.glob(f"{storage.PURGE_PREFIX}*")) if trash.is_dir() else []
        if not old_temps and not purges:
            continue
        with vault.lock_company(company.id):
            missing = {d.checksum: d for d in vault.catalog.company_documents(company.id)
                       if not vault.document_path(d).exists()}
            for path in old_temps:
                if not path.exists():
                    continue
                doc = missing.pop(storage.file_sha256(path), None) if missing else None
                if doc is not None:
                    # After a power cut a committed import can be left under its temporary name:
                    # that copy is the document, so it goes into place, not away.
                    target = vault.document_path(doc)
                    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    os.rename(path, target)
                else:
                    path.unlink(missing_ok=True)
            for path in purges:
                if path.exists():
                    _finish_purge(vault, company, path)
        cleaned += len(old_temps) + len(purges)
    return cleaned + len(clean_export_leftovers(vault.root))


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


def _verify_company(vault: Vault, company: Company, repair: bool, hashes: dict[tuple[Path, int, int], str],
                    cancelled: Callable[[], bool] | None = None) -> VerifyReport:
    report = VerifyReport()
    folder = vault.company_dir(company.id)
    trash = vault.trash_dir(company.id)
    docs = vault.catalog.company_documents(company.id)
    expected = {vault.document_path(d): d for d in docs}
    on_disk: list[Path] = []
    for base in (folder, trash):
        if base.is_dir():
            for entry in base.iterdir():
                if entry == trash or sidecars.is_own_file(entry.name):
                    continue
                on_disk.append(entry)

    orphans: list[Path] = []
    purges: list[Path] = []
    temps: list[Path] = []
    young: list[Path] = []
    now = time.time()
    for path in on_disk:
        if path.name.startswith(storage.PURGE_PREFIX):
            purges.append(path)  # a purge cut short (or running in another process: the second look is under the lock)
            continue
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
        if cancelled is not None and report.documents_checked % CANCEL_EVERY == CANCEL_EVERY - 1 and cancelled():
            report.cancelled = True
            return report
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
            aside = changed_copy(vault, doc)
            if aside is not None:
                p.message += " " + t(
                    f"Su contenido cambiado está en {aside}: recupere el original de su propia copia, o acéptelo con "
                    f"«clientvault accept {doc.id}».",
                    f"Its changed content is in {aside}: get the original back from your own copy, or accept it with "
                    f"“clientvault accept {doc.id}”.")
            found = spare_sums.pop(doc.checksum, None)
            p.repairable, p.spare = found is not None, found
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
            p.message += " " + t(
                "Recupere el original de su propia copia; si el contenido nuevo es el correcto, acéptelo con "
                f"«clientvault accept {doc.id}».",
                "Get the original back from your own copy; if the new content is the right one, accept it with "
                f"“clientvault accept {doc.id}”.")
            if repair:
                # The recorded checksum is the only proof of the original: keep it, and move the changed
                # content aside (never delete it, never record it as the truth without the person).
                aside = _set_aside(vault, CHANGED, company.id, path, t("contenido cambiado", "changed content"),
                                   name=f"{doc.id}-{path.name}")
                with vault._transaction() as changes:  # its file is gone from the folder: views re-read it
                    changes.append(Change("document_changed", company.id, (doc.id,)))
                p.action = t(f"el contenido cambiado se apartó en {aside}", f"the changed content was set aside in {aside}")
            report.problems.append(p)

    for path in purges:
        p = Problem("purge", path, t(f"Un archivo eliminado definitivamente quedó a medio borrar: {path}",
                                     f"A permanently deleted file was left half-deleted: {path}"))
        p.repairable = True
        if repair:
            _finish_purge(vault, company, path)
            p.repaired, p.action = True, t("eliminado, como se pidió", "deleted, as was asked")
        report.problems.append(p)

    for path in temps:
        p = Problem("temp", path, t(f"Copia temporal a medio escribir: {path}", f"Half-written temporary copy: {path}"))
        p.repairable = True
        if repair:
            # Its original is still wherever the person imported it from: nothing is lost.
            path.unlink(missing_ok=True)
            p.repaired, p.action = True, t("eliminada", "removed")
        report.problems.append(p)

    for path in orphans:
        if not path.exists():
            continue
        p = Problem("orphan", path, t(f"Archivo sin registrar: {path}", f"Unregistered file: {path}"))
        p.repairable = True
        if repair:
            p.action = _reattach(vault, company, path, path.parent == trash, hashes)
            if vault.catalog.live_name_taken(company.id, path.name) and path.exists():
                report.documents_checked += 1  # registered: it is one of the company's documents now
            p.repaired = True
        report.problems.append(p)
    return report


def changed_copy(vault: Vault, doc: Document) -> Path | None:
    """Where a repair set aside the changed content of ``doc``, if it did."""
    folder = vault.root / CHANGED / str(doc.company_id)
    if not folder.is_dir():
        return None
    # By id and name: ids can be handed out again, and another document's content must never be taken.
    wanted = f"{doc.id}-{Path(doc.filename).name}"
    found = sorted((p for p in folder.glob(f"{doc.id}-*") if p.name == wanted or p.name.startswith(
        f"{Path(wanted).stem} (") and p.suffix == Path(wanted).suffix), key=lambda p: p.stat().st_mtime, reverse=True)
    return found[0] if found else None


def _finish_purge(vault: Vault, company: Company, path: Path) -> None:
    """A purge renames the trashed file to ``.cv-purge-<id>`` before deleting its row, then deletes
    the file. Killed in between, it left the file: purged means gone, so finish it (the row too, if
    the kill came before the commit). Called under the company's lock."""
    doc_id = path.name[len(storage.PURGE_PREFIX):]
    doc = vault.catalog.document(int(doc_id)) if doc_id.isdigit() else None
    # The row is the one being purged only if its trashed file is gone (renamed to this marker):
    # SQLite may have handed the id to a newer document since, trashed with its own file in place.
    purging = (doc is not None and doc.company_id == company.id and doc.deleted_at is not None
               and doc.trash_name is not None and not (vault.trash_dir(company.id) / doc.trash_name).exists())
    if purging:
        assert doc is not None
        with vault._transaction(doc.filename) as changes:
            vault.catalog.delete_document(doc)
            changes.append(Change("document_removed", company.id, (doc.id,)))
    # Under the lock no purge is running: the marker is a leftover holding purged content, which is gone.
    path.unlink(missing_ok=True)


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

