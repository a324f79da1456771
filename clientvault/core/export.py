"""Exporting a company to a ZIP: its live documents and a ``manifest.csv`` of their checksums.

Each file is hashed as it is written and compared with the vault's record, so a ZIP never
carries a silently changed file. The ZIP appears only when complete, never replaces a file the
person did not ask to replace, and never lands inside the data folder; a killed export's part
file is found again at the next start (``clean_export_leftovers``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from clientvault.core import errors, storage
from clientvault.core.catalog.models import Company, Document
from clientvault.core.i18n import t
from clientvault.core.vault import Vault
from clientvault.paths import private_opener

log = logging.getLogger(__name__)


MANIFEST = "manifest.csv"
# A ZIP being written is ``.<name>.<random>.part`` beside the target: hidden, and plainly not the
# finished file. Each running export leaves a note in ``<data folder>/exports/`` naming its part
# file, held under a file lock, so that ``clean_export_leftovers`` (at the next start) can remove
# the part file of an export that was killed, and never one that is still running.
PART_SUFFIX = ".part"
EXPORTS_DIR = "exports"
# A cell starting with one of these runs as a formula in Excel, LibreOffice and Google Sheets
# (``=HYPERLINK(...)`` in a file name): OWASP's advice on CSV injection is a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_company(vault: Vault, ref: int | str, zip_path: str | os.PathLike[str], overwrite: bool = False) -> int:
    """Write a company's live documents and a ``manifest.csv`` of their checksums into a ZIP.

    Each file is hashed as it is written and compared with the vault's record, so a ZIP never
    carries a silently changed file. The ZIP appears only when complete (written under a temporary
    name beside it, fsynced, then renamed); on any failure the temporary file is removed and an
    existing file of that name is left as it was. Returns the file count.

    Never writes inside the data folder (the ZIP could replace a stored document or ``vault.db``),
    and never replaces an existing file unless ``overwrite``. The ZIP is readable by its owner
    only (0600): it holds the client's papers.
    """
    company = vault.company(ref)
    docs = vault.list_documents(company.id, limit=None)
    write_zip(vault, zip_path, overwrite, lambda zf: write_company(zf, vault, company, docs))
    return len(docs)


def write_zip(vault: Vault, zip_path: str | os.PathLike[str], overwrite: bool,
              fill: Callable[[zipfile.ZipFile], None]) -> None:
    """Write a ZIP filled by ``fill`` that appears only when complete (written under a temporary name
    beside it, fsynced, then renamed), outside the data folder, owner-only; on any failure (``fill``'s
    own exceptions too) the temporary file is removed and nothing else changed. ``export_company``
    and the window's backup (``backup.py``) both write through it."""
    import uuid  # the export's own imports stay here, beside it (verify's module header is another's)

    target = _export_target(vault, Path(zip_path), overwrite)
    temp = target.with_name(f".{target.name[:120]}.{uuid.uuid4().hex[:8]}{PART_SUFFIX}")
    try:
        with _ExportNote(vault.root, temp):
            try:
                with open(temp, "xb", opener=private_opener) as raw:
                    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                        fill(zf)
                    raw.flush()
                    os.fsync(raw.fileno())
                _put_in_place(temp, target, overwrite)
            finally:
                try:
                    temp.unlink(missing_ok=True)  # still there after a failure, or beside its hard link
                except OSError:
                    log.warning("could not remove the temporary export %s", temp)
    except FileExistsError as exc:  # created by someone else while the ZIP was being written
        raise errors.ExportTargetExists(str(zip_path)) from exc
    except OSError as exc:
        raise errors.StorageError(
            t(
                f"No se pudo escribir {zip_path}: {errors.os_words(exc)}. Revise que la carpeta exista, que haya "
                "espacio libre y que usted pueda escribir en ella; no se cambió nada.",
                f"Could not write {zip_path}: {errors.os_words(exc)}. Check that the folder exists, that there is "
                "free space and that you may write there; nothing was changed.",
            )
        ) from exc


