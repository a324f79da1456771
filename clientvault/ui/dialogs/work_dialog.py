"""A dialog whose work (a backup, a restore, a check) runs in the background and shows its result
in the dialog itself: closing it while the work runs would drop that result, so Esc, the window's
close button and «Cancelar» all ask the work to stop, and the dialog stays until it has."""

from __future__ import annotations

import threading

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget


class WorkDialog(QDialog):
    """Subclasses make ``cancel_button`` and ``status``, set ``running`` while their work runs (the
    work looks at ``_stop`` between its steps), and say in ``stopping_text`` where it will stop."""

    cancel_button: QPushButton
    status: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._stop = threading.Event()
        self.error_text = ""  # what the status line says went wrong, "" when nothing did

    def stopping_text(self) -> str:
        """«Stopping…», in the subclass's words (its own tr() context, so lupdate and the lookup agree)."""
        raise NotImplementedError

    def _show_error(self, text: str) -> None:
        self.error_text = text
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)

    def _on_cancel_button_clicked(self) -> None:
        if self.running:
            self._stop.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.stopping_text())
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the window's close button while the work runs: it is cancelled, the dialog stays
        until the work has stopped (its result is shown in it)."""
        if self.running:
            self._on_cancel_button_clicked()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self._on_cancel_button_clicked()
            return
        super().closeEvent(event)
