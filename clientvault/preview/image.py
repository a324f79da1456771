"""Images through Qt's own image reader (QImageReader), the fastest path to the screen.

Qt's plugins here read PNG (APNG: first frame), JPEG (EXIF orientation with ``setAutoTransform``;
CMYK into a CMYK QImage that converts to RGB correctly), GIF (first frame), BMP, TIFF (every page,
via ``jumpToImage``) and WebP. HEIC has no Qt plugin in PySide6-Essentials, so it gets the
"open it with another program" message instead of a broken preview.

Hostile files: the declared size of every frame is checked before anything is decoded. Qt reports
the *logical screen* of a GIF, not its frames, so GIF image descriptors are read by hand
(decompression_bomb.gif declares a 65535 x 66601 frame inside a 32 x 32 screen). Qt's own per-image
allocation limit (256 MB by default) stays as a second net.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

from clientvault.core.filetypes import image_kind
from clientvault.core.i18n import t
from clientvault.preview.base import MAX_PIXELS, Cancelled, Closable, PreviewError, check, damaged, too_big, unsupported

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage, QImageReader

MAX_TIFF_PAGES = 500


def gif_frame_sizes(data: bytes, limit: int = 10_000) -> list[tuple[int, int]]:
    """Width and height of the logical screen and of every image descriptor in a GIF, without decoding."""
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        return []
    sw, sh, packed = struct.unpack_from("<HHB", data, 6)
    sizes = [(sw, sh)]
    pos = 13
    if packed & 0x80:
        pos += 3 * (2 ** ((packed & 7) + 1))
    n = len(data)

    def skip_sub_blocks(p: int) -> int:
        while p < n:
            size = data[p]
            p += 1
            if size == 0:
                return p
            p += size
        return p

    while pos < n and len(sizes) < limit:
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension: label, then sub-blocks
            pos = skip_sub_blocks(pos + 2)
        elif block == 0x2C:  # image descriptor
            if pos + 10 > n:
                break
            left, top, w, h, ipacked = struct.unpack_from("<HHHHB", data, pos + 1)
            sizes.append((left + w, top + h))  # decoders grow the canvas to hold the frame where it sits
            pos += 10
            if ipacked & 0x80:
                pos += 3 * (2 ** ((ipacked & 7) + 1))
            pos = skip_sub_blocks(pos + 1)  # LZW minimum code size, then the data
        else:
            break  # garbage: Qt will stop here too
    return sizes


def _check_pixels(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise too_big(
            t(
                f"la imagen declara {width:,} x {height:,} píxeles",
                f"the image declares {width:,} x {height:,} pixels",
            )
        )


class ImagePreview(Closable):
    """A decoded-on-demand image. ``page_count`` > 1 only for multi-page TIFF.

    Pages, as a PDF's: ``page_count``, ``page_size(i)`` (pixels, read from the page's header without
    decoding it) and ``image(i)``; the pane, the preview window and printing all go through these.
    """

    kind = "image"

    def __init__(self, path: Path, data: bytes, fmt: str, page_count: int, first: QImage) -> None:
        self.path = path
        self.name = path.name
        self._data = data
        self.format = fmt
        self.page_count = page_count
        self._first = first
        self._sizes: dict[int, tuple[float, float]] = {}

    def close(self) -> None:
        self._first = None  # type: ignore[assignment]
        self._data = b""

    @property
    def size(self) -> QSize:
        """Size of page 1 as displayed (after EXIF orientation)."""
        return self._first.size()

    def page_size(self, page: int) -> tuple[float, float]:
        """Width and height of page ``page`` (0-based) in pixels, as displayed. The pages of a TIFF
        need not share a size (a receipt scanned after an A4 page); only their headers are read."""
        if page == 0:
            return float(self._first.width()), float(self._first.height())
        if not 0 <= page < self.page_count:
            raise IndexError(page)
        if page not in self._sizes:
            reader, _buf = _reader(self._data, self.format)
            size = reader.size() if reader.jumpToImage(page) else None
            if size is None or not size.isValid():  # a header Qt cannot read: decode it (Pillow's fallback)
                size = _read_frame(self._data, self.format, page).size()
            self._sizes[page] = (float(size.width()), float(size.height()))
        return self._sizes[page]

    def image(self, page: int = 0, *, cancelled: Cancelled | None = None) -> QImage:
        """Page ``page`` (0-based) as a QImage, oriented as the camera meant it."""
        if page == 0:
            return self._first
        if not 0 <= page < self.page_count:
            raise IndexError(page)
        check(cancelled)
        return _read_frame(self._data, self.format, page)


def qt_format(data: bytes) -> str | None:
    """Qt's name for the image format the content starts with (the kinds the vault keeps), or None.

    The reader is always told the format: left to guess, QImageReader asks every plugin, and the SVG
    one builds a QTextStream, whose signal connection takes a Qt lock while this worker thread holds
    Python's; a window deleting a widget at that moment holds the lock and waits for Python: both
    wait forever (seen as a hung preview). Told the format, with detection from the content turned
    off (without that, a format with no plugin, such as HEIF here, still asks them all), only that
    plugin is asked.
    """
    kind = image_kind(data)
    if kind is None and data[4:8] == b"ftyp" and data[8:12] == b"avif":
        kind = "heic"  # not kept by the vault, but told "no preview for this format" as HEIF is
    return _QT_FORMATS.get(kind) if kind is not None else None


_QT_FORMATS = {"png": "png", "jpeg": "jpeg", "gif": "gif", "bmp": "bmp", "tiff": "tiff", "webp": "webp", "heic": "heif"}


def _reader(data: bytes, fmt: str | None = None) -> tuple[QImageReader, object]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf, fmt.encode() if fmt else b"")
    reader.setAutoDetectImageFormat(False)  # never ask the other plugins, even without one for fmt (qt_format)
    reader.setAutoTransform(True)
    return reader, buf  # the buffer must outlive the reader


def _read_frame(data: bytes, fmt: str, index: int) -> QImage:
    reader, _buf = _reader(data, fmt)
    if index and not reader.jumpToImage(index):
        raise damaged(t(f"página {index + 1}", f"page {index + 1}"))
    size = reader.size()
    if size.isValid():
        _check_pixels(size.width(), size.height())
    image = reader.read()
    if image.isNull():
        if fmt == "tiff":
            # Qt's TIFF plugin gives up on some valid pages (no_rows_per_strip.tif, page 3); Pillow reads them.
            fallback = _read_tiff_page_with_pillow(data, index)
            if fallback is not None:
                return fallback
        raise damaged(reader.errorString())
    return image


def _read_tiff_page_with_pillow(data: bytes, index: int) -> QImage | None:
    import io

    from PIL import Image, ImageOps
    from PySide6.QtGui import QImage

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow raises DecompressionBombError above twice this
    try:
        with Image.open(io.BytesIO(data)) as im:
            im.seek(index)
            _check_pixels(*im.size)
            page = ImageOps.exif_transpose(im)
            if page.mode in ("F", "I", "I;16"):  # scientific/float pages: stretch to something visible
                page = ImageOps.autocontrast(page.convert("L")).convert("RGB")
            elif page.mode != "RGB":
                page = page.convert("RGB")
            raw = page.tobytes("raw", "RGB")
            qimg = QImage(raw, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
            return qimg.copy()
    except PreviewError:
        raise
    except Exception:  # noqa: BLE001 - Pillow failing too just means the page is damaged
        return None


def open_image(path: str | Path, *, data: bytes | None = None, cancelled: Cancelled | None = None) -> ImagePreview:
    """Check the declared size, decode page 1 and count the pages; PreviewError if any of it fails."""
    path = Path(path)
    if data is None:
        data = path.read_bytes()
    check(cancelled)
    fmt_asked = qt_format(data)
    if fmt_asked == "heif":
        reader, _buf = _reader(data, fmt_asked)
        if not reader.canRead():
            raise unsupported(t("Imagen HEIC/HEIF", "HEIC/HEIF image"))
    for w, h in gif_frame_sizes(data):
        _check_pixels(w, h)

    reader, _buf = _reader(data, fmt_asked)
    if fmt_asked is None or not reader.canRead():
        raise PreviewError(
            t(
                "No se reconoce el contenido como una imagen: el archivo está dañado o es de un formato sin vista previa.",
                "The content is not recognised as an image: the file is damaged or of a format with no preview.",
            ),
            "error",
        )
    fmt = bytes(reader.format().data()).decode("ascii", "replace")
    # Ask the page count before size(): with the TIFF plugin, size() first leaves imageCount() at 1.
    count = reader.imageCount() if fmt == "tiff" else 1
    count = max(1, min(count, MAX_TIFF_PAGES))
    check(cancelled)
    first = _read_frame(data, fmt, 0)
    return ImagePreview(path, data, fmt, count, first)
