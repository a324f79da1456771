"""A 12,000-row CSV and a 12,000-row workbook in the print preview of the real window: the preview
lays out only the rows its pages need (a single document of every row held the window 49 s before
the first page), the window's own 50 ms timer keeps ticking while it loads and when it turns to
another orientation, Cancel stops printing, and printing every page to a PDF read back with PDFium
gives every row up to the cap once, with «Page n of N» right on the first and the last page."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from preview_helpers import LOAD_TIMEOUT_MS, select_file
from print_helpers import COMPANY, pdf_pages, squeeze
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.ui import print_sheet
from clientvault.ui.dialogs.print_preview import PREVIEW_PAGES, PrintPreviewWindow
from clientvault.ui.dialogs.print_settings import PDF_TARGET
from clientvault.ui.printing import MAX_PRINT_ROWS, page_label

ROWS = 12_000
COLUMNS = 20  # as wide as the CSV that froze the window: 2,000 such rows took 8 s in one layout
# A hang check, not a speed test: one slice of rows takes a fraction of a second; the whole
# layout on the window's thread took 8 s (2,000 rows) to 49 s (12,000).
LONGEST_FREEZE_S = 3.0


def csv_cells(i: int) -> list[str]:
    """Row ``i`` of the CSV: texts and amounts that take two lines in 20 columns, as in the CSV
    that froze the window."""
    return [f"texto {i} {c}" if c % 2 == 0 else f"{100_000 + (i * 3_137 + c * 7_919) % 899_981}.{c:02d}"
            for c in range(COLUMNS)]


@contextmanager
def ticking() -> Iterator[list[float]]:
    """The longest time (s) between ticks of a 50 ms timer while the block runs, in the list yielded."""
    stamps = [time.monotonic()]
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: stamps.append(time.monotonic()))
    timer.start()
    longest: list[float] = []
    try:
        yield longest
    finally:
        stamps.append(time.monotonic())
        timer.stop()
        longest.append(max(b - a for a, b in zip(stamps, stamps[1:], strict=False)))


def csv_file(tmp_path: Path) -> Path:
    source = tmp_path / "movimientos.csv"
    title = [f"Col{c}" for c in range(COLUMNS)]
    source.write_text(";".join(title) + "\n" + "".join(";".join(csv_cells(i)) + "\n" for i in range(ROWS)),
                      encoding="utf-8")
    return source


def wide_workbook(path: Path) -> Path:
    """A real .xlsx (openpyxl) of ROWS payments in COLUMNS columns whose data starts at C3."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Pagos")
    sheet.append([])
    sheet.append([])
    sheet.append([None, None, "Proveedor", "Factura", "Valor"] + [f"Cuenta {c + 1}" for c in range(COLUMNS - 3)])
    for i in range(ROWS):
        sheet.append([None, None, f"Proveedor {i + 1}", f"FV-{1000 + i}", 1000 * (i + 1)]
                     + [(i * 37 + c) % 99_991 for c in range(COLUMNS - 3)])
    book.save(path)
    return path


def open_print_preview(qtbot: QtBot, window: Any, source: Path, rows_laid: list[int]) -> tuple[PrintPreviewWindow, float]:
    """*Print…* on the imported file; the preview ready and the longest freeze while it loaded."""
    company = add_company(window, COMPANY)
    assert all(r.status == "imported" for r in window.vault.import_files(company.id, [source]).results)
    window.document_model.refresh()
    select_file(qtbot, window, source.name)
    with ticking() as longest:
        window.action_print.trigger()
        preview = window.files.print_job
        assert isinstance(preview, PrintPreviewWindow)
        qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS * 4)
    assert preview.view.pageCount() == PREVIEW_PAGES
    assert 0 < sum(rows_laid) < MAX_PRINT_ROWS - 1  # what 20 pages need (60 rows a page), not all 1,999 printed
    return preview, longest[0]


@pytest.fixture
def rows_laid(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many sheet rows were turned into HTML to be laid out (each slice's rows)."""
    laid: list[int] = []
    real: Callable[..., str] = print_sheet.SheetPart.html

    def counting(part: print_sheet.SheetPart, start: int, stop: int, page_break: bool = False) -> str:
        laid.append(max(0, stop - start))
        return real(part, start, stop, page_break)

    monkeypatch.setattr(print_sheet.SheetPart, "html", counting)
    return laid


def page_bodies(pages: list[tuple[float, float, str]]) -> list[str]:
    """The text under each page's header, whitespace taken out (see print_helpers.squeeze); PDFium
    reads a hyphen where a line could break as U+FFFE."""
    return [squeeze(t).split(squeeze(page_label(i + 1, len(pages))), 1)[1].replace("\ufffe", "-")
            for i, (_w, _h, t) in enumerate(pages)]


def bodies(pages: list[tuple[float, float, str]]) -> str:
    return "".join(page_bodies(pages))


def print_all_to_pdf(preview: PrintPreviewWindow, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float, str]]:
    monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(out))
    preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
    preview.settings.all_pages.setChecked(True)
    preview.print_()
    pages = pdf_pages(out)
    assert preview.pages_printed == len(pages) > PREVIEW_PAGES
    total = len(pages)
    assert squeeze(page_label(1, total)) in squeeze(pages[0][2])
    assert squeeze(page_label(total, total)) in squeeze(pages[-1][2])
    return pages


