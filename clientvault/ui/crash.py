"""An unexpected error: log the full traceback, show a short apology with the log's path.

The window keeps running: every change to the vault is a transaction with its files, so an error
in the middle of an action leaves the vault as it was before that action.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("clientvault.crash")


class CrashReporter(QObject):
    """Installed as ``sys.excepthook`` (and for threads); shows at most one apology at a time."""

    def __init__(self, log_file: Path, parent_widget: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self.log_file = log_file
        self._parent_widget = parent_widget
        self.box: QMessageBox | None = None
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def handle(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc if exc is not None else exc_type(), tb)
            return
        self.count += 1
        log.critical("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        # The dialog must be created on the GUI thread, whichever thread failed.
        QMetaObject.invokeMethod(self, "show_apology", Qt.ConnectionType.AutoConnection)

    @Slot()
    def show_apology(self) -> None:
        if self.box is not None and self.box.isVisible():
            return
        translate = QCoreApplication.translate  # lupdate recognizes this name
        box = QMessageBox(self._parent_widget())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("CrashReporter", "Something went wrong"))
        box.setText(translate("CrashReporter", "Sorry, ClientVault ran into an unexpected problem and could not finish "
                                        "what you asked. Your files are safe: nothing was half-saved."))
        box.setInformativeText(translate("CrashReporter", "If it happens again, send this file to whoever supports you:\n%1")
                               .replace("%1", str(self.log_file)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.box = box
        if QApplication.instance() is not None:
            box.open()
