"""The first start: a vault with no company yet says what ClientVault keeps and what to do first.

The words are word-wrapped labels in a column of bounded width, centred by stretches rather than
by an alignment flag: a layout item with an alignment gets its size hint, and a wrapped label's
size hint is its height at some other width, so the text was cut. Laid out this way each label
gets the height its wrapped text needs at the column's real width (``heightForWidth``), in any
language; a window too small for all of it scrolls instead of cutting it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

COLUMN_CHARS = 80  # the text column's greatest width, in average characters of the window's font


class FirstStartPage(QScrollArea):
    """Title, what the program keeps, what to do, and «Add a company…» (``button``; the window
    connects it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = self._label("emptyTitle", self.tr("Add your first company"), scale=1.8, bold=True)
        self.intro = self._label("emptyIntro", self.tr(
            "ClientVault keeps the documents of each client company you serve: RUT, Chamber of Commerce "
            "certificate, invoicing resolutions, financial statements, contracts…"), scale=1.1)
        self.steps = self._label("emptySteps", self.tr(
            "Start by adding a company with its legal name and NIT. Then upload its files with «Upload a "
            "file», or drag them from your file manager onto the list of files."), scale=1.1)
        self.button = QPushButton(self.tr("Add a company…"))
        self.button.setObjectName("emptyAddCompany")
        self.button.setMinimumHeight(36)
        self.button.setDefault(True)
        self.column = QWidget()
        self.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        col = QVBoxLayout(self.column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(14)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addWidget(self.steps)
        col.addSpacing(6)
        buttons = QHBoxLayout()  # the button at its own width, centred, without an alignment flag either
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        page = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column, 100)  # as wide as it may be, the rest split either side
        row.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setWidget(page)

    def _label(self, name: str, text: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        return label
