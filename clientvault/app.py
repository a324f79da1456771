"""Starting the window: QApplication, language, and the main window over a vault."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def create_main_window(data_dir: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
    """Open the vault at ``data_dir`` and return the main window, shown, without entering the event
    loop (tests and the entry point both use it). A QApplication must already exist."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from clientvault.core.vault import Vault
    from clientvault.ui import i18n
    from clientvault.ui.mainwindow import MainWindow

    vault = Vault(data_dir)
    settings = QSettings(str(vault.root / "settings.ini"), QSettings.Format.IniFormat)
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    i18n.install(app, i18n.choose_language(settings))
    window = MainWindow(vault, settings)
    window.show()
    return window


def run(data_dir: Path, files: list[str] | None = None) -> int:
    """The ``clientvault`` command with no subcommand: open the window and run until it closes."""
    from PySide6.QtWidgets import QApplication

    from clientvault import APP_NAME, __version__

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = create_main_window(data_dir)
    del files  # handed over to the window by a later issue (single instance, "Open with")
    code = app.exec()
    window.vault.close()
    return int(code)
