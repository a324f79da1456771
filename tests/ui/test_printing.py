"""Printing each kind to a real PDF file (QPrinter HighResolution, PdfFormat) and reading it back with PDFium:
page count, page orientation, pages not blank. The print preview dialog is built, never exec()'d."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from preview_helpers import corpus_dir, import_and_select
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from pytestqt.qtbot import QtBot

from clientvault.preview import PreviewCancelled
from clientvault.ui.printing import MAX_PRINT_ROWS, PrintJob, print_document, sheet_html

PDF, TIFF, JPEG, CSV = "application/pdf", "image/tiff", "image/jpeg", "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS = "application/vnd.ms-excel"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def read_back(path: Path) -> list[tuple[float, float, float]]:
    """(width pt, height pt, pixel variance) of every page of the printed PDF."""
    import pypdfium2 as pdfium

    pages = []
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            w, h = page.get_size()
            bitmap = page.render(scale=0.3)
            data = bytes(bitmap.buffer)
            values = data[:: max(1, len(data) // 200_000)]
            mean = sum(values) / len(values)
            variance = sum((v - mean) ** 2 for v in values) / len(values)
            pages.append((w, h, variance))
            bitmap.close()
            page.close()
    finally:
        doc.close()
    return pages


@pytest.mark.parametrize(
    ("name", "mime", "pages"),
    [
        ("pdflatex-4-pages.pdf", PDF, 4),
        ("habibi-rotated.pdf", PDF, 4),
        ("multi-page-images.tiff", TIFF, 3),
        ("jpeg420exif.jpg", JPEG, 1),
        ("simple-monthly-budget.xlsx", XLSX, 1),
        ("profiles.xls", XLS, None),
        ("tables.docx", DOCX, 1),
        ("having-images.docx", DOCX, None),
        ("CSV-basic-ISO-8859-1.CRLF.csv", CSV, 1),
        ("constituents-financials.csv", CSV, None),
    ],
)
def test_print_each_kind_to_pdf(qapp: Any, tmp_path: Path, name: str, mime: str, pages: int | None) -> None:
    out = tmp_path / "printed.pdf"
    progress: list[tuple[int, int]] = []
    printed = print_document(corpus_dir() / name, mime, pdf_printer(out), progress=lambda d, t: progress.append((d, t)))
    got = read_back(out)
    assert len(got) == printed and printed >= 1
    if pages is not None:
        assert printed == pages
    assert progress[-1] == (printed, printed)
    for _w, _h, variance in got:
        assert variance > 1.0, f"blank page in {name}"


def test_pdf_pages_keep_their_own_orientation(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "rotated.pdf"
    print_document(corpus_dir() / "habibi-rotated.pdf", PDF, pdf_printer(out))
    from clientvault.preview import open_preview

    with open_preview(corpus_dir() / "habibi-rotated.pdf", PDF) as source:
        wanted = [source.page_size(i)[0] > source.page_size(i)[1] for i in range(source.page_count)]
    assert [w > h for w, h, _v in read_back(out)] == wanted
    assert any(wanted) and not all(wanted)


def test_pdf_pages_are_rendered_at_print_dpi_not_printer_dpi(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.preview.pdf import PdfPreview

    asked: list[float | None] = []
    original = PdfPreview.render

    def spy(self: PdfPreview, index: int, **kw: Any) -> Any:
        asked.append(kw.get("dpi"))
        return original(self, index, **kw)

    monkeypatch.setattr(PdfPreview, "render", spy)
    printer = pdf_printer(tmp_path / "x.pdf")
    assert printer.resolution() == 1200
    print_document(corpus_dir() / "minimal-document.pdf", PDF, printer)
    assert asked == [200]


def test_printing_can_be_cancelled(qapp: Any, tmp_path: Path) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(PreviewCancelled):
        print_document(corpus_dir() / "GeoTopo-komprimiert.pdf", PDF, pdf_printer(tmp_path / "c.pdf"), cancelled)


def test_long_sheets_are_capped_with_a_note() -> None:
    from clientvault.preview.sheet import Sheet, SheetInfo, SheetPreview

    rows = ([str(i), "x"] for i in range(MAX_PRINT_ROWS + 50))
    preview = SheetPreview("big.xlsx", [SheetInfo(0, "Hoja1")],
                           lambda _i, _c: Sheet("Hoja1", rows, MAX_PRINT_ROWS + 50, 2))
    text, widest = sheet_html(preview)
    assert text.count("<tr>") == MAX_PRINT_ROWS and widest == 2
    assert "10,000" in text and "10,050" in text


def test_long_sheet_of_unknown_length_says_it_has_more(tmp_path: Path) -> None:
    """A streamed .xlsx without a <dimension> does not know its length before its end: the note must
    not claim a total it does not have (it said "10,000 of 10,001")."""
    import openpyxl

    from clientvault.preview.sheet import open_workbook

    book = openpyxl.Workbook(write_only=True)  # writes no <dimension>
    sheet = book.create_sheet("Movimientos")
    for i in range(40):
        sheet.append([i, f"pago {i}"])
    book.save(tmp_path / "sin-dimension.xlsx")
    preview = open_workbook(tmp_path / "sin-dimension.xlsx")
    try:
        text, _ = sheet_html(preview, max_rows=25)
    finally:
        preview.close()
    assert text.count("<tr>") == 25
    assert "the sheet has more" in text and " of " not in text.split("<p>")[-1]


def test_print_preview_dialog_paints_through_print_document(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    doc = import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    job = PrintJob(window.vault.document_path(doc), doc.mime_type, doc.original_filename, window)
    assert isinstance(job.dialog, QPrintPreviewDialog)
    out = tmp_path / "from-dialog.pdf"
    job.paint(pdf_printer(out))  # what the dialog's paintRequested runs
    assert job.pages == 4 and not job.error
    assert len(read_back(out)) == 4
    job.dialog.deleteLater()
