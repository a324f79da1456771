"""The readers: the text of one file, in this process (PDF text layer and OCR of scans, images, Word, sheets, CSV).

Which reader serves a file is its kind's ``family`` in :mod:`clientvault.core.filetypes` (the one
table of formats); the readers are the preview's own Qt-free ones where it has them (sheets with their
limits and XML-bomb refusal, the text decoder, the ZIP guard), so a file the preview refuses is not
parsed here by laxer rules. Every failure becomes an ``Extracted`` with status "failed" and a note;
nothing a file does raises out of :func:`extract`. What bounds it:

* text: collected until a little past ``MAX_CHARS`` and then cut (``result.bound``);
* OCR: at most ``OCR_MAX_PAGES`` pages or frames per file, each rendered at 300 dpi with at most
  ``OCR_MAX_PIXELS`` pixels, each with its own time limit (the page is abandoned, the rest go on);
* the file: an optional budget (``file_seconds``) after which no further page is OCR'd, so a long
  scan gives its first pages rather than nothing;
* what no check can bound (PDFium looping on a hostile stream, a library crash, memory): that is
  what :mod:`clientvault.core.text.worker` is for. Call ``extract`` in-process only for trusted files.

PDFium is not thread-safe: calls into it here hold ``PDFIUM_LOCK``. The preview holds its own lock
(``clientvault.preview.pdf``, which this layer may not import), so in the window's process use the
worker rather than this function while previews render.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import re
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clientvault.core import filetypes
from clientvault.core.text import ocr as ocr_mod
from clientvault.core.text.result import MAX_CHARS, Extracted, Status, bound, failed

log = logging.getLogger(__name__)

OCR_MAX_PAGES = 50  # a 50-page scan at ~2.5 s a page is two minutes of one core; more is rarely a document
OCR_DPI = 300  # what Tesseract is trained for; lower loses small print, higher only costs time
OCR_MAX_PIXELS = 25_000_000  # A3 at 300 dpi is 17 M; bigger pages and photos are scaled down to this
SCAN_BELOW = 20  # a page with fewer non-space characters in its text layer is treated as a scan
PDFIUM_LOCK = threading.RLock()
_COLLECT = MAX_CHARS + 4096  # NFC may shorten the text a little; bound() makes the final cut
_SHEET_BLOCK = 2000  # rows asked of a sheet at a time


class _Job:
    """One file's text as it is collected, with what happened to its pages, for the result and its note."""

    def __init__(self, *, ocr: bool, page_seconds: float, file_seconds: float | None) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.pages = 0
        self.ocr_pages = 0
        self.notes: list[str] = []
        self.page_seconds = page_seconds
        self.deadline = time.monotonic() + file_seconds if file_seconds is not None else None
        self.can_ocr = ocr and ocr_mod.ocr_available()
        self.ocr_wanted = ocr
        self.unread: list[int] = []  # scans left unread because there is no OCR
        self.timed_out: list[int] = []  # pages whose OCR hit the page limit
        self.out_of_time: list[int] = []  # pages not tried: the file's budget was spent
        self.over_cap: list[int] = []  # pages past OCR_MAX_PAGES
        self.ocr_failed: list[int] = []
        self.broken = False  # some page or frame could not be decoded (its note says which)

    @property
    def full(self) -> bool:
        return self.size >= _COLLECT

    def add(self, text: str) -> None:
        if text and not self.full:
            self.parts.append(text)
            self.size += len(text)

    def ocr(self, number: int, image: Callable[[], bytes | None]) -> str:
        """OCR page ``number`` (1-based) from the PGM ``image()`` makes, or record why it was not read."""
        if not self.can_ocr:
            self.unread.append(number)
            return ""
        if self.ocr_pages + len(self.timed_out) + len(self.ocr_failed) >= OCR_MAX_PAGES:
            self.over_cap.append(number)
            return ""
        seconds = self.page_seconds
        if self.deadline is not None:
            seconds = min(seconds, self.deadline - time.monotonic())
            if seconds <= 0.5:  # not worth starting a page that cannot finish
                self.out_of_time.append(number)
                return ""
        pgm = image()
        if pgm is None:  # the page image could not be made: already noted by its maker
            return ""
        got = ocr_mod.ocr_image(pgm, seconds)
        if got.timed_out:
            (self.timed_out if seconds >= self.page_seconds else self.out_of_time).append(number)
            return ""
        if got.error:
            self.ocr_failed.append(number)
            self.notes.append(f"page {number}: {got.error}")
            return ""
        self.ocr_pages += 1
        return got.text

    def result(self) -> Extracted:
        text = bound("\n".join(self.parts))
        notes = list(self.notes)
        if self.size > MAX_CHARS:
            notes.append(f"text cut at {MAX_CHARS:,} characters")
        if self.unread:
            why = "OCR is turned off" if not self.ocr_wanted else "Tesseract is not installed"
            notes.append(f"{len(self.unread)} scanned page(s) not read ({_ranges(self.unread)}): {why}")
        if self.timed_out:
            notes.append(f"OCR time limit ({self.page_seconds:g} s a page) on page(s) {_ranges(self.timed_out)}")
        if self.out_of_time:
            notes.append(f"time limit for the file: page(s) {_ranges(self.out_of_time)} not read")
        if self.over_cap:
            notes.append(f"OCR stops at {OCR_MAX_PAGES} pages: page(s) {_ranges(self.over_cap)} not read")
        note = "; ".join(notes)
        status: Status
        if self.unread:
            status = "needs_ocr"
        elif text:
            status = "ok"
        elif self.timed_out or self.out_of_time or self.ocr_failed or self.broken:
            status = "failed"
        else:
            status = "empty"
        return Extracted(text, status, self.pages, self.ocr_pages, note)


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> "1-3, 7": a note stays one readable line for a 300-page scan."""
    out: list[str] = []
    for n in sorted(numbers):
        if out and out[-1].rsplit("-", 1)[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


# ---------------------------------------------------------------- the entry point


def extract(
    path: str | os.PathLike[str], mime: str, *, ocr: bool = True, page_seconds: float = 60.0,
    file_seconds: float | None = None,
) -> Extracted:
    """The text of the file at ``path`` stored as ``mime``; never raises for a bad file.

    ``ocr=False`` reads no scans (they make the status "needs_ocr"); ``page_seconds`` limits one page's
    OCR; ``file_seconds``, when given, stops starting new OCR pages once that much time has passed.
    """
    path = Path(path)
    family = filetypes.family_for_mime(mime)
    reader = _READERS.get(family or "")
    if reader is None:
        return failed(f"no text reader for {mime!r}")
    try:
        info = os.stat(path)
    except OSError as exc:
        return failed(f"cannot read the file: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return failed("not a regular file")  # a FIFO or device would block or misbehave when read
    if info.st_size == 0:
        return Extracted("", "empty", note="the file is empty (0 bytes)")
    if info.st_size > filetypes.MAX_SIZE:
        return failed(f"larger than the vault's {filetypes.MAX_SIZE // 2**20} MB limit")
    job = _Job(ocr=ocr, page_seconds=page_seconds, file_seconds=file_seconds)
    try:
        refused = reader(path, job)
    except MemoryError:
        return failed("out of memory", job.pages, job.ocr_pages)
    except Exception as exc:  # noqa: BLE001 - a reader's bug or a library's surprise must not stop the indexer
        log.exception("extracting text from %s (%s) failed", path.name, mime)
        return failed(f"unexpected error: {type(exc).__name__}: {exc}", job.pages, job.ocr_pages)
    return refused if refused is not None else job.result()


# ---------------------------------------------------------------- PDF


def _pdf(path: Path, job: _Job) -> Extracted | None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    # As the preview does: on Windows PDFium's own open mishandles some non-ASCII paths, so it reads
    # through a Python file there (the document closes it); on POSIX it opens the path itself.
    source: Any = path if os.name == "posix" else path.open("rb")
    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(source, autoclose=True)  # tries the empty user password itself
        except pdfium.PdfiumError as exc:
            if source is not path:
                source.close()
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                return failed("password")
            if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
                return failed("password (an encryption PDFium cannot open)")
            return failed(f"not a readable PDF ({exc})")
        try:
            count = len(doc)
            for index in range(count):
                if job.full:
                    break
                _pdf_page(doc, index, job, pdfium, pdfium_c)
        finally:
            doc.close()
    return None


def _pdf_page(doc: Any, index: int, job: _Job, pdfium: Any, pdfium_c: Any) -> None:
    try:
        page = doc[index]
    except pdfium.PdfiumError:
        job.notes.append(f"page {index + 1} unreadable")
        job.broken = True
        return
    try:
        job.pages += 1
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
        finally:
            textpage.close()
        if _scarce(text) and pdfium_c.FPDFPage_CountObjects(page.raw) > 0:
            # (Almost) no text but something drawn: a scan, or text drawn as shapes. A page with no
            # objects at all is blank and costs no OCR.
            read = job.ocr(index + 1, functools.partial(_render, page, index + 1, job))
            if len(read.strip()) > len(text.strip()):
                text = read
        job.add(text)
    finally:
        page.close()


def _scarce(text: str) -> bool:
    """Fewer than SCAN_BELOW characters that are not whitespace (counted only on short texts: cheap)."""
    return len(text) < 50 * SCAN_BELOW and len("".join(text.split())) < SCAN_BELOW


def _render(page: Any, number: int, job: _Job) -> bytes | None:
    width, height = page.get_size()  # points, after /Rotate
    scale = OCR_DPI / 72
    pixels = width * scale * height * scale
    if pixels > OCR_MAX_PIXELS:  # a poster-sized page: fewer dots per inch rather than a huge bitmap
        scale *= (OCR_MAX_PIXELS / pixels) ** 0.5
    if width * scale < 1 or height * scale < 1:
        job.notes.append(f"page {number}: no area to render")
        return None
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return _pgm(bitmap.to_pil())
    finally:
        bitmap.close()


def _pgm(gray: Any) -> bytes:
    """A mode "L" PIL image as binary PGM, which Tesseract reads without decoding anything."""
    return b"P5\n%d %d\n255\n" % gray.size + gray.tobytes()


# ---------------------------------------------------------------- images


def _image(path: Path, job: _Job) -> Extracted | None:
    from PIL import Image, UnidentifiedImageError

    try:
        # Pillow's own guard refuses images over twice Image.MAX_IMAGE_PIXELS here (decompression_bomb.gif).
        im = Image.open(path)
    except Image.DecompressionBombError:
        return failed("image too large: Pillow's decompression-bomb guard refused it")
    except UnidentifiedImageError:
        if filetypes.image_kind(path.read_bytes()[:16]) == "heic":
            return Extracted("", "empty", note="HEIC image: this Pillow cannot open it (the pillow-heif plugin is not installed)")
        return failed("not a readable image")
    except OSError as exc:
        return failed(f"not a readable image ({exc})")
    with im:
        frames = getattr(im, "n_frames", 1)
        for index in range(frames):
            if job.full:
                break
            try:
                im.seek(index)
            except (EOFError, OSError) as exc:
                job.notes.append(f"frame {index + 1} unreadable ({exc})")
                job.broken = True
                break
            # Checked on every frame: Pillow checks the first at open, but a TIFF page or GIF frame
            # declares its own size. Over the guard itself is a bomb, as Pillow's warning says.
            if im.width * im.height > (Image.MAX_IMAGE_PIXELS or float("inf")):
                return failed(f"image too large: frame {index + 1} is {im.width} x {im.height} pixels", job.pages)
            job.pages += 1
            job.add(job.ocr(index + 1, functools.partial(_frame_pgm, im, index, job)))
    return None


def _frame_pgm(im: Any, index: int, job: _Job) -> bytes | None:
    from PIL import Image, ImageOps

    try:
        frame = ImageOps.exif_transpose(im) if index == 0 else im  # phone photos of receipts lie on their side
        if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
            # Transparent pixels are often black underneath: on white, as a viewer shows them.
            rgba = frame.convert("RGBA")
            frame = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
            frame.alpha_composite(rgba)
        gray = frame.convert("L")
    except (OSError, ValueError, SyntaxError) as exc:  # truncated or damaged data shows up on decoding
        job.notes.append(f"image {index + 1} damaged ({exc})")
        job.broken = True
        return None
    pixels = gray.width * gray.height
    if pixels > OCR_MAX_PIXELS:
        factor = int((pixels / OCR_MAX_PIXELS) ** 0.5) + 1
        gray = gray.reduce(factor)
    return _pgm(gray)


# ---------------------------------------------------------------- Word, sheets, text


def _word(path: Path, job: _Job) -> Extracted | None:
    import mammoth

    from clientvault.preview.base import PreviewError
    from clientvault.preview.sheet import OLE_MAGIC, check_zip

    data = path.read_bytes()
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return failed("password")
        # The preview has no .doc reader either (LibreOffice, the only good one, is 258 MB).
        return failed("Word 97-2003 (.doc): no text reader for this format")
    if not data.startswith(b"PK\x03\x04"):
        return failed("not a Word document")
    try:
        check_zip(data).close()  # declared sizes, compression ratio and CRCs, before mammoth inflates anything
    except PreviewError as exc:
        return failed(f"damaged or hostile Word file ({exc.message})")
    try:
        # mammoth parses with expat through minidom: no external entities are fetched (ExternalEntityInText.docx).
        result = mammoth.extract_raw_text(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - mammoth, expat and zipfile raise many kinds on malformed parts
        return failed(f"damaged Word file ({type(exc).__name__}: {exc})")
    job.add(result.value)
    return None


def _sheet(path: Path, job: _Job) -> Extracted | None:
    from clientvault.preview.base import PreviewError
    from clientvault.preview.sheet import open_workbook

    try:
        book = open_workbook(path)
    except PreviewError as exc:
        return failed(("password" if exc.kind == "password" else "unreadable workbook") + f" ({exc.message})")
    with book:
        for info in book.sheets:  # visible sheets, as the person sees the workbook (hidden ones when none is)
            if job.full:
                break
            try:
                _sheet_rows(book.sheet(info.index), job)
            except PreviewError as exc:
                job.notes.append(f"sheet {info.name!r} unreadable from here on ({exc.message})")
    return None


def _sheet_rows(sheet: Any, job: _Job) -> None:
    job.pages += 1
    job.add(sheet.name)
    start = 0
    while not job.full:
        rows = sheet.rows(start, _SHEET_BLOCK)
        if not rows:
            break
        start += len(rows)
        lines = [_with_plain_numbers("\t".join(row).rstrip("\t")) for row in rows]
        job.add("\n".join(line for line in lines if line))
    sheet.close()  # frees the worksheet stream now rather than when the workbook closes


# A number written with thousands separators, as a cell's format shows it ("2.500.000", "2,500.00",
# a NIT "900.123.456"): the index splits it at each separator, so the digits alone are kept beside it.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f]\d{3})+")


def _with_plain_numbers(line: str) -> str:
    """A sheet's row as it reads on screen, plus each grouped number's digits ("$ 2.500,00" also as
    2500), so a search for 2500 finds what the cell showed as 2.500 (and 2.500 still finds it)."""
    plain = [re.sub(r"\D", "", m.group()) for m in _GROUPED.finditer(line)]
    return line + "\t" + " ".join(plain) if plain else line


def _text(path: Path, job: _Job) -> Extracted | None:
    from clientvault.preview.text import decode

    text, _encoding = decode(path.read_bytes())
    job.add(text)
    return None


_READERS: dict[str, Callable[[Path, _Job], Extracted | None]] = {
    "pdf": _pdf,
    "image": _image,
    "word": _word,
    "sheet": _sheet,
    "text": _text,
}
