"""The word-wrapped, scrollable pane under a file list where a reason is read in full: the list's
column cuts a long reason exactly where it says what to do (the upload dialog and its summary)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea


def details_pane(name: str) -> tuple[QLabel, QScrollArea]:
    """The label that holds the text (object name ``name``) and the scroll area that shows it."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setContentsMargins(6, 4, 6, 4)
    area = QScrollArea()
    area.setObjectName(f"{name}Area")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.StyledPanel)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(label)
    return label, area
