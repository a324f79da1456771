"""The table and sidebar models pass pytest-qt's ``qtmodeltester`` (Qt's QAbstractItemModelTester),
without any widget: empty, with rows, reading pages as rows are shown, and while sorting and filtering;
and the window keeps a selection across a refresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from ui_helpers import insert_documents, settle

from clientvault.ui.models.company_model import CompanyModel
from clientvault.ui.models.document_model import DocumentModel


def test_document_model_empty(qtmodeltester: Any, vault: Any, company: Any) -> None:
    model = DocumentModel(vault)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.loaded_rows() == 0
    model.set_company(company.id)  # a company without files
    assert model.rowCount() == 0 and model.loaded_rows() == 0


def test_document_model_with_real_files(qtmodeltester: Any, vault: Any, company: Any, make_file: Any) -> None:
    paths = [make_file("Factura 1.pdf"), make_file("rut.png"), make_file("extracto.csv"), make_file("notas.txt")]
    vault.import_files(company.id, paths)
    model = DocumentModel(vault)
    model.set_company(company.id)
    assert model.rowCount() == 4 and model.columnCount() == DocumentModel.COLUMNS
    qtmodeltester.check(model)
    doc = model.index(0, 0).data(DocumentModel.DocumentRole)
    assert doc.filename == model.index(0, DocumentModel.COL_NAME).data()
    model.sort(DocumentModel.COL_SIZE, Qt.SortOrder.DescendingOrder)
    model.set_search("t")
    model.set_trash(True)
    assert model.rowCount() == 0
    model.set_trash(False)
    model.set_search("")
    assert model.rowCount() == 4


def test_document_model_reads_pages_as_rows_are_shown(qtmodeltester: Any, vault: Any, company: Any) -> None:
    insert_documents(vault, company.id, 2 * DocumentModel.PAGE + 50)
    model = DocumentModel(vault)
    model.set_company(company.id)
    assert model.rowCount() == 2 * DocumentModel.PAGE + 50 and model.loaded_rows() == DocumentModel.PAGE
    assert model.index(2 * DocumentModel.PAGE + 10, 0).data() == "Soporte 000410.pdf"  # the last page only
    assert model.loaded_rows() == DocumentModel.PAGE + 50
    qtmodeltester.check(model)  # the tester reads every row; the model must stay consistent
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names) and len(set(names)) == len(names)  # pages join without gaps or repeats
    assert model.row_of(model.document(333).id) == 333
    # A document deleted behind the model's back (no change feed here): its row past the new end reads
    # as nothing rather than failing; the next refresh counts again.
    vault.delete([model.document(0).id])
    model.refresh()
    assert model.rowCount() == 2 * DocumentModel.PAGE + 49


@pytest.mark.parametrize(("column", "order", "search", "first", "total"), [
    (DocumentModel.COL_ADDED, Qt.SortOrder.DescendingOrder, "", "Soporte 000449.pdf", 450),
    # Each word anywhere in the name: 000003, 000030-000039 and 000300-000399 hold "0003".
    (DocumentModel.COL_SIZE, Qt.SortOrder.AscendingOrder, "soporte 0003", "Soporte 000003.pdf", 111),
    (DocumentModel.COL_SIZE, Qt.SortOrder.DescendingOrder, ".PDF", "Soporte 000449.pdf", 450),
    (DocumentModel.COL_FORMAT, Qt.SortOrder.DescendingOrder, "", "Soporte 000449.pdf", 450),
])
def test_document_model_sorted_and_filtered_with_more_pages(
        qtmodeltester: Any, vault: Any, company: Any, column: int, order: Qt.SortOrder, search: str, first: str,
        total: int) -> None:
    """Each sorted or filtered state is checked on a model that starts in it, and after a change of sort."""
    insert_documents(vault, company.id, 2 * DocumentModel.PAGE + 50)
    model = DocumentModel(vault)
    model.sort(column, order)
    model.set_search(search)
    model.set_company(company.id)
    assert model.index(0, 0).data(DocumentModel.DocumentRole).filename == first
    qtmodeltester.check(model)
    assert model.rowCount() == total
    model.sort(DocumentModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    assert model.rowCount() == total


def test_company_model(qapp: Any, qtmodeltester: Any, vault: Any, company: Any) -> None:
    vault.add_company("Panadería La Espiga")
    model = CompanyModel(vault)
    qtmodeltester.check(model)
    model.refresh()
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_search("espiga")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Panadería La Espiga"]
    model.set_search("")
    assert model.index(0, 0).data(CompanyModel.CompanyRole).company.id == company.id


def test_a_kept_selection_is_the_file_chosen_even_when_its_page_was_forgotten(open_window: Any, tmp_path: Path) -> None:
    """The rows of a selection are noted when it is made: after a change, a page read again holds
    the new state, where another file may sit at the selected row (Delete would act on it)."""
    window = open_window(tmp_path / "vault")
    vault = window.vault
    company = vault.add_company("Grande SAS")
    insert_documents(vault, company.id, 6000, lambda i: f"Soporte {i:06}.pdf")
    settle(window)
    window.select_company(company.id)
    settle(window)
    model = window.document_model
    index = model.index(10, 0)
    window.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                  | QItemSelectionModel.SelectionFlag.Rows)
    chosen = window.selected_documents()[0]
    # The person scrolls through the list: more than KEEP_PAGES pages are shown, page 0 is forgotten.
    for page in range(1, model.KEEP_PAGES + 2):
        model.index(page * model.PAGE, 0).data()
    assert 0 not in model._pages
    # A file whose name sorts first arrives (an import here, or from another computer).
    src = tmp_path / "AAA primero.txt"
    src.write_text("hola", encoding="utf-8")
    vault.import_files(company.id, [src])
    settle(window)
    now = window.selected_documents()
    assert [d.id for d in now] == [chosen.id]
