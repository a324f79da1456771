"""What the window says about a selection of several files and about a filter: the preview pane
names how many files are selected and their size, with buttons for what applies to all of them (the
window's own actions), and the status bar says how many of the company's files a filter shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, insert_documents, settle, start_and_wait_import, table_names

from clientvault.core.vault import Vault
from clientvault.ui import i18n
from clientvault.ui.formatting import human_size
from clientvault.ui.models.document_model import DocumentModel
from tests.ui.test_window_language import ES_QM

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NAMES = [f"Soporte {i:02}.pdf" for i in range(1, 13)] + ["Factura marzo.pdf", "Extracto.csv"]


@pytest.fixture
def fourteen(qtbot: QtBot, open_window: Any, make_file: Any) -> Any:
    """A window over a company with 14 real files of different sizes, uploaded through the window."""
    window = open_window()
    company = add_company(window, "Comercializadora Andina")
    paths = [str(make_file(n, size=3000 + 1500 * i) if n.endswith(".pdf") else make_file(n, text="x" * 900))
             for i, n in enumerate(NAMES)]
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, paths)).close()
    assert len(table_names(window)) == 14
    return window


def total_size(window: Any) -> int:
    D = window.vault.catalog.Document
    return sum(d.size for d in D.select().where(D.deleted_at.is_null()))


def select_all(qtbot: QtBot, window: Any) -> None:
    """Click a row, then Ctrl+A in the table, as a person selects every file."""
    click_row(qtbot, window.table, 0, DocumentModel.COL_FORMAT)
    qtbot.keySequence(window.table, QKeySequence.StandardKey.SelectAll)


def test_fourteen_files_selected_say_so_with_their_size_and_the_actions_for_all(qtbot: QtBot, fourteen: Any) -> None:
    window = fourteen
    pane = window.preview_pane
    click_row(qtbot, window.table, 0, DocumentModel.COL_FORMAT)
    assert pane.selection_buttons() == []  # one file: it is previewed
    select_all(qtbot, window)
    assert len(window.selected_rows()) == 14
    # The size as the table's size column writes sizes (the locale's number format).
    assert pane.message.text() == f"14 files selected · {human_size(total_size(window))}"
    assert pane.stack.currentIndex() == 0 and pane.message.isVisible()
    buttons = pane.selection_buttons()
    assert [b.defaultAction() for b in buttons] == [window.action_send_email, window.action_save_copy,
                                                    window.action_delete]
    assert all(b.isVisible() and b.isEnabled() for b in buttons)
    assert [b.text() for b in buttons] == [a.iconText() for a in (window.action_send_email, window.action_save_copy,
                                                                  window.action_delete)]
    # The toolbar's own actions: a button is enabled exactly when its action is.
    window.action_send_email.setEnabled(False)
    assert not buttons[0].isEnabled()
    window.update_actions()
    assert buttons[0].isEnabled()
    # Two with Ctrl+click: the count and the size follow.
    window.table.clearSelection()
    click_row(qtbot, window.table, 0, DocumentModel.COL_FORMAT)
    click_row(qtbot, window.table, 2, DocumentModel.COL_FORMAT, CTRL)
    docs = window.selected_documents()
    assert pane.message.text() == f"2 files selected · {human_size(sum(d.size for d in docs))}"
    # The pane's Delete deletes them all (with undo), like the toolbar's.
    qtbot.mouseClick(pane.selection_buttons()[2], Qt.MouseButton.LeftButton)
    settle(window)
    assert len(table_names(window)) == 12
    assert {d.filename for d in docs}.isdisjoint(table_names(window))
    assert pane.selection_buttons() == [] and pane.message.text() == "Select a file to see it here."


def test_in_the_trash_the_pane_offers_restore_and_delete_for_good(qtbot: QtBot, fourteen: Any) -> None:
    window = fourteen
    select_all(qtbot, window)
    size = total_size(window)
    window.action_delete.trigger()
    settle(window)
    window.action_trash.setChecked(True)
    select_all(qtbot, window)
    pane = window.preview_pane
    assert pane.message.text() == f"14 files selected · {human_size(size)}"
    assert [b.defaultAction() for b in pane.selection_buttons()] == [window.action_restore, window.action_purge]
    assert all(b.isEnabled() for b in pane.selection_buttons())


def test_a_big_selection_is_summed_by_the_database_without_reading_its_rows(qtbot: QtBot, open_window: Any,
                                                                           tmp_path: Path) -> None:
    n = 30_000
    vault = Vault(tmp_path / "big")
    try:
        company = vault.add_company("Grande S.A.S.")
        insert_documents(vault, company.id, n)  # sizes 1000 + i
    finally:
        vault.close()
    window = open_window(tmp_path / "big")
    window.select_company(company.id)
    model = window.document_model
    assert model.rowCount() == n
    select_all(qtbot, window)
    pane = window.preview_pane
    assert pane.message.text() == f"{n:,} files selected · {human_size(n * 1000 + n * (n - 1) // 2)}"
    assert model.loaded_rows() <= 2 * model.PAGE  # the page on screen, not the 150 pages selected
    # A range of 10,000 rows far down the list (as Shift+click selects one), also summed without its pages.
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().select(QItemSelection(model.index(20_000, 0), model.index(29_999, 0)), flags)
    assert len(window.selected_rows()) == 10_000
    # Sorted by name («Soporte 000000.pdf»…, numbers by value), row r is document r: its size is 1000 + r.
    want = sum(1000 + r for r in range(20_000, 30_000))
    assert pane.message.text() == f"10,000 files selected · {human_size(want)}"
    assert model.loaded_rows() <= 2 * model.PAGE


def test_with_a_filter_the_status_bar_says_how_many_of_the_files_it_shows(qtbot: QtBot, fourteen: Any) -> None:
    window = fourteen
    status = window.stats_label
    assert status.text() == f"14 files · {human_size(total_size(window))}"
    qtbot.keyClicks(window.findChild(QLineEdit, "documentFilter"), "factura")
    assert table_names(window) == ["Factura marzo.pdf"]
    assert status.text() == "1 of 14 files"
    window.filter_edit.clear()
    assert status.text() == f"14 files · {human_size(total_size(window))}"
    # The trash keeps its own words, with a filter too.
    click_row(qtbot, window.table, 0, DocumentModel.COL_FORMAT)
    click_row(qtbot, window.table, 1, DocumentModel.COL_FORMAT, SHIFT)
    window.action_delete.trigger()
    settle(window)
    window.action_trash.setChecked(True)
    assert status.text().startswith("2 files in the trash · ")
    qtbot.keyClicks(window.filter_edit, "factura")
    assert status.text() == "1 of 2 files in the trash"
    window.action_trash.setChecked(False)
    window.filter_edit.clear()
    # The search view keeps its own words: its header counts the results; the pane previews them, one at a time.
    window.search.search_for("soporte 01")
    qtbot.waitUntil(lambda: window.search.showing() and "result" in window.search_panel.header.text())
    assert window.search_panel.header.text() == "1 result for «soporte 01»"
    assert window.preview_pane.selection_buttons() == []


@pytest.fixture
def back_to_english(qapp: QApplication) -> Any:
    yield
    i18n.install(qapp, "en")


@pytest.mark.skipif(not ES_QM.is_file(), reason=f"{ES_QM} is missing: compile the Spanish translation")
def test_in_spanish(qtbot: QtBot, open_window: Any, make_file: Any, monkeypatch: pytest.MonkeyPatch,
                    back_to_english: None, tmp_path: Path) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    window = open_window()
    company = add_company(window, "Comercializadora Andina")
    paths = [str(make_file(n, size=3000 + 1500 * i) if n.endswith(".pdf") else make_file(n, text="x" * 900))
             for i, n in enumerate(NAMES)]
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, paths)).close()
    select_all(qtbot, window)
    size = human_size(total_size(window))
    assert window.preview_pane.message.text() == f"14 archivos seleccionados · {size}"
    qtbot.keyClicks(window.filter_edit, "factura")
    assert window.stats_label.text() == "1 de 14 archivos"
    click_row(qtbot, window.table, 0, DocumentModel.COL_FORMAT)
    window.action_delete.trigger()
    settle(window)
    window.filter_edit.clear()
    window.action_trash.setChecked(True)
    qtbot.keyClicks(window.filter_edit, "fact")
    assert window.stats_label.text() == "1 de 1 archivo en la papelera"
