"""Word documents as HTML in a QTextBrowser that never fetches anything and never follows links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    """``data:`` images only: every other resource (http, file, relative names) resolves to nothing,
    so a document cannot make the program reach the network or read local files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, type_: int, url: QUrl | str) -> Any:  # noqa: N802
        if isinstance(url, QUrl) and url.scheme() == "data":
            return super().loadResource(type_, url)
        if isinstance(url, str) and url.startswith("data:"):
            return super().loadResource(type_, QUrl(url))
        return None
