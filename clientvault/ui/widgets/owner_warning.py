"""The upload summary's warning about a paper that names another company's NIT (a RUT, a Cámara
certificate, a resolución): what it says, in dark red, and «Move to <owner>» when a company has
that NIT. Misfiling a client's paper in another client's folder is the worst mistake a firm can
make, so it stands above the list, framed, in bold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from clientvault.core.values import OwnerMismatch

MISFILED_COLOR = QColor("#8b0000")  # dark red: the one thing in the summary that must not be missed


class OwnerWarning(QFrame):
    """One paper that names another company's NIT: what it says, and «Move to <owner>» when a
    company has that NIT."""

    def __init__(self, mismatch: OwnerMismatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerWarning")
        self.setStyleSheet(f"#ownerWarning {{ border: 2px solid {MISFILED_COLOR.name()}; border-radius: 4px;"
                           " background: #fdecea; }"
                           f"#ownerWarning QLabel {{ color: {MISFILED_COLOR.name()}; font-weight: bold; }}")
        self.label = QLabel()
        self.label.setObjectName("ownerWarningText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.move_button = QPushButton()
        self.move_button.setObjectName("ownerMove")
        self.move_button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.move_button)
        self.show_mismatch(mismatch)

    def show_mismatch(self, mismatch: OwnerMismatch) -> None:
        self.mismatch = mismatch
        self.label.setText(f"⚠ {mismatch.doc.filename}: {mismatch.text}")
        if mismatch.owner is not None:
            self.move_button.setText(self.tr("Move to %1").replace("%1", mismatch.owner.name))
        self.move_button.setVisible(mismatch.owner is not None)

    def show_problem(self, text: str) -> None:
        self.label.setText(f"⚠ {self.mismatch.doc.filename}: {self.mismatch.text}\n{text}")

    def show_moved(self, company: str) -> None:
        self.setStyleSheet("#ownerWarning { border: 1px solid palette(mid); border-radius: 4px; }")
        self.label.setText(f"{self.mismatch.doc.filename}: " + self.tr("Moved to %1.").replace("%1", company))
        self.move_button.hide()
