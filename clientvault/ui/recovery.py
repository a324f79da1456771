"""When the vault cannot be opened because its database is lost, damaged or another vault's: say
so in plain words and offer the way back (a backup, or rebuilding from the companies' folders),
instead of a dead end. Used by ``app.run`` before the main window exists."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from clientvault import APP_NAME
from clientvault.core.errors import CatalogMissing, DatabaseDamaged, VaultError
from clientvault.core.vault import Vault, rebuild_catalog, restore_backup
from clientvault.ui.formatting import local_datetime

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls by this name


def offer_recovery(exc: VaultError, data_dir: Path, parent: QWidget | None = None) -> bool:
    """Ask what to do; True when the vault was brought back and may be opened again."""
    if not isinstance(exc, CatalogMissing | DatabaseDamaged):
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, _explain(exc, data_dir), QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("recoveryBox")
    rebuild = box.addButton(translate("Recovery", "Rebuild from the folders"), QMessageBox.ButtonRole.AcceptRole)
    backup = (box.addButton(translate("Recovery", "Go back to the backup"), QMessageBox.ButtonRole.ActionRole)
              if exc.backup else None)
    box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(backup or rebuild)
    box.exec()
    try:
        if box.clickedButton() is rebuild:
            report = run_rebuild(data_dir, parent)
            # pyside6-lupdate marks plurals only in self.tr(), not in translate(): singular and plural
            # are two strings here, as they would be in a .ts numerus entry.
            n_files = report.documents + report.trashed
            companies = (translate("Recovery", "1 company") if report.companies == 1 else
                         translate("Recovery", "%1 companies").replace("%1", str(report.companies)))
            files = (translate("Recovery", "1 file") if n_files == 1 else
                     translate("Recovery", "%1 files").replace("%1", str(n_files)))
            done = translate("Recovery", "The database was rebuilt: %1 and %2 are back.").replace(
                "%1", companies).replace("%2", files)
            if report.skipped:
                done += "\n\n" + translate("Recovery", "Left as they were:") + "\n" + "\n".join(report.skipped[:20])
            QMessageBox.information(parent, APP_NAME, done)
            return True
        if backup is not None and box.clickedButton() is backup:
            restore_backup(data_dir)
            found = catch_up(data_dir, parent)
            QMessageBox.information(parent, APP_NAME, (translate(
                "Recovery", "The backup is back in place, and 1 file added after it came back from the companies' "
                            "folders.") if found == 1 else translate(
                "Recovery", "The backup is back in place, and %1 files added after it came back from the "
                            "companies' folders.").replace("%1", str(found))))
            return True
    except VaultError as err:
        QMessageBox.critical(parent, APP_NAME, err.message)
    except Exception:  # a bug must not become a traceback before the window even exists
        logging.getLogger(__name__).exception("recovery failed")
        QMessageBox.critical(parent, APP_NAME, translate(
            "Recovery", "The database could not be brought back because of an unexpected problem. Your files are "
                        "still in their companies' folders. The details are in the log file of the data folder."))
    return False


def _explain(exc: CatalogMissing | DatabaseDamaged, data_dir: Path) -> str:
    """The window's own words: the same facts as the command line's message, but with the buttons
    below as the way out instead of commands to type."""
    if isinstance(exc, DatabaseDamaged):
        what = translate("Recovery", "The database of your files in %1 is damaged and cannot be opened.")
    elif exc.foreign:
        what = translate("Recovery", "The database in %1 is not the one of your files: it belongs to another "
                                     "ClientVault data folder.")
    else:
        what = translate("Recovery", "The database of your files was not found in %1.")
    text = what.replace("%1", str(data_dir)) + " " + translate(
        "Recovery", "Your files are still in their companies' folders; nothing was changed.") + "\n\n"
    if exc.backup:
        when = _shown_time(exc.backup.rpartition("(")[2].rstrip(")") or exc.backup)
        text += translate("Recovery", "You can go back to the backup of %1 (files added after it are found again in "
                                      "the folders), or rebuild the database from the companies' folders.").replace(
            "%1", when)
    else:
        text += translate("Recovery", "You can rebuild the database from the companies' folders: every company and "
                                      "file comes back; document types, expiry dates and the e-mail history do not.")
    return text


def catch_up(data_dir: Path, parent: QWidget | None = None) -> int:
    """After going back to a backup: a repair registers again the files added since it was taken
    (they are in the folders, not in the old database); returns how many. It hashes every file, so
    it runs in a worker while a progress window keeps the screen alive."""
    from PySide6.QtCore import QEventLoop

    from clientvault.ui.workers import run_task

    progress = QProgressDialog(translate("Recovery", "Looking for the files added after the backup…"), "", 0, 0,
                               parent)
    progress.setObjectName("catchUpProgress")
    progress.setWindowTitle(APP_NAME)
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def work(_task: object) -> int:
        vault = Vault(data_dir)
        try:
            report = vault.verify(repair=True)
        finally:
            vault.close()
        return sum(1 for p in report.problems if p.kind == "orphan" and p.repaired and p.path.exists())

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    run_task(work, lambda n: finished("found", n), lambda exc: finished("error", exc))
    if not outcome:
        loop.exec()
    progress.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return int(outcome["found"])  # type: ignore[call-overload]


def run_rebuild(data_dir: Path, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
    """Rebuild with a progress window; each company is one step (the window is not open yet, so
    the work runs here, letting the progress window repaint between companies)."""
    progress = QProgressDialog(translate("Recovery", "Rebuilding the database from the companies' folders…"), "", 0, 0,
                               parent)
    progress.setObjectName("rebuildProgress")
    progress.setWindowTitle(APP_NAME)
    progress.setCancelButton(None)  # half a rebuild would be worse than none
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)

    def step(done: int, total: int, _name: str) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    try:
        return rebuild_catalog(data_dir, step)
    finally:
        progress.close()


def _shown_time(text: str) -> str:
    """The core names a backup with its local time as "2026-12-01 17:29" (the command line's
    words); the window writes it as it writes every date."""
    try:
        local = datetime.strptime(text, "%Y-%m-%d %H:%M")
    except ValueError:
        return text
    return local_datetime(local.astimezone(UTC).replace(tzinfo=None))
