"""The line above the table in a company's trash: how long deleted files stay there, and «Vaciar
papelera». Shown only while the trash is (it follows the «Papelera» action)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from clientvault.core.values import TRASH_DAYS


class TrashBar(QFrame):
    def __init__(self, trash_action: QAction, empty_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.note = QLabel(self.tr("Files in the trash are deleted for good after %n day(s).", "", TRASH_DAYS))
        self.note.setObjectName("trashNote")
        self.note.setWordWrap(True)
        self.button = QPushButton(empty_action.text().replace("&", ""))
        self.button.setObjectName("emptyTrashButton")
        self._trash_action, self._empty_action = trash_action, empty_action
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.button)
        self._connect_signals()
        self.setVisible(trash_action.isChecked())
        self.button.setEnabled(empty_action.isEnabled())

    def _connect_signals(self) -> None:
        self.button.clicked.connect(self._empty_action.trigger)
        self._trash_action.toggled.connect(self.setVisible)
        self._empty_action.changed.connect(lambda: self.button.setEnabled(self._empty_action.isEnabled()))
