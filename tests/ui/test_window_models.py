"""The table and sidebar models pass pytest-qt's ``qtmodeltester`` (Qt's QAbstractItemModelTester),
without any widget: empty, with rows, after fetching more pages, and while sorting and filtering."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import insert_documents

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


def test_company_model(qtmodeltester: Any, vault: Any, company: Any) -> None:
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
