"""What a drop from the file manager carries: local file and folder paths."""

from __future__ import annotations

from PySide6.QtCore import QMimeData


def local_paths(mime: QMimeData) -> list[str]:
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
