"""The window stays in step with the vault: every view follows the change feed, whoever made the
change (this window, or another process on the same vault). Each case here was a stale view on
main before the change feed: the pane showing a deleted file, old names after a rename, the table
of a company no longer selected, the trash counted as live files, changes from the command line
invisible until a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from processes import run_clientvault
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, select_company, settle, table_names

CLI_TIMEOUT_MS = 15_000


cli = run_clientvault  # the real command, in its own process


@pytest.fixture
def shown(qtbot: QtBot, window: Any, make_file: Any) -> Any:
    """A company with two PDFs; the first selected and on screen in the pane."""
    company = add_company(window, "Comercializadora Andina")
    window.vault.import_files(company.id, [make_file("RUT.pdf"), make_file("Camara.pdf")])
    settle(window)
    assert table_names(window) == ["Camara.pdf", "RUT.pdf"]
    window.table.selectRow(1)
    qtbot.waitUntil(lambda: window.preview_pane.state == "ready")
    assert window.preview_pane.title.text() == "RUT.pdf"
    window.stored_company = company
    return window


def test_pane_clears_when_its_file_is_deleted_and_the_trash_shows_no_error(qtbot: QtBot, shown: Any) -> None:
    window = shown
    window.action_delete.trigger()
    assert table_names(window) == ["Camara.pdf"]
    assert window.preview_pane.state == "empty" and window.preview_pane.title.text() == ""
    assert not window.action_preview.isEnabled() and not window.action_delete.isEnabled()
    window.action_trash.setChecked(True)
    settle(window)
    assert table_names(window) == ["RUT.pdf"]
    assert window.preview_pane.state == "empty"  # not «Cannot read … No such file or directory»


def test_rename_shows_the_new_name_in_pane_preview_window_and_save_a_copy(
    qtbot: QtBot, shown: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = shown
    window.action_preview.trigger()
    preview = window.files.preview_window
    qtbot.waitUntil(lambda: preview.state == "ready")
    doc = window.selected_documents()[0]
    window.vault.rename(doc.id, "RUT 2024 actualizado")
    settle(window)
    assert table_names(window) == ["Camara.pdf", "RUT 2024 actualizado.pdf"]
    assert [d.id for d in window.selected_documents()] == [doc.id]  # the selection survived the re-read
    assert window.preview_pane.title.text() == "RUT 2024 actualizado.pdf"
    assert preview.windowTitle() == "RUT 2024 actualizado.pdf"
    offered: list[str] = []

    def fake_save(_parent: Any, _title: str, proposed: str, *_a: Any) -> tuple[str, str]:
        offered.append(proposed)
        return str(tmp_path / "copia.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.action_save_copy.trigger()
    preview.save_copy()
    assert [Path(p).name for p in offered] == ["RUT 2024 actualizado.pdf", "RUT 2024 actualizado.pdf"]
    assert (tmp_path / "copia.pdf").read_bytes() == window.vault.document_path(window.vault.document(doc.id)).read_bytes()


def test_a_company_search_that_finds_nothing_leaves_nothing_selected(qtbot: QtBot, shown: Any) -> None:
    window = shown
    other = add_company(window, "Transportes del Sur", select=False)
    window.sidebar.filter_edit.setText("zzz no existe")
    assert window.current_company_id() is None
    assert window.document_model.rowCount() == 0 and window.preview_pane.state == "empty"
    for action in (window.action_preview, window.action_delete, window.action_send_email, window.action_upload,
                   window.action_edit_company, window.action_remove_company, window.action_trash):
        assert not action.isEnabled(), action.objectName()
    assert window.heading.text() == "No company matches «zzz no existe». Clear the search to see them all."
    assert window.stats_label.text() == "" and window.company_list.empty_text == "No company matches «zzz no existe»."
    window.sidebar.filter_edit.setText("transportes")  # finds another company: that one is shown
    assert window.current_company_id() == other.id and window.document_model.rowCount() == 0
    window.sidebar.filter_edit.clear()  # the list is whole again; the person's company is kept
    assert window.current_company_id() == other.id
    select_company(qtbot, window, window.stored_company.id)
    window.sidebar.filter_edit.setText("zzz")
    window.sidebar.filter_edit.clear()
    assert window.current_company_id() == window.stored_company.id
    assert table_names(window) == ["Camara.pdf", "RUT.pdf"]
    assert window.action_edit_company.isEnabled() and window.action_remove_company.isEnabled()


def test_trash_view_counts_the_trash(qtbot: QtBot, shown: Any) -> None:
    window = shown
    size = window.selected_documents()[0].size
    window.action_delete.trigger()
    assert window.stats_label.text().startswith("1 file ·")
    window.action_trash.setChecked(True)
    assert window.stats_label.text().startswith("1 file in the trash ·")
    window.table.selectRow(0)
    window.action_restore.trigger()
    assert window.stats_label.text().startswith("0 files in the trash ·")
    window.action_trash.setChecked(False)
    assert window.stats_label.text().startswith("2 files ·") and size > 0


def test_removing_the_selected_company_elsewhere_moves_the_selection(qtbot: QtBot, shown: Any) -> None:
    window = shown
    other = add_company(window, "Transportes del Sur", select=False)
    window.vault.remove_company(window.stored_company.id, with_files=True)
    settle(window)
    assert window.current_company_id() == other.id
    assert window.document_model.company_id == other.id and window.document_model.rowCount() == 0
    assert window.preview_pane.state == "empty"


def test_window_follows_imports_and_deletes_made_by_another_process(
    qtbot: QtBot, shown: Any, make_file: Any
) -> None:
    window = shown
    root, company = window.vault.root, window.stored_company
    window.action_preview.trigger()
    preview = window.files.preview_window
    qtbot.waitUntil(lambda: preview.state == "ready")
    done = cli(root, "import", str(company.id), str(make_file("Estados financieros 2024.pdf")))
    assert done.returncode == 0, done.stderr
    # No call into the window: its own timer finds the other process's commit.
    qtbot.waitUntil(lambda: "Estados financieros 2024.pdf" in table_names(window), timeout=CLI_TIMEOUT_MS)
    row = window.company_model.row_of(company.id)
    assert window.company_model.info(row).count == 3
    shown_id = window.selected_documents()[0].id
    done = cli(root, "delete", str(shown_id))
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "RUT.pdf" not in table_names(window), timeout=CLI_TIMEOUT_MS)
    assert window.preview_pane.state == "empty"
    qtbot.waitUntil(lambda: window.files.preview_window is None)  # the preview window of the deleted file closed
    assert window.company_model.info(window.company_model.row_of(company.id)).count == 2


def test_a_change_while_far_down_the_list_keeps_the_place_and_the_selection(qtbot: QtBot, window: Any) -> None:
    from ui_helpers import insert_documents

    company = add_company(window, "Muchos Soportes")
    insert_documents(window.vault, company.id, 1000)
    window.document_model.set_company(None)
    window.document_model.set_company(company.id)  # every row is counted at once; row 450's page is read on demand
    window.table.selectRow(450)
    chosen = window.selected_documents()[0].id
    window.vault.add_company("Otra")  # any change re-reads the list
    window.vault.delete([window.document_model.document(3).id])  # a change in this company above the selection
    settle(window)
    assert window.document_model.rowCount() >= 600
    assert [d.id for d in window.selected_documents()] == [chosen]


def test_the_window_says_busy_instead_of_freezing(qtbot: QtBot, shown: Any, lock_held_elsewhere: Any) -> None:
    window = shown
    with lock_held_elsewhere(window.vault.root, window.stored_company.id):  # another process's repair
        window.vault.wait_for_locks(0.3)  # the window waits 5 s; a test need not
        window.action_delete.trigger()
        assert "Another ClientVault window or command is working on these files" in window.last_message.text()
        assert table_names(window) == ["Camara.pdf", "RUT.pdf"]  # nothing changed
