"""The true cause, in words, when the disk (or the database on it) says no.

A full disk, a read-only folder or a missing permission used to read "the database is damaged...
restore the most recent backup": following that advice would lose recent work. The cause is told
from the operating system's error number, or from SQLite's result code (Python 3.11 gives it as
``sqlite_errorcode``), never from an English message text.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Literal

from clientvault.core.i18n import t

Cause = Literal["full", "readonly", "readonly_file", "permission", "cantopen", "io", "damaged", "busy", "other"]

_ERRNO: dict[int, Cause] = {errno.ENOSPC: "full", errno.EROFS: "readonly", errno.EACCES: "permission",
                            errno.EPERM: "permission", errno.EIO: "io"}
if hasattr(errno, "EDQUOT"):
    _ERRNO[errno.EDQUOT] = "full"
# SQLite primary result codes (the low byte of an extended code).
_SQLITE: dict[int, Cause] = {13: "full", 8: "readonly", 14: "cantopen", 10: "io", 11: "damaged", 26: "damaged",
                             5: "busy", 6: "busy", 23: "permission"}


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and what it wraps (peewee wraps the driver's error; ``raise ... from`` chains)."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo and len(seen) < 10:
        e = todo.pop(0)
        if any(e is s for s in seen):
            continue
        seen.append(e)
        todo += [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]
    return seen


def cause_of(exc: BaseException) -> Cause:
    for e in _causes(exc):
        if isinstance(e, OSError) and e.errno in _ERRNO:
            return _ERRNO[e.errno]
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(e, sqlite3.Error) and isinstance(code, int) and (code & 0xFF) in _SQLITE:
            return _SQLITE[code & 0xFF]
    return "other"


def free_megabytes(folder: Path) -> int | None:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free // (1024 * 1024)
    except OSError:
        return None


def explain(exc: BaseException, folder: Path) -> str:
    """What happened and what to do, for a person; "" when the cause is none of the known ones."""
    cause = cause_of(exc)
    if cause in ("permission", "cantopen", "readonly") and _read_only_disk(folder):
        cause = "readonly"  # SQLite says "cannot open" for a -shm it may not create on a read-only disk
    elif cause == "cantopen":  # "cannot open": the folder is not writable, or something else entirely
        cause = "permission" if folder.exists() and not writable(folder) else "other"
    elif cause == "readonly" and folder.exists() and writable(folder):
        cause = "readonly_file"  # the folder is fine: the database file itself may not be written
    if cause == "full":
        free = free_megabytes(folder)
        left = t(f"quedan {free} MB en {folder}", f"{free} MB left on {folder}") if free is not None else str(folder)
        return t(f"El disco está lleno ({left}): libere espacio y vuelva a intentarlo.",
                 f"The disk is full ({left}): free some space and try again.")
    if cause == "readonly":
        return t(f"La carpeta {folder} es de solo lectura: ClientVault no puede guardar en ella. Use una carpeta o un "
                 "disco donde se pueda escribir.",
                 f"The folder {folder} is read-only: ClientVault cannot save in it. Use a folder or disk that can be "
                 "written to.")
    if cause == "readonly_file":
        return t(f"La base de datos de {folder} es de solo lectura: ClientVault no puede guardar cambios en ella. "
                 "Pida a quien administra el equipo que le permita escribir en ese archivo.",
                 f"The database in {folder} is read-only: ClientVault cannot save changes to it. Ask whoever "
                 "manages the computer to let you write to that file.")
    if cause == "permission":
        return t(f"ClientVault no tiene permiso para escribir en {folder}. Pida a quien administra el equipo que le "
                 "dé permiso sobre esa carpeta.",
                 f"ClientVault has no permission to write in {folder}. Ask whoever manages the computer to give you "
                 "access to that folder.")
    if cause == "io":
        return t(f"El disco no respondió al guardar en {folder}: revise que esté bien conectado y vuelva a intentarlo.",
                 f"The disk did not respond while saving in {folder}: check that it is well connected and try again.")
    if cause == "busy":
        return t("Otra ventana o programa de ClientVault está usando la base de datos. Espere un momento y vuelva a "
                 "intentarlo.",
                 "Another ClientVault window or command is using the database. Wait a moment and try again.")
    return ""


def _read_only_disk(folder: Path) -> bool:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


def detail(exc: BaseException) -> str:
    """The system's own words for an unknown cause (kept short)."""
    for e in _causes(exc):
        if isinstance(e, OSError) and e.strerror:
            return e.strerror
    return str(exc) or type(exc).__name__


def writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)
