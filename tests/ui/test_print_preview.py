"""The print preview window in the real main window: our own window (not Qt's stock dialog), its
toolbar, page navigation and settings, printing from it to a real PDF file read back with PDFium,
and Print disabled wherever the file cannot be previewed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from preview_helpers import LOAD_TIMEOUT_MS, corpus_dir, import_and_select, select_file, wait_settled
from print_helpers import COMPANY, c3_workbook, pdf_pages, squeeze
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.ui.dialogs.print_preview import PrintPreviewWindow
from clientvault.ui.dialogs.print_settings import PDF_TARGET
from clientvault.ui.formatting import local_date
from clientvault.ui.printing import page_label, print_preview_for_selection

NAME = "Pagos 2024.xlsx"


def open_sheet_preview(qtbot: QtBot, window: Any, tmp_path: Path) -> PrintPreviewWindow:
    """A workbook whose data starts at C3, imported into «Contadores Ñandú», printed from the window."""
    company = add_company(window, COMPANY)
    source = c3_workbook(tmp_path / NAME)
    summary = window.vault.import_files(company.id, [source])
    assert all(r.status == "imported" for r in summary.results), summary.results
    window.document_model.refresh()
    select_file(qtbot, window, NAME)
    assert window.action_print.isEnabled()
    window.action_print.trigger()
    preview = window.files.print_job
    assert isinstance(preview, PrintPreviewWindow) and preview.isVisible()
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS)
    return preview


def test_print_opens_our_preview_window_with_toolbar_and_settings(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    preview = open_sheet_preview(qtbot, window, tmp_path)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog)]
    # a toolbar with words, Print first and marked as the main button
    assert preview.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert preview.toolbar.actions()[0] is preview.action_print
    assert preview.print_button.text() == preview.action_print.text() != ""
    assert "bold" in preview.print_button.styleSheet() and preview.print_button.isEnabled()
    for action in (preview.action_zoom_in, preview.action_zoom_out, preview.action_fit_width,
                   preview.action_whole_page, preview.action_close):
        assert preview.toolbar.widgetForAction(action).text()  # type: ignore[union-attr]
    # page navigation
    total = preview.view.pageCount()
    assert total >= 2 and preview.page_spin.maximum() == total and str(total) in preview.page_spin.suffix()
    assert preview.page_spin.value() == 1 and not preview.action_prev.isEnabled()
    preview.action_next.trigger()
    assert preview.view.currentPage() == 2 and preview.page_spin.value() == 2 and preview.action_prev.isEnabled()
    preview.page_spin.setValue(total)
    assert preview.view.currentPage() == total and not preview.action_next.isEnabled()
    # printer choice, copies, page range, orientation
    names = [preview.settings.printer_combo.itemData(i) for i in range(preview.settings.printer_combo.count())]
    assert names == [*QPrinterInfo.availablePrinterNames(), PDF_TARGET]
    assert preview.settings.copies_spin.value() == 1 and preview.settings.copies_spin.maximum() >= 10
    assert preview.settings.all_pages.isChecked() and preview.settings.page_range() is None
    assert preview.settings.from_spin.maximum() == preview.settings.to_spin.maximum() == total == preview.settings.to_spin.value()
    assert [preview.settings.orientation_combo.itemData(i) for i in range(3)][1:] == [QPageLayout.Orientation.Portrait,
                                                                              QPageLayout.Orientation.Landscape]
    preview.settings.copies_spin.setValue(2)
    assert preview.settings.sheets_label.text() == preview.settings.tr("%n sheet(s) of paper", "", 2 * total)
    if preview.settings.copies_spin.isEnabled():  # a printer is installed: the copies reach its job
        assert preview.printer_for_print().copyCount() == 2  # type: ignore[union-attr]
    assert window.files.print_job is preview and print_preview_for_selection(window) is not None


def test_printing_from_the_preview_writes_the_pages_chosen(qtbot: QtBot, window: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    preview = open_sheet_preview(qtbot, window, tmp_path)
    total = preview.view.pageCount()
    out = tmp_path / "impreso.pdf"
    monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(out))
    preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
    preview.settings.from_spin.setValue(1)
    preview.settings.to_spin.setValue(1)
    assert preview.settings.some_pages.isChecked() and preview.settings.page_range() == (1, 1)
    assert not preview.settings.copies_spin.isEnabled()  # a PDF file holds one copy
    preview.print_()
    assert preview.pages_printed == 1 and not preview.isVisible()
    ((width, height, text),) = pdf_pages(out)
    assert height > width
    for wanted in (COMPANY, NAME, local_date(date.today()), page_label(1, total)):
        assert squeeze(wanted) in squeeze(text), wanted
    assert squeeze(text).split(squeeze(page_label(1, total)))[1].startswith("ProveedorFacturaValorProveedor1")
    assert NAME in window.statusBar().currentMessage()


def test_orientation_chosen_turns_preview_and_paper(qtbot: QtBot, window: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    preview = open_sheet_preview(qtbot, window, tmp_path)
    portrait_pages = preview.view.pageCount()
    preview.settings.orientation_combo.setCurrentIndex(preview.settings.orientation_combo.findData(QPageLayout.Orientation.Landscape))
    qtbot.waitUntil(lambda: preview.state == "ready")
    assert preview.preview_printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert preview.view.pageCount() > portrait_pages  # fewer rows fit on a landscape page
    out = tmp_path / "apaisado.pdf"
    monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(out))
    preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
    preview.print_()
    pages = pdf_pages(out)
    assert len(pages) == preview.pages_printed == preview.pages_total and all(w > h for w, h, _t in pages)


def test_print_is_disabled_for_a_file_that_cannot_be_previewed(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "bug1020226.pdf")
    window.vault.import_files(window.current_company_id(), [corpus_dir() / n for n in ("example.heic", "minimal-document.pdf")])
    window.document_model.refresh()
    select_file(qtbot, window, "minimal-document.pdf")
    assert wait_settled(qtbot, window.preview_pane) == "ready" and window.action_print.isEnabled()  # a good one can
    for name, state in (("bug1020226.pdf", "error"), ("example.heic", "unsupported")):
        select_file(qtbot, window, name)
        assert wait_settled(qtbot, window.preview_pane) == state
        assert not window.action_print.isEnabled(), name  # the toolbar, File menu and context menu share it
        window.action_print.trigger()  # nor does its shortcut open anything
        assert window.files.print_job is None
    select_file(qtbot, window, "bug1020226.pdf")
    window.action_preview.trigger()
    shown = window.files.preview_window
    qtbot.waitUntil(lambda: shown.state == "error", timeout=LOAD_TIMEOUT_MS)
    assert not shown.action_print.isEnabled()


def test_print_preview_of_a_damaged_file_says_so_and_cannot_print(qtbot: QtBot, window: Any) -> None:
    doc = import_and_select(qtbot, window, "bug1020226.pdf")
    preview = window.files.print_preview(doc)
    preview.show()
    assert preview.state == "error" and preview.message.text().strip()
    assert preview.stack.currentWidget() is preview.message
    assert not preview.action_print.isEnabled() and not preview.print_button.isEnabled()


def test_print_from_the_preview_window_opens_the_print_preview(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    window.action_preview.trigger()
    shown = window.files.preview_window
    qtbot.waitUntil(lambda: shown.state == "ready", timeout=LOAD_TIMEOUT_MS)
    shown.action_print.trigger()
    preview = shown.print_job
    assert isinstance(preview, PrintPreviewWindow) and preview.state == "ready"
    assert preview.header.company == "Contadores Ñandú S.A.S." and preview.view.pageCount() == 4
    preview.close()


def test_a_long_pdf_previews_its_first_pages_and_prints_any_range(qtbot: QtBot, window: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A 117-page PDF: the preview holds the first PREVIEW_PAGES (all of them took 1.8 GB), says so,
    and the range still reaches the last page."""
    from clientvault.ui.dialogs.print_preview import PREVIEW_PAGES

    doc = import_and_select(qtbot, window, "GeoTopo-komprimiert.pdf")
    preview = window.files.print_preview(doc)
    preview.show()
    assert preview.state == "ready" and preview.view.pageCount() == PREVIEW_PAGES and preview.pages_total == 117
    assert preview.settings.preview_note.isVisible() and "117" in preview.settings.preview_note.text()
    assert preview.settings.to_spin.maximum() == preview.settings.to_spin.value() == 117 and "117" in preview.page_spin.suffix()
    preview.settings.from_spin.setValue(116)
    out = tmp_path / "final.pdf"
    monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(out))
    preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
    preview.print_()
    assert preview.pages_printed == 2 and len(pdf_pages(out)) == 2
    assert str(out) in window.statusBar().currentMessage()
