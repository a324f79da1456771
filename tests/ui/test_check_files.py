"""«Archivo › Revisar archivos» in the real window: the check runs in the background, says what it
found in sentences, and «Reparar» fixes what can be fixed (real files, real SQLite)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from ui_helpers import add_company, settle

from clientvault.core.catalog.models import Company

TIMEOUT_MS = 30_000


def _menu_action(window: Any, menu_title: str, name: str) -> Any:
    """The action as a person finds it: in the named menu of the menu bar."""
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == menu_title:
            for action in menu_action.menu().actions():
                if action.objectName() == name:
                    return action
    raise AssertionError(f"{name} is not in the menu {menu_title}")


def _upload(window: Any, company: Company, corpus: Path, *names: str) -> None:
    summary = window.vault.import_files(company.id, [corpus / n for n in names])
    assert len(summary.of("imported")) == len(names)
    settle(window)


def _open_check(qtbot: QtBot, window: Any) -> Any:
    _menu_action(window, "File", "actionCheckFiles").trigger()
    dialog = window.upkeep.dialog
    assert dialog is not None and dialog.objectName() == "checkDialog"
    qtbot.waitUntil(lambda: not dialog.running and dialog.report is not None, timeout=TIMEOUT_MS)
    return dialog


def _rows(dialog: Any) -> list[tuple[str, str]]:
    return dialog.list.texts()


def test_check_of_files_in_order_says_so(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    dialog = _open_check(qtbot, window)
    assert dialog.headline.text() == "Everything is in order. 2 files checked."
    assert dialog.list.isHidden() and dialog.repair_button.isHidden()
    assert dialog.close_button.isVisible()


def test_a_file_moved_away_behind_the_vaults_back_is_found_and_repair_puts_it_back(
        qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    folder = window.vault.company_dir(company.id)
    # Renamed in the file manager: for ClientVault the stored file is gone, and an unknown one appeared.
    (folder / "minimal-document.pdf").rename(folder / "copia del contrato.pdf")
    dialog = _open_check(qtbot, window)
    rows = _rows(dialog)
    assert ("The file «minimal-document.pdf» of Ferretería El Tornillo SAS is not in its folder: it was deleted or "
            "moved outside ClientVault.",
            "Puts it back under its own name: a file with the same content is in the company's folder as "
            "«copia del contrato.pdf».") in rows
    assert len(rows) == 1  # the copy under its new name is that same problem, not a second one
    assert dialog.headline.text() == "1 problem found. 2 files checked. «Repair» can fix 1 of them."
    assert dialog.repair_button.isVisible() and dialog.repair_note.isVisible()
    assert "nothing of yours is deleted" in dialog.repair_note.text()

    dialog.repair_button.click()
    qtbot.waitUntil(lambda: not dialog.running and dialog.repaired and dialog.close_button.isVisible(),
                    timeout=TIMEOUT_MS)
    assert dialog.headline.text() == "Repaired: everything is in order now. 2 files checked."
    assert (folder / "minimal-document.pdf").is_file() and not (folder / "copia del contrato.pdf").exists()
    assert dialog.repair_button.isHidden()
    assert window.vault.verify().consistent


def test_a_file_deleted_for_good_is_explained_and_not_offered_for_repair(
        qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    (window.vault.company_dir(company.id) / "simple.png").unlink()
    dialog = _open_check(qtbot, window)
    assert _rows(dialog) == [(
        "The file «simple.png» of Ferretería El Tornillo SAS is not in its folder: it was deleted or moved outside "
        "ClientVault.",
        "Cannot be repaired here. Put the file back from your own copy (a backup, the e-mail it came in), or delete "
        "it from ClientVault.")]
    assert dialog.headline.text() == "1 problem found. 2 files checked."
    assert dialog.repair_button.isHidden()


def test_files_changed_and_unknown_are_told_with_what_repair_does(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf")
    folder = window.vault.company_dir(company.id)
    with open(folder / "minimal-document.pdf", "ab") as fh:
        fh.write(b"%% edited\n")
    shutil.copyfile(corpus / "simple.png", folder / "foto.png")
    dialog = _open_check(qtbot, window)
    rows = dict(_rows(dialog))
    assert rows["«minimal-document.pdf» of Ferretería El Tornillo SAS was changed outside ClientVault: its content "
                "is no longer the one that was stored."].startswith("Moves the changed copy to the folder «cambiados»")
    assert rows["«foto.png» is in the folder of Ferretería El Tornillo SAS, but ClientVault has no record of it."] == (
        "Adds it to the company's files again (or, if it cannot, moves it to the folder «lost+found» in the data "
        "folder). Nothing is deleted.")
    # No path of the data folder, no command line on screen.
    for found, action in rows.items():
        for text in (found, action):
            assert str(window.vault.root) not in text and "clientvault" not in text and "verify" not in text

    dialog.repair_button.click()
    qtbot.waitUntil(lambda: not dialog.running and dialog.repaired, timeout=TIMEOUT_MS)
    settle(window)
    assert "foto.png" in {d.filename for d in window.vault.list_documents(company.id)}
    assert dialog.headline.text() == ("1 problem repaired. 1 problem could not be repaired here: the list says what "
                                      "to do.")


def test_cancel_stops_the_check(qtbot: QtBot, window: Any, corpus: Path, monkeypatch: Any) -> None:
    for name in ("Alfa SAS", "Beta SAS"):
        _upload(window, add_company(window, name), corpus, "minimal-document.pdf")
    from clientvault.ui.dialogs.check_dialog import CheckDialog

    # Cancel pressed as the first company is reported: the check stops before the next one.
    original = CheckDialog._on_task_progress

    def progressed(self: Any, done: int, total: int, name: str) -> None:
        original(self, done, total, name)
        self.cancel_button.click()

    monkeypatch.setattr(CheckDialog, "_on_task_progress", progressed)
    from clientvault.ui import workers

    monkeypatch.setattr(workers, "_pool", workers.ImmediatePool())
    _menu_action(window, "File", "actionCheckFiles").trigger()
    dialog = window.upkeep.dialog
    assert dialog.report is not None and dialog.report.cancelled
    assert dialog.headline.text().startswith("The check was stopped before the end.")


def test_closing_the_dialog_while_checking_stops_the_check_and_keeps_the_dialog(
        qtbot: QtBot, window: Any, corpus: Path) -> None:
    _upload(window, add_company(window, "Alfa SAS"), corpus, "minimal-document.pdf")
    _menu_action(window, "File", "actionCheckFiles").trigger()
    dialog = window.upkeep.dialog
    assert dialog.running  # the result arrives through the event loop, which has not run yet
    dialog.close()
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    window.action_check_files.trigger()  # a second check while one runs: the same dialog, in front
    assert window.upkeep.dialog is dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=TIMEOUT_MS)
    assert dialog.report is not None and dialog.close_button.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: window.upkeep.dialog is None)


def test_a_file_left_under_an_uploads_temporary_name_is_put_back(qtbot: QtBot, window: Any, corpus: Path) -> None:
    from clientvault.core.storage import TEMP_PREFIX

    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "simple.png")
    folder = window.vault.company_dir(company.id)
    # A power cut after the commit and before the rename into place leaves it under its temporary name.
    (folder / "simple.png").rename(folder / f"{TEMP_PREFIX}simple")
    dialog = _open_check(qtbot, window)
    assert _rows(dialog) == [(
        "The file «simple.png» of Ferretería El Tornillo SAS is not in its folder: it was deleted or moved outside "
        "ClientVault.",
        "Puts it back: an upload that was interrupted left a copy of it in the company's folder.")]
    dialog.repair_button.click()
    qtbot.waitUntil(lambda: not dialog.running and dialog.repaired, timeout=TIMEOUT_MS)
    assert (folder / "simple.png").is_file() and dialog.headline.text().startswith("Repaired: everything is in order")
