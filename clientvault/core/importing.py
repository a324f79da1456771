"""Importing files into a company: the part of ``Vault`` that brings new documents in.

Order of work for each file: check its kind -> copy it to a temporary name in the company's folder
while hashing -> fsync. That slow part runs outside any lock, so imports from several windows
overlap. The catalog writes of consecutive copied files are then grouped into one batch, which
runs under the company's lock in one transaction: company still there -> for each file, duplicate
check, free name, insert its row and rename it into place (a savepoint per file) -> commit.

Why batches: a small file's copy takes a fraction of a millisecond, and taking the lock, choosing a
name and committing cost about as much again; paid once per batch instead of once per file, an
import runs at the speed of the disk. A batch is flushed when ``BATCH_FILES`` files are waiting,
when ``BATCH_SECONDS`` have passed since the first of them was copied (so results, the window's
views and other processes are never held back long, and another writer waits at most one
batch for the lock), at the end, and on cancel.

What a batch promises, file by file:

- A file is either fully in (its row committed and its fsynced content renamed into place) or not
  at all; it is reported "imported" only after its batch committed.
- One file whose rename fails, or whose name another writer took (only one that ignores the lock
  can), is refused alone: its savepoint takes its row back, and the others go on.
- A database failure (the commit, or an insert: a full disk, a locked or read-only database)
  refuses the whole batch: every file it renamed into place is removed again, every temporary copy
  too, each file is refused with the true cause, and nothing that was in the vault changes. An
  insert's failure is not confined to its savepoint because SQLite may have rolled back the whole
  transaction by then (full disk, I/O error), and what followed would commit row by row.
- Killed (kill -9, a crash) in the middle of a batch: what was committed is whole; the batch's
  files renamed into place but not committed are complete files under their final names, which
  ``verify`` reports as unregistered and ``verify --repair`` registers again (their content was
  fsynced); the copies not yet renamed are temporary copies, left alone while young (an import in
  progress) and removed once old (their originals are still where the person imported them from).
  A power cut may also forget the last commits (``synchronous=normal``): the same two cases.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from clientvault.core import errors, storage
from clientvault.core.catalog import CatalogError
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.changes import Change
from clientvault.core.damage import damage
from clientvault.core.filetypes import EXTENSIONS, Kind, identify
from clientvault.core.i18n import t

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from clientvault.core.catalog import Catalog

log = logging.getLogger(__name__)

# The batch clock; a test replaces it to cross the time window without waiting (or racing) for it.
_now = time.monotonic


@dataclass
class ImportResult:
    """What happened to one file offered to the vault."""

    source: Path
    status: Literal["imported", "duplicate", "refused"]
    message: str
    document: Document | None = None
    existing: Document | None = None
    warning: str = ""  # imported, but it looks damaged (``damage.damage``): what the person should know


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

    Links: one given directly (a file or a folder) is followed, the person chose it. Inside a
    folder, a link that points outside that folder is not followed but returned marked
    (``filetypes.OutsideLink``), so that ``identify`` refuses it and the import lists it with its
    reason; a link to a folder inside it is skipped (its files are taken where they are). A marked
    path given back (the command line expands first, then passes the list on) stays marked.
    """
    from clientvault.core.filetypes import OutsideLink

    def inside(entry: Path, real_root: str) -> bool:
        real = os.path.realpath(entry)
        try:
            return os.path.commonpath([real, real_root]) == real_root
        except ValueError:  # another drive (Windows)
            return False

    out: list[Path] = []
    for raw in paths:
        if isinstance(raw, OutsideLink) and raw.given_folder is not None:
            out.append(raw)
            continue
        p = Path(raw)
        if not p.is_dir():
            out.append(p)
            continue
        real_root = os.path.realpath(p)
        for root, dirs, files in os.walk(p):
            here = Path(root)
            links = [here / d for d in sorted(dirs) if not d.startswith(".") and (here / d).is_symlink()]
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (here / d).is_symlink())
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS:
                    entry = here / name
                    out.append(OutsideLink.of(entry, p) if entry.is_symlink() and not inside(entry, real_root) else entry)
            out.extend(OutsideLink.of(link, p, to_folder=True) for link in links if not inside(link, real_root))
    return out


def _storage_error(name: str, exc: BaseException, folder: Path | None = None) -> errors.StorageError:
    """The disk or the database refused: the true cause (full, read-only, no permission) when it is
    known, the system's words otherwise; never "damaged" for what is not."""
    from clientvault.core import diskerrors

    known = diskerrors.explain(exc, folder) if folder is not None else ""
    if known:
        return errors.StorageError(t(f"No se pudo guardar {name}. {known} No se cambió nada en sus archivos.",
                                     f"Could not save {name}. {known} Nothing in your files was changed."))
    detail = diskerrors.detail(exc)
    return errors.StorageError(
        t(
            f"No se pudo guardar {name}: {detail}. No se cambió nada en sus archivos; vuelva a intentarlo.",
            f"Could not save {name}: {detail}. Nothing in your files was changed; please try again.",
        )
    )