def write_company(zf: zipfile.ZipFile, vault: Vault, company: Company, docs: list[Document], prefix: str = "",
                  step: Callable[[Document], None] | None = None) -> None:
    """A company's documents and their ``manifest.csv`` under ``prefix`` in ``zf``: the layout
    ``clientvault export`` writes (``prefix`` "" there; a company's folder in a backup). Each file is
    hashed as it is written and compared with the vault's record. ``step(doc)`` after each file
    (a backup's progress, and where it stops when cancelled)."""
    rows = io.StringIO()
    writer = csv.writer(rows)
    # Columns are only ever added at the end: restoring (backup_zip.py) and scripts read them by name.
    writer.writerow(["filename", "original_filename", "format", "size", "sha256", "added",
                     "type", "created", "period", "expires", "tags", "notes", "type_code", "expires_set"])
    kinds = {tp.id: tp for tp in vault.document_types()}
    types = {tp_id: tp.name for tp_id, tp in kinds.items()}
    tags = vault.tags_of([d.id for d in docs])
    for doc in docs:
        src = vault.document_path(doc)
        try:
            digest = _zip_add(zf, src, prefix + doc.filename)
        except _SourceUnreadable as exc:
            raise _source_error(company, doc, src, exc.error) from exc.error
        if digest != doc.checksum:
            raise errors.VaultError(
                t(
                    f"«{doc.filename}» ({company.name}) cambió desde que se guardó, así que no se exportó nada. "
                    "Revise sus archivos con «Archivo › Revisar archivos» (en la línea de órdenes, «clientvault "
                    "verify») antes de volver a intentarlo.",
                    f"“{doc.filename}” ({company.name}) changed since it was stored, so nothing was exported. Check "
                    "your files with “File › Check files” (on the command line, “clientvault verify”) before "
                    "trying again.",
                )
            )
        writer.writerow(
            [
                _csv_cell(doc.filename),
                _csv_cell(doc.original_filename),
                _csv_cell(doc.format_code),
                doc.size,
                doc.checksum,
                doc.added.isoformat(timespec="seconds"),
                _csv_cell(types.get(doc.document_type_id or 0, "")),
                _day(doc.created),
                doc.period or "",
                _day(doc.expires_on),
                _csv_cell("; ".join(tags.get(doc.id, ()))),
                _csv_cell(doc.notes or ""),
                # What a restore needs to give the paper back its type however it was renamed, and
                # to tell an expiry entered by hand from one its rule gives.
                (kinds[doc.document_type_id].code or "") if doc.document_type_id in kinds else "",
                "1" if doc.expires_set else "",
            ]
        )
        if step is not None:
            step(doc)
    zf.writestr(prefix + MANIFEST, "\ufeff" + rows.getvalue())  # BOM: Excel opens accents right


def _day(value: object) -> str:
    """A paper's date as 2024-03-15 ("" when it has none)."""
    return str(value.isoformat() if hasattr(value, "isoformat") else value or "")[:10]


def _export_target(vault: Vault, given: Path, overwrite: bool) -> Path:
    """The file the ZIP will really be (symbolic links resolved), refused inside the data folder,
    when it is a folder, or when it exists and may not be replaced."""
    real = Path(os.path.realpath(given))
    if _inside(real, Path(os.path.realpath(vault.root))):
        raise errors.ExportRefused(
            t(
                f"No se exportó nada: {given} queda dentro de la carpeta de datos de ClientVault ({vault.root}), "
                "donde el ZIP podría reemplazar documentos de sus clientes o la base de datos. Elija una carpeta "
                "fuera de ella, por ejemplo Documentos o el Escritorio.",
                f"Nothing was exported: {given} is inside ClientVault's data folder ({vault.root}), where the ZIP "
                "could replace your clients' documents or the database. Choose a folder outside it, such as "
                "Documents or the Desktop.",
            )
        )
    if real.is_dir():
        example = given / "empresa.zip"
        raise errors.ExportRefused(
            t(
                f"No se exportó nada: {given} es una carpeta. Indique también el nombre del ZIP, por ejemplo {example}.",
                f"Nothing was exported: {given} is a folder. Give the ZIP's name too, for example {example}.",
            )
        )
    if not overwrite and os.path.lexists(real):
        raise errors.ExportTargetExists(str(given))
    return real


def _inside(path: Path, root: Path) -> bool:
    """``path`` is ``root`` or below it; compared by file identity too, so another spelling of the
    same folder (case on macOS and Windows, a bind mount) is caught."""
    for p in (path, *path.parents):
        if p == root:
            return True
        try:
            if os.path.samefile(p, root):
                return True
        except OSError:
            continue  # not there (yet)
    return False


def _put_in_place(temp: Path, target: Path, overwrite: bool) -> None:
    """Rename the finished ZIP into place. Without ``overwrite`` the last step cannot replace a file
    made meanwhile either: a hard link (POSIX) or a rename (Windows) fails if the name is taken."""
    if overwrite:
        os.replace(temp, target)
    elif os.name == "nt":
        os.rename(temp, target)
    else:
        try:
            os.link(temp, target)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (FAT, some network shares)
            if os.path.lexists(target):
                raise FileExistsError(str(target)) from None
            os.rename(temp, target)
    try:
        storage.fsync_dir(target.parent)
    except OSError:
        pass  # the ZIP is in place; some network file systems cannot sync a folder


def _csv_cell(value: str) -> str:
    """A manifest cell a spreadsheet shows as text: a leading quote before a formula character."""
    return "'" + value if value.startswith(_FORMULA_START) else value


