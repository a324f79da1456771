"""The search across all companies in the real window: the toolbar's field (Ctrl+K, Ctrl+Shift+F),
results as you type (names first, then what the documents say, with the words highlighted),
filters, opening a result (its company, the file selected and previewed, however far down the
list), Esc back to the files, and the sidebar's offer to search the documents.

The text of the documents is stored the way the indexer stores it (``catalog.put_text``); reading it
is tests/ui/test_text_indexer.py's business."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, insert_documents, settle

from clientvault.paths import resource_path
from clientvault.ui import i18n
from clientvault.ui.models.search_model import SearchModel, snippet_html

ES_QM = resource_path("translations", "clientvault_es.qm")
WAIT_MS = 3000


# -- the vault ------------------------------------------------------------------------------------


def _png(path: Path) -> Path:
    image = QImage(24, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def stocked(window: Any, tmp_path: Path) -> Any:
    """Three companies. Andina: «Certificado Cámara de Comercio.txt», «RUT Andina.txt», «Nómina
    marzo.csv», «Foto cámara.png»; Transportes: «Extracto Bancolombia.txt» whose text speaks of the
    Cámara de Comercio; Panadería: «Acta asamblea.txt» (text mentions nothing searched here).
    ``window.docs`` maps each name to its Document; ``window.cids`` each company's short name to its id."""
    src = tmp_path / "src"
    src.mkdir()
    andina = add_company(window, "Comercializadora Andina S.A.S.", select=False)
    transportes = add_company(window, "Transportes del Valle Ltda.", select=False)
    panaderia = add_company(window, "Panadería La Espiga", select=False)
    files = {
        andina.id: ["Certificado Cámara de Comercio.txt", "RUT Andina.txt", "Nómina marzo.csv", "Foto cámara.png"],
        transportes.id: ["Extracto Bancolombia.txt"],
        panaderia.id: ["Acta asamblea.txt"],
    }
    texts = {
        "Certificado Cámara de Comercio.txt": "Certificado de existencia y representación legal.",
        "Extracto Bancolombia.txt": "Pago de la renovación de la matrícula en la Cámara de Comercio de Cali, marzo.",
        "Acta asamblea.txt": "Se aprueban los estados financieros <del año> & el proyecto de distribución.",
        "RUT Andina.txt": "Registro único tributario, responsabilidades 05 y 07.",
        "Nómina marzo.csv": "empleado;salario\nAna;1300000\n",
    }
    window.docs = {}
    for cid, names in files.items():
        paths = []
        for name in names:
            path = src / name
            if name.endswith(".png"):
                _png(path)
            else:
                path.write_text(texts[name], encoding="utf-8")
            paths.append(path)
        summary = window.vault.import_files(cid, paths)
        for result in summary.of("imported"):
            doc = result.document
            window.docs[doc.filename] = doc
            if doc.filename in texts:
                window.vault.catalog.put_text(doc.id, doc.checksum, "ok", texts[doc.filename])
    assert len(window.docs) == 6, window.docs
    window.cids = {"andina": andina.id, "transportes": transportes.id, "panaderia": panaderia.id}
    settle(window)
    window.select_company(panaderia.id)
    return window


