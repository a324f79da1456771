"""A company with 100,000 documents opens and filters at once: the table has all 100,000 rows (one
COUNT) but reads from SQL only the pages of 200 it shows. We count the rows fetched, not the time
(the machine is shared)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import insert_documents, select_company, table_names

from clientvault.core.vault import Vault
from clientvault.ui.models.document_model import DocumentModel

N = 100_000
PAGE = DocumentModel.PAGE


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault for the module: «Alfa SAS» with two files' rows, «Grande SAS» with 100,000 (every
    1,000th a «Contrato», the rest «Soporte»)."""
    folder = tmp_path_factory.mktemp("big") / "vault"
    vault = Vault(folder)
    try:
        alfa = vault.add_company("Alfa SAS")
        grande = vault.add_company("Grande SAS")
        insert_documents(vault, alfa.id, 2)
        insert_documents(vault, grande.id, N,
                         lambda i: f"Contrato {i:06}.pdf" if i % 1000 == 0 else f"Soporte {i:06}.pdf")
    finally:
        vault.close()
    return folder


@pytest.fixture
def counted(open_window: Any, big_vault: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[int]]:
    """The window over the big vault, and a list that grows by the number of rows each SQL page returned."""
    window = open_window(big_vault)
    pages: list[int] = []
    real = window.vault.list_documents

    def counting(*args: Any, **kwargs: Any) -> Any:
        rows = real(*args, **kwargs)
        pages.append(len(rows))
        return rows

    monkeypatch.setattr(window.vault, "list_documents", counting)
    return window, pages


def grande_id(window: Any) -> int:
    model = window.company_model
    return next(model.info(r).company.id for r in range(model.rowCount()) if model.info(r).company.name == "Grande SAS")


@pytest.mark.slow
def test_selecting_a_company_with_100000_documents_loads_one_page(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    assert window.current_company_id() != grande_id(window)  # the first company is selected at start
    select_company(qtbot, window, grande_id(window))
    qtbot.wait(50)  # let the view lay out and ask for whatever it wants
    model = window.document_model
    assert model.rowCount() == N  # counted by SQL: the scroll bar is the whole company's
    assert sum(pages) == PAGE and model.loaded_rows() == PAGE
    assert [model.index(r, 0).data() for r in range(2)] == ["Contrato 000000.pdf", "Contrato 001000.pdf"]
    assert re.match(r"100[,.]?000 files · ", window.stats_label.text()), window.stats_label.text()

    bar = window.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # dragged to the end: the last page is read, none between
    qtbot.wait(50)
    assert model.index(N - 1, 0).data() == "Soporte 099999.pdf"
    assert sum(pages) <= 3 * PAGE, pages
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(50)
    assert sum(pages) <= 5 * PAGE and model.loaded_rows() <= model.KEEP_PAGES * PAGE


@pytest.mark.slow
def test_the_row_of_a_document_far_down_is_found_without_reading_the_rows_above(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    select_company(qtbot, window, grande_id(window))
    model = window.document_model
    target = next(h.document for h in window.vault.search("Soporte 099500") if h.company.name == "Grande SAS")
    pages.clear()
    row = model.row_of(target.id)
    # Before it: the 100 Contratos, and the 99,400 Soportes numbered below it (every 1,000th is a Contrato).
    assert row == 99_500 and model.document(row).id == target.id
    assert sum(pages) == PAGE  # that row's page only
    alfa = next(c.company.id for c in window.vault.companies("Alfa SAS"))
    assert model.row_of(window.vault.list_documents(alfa)[0].id) == -1  # another company's file


@pytest.mark.slow
def test_filtering_100000_documents_fetches_only_matches(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    select_company(qtbot, window, grande_id(window))
    pages.clear()
    qtbot.keyClicks(window.filter_edit, "contrato")
    model = window.document_model
    assert model.rowCount() == 100  # 100,000 / 1,000
    assert all(n.startswith("Contrato ") for n in table_names(window))
    # One query per keystroke, each at most one page: never the whole company.
    assert len(pages) == len("contrato") and max(pages) <= PAGE
    assert sum(pages) <= len("contrato") * PAGE

    pages.clear()
    qtbot.keyClicks(window.filter_edit, " 0990")
    assert table_names(window) == ["Contrato 099000.pdf"]
    window.filter_edit.clear()
    assert model.rowCount() == N and pages[-1] == PAGE and model.loaded_rows() == PAGE


@pytest.mark.slow
def test_sorting_100000_documents_is_done_by_the_database(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    select_company(qtbot, window, grande_id(window))
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(DocumentModel.COL_SIZE) + 10
    model = window.document_model
    for expected in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        pages.clear()
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        assert header.sortIndicatorOrder() == expected
        assert model.rowCount() == N and pages == [PAGE]  # one query, one page, per click
    docs = [model.index(r, 0).data(DocumentModel.DocumentRole) for r in range(3)]
    assert [d.filename for d in docs] == ["Soporte 099999.pdf", "Soporte 099998.pdf", "Soporte 099997.pdf"]


@pytest.mark.slow
def test_selecting_all_100000_reads_no_more_pages_and_a_refresh_keeps_a_selection(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    select_company(qtbot, window, grande_id(window))
    pages.clear()
    window.table.selectAll()  # Ctrl+A: the actions need to know how many, not which
    assert window.action_delete.isEnabled() and not window.action_rename.isEnabled()
    assert sum(pages) <= PAGE
    window.table.clearSelection()
    model = window.document_model
    row = model.row_of(next(h.document.id for h in window.vault.search("Soporte 050001")
                            if h.company.name == "Grande SAS"))
    window.table.selectRow(row)
    pages.clear()
    model.refresh()  # what the change feed does after a change anywhere in the company
    assert [d.filename for d in window.selected_documents()] == ["Soporte 050001.pdf"]
    assert sum(pages) <= 3 * PAGE  # its old page (and the first), not the 50,000 rows above it


@pytest.mark.slow
def test_leaving_the_search_with_all_100000_selected_reads_no_more_pages(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    select_company(qtbot, window, grande_id(window))
    window.table.selectAll()
    pages.clear()
    qtbot.keyClicks(window.search_field, "contrato")
    window.search.run()
    window.search.close()  # Esc: the files are back, and the preview follows what is selected there
    assert window.middle.currentWidget() is window.files_page
    assert window.preview_pane.state == "empty"  # 100,000 selected: nothing to preview
    assert sum(pages) <= PAGE  # how many are selected, not which: not every page of the company
