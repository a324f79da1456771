"""Helpers for the printing tests: a PDF-file printer, a sheet whose data starts at C3, and reading a
printed PDF back with PDFium (pages, their text, where a word sits on the page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COMPANY = "Contadores Ñandú S.A.S."


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def c3_workbook(path: Path, rows: int = 120) -> Path:
    """A real .xlsx whose data starts at C3 (a title row, then ``rows`` payments), made by openpyxl."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Pagos"
    sheet["C3"], sheet["D3"], sheet["E3"] = "Proveedor", "Factura", "Valor"
    for i in range(rows):
        sheet.cell(4 + i, 3, f"Proveedor {i + 1}")
        sheet.cell(4 + i, 4, f"FV-{1000 + i}")
        sheet.cell(4 + i, 5, 1000 * (i + 1))
    book.save(path)
    return path


def squeeze(text: str) -> str:
    """Text without any whitespace: PDFium puts line breaks between glyphs Qt positioned one by one."""
    return "".join(text.split())


def pdf_pages(path: Path) -> list[tuple[float, float, str]]:
    """(width pt, height pt, text) of every page."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for i in range(len(doc)):
            page = doc[i]
            width, height = page.get_size()
            textpage = page.get_textpage()
            pages.append((width, height, textpage.get_text_range()))
            textpage.close()
            page.close()
        return pages
    finally:
        doc.close()


def word_box(path: Path, page_index: int, word: str) -> tuple[float, float, float, float]:
    """(left, top, right, bottom), in points from the page's top-left corner, of the first ``word``
    on the page, matched with the whitespace taken out of both (see :func:`squeeze`)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[page_index]
        height = page.get_size()[1]
        textpage = page.get_textpage()
        chars = [(textpage.get_text_range(i, 1), i) for i in range(textpage.count_chars())]
        kept = [(c, i) for c, i in chars if c.strip()]
        at = "".join(c for c, _i in kept).find(squeeze(word))
        assert at >= 0, f"{word!r} is not on page {page_index + 1}"
        boxes = [textpage.get_charbox(i) for _c, i in kept[at : at + len(squeeze(word))]]
        textpage.close()
        page.close()
    finally:
        doc.close()
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return left, height - top, right, height - bottom
