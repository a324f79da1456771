"""Finding in the document (issue 13, item 6): Ctrl+F in the preview window and ``find(text)`` on the pane
beside the table, on real corpus files in the real window: PDF hits painted where PDFium says the
words are, text selected, sheet cells selected, plain words for images and scans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pdf_helpers import pdfium_hit_box, write_pdf
from preview_helpers import LOAD_TIMEOUT_MS, corpus_dir, import_and_select, select_file
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.core.values import fold
from clientvault.paths import resource_path
from clientvault.ui import i18n


def _open_preview(qtbot: QtBot, window: Any) -> Any:
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.isVisible(),
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=5_000)  # shortcuts act in the active window only
    return preview


def _ctrl_f(qtbot: QtBot, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def _wait_status(qtbot: QtBot, bar: Any, expected: str) -> None:
    qtbot.waitUntil(lambda: bar.status.text() == expected, timeout=LOAD_TIMEOUT_MS)


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    """Typed key by key; non-ASCII letters as key events carrying their text (FACTS.md: keyClicks aborts)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _import_path(qtbot: QtBot, window: Any, path: Path) -> Any:
    company = add_company(window, "Transportes Andinos S.A.S.")
    summary = window.vault.import_files(company.id, [path])
    assert all(r.status == "imported" for r in summary.results), summary.results
    window.document_model.refresh()
    return select_file(qtbot, window, path.name)


def _pdf_with_accents(path: Path) -> Path:
    return write_pdf(path, [(100, "Resolución de facturación No. 18764"), (300, "RESOLUCIÓN DIAN 2024")])


def _pdfium_rect(path: Path, page: int, needle: str, nth: int) -> QRectF:
    """The ``nth`` hit of ``needle`` on ``page`` as PDFium's own search and loose char boxes place it,
    as fractions of the page (what the view paints over)."""
    left, top, width, height, w, h = pdfium_hit_box(path, page, needle, nth)
    return QRectF(left / w, top / h, width / w, height / h)


def _assert_same_rect(got: QRectF, expected: QRectF) -> None:
    for a, b in ((got.x(), expected.x()), (got.y(), expected.y()), (got.width(), expected.width()),
                 (got.height(), expected.height())):
        assert a == pytest.approx(b, abs=0.002)


def _assert_painted_orange(image: Any, page: Any, mark: QRectF) -> None:
    """The paper inside the current hit's rectangle is orange: the lightest of a row of samples near
    the top of the box (above most letters), so the ink of the letters does not decide."""
    y = round(page.y() + (mark.y() + 0.15 * mark.height()) * page.height())
    samples = [image.pixelColor(round(page.x() + (mark.x() + f / 10 * mark.width()) * page.width()), y) for f in range(1, 10)]
    paper = max(samples, key=lambda c: c.lightness())
    assert paper.red() > 200 and 90 < paper.green() < 200 and paper.blue() < 100, paper.name()


# -- the preview window ---------------------------------------------------------------------------