def test_a_long_csv_previews_without_freezing_and_prints_every_row(qtbot: QtBot, window: Any, tmp_path: Path,
                                                                  rows_laid: list[int],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    preview, longest = open_print_preview(qtbot, window, csv_file(tmp_path), rows_laid)
    assert longest < LONGEST_FREEZE_S, longest
    # the total is a guess from the pages laid out, and the window says so
    assert preview.pages_about and preview.pages_total > PREVIEW_PAGES
    assert preview.settings.preview_note.isVisible() and "about" in preview.settings.preview_note.text()
    assert "about" in preview.page_spin.suffix() and preview.settings.to_spin.value() == preview.pages_total
    assert preview.settings.to_spin.maximum() > preview.pages_total  # a guess: the last pages can still be chosen
    # turned to landscape: laid out again, as short a freeze
    combo = preview.settings.orientation_combo
    with ticking() as turned:
        combo.setCurrentIndex(combo.findData(QPageLayout.Orientation.Landscape))
        qtbot.waitUntil(lambda: preview.state == "ready" and not preview._painting, timeout=LOAD_TIMEOUT_MS * 4)
    assert turned[0] < LONGEST_FREEZE_S, turned[0]
    assert preview.preview_printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert preview.view.pageCount() == PREVIEW_PAGES

    pages = print_all_to_pdf(preview, tmp_path / "movimientos.pdf", monkeypatch)
    assert all(w > h for w, h, _t in pages)
    body = bodies(pages)
    rows = [squeeze("".join(csv_cells(i))) for i in range(MAX_PRINT_ROWS - 1)]
    assert body.startswith("Col0Col1Col2") and "Col19" + "".join(rows) + "Onlythefirst" in body  # each once
    # every page ends with a whole row: Qt broke a row of two-line cells between pages («593708» | «.11»)
    for number, text in enumerate(page_bodies(pages)[:-1], 1):
        assert any(text.endswith(row) for row in rows), f"page {number} ends inside a row"


def test_a_long_workbook_previews_without_freezing_and_prints_every_row(qtbot: QtBot, window: Any, tmp_path: Path,
                                                                       rows_laid: list[int],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    preview, longest = open_print_preview(qtbot, window, wide_workbook(tmp_path / "Pagos 2024.xlsx"), rows_laid)
    assert longest < LONGEST_FREEZE_S, longest
    assert preview.pages_about and preview.settings.preview_note.isVisible()

    pages = print_all_to_pdf(preview, tmp_path / "pagos.pdf", monkeypatch)
    body = bodies(pages)
    assert body.startswith("ProveedorFacturaValorCuenta1")  # the first row with data first: C3
    suppliers = [int(n) for n in re.findall(r"Proveedor(\d+)FV-", body)]
    assert suppliers == list(range(1, MAX_PRINT_ROWS - 2))  # the sheet's first 2,000 rows: 2 empty, the title, 1,997


def test_cancel_while_a_long_csv_prints_stops_it(qtbot: QtBot, window: Any, tmp_path: Path, rows_laid: list[int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    preview, _longest = open_print_preview(qtbot, window, csv_file(tmp_path), rows_laid)
    out = tmp_path / "cancelado.pdf"
    monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(out))
    preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
    laid_before = sum(rows_laid)

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            dialogs[0].cancel()
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(100, press_cancel)  # runs from the events between two slices of rows
    preview.print_()
    assert preview.isVisible() and preview.pages_printed == 0 and preview.state == "ready"
    assert sum(rows_laid) - laid_before < MAX_PRINT_ROWS - 1  # it stopped before laying out every row
    assert not out.exists() or not pdf_pages(out)


@pytest.mark.parametrize("when", ["opening", "turning", "printing"])
def test_closing_the_print_preview_while_it_works_stops_the_work_first(qtbot: QtBot, window: Any, tmp_path: Path,
                                                                      when: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Events run between slices of rows: a close then deleted the window under the work (a crash
    while opening, an error while printing). It cancels the work and closes when that has stopped."""
    source = csv_file(tmp_path)
    company = add_company(window, COMPANY)
    assert all(r.status == "imported" for r in window.vault.import_files(company.id, [source]).results)
    window.document_model.refresh()
    select_file(qtbot, window, source.name)
    if when == "opening":
        QTimer.singleShot(300, lambda: window.files.print_job.close())  # runs from the events between two slices
        window.action_print.trigger()
    else:
        window.action_print.trigger()
        preview = window.files.print_job
        qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS)
        QTimer.singleShot(300, preview.close)
        if when == "turning":
            combo = preview.settings.orientation_combo
            combo.setCurrentIndex(combo.findData(QPageLayout.Orientation.Portrait))
        else:
            monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(tmp_path / "cerrado.pdf"))
            preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
            preview.print_()
            assert preview.pages_printed == 0
    qtbot.waitUntil(lambda: window.files.print_job is None, timeout=LOAD_TIMEOUT_MS)  # closed, then deleted
    assert window.isVisible()
