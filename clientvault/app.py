"""Starting the window: QApplication, language, single instance, crash log, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clientvault.core.vault import Vault
    from clientvault.ui.mainwindow import MainWindow


def create_main_window(data_dir: str | os.PathLike[str]) -> MainWindow:
    """Open the vault at ``data_dir`` and return the main window, shown, without entering the event
    loop (tests and the entry point both use it). A QApplication must already exist."""
    from PySide6.QtCore import QCoreApplication, QSettings

    import clientvault.ui  # noqa: F401 - first: it quiets PySide6's per-import source scan
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


def clean_leftovers_in_background(vault: Vault) -> None:
    """At each start, what killed work left behind (old temporary copies, purges cut short) is
    cleaned off the GUI thread, and files deleted more than ``TRASH_DAYS`` ago leave the trash for
    good (the trash view says so; see ``purge_old_trash`` for the first such start); a failure is
    logged and never bothers the person."""
    import logging

    from clientvault.ui.workers import run_task

    log = logging.getLogger("clientvault.app")

    def work(_task: object) -> tuple[int, int]:
        return vault.clean_leftovers(), vault.purge_old_trash()

    run_task(work, lambda n: log.info("cleaned %s leftover file(s), purged %s from the trash", *n),
             lambda exc: log.warning("could not clean leftovers: %s", exc), on_close=vault.release_thread)


def run(data_dir: Path, files: list[str] | None = None) -> int:
    """The ``clientvault`` command with no subcommand: open the window and run until it closes.

    A second start for the same vault hands its files to the running window and exits at once.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from clientvault import APP_ID, APP_NAME, __version__
    from clientvault.core.errors import CatalogMissing, DatabaseDamaged, VaultError
    from clientvault.logsetup import setup_logging
    from clientvault.paths import ensure_private_dir
    from clientvault.ui.actions import app_icon
    from clientvault.ui.crash import CrashReporter
    from clientvault.ui.single_instance import SingleInstance

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    files = list(files or [])
    instance = SingleInstance(data_dir)
    if instance.hand_over(files):
        return 0
    ensure_private_dir(data_dir)
    log_file = setup_logging(data_dir)
    instance.listen()
    try:
        window = create_main_window(data_dir)
    except VaultError as exc:
        from clientvault.ui.recovery import offer_recovery

        if not offer_recovery(exc, data_dir):
            if not isinstance(exc, CatalogMissing | DatabaseDamaged):
                QMessageBox.critical(None, APP_NAME, exc.message)
            return 1
        try:
            window = create_main_window(data_dir)
        except VaultError as again:
            QMessageBox.critical(None, APP_NAME, again.message)
            return 1
    reporter = CrashReporter(log_file, lambda: window)
    reporter.install()
    clean_leftovers_in_background(window.vault)
    instance.activated.connect(window.files.offer_import)
    if files:
        QTimer.singleShot(0, lambda: window.files.offer_import(files))
    code = app.exec()
    reporter.uninstall()
    window.vault.close()
    return int(code)
