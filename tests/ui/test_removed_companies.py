"""Removed companies and the trash in the real window: «Empresa › Empresas quitadas» lists them and
«Restaurar» brings one back with its files; the trash says how long files stay and «Vaciar
papelera» empties it only after its confirmation (real files, real SQLite)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_check_files import _menu_action, _upload
from ui_helpers import add_company, settle, table_names

from clientvault.core.catalog.models import utcnow
from clientvault.ui.formatting import local_datetime


def _remove_through_the_window(qtbot: QtBot, window: Any) -> None:
    window.action_remove_company.trigger()
    box = window.companies.confirm_box
    assert "For 30 days you can bring it back with its files from «Company › Removed companies»." in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(window)


def test_a_removed_company_is_listed_and_restored_with_its_files(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    other = add_company(window, "Agencia Andina Ltda")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    window.select_company(company.id)
    _remove_through_the_window(qtbot, window)
    assert window.company_model.row_of(company.id) < 0  # gone from the sidebar

    _menu_action(window, "Company", "actionRemovedCompanies").trigger()
    dialog = window.upkeep.dialog
    assert dialog is not None and dialog.objectName() == "removedCompanies" and dialog.isVisible()
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert row.text(0) == "Ferretería El Tornillo SAS"
    assert row.text(1).startswith("2 files · ")
    removed_at = window.vault.removed_companies()[0].removed_at
    assert row.text(2) == local_datetime(removed_at) and str(utcnow().year) in row.text(2)
    assert "deleted for good after 30 days" in dialog.findChild(type(dialog.empty), "removedNote").text()

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.upkeep.dialog is None, timeout=10_000)  # closed: the company is back
    settle(window)
    assert window.company_model.row_of(company.id) >= 0 and window.current_company_id() == company.id
    assert sorted(table_names(window)) == ["minimal-document.pdf", "simple.png"]
    assert "is back with 2 files" in window.statusBar().currentMessage()
    assert other.id != company.id


def test_the_removed_list_says_when_there_is_none(qtbot: QtBot, window: Any) -> None:
    add_company(window, "Agencia Andina Ltda")
    window.action_removed_companies.trigger()
    dialog = window.upkeep.dialog
    assert dialog.empty.isVisible() and dialog.list.isHidden() and not dialog.restore_button.isEnabled()


def _show_trash(window: Any) -> None:
    window.action_trash.setChecked(True)
    settle(window)


def test_the_trash_names_its_purge_and_empty_trash_asks_first(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    window.vault.delete([d.id for d in window.vault.list_documents(company.id)])
    settle(window)
    assert window.trash_bar.isHidden()  # the files, not the trash: nothing to say about it
    _show_trash(window)
    assert window.trash_bar.isVisible()
    assert window.trash_bar.note.text() == "Files in the trash are deleted for good after 30 days."
    assert sorted(table_names(window)) == ["minimal-document.pdf", "simple.png"]
    trash = window.vault.trash_dir(company.id)
    assert len(list(trash.iterdir())) == 2

    window.trash_bar.button.click()
    box = window.upkeep.confirm_box
    assert box.objectName() == "emptyTrashConfirm"
    assert box.text() == ("Delete the 2 files in the trash of «Ferretería El Tornillo SAS» permanently? This cannot "
                          "be undone.")
    box.button(QMessageBox.StandardButton.No).click()
    settle(window)
    assert len(table_names(window)) == 2 and len(list(trash.iterdir())) == 2  # cancelled: kept

    window.action_empty_trash.trigger()
    box = window.upkeep.confirm_box
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.upkeep.purge_task is None, timeout=10_000)
    settle(window)
    assert table_names(window) == [] and not any(trash.iterdir())
    assert window.vault.company_totals(company.id, trash=True) == (0, 0)
    assert window.statusBar().currentMessage() == "2 files deleted permanently."


def test_files_trashed_more_than_30_days_ago_go_when_the_window_starts(qtbot: QtBot, window: Any, corpus: Path) -> None:
    from clientvault.app import clean_leftovers_in_background
    from clientvault.core.files import AUTO_PURGE_SINCE

    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    old, recent = window.vault.list_documents(company.id)
    window.vault.delete([old.id, recent.id])
    for doc, days in ((old, 31), (recent, 29)):
        row = window.vault.document(doc.id)
        row.deleted_at = utcnow() - timedelta(days=days)
        window.vault.catalog.save_document(row)
    # The window has purged on its own for more than 30 days (this release's first start is behind it).
    window.vault.catalog.put_settings({AUTO_PURGE_SINCE: (utcnow() - timedelta(days=40)).isoformat()})
    clean_leftovers_in_background(window.vault)
    qtbot.waitUntil(lambda: window.vault.find_document(old.id) is None, timeout=10_000)
    assert window.vault.find_document(recent.id) is not None
