"""The real window lists names in Spanish order: the table sorted by name (a click on its header,
both directions) and the company list, over a real SQLite vault with real files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, start_and_wait_import, table_names

from clientvault.ui.models.document_model import DocumentModel

# Accents and case aside, ñ a letter of its own after n, numbers by value.
SPANISH = ["2 x.pdf", "10 x.pdf", "árbol.pdf", "Cédula.pdf", "Contrato.pdf", "Nómina.pdf", "nube.pdf", "Ñame.pdf",
           "Zeta.pdf"]


def test_the_table_sorted_by_name_reads_in_spanish_order(qtbot: QtBot, window: Any, make_file: Any) -> None:
    company = add_company(window, "Óptica Central")
    paths = [str(make_file(name)) for name in reversed(SPANISH)]
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, paths)).close()
    header = window.table.horizontalHeader()
    column = DocumentModel.COL_NAME
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    seen = set()
    for _click in range(2):  # a click on the header sorts by name; a second click reverses
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        order = header.sortIndicatorOrder()
        seen.add(order)
        assert table_names(window) == (SPANISH if order == Qt.SortOrder.AscendingOrder else SPANISH[::-1])
    assert seen == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}
    # The cells a person reads, top to bottom: "Cédula" before "Contrato", "Ñame" after "nube".
    window.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [window.table.model().index(r, column).data() for r in range(len(SPANISH))]
    assert shown.index("Cédula.pdf") < shown.index("Contrato.pdf") and shown.index("nube.pdf") < shown.index("Ñame.pdf")
    # A rename takes the file to where its new name sorts.
    doc = next(d for d in window.vault.list_documents(company.id) if d.filename == "Zeta.pdf")
    window.vault.rename(doc.id, "Acta.pdf")
    qtbot.waitUntil(lambda: "Acta.pdf" in table_names(window))
    assert table_names(window)[:4] == ["2 x.pdf", "10 x.pdf", "Acta.pdf", "árbol.pdf"]


def test_the_company_list_reads_in_spanish_order(qtbot: QtBot, window: Any) -> None:
    for name in ("Zapatería Ñandú", "Ñapa Panadería", "Nube Digital", "Ómnibus S.A.S.", "Cédula Ltda.", "Contrato SAS",
                 "Árbol Verde"):
        add_company(window, name, select=False)
    model = window.company_list.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["Árbol Verde", "Cédula Ltda.", "Contrato SAS", "Nube Digital", "Ñapa Panadería", "Ómnibus S.A.S.",
                     "Zapatería Ñandú"]
