"""What a file really is, from its bytes, not its name; and whether it may enter the vault.

Office files are containers (ZIP for .xlsx/.docx, OLE2 for .xls/.doc and for password-encrypted
Office files), so the container alone says little: we look at the part names inside. A damaged
ZIP without its central directory still has readable local headers, so we fall back to those
rather than refusing a file the preview can explain better; but a ZIP that has Word or Excel
entries without the parts every such file has (its content types and its main part) is refused.

Only regular files are read. Folders, devices (/dev/zero), pipes and sockets are told apart with
``stat`` and never opened: opening a FIFO for reading waits for a writer forever, and opening some
devices does something. A link given directly is followed (the person chose it); a link found
inside a folder that points outside it is marked by ``vault.expand_paths`` (``OutsideLink``) and
refused here, so the import lists it with its reason.
"""

from __future__ import annotations

import os
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clientvault.core import errors
from clientvault.core.i18n import t

MAX_SIZE = 5 * 1024 * 1024
_HEAD = 64 * 1024
_PDF_WINDOW = 1024  # PDF readers accept junk before "%PDF-" within the first kilobyte
# Opening for reading never waits (a FIFO swapped in after the stat) nor takes a terminal.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)

if TYPE_CHECKING:
    _ConcretePath = Path
else:
    _ConcretePath = type(Path())  # Python 3.11 subclasses PosixPath/WindowsPath, not Path


class OutsideLink(_ConcretePath):
    """A link found inside a folder the person gave, pointing outside that folder: ``expand_paths``
    returns it in place of the file so the import lists it as refused, and ``identify`` refuses it.
    ``given_folder`` is that folder; ``to_folder`` says whether it points to a folder. Paths derived from
    one (its parent...) are plain paths for ``identify``: ``given_folder`` is None on them."""

    given_folder: Path | None = None
    to_folder: bool = False

    @classmethod
    def of(cls, link: Path, given_folder: Path, to_folder: bool = False) -> OutsideLink:
        marked = cls(link)
        marked.given_folder, marked.to_folder = given_folder, to_folder
        return marked


@dataclass(frozen=True)
class Kind:
    """A kind of file the vault keeps. ``family`` groups kinds whose extensions are interchangeable."""

    code: str  # short, stable: "pdf", "xlsx", "jpeg"... (the CLI's "format")
    mime: str
    family: str  # pdf, sheet, word, image, text: also the preview that shows it and the text reader (core.text)

    @property
    def label(self) -> str:
        return label_for(self.code)


KINDS: dict[str, Kind] = {
    k.code: k
    for k in (
        Kind("pdf", "application/pdf", "pdf"),
        Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "sheet"),
        Kind("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", "sheet"),
        Kind("xls", "application/vnd.ms-excel", "sheet"),
        Kind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word"),
        Kind("doc", "application/msword", "word"),
        Kind("png", "image/png", "image"),
        Kind("jpeg", "image/jpeg", "image"),
        Kind("gif", "image/gif", "image"),
        Kind("bmp", "image/bmp", "image"),
        Kind("tiff", "image/tiff", "image"),
        Kind("webp", "image/webp", "image"),
        Kind("heic", "image/heic", "image"),
        Kind("csv", "text/csv", "text"),
        Kind("txt", "text/plain", "text"),
    )
}
BY_MIME = {k.mime: k for k in KINDS.values()}

# Extension -> the kind a person expects from that name.
EXTENSIONS: dict[str, str] = {
    ".pdf": "pdf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsm",
    ".xls": "xls",
    ".docx": "docx",
    ".doc": "doc",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".gif": "gif",
    ".bmp": "bmp",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".webp": "webp",
    ".heic": "heic",
    ".heif": "heic",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "txt",
    ".text": "txt",
}


