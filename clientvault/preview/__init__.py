"""File -> something to show: PDF pages, images, sheet rows, Word HTML, CSV rows. No widgets here.

Entry point for the pane, the preview window and printing::

    preview = open_preview(path, mime_type, password=None, cancelled=None)   # in a worker thread
    preview.kind  # "pdf" | "image" | "sheet" | "word" | "text"

then, by kind (all of it may run in a worker thread; QImage is safe off the GUI thread):

* ``PdfPreview``: ``page_count``, ``page_size(i) -> (w_pt, h_pt)`` after /Rotate,
  ``render(i, dpi=96 | width=px, forms=True, cancelled=None) -> QImage`` (longest side <= 4000 px).
* ``ImagePreview``: ``page_count`` (TIFF pages), ``size``, ``image(i=0, cancelled=None) -> QImage``.
* ``SheetPreview`` / ``TextPreview``: ``sheets: list[SheetInfo]`` (visible; ``hidden_sheets`` names the
  rest), ``sheet(info.index) -> Sheet`` with ``row_count``, ``column_count``, ``merged`` and
  ``rows(start, count) -> list[list[str]]`` fetched lazily. ``TextPreview.text`` holds the decoded text.
* ``WordPreview``: ``html`` (self-contained, images as sized ``data:`` URIs), ``warnings``.

Every failure is a ``PreviewError`` with ``message`` (in the person's language) and ``kind`` in
``{"error", "unsupported", "password"}``; ``PreviewCancelled`` when ``cancelled()`` said stop. Call
``close()`` when done. Heavy libraries are imported on first use, never at import time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Union

from clientvault.core.filetypes import family_for_extension, family_for_mime, kind_for_extension
from clientvault.preview.base import (
    MAX_SIZE,
    Cancelled,
    PreviewCancelled,
    PreviewError,
    check,
    empty_file,
    too_big,
    unreadable,
    unsupported,
)

if TYPE_CHECKING:
    from clientvault.preview.image import ImagePreview
    from clientvault.preview.pdf import PdfPreview
    from clientvault.preview.sheet import SheetPreview
    from clientvault.preview.text import TextPreview
    from clientvault.preview.word import WordPreview

Preview = Union["PdfPreview", "ImagePreview", "SheetPreview", "WordPreview", "TextPreview"]

__all__ = ["Preview", "PreviewCancelled", "PreviewError", "family_for", "open_preview"]


def family_for(mime_type: str | None, path: str | os.PathLike[str] | None = None) -> str | None:
    """ "pdf", "image", "sheet", "word" or "text" from the stored MIME type (the vault sniffed it), else the name.

    Both come from the vault's one table of kinds, ``clientvault.core.filetypes``.
    """
    if mime_type:
        family = family_for_mime(mime_type)
        if family is not None:
            return family
    if path is not None:
        return family_for_extension(Path(path).suffix)
    return None


def open_preview(
    path: str | os.PathLike[str],
    mime_type: str | None = None,
    *,
    password: str | None = None,
    cancelled: Cancelled | None = None,
    stream: bool = False,
) -> Preview:
    """Open ``path`` for preview. Refuses empty files and files over 5 MB before parsing anything.

    ``mime_type`` is the Document's stored type (from its content); without it the extension decides.
    ``password`` is used for PDFs (ask again on ``PreviewError.kind == "password"``). ``stream``: a PDF
    is read from the open file as PDFium needs it, for a preview that is closed at once after use.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        from clientvault.core.errors import os_words

        raise unreadable(path.name, os_words(exc)) from exc
    if size == 0:
        raise empty_file()
    if size > MAX_SIZE:
        raise too_big(f"{size / 2**20:.2f} MB > {MAX_SIZE // 2**20} MB")
    family = family_for(mime_type, path)
    if family is None:
        raise unsupported(path.name)
    check(cancelled)
    if family == "pdf" and stream:
        # PDFium reads only what the page needs (the cross-reference table and that page's objects)
        # from the open file: reading all 5 MB first was most of the fixed cost of a first page.
        # Only for a preview closed right after use: on Windows an open file cannot be renamed.
        from clientvault.preview.pdf import open_pdf

        return open_pdf(path, password, cancelled=cancelled)
    with path.open("rb") as fh:
        # Sized by stat(): read(MAX_SIZE + 1) allocated 5 MB and shrank it for every small file.
        data = fh.read(size + 1)
        if len(data) > size:  # it grew since stat(): read on, up to just past the limit
            data += fh.read(MAX_SIZE + 1 - len(data))
    if len(data) > MAX_SIZE:  # grew since stat()
        raise too_big(f"> {MAX_SIZE // 2**20} MB")
    if family == "pdf":
        from clientvault.preview.pdf import open_pdf

        return open_pdf(path, password, data=data, cancelled=cancelled)
    if family == "image":
        from clientvault.preview.image import open_image

        return open_image(path, data=data, cancelled=cancelled)
    if family == "sheet":
        from clientvault.preview.sheet import open_workbook

        return open_workbook(path, data=data, cancelled=cancelled)
    if family == "word":
        from clientvault.preview.word import open_word

        return open_word(path, data=data, cancelled=cancelled)
    from clientvault.preview.text import open_text

    ext_kind = kind_for_extension(path.suffix)
    as_table = mime_type == "text/csv" or (ext_kind is not None and ext_kind.code == "csv")  # .csv, .tsv
    return open_text(path, data=data, as_table=as_table, cancelled=cancelled)
