"""«Vaciar papelera» and «Restaurar» in «Empresas quitadas» run off the window's thread with a
progress dialog (thousands of files took seconds with the window frozen). A pool that holds the
task until the test runs it shows what the window does meanwhile (real files, real SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot
from test_check_files import _upload
from test_removed_companies import _remove_through_the_window
from ui_helpers import add_company, settle, table_names

from clientvault.ui import workers

NAMES = ("minimal-document.pdf", "simple.png", "simple-monthly-budget.xlsx")


class HeldPool:
    """Keeps each task until ``run_all``: while it waits, the window must not have done the work."""

    def __init__(self) -> None:
        self.tasks: list[QRunnable] = []

    def start(self, runnable: QRunnable) -> None:
        self.tasks.append(runnable)

    def run_all(self) -> None:
        while self.tasks:
            self.tasks.pop(0).run()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> HeldPool:
    pool = HeldPool()
    monkeypatch.setattr(workers, "_pool", pool)
    return pool


def _trash_three(window: Any, corpus: Path) -> tuple[Any, Path]:
    company = add_company(window, "Ferretería El Tornillo SAS")
    for name in NAMES:
        assert (corpus / name).exists(), name
    _upload(window, company, corpus, *NAMES)
    window.vault.delete([d.id for d in window.vault.list_documents(company.id)])
    window.action_trash.setChecked(True)
    settle(window)
    return company, window.vault.trash_dir(company.id)


def _confirm_empty_trash(window: Any) -> None:
    window.action_empty_trash.trigger()
    window.upkeep.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    settle(window)


def test_empty_trash_runs_in_the_background_with_a_progress_dialog(
        qtbot: QtBot, window: Any, corpus: Path, held: HeldPool) -> None:
    company, trash = _trash_three(window, corpus)
    _confirm_empty_trash(window)
    progress = window.upkeep.purge_progress
    assert progress is not None and progress.objectName() == "emptyTrashProgress"
    assert progress.labelText() == "Deleting the files in the trash of «Ferretería El Tornillo SAS»…"
    assert progress.findChild(QPushButton).text() == "Cancel"
    # The window's thread only started the work: every file is still there.
    assert len(held.tasks) == 1 and len(list(trash.iterdir())) == 3
    assert window.upkeep._busy()  # closing the window now would drop the work: it says to wait

    held.run_all()
    settle(window)
    assert window.upkeep.purge_progress is None and window.upkeep.purge_task is None
    assert not any(trash.iterdir()) and table_names(window) == []
    assert window.vault.company_totals(company.id, trash=True) == (0, 0)
    assert window.statusBar().currentMessage() == "3 files deleted permanently."


def test_cancel_stops_emptying_the_trash_between_two_files(
        qtbot: QtBot, window: Any, corpus: Path, held: HeldPool) -> None:
    company, trash = _trash_three(window, corpus)
    _confirm_empty_trash(window)
    progress = window.upkeep.purge_progress
    # «Cancel» clicked once the first file is gone (the bar moves to 1 as the second begins).
    cancel = progress.findChild(QPushButton)
    progress.findChild(QProgressBar).valueChanged.connect(lambda v: v >= 1 and cancel.click())
    held.run_all()
    settle(window)
    assert len(list(trash.iterdir())) == 2 and sorted(table_names(window)) != []
    assert window.vault.company_totals(company.id, trash=True)[0] == 2
    assert window.statusBar().currentMessage() == (
        "Stopped: 1 file deleted permanently; the others are still in the trash.")


def test_restoring_a_removed_company_runs_in_the_background(
        qtbot: QtBot, window: Any, corpus: Path, held: HeldPool) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, *NAMES)
    window.select_company(company.id)
    _remove_through_the_window(qtbot, window)
    window.action_removed_companies.trigger()
    dialog = window.upkeep.dialog
    dialog.restore_button.click()
    settle(window)
    progress = dialog.progress
    assert progress is not None and progress.objectName() == "restoreCompanyProgress"
    assert progress.labelText() == "Bringing back «Ferretería El Tornillo SAS» and its files…"
    assert progress.findChild(QPushButton) is None  # stopped half-way, part of its files would stay behind
    # Only started: the company is still removed, its files still in its trash.
    assert window.company_model.row_of(company.id) < 0 and len(list(window.vault.trash_dir(company.id).iterdir())) == 3
    assert not dialog.restore_button.isEnabled() and window.upkeep._busy()
    dialog.reject()  # Esc while it runs: the dialog waits for the result
    assert dialog.isVisible()

    held.run_all()
    settle(window)
    assert window.upkeep.dialog is None
    assert window.current_company_id() == company.id and sorted(table_names(window)) == sorted(NAMES)
    assert "is back with 3 files" in window.statusBar().currentMessage()
