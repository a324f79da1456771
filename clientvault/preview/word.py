"""Word documents: .docx to sanitized HTML with mammoth, for a QTextBrowser / QTextDocument.

mammoth keeps what a reader needs (headings, lists, bold/italic, tables, images) and drops layout,
which suits a preview and prints well as a flowing document. Safety, checked on the corpus:

* mammoth parses XML with ``xml.dom.minidom`` (expat), which neither fetches external entities
  (ExternalEntityInText.docx renders with no network access; a test forbids sockets) nor expands
  entities without bound (expat >= 2.4 refuses billion-laughs amplification).
* ``external_file_access`` stays False: linked (not embedded) images are skipped, never fetched.
* Embedded images become ``data:`` URIs with an explicit width (QTextBrowser shows them at their
  natural size otherwise, or not at all sized to the page); images whose declared size breaks the
  pixel budget are replaced by their alternative text. Any ``src`` that is not a ``data:`` URI and
  any ``javascript:`` link is removed from the output.
* The ZIP is checked before mammoth sees it (declared sizes, compression ratio, CRCs).

.doc (Word 97-2003): no converter is installed (LibreOffice is 258 MB), so it gets a clear
"open it with another program" message; encrypted .docx files (an OLE2 "EncryptedPackage") say
they need a password.
"""

from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path
from typing import Any

from clientvault.core.i18n import t
from clientvault.preview.base import (
    MAX_PIXELS,
    Cancelled,
    Closable,
    PreviewError,
    check,
    damaged,
    refuse_if_encrypted_office,
    unsupported,
)
from clientvault.preview.sheet import OLE_MAGIC, check_zip

IMAGE_MAX_WIDTH = 600  # px: a Letter/A4 text column at 96 dpi is about 620 px wide

_SRC = re.compile(r'\ssrc="(?!data:)[^"]*"', re.IGNORECASE)
_JS_HREF = re.compile(r'\shref="\s*(?:javascript|vbscript|file):[^"]*"', re.IGNORECASE)


class WordPreview(Closable):
    """``html`` is a complete, self-contained fragment: no external resource of any kind."""

    kind = "word"

    def __init__(self, name: str, html_text: str, warnings: list[str]) -> None:
        self.name = name
        self.html = html_text
        self.warnings = warnings  # mammoth's notes (unknown styles, skipped linked images), for the log

    def close(self) -> None:
        self.html = ""


def _image_size(data: bytes) -> tuple[int, int] | None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    from clientvault.preview.image import gif_frame_sizes, qt_format

    fmt = qt_format(data)  # told, never guessed: see qt_format (guessing can hang the worker)
    if fmt is None:
        return None
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf, fmt.encode())
    reader.setAutoDetectImageFormat(False)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return None
    w, h = size.width(), size.height()
    for gw, gh in gif_frame_sizes(data):
        w, h = max(w, gw), max(h, gh)
    return w, h


def _convert_image(image: Any) -> dict[str, str]:
    with image.open() as fh:
        data = fh.read()
    size = _image_size(data)
    if size is None or size[0] * size[1] > MAX_PIXELS:
        # Unreadable or absurd: keep a note where it was instead of handing Qt a bomb.
        return {"src": "", "alt": image.alt_text or t("[imagen omitida]", "[image left out]")}
    w, h = size
    width = min(w, IMAGE_MAX_WIDTH)
    height = max(1, round(h * width / max(w, 1)))
    content_type = image.content_type if (image.content_type or "").startswith("image/") else "image/png"
    src = f"data:{content_type};base64,{base64.b64encode(data).decode('ascii')}"
    return {"src": src, "width": str(width), "height": str(height)}


def sanitize(fragment: str) -> str:
    """Strip anything that could reach outside the document from mammoth's HTML."""
    fragment = re.sub(r'<img\b[^>]*\ssrc=""[^>]*/?>', lambda m: _alt_of(m.group(0)), fragment)
    fragment = _SRC.sub("", fragment)
    return _JS_HREF.sub("", fragment)


def _alt_of(tag: str) -> str:
    m = re.search(r'\salt="([^"]*)"', tag)
    return f"<i>{m.group(1)}</i>" if m else ""


_STYLE = (
    "<style>table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3px 6px; }"
    " img { max-width: 100%; }</style>"
)


def open_word(path: str | Path, *, data: bytes | None = None, cancelled: Cancelled | None = None) -> WordPreview:
    """Convert a .docx to HTML; PreviewError for .doc, encrypted, damaged or hostile files."""
    import mammoth

    path = Path(path)
    if data is None:
        data = path.read_bytes()
    check(cancelled)
    if data.startswith(OLE_MAGIC):
        refuse_if_encrypted_office(data, path.name)
        raise unsupported(t("Documento de Word 97-2003 (.doc)", "Word 97-2003 document (.doc)"))
    if not data.startswith(b"PK\x03\x04"):
        if data.startswith(b"{\\rtf"):
            raise unsupported(t("Documento RTF", "RTF document"))
        raise PreviewError(
            t(
                "No es un documento de Word válido: el contenido no corresponde o está dañado.",
                "This is not a valid Word document: the content does not match, or it is damaged.",
            )
        )
    with check_zip(data, cancelled) as zf:
        if "word/document.xml" not in zf.namelist() and not any(n.startswith("word/") for n in zf.namelist()):
            raise PreviewError(
                t(
                    "No es un documento de Word válido: el paquete no contiene un documento.",
                    "This is not a valid Word document: the package holds no document.",
                )
            )
    check(cancelled)
    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data),
            convert_image=mammoth.images.img_element(_convert_image),
            external_file_access=False,
        )
    except PreviewError:
        raise
    except KeyError as exc:  # a part named in the relationships is missing
        raise damaged() from exc
    except Exception as exc:  # noqa: BLE001 - mammoth raises many kinds on malformed XML
        raise damaged() from exc
    body = sanitize(result.value)
    if not body.strip():
        body = "<p><i>" + html.escape(t("(El documento no tiene texto)", "(The document has no text)")) + "</i></p>"
    warnings = [m.message for m in result.messages]
    return WordPreview(path.name, _STYLE + body, warnings)
