"""Where the vault lives, and where bundled resources are found (frozen or not).

Everything in the data folder is the owner's only (folders 0700, files 0600): it holds clients'
tax IDs, bank statements and contracts. New files are created so; ``make_private`` tightens what
an older release, a copy by hand or a restore left readable by others. On Windows the mode bits
mean little (the user's profile folder already keeps other accounts out), so nothing is changed.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

import platformdirs

from clientvault import APP_NAME

log = logging.getLogger(__name__)

ENV_DATA_DIR = "CLIENTVAULT_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600
# Only POSIX modes keep other accounts out; on Windows chmod only toggles the read-only flag.
POSIX_MODES = os.name == "posix"
# The data folder's own folders: every file below them is the vault's, so they are walked whole.
# Any other folder a person keeps in the data folder is left alone (the data folder's 0700 keeps
# other accounts out of it anyway).
PRIVATE_FOLDERS = ("companies", "lost+found", "cambiados", "backups", "locks", "logs", "exports")
# Written once every file of the data folder was found private; while it exists, is itself 0600
# and the data folder 0700, opening the vault checks only the data folder's own files, not the
# (possibly 100,000) documents: everything the program writes is created private. A copy or a
# restore that loosened the files loosens the marker too, and the next open walks the tree again.
MODES_MARKER = ".private"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``CLIENTVAULT_DATA_DIR``, then the platform's user data folder."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only: it holds clients' private papers. A folder that
    already exists readable by others (an older release, a copy by hand) is made private too."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if POSIX_MODES:
        _Tightener().check(str(path), os.lstat(path).st_mode)
    return path


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty with mode 0600 if it does not exist; True if this call created it.

    For files another library fills in (SQLite's ``vault.db``): SQLite gives its ``-wal`` and
    ``-shm`` files the main file's mode, so an empty 0600 file made first keeps all three private,
    whatever the umask, with no moment in which they were readable by others."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """``open(path, "xb", opener=private_opener)``: a new file is created 0600 whatever the umask
    (the umask can only take bits away), never readable by other accounts, not even for a moment."""
    return os.open(path, flags, FILE_MODE)


def make_private(root: Path, tree: bool = True, force: bool = False) -> int:
    """Take group and other permissions away from the vault's files and folders; returns how many
    were changed. Cheap when there is nothing to do: the data folder's own files are always checked
    (a backup ``vault.*.bak`` made by a migration at this open included), the whole tree only when
    the marker file is missing or was itself readable by others (the vault was copied, restored or
    ``chmod -R``-ed since), or the data folder was.

    Symbolic links are neither followed nor changed; a file that cannot be changed (another
    owner) is logged and skipped, and the marker is then not written, so the next open tries
    again: opening the vault never fails for this. ``tree=False`` checks the data folder and its
    own files only, and writes nothing (before the catalog opens: a vault it refuses gets no
    marker); ``force`` walks the tree whatever the marker says (that first look changed something)."""
    if not POSIX_MODES:
        return 0
    fix = _Tightener()
    marker = root / MODES_MARKER
    try:
        fix.check(str(root), os.lstat(root).st_mode)
        marker_mode = os.lstat(marker).st_mode if os.path.lexists(marker) else None
    except FileNotFoundError:
        return 0  # a new vault: everything in it will be made private
    except OSError as exc:
        log.warning("could not check the permissions of %s: %s", root, exc)
        return 0
    deep = tree and (force or fix.changed > 0 or marker_mode is None or stat.S_IMODE(marker_mode) & ~FILE_MODE != 0)
    folders: list[str] = []
    try:
        with os.scandir(root) as it:
            for entry in it:
                if entry.is_symlink():
                    continue
                if entry.is_dir():
                    if deep and entry.name in PRIVATE_FOLDERS:
                        folders.append(entry.path)
                else:
                    fix.entry(entry)
    except OSError as exc:
        log.warning("could not check the permissions in %s: %s", root, exc)
        return fix.changed
    if deep:
        fix.walk(folders)
        if fix.failed:
            _remove(marker)  # something is still readable by others: the next open walks again
        elif create_private_file(marker):
            with open(marker, "w", encoding="utf-8") as fh:
                fh.write("ClientVault: every file of this folder was made private (0600/0700).\n")
    if fix.changed:
        log.info("made %d file(s) and folder(s) in %s readable by their owner only", fix.changed, root)
    return fix.changed


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove %s: %s", path, exc)


class _Tightener:
    """Keeps the owner's bits of a file or folder and drops everyone else's (and setuid, setgid,
    sticky): 0644 -> 0600, 0755 -> 0700. Counts what it changed and what it could not."""

    def __init__(self) -> None:
        self.changed = 0
        self.failed = 0

    def check(self, path: str, mode: int) -> None:
        if stat.S_ISLNK(mode) or not stat.S_IMODE(mode) & ~0o700:
            return
        try:
            os.chmod(path, stat.S_IMODE(mode) & 0o700)
            self.changed += 1
        except OSError as exc:
            self.failed += 1
            log.warning("could not make %s private: %s", path, exc)

    def entry(self, entry: os.DirEntry[str]) -> None:
        try:
            mode = entry.stat(follow_symlinks=False).st_mode  # one lstat; never follows a link
        except OSError:
            return  # gone meanwhile
        self.check(entry.path, mode)

    def walk(self, folders: Iterable[str]) -> None:
        pending = list(folders)
        while pending:
            folder = pending.pop()
            try:
                self.check(folder, os.lstat(folder).st_mode)
                with os.scandir(folder) as it:
                    for entry in it:
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(entry.path)
                        else:
                            self.entry(entry)
            except OSError as exc:
                self.failed += 1
                log.warning("could not check the permissions in %s: %s", folder, exc)


def resource_path(*parts: str) -> Path:
    """A file under the package's ``resources/`` (translations, icons, the desktop files).

    They are package data, asked of ``importlib.resources``: a plain ``pip install .``, an editable
    install and the PyInstaller bundle (whose importer answers from its own folder, where the spec
    puts them under ``clientvault/resources``) all find them. Qt opens files by name, so the result
    is a real path: the package is never run from inside a zip."""
    return Path(str(files("clientvault").joinpath("resources", *parts)))
