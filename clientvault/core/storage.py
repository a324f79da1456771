"""Files on disk: safe names, the atomic copy into a company folder, and moves to the trash.

A copy goes to a hidden temporary name in the target folder (same file system, so the final
rename is atomic), is hashed while it is written, fsynced, and only then renamed into place.
Leftover temporary files are recognisable by ``TEMP_PREFIX`` and ``verify`` cleans them up.
"""

from __future__ import annotations

import hashlib
import os
import threading
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clientvault.core import errors
from clientvault.core.filetypes import MAX_SIZE
from clientvault.core.i18n import t
from clientvault.paths import private_opener

TEMP_PREFIX = ".cv-tmp-"
PURGE_PREFIX = ".cv-purge-"  # a trashed file being purged: renamed to this (+ its id) before its row goes
TRASH_DIR = ".trash"
CHUNK = 1024 * 1024
MAX_NAME_CHARS = 180
MAX_NAME_BYTES = 200  # leaves room for " (12)" and the trash prefix under every OS's 255 limit


def safe_name(name: str, fallback: str = "documento") -> str:
    """A name that is valid on Windows, macOS and Linux, keeping accents and spaces.

    Invisible format characters (Unicode category Cf: the right-to-left override U+202E and the
    other bidi controls, zero-width spaces and joiners, U+2060, U+FEFF) are removed: they make
    ``factura\\u202efdp.exe`` read as ``facturaexe.pdf``, or two names look the same."""
    from pathvalidate import sanitize_filename  # imported on first use: start-up pays for it otherwise

    name = unicodedata.normalize("NFC", name)
    if not name.isascii():  # ASCII has no format characters
        name = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    name = name.strip()
    if len(name.encode("utf-8")) > 255:  # pathvalidate cuts the end, extension and all: cut the stem first
        stem, dot, ext = name.rpartition(".")
        if dot and stem and len(ext.encode("utf-8")) < 20:
            name = stem.encode("utf-8")[:200].decode("utf-8", "ignore") + "." + ext
    clean = sanitize_filename(name, replacement_text="_", platform="universal")
    clean = clean.strip(" .")  # leading dots hide files; trailing dots and spaces break Windows
    if not clean:
        clean = fallback
    stem, dot, ext = clean.rpartition(".")
    if not dot or not stem:
        stem, ext = clean, ""
    if len(clean) > MAX_NAME_CHARS:
        keep = MAX_NAME_CHARS - (len(ext) + 1 if ext else 0)
        stem = stem[:keep]
        clean = stem.rstrip(" .") + (f".{ext}" if ext else "")
    # File systems count bytes, not characters (255 on Linux and macOS): an accented or non-Latin
    # name must leave room in bytes for " (12)" and the trash's "<id>-" prefix too.
    while len(clean.encode("utf-8")) > MAX_NAME_BYTES and len(stem) > 1:
        stem = stem[:-1]
        clean = stem.rstrip(" .") + (f".{ext}" if ext else "")
    return clean


def numbered(name: str, n: int) -> str:
    """``factura.pdf`` -> ``factura (2).pdf``, the way file managers number copies."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return f"{name} ({n})"
    return f"{stem} ({n}).{ext}"


def free_name(wanted: str, taken: Callable[[str], bool]) -> str:
    """The first of ``wanted``, ``wanted (2)``, ``wanted (3)``... that ``taken`` does not claim: the
    one numbering rule for the vault's names, lost+found and copies saved out of the vault."""
    candidate, n = wanted, 1
    while taken(candidate):
        n += 1
        candidate = numbered(wanted, n)
    return candidate


@dataclass
class CopyResult:
    temp_path: Path
    checksum: str
    size: int


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); directories cannot be opened this way on Windows."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_local = threading.local()


def _buffer() -> bytearray:
    """One copy buffer per thread: allocating and zeroing 1 MiB per small file showed in the import bench."""
    buf = getattr(_local, "buf", None)
    if buf is None:
        buf = _local.buf = bytearray(CHUNK)
    return buf


def copy_to_temp(src: Path, folder: Path, display_name: str) -> CopyResult:
    """Stream ``src`` into a temporary file in ``folder`` while hashing it; fsync before returning.

    The size limit is enforced again while copying, because the file may grow after it was checked.
    """
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    temp = folder / f"{TEMP_PREFIX}{uuid.uuid4().hex}"
    digest = hashlib.sha256()
    size = 0
    buf = _buffer()
    view = memoryview(buf)
    try:
        # 0600 whatever the umask: a client's papers are for this computer's user only.
        with open(src, "rb") as fin, open(temp, "xb", opener=private_opener) as fout:
            while True:
                n = fin.readinto(buf)
                if not n:
                    break
                size += n
                if size > MAX_SIZE:
                    raise errors.FileTooLarge(display_name, size, MAX_SIZE)
                digest.update(view[:n])
                fout.write(view[:n])
            fout.flush()
            os.fsync(fout.fileno())
    except errors.VaultError:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        from clientvault.core import diskerrors

        if exc.filename is not None and Path(exc.filename) == Path(src):  # reading the original failed
            raise errors.UnreadableFile(display_name, errors.os_words(exc)) from exc
        known = diskerrors.explain(exc, folder)
        raise errors.StorageError(
            t(f"No se pudo copiar {display_name} a la carpeta de la empresa. {known} No se guardó nada.",
              f"Could not copy {display_name} into the company's folder. {known} Nothing was saved.")
            if known else
            t(
                f"No se pudo copiar {display_name} a la carpeta de la empresa: {errors.os_words(exc)}. "
                "Vuelva a intentarlo; no se guardó nada.",
                f"Could not copy {display_name} into the company's folder: {errors.os_words(exc)}. "
                "Please try again; nothing was saved.",
            )
        ) from exc
    return CopyResult(temp, digest.hexdigest(), size)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def move(src: Path, dst: Path) -> None:
    """Rename within one folder tree; never overwrite an existing file."""
    if dst.exists():
        raise FileExistsError(dst)
    dst.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.rename(src, dst)