def label_for(code: str) -> str:
    """A readable kind for the table's "Format" column."""
    return {
        "pdf": "PDF",
        "xlsx": "Excel",
        "xlsm": t("Excel con macros", "Excel with macros"),
        "xls": "Excel 97-2003",
        "docx": "Word",
        "doc": "Word 97-2003",
        "png": t("Imagen PNG", "PNG image"),
        "jpeg": t("Imagen JPEG", "JPEG image"),
        "gif": t("Imagen GIF", "GIF image"),
        "bmp": t("Imagen BMP", "BMP image"),
        "tiff": t("Imagen TIFF", "TIFF image"),
        "webp": t("Imagen WebP", "WebP image"),
        "heic": t("Imagen HEIC", "HEIC image"),
        "csv": "CSV",
        "txt": t("Texto", "Text"),
    }.get(code, code.upper())


def kind_for_mime(mime: str) -> Kind | None:
    return BY_MIME.get(mime)


def kind_for_extension(ext: str) -> Kind | None:
    """The kind a person expects from an extension (``".JPG"`` or ``"jpg"``), None when we keep no such files."""
    ext = ext.lower()
    code = EXTENSIONS.get(ext if ext.startswith(".") else f".{ext}")
    return KINDS[code] if code is not None else None


def family_for_mime(mime: str) -> str | None:
    """The family (and so the preview) of a MIME type; any ``image/*`` is an image, known or not."""
    kind = BY_MIME.get(mime)
    if kind is not None:
        return kind.family
    return "image" if mime.startswith("image/") else None


def family_for_extension(ext: str) -> str | None:
    """The family (and so the preview) a file name's extension promises."""
    kind = kind_for_extension(ext)
    return kind.family if kind is not None else None


def _is_executable(head: bytes) -> bool:
    return (
        head.startswith(b"MZ")
        or head.startswith(b"\x7fELF")
        or head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
    )


_HTML_MARKS = (b"<html", b"<!doctype html", b"<script", b"<head", b"<body", b"<iframe", b"<svg")


def _has_html(data: bytes) -> bool:
    low = data.lower()
    return any(mark in low for mark in _HTML_MARKS)


