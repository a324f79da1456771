"""Printing each kind to a real PDF file (QPrinter HighResolution, PdfFormat) and reading it back with PDFium:
page count, page orientation, pages not blank, and on sheet, Word and CSV pages the header (company,
file name, date), «Page n of N» and the first row with data at the top left. The print preview
window is tested in test_print_preview.py, a real CUPS queue in test_print_cups.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from preview_helpers import corpus_dir
from print_helpers import COMPANY, c3_workbook, pdf_pages, pdf_printer, squeeze, word_box
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageLayout

from clientvault.preview import PreviewCancelled
from clientvault.ui.formatting import local_date
from clientvault.ui.printing import MAX_PRINT_ROWS, page_header, page_label, print_document, sheet_html

PDF, TIFF, JPEG, CSV = "application/pdf", "image/tiff", "image/jpeg", "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS = "application/vnd.ms-excel"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


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
    assert QLocale().toString(MAX_PRINT_ROWS) in text and QLocale().toString(MAX_PRINT_ROWS + 50) in text


def test_long_sheet_of_unknown_length_says_it_has_more(tmp_path: Path) -> None:
    """A streamed .xlsx without a <dimension> does not know its length before its end: the note must
    not claim a total it does not have (it said "10,000 of 10,001")."""
    import openpyxl

    from clientvault.preview.sheet import open_workbook

    book = openpyxl.Workbook(write_only=True)  # writes no <dimension>
    sheet = book.create_sheet("Movimientos")
    for i in range(500):  # more than the rows the model reads ahead (200), so the end is not reached
        sheet.append([i, f"pago {i}"])
    book.save(tmp_path / "sin-dimension.xlsx")
    preview = open_workbook(tmp_path / "sin-dimension.xlsx")
    try:
        text, _ = sheet_html(preview, max_rows=25)
    finally:
        preview.close()
    assert text.count("<tr>") == 25
    assert "the sheet has more" in text and " of " not in text.split("<p>")[-1]


def assert_header(page_text: str, file_name: str, number: int, total: int) -> None:
    text = squeeze(page_text)
    for wanted in (COMPANY, file_name, local_date(date.today()), page_label(number, total)):
        assert squeeze(wanted) in text, (wanted, page_text[:300])


def test_printed_sheet_carries_header_and_page_numbers_and_starts_at_its_first_row(qapp: Any, tmp_path: Path) -> None:
    """Data from C3 on: the paper's table starts with C3, right under the header, at the left margin
    (it printed two empty rows and two empty columns first), and every page says whose it is."""
    source = c3_workbook(tmp_path / "pagos.xlsx")
    out = tmp_path / "pagos.pdf"
    printed = print_document(source, XLSX, pdf_printer(out), header=page_header(COMPANY, "Pagos 2024.xlsx"))
    pages = pdf_pages(out)
    assert printed == len(pages) >= 2
    for i, (_w, _h, text) in enumerate(pages):
        assert_header(text, "Pagos 2024.xlsx", i + 1, printed)
    body = squeeze(pages[0][2]).split(squeeze(page_label(1, printed)), 1)[1]
    assert body.startswith("ProveedorFacturaValorProveedor1")
    company, name, first = (word_box(out, 0, w) for w in ("Contadores", "Pagos 2024.xlsx", "Proveedor"))
    assert first[0] - company[0] < 10, (first, company)  # two empty columns put it 14 pt further right
    assert first[1] - name[3] < 25, (first, name)  # two empty rows put it 45 pt lower


def test_sheet_html_starts_at_the_first_cell_with_data(tmp_path: Path) -> None:
    from clientvault.preview.sheet import open_workbook

    preview = open_workbook(c3_workbook(tmp_path / "c3.xlsx", rows=3))
    try:
        text, widest = sheet_html(preview)
    finally:
        preview.close()
    first_row = text.split("<tr>")[1].split("</tr>")[0]
    assert first_row.startswith("<td>Proveedor</td>") and first_row.count("<td") == 3 and widest == 3
    assert text.count("<tr>") == 4


@pytest.mark.parametrize(("name", "mime"), [("tables.docx", DOCX), ("CSV-basic-ISO-8859-1.CRLF.csv", CSV),
                                            ("having-images.docx", DOCX)])
def test_word_and_csv_pages_carry_the_header(qapp: Any, tmp_path: Path, name: str, mime: str) -> None:
    out = tmp_path / "out.pdf"
    printed = print_document(corpus_dir() / name, mime, pdf_printer(out), header=page_header(COMPANY, name))
    pages = pdf_pages(out)
    assert printed == len(pages)
    for i, (_w, _h, text) in enumerate(pages):
        assert_header(text, name, i + 1, printed)


def test_pdf_pages_are_printed_as_they_are(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    print_document(corpus_dir() / "pdflatex-4-pages.pdf", PDF, pdf_printer(out), header=page_header(COMPANY, "x.pdf"))
    assert all(squeeze(COMPANY) not in squeeze(text) for _w, _h, text in pdf_pages(out))


def test_page_range_and_orientation(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"
    assert print_document(corpus_dir() / "pdflatex-4-pages.pdf", PDF, pdf_printer(out), pages=(2, 3)) == 2
    assert len(pdf_pages(out)) == 2
    sheet = c3_workbook(tmp_path / "pagos.xlsx")
    out = tmp_path / "sheet-range.pdf"
    landscape, header = QPageLayout.Orientation.Landscape, page_header(COMPANY, "pagos.xlsx")
    total = print_document(sheet, XLSX, pdf_printer(tmp_path / "all.pdf"), header=header, orientation=landscape)
    printed = print_document(sheet, XLSX, pdf_printer(out), header=header, pages=(2, 2), orientation=landscape)
    ((width, height, text),) = pdf_pages(out)
    assert total >= 2 and printed == 1 and width > height
    assert squeeze(page_label(2, total)) in squeeze(text)  # the page's own number, of the whole document


def test_a_merged_title_spans_its_columns_on_paper(tmp_path: Path) -> None:
    """A title merged across B2:D2 (as accountants head a statement) spans the three columns instead of
    widening column B to its length."""
    import openpyxl

    from clientvault.preview.sheet import open_workbook

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B2"] = "Estado de resultados 2024"
    sheet.merge_cells("B2:D2")
    for r, row in enumerate([("Cuenta", "Débito", "Crédito"), ("4135", 100, 0), ("5105", 0, 100)], start=3):
        for c, value in enumerate(row, start=2):
            sheet.cell(r, c, value)
    book.save(tmp_path / "estado.xlsx")
    preview = open_workbook(tmp_path / "estado.xlsx")
    try:
        text, widest = sheet_html(preview)
    finally:
        preview.close()
    rows = [r.split("</tr>")[0] for r in text.split("<tr>")[1:]]
    assert widest == 3 and len(rows) == 4
    assert rows[0].count("<td") == 1 and 'colspan="3"' in rows[0] and "Estado de resultados 2024" in rows[0]
    assert rows[1].startswith("<td") and "Cuenta" in rows[1].split("</td>")[0]


def test_each_tiff_page_prints_in_its_own_orientation(qapp: Any, tmp_path: Path) -> None:
    """A receipt scanned sideways after a portrait page: each sheet of paper turns to its page."""
    from PIL import Image

    source = tmp_path / "scan.tif"
    portrait, landscape = Image.new("RGB", (400, 600), (200, 30, 30)), Image.new("RGB", (600, 400), (30, 30, 200))
    portrait.save(source, save_all=True, append_images=[landscape])
    out = tmp_path / "scan.pdf"
    assert print_document(source, TIFF, pdf_printer(out)) == 2
    assert [w > h for w, h, _t in pdf_pages(out)] == [False, True]


@pytest.mark.parametrize(("locale", "wanted"), [("es_CO", "04/03/2026"), ("en_US", "03/04/2026")])
def test_the_printed_date_has_four_digits_in_the_locale_order(qapp: Any, locale: str, wanted: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert page_header(COMPANY, "x.xlsx", date(2026, 3, 4)).printed_on == wanted
    finally:
        QLocale.setDefault(before)


def test_a_sheet_of_charts_and_red_negatives_print_as_the_pane_shows_them(qapp: Any, tmp_path: Path) -> None:
    """WithThreeCharts.xlsx's second sheet holds only charts: paper says so, as the pane does (it
    printed «This sheet is empty.»); a negative the format paints red is red on paper too."""
    import openpyxl

    out = tmp_path / "charts.pdf"
    print_document(corpus_dir() / "WithThreeCharts.xlsx", XLSX, pdf_printer(out),
                   header=page_header(COMPANY, "WithThreeCharts.xlsx"))
    text = squeeze(" ".join(t for _w, _h, t in pdf_pages(out)))
    assert squeeze("This sheet only has charts") in text and squeeze("This sheet is empty") not in text

    book = openpyxl.Workbook()
    book.active["A1"] = -1250
    book.active["A1"].number_format = "#,##0;[Red]-#,##0"
    source = tmp_path / "negativos.xlsx"
    book.save(source)
    from clientvault.preview.sheet import open_workbook

    preview = open_workbook(source)
    try:
        html_text, _ = sheet_html(preview)
    finally:
        preview.close()
    assert '<font color="#ff0000">-1,250</font>' in html_text
