"""File -> content ready for a widget, computed in a worker thread, and the pane's small LRU cache.

Everything here runs off the GUI thread except the cache, which only the GUI thread touches. A PDF
is reopened for every page (opening costs under a millisecond), so no PDFium handle crosses threads;
a workbook stays open inside its ``Content`` because its sheets load lazily, and is closed when the
cache lets it go (never while it is on screen: the pane pins what it shows).
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from clientvault.preview import PreviewError, family_for, open_preview
from clientvault.preview.base import Cancelled, check

PANE_IMAGE_SIDE = 2000  # an image in the pane is kept at most this big (the window loads the original)
FIRST_ROWS = 200  # rows read in the worker so the first screen of a sheet needs no more work


@dataclass(eq=False)
class Content:
    """What the pane shows for one file. ``kind`` is the preview family or "plain" (text without a table)."""

    kind: str
    name: str
    image: QImage | None = None  # pdf page or image
    page: int = 0
    page_count: int = 1
    preview: Any = None  # SheetPreview/TextPreview kept open for lazy rows
    first_sheet: Any = None  # the Sheet of preview.sheets[0], already loaded
    html: str = ""
    text: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cost(self) -> int:
        """Approximate bytes held, for the cache's budget."""
        if self.image is not None:
            return int(self.image.sizeInBytes())
        if self.preview is not None:
            return 8 * int(self.extra.get("file_size", 0)) + 2 * len(self.text)
        return 2 * (len(self.html) + len(self.text))

    def close(self) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview = None


def file_key(path: Path, *parts: object) -> tuple[object, ...]:
    """A cache key that changes when the file does (renamed files have a new path anyway)."""
    try:
        st = os.stat(path)
        stamp: tuple[int, int] = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (0, 0)
    return (str(path), *stamp, *parts)


def load_pdf_page(path: Path, mime_type: str | None, page: int, width: int, cancelled: Cancelled | None,
                  password: str | None = None) -> Content:
    preview = open_preview(path, mime_type, password=password, cancelled=cancelled, stream=True)
    try:
        page = max(0, min(page, preview.page_count - 1))  # type: ignore[union-attr]
        image = preview.render(page, width=width, cancelled=cancelled)  # type: ignore[union-attr]
        return Content("pdf", path.name, image=image, page=page, page_count=preview.page_count)  # type: ignore[union-attr]
    finally:
        preview.close()


def load_page(path: Path, mime_type: str | None, page: int, width: int, cancelled: Cancelled | None,
              password: str | None = None) -> Content:
    """Another page of what the pane shows: of a PDF (rendered ``width`` px wide) or of a multi-page TIFF."""
    if family_for(mime_type, path) == "pdf":
        return load_pdf_page(path, mime_type, page, width, cancelled, password)
    with open_preview(path, mime_type, cancelled=cancelled) as preview:
        return _image_content(preview, path, max(0, min(page, preview.page_count - 1)), cancelled)  # type: ignore[union-attr]


def _image_content(preview: Any, path: Path, page: int, cancelled: Cancelled | None) -> Content:
    image = preview.image(page, cancelled=cancelled)
    if max(image.width(), image.height()) > PANE_IMAGE_SIDE:
        image = image.scaled(PANE_IMAGE_SIDE, PANE_IMAGE_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return Content("image", path.name, image=image, page=page, page_count=preview.page_count)


def load_content(path: Path, mime_type: str | None, width: int, cancelled: Cancelled | None = None,
                 password: str | None = None) -> Content:
    """Open ``path`` and prepare its first screen: a PDF's first page at ``width`` px, an image fitted
    within PANE_IMAGE_SIDE, a workbook's first sheet with its first rows, a Word document's HTML."""
    if family_for(mime_type, path) == "pdf":
        return load_pdf_page(path, mime_type, 0, width, cancelled, password)
    preview: Any = open_preview(path, mime_type, cancelled=cancelled)
    kind = preview.kind
    try:
        if kind == "image":
            return _image_content(preview, path, 0, cancelled)
        if kind == "word":
            return Content("word", path.name, html=preview.html)  # type: ignore[union-attr]
        if kind == "text" and preview.delimiter is None:  # type: ignore[union-attr]
            return Content("plain", path.name, text=preview.text)  # type: ignore[union-attr]
        first = preview.sheet(preview.sheets[0].index, cancelled=cancelled)  # type: ignore[union-attr]
        first.rows(0, FIRST_ROWS, cancelled=cancelled)
        check(cancelled)
        content = Content(kind, path.name, preview=preview, first_sheet=first,
                          extra={"file_size": path.stat().st_size})
        preview = None  # now owned by the content
        return content
    finally:
        if preview is not None:
            preview.close()


class ContentCache:
    """Least recently used, bounded by entry count and by approximate bytes; ``pinned`` is never evicted."""

    def __init__(self, max_entries: int = 12, max_bytes: int = 160 * 2**20) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[object, ...], Content] = OrderedDict()
        self.pinned: Content | None = None

    def __len__(self) -> int:
        return len(self._items)

    @property
    def total_bytes(self) -> int:
        return sum(c.cost for c in self._items.values())

    def get(self, key: tuple[object, ...]) -> Content | None:
        content = self._items.get(key)
        if content is not None:
            self._items.move_to_end(key)
        return content

    def put(self, key: tuple[object, ...], content: Content) -> None:
        if content.cost > self.max_bytes:
            return  # shown once, never kept
        old = self._items.pop(key, None)
        if old is not None and old is not content and old is not self.pinned:
            old.close()
        self._items[key] = content
        self._evict()

    def _evict(self) -> None:
        while len(self._items) > self.max_entries or (len(self._items) > 1 and self.total_bytes > self.max_bytes):
            victim = next((k for k, c in self._items.items() if c is not self.pinned), None)
            if victim is None:
                return
            content = self._items.pop(victim)
            content.close()

    def release(self, content: Content | None) -> None:
        """Content that left the screen: close it unless the cache still holds it."""
        if content is not None and all(c is not content for c in self._items.values()):
            content.close()

    def clear(self) -> None:
        for content in self._items.values():
            if content is not self.pinned:
                content.close()
        self._items.clear()


def error_kind(exc: BaseException) -> str:
    """The pane state for a failure: "unsupported" when another program can show it, else "error"."""
    return "unsupported" if isinstance(exc, PreviewError) and exc.kind == "unsupported" else "error"
