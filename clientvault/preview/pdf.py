"""PDF pages with pypdfium2 (PDFium, Chrome's PDF engine).

Why PDFium: it opens in under a millisecond, renders a page in tens of milliseconds, honours
/Rotate, draws AcroForm field values (``init_forms``), recovers PDFs with junk before the header and
opens AES-256 files whose user password is empty. PDFium is not thread-safe, so every call into it
goes through one process-wide lock; pages render progressively with a pause callback, which is what
makes a render cancellable and bounded in time even for a hostile content stream.
"""

from __future__ import annotations

import ctypes
import errno
import math
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clientvault.core.i18n import t
from clientvault.preview.base import (
    MAX_RENDER_SIDE,
    Cancelled,
    Closable,
    PreviewCancelled,
    PreviewError,
    check,
    damaged,
    too_big,
    unreadable,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QImage

    from clientvault.preview.pdf_find import PdfFindResult

# One lock for the whole process: PDFium keeps global state (fonts, caches, last error).
PDFIUM_LOCK = threading.RLock()
RENDER_TIME_BUDGET = 15.0  # seconds for one page; a page that takes longer is hostile or broken


def _wrong_password_error(name: str, tried: bool) -> PreviewError:
    if tried:
        msg = t(
            f"La contraseña no es correcta para {name}. Vuelva a intentarlo.",
            f"The password for {name} is not correct. Try again.",
        )
    else:
        msg = t(
            f"{name} está protegido con contraseña. Escriba la contraseña para verlo.",
            f"{name} is password-protected. Type the password to see it.",
        )
    return PreviewError(msg, "password")


def _os_words(exc: OSError) -> str:
    """The common causes in plain words (the system's English text stays in the log)."""
    if exc.errno == errno.ENOENT:
        return t("ya no está en su carpeta", "it is no longer in its folder")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return t("no hay permiso para leerlo", "there is no permission to read it")
    if exc.errno is None:  # pypdfium2's own: no number
        return t("no se pudo abrir", "it could not be opened")
    from clientvault.core.errors import os_words

    return os_words(exc)


def _no_memory(index: int) -> PreviewError:
    return PreviewError(t(f"No hay memoria suficiente para dibujar la página {index + 1}.",
                          f"There is not enough memory to draw page {index + 1}."))


class PdfPreview(Closable):
    """An open PDF. Create with :func:`open_pdf`; ``close()`` when done (or use ``with``)."""

    kind = "pdf"

    def __init__(self, doc: Any, name: str) -> None:
        self._doc = doc
        self.name = name
        with PDFIUM_LOCK:
            self.page_count: int = len(doc)
        # Sizes are read on first use: asking all of them up front cost 8 ms for 100 pages on every open.
        self._sizes: dict[int, tuple[float, float]] = {}

    def close(self) -> None:
        with PDFIUM_LOCK:
            if self._doc is not None:
                self._doc.close()
                self._doc = None

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points (1/72 inch) as displayed, i.e. after the page's /Rotate."""
        if index not in self._sizes:
            if not 0 <= index < self.page_count:
                raise IndexError(index)
            with PDFIUM_LOCK:
                if self._doc is None:
                    raise ValueError("document closed")
                self._sizes[index] = self._doc.get_page_size(index)
        return self._sizes[index]

    def find(self, needle: str, *, cancelled: Cancelled | None = None,
             progress: Callable[[int, int], None] | None = None) -> PdfFindResult:
        """Every hit of ``needle`` (case and accents ignored) with its rectangles on the displayed
        pages; ``pages_with_text == 0`` says the file is a scan with no text layer."""
        from clientvault.preview.pdf_find import find_in_document

        if self._doc is None:
            raise ValueError("document closed")
        return find_in_document(self._doc, PDFIUM_LOCK, needle, cancelled=cancelled, progress=progress)

    def scale_for(self, index: int, *, dpi: float | None = None, width: int | None = None) -> float:
        """Pixels per point for a render at ``dpi`` or ``width`` pixels wide, capped at MAX_RENDER_SIDE."""
        w, h = self.page_size(index)
        scale = width / max(w, 1.0) if width is not None else (dpi or 96.0) / 72.0
        longest = max(w, h, 1.0)
        return max(min(scale, MAX_RENDER_SIDE / longest), 0.01)

    def render(
        self,
        index: int,
        *,
        dpi: float | None = None,
        width: int | None = None,
        forms: bool = True,
        cancelled: Cancelled | None = None,
    ) -> QImage:
        """Page ``index`` (0-based) as an RGB32 QImage, at ``dpi`` (default 96) or ``width`` pixels.

        The longest side never exceeds MAX_RENDER_SIDE: printing asks for 150-300 dpi and lets the
        painter scale. Raises PreviewCancelled if ``cancelled()`` turns true, PreviewError if the
        page cannot be drawn in the time budget.
        """
        import pypdfium2.raw as pdfium_c
        from PySide6.QtGui import QImage

        if not 0 <= index < self.page_count:
            raise IndexError(index)
        check(cancelled)
        scale = self.scale_for(index, dpi=dpi, width=width)
        w_pt, h_pt = self.page_size(index)
        px_w, px_h = max(1, math.ceil(w_pt * scale)), max(1, math.ceil(h_pt * scale))
        deadline = time.monotonic() + RENDER_TIME_BUDGET
        stop_reason: list[str] = []

        def should_pause(_pause: Any = None) -> bool:
            if cancelled is not None and cancelled():
                stop_reason.append("cancelled")
                return True
            if time.monotonic() > deadline:
                stop_reason.append("timeout")
                return True
            return False

        # PDFium draws straight into the QImage's memory: rendering into a PDFium bitmap and then
        # copying it into a QImage cost as much as drawing a simple page (0.9 ms of 1.8 ms).
        image = QImage(px_w, px_h, QImage.Format.Format_RGB32)  # BGRx on little-endian machines
        if image.isNull():
            raise _no_memory(index)
        image.fill(0xFFFFFFFF)
        with PDFIUM_LOCK:
            if self._doc is None:
                raise ValueError("document closed")
            import pypdfium2.internal as pdfium_i

            page = self._doc[index]
            buffer: memoryview | None = None
            bitmap = None
            try:
                buffer = memoryview(image.bits())  # writable view of the image's pixels; no copy
                first_line = ctypes.cast(ctypes.addressof(ctypes.c_char.from_buffer(buffer)), ctypes.c_void_p)
                bitmap = pdfium_c.FPDFBitmap_CreateEx(px_w, px_h, pdfium_c.FPDFBitmap_BGRx, first_line,
                                                      image.bytesPerLine())
                if not bitmap:  # PDFium could not set up its bitmap over the pixels
                    raise _no_memory(index)
                flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_LCD_TEXT
                # The bitmap is already the rotated size: PDFium applies /Rotate itself (rotate=0 here).
                args = (bitmap, page, 0, 0, px_w, px_h, 0, flags)
                pause = pdfium_c.IFSDK_PAUSE(version=1)
                pdfium_i.set_callback(pause, "NeedToPauseNow", should_pause)
                status = pdfium_c.FPDF_RenderPageBitmap_Start(*args, pause)
                while status == pdfium_c.FPDF_RENDER_TOBECONTINUED:
                    if stop_reason:
                        break
                    status = pdfium_c.FPDF_RenderPage_Continue(page, pause)
                pdfium_c.FPDF_RenderPage_Close(page)
                if stop_reason and status == pdfium_c.FPDF_RENDER_TOBECONTINUED:
                    if stop_reason[0] == "cancelled":
                        raise PreviewCancelled()
                    raise PreviewError(
                        t(
                            f"La página {index + 1} tarda demasiado en dibujarse; el archivo puede estar dañado.",
                            f"Page {index + 1} takes too long to draw; the file may be damaged.",
                        )
                    )
                if status == pdfium_c.FPDF_RENDER_FAILED:
                    raise damaged(t(f"página {index + 1}", f"page {index + 1}"))
                if forms and self._doc.formenv:
                    pdfium_c.FPDF_FFLDraw(self._doc.formenv, *args)
            finally:
                if bitmap:
                    pdfium_c.FPDFBitmap_Destroy(bitmap)  # the pixels belong to the image and stay
                if buffer is not None:
                    buffer.release()
                page.close()
        return image


def _let_go(source: Any) -> None:
    """Close the file opened for PDFium when the document could not take it over (bytes and paths
    hold nothing open)."""
    if source is not None and not isinstance(source, bytes | Path):
        source.close()


def open_pdf(
    path: str | Path,
    password: str | None = None,
    *,
    data: bytes | None = None,
    cancelled: Cancelled | None = None,
) -> PdfPreview:
    """Open a PDF; raise PreviewError(kind="password") when it needs a password we don't have.

    An empty user password (the common "owner password only" case) opens without asking: PDFium
    tries the empty password itself. Pass ``password`` to open a protected file.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from clientvault.core.storage import MAX_SIZE

    path = Path(path)
    name = path.name
    check(cancelled)
    source: Any = data
    if source is None:
        # PDFium reads what it needs, when it needs it, instead of the whole file first. On POSIX
        # it opens the path itself (a file name there is bytes, which PDFium takes as they are); on
        # Windows it reads through an open file, since PDFium's own open mishandles some non-ASCII
        # paths. The document closes the file.
        try:
            if os.name == "posix":
                size = path.stat().st_size
                source = path
            else:
                source = path.open("rb")
                size = os.fstat(source.fileno()).st_size
        except OSError as exc:
            _let_go(source)
            raise unreadable(name, _os_words(exc)) from exc
        if size > MAX_SIZE:  # grew since the dispatcher looked
            _let_go(source)
            raise too_big(f"> {MAX_SIZE // 2**20} MB")
    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(source, password=password, autoclose=True)
        except pdfium.PdfiumError as exc:
            _let_go(source)
            code = getattr(exc, "err_code", None)
            if code == pdfium_c.FPDF_ERR_FILE:  # PDFium could not open or read the file itself
                raise unreadable(name, t("no se pudo abrir", "it could not be opened")) from exc
            if code == pdfium_c.FPDF_ERR_PASSWORD:
                raise _wrong_password_error(name, tried=bool(password)) from exc
            if code == pdfium_c.FPDF_ERR_SECURITY:
                raise PreviewError(
                    t(
                        f"{name} usa un cifrado que no podemos abrir. Ábralo con otro programa.",
                        f"{name} uses an encryption we cannot open. Open it with another program.",
                    ),
                    "unsupported",
                ) from exc
            raise damaged() from exc
        except OSError as exc:  # gone between the dispatcher's look and this open (pypdfium2 checks)
            _let_go(source)
            raise unreadable(name, _os_words(exc)) from exc
        try:
            doc.init_forms()  # must come before loading any page, or field values are not drawn
        except Exception:  # noqa: BLE001 - a broken AcroForm must not stop the pages from showing
            pass
    return PdfPreview(doc, name)
