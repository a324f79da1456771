"""The preview area beside the table (the preview issue fills it with rendered pages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.show_document(None)

    def show_document(self, name: str | None) -> None:
        if name is None:
            self.message.setText(self.tr("Select a file to see its details here."))
        else:
            self.message.setText(self.tr("%1\n\nThe preview of this file will appear here.").replace("%1", name))
