"""The details panel under the preview, in the real window over a real vault: what a person types is
saved only when asked (or when leaving the file), the table follows through the change feed,
suggestions wait for «Aplicar», the expiry by rule or by hand, the history, the NIT check."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from paper_helpers import M, cell, choose_type, doc_named, plural, save, select, set_day, stock
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, settle

from clientvault.ui.formatting import local_date
from clientvault.ui.paper_words import DUE_COLOUR, EXPIRED_COLOUR, PaperWords


def test_the_panel_shows_edits_and_saves_a_paper(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "Certificado.pdf", "Factura 7.pdf")
    panel, vault = window.details_panel, window.vault
    assert "Select a file" in panel.empty.text()  # nothing selected yet
    select(qtbot, window, "Certificado.pdf")
    assert panel.type_choice.currentText() == "No type" and panel.created.value() is None
    assert not panel.save_button.isEnabled()  # nothing to save until something is changed
    camara = vault.document_type("camara")
    issued = date.today() - timedelta(days=10)
    choose_type(panel, camara.id)
    assert panel.expiry_line.text().startswith("Enter the paper's date")  # the Cámara's rule needs its date
    set_day(panel.created, issued)
    # What the rule gives shows as soon as the type and date are chosen, before saving.
    assert panel.expiry_line.text().startswith(local_date(issued + timedelta(days=30)))
    assert panel.status.text() == plural("Expires in %n day(s)", 20)
    panel.tags.setFocus()
    qtbot.keyClicks(panel.tags, "bancos, 2026")
    panel.notes.setPlainText("Pedido para el banco")
    assert panel.dirty and panel.unsaved.text() == "Not saved"
    doc_id = doc_named(window, "Certificado.pdf").id
    assert vault.document(doc_id).document_type_id is None  # nothing written while typing
    save(qtbot, window)

    details = vault.document_details(doc_id)
    assert details.type is not None and details.type.code == "camara"
    assert details.doc.created == issued and details.tags == ["2026", "bancos"]
    assert details.doc.notes == "Pedido para el banco"
    # The row follows through the change feed: its type's short name, and the rule's date in amber.
    assert cell(window, "Certificado.pdf", M.COL_TYPE) == "Cámara"
    assert cell(window, "Certificado.pdf", M.COL_EXPIRES) == local_date(issued + timedelta(days=30))
    assert cell(window, "Certificado.pdf", M.COL_EXPIRES, Qt.ItemDataRole.ForegroundRole) == DUE_COLOUR
    in_20 = plural("Expires in %n day(s)", 20)
    assert cell(window, "Certificado.pdf", M.COL_EXPIRES, Qt.ItemDataRole.ToolTipRole) == in_20
    assert cell(window, "Factura 7.pdf", M.COL_TYPE) == "" and cell(window, "Factura 7.pdf", M.COL_EXPIRES) == ""
    # The panel reads it back: the rule's date in words, how long it has left, the history.
    rule = plural("%n day(s) after its date", 30)
    assert panel.expiry_line.text() == f"{local_date(issued + timedelta(days=30))} (rule: {rule})"
    assert panel.status.text() == in_20 and panel.status.isVisible()
    assert not panel.dirty
    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    assert panel.history.isVisible() and panel.history_button.text() == "History (2)"
    texts = panel.history.lines()
    assert texts[0].startswith("Details changed: type: — → Certificado de Cámara de Comercio")  # latest first
    assert texts[-1].startswith("Uploaded")


def test_a_period_that_is_not_one_is_said_under_the_field(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "Estados financieros.pdf")
    select(qtbot, window, "Estados financieros.pdf")
    panel = window.details_panel
    panel.period.setFocus()
    qtbot.keyClicks(panel.period, "2023-13")
    qtbot.keyClick(panel.period, Qt.Key.Key_Return)
    assert panel.period_error.isVisible() and "is not a period" in panel.period_error.text()
    doc = doc_named(window, "Estados financieros.pdf")
    assert window.vault.document(doc.id).period is None and panel.dirty  # kept on screen, not saved
    panel.period.clear()
    qtbot.keyClicks(panel.period, "12/2023")  # as people write it
    assert not panel.period_error.isVisible()
    qtbot.keyClick(panel.period, Qt.Key.Key_Return)
    settle(window)
    assert window.vault.document(doc.id).period == "2023-12"
    assert cell(window, "Estados financieros.pdf", M.COL_PERIOD) == PaperWords().period_text("2023-12")
    assert panel.period.text() == "2023-12" and not panel.dirty


def test_a_suggestion_waits_for_apply_and_an_ignored_one_changes_nothing(qtbot: QtBot, window: Any,
                                                                          make_file: Any) -> None:
    stock(window, make_file, "Camara comercio 15-03-2024.pdf", "RUT 2024.pdf")
    panel, vault = window.details_panel, window.vault
    select(qtbot, window, "Camara comercio 15-03-2024.pdf")
    camara_doc = doc_named(window, "Camara comercio 15-03-2024.pdf")
    assert panel.suggestion_box.isVisible()
    assert panel.suggestion.text() == f"Suggestion: Cámara · {local_date(date(2024, 3, 15))}"
    assert vault.document(camara_doc.id).document_type_id is None  # offered, never applied by itself
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    settle(window)
    doc = vault.document(camara_doc.id)
    assert doc.document_type_id == vault.document_type("camara").id and doc.created == date(2024, 3, 15)
    assert doc.expires_on == date(2024, 4, 14) and not doc.expires_set  # the rule's 30 days
    assert not panel.suggestion_box.isVisible()  # nothing more to suggest
    assert panel.type_choice.currentText() == "Certificado de Cámara de Comercio"
    assert cell(window, "Camara comercio 15-03-2024.pdf", M.COL_EXPIRES, Qt.ItemDataRole.ForegroundRole) \
        == EXPIRED_COLOUR

    select(qtbot, window, "RUT 2024.pdf")
    rut_doc = doc_named(window, "RUT 2024.pdf")
    assert panel.suggestion.text() == "Suggestion: RUT" and panel.suggestion_box.isVisible()
    qtbot.mouseClick(panel.ignore_button, Qt.MouseButton.LeftButton)
    assert not panel.suggestion_box.isVisible()
    select(qtbot, window, "Camara comercio 15-03-2024.pdf")
    select(qtbot, window, "RUT 2024.pdf")
    assert not panel.suggestion_box.isVisible()  # set aside for this session
    assert vault.document(rut_doc.id).document_type_id is None and cell(window, "RUT 2024.pdf", M.COL_TYPE) == ""


def test_an_expiry_entered_by_hand_and_back_to_the_rule(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "Cámara.pdf")
    vault = window.vault
    issued = date.today() - timedelta(days=5)
    doc_id = doc_named(window, "Cámara.pdf").id
    vault.set_details([doc_id], doc_type=vault.document_type("camara").id, created=issued)
    settle(window)
    select(qtbot, window, "Cámara.pdf")
    panel = window.details_panel
    qtbot.mouseClick(panel.by_hand_button, Qt.MouseButton.LeftButton)
    assert panel.expiry_date.isVisible() and panel.rule_button.isVisible()
    assert panel.expiry_date.value() == issued + timedelta(days=30)  # starts from the rule's date
    own = date.today() + timedelta(days=90)
    set_day(panel.expiry_date, own)
    save(qtbot, window)
    doc = vault.document(doc_id)
    assert doc.expires_on == own and doc.expires_set
    assert cell(window, "Cámara.pdf", M.COL_EXPIRES) == local_date(own)
    assert panel.expiry_date.isVisible() and panel.expiry_date.value() == own
    qtbot.mouseClick(panel.rule_button, Qt.MouseButton.LeftButton)
    assert panel.expiry_line.isVisible() and panel.dirty
    rule = plural("%n day(s) after its date", 30)
    assert panel.expiry_line.text() == f"{local_date(issued + timedelta(days=30))} (rule: {rule})"  # not the own date
    assert panel.status.text() == plural("Expires in %n day(s)", 25)
    save(qtbot, window)
    doc = vault.document(doc_id)
    assert doc.expires_on == issued + timedelta(days=30) and not doc.expires_set
    assert cell(window, "Cámara.pdf", M.COL_EXPIRES) == local_date(issued + timedelta(days=30))
    kinds = [e.kind for e in vault.history(doc_id)]
    assert kinds.count("details") == 3


def test_escape_puts_back_what_is_stored_and_leaving_saves(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "Acta 1.pdf", "Acta 2.pdf")
    panel, vault = window.details_panel, window.vault
    select(qtbot, window, "Acta 1.pdf")
    panel.notes.setFocus()
    qtbot.keyClicks(panel.notes, "borrador")
    assert panel.dirty
    qtbot.keyClick(panel.notes, Qt.Key.Key_Escape)
    assert panel.notes.toPlainText() == "" and not panel.dirty
    qtbot.keyClicks(panel.notes, "firmada")
    select(qtbot, window, "Acta 2.pdf")  # another file: what was typed for the first is kept
    settle(window)
    assert vault.document(doc_named(window, "Acta 1.pdf").id).notes == "firmada"
    assert window.statusBar().currentMessage() == "The details of «Acta 1.pdf» were saved."
    assert panel.notes.toPlainText() == ""
    panel.notes.setFocus()
    qtbot.keyClicks(panel.notes, "copia")
    qtbot.keyClick(panel.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Enter is a new line there
    settle(window)
    assert vault.document(doc_named(window, "Acta 2.pdf").id).notes == "copia" and not panel.dirty


def test_the_panel_follows_deletes_and_the_trash(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "Soporte.pdf")
    select(qtbot, window, "Soporte.pdf")
    panel = window.details_panel
    assert panel.pages.currentWidget() is panel.form_page
    window.action_delete.trigger()
    settle(window)
    assert panel.pages.currentWidget() is panel.empty and not panel.ids
    window.action_trash.setChecked(True)
    settle(window)
    click_row(qtbot, window.table, 0, M.COL_FORMAT)
    assert "trash" in panel.empty.text() and panel.pages.currentWidget() is panel.empty


def test_the_panel_follows_the_paper_highlighted_in_por_vencer(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "Cámara vieja.pdf")
    vault = window.vault
    doc_id = doc_named(window, "Cámara vieja.pdf").id
    vault.set_details([doc_id], doc_type=vault.document_type("camara").id, created=date.today() - timedelta(days=40))
    settle(window)
    view = window.due_view
    qtbot.waitUntil(lambda: not view._running)
    window.sidebar.show_due()
    qtbot.waitUntil(lambda: view.state == "ready" and not view._running)
    view.tree.setCurrentIndex(view.model.index_of(doc_id))
    panel = window.details_panel
    qtbot.waitUntil(lambda: panel.ids == [doc_id])
    assert panel.status.text() == plural("Expired %n day(s) ago", 10)
    set_day(panel.created, date.today())  # the new certificate's date, entered where it was noticed
    save(qtbot, window)
    assert vault.document(doc_id).expires_on == date.today() + timedelta(days=30)


def test_details_typed_are_kept_when_the_window_closes(qtbot: QtBot, open_window: Any, make_file: Any) -> None:
    window = open_window()
    stock(window, make_file, "Contrato arriendo.pdf")
    select(qtbot, window, "Contrato arriendo.pdf")
    doc_id = doc_named(window, "Contrato arriendo.pdf").id
    window.details_panel.notes.setPlainText("Vence con el local")
    window.close()
    assert window.vault.document(doc_id).notes == "Vence con el local"


def test_a_tag_typed_after_a_comma_is_completed_from_the_vault_s_tags(qtbot: QtBot, window: Any,
                                                                      make_file: Any) -> None:
    stock(window, make_file, "Extracto.pdf", "Otro extracto.pdf")
    vault = window.vault
    vault.set_details([doc_named(window, "Otro extracto.pdf").id], tags=["Bancolombia", "bancos"])
    settle(window)
    select(qtbot, window, "Extracto.pdf")
    tags = window.details_panel.tags
    tags.setFocus()
    qtbot.keyClicks(tags, "2026, colom")
    popup = tags.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["Bancolombia"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.text() == "2026, Bancolombia, " and tags.tags() == ["2026", "Bancolombia"]
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    settle(window)
    assert vault.tags_of([doc_named(window, "Extracto.pdf").id]) == {doc_named(window, "Extracto.pdf").id:
                                                                     ["2026", "Bancolombia"]}


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1024, 700)])
def test_nothing_in_the_panel_is_cut(qtbot: QtBot, window: Any, make_file: Any, size: QSize) -> None:
    from shot_window import layout_problems

    stock(window, make_file, "Certificado de Cámara.pdf")
    vault = window.vault
    vault.set_details([doc_named(window, "Certificado de Cámara.pdf").id], doc_type=vault.document_type("camara").id,
                      created=date.today(), tags=["bancos"])
    settle(window)
    window.resize(size)
    select(qtbot, window, "Certificado de Cámara.pdf")
    QApplication.processEvents()
    panel = window.details_panel
    body = panel.form_page.widget()
    assert body.minimumSizeHint().width() <= panel.form_page.viewport().width()  # nothing beyond the right edge
    assert layout_problems(window) == []
    assert window.preview_pane.height() >= 0.45 * window.right_splitter.height()  # the page stays readable


def test_a_paper_of_another_company_is_said_once_its_text_is_read(qtbot: QtBot, window: Any, tmp_path: Any) -> None:
    from paper_pdfs import rut_pdf

    from clientvault.core.values import TextWorker, index_documents

    molinos = add_company(window, "Molinos del Cauca S.A.S.", nit="800191045", select=False)
    espiga = add_company(window, "Panadería La Espiga", nit="900123456")
    window.vault.import_files(espiga.id, [rut_pdf(tmp_path / "Documento escaneado.pdf", nit="800191045",
                                                  company="Molinos del Cauca S.A.S.")])
    settle(window)
    select(qtbot, window, "Documento escaneado.pdf")
    panel = window.details_panel
    assert not panel.owner_warning.isVisible() and not panel.suggestion_box.isVisible()  # a name says nothing
    with TextWorker() as worker:  # the project's reader, as the window's background reading runs it
        index_documents(window.vault, worker, company_id=espiga.id)
    window.indexer.progressed.emit(1, 1)
    assert panel.owner_warning.isVisible()
    assert "800.191.045" in panel.owner_warning.text() and "Panadería La Espiga" in panel.owner_warning.text()
    assert molinos.name in panel.owner_warning.text()
    assert panel.suggestion.text() == f"Suggestion: RUT · {local_date(date(2024, 3, 15))}"
