"""The Tipo / Periodo / Vence columns, the type filter and several papers edited at once, in the real
window over a real vault (and the model alone under Qt's model tester)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from paper_helpers import M, cell, choose_type, doc_named, plural, save, select, stock
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import settle, table_names

from clientvault.ui.formatting import local_date
from clientvault.ui.models.document_model import DocumentModel


def test_three_papers_edited_at_once_keep_what_was_not_touched(qtbot: QtBot, window: Any, make_file: Any) -> None:
    names = ("Renta 2021.pdf", "Renta 2022.pdf", "Renta 2023.pdf")
    stock(window, make_file, *names, "Otro.pdf")
    vault = window.vault
    ids = [doc_named(window, n).id for n in names]
    for i, doc_id in enumerate(ids):
        vault.set_details([doc_id], period=str(2021 + i), notes=f"nota {i}", tags=[f"año {i}"],
                          doc_type=vault.document_type("iva").id if i == 0 else None)  # filed wrong
    settle(window)
    select(qtbot, window, *names)
    panel = window.details_panel
    assert panel.title.text() == plural("%n file(s) selected: change them all at once", 3, panel)
    assert panel.type_choice.currentText() == "(several)" and panel.period.placeholderText() == "(several)"
    assert not panel.notes.isVisible() and not panel.created.isVisible()
    renta = vault.document_type("renta")
    choose_type(panel, renta.id)
    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, "dian")
    save(qtbot, window)
    for i, doc_id in enumerate(ids):
        doc = vault.document(doc_id)
        assert doc.document_type_id == renta.id and doc.period == str(2021 + i) and doc.notes == f"nota {i}"
        assert vault.tags_of([doc_id])[doc_id] == sorted([f"año {i}", "dian"])
    assert vault.document(doc_named(window, "Otro.pdf").id).document_type_id is None
    assert [cell(window, n, M.COL_TYPE) for n in names] == ["Renta"] * 3
    assert window.statusBar().currentMessage() == plural("Details saved for %n file(s).", 3, window.papers)


def test_apply_suggestions_to_several(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "RUT 2024.pdf", "Extracto marzo 2024.pdf", "Notas.pdf")
    select(qtbot, window, "RUT 2024.pdf", "Extracto marzo 2024.pdf", "Notas.pdf")
    panel, vault = window.details_panel, window.vault
    assert panel.accept_button.text() == plural("Apply suggestions to the %n", 3, panel)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    settle(window)
    assert vault.document(doc_named(window, "RUT 2024.pdf").id).document_type_id == vault.document_type("rut").id
    extracto = vault.document(doc_named(window, "Extracto marzo 2024.pdf").id)
    assert extracto.document_type_id == vault.document_type("extracto").id and extracto.period == "2024-03"
    assert vault.document(doc_named(window, "Notas.pdf").id).document_type_id is None
    assert window.statusBar().currentMessage() == plural("Suggestions applied to %n file(s).", 2, window.papers)


def test_sorting_by_expiry_and_filtering_by_type(qtbot: QtBot, window: Any, make_file: Any) -> None:
    names = ("Póliza.pdf", "Contrato.pdf", "Cámara.pdf", "Suelto.pdf")
    stock(window, make_file, *names)
    vault = window.vault
    today = date.today()
    poliza, contrato, camara = (vault.document_type(c).id for c in ("poliza", "contrato", "camara"))
    vault.set_details([doc_named(window, "Póliza.pdf").id], doc_type=poliza, expires=today + timedelta(days=300))
    vault.set_details([doc_named(window, "Contrato.pdf").id], doc_type=contrato, expires=today - timedelta(days=3))
    vault.set_details([doc_named(window, "Cámara.pdf").id], doc_type=camara, created=today - timedelta(days=20))
    settle(window)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(M.COL_EXPIRES) + 10
    assert 0 <= x < header.width()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert window.document_model.sort_column == M.COL_EXPIRES
    assert table_names(window)[:3] == ["Contrato.pdf", "Cámara.pdf", "Póliza.pdf"]  # soonest first, none last
    assert cell(window, "Contrato.pdf", M.COL_EXPIRES, Qt.ItemDataRole.ToolTipRole) == plural("Expired %n day(s) ago", 3)

    combo = window.type_filter
    assert combo.accessibleName() and combo.focusPolicy() != Qt.FocusPolicy.NoFocus
    combo.setCurrentIndex(combo.findData(camara))
    assert table_names(window) == ["Cámara.pdf"]
    assert window.stats_label.text() == "1 of 4 files"
    combo.setCurrentIndex(combo.findText("No type"))
    assert table_names(window) == ["Suelto.pdf"]
    combo.setCurrentIndex(combo.findText("All types"))
    assert len(table_names(window)) == 4


def test_the_model_with_filters_passes_the_model_tester(qtmodeltester: Any, vault: Any, company: Any,
                                                        make_file: Any) -> None:
    vault.import_files(company.id, [make_file(n) for n in ("RUT.pdf", "Cámara.pdf", "otro.txt")])
    model = DocumentModel(vault)
    model.set_company(company.id)
    docs = {d.filename: d for d in vault.list_documents(company.id)}
    vault.set_details([docs["RUT.pdf"].id], doc_type=vault.document_type("rut").id, period="2023")
    vault.set_details([docs["Cámara.pdf"].id], doc_type=vault.document_type("camara").id, created=date(2026, 1, 2))
    model.refresh()
    qtmodeltester.check(model)
    model.sort(M.COL_EXPIRES, Qt.SortOrder.DescendingOrder)
    model.set_doc_type(0)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["otro.txt"]
    model.set_doc_type(vault.document_type("rut").id)
    assert model.rowCount() == 1 and model.index(0, M.COL_PERIOD).data() == "2023"
    assert model.size_of_rows([0]) == docs["RUT.pdf"].size
    qtmodeltester.check(model)
    QApplication.processEvents()


def test_a_rule_edited_or_a_type_added_reaches_the_table_the_filter_and_the_panel(qtbot: QtBot, window: Any,
                                                                                   make_file: Any) -> None:
    stock(window, make_file, "Cámara.pdf")
    vault = window.vault
    issued = date.today() - timedelta(days=5)
    camara = vault.document_type("camara")
    vault.set_details([doc_named(window, "Cámara.pdf").id], doc_type=camara.id, created=issued)
    settle(window)
    select(qtbot, window, "Cámara.pdf")
    panel = window.details_panel
    vault.edit_document_type(camara.id, rule_days=60)  # as Settings does
    settle(window)
    assert cell(window, "Cámara.pdf", M.COL_EXPIRES) == local_date(issued + timedelta(days=60))
    assert panel.expiry_line.text() == f"{local_date(issued + timedelta(days=60))} (rule: " \
                                       f"{plural('%n day(s) after its date', 60)})"
    added = vault.add_document_type("Certificado bancario")
    settle(window)
    assert window.type_filter.findData(added.id) >= 0 and panel.type_choice.findData(added.id) >= 0


def test_several_of_one_type_show_it_and_only_what_is_touched_is_saved(qtbot: QtBot, window: Any,
                                                                       make_file: Any) -> None:
    stock(window, make_file, "Nómina enero.pdf", "Nómina febrero.pdf")
    vault = window.vault
    nomina = vault.document_type("nomina").id
    ids = [doc_named(window, n).id for n in ("Nómina enero.pdf", "Nómina febrero.pdf")]
    vault.set_details(ids, doc_type=nomina)
    settle(window)
    select(qtbot, window, "Nómina enero.pdf", "Nómina febrero.pdf")
    panel = window.details_panel
    assert panel.type_choice.currentText() == "Nómina" and not panel.save_button.isEnabled()
    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, "2026")
    assert panel.changes() == {"add_tags": ["2026"]}
    qtbot.keyClick(panel.tags, Qt.Key.Key_Return)
    settle(window)
    assert vault.tags_of(ids) == {ids[0]: ["2026"], ids[1]: ["2026"]}
    assert all(vault.document(i).document_type_id == nomina for i in ids)


def test_tab_goes_from_the_name_filter_to_the_type_filter_then_the_files(qtbot: QtBot, window: Any,
                                                                        make_file: Any) -> None:
    stock(window, make_file, "RUT.pdf")
    window.activateWindow()
    window.filter_edit.setFocus()
    qtbot.waitUntil(window.filter_edit.hasFocus)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.type_filter
    qtbot.keyClick(window.type_filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.table
    window.type_filter.setFocus()
    qtbot.keyClick(window.type_filter, Qt.Key.Key_Down)  # a closed combo box steps through its items
    assert window.type_filter.currentText() == "No type" and table_names(window) == ["RUT.pdf"]


def test_columns_hidden_from_the_headers_menu_stay_hidden(qtbot: QtBot, open_window: Any, make_file: Any) -> None:
    window = open_window()
    stock(window, make_file, "RUT.pdf")
    table, header = window.table, window.table.horizontalHeader()
    window.resize(1366, 768)
    QApplication.processEvents()
    before = header.length()  # all the columns' widths together: past the pane, the table scrolls sideways
    header.customContextMenuRequested.emit(QPoint(10, 5))  # a right-click on the headers
    menu = table.header_menu
    assert [a.text() for a in menu.actions()] == [str(window.document_model.headerData(c, Qt.Orientation.Horizontal))
                                                 for c in range(1, M.COLUMNS)]  # every column but the name
    format_action = next(a for a in menu.actions() if a.text() == "Format")
    format_action.trigger()
    menu.close()
    qtbot.waitUntil(lambda: header.length() < before)
    assert table.isColumnHidden(M.COL_FORMAT) and table.hidden_columns() == ["format"]
    window.close()
    window.vault.close()
    again = open_window()
    assert again.table.isColumnHidden(M.COL_FORMAT) and not again.table.isColumnHidden(M.COL_SIZE)