class _SourceUnreadable(Exception):
    """A stored document's file could not be read (not the ZIP could not be written)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _source_error(company: Company, doc: Document, src: Path, exc: OSError) -> errors.VaultError:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return errors.VaultError(
            t(
                f"Falta el archivo de «{doc.filename}» ({company.name}) en su carpeta, así que no se exportó nada. "
                "Búsquelo y repárelo con «Archivo › Revisar archivos» (en la línea de órdenes, «clientvault verify "
                "--repair») y vuelva a intentarlo.",
                f"The file of “{doc.filename}” ({company.name}) is missing from its folder, so nothing was exported. "
                "Look for it and repair it with “File › Check files” (on the command line, “clientvault verify "
                "--repair”), then try again.",
            )
        )
    return errors.VaultError(
        t(
            f"No se pudo leer «{doc.filename}» ({company.name}): {errors.os_words(exc)}. No se exportó nada; revise "
            f"{src} o use «Archivo › Revisar archivos» (en la línea de órdenes, «clientvault verify --repair»).",
            f"Could not read “{doc.filename}” ({company.name}): {errors.os_words(exc)}. Nothing was exported; check "
            f"{src}, or use “File › Check files” (on the command line, “clientvault verify --repair”).",
        )
    )


def _zip_add(zf: zipfile.ZipFile, src: Path, arcname: str) -> str:
    """Copy ``src`` into the ZIP while hashing it; a failure to read ``src`` is told apart from a
    failure to write the ZIP (``_SourceUnreadable``), so the message blames the right file."""
    digest = hashlib.sha256()
    try:
        fin = open(src, "rb")  # noqa: SIM115 - closed by the with below; only its opening is told apart
    except OSError as exc:
        raise _SourceUnreadable(exc) from exc
    with fin, zf.open(arcname, "w") as fout:
        while True:
            try:
                chunk = fin.read(storage.CHUNK)
            except OSError as exc:
                raise _SourceUnreadable(exc) from exc
            if not chunk:
                break
            digest.update(chunk)
            fout.write(chunk)
    return digest.hexdigest()


class _ExportNote:
    """While an export runs: a note in ``<data folder>/exports/`` naming its part file, under a
    lock held until it ends. Best effort: an export goes on without it (it only helps a clean-up)."""

    def __init__(self, root: Path, temp: Path) -> None:
        import uuid

        from filelock import FileLock  # loaded by the first export or write, not at start-up

        stem = uuid.uuid4().hex
        self.folder = root / EXPORTS_DIR
        self.note = self.folder / f"{stem}.txt"
        self.lock_path = self.folder / f"{stem}.lock"
        self.temp = temp
        self.lock = FileLock(str(self.lock_path), mode=0o600)

    def __enter__(self) -> None:
        from clientvault.paths import ensure_private_dir

        try:
            ensure_private_dir(self.folder)
            self.lock.acquire(timeout=0)  # a new name: nobody else holds it
            with open(self.note, "x", encoding="utf-8", opener=private_opener) as fh:
                fh.write(str(self.temp))
        except Exception as exc:  # the note only helps a later clean-up
            log.warning("could not note the export to %s in %s: %s", self.temp, self.folder, exc)

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.note.unlink(missing_ok=True)  # before the lock goes: a clean-up never sees a note unlocked
            if self.lock.is_locked:
                self.lock.release()
            self.lock_path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the export note %s: %s", self.note, exc)


def clean_export_leftovers(root: Path) -> list[Path]:
    """Remove the part files of exports that were killed (power cut, ``kill -9``) before they could
    remove their own; returns them. Meant for start-up: an export still running, in this process or
    another, holds its note's lock and is left alone. A part file on a drive that is not there now
    keeps its note, so a later start removes it."""
    from filelock import FileLock, Timeout

    folder = root / EXPORTS_DIR
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    for note in sorted(folder.glob("*.txt")):
        lock_path = note.with_suffix(".lock")
        lock = FileLock(str(lock_path), mode=0o600)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            continue  # that export is still running
        try:
            try:
                temp = Path(note.read_text(encoding="utf-8").strip())
            except FileNotFoundError:
                continue  # it ended meanwhile
            if not temp.parent.is_dir():
                continue
            # Only ever a part file of ours, never what a damaged note might name.
            if temp.name.startswith(".") and temp.name.endswith(PART_SUFFIX) and temp.is_file() and not temp.is_symlink():
                temp.unlink()
                removed.append(temp)
            note.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not clean up the export noted in %s: %s", note, exc)
        finally:
            lock.release()
            try:
                lock_path.unlink(missing_ok=True)
            except OSError:
                pass
    return removed