def _describe_foreign(head: bytes) -> str | None:
    """Name the kinds we refuse outright, so the message says what the file is."""
    if _is_executable(head):
        return t("un programa ejecutable", "an executable program")
    if head.startswith(b"#!"):
        return t("un programa (script)", "a program (script)")
    if _has_html(head[:_PDF_WINDOW]):  # reached only for a web page that carries "%PDF-" (a polyglot)
        return t("una página web (HTML)", "a web page (HTML)")
    if head.startswith((b"Rar!", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")):
        return t("un archivo comprimido", "a compressed archive")
    return None


def _zip_names(path: Path, head: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        # No central directory (truncated): read the names in the local headers we have.
        names = []
        pos = head.find(b"PK\x03\x04")
        while 0 <= pos < len(head) - 30:
            name_len = int.from_bytes(head[pos + 26 : pos + 28], "little")
            names.append(head[pos + 30 : pos + 30 + name_len].decode("utf-8", "replace"))
            pos = head.find(b"PK\x03\x04", pos + 4)
        return names


def _ooxml_kind(names: list[str], filename: str) -> str | None:
    """docx/xlsx/xlsm when the package has its content types and its main part; None for another
    ZIP; NotValidOffice for a ZIP with Word or Excel entries but not those parts (a ``word/``
    folder next to an .exe is no Word file). Part names are case-insensitive (OPC)."""
    low = {n.lower() for n in names}
    typed = "[content_types].xml" in low
    if typed and "word/document.xml" in low:
        return "docx"
    if typed and "xl/workbook.xml" in low:
        return "xlsm" if any(n.endswith("vbaproject.bin") for n in low) else "xlsx"
    if any(n.startswith("word/") for n in low):
        raise errors.NotValidOffice(filename, "Word")
    if any(n.startswith("xl/") for n in low):
        raise errors.NotValidOffice(filename, "Excel")
    return None


def _ole_kind(path: Path, ext_code: str | None) -> str | None:
    """OLE2 holds .xls, .doc, and encrypted .xlsx/.docx; the directory names its streams in UTF-16."""
    data = path.read_bytes()  # the size limit was checked first: at most 5 MB

    def has(stream: str) -> bool:
        return stream.encode("utf-16-le") in data

    if has("EncryptedPackage"):
        # Password-protected Office 2007+ file: the inner kind is sealed, trust the name if it is Office.
        return ext_code if ext_code in ("xlsx", "xlsm", "docx") else None
    if has("WordDocument"):
        return "doc"
    if has("Workbook") or has("Book"):
        return "xls"
    return None


def utf16_encoding(data: bytes) -> str | None:
    """The codec of UTF-16 text (Excel's "Texto Unicode" export), else None: "utf-16" when a BOM
    says so; "utf-16-le"/"utf-16-be" without one, from the NUL high byte of mostly-Latin text (at
    least 60% of the code units, and NUL hardly ever in the other byte). Whether it is text at all
    is for the caller to judge on the decoded characters."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    units = len(data) // 2
    if units < 2:
        return None
    even, odd = data[0 : units * 2 : 2].count(0), data[1 : units * 2 : 2].count(0)
    if odd >= 0.6 * units and even <= 0.02 * units:
        return "utf-16-le"
    if even >= 0.6 * units and odd <= 0.02 * units:
        return "utf-16-be"
    return None


def _readable(text: str) -> bool:
    """Mostly characters a person reads: no more than 3% control, unassigned or undecodable ones."""
    bad = sum(
        1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Cn") and ch not in "\t\n\r\f")
    )
    return bool(text) and bad <= 0.03 * len(text)


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    encoding = utf16_encoding(head)
    if encoding is not None:
        # Our 64 KB window may cut the last character in two; an odd trailing byte is dropped.
        return _readable(head[: len(head) // 2 * 2].decode(encoding, "replace"))
    if b"\x00" in head:
        return False
    if head.startswith(b"\xef\xbb\xbf"):
        return True
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a multi-byte character cut by our read window
            return True
    # Latin-1 / Windows-1252 text: mostly printable bytes.
    printable = sum(1 for b in head if b >= 32 or b in (9, 10, 13))
    return printable / len(head) > 0.97


_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")


def image_kind(head: bytes) -> str | None:
    """The kind code of the image the content starts with (the images the vault keeps), or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"BM") and len(head) > 26:
        return "bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    return None


def sniff(path: Path, head: bytes, ext_code: str | None, filename: str = "") -> str | None:
    """The kind code of the content, or None when it is nothing we keep (NotValidOffice for a
    broken Word/Excel package, naming ``filename``)."""
    # Containers first: a ZIP that stores a PDF uncompressed has "%PDF-" within its first 1024 bytes.
    if head.startswith(b"PK\x03\x04"):
        return _ooxml_kind(_zip_names(path, head), filename or path.name)
    # PDF readers accept junk before the header (invalid_pdf.pdf in the corpus has 4 bytes), but
    # not a program or a web page that carries the header further on: those are what they start as.
    pdf_at = head.find(b"%PDF-", 0, _PDF_WINDOW)
    if pdf_at >= 0:
        junk = head[:pdf_at]
        if junk and (_is_executable(head) or head.startswith(b"#!") or _has_html(junk)):
            return None
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(path, ext_code)
    image = image_kind(head)
    if image is not None:
        return image
    if _looks_like_text(head):
        return "csv" if ext_code == "csv" else "txt"
    return None


def _refuse_unless_regular(name: str, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise errors.NotAFile(name, "folder")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise errors.NotAFile(name, "device")
    if stat.S_ISFIFO(mode):
        raise errors.NotAFile(name, "fifo")
    if stat.S_ISSOCK(mode):
        raise errors.NotAFile(name, "socket")
    raise errors.NotAFile(name, "other")


def _read_head(path: Path, name: str) -> bytes:
    """The first bytes of a regular file within the limits; its type is known from ``stat`` before
    anything opens it, and checked again on what was opened (it may have been swapped meanwhile)."""
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        if os.path.islink(path):
            raise errors.LinkRefused(name, "broken") from exc
        raise errors.UnreadableFile(name, errors.os_words(exc)) from exc
    except OSError as exc:
        raise errors.UnreadableFile(name, errors.os_words(exc)) from exc
    _refuse_unless_regular(name, info.st_mode)
    try:
        with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as fh:
            info = os.fstat(fh.fileno())
            _refuse_unless_regular(name, info.st_mode)
            if info.st_size == 0:
                raise errors.EmptyFile(name)
            if info.st_size > MAX_SIZE:
                raise errors.FileTooLarge(name, info.st_size, MAX_SIZE)
            return fh.read(_HEAD)
    except OSError as exc:
        raise errors.UnreadableFile(name, errors.os_words(exc)) from exc


def identify(path: str | os.PathLike[str], display_name: str | None = None) -> Kind:
    """Check that ``path`` may enter the vault and say what it is; raise FileRefused otherwise."""
    if isinstance(path, OutsideLink) and path.given_folder is not None:
        raise errors.LinkRefused(display_name or path.name, "folder" if path.to_folder else "file")
    path = Path(path)
    name = display_name or path.name
    head = _read_head(path, name)
    ext = path.suffix.lower() if display_name is None else Path(display_name).suffix.lower()
    ext_code = EXTENSIONS.get(ext)
    code = sniff(path, head, ext_code, name)
    if code is None:
        foreign = _describe_foreign(head)
        if foreign:
            raise errors.UnsupportedType(
                name,
                t(
                    f"es {foreign} y ClientVault solo guarda PDF, Excel, Word, imágenes, CSV y texto.",
                    f"it is {foreign}, and ClientVault only keeps PDF, Excel, Word, images, CSV and text.",
                ),
            )
        if head.startswith(b"PK\x03\x04"):
            raise errors.UnsupportedType(
                name,
                t(
                    "es un archivo comprimido (ZIP). Descomprímalo y suba los documentos que contiene.",
                    "it is a compressed (ZIP) archive. Extract it and upload the documents inside.",
                ),
            )
        raise errors.UnsupportedType(
            name,
            t(
                "no es un tipo de archivo admitido. Se admiten PDF, Excel, Word, imágenes (PNG, JPEG, GIF, "
                "BMP, TIFF, WebP, HEIC), CSV y texto.",
                "it is not a supported kind of file. Supported: PDF, Excel, Word, images (PNG, JPEG, GIF, "
                "BMP, TIFF, WebP, HEIC), CSV and text.",
            ),
        )
    kind = KINDS[code]
    if ext_code is not None and KINDS[ext_code].family != kind.family:
        raise errors.TypeMismatch(name, ext, _article_label(kind))
    if ext_code is None and kind.family == "text" and ext not in ("",):
        # Only .txt/.csv/.tsv and extension-less files are kept as text; an .html or .py is not a document.
        raise errors.UnsupportedType(
            name,
            t(
                f"los archivos {ext} no se admiten. Se admiten PDF, Excel, Word, imágenes, CSV y texto (.txt).",
                f"{ext} files are not supported. Supported: PDF, Excel, Word, images, CSV and text (.txt).",
            ),
        )
    return kind


def _article_label(kind: Kind) -> str:
    return {
        "pdf": t("un PDF", "a PDF"),
        "sheet": t("una hoja de Excel", "an Excel workbook"),
        "word": t("un documento de Word", "a Word document"),
        "image": t("una imagen", "an image"),
        "text": t("un archivo de texto", "a text file"),
    }[kind.family] + ("" if kind.family in ("pdf", "text") else f" ({kind.label})")