def activate(qtbot: QtBot, window: Any) -> None:
    """Keyboard shortcuts only reach the active window, as on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_text(widget: Any, text: str) -> None:
    """Key presses carrying their text: qtbot.keyClicks aborts on non-ASCII ("á")."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def search(qtbot: QtBot, window: Any, text: str) -> list[Any]:
    """Ctrl+K, type ``text``, wait for the results the field shows as you type."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    runs = window.search.runs
    type_text(window.search_field, text)
    qtbot.waitUntil(lambda: window.search.runs > runs and window.search.query == text.strip(), timeout=WAIT_MS)
    return results(window)


def results(window: Any) -> list[Any]:
    model = window.search_panel.model
    return [model.index(r, 0).data(SearchModel.HitRole) for r in range(model.rowCount())]


def names(window: Any) -> list[str]:
    return [h.document.filename for h in results(window)]


def showing_results(window: Any) -> bool:
    return window.middle.currentWidget() is window.search_panel and window.search_panel.isVisible()


# -- the field -------------------------------------------------------------------------------------


def test_ctrl_k_and_ctrl_shift_f_focus_the_field_which_is_in_the_toolbar_and_the_edit_menu(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    assert window.search_field.placeholderText() == "Search all companies (Ctrl+K)"
    assert window.search_field.isClearButtonEnabled()
    assert window.toolbar.widgetForAction(window.toolbar.actions()[-1]) is window.search_field
    assert window.search_field.isVisible()  # in the bar itself, never in its » overflow menu
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.action_search in edit_menu.actions()
    assert [k.toString() for k in window.action_search.shortcuts()] == ["Ctrl+K", "Ctrl+Shift+F"]
    activate(qtbot, window)
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.search_field
    assert not showing_results(window)  # nothing typed yet: the files stay


def test_the_toolbar_keeps_the_field_in_sight_in_a_narrow_window(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.toolbar.width() <= 1000)
    QApplication.processEvents()
    assert window.toolbar.needed_width() <= window.toolbar.width()
    restore = window.toolbar.widgetForAction(window.action_restore)
    upload = window.toolbar.widgetForAction(window.action_upload)
    assert restore.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly  # the least used goes first
    assert upload.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(1900, 800)
    qtbot.waitUntil(lambda: restore.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def test_typing_shows_name_hits_first_then_content_hits_with_the_word_highlighted(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    found = search(qtbot, window, "camara")
    assert showing_results(window)
    assert [(h.where, h.document.filename) for h in found] == [
        ("name", "Certificado Cámara de Comercio.txt"), ("name", "Foto cámara.png"),
        ("text", "Extracto Bancolombia.txt")]
    assert window.search_panel.header.text() == "3 results for «camara»"
    model = window.search_panel.model
    content = model.index(2, 0)
    assert content.data(SearchModel.CompanyRole) == "Transportes del Valle Ltda."
    assert content.data(SearchModel.KindRole) == "Text"
    assert content.data(SearchModel.DateRole).endswith(str(date.today().year))  # four-digit year
    assert '<span style="background-color:#ffe082; color:#000000; font-weight:600">Cámara</span>' in \
        content.data(SearchModel.SnippetRole)
    assert model.index(0, 0).data(SearchModel.SnippetRole) == ""  # a name hit has no snippet
    assert window.search.runs == 1  # six keys within the delay: one query, not six


def test_accents_typed_find_the_same_and_one_query_is_pending_at_most(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    found = search(qtbot, window, "cámara")
    assert [h.document.filename for h in found] == ["Certificado Cámara de Comercio.txt", "Foto cámara.png",
                                                     "Extracto Bancolombia.txt"]
    runs = window.search.runs
    type_text(window.search_field, " com")
    assert window.search.runs == runs  # still waiting for the person to stop typing
    qtbot.waitUntil(lambda: window.search.query == "cámara com", timeout=WAIT_MS)
    assert window.search.runs == runs + 1
    assert names(window) == ["Certificado Cámara de Comercio.txt", "Extracto Bancolombia.txt"]


def test_nothing_found_says_so_in_words(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    assert search(qtbot, window, "zzzq") == []
    assert window.search_panel.header.text() == \
        "No document contains «zzzq». Check the spelling or search for fewer words."


def test_a_search_the_database_refuses_says_so_and_keeps_what_is_shown(qtbot: QtBot, stocked: Any,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    window = stocked
    shown = search(qtbot, window, "camara")
    assert shown

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(window.vault, "search", refuse)
    runs = window.search.runs
    type_text(window.search_field, " de")
    qtbot.waitUntil(lambda: window.search.runs > runs, timeout=WAIT_MS)
    assert "The search could not be done just now; try again." in window.statusBar().currentMessage()
    assert [h.document.id for h in results(window)] == [h.document.id for h in shown] and showing_results(window)


def test_filters_narrow_the_results(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    panel = window.search_panel
    search(qtbot, window, "camara")
    assert panel.company_combo.itemText(0) == "All companies"
    assert [panel.company_combo.itemText(i) for i in range(1, panel.company_combo.count())] == [
        "Comercializadora Andina S.A.S.", "Panadería La Espiga", "Transportes del Valle Ltda."]
    panel.company_combo.setCurrentIndex(panel.company_combo.findData(window.cids["transportes"]))
    assert names(window) == ["Extracto Bancolombia.txt"]
    panel.company_combo.setCurrentIndex(0)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("image"))
    assert panel.kind_combo.currentText() == "Image"
    assert names(window) == ["Foto cámara.png"]
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("text"))
    assert names(window) == ["Certificado Cámara de Comercio.txt", "Extracto Bancolombia.txt"]
    panel.kind_combo.setCurrentIndex(0)
    assert not panel.since_edit.isEnabled()
    today = date.today()
    panel.set_date_range(today - timedelta(days=400), today - timedelta(days=1))  # all were added today
    assert panel.since_edit.isEnabled()
    assert names(window) == []
    assert panel.header.text() == \
        "No document matches «camara» with these filters. Remove a filter or check the spelling."
    panel.until_edit.setDate(panel.until_edit.date().addDays(1))
    assert len(names(window)) == 3
    panel.date_check.setChecked(False)
    assert len(names(window)) == 3


# -- moving and opening ------------------------------------------------------------------------------


def test_up_down_in_the_field_move_in_the_results_and_the_preview_follows(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    search(qtbot, window, "camara")
    panel = window.search_panel
    assert panel.current_hit().document.filename == "Certificado Cámara de Comercio.txt"
    assert window.preview_pane.name == "Certificado Cámara de Comercio.txt"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert panel.current_hit().document.filename == "Extracto Bancolombia.txt"
    assert window.preview_pane.name == "Extracto Bancolombia.txt"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Up)
    assert panel.current_hit().document.filename == "Foto cámara.png"
    assert QApplication.focusWidget() is window.search_field  # typing goes on in the field
    assert window.search_field.text() == "camara"
    assert not window.action_print.isEnabled()  # the table's selection is out of sight


def test_enter_opens_the_company_with_the_file_selected_and_previewed(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    window.action_trash.setChecked(True)  # the person was looking at Panadería's trash
    search(qtbot, window, "renovacion")
    assert names(window) == ["Extracto Bancolombia.txt"]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert not showing_results(window)
    assert window.current_company_id() == window.cids["transportes"]
    assert not window.in_trash()
    assert [d.filename for d in window.selected_documents()] == ["Extracto Bancolombia.txt"]
    assert window.preview_pane.name == "Extracto Bancolombia.txt"
    assert QApplication.focusWidget() is window.table
    assert window.action_print.isEnabled()


def test_a_file_filter_that_hides_the_file_opened_is_cleared(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    andina = window.cids["andina"]
    window.select_company(andina)
    window.filter_edit.setText("RUT")
    assert [d.filename for d in window.selected_documents()] in ([], ["RUT Andina.txt"])
    search(qtbot, window, "nomina")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Enter)
    assert window.current_company_id() == andina
    assert window.filter_edit.text() == ""
    assert [d.filename for d in window.selected_documents()] == ["Nómina marzo.csv"]
    assert window.preview_pane.name == "Nómina marzo.csv"


def test_double_click_opens_and_back_in_the_field_the_results_return(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    search(qtbot, window, "camara")
    view = window.search_panel.list
    index = window.search_panel.model.index(1, 0)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # QTest's double click is only
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # the second press of one
    assert window.current_company_id() == window.cids["andina"]
    assert [d.filename for d in window.selected_documents()] == ["Foto cámara.png"]
    assert window.search_field.text() == "camara"  # kept: Ctrl+K brings the same results back
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert showing_results(window)
    assert window.search_panel.current_hit().document.filename == "Foto cámara.png"  # where the person was


def test_a_content_hit_opened_asks_the_preview_to_find_the_words(qtbot: QtBot, stocked: Any,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = stocked
    asked: list[str] = []
    monkeypatch.setattr(type(window.preview_pane), "find", lambda self, text: asked.append(text), raising=False)
    search(qtbot, window, "renovacion")
    assert asked == ["renovacion"]  # highlighted in the results: the preview shows where
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert asked == ["renovacion", "renovacion"]
    search(qtbot, window, "RUT")  # a name hit: nothing to find inside
    asked.clear()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert asked == []


def test_a_file_beyond_the_first_page_of_a_big_company_is_loaded_and_selected(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    big = add_company(window, "Grande S.A.S.", select=False)
    insert_documents(window.vault, big.id, 260)
    settle(window)
    search(qtbot, window, "Soporte 000255")
    assert names(window) == ["Soporte 000255.pdf"]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_company_id() == big.id
    assert window.document_model.rowCount() > window.document_model.PAGE
    selected = window.selected_documents()
    assert [d.filename for d in selected] == ["Soporte 000255.pdf"]
    row = window.document_model.row_of(selected[0].id)
    assert row == 255
    assert window.table.viewport().rect().intersects(window.table.visualRect(window.document_model.index(row, 0)))
    assert window.preview_pane.name == "Soporte 000255.pdf"


def test_esc_and_clearing_return_to_the_files_as_they_were(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    window.select_company(window.cids["andina"])
    window.table.selectRow(1)
    before = [d.filename for d in window.selected_documents()]
    assert window.preview_pane.name == before[0]
    search(qtbot, window, "extracto")
    assert showing_results(window)
    assert window.preview_pane.name == "Extracto Bancolombia.txt"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not showing_results(window)
    assert window.search_field.text() == ""
    assert window.current_company_id() == window.cids["andina"]
    assert [d.filename for d in window.selected_documents()] == before
    assert window.preview_pane.name == before[0]
    assert window.action_print.isEnabled()

    search(qtbot, window, "extracto")
    window.search_field.clear()  # the clear button does this
    assert not showing_results(window)
    assert window.preview_pane.name == before[0]

    search(qtbot, window, "extracto")
    window.search_panel.list.setFocus()
    qtbot.keyClick(window.search_panel.list, Qt.Key.Key_Escape)
    assert not showing_results(window)


def test_results_follow_the_change_feed(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    search(qtbot, window, "camara")
    window.vault.delete([window.docs["Foto cámara.png"].id])
    settle(window)
    qtbot.waitUntil(lambda: "Foto cámara.png" not in names(window), timeout=WAIT_MS)
    assert len(names(window)) == 2


# -- the sidebar's offer ---------------------------------------------------------------------------------


def test_a_company_search_that_finds_nothing_offers_to_search_the_documents(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    sidebar = window.sidebar
    button = sidebar.search_offer
    activate(qtbot, window)
    sidebar.filter_edit.setFocus()
    qtbot.keyClicks(sidebar.filter_edit, "Andi")
    assert not button.isVisible()  # a company matches: no offer
    sidebar.filter_edit.clear()
    qtbot.keyClicks(sidebar.filter_edit, "RUT")
    assert window.company_model.rowCount() == 0
    assert button.isVisible()
    assert button.text() == "Search «RUT» in the documents (Ctrl+K)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sidebar.filter_edit.text() == ""
    assert window.company_model.rowCount() == 3 and not button.isVisible()
    assert window.search_field.text() == "RUT"
    assert showing_results(window)
    assert names(window) == ["RUT Andina.txt"]

    # Ctrl+K, as the offer says, does the same.
    window.search.close()
    sidebar.filter_edit.setFocus()
    qtbot.keyClicks(sidebar.filter_edit, "Nomina")
    assert button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert sidebar.filter_edit.text() == ""
    assert window.search_field.text() == "Nomina"
    assert QApplication.focusWidget() is window.search_field
    assert names(window) == ["Nómina marzo.csv"]


# -- the model and the snippet -------------------------------------------------------------------------


def test_search_model_passes_qt_model_tester(qtmodeltester: Any, stocked: Any) -> None:
    window = stocked
    model = SearchModel()
    qtmodeltester.check(model)
    model.set_hits(window.vault.search("camara"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    found = model.index(0, 0).data(SearchModel.HitRole)
    assert found.document.filename == "Certificado Cámara de Comercio.txt"
    assert model.row_of(found.document.id) == 0
    assert "Comercializadora Andina S.A.S." in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_hits(window.vault.search("aprueban"))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_snippets_are_escaped_then_highlighted_and_cut_to_length() -> None:
    from clientvault.core.values import HIT_END, HIT_START

    html = snippet_html(f"los estados <del año> & el {HIT_START}proyecto{HIT_END}\nde distribución")
    assert html == ("los estados &lt;del año&gt; &amp; el <span style=\"background-color:#ffe082; color:#000000; "
                    "font-weight:600\">proyecto</span> de distribución")
    cut = snippet_html(f"{HIT_START}cámara{HIT_END} de comercio de Cali", max_chars=4)
    assert cut == '<span style="background-color:#ffe082; color:#000000; font-weight:600">cáma</span>…'


def test_the_words_found_in_a_name_are_marked_as_the_search_matched_them() -> None:
    from clientvault.core.values import HIT_END as E
    from clientvault.core.values import HIT_START as S
    from clientvault.ui.models.search_model import mark_words

    assert mark_words("Certificado Cámara de Comercio.pdf", "camara COMERCIO") == \
        f"Certificado {S}Cámara{E} de {S}Comercio{E}.pdf"
    assert mark_words("RESOLUCIÓN 2024.pdf", '"resolucion"') == f"{S}RESOLUCIÓN{E} 2024.pdf"
    assert mark_words("factura_factura.pdf", "factura fact") == f"{S}factura{E}_{S}factura{E}.pdf"  # overlaps merged
    assert mark_words("Acta.pdf", "nada") == "Acta.pdf"


def test_the_delegate_paints_every_kind_of_row(qtbot: QtBot, stocked: Any) -> None:
    window = stocked
    search(qtbot, window, "camara")
    view = window.search_panel.list
    image = view.viewport().grab().toImage()
    assert not image.isNull()
    name_row, text_row = view.visualRect(view.model().index(0, 0)), view.visualRect(view.model().index(2, 0))
    assert text_row.height() > name_row.height()  # the snippet has a line of its own


# -- Spanish -------------------------------------------------------------------------------------------------


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")  # translators are per application; leave none behind for other tests


@pytest.mark.skipif(not ES_QM.is_file(), reason=f"{ES_QM} is missing: run scripts/update_translations.sh")
def test_spanish_words(qtbot: QtBot, open_window: Any, monkeypatch: pytest.MonkeyPatch, back_to_english: None,
                       tmp_path: Path) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    window = open_window()
    company = add_company(window, "Comercializadora Andina S.A.S.")
    path = tmp_path / "Certificado Cámara de Comercio.txt"
    path.write_text("Certificado", encoding="utf-8")
    window.vault.import_files(company.id, [path])
    settle(window)
    assert window.search_field.placeholderText() == "Buscar en todas las empresas (Ctrl+K)"
    assert window.action_search.text() == "Buscar en &todas las empresas…"
    search(qtbot, window, "camara")
    panel = window.search_panel
    assert panel.header.text() == "1 resultado para «camara»"
    assert panel.company_combo.itemText(0) == "Todas las empresas"
    assert [panel.kind_combo.itemText(i) for i in range(panel.kind_combo.count())] == [
        "Todos los tipos", "PDF", "Excel", "Word", "Imagen", "Texto"]
    assert panel.date_check.text() == "Cargados entre"
    assert panel.model.index(0, 0).data(SearchModel.KindRole) == "Texto"
    window.search_field.setText("camaras")
    window.search.run()
    assert panel.header.text() == \
        "Ningún documento contiene «camaras». Revise la ortografía o busque menos palabras."
    window.search.close()
    window.sidebar.filter_edit.setText("RUT")
    assert window.sidebar.search_offer.text() == "Buscar «RUT» en los documentos (Ctrl+K)"
