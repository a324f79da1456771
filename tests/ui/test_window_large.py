"""A company with 100,000 documents opens and filters at once: the window loads one page of 200
rows at a time from SQL. We count the rows fetched, not the time (the machine is shared)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
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
    assert model.rowCount() == PAGE
    assert sum(pages) == PAGE
    assert model.canFetchMore(QModelIndex())
    assert table_names(window)[:2] == ["Contrato 000000.pdf", "Contrato 001000.pdf"]
    # The count comes from SQL, not from the rows loaded.
    assert re.match(r"100[,.]?000 files · ", window.stats_label.text()), window.stats_label.text()

    bar = window.table.verticalScrollBar()
    for page in range(2, 5):  # scrolling to the bottom brings one more page each time
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda p=page: model.rowCount() == p * PAGE)
        qtbot.wait(20)
        assert model.rowCount() == page * PAGE
    assert sum(pages) == 4 * PAGE


@pytest.mark.slow
def test_filtering_100000_documents_fetches_only_matches(qtbot: QtBot, counted: Any) -> None:
    window, pages = counted
    select_company(qtbot, window, grande_id(window))
    pages.clear()
    qtbot.keyClicks(window.filter_edit, "contrato")
    model = window.document_model
    assert model.rowCount() == 100  # 100,000 / 1,000
    assert not model.canFetchMore(QModelIndex())
    assert all(n.startswith("Contrato ") for n in table_names(window))
    # One query per keystroke, each at most one page: never the whole company.
    assert len(pages) == len("contrato") and max(pages) <= PAGE
    assert sum(pages) <= len("contrato") * PAGE

    pages.clear()
    qtbot.keyClicks(window.filter_edit, " 0990")
    assert table_names(window) == ["Contrato 099000.pdf"]
    window.filter_edit.clear()
    assert model.rowCount() == PAGE and pages[-1] == PAGE


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
        assert model.rowCount() == PAGE and pages == [PAGE]  # one query, one page, per click
    docs = [model.index(r, 0).data(DocumentModel.DocumentRole) for r in range(3)]
    assert [d.filename for d in docs] == ["Soporte 099999.pdf", "Soporte 099998.pdf", "Soporte 099997.pdf"]