def _no_free_name(name: str) -> errors.StorageError:
    # Only a writer that ignores the lock (an older release) can take a name between our look and our rename.
    return errors.StorageError(t(f"No se encontró un nombre libre para {name}; vuelva a intentarlo.",
                                 f"Could not find a free name for {name}; please try again."))


@dataclass
class _Copied:
    """A file copied into the company's folder under a temporary name, waiting for its batch."""

    index: int  # its place among the files offered, so results keep their order
    source: Path
    kind: Kind
    copy: storage.CopyResult
    wanted: str  # the safe name it asks for (computed before the lock: pathvalidate is not free)
    copied_at: float
    warning: str = ""  # it looks damaged: imported all the same, with these words


# What a batch says of each of its files: a result, or the error that refused it under the lock
# (``import_file`` raises it, as it always did; ``import_files`` lists it as refused).
_Outcome = ImportResult | errors.VaultError


class DocumentImports:
    """The import use cases of ``Vault`` (see the module docstring)."""

    BATCH_FILES = 64  # files per transaction, at most
    BATCH_SECONDS = 0.05  # how long the first copied file of a batch waits for the others, at most

    if TYPE_CHECKING:  # what they use of the vault (defined in vault.py and files.py)
        catalog: Catalog
        root: Path

        who: tuple[str, str]  # the person's user name and the computer's, for the history

        def company(self, ref: int | str) -> Company: ...
        def company_dir(self, company_id: int) -> Path: ...
        def lock_company(self, company_id: int) -> AbstractContextManager[None]: ...
        def _transaction(self, subject: str | None = None) -> AbstractContextManager[list[Change]]: ...
        def _free_name(self, company_id: int, wanted: str, ignore_id: int | None = None) -> str: ...

    def check_file(self, path: str | os.PathLike[str]) -> Kind:
        """Whether a file may be imported (raises ``FileRefused`` with the reason); changes nothing."""
        return identify(path)

    def damage_of(self, path: str | os.PathLike[str], kind: Kind) -> str | None:
        """Why a file ``check_file`` accepted looks damaged (cut short, a part that does not match), or
        None. Such a file is still imported; the person is told."""
        return damage(path, kind)

    def import_file(self, company_id: int, path: str | os.PathLike[str], keep_duplicates: bool = False) -> ImportResult:
        """Import one file (a batch of one); refusals and duplicates are results, not exceptions. What
        the disk or the database refuses once the file is copied is raised (``StorageError``)."""
        company = self.company(company_id)
        copied = self._copy_in(company, Path(path), 0)
        if isinstance(copied, ImportResult):
            return copied
        [outcome] = self._commit_batch(company, [copied], keep_duplicates)
        if isinstance(outcome, errors.VaultError):
            raise outcome
        return outcome

    def import_files(
        self,
        company_id: int,
        paths: Sequence[str | os.PathLike[str]],
        keep_duplicates: bool = False,
        progress: Callable[[int, int, Path], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        on_result: Callable[[ImportResult], None] | None = None,
    ) -> ImportSummary:
        """Import many files; folders are expanded. ``progress(i, n, file)`` is called before each
        file is copied (and ``(n, n, Path())`` once all are in); ``on_result(result)`` as each file's
        result becomes final (after its batch committed), in the order the files were given.
        Cancelling stops before the next file is copied and commits the ones already copied, so
        every file already imported stays, and none is half-written."""
        files = expand_paths(paths)
        company = self.company(company_id)
        summary = ImportSummary()
        slots: list[ImportResult | None] = []
        pending: list[_Copied] = []
        told = 0

        def tell() -> None:  # hand on the results that are final, in order, up to the first that is not
            nonlocal told
            while on_result is not None and told < len(slots):
                result = slots[told]
                if result is None:
                    break
                on_result(result)
                told += 1

        def flush() -> None:
            batch = pending[:]
            pending.clear()
            for item, outcome in zip(batch, self._commit_batch(company, batch, keep_duplicates), strict=True):
                slots[item.index] = outcome if isinstance(outcome, ImportResult) else ImportResult(
                    item.source, "refused", outcome.message)
            tell()

        try:
            for i, src in enumerate(files):
                if cancelled is not None and cancelled():
                    summary.cancelled = True
                    break
                if progress is not None:
                    progress(i, len(files), src)
                slots.append(None)
                try:
                    copied = self._copy_in(company, src, i)
                except errors.VaultError as exc:
                    copied = ImportResult(src, "refused", exc.message)
                if isinstance(copied, ImportResult):
                    slots[i] = copied
                    tell()
                    continue
                pending.append(copied)
                if len(pending) >= self.BATCH_FILES or _now() - pending[0].copied_at >= self.BATCH_SECONDS:
                    flush()
        finally:
            # Also when something unexpected stops the loop: what is already copied goes in (or is
            # cleaned away) before it propagates, as it would have one file at a time.
            if pending:
                flush()
        summary.results = [r for r in slots if r is not None]
        if progress is not None and not summary.cancelled:
            progress(len(files), len(files), Path())
        return summary

    def _copy_in(self, company: Company, src: Path, index: int) -> _Copied | ImportResult:
        """The part of an import that needs no lock: check, copy to a temporary name while hashing,
        fsync. A refusal is a result."""
        try:
            kind = identify(src)
        except errors.FileRefused as exc:
            return ImportResult(src, "refused", exc.reason)
        try:
            copy = storage.copy_to_temp(src, self.company_dir(company.id), src.name)
        except errors.FileRefused as exc:  # it grew past the limit after it was checked
            return ImportResult(src, "refused", exc.reason)
        except errors.StorageError as exc:  # the disk refused the copy: full, read-only...
            return ImportResult(src, "refused", exc.message)
        return _Copied(index, src, kind, copy, storage.safe_name(src.name), _now(),
                       damage(copy.temp_path, kind) or "")  # the copy: what was checked is what is kept

    def _commit_batch(self, company: Company, batch: list[_Copied], keep_duplicates: bool) -> list[_Outcome]:
        """Bring a batch of copied files in, under the company's lock (see the module docstring for
        what it promises). Every temporary copy is gone when it returns."""
        outcomes: list[_Outcome] | None = None
        try:
            with self.lock_company(company.id):
                outcomes = self._commit_locked(company, batch, keep_duplicates)
            return outcomes
        except Exception as exc:
            if outcomes is not None:  # only releasing the lock failed: the batch is in (or refused) as told
                log.warning("releasing the lock of company %s after an import failed: %r", company.id, exc)
                return outcomes
            if isinstance(exc, errors.VaultError):  # the lock: another window busy with the company for too long
                return [exc] * len(batch)
            if isinstance(exc, OSError | CatalogError):  # taking the lock: its file cannot be made or opened
                log.warning("could not take the lock of company %s for an import: %r", company.id, exc)
                return [_storage_error(item.source.name, exc, self.root) for item in batch]
            raise
        finally:
            for item in batch:  # renamed away if it went in; not needed any more otherwise
                item.copy.temp_path.unlink(missing_ok=True)

    def _commit_locked(self, company: Company, batch: list[_Copied], keep_duplicates: bool) -> list[_Outcome]:
        """The batch's transaction, and undoing its renames if it does not commit; under the lock, so
        that no repair (in this process or another) takes a file renamed into place but not yet
        committed, nor one being taken out again, for an unregistered one."""
        folder = self.company_dir(company.id)
        outcomes: list[_Outcome | None] = [None] * len(batch)
        placed: list[Path] = []  # renamed into place in this batch: removed again if it does not commit
        added: list[int] = []  # the rows this batch inserted (and kept)
        try:
            if not self.catalog.company_is_live(company.id):  # removed by another window meanwhile
                self._company_gone(company, batch)
                gone = t(f"la empresa «{company.name}» se quitó mientras se subía; no se guardó.",
                         f"the company “{company.name}” was removed during the upload; not saved.")
                return [ImportResult(item.source, "refused", gone) for item in batch]
            with ExitStack() as stack:
                changes: list[Change] | None = None
                for k, item in enumerate(batch):
                    if not keep_duplicates:
                        # Also finds a copy inside this batch: the same connection sees its own
                        # uncommitted rows.
                        existing = self.catalog.duplicate_of(company.id, item.copy.checksum)
                        if existing is not None:
                            item.copy.temp_path.unlink(missing_ok=True)
                            outcomes[k] = ImportResult(item.source, "duplicate", t(
                                f"ya está en esta empresa como «{existing.filename}»; no se copió de nuevo.",
                                f"already in this company as “{existing.filename}”; not copied again."),
                                existing=existing)
                            continue
                    # Sees the files this batch renamed into place and its uncommitted rows.
                    name = self._free_name(company.id, item.wanted)
                    if changes is None:
                        # Begun only now, right before the first write: a transaction that read first
                        # fails at once ("database is locked", no waiting) if another process committed
                        # in between; one that writes first waits its turn.
                        changes = stack.enter_context(self._transaction(item.source.name))
                    outcomes[k] = self._place(company, item, name, placed, added)
                if changes is not None and added:
                    changes.append(Change("document_added", company.id, tuple(added)))
            return cast(list[_Outcome], outcomes)  # every file of the batch got one
        except BaseException as exc:
            landed = self._landed(outcomes)
            if landed:  # committed after all: what failed came after (a listener, an interrupt)
                if not isinstance(exc, Exception):
                    raise
                log.warning("an import batch committed, then failed: %r", exc)
                return cast(list[_Outcome], outcomes)
            if landed is None:
                # The database cannot even be read to tell: a file whose row may be committed is never
                # removed; verify registers again whatever did not commit.
                log.error("cannot tell whether an import batch committed (%r); its files stay", exc)
            else:
                for path in placed:  # ours: storage.move never replaces a file, and we hold the lock
                    path.unlink(missing_ok=True)
            why = self._batch_refused(exc, folder)
            if why is None:
                raise
            # A duplicate of a file that was in before stays one; of a file of this batch, it is not.
            return [o if isinstance(o, errors.VaultError) or (isinstance(o, ImportResult) and o.status == "duplicate"
                                                              and o.existing is not None and o.existing.id not in added)
                    else why(item.source.name) for item, o in zip(batch, outcomes, strict=True)]

    def _company_gone(self, company: Company, batch: list[_Copied]) -> None:
        """The company was removed while the batch was copied: its copies go, and if it was deleted
        for good (our copies kept its folder from going with it, or made it again), its folder too,
        as the removal would have taken it: the last import out takes it away."""
        for item in batch:
            item.copy.temp_path.unlink(missing_ok=True)
        if self.catalog.company(company.id, include_removed=True) is None:
            from clientvault.core.files import _remove_empty_tree  # files.py builds on this module

            _remove_empty_tree(self.company_dir(company.id))

    def _landed(self, outcomes: Sequence[_Outcome | None]) -> bool | None:
        """Whether the batch these outcomes describe committed (its first imported row is there, with
        its content: the id alone could be another company's newer row); None when the catalog
        cannot be read to tell."""
        doc = next((o.document for o in outcomes if isinstance(o, ImportResult) and o.document is not None), None)
        if doc is None:
            return False
        try:
            row = self.catalog.document(doc.id)
        except CatalogError:
            return None
        return row is not None and row.company_id == doc.company_id and row.checksum == doc.checksum \
            and row.filename == doc.filename

    def _place(self, company: Company, item: _Copied, name: str, placed: list[Path], added: list[int]) -> _Outcome:
        """Insert one file's row and rename its copy into place, in a savepoint of the batch's
        transaction, so that a failed rename takes back this file's row alone."""
        folder = self.company_dir(company.id)
        now = utcnow()
        fields = dict(
            company=company.id, title=Path(name).stem, original_filename=item.source.name, filename=name,
            name_key=name_key(name), mime_type=item.kind.mime, size=item.copy.size, checksum=item.copy.checksum,
            added=now, modified=now,
        )
        try:
            with self.catalog.atomic():  # nested in the batch's transaction: a savepoint
                doc_id = self.catalog.insert_document(fields)
                self.catalog.add_event(doc_id, "added", *self.who, {"name": item.source.name})
                storage.move(item.copy.temp_path, folder / name)
                placed.append(folder / name)  # ours once moved: a file already there is another writer's
        except (errors.NameClash, FileExistsError):
            return _no_free_name(item.source.name)
        except OSError as exc:  # the rename: read-only folder, no permission...
            return _storage_error(item.source.name, exc, folder)
        added.append(doc_id)
        doc = self.catalog.Document(id=doc_id, **fields)
        saved = t(f"guardado como «{doc.filename}».", f"saved as “{doc.filename}”.")
        return ImportResult(item.source, "imported", f"{saved} {item.warning}" if item.warning else saved,
                            document=doc, warning=item.warning)

    def _batch_refused(self, exc: BaseException, folder: Path) -> Callable[[str], errors.VaultError] | None:
        """The words each file of a batch that did not commit gets, naming it and the true cause;
        None for what is not the disk's or the database's doing (a bug, an interrupt): it propagates."""
        if isinstance(exc, errors.StorageError) and isinstance(exc.__cause__, CatalogError):
            cause: BaseException = exc.__cause__  # the transaction already put it in words, for its first file
            return lambda name: _storage_error(name, cause, self.root)
        if isinstance(exc, CatalogError | OSError):  # a broken rule (a bug, logged) or the file system
            log.warning("an import batch was refused: %r", exc)
            return lambda name: _storage_error(name, exc, folder)
        if isinstance(exc, errors.VaultError):  # already in words a person can act on
            return lambda _name: exc
        return None
