"""Cheap signs that a file was cut short or damaged on its way (a download that stopped, a copy
from a failing USB stick), checked when the file is offered, so the upload list says it before the
preview does. Such a file is still ACCEPTED, with a warning: it may be all the client sent, and an
accountant may have to keep it as it came. Only the end of the file is read (or, for an Office
file, its ZIP directory and the data it declares, when that is small); nothing here decodes a page
or an image, which could take long on a hostile file."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from clientvault.core.filetypes import Kind
from clientvault.core.i18n import t

_TAIL = 1024
# CRC-check the parts when they unpack to at most this: about 50 ms (the upload dialog checks on the
# GUI thread as files are added); a bigger workbook has only its directory checked.
_ZIP_CHECK_LIMIT = 16 * 1024 * 1024


def damage(path: str | os.PathLike[str], kind: Kind) -> str | None:
    """Why ``path`` (already identified as ``kind``) looks damaged, in words for a person; None when
    nothing cheap to check says so. It never refuses: the caller warns and accepts."""
    path = Path(path)
    try:
        problem = _damage(path, kind)
    except OSError:
        return None  # unreadable now: the import itself will say so, in its own words
    if problem is None:
        return None
    return problem + t(" Se puede guardar así, pero puede que no se vea ni se imprima completo: si puede, pida al "
                       "cliente una copia nueva.",
                       " It can be kept as it is, but it may not show or print in full: if you can, ask the client "
                       "for a new copy.")


def _damage(path: Path, kind: Kind) -> str | None:
    cut = t("Parece incompleto: le falta el final del archivo (quizá la descarga o la copia se interrumpió).",
            "It looks incomplete: the end of the file is missing (the download or the copy may have stopped).")
    if kind.family == "pdf":
        tail = _tail(path)
        return None if b"%%EOF" in tail and b"startxref" in tail else cut
    if kind.code == "png":
        return None if _tail(path).rstrip(b"\0").endswith(b"IEND\xaeB`\x82") else cut
    if kind.code == "jpeg":
        return None if b"\xff\xd9" in _tail(path) else cut  # the end marker; cameras may add bytes after it
    if kind.code == "gif":
        return None if _tail(path).rstrip(b"\0").endswith(b";") else cut
    if kind.code in ("xlsx", "xlsm", "docx"):
        return _zip_damage(path, cut)
    return None


def _tail(path: Path) -> bytes:
    with path.open("rb") as fh:
        fh.seek(max(0, os.fstat(fh.fileno()).st_size - _TAIL))
        return fh.read()


def _zip_damage(path: Path, cut: str) -> str | None:
    with path.open("rb") as fh:
        if fh.read(4) != b"PK\x03\x04":
            return None  # a password-protected Office file is a sealed OLE2 container, not a ZIP
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(info.file_size for info in zf.infolist()) > _ZIP_CHECK_LIMIT:
                return None  # too much to unpack for a check; the preview reads it within its limits
            bad = zf.testzip()
    except (zipfile.BadZipFile, EOFError):
        return cut  # no directory at its end: cut short
    except (ValueError, NotImplementedError, RuntimeError, zipfile.LargeZipFile):
        return None  # a method or an encryption zipfile cannot check: not a sign of damage
    except Exception:  # a corrupt stream (zlib.error...): damaged inside
        bad = "?"
    if bad is None:
        return None
    return t("Parece dañado: una de sus partes no coincide con lo que el archivo dice de ella (se dañó al copiarlo "
             "o al guardarlo).",
             "It looks damaged: one of its parts does not match what the file says of it (it was damaged when it "
             "was copied or saved).")
