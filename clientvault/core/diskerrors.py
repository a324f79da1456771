"""The true cause, in words, when the disk (or the database on it) says no.

A full disk, a read-only folder or a missing permission used to read "the database is damaged...
restore the most recent backup": following that advice would lose recent work. The cause is told
from the operating system's error number, or from SQLite's result code (Python 3.11 gives it as
``sqlite_errorcode``), never from an English message text.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Literal

from clientvault.core.i18n import t

log = logging.getLogger(__name__)

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
    """What the system said, in plain words for a person (``os_words``); the system's own text,
    which is English whatever the window's language, goes to the log only."""
    for e in _causes(exc):
        if isinstance(e, OSError):
            return os_words(e)
    log.info("no plain words for %r", exc)
    if any(isinstance(e, sqlite3.Error) or type(e).__module__ == "peewee" for e in _causes(exc)):  # the driver's, or peewee's
        said = " ".join(str(e).lower() for e in _causes(exc))
        for words, key in _DATABASE_SAYS:
            if words in said:  # SQLite names the disk's trouble in its own English: say it plainly
                return t("la base de datos no aceptó el cambio: ", "the database did not accept the change: ") + \
                    plain_words(key)
        return t("la base de datos no aceptó el cambio", "the database did not accept the change")
    return t("el sistema no lo permitió", "the system did not allow it")


# What SQLite says (sqlite3_errstr) when the trouble is the disk's, and which plain words fit it.
_DATABASE_SAYS = (("disk is full", "full"), ("quota", "quota"), ("disk i/o error", "io"),
                  ("readonly database", "readonly"), ("read-only", "readonly"), ("database is locked", "in_use"),
                  ("unable to open database file", "missing"))

# Windows' own numbers for what has no errno of its own (``OSError.winerror``).
_WINERROR = {32: "in_use", 33: "in_use", 5: "permission", 112: "full", 19: "readonly", 206: "name_too_long",
             3: "missing", 2: "missing", 1224: "in_use"}
_ERRNO_WORDS: dict[int, str] = {
    errno.ENOENT: "missing", errno.EACCES: "permission", errno.EPERM: "permission", errno.ENOSPC: "full",
    errno.EROFS: "readonly", errno.EEXIST: "exists", errno.EISDIR: "is_folder", errno.ENOTDIR: "not_folder",
    errno.ENAMETOOLONG: "name_too_long", errno.EBUSY: "in_use", errno.EIO: "io", errno.EMFILE: "too_many",
    errno.ENFILE: "too_many", errno.EXDEV: "other_disk", errno.ETXTBSY: "in_use", errno.ENOTEMPTY: "not_empty",
    errno.ELOOP: "loop", errno.EINVAL: "invalid", errno.ECONNREFUSED: "refused", errno.ECONNRESET: "reset",
    errno.ECONNABORTED: "reset", errno.EPIPE: "reset", errno.ETIMEDOUT: "timeout", errno.EHOSTUNREACH: "unreachable",
    errno.ENETUNREACH: "unreachable", errno.ENETDOWN: "unreachable",
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_WORDS[errno.EDQUOT] = "quota"


def os_words(exc: OSError) -> str:
    """An operating-system error (``errno``, or Windows' ``winerror``) in plain words, in the
    language in force, to fit inside a sentence («No se pudo guardar X: <words>.»). The system's
    own text ("Permission denied"), English on every machine, is logged, never shown."""
    key = _WINERROR.get(getattr(exc, "winerror", None) or -1) or _ERRNO_WORDS.get(exc.errno or -1, "")
    log.info("operating system error %s (%s): %s", exc.errno, key or "no plain words", exc)
    return plain_words(key)


def plain_words(key: str) -> str:
    """The words for one kind of disk or network trouble (a key of ``_ERRNO_WORDS``), in the
    language in force; a key without words is "the system did not allow it"."""
    return {
        "missing": t("el archivo o la carpeta no existe (quizá se movió, se cambió de nombre o se desconectó el disco)",
                     "the file or folder does not exist (it may have been moved or renamed, or the disk unplugged)"),
        "permission": t("no tiene permiso para hacerlo en ese archivo o carpeta",
                        "you do not have permission to do that with this file or folder"),
        "full": t("el disco está lleno", "the disk is full"),
        "quota": t("se llenó el espacio que le corresponde en ese disco", "your share of space on that disk is full"),
        "readonly": t("el disco o la carpeta es de solo lectura", "the disk or folder is read-only"),
        "exists": t("ya existe un archivo con ese nombre", "a file with that name already exists"),
        "is_folder": t("es una carpeta, no un archivo", "it is a folder, not a file"),
        "not_folder": t("una parte de la ruta es un archivo, no una carpeta", "part of the path is a file, not a folder"),
        "name_too_long": t("el nombre o la ruta es demasiado largo", "the name or the path is too long"),
        "in_use": t("otro programa lo está usando: ciérrelo y vuelva a intentarlo",
                    "another program is using it: close it and try again"),
        "io": t("el disco no respondió bien (revise que esté bien conectado)",
                "the disk did not respond properly (check that it is well connected)"),
        "too_many": t("hay demasiados archivos abiertos a la vez: cierre algunos programas y vuelva a intentarlo",
                      "too many files are open at once: close some programs and try again"),
        "other_disk": t("no se puede mover directamente a otro disco", "it cannot be moved directly to another disk"),
        "not_empty": t("la carpeta no está vacía", "the folder is not empty"),
        "loop": t("un acceso directo apunta a sí mismo", "a shortcut points to itself"),
        "refused": t("el otro equipo rechazó la conexión", "the other computer refused the connection"),
        "reset": t("se cortó la conexión", "the connection was cut"),
        "timeout": t("no hubo respuesta a tiempo", "there was no answer in time"),
        "unreachable": t("no hay camino por la red hasta ese equipo (revise la conexión a internet)",
                         "there is no way through the network to that computer (check the internet connection)"),
        "invalid": t("el nombre o la operación no es válida en ese disco", "the name or the operation is not valid on that disk"),
    }.get(key, t("el sistema no lo permitió", "the system did not allow it"))


def writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)