def test_ctrl_f_in_a_pdf_goes_to_the_hit_and_paints_it_where_the_word_is(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    preview = _open_preview(qtbot, window)
    pages = preview.pages
    preview.page_spin.setValue(3)  # the search starts from the page on screen
    assert pages.current_page == 2
    assert not preview.find_bar.isVisible()
    _ctrl_f(qtbot, pages)
    assert preview.find_bar.isVisible() and preview.find_bar.edit.hasFocus()
    qtbot.keyClicks(preview.find_bar.edit, "MEANING")
    _wait_status(qtbot, preview.find_bar, "14 of 23")  # the 14th hit in the file is the first on page 3
    assert pages.current_page == 2 and preview.page_spin.value() == 3
    page = pages.pages[2]
    assert page.current_mark == 0 and len(page.marks) == 6
    _assert_same_rect(page.marks[0][0], _pdfium_rect(corpus_dir() / "pdflatex-4-pages.pdf", 2, "meaning", 0))
    mark = page.marks[0][0]
    centre = page.mapTo(pages.viewport(), page.rect().topLeft()) + \
        type(page.rect().topLeft())(round(mark.center().x() * page.width()), round(mark.center().y() * page.height()))
    assert pages.viewport().rect().contains(centre)  # scrolled into view
    qtbot.waitUntil(lambda: page.rendered_width > 0, timeout=LOAD_TIMEOUT_MS)
    _assert_painted_orange(page.grab().toImage(), page.rect(), mark)
    for key, modifier, expected in ((Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "15 of 23"),
                                    (Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, "14 of 23"),
                                    (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier, "15 of 23"),
                                    (Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier, "14 of 23")):
        qtbot.keyClick(preview.find_bar.edit, key, modifier)
        assert preview.find_bar.status.text() == expected
    assert page.current_mark == 0
    preview.find_bar.previous_button.click()  # back to the last hit on page 2
    assert preview.find_bar.status.text() == "13 of 23" and pages.current_page == 1
    assert pages.pages[1].current_mark == 5 and page.current_mark == -1
    for _ in range(11):
        preview.find_bar.next_button.click()
    assert preview.find_bar.status.text() == "1 of 23" and pages.current_page == 0  # wrapped round
    qtbot.keyClick(preview.find_bar.edit, Qt.Key.Key_Escape)
    assert not preview.find_bar.isVisible() and preview.isVisible()  # Esc closes the bar, not the window
    assert all(not p.marks for p in pages.pages)


def test_a_long_pdf_is_searched_without_accents_in_the_background(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "GeoTopo-komprimiert.pdf")
    preview = _open_preview(qtbot, window)
    _ctrl_f(qtbot, preview.pages)
    qtbot.keyClicks(preview.find_bar.edit, "bilinearitat")  # printed «Bilinearität», on page 101 of 117
    assert preview.find_bar.status.text() in ("", "Searching…")  # typing does not wait for the search
    _wait_status(qtbot, preview.find_bar, "1 of 1")
    assert preview.pages.current_page == 100 and preview.page_spin.value() == 101
    assert preview.pages.pages[100].current_mark == 0


def test_accents_typed_or_not_find_the_same_words(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    path = _pdf_with_accents(tmp_path / "Resolución DIAN.pdf")
    _import_path(qtbot, window, path)
    preview = _open_preview(qtbot, window)
    _ctrl_f(qtbot, preview.pages)
    qtbot.keyClicks(preview.find_bar.edit, "resolucion")
    _wait_status(qtbot, preview.find_bar, "1 of 2")
    _assert_same_rect(preview.pages.pages[0].marks[0][0], _pdfium_rect(path, 0, "Resolución", 0))
    preview.find_bar.edit.clear()
    _type(qtbot, preview.find_bar.edit, "FACTURACIÓN")
    _wait_status(qtbot, preview.find_bar, "1 of 1")
    _assert_same_rect(preview.pages.pages[0].marks[0][0], _pdfium_rect(path, 0, "facturación", 0))


def test_not_found_and_the_count_in_spanish(qtbot: QtBot, open_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    if not resource_path("translations", "clientvault_es.qm").is_file():
        pytest.skip("the Spanish translation is not compiled (scripts/update_translations.sh)")
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    window = open_window()
    try:
        import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
        preview = _open_preview(qtbot, window)
        assert preview.action_find.text() == "Buscar…"
        _ctrl_f(qtbot, preview.pages)
        assert preview.find_bar.edit.placeholderText() == "Buscar en el documento"
        assert preview.find_bar.next_button.text() == "Siguiente"
        _type(qtbot, preview.find_bar.edit, "nómina")
        _wait_status(qtbot, preview.find_bar, "No se encontró «nómina».")
        assert not preview.find_bar.next_button.isEnabled()
        preview.find_bar.edit.clear()
        qtbot.keyClicks(preview.find_bar.edit, "blind text")
        _wait_status(qtbot, preview.find_bar, "1 de 23")
    finally:
        i18n.install(QApplication.instance(), "en")  # translators are per application: leave none behind


def test_a_pdf_without_text_says_so(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    scan = tmp_path / "RUT escaneado.pdf"
    doc.save(scan)
    doc.close()
    _import_path(qtbot, window, scan)
    preview = _open_preview(qtbot, window)
    _ctrl_f(qtbot, preview.pages)
    qtbot.keyClicks(preview.find_bar.edit, "nit")
    _wait_status(qtbot, preview.find_bar, "This document has no text to search.")


def test_an_image_has_no_text_to_search(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "simple.png")
    preview = _open_preview(qtbot, window)
    _ctrl_f(qtbot, preview.pages)
    qtbot.keyClicks(preview.find_bar.edit, "invoice")
    _wait_status(qtbot, preview.find_bar, "There is no text to search in an image.")


def test_a_word_document_selects_the_hit(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "sample.docx")
    preview = _open_preview(qtbot, window)
    view = preview.text_view
    _ctrl_f(qtbot, view)
    qtbot.keyClicks(preview.find_bar.edit, "PELLENTESQUE")
    expected = fold(view.toPlainText()).count("pellentesque")
    assert expected >= 2
    _wait_status(qtbot, preview.find_bar, f"1 of {expected}")
    assert view.textCursor().selectedText() == "pellentesque"  # «condimentum pellentesque», paragraph 1
    qtbot.keyClick(preview.find_bar.edit, Qt.Key.Key_Return)
    assert view.textCursor().block().blockNumber() == 1  # «venenatis pellentesque», paragraph 2
    qtbot.keyClick(preview.find_bar.edit, Qt.Key.Key_Return)
    assert view.textCursor().selectedText() == "Pellentesque"  # «Pellentesque habitant»: the case as printed
    assert len(view.extraSelections()) == expected  # every hit tinted


def test_a_sheet_selects_the_cell(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "simple-monthly-budget.xlsx")
    preview = _open_preview(qtbot, window)
    table = preview.sheet_view.current_table()
    _ctrl_f(qtbot, table)
    qtbot.keyClicks(preview.find_bar.edit, "total")
    _wait_status(qtbot, preview.find_bar, "1 of 2")
    first = table.currentIndex()
    assert "total" in fold(first.data()) and table.selectionModel().isSelected(first)
    qtbot.keyClick(preview.find_bar.edit, Qt.Key.Key_F3)
    second = preview.sheet_view.current_table().currentIndex()
    assert "total" in fold(second.data()) and second != first


def test_a_csv_far_down_is_scrolled_to(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "constituents-financials.csv")
    preview = _open_preview(qtbot, window)
    table = preview.sheet_view.current_table()
    _ctrl_f(qtbot, table)
    qtbot.keyClicks(preview.find_bar.edit, "zoetis")  # the last company of the S&P 500 list
    _wait_status(qtbot, preview.find_bar, "1 of 1")
    cell = table.currentIndex()
    assert cell.data() == "Zoetis" and cell.row() > 200  # beyond the first block of rows the table had
    assert table.viewport().rect().intersects(table.visualRect(cell))


def test_find_called_on_the_window_before_it_loaded(qtbot: QtBot, window: Any) -> None:
    from clientvault.ui.dialogs.preview_window import PreviewWindow

    doc = import_and_select(qtbot, window, "GeoTopo-komprimiert.pdf")
    preview = PreviewWindow(window.vault.document_path(doc), doc.mime_type, doc.filename, window)
    qtbot.addWidget(preview)
    assert preview.state == "loading"
    preview.find("Bilinearität")
    preview.show()
    _wait_status(qtbot, preview.find_bar, "1 of 1")
    assert preview.pages.current_page == 100


# -- the pane beside the table --------------------------------------------------------------------


def test_pane_find_before_the_pdf_loaded_turns_to_the_hit(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "GeoTopo-komprimiert.pdf")
    pane = window.preview_pane
    assert pane.state == "loading"  # find() comes before the first page is on screen
    pane.find("bilinearitat")
    qtbot.waitUntil(lambda: pane.content is not None and pane.content.page == 100 and bool(pane.image_view.marks),
                    timeout=LOAD_TIMEOUT_MS)
    assert pane.image_view.current_mark == 0 and pane.find_bar.isVisible()
    assert pane.find_bar.status.text() == "1 of 1"
    assert pane.page_label.text() == "Page 101 of 117"


def test_pane_find_paints_the_hit_on_the_page(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    pane = window.preview_pane
    qtbot.waitUntil(lambda: pane.state == "ready", timeout=LOAD_TIMEOUT_MS)
    pane.find("Huardest gefburn")
    _wait_status(qtbot, pane.find_bar, "1 of 23")
    _assert_same_rect(pane.image_view.marks[0][0], _pdfium_rect(corpus_dir() / "pdflatex-4-pages.pdf", 0, "Huardest gefburn", 0))
    _assert_painted_orange(pane.image_view.grab().toImage(), pane.image_view.image_rect(), pane.image_view.marks[0][0])
    for _ in range(6):
        pane.find_bar.next_button.click()
    qtbot.waitUntil(lambda: pane.content.page == 1 and pane.image_view.current_mark == 0, timeout=LOAD_TIMEOUT_MS)


def test_the_preview_window_goes_on_with_the_panes_search(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    pane = window.preview_pane
    qtbot.waitUntil(lambda: pane.state == "ready", timeout=LOAD_TIMEOUT_MS)
    pane.find("Huardest gefburn")
    _wait_status(qtbot, pane.find_bar, "1 of 23")
    preview = _open_preview(qtbot, window)
    _wait_status(qtbot, preview.find_bar, "1 of 23")
    assert preview.find_bar.isVisible() and preview.find_bar.edit.text() == "Huardest gefburn"
    preview.close()
    pane.find_bar.close_bar()
    preview = _open_preview(qtbot, window)  # nothing being found beside the table: no bar
    assert not preview.find_bar.isVisible()


def test_pane_find_in_a_word_document_and_ctrl_f_in_the_pane(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "sample.docx", "simple.png")
    pane = window.preview_pane
    pane.find("fringilla")
    qtbot.waitUntil(lambda: pane.find_bar.status.text() == "1 of 1", timeout=LOAD_TIMEOUT_MS)
    browser = pane.holder_layout.itemAt(0).widget()
    assert browser.textCursor().selectedText() == "fringilla"
    qtbot.keyClick(pane.find_bar.edit, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible() and browser.extraSelections() == []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    browser.setFocus()
    _ctrl_f(qtbot, browser)  # the pane's, not the main window's «filter the files by name»
    assert pane.find_bar.isVisible() and pane.find_bar.edit.hasFocus()
    select_file(qtbot, window, "simple.png")
    qtbot.waitUntil(lambda: pane.state == "ready", timeout=LOAD_TIMEOUT_MS)
    pane.find_bar.close_bar()
    pane.find("anything")  # an image: its text (OCR) has no place on it to mark; no bar
    assert not pane.find_bar.isVisible()


def test_pane_find_selects_a_sheet_cell(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "simple-monthly-budget.xlsx")
    pane = window.preview_pane
    pane.find("TOTAL")
    qtbot.waitUntil(lambda: pane.find_bar.status.text() == "1 of 2", timeout=LOAD_TIMEOUT_MS)
    table = pane.holder_layout.itemAt(0).widget().current_table()
    assert "total" in fold(table.currentIndex().data())
