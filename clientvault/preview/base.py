"""What every renderer shares: the error a person sees, cancellation and the hard limits.

The limits are deliberately plain numbers in one place so the pane, the window and printing agree
on what "too big" means, and a reviewer can see at a glance what a hostile file can cost us. The file
size limit, ``MAX_SIZE``, is the vault's own (``clientvault.core.filetypes``): one number for both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Self

from clientvault.core.filetypes import MAX_SIZE as MAX_SIZE  # the vault's limit; the preview never parses bigger files
from clientvault.core.i18n import t

ErrorKind = Literal["error", "unsupported", "password"]
Cancelled = Callable[[], bool]

MAX_PIXELS = 100_000_000  # declared width x height of one image (a 12,000 x 8,000 scan fits)
MAX_RENDER_SIDE = 4000  # longest side of one rendered PDF page, whatever DPI was asked for
MAX_UNZIPPED = 200 * 1024 * 1024  # sum of declared sizes of the parts of an .xlsx/.docx
MAX_ZIP_RATIO = 200  # one part may not inflate more than this (ordinary XML compresses 5-20x)
MAX_SHEET_CELLS = 5_000_000  # cell slots one sheet may hold in memory, empty padding included (~40 MB)
MAX_SHEET_ROWS = 1_048_576  # Excel's own limits: rows and columns past them end a sheet or are dropped
MAX_SHEET_COLUMNS = 16_384  # column XFD


class PreviewError(Exception):
    """A file we cannot show, with a message already in the person's language.

    ``kind`` tells the pane what to offer: ``"password"`` (ask for one), ``"unsupported"``
    (suggest another program) or ``"error"`` (damaged, too big, unreadable).
    """

    def __init__(self, message: str, kind: ErrorKind = "error") -> None:
        super().__init__(message)
        self.message = message
        self.kind: ErrorKind = kind

    def __str__(self) -> str:
        return self.message


class Closable:
    """``with open_preview(...) as p:`` for every kind; subclasses free their resources in ``close()``."""

    def close(self) -> None:  # pragma: no cover - overridden
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class PreviewCancelled(Exception):
    """The caller's ``cancelled()`` said stop; nothing to show, nothing to report."""


def check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise PreviewCancelled()


def damaged(detail: str | None = None) -> PreviewError:
    msg = t(
        "El archivo está dañado o incompleto y no se puede mostrar. Pida al cliente que lo envíe de nuevo.",
        "The file is damaged or incomplete and cannot be shown. Ask the client to send it again.",
    )
    return PreviewError(msg + (f" ({detail})" if detail else ""), "error")


def refuse_if_encrypted_office(data: bytes, name: str) -> None:
    """A password-protected .xlsx/.docx is an OLE2 container holding an "EncryptedPackage" stream."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise password_required(name)


def password_required(what: str) -> PreviewError:
    return PreviewError(
        t(
            f"{what} está protegido con contraseña. Ábralo con la contraseña en su programa habitual.",
            f"{what} is password-protected. Open it with the password in its usual program.",
        ),
        "password",
    )


def unsupported(what: str | None = None) -> PreviewError:
    lead = f"{what}: " if what else ""
    return PreviewError(
        lead
        + t(
            "no hay vista previa para este formato, ábralo con otro programa.",
            "there is no preview for this format, open it with another program.",
        ),
        "unsupported",
    )


def unreadable(name: str, why: str) -> PreviewError:
    """The file could not be read (gone, no permission...): never "damaged" for a file that may be fine."""
    return PreviewError(
        t(f"No se puede leer {name}: {why}. Compruebe que el archivo siga en la carpeta de su empresa "
          "(Archivo › Revisar archivos lo busca).",
          f"Cannot read {name}: {why}. Check that the file is still in its company's folder "
          "(File › Check files looks for it)."))


def too_big(detail: str) -> PreviewError:
    return PreviewError(
        t(
            f"El archivo es demasiado grande para la vista previa ({detail}). Ábralo con otro programa.",
            f"The file is too big to preview ({detail}). Open it with another program.",
        ),
        "error",
    )


def empty_file() -> PreviewError:
    return PreviewError(
        t(
            "El archivo está vacío (0 bytes): no hay nada que mostrar.",
            "The file is empty (0 bytes): there is nothing to show.",
        ),
        "error",
    )
