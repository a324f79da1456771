"""Spreadsheets in the real window read as Excel shows them (issue 11, items 1 and 2): every cell on
its own row and column, number formats applied with the window's separators, numbers right and text
left, bold and fills, the file's column widths, and a sheet of charts that says so; in the pane and in
the preview window, in Spanish and in English. The workbooks are real files made with openpyxl."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from preview_helpers import LOAD_TIMEOUT_MS, select_file, wait_settled
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sheet_files import c3_book, formatted_book
from ui_helpers import add_company

from clientvault.paths import resource_path
from clientvault.ui import i18n
from clientvault.ui.preview.sheet_view import SheetTable, SheetView

ES_QM = resource_path("translations", "clientvault_es.qm")
DISPLAY, ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter

# What each language's window shows in row 4 and 5 of «Balance» (B4:F5): Excel's own texts.
EXPECTED = {
    "es": [["$ 2.500,00", "12,5%", "31/12/2024", "(1.200,00)", " $ 1.234.567,89 "],
           ["$ 1.000.000,50", "100,0%", "02/01/2024", "350,25 ", " $ -   "]],
    "en": [["$ 2,500.00", "12.5%", "12/31/2024", "(1,200.00)", " $ 1,234,567.89 "],
           ["$ 1,000,000.50", "100.0%", "1/2/2024", "350.25 ", " $ -   "]],
}
CHARTS = {"es": "Esta hoja solo tiene gráficos", "en": "This sheet only has charts"}


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")  # translators are per application; leave none behind for other tests


def _window_in(lang: str, open_window: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    if lang == "es" and not ES_QM.is_file():
        pytest.skip(f"{ES_QM} is missing: compile the Spanish translation (bash scripts/update_translations.sh)")
    monkeypatch.setenv("CLIENTVAULT_LANG", lang)
    return open_window()


def _show(qtbot: QtBot, window: Any, path: Path) -> SheetView:
    company = add_company(window, "Contadores Ñandú S.A.S.")
    summary = window.vault.import_files(company.id, [path])
    assert all(r.status == "imported" for r in summary.results), summary.results
    window.document_model.refresh()
    select_file(qtbot, window, path.name)
    assert wait_settled(qtbot, window.preview_pane) == "ready", window.preview_pane.message.text()
    view = window.preview_pane.findChild(SheetView)
    assert view is not None
    return view


def _preview_window(qtbot: QtBot, window: Any) -> SheetView:
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.isVisible(),
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS)
    assert preview.sheet_view is not None
    return preview.sheet_view  # type: ignore[no-any-return]


def _check_formats(qtbot: QtBot, view: SheetView, lang: str) -> None:
    table = view.current_table()
    assert isinstance(table, SheetTable)
    model = table.model()

    def cell(r: int, c: int, role: int = DISPLAY) -> Any:
        return model.data(model.index(r, c), role)

    assert [[cell(r, c) for c in range(1, 6)] for r in (3, 4)] == EXPECTED[lang]
    # Numbers (dates too) right-aligned, text left, the header the file centres centred.
    assert cell(3, 0, ALIGN) == LEFT and cell(3, 1, ALIGN) == RIGHT and cell(3, 3, ALIGN) == RIGHT
    assert cell(2, 1, ALIGN) == LEFT and cell(2, 5, ALIGN) == CENTER
    # Bold title and headers, plain amounts; the fills the file gives; the negative's [Red].
    title_font, head_font = cell(0, 0, Qt.ItemDataRole.FontRole), cell(2, 1, Qt.ItemDataRole.FontRole)
    assert isinstance(title_font, QFont) and title_font.bold() and isinstance(head_font, QFont) and head_font.bold()
    assert cell(3, 1, Qt.ItemDataRole.FontRole) is None
    fill = cell(0, 0, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(fill, QBrush) and fill.color() == QColor("#FFFF00")
    assert cell(2, 3, Qt.ItemDataRole.BackgroundRole).color() == QColor("#DDEBF7")
    assert cell(3, 1, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(3, 4, Qt.ItemDataRole.ForegroundRole).color() == QColor("#FF0000")
    assert cell(4, 4, Qt.ItemDataRole.ForegroundRole) is None  # the view's own colour
    assert cell(0, 0, Qt.ItemDataRole.ForegroundRole).color() == QColor("#000000")  # black on a fill, as Excel
    # The file's widths: B is 30 digits wide, C 12; the title in the narrow A runs over the empty B1:F1.
    header = table.horizontalHeader()
    digit = table.fontMetrics().horizontalAdvance("0")
    assert header.sectionSize(1) == round(30 * digit) and header.sectionSize(2) >= round(12 * digit)
    assert header.sectionSize(1) > header.sectionSize(2) > header.sectionSize(0)
    assert table.columnSpan(0, 0) > 1
    rect = table.visualRect(model.index(0, 0))
    assert rect.width() >= table.fontMetrics().horizontalAdvance("Balance de prueba 2024")
    # Every amount fits its column (Excel would widen or show ###; a cut number would mislead).
    for r in (3, 4):
        for c in range(1, 6):
            assert table.fontMetrics().horizontalAdvance(cell(r, c)) <= header.sectionSize(c), (r, c)

    # The second sheet holds a chart and no cell: a message, not an empty grid.
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.tabs.currentWidget().objectName() == "chartsOnlyMessage", timeout=LOAD_TIMEOUT_MS)
    message = view.tabs.currentWidget()
    assert isinstance(message, QLabel) and message.isVisible()
    assert message.text().startswith(CHARTS[lang])
    assert view.current_table() is None


@pytest.mark.parametrize("lang", ["es", "en"])
def test_formats_bold_fills_widths_and_charts_in_the_pane_and_the_window(
        qtbot: QtBot, open_window: Any, monkeypatch: pytest.MonkeyPatch, restore_language: None,
        tmp_path: Path, lang: str) -> None:
    window = _window_in(lang, open_window, monkeypatch)
    path = formatted_book(tmp_path / "Balance 2024.xlsx")
    _check_formats(qtbot, _show(qtbot, window, path), lang)
    _check_formats(qtbot, _preview_window(qtbot, window), lang)


def test_every_cell_of_a_sheet_starting_at_c3_where_openpyxl_reads_it(
        qtbot: QtBot, open_window: Any, monkeypatch: pytest.MonkeyPatch, restore_language: None,
        tmp_path: Path) -> None:
    """Item 1: the header in C3 shows in C3 (row 3, column C of the grid), not two rows down; every
    cell of the pane's table is the one openpyxl reads at that place, written with its format."""
    import openpyxl

    from clientvault.preview.numfmt import compile_code

    window = _window_in("es", open_window, monkeypatch)
    path = c3_book(tmp_path / "Movimientos.xlsx")
    view = _show(qtbot, window, path)
    table = view.current_table()
    assert table is not None
    model = table.model()
    ws = openpyxl.load_workbook(path).active
    assert model.rowCount() == ws.max_row == 6 and model.columnCount() == ws.max_column == 5
    assert model.headerData(2, Qt.Orientation.Horizontal) == "C" and model.headerData(2, Qt.Orientation.Vertical) == "3"
    assert model.data(model.index(2, 2)) == "Cuenta"
    checked = 0
    for row in ws.iter_rows(min_row=1, min_col=1, max_row=ws.max_row, max_col=ws.max_column):
        for c in row:
            number = compile_code(c.number_format)
            expected = "" if c.value is None else number.format(c.value)[0] if number else str(c.value)
            assert model.data(model.index(c.row - 1, c.column - 1)) == expected, c.coordinate
            checked += c.value is not None
    assert checked == 9
    assert model.data(model.index(3, 3)) == "1.500,25" and model.data(model.index(5, 4)) == "987.654,50"
    assert not model.data(QModelIndex())


def test_on_paper_the_same_texts_and_alignment(qapp: QApplication, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Printing reads the same sheet model (ui/print_sheet.py): the paper says what the pane says."""
    from print_helpers import pdf_pages, pdf_printer, squeeze, word_box

    from clientvault.ui.printing import print_document

    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    path = formatted_book(tmp_path / "Balance 2024.xlsx")
    out = tmp_path / "printed.pdf"
    print_document(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", pdf_printer(out))
    text = squeeze(pdf_pages(out)[0][2])
    for shown in ("$ 2.500,00", "12,5%", "31/12/2024", "(1.200,00)", "$ 1.000.000,50", "100,0%"):
        assert squeeze(shown) in text, shown
    assert "2500" not in text.replace(" ", "") and "0.125" not in text  # no raw values on paper
    # The amounts are right-aligned in their column: the short one ends where the long one ends.
    short_left, _t, short_right, _b = word_box(out, 0, "2.500,00")
    long_left, _t, long_right, _b = word_box(out, 0, "1.000.000,50")
    assert abs(short_right - long_right) < 2 and short_left > long_left + 5
