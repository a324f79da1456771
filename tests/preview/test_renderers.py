"""What each renderer promises, checked on real files from the corpus and on files made here."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import pytest

from clientvault.preview import PreviewCancelled, PreviewError, open_preview
from clientvault.preview.base import MAX_RENDER_SIDE
from clientvault.preview.image import ImagePreview
from clientvault.preview.pdf import PdfPreview
from clientvault.preview.sheet import SheetPreview, format_cell, open_workbook
from clientvault.preview.text import TextPreview, decode, sniff_delimiter
from clientvault.preview.word import WordPreview

from .conftest import REPO

T = TypeVar("T")

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _open(cls: type[T], path: Path, mime: str, **kwargs: Any) -> T:
    """open_preview, checked to have produced the expected kind of preview."""
    preview = open_preview(path, mime, **kwargs)
    assert isinstance(preview, cls), preview
    return preview


# ------------------------------------------------------------------ layering


def test_importing_preview_loads_no_widgets_and_no_heavy_library() -> None:
    code = (
        "import sys, clientvault.preview\n"
        "bad = [m for m in ('PySide6.QtWidgets', 'pypdfium2', 'python_calamine', 'xlrd', 'mammoth', 'PIL') if m in sys.modules]\n"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert out.strip() == "[]"
    for source in (REPO / "clientvault" / "preview").glob("*.py"):
        assert "QtWidgets" not in source.read_text(encoding="utf-8"), source


# ------------------------------------------------------------------ PDF


def test_pdf_rotation_swaps_page_sizes(corpus: Path, gui: object) -> None:
    with _open(PdfPreview, corpus / "habibi-rotated.pdf", PDF) as pdf:
        assert pdf.page_count == 4
        sizes = [pdf.page_size(i) for i in range(4)]
        assert sizes[0][0] > sizes[0][1]  # /Rotate 90: landscape on screen
        assert sizes[1][0] < sizes[1][1]  # /Rotate 180
        assert sizes[2][0] > sizes[2][1]  # /Rotate 270
        assert sizes[3][0] < sizes[3][1]  # no rotation: portrait
        img = pdf.render(0, dpi=72)
        assert img.width() > img.height()


def test_pdf_form_values_are_drawn(corpus: Path, gui: object) -> None:
    with _open(PdfPreview, corpus / "prefilled_f1040.pdf", PDF) as pdf:
        with_forms = pdf.render(0, dpi=72)
        without = pdf.render(0, dpi=72, forms=False)
    assert with_forms.size() == without.size()
    assert with_forms != without


def test_pdf_password_prompt_and_open(corpus: Path, gui: object) -> None:
    path = corpus / "libreoffice-writer-password.pdf"
    with pytest.raises(PreviewError) as info:
        _open(PdfPreview, path, PDF)
    assert info.value.kind == "password" and "contraseña" in info.value.message
    with pytest.raises(PreviewError) as wrong:
        _open(PdfPreview, path, PDF, password="nope")
    assert wrong.value.kind == "password" and "no es correcta" in wrong.value.message
    with _open(PdfPreview, path, PDF, password="openpassword") as pdf:
        assert pdf.page_count == 1
        assert not pdf.render(0, dpi=30).isNull()


def test_pdf_with_empty_user_password_opens_without_asking(corpus: Path, gui: object) -> None:
    with _open(PdfPreview, corpus / "r6-owner-password.pdf", PDF) as pdf:
        assert pdf.page_count == 1


def test_pdf_render_is_capped_and_cancellable(corpus: Path, gui: object) -> None:
    with _open(PdfPreview, corpus / "minimal-document.pdf", PDF) as pdf:
        big = pdf.render(0, dpi=5000)
        assert max(big.width(), big.height()) <= MAX_RENDER_SIDE
        assert pdf.render(0, width=300).width() == 300
        with pytest.raises(PreviewCancelled):
            pdf.render(0, cancelled=lambda: True)


def test_damaged_pdf_says_so(corpus: Path) -> None:
    with pytest.raises(PreviewError) as info:
        _open(PdfPreview, corpus / "bug1020226.pdf", PDF)
    assert "dañado o incompleto" in info.value.message


# ------------------------------------------------------------------ images


def test_exif_orientation_is_applied(corpus: Path, gui: object) -> None:
    from PySide6.QtGui import QImageReader, QTransform

    path = corpus / "hopper_orientation_6.jpg"
    raw_reader = QImageReader(str(path))
    raw_reader.setAutoTransform(False)
    raw = raw_reader.read()
    shown = _open(ImagePreview, path, "image/jpeg").image(0)
    assert shown != raw
    assert shown == raw.transformed(QTransform().rotate(90))  # orientation 6: 90 degrees clockwise


def test_cmyk_jpeg_colours_match_pillow(corpus: Path, gui: object) -> None:
    from PIL import Image
    from PySide6.QtGui import QImage

    path = corpus / "pil_sample_cmyk.jpg"
    ours = _open(ImagePreview, path, "image/jpeg").image(0).convertToFormat(QImage.Format.Format_RGB32)
    with Image.open(path) as im:
        assert im.mode == "CMYK"
        ref = im.convert("RGB")
        w, h = ref.size
    diffs = []
    for x in range(0, w, max(1, w // 10)):
        for y in range(0, h, max(1, h // 10)):
            r, g, b = ref.getpixel((x, y))  # type: ignore[misc]
            c = ours.pixelColor(x, y)
            diffs.append(abs(c.red() - r) + abs(c.green() - g) + abs(c.blue() - b))
    assert sum(diffs) / len(diffs) < 30, "CMYK colours look inverted or wrong"


def test_tiff_every_page(corpus: Path, gui: object) -> None:
    img = _open(ImagePreview, corpus / "multi-page-images.tiff", "image/tiff")
    assert img.page_count == 3
    for page in range(3):
        assert not img.image(page).isNull()
    with pytest.raises(IndexError):
        img.image(3)


def test_gif_bomb_refused_before_decoding(corpus: Path, gui: object) -> None:
    with pytest.raises(PreviewError) as info:
        _open(ImagePreview, corpus / "decompression_bomb.gif", "image/gif")
    assert "65,535" in info.value.message or "65535" in info.value.message


def test_heic_is_unsupported_not_broken(corpus: Path, gui: object) -> None:
    from PySide6.QtGui import QImageReader

    if b"heic" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip("this Qt has a HEIC plugin")
    with pytest.raises(PreviewError) as info:
        _open(ImagePreview, corpus / "example.heic", "image/heic")
    assert info.value.kind == "unsupported" and "ábralo con otro programa" in info.value.message


# ------------------------------------------------------------------ sheets


def test_cells_read_as_a_person_reads_them() -> None:
    assert format_cell(42.0) == "42"
    assert format_cell(-3.0) == "-3"
    assert format_cell(0.1 + 0.2) == "0,3"  # General, with the decimal comma of Spanish (Colombia)
    assert format_cell(1234567.891) == "1234567,891"
    assert format_cell(dt.datetime(2024, 12, 31)) == "31/12/2024"
    assert format_cell(dt.date(2024, 3, 1)) == "01/03/2024"
    assert format_cell(dt.datetime(2024, 3, 1, 14, 30)) == "01/03/2024 14:30"
    assert format_cell(True) == "VERDADERO"
    assert format_cell(None) == ""


def test_xlsx_dates_and_integers(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Movimientos"
    ws.append(["Fecha", "Cuenta", "Valor"])
    ws.append([dt.date(2024, 12, 31), 110505, 1500.25])
    ws.append([dt.datetime(2024, 1, 2, 9, 15), 220505, 1000.0])
    path = tmp_path / "libro.xlsx"
    wb.save(path)
    book = open_workbook(path)
    assert [s.name for s in book.sheets] == ["Movimientos"]
    sheet = book.sheet(book.sheets[0].index)
    assert sheet.row_count == 3 and sheet.column_count == 3
    # openpyxl gives dates the codes yyyy-mm-dd and yyyy-mm-dd h:mm:ss: Excel shows them so.
    assert sheet.rows(1, 2) == [["2024-12-31", "110505", "1500,25"], ["2024-01-02 9:15:00", "220505", "1000"]]


def test_xls_numbers_without_trailing_zero(corpus: Path) -> None:
    book = open_workbook(corpus / "54686_fraction_formats.xls")
    row = book.sheet(0).rows(1, 1)[0]
    assert row[0] == "4051" and row[1] == "8750153"


def test_hidden_sheets_and_chartsheets(corpus: Path) -> None:
    book = open_workbook(corpus / "any_sheets.xlsx")
    assert [s.name for s in book.sheets] == ["Visible", "Chart"]  # a chartsheet's tab says it holds charts
    assert book.hidden_sheets == ["Hidden", "VeryHidden"]
    chart = book.sheet(book.sheets[1].index)
    assert chart.rows(0, 10) == [] and chart.charts_only
    assert not book.sheet(book.sheets[0].index).charts_only


def test_merged_cells_keep_the_top_left_value(corpus: Path) -> None:
    book = open_workbook(corpus / "merged_range.xlsx")
    sheet = book.sheet(0)
    assert sheet.merged
    for r0, c0, _r1, _c1 in sheet.merged:
        assert sheet.cell(r0, c0) != "" or (r0, c0) == (0, 3)


def test_strict_ooxml_previews(corpus: Path) -> None:
    book = open_workbook(corpus / "SampleSS.strict.xlsx")
    assert book.sheet(0).cell(0, 0) == "Test spreadsheet"


def test_sparse_sheet_opens_without_its_rectangle(tmp_path: Path) -> None:
    """Cells in A1 and XFD1048576 made calamine ask for 512 GB and abort the process; the streaming
    reader allocates only the rows it reads (the last row: tests/preview/test_sheet_stream.py)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.active["XFD1048576"] = "y"
    path = tmp_path / "sparse.xlsx"
    wb.save(path)
    sheet = _open(SheetPreview, path, XLSX).sheet(0)
    assert sheet.rows(0, 200)[0] == ["x"] and sheet.rows(0, 200)[1:] == [[]] * 199
    assert (sheet.row_count, sheet.column_count) == (1_048_576, 16_384)  # what <dimension> claims


def test_rows_are_lazy_and_cached() -> None:
    from clientvault.preview.sheet import Sheet

    pulled = []

    def source():
        for i in range(10_000):
            pulled.append(i)
            yield [float(i)]

    sheet = Sheet("s", source(), 10_000, 1)
    assert sheet.rows(0, 50)[-1] == ["49"]
    assert len(pulled) == 50
    assert sheet.rows(10, 2) == [["10"], ["11"]]
    assert len(pulled) == 50


# ------------------------------------------------------------------ Word


def test_xxe_docx_renders_without_network(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the preview tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    word = _open(WordPreview, corpus / "ExternalEntityInText.docx", DOCX)
    assert "POI web site" in word.html
    assert "http://poi.apache.org" not in word.html


def test_docx_images_are_sized_data_uris(corpus: Path, gui: object) -> None:
    import re

    word = _open(WordPreview, corpus / "having-images.docx", DOCX)
    images = re.findall(r"<img\b[^>]*>", word.html)
    assert len(images) == 5
    for tag in images:
        assert 'src="data:image/' in tag and re.search(r'width="\d+"', tag)


def test_docx_tables_kept(corpus: Path) -> None:
    word = _open(WordPreview, corpus / "tables.docx", DOCX)
    assert "<table" in word.html and "Top left" in word.html


def test_encrypted_docx_and_doc(corpus: Path) -> None:
    with pytest.raises(PreviewError) as enc:
        _open(WordPreview, corpus / "bug53475-password-is-pass.docx", DOCX)
    assert enc.value.kind == "password"
    with pytest.raises(PreviewError) as doc:
        _open(WordPreview, corpus / "SampleDoc.doc", "application/msword")
    assert doc.value.kind == "unsupported"


# ------------------------------------------------------------------ CSV and text


def test_latin1_csv_shows_accents(corpus: Path) -> None:
    text = _open(TextPreview, corpus / "CSV-basic-ISO-8859-1.CRLF.csv", "text/csv")
    rows = text.sheet(0).rows(0, 10)
    assert ["Hélène", "Mahé", "42"] in rows


def test_quoted_newlines(corpus: Path) -> None:
    rows = _open(TextPreview, corpus / "quotes_and_newlines.csv", "text/csv").sheet(0).rows(0, 10)
    assert rows == [["a", "b"], ["1", 'ha \n"ha" \nha'], ["3", "4"]]


def test_delimiters_and_encodings(tmp_path: Path) -> None:
    assert sniff_delimiter("a;b;c\n1,5;2;3\n") == ";"
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("a,b\n1,2\n") == ","
    assert decode("\ufeffNIT;Razón".encode())[0] == "NIT;Razón"
    assert decode("Razón".encode("cp1252")) == ("Razón", "cp1252")
    path = tmp_path / "terceros.csv"
    path.write_bytes("NIT;Razón social;Saldo\n900123456;Café Ñandú S.A.S.;1.234,50\n".encode("cp1252"))
    sheet = _open(TextPreview, path, "text/csv").sheet(0)
    assert sheet.row_count == 2 and sheet.column_count == 3
    assert sheet.rows(1, 1) == [["900123456", "Café Ñandú S.A.S.", "1.234,50"]]


# ------------------------------------------------------------------ dispatcher


def test_oversize_and_empty_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import clientvault.preview.pdf as pdf_module

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("parsed an oversize file")

    monkeypatch.setattr(pdf_module, "open_pdf", boom)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024))
    with pytest.raises(PreviewError) as info:
        _open(PdfPreview, big, PDF)
    assert "demasiado grande" in info.value.message
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(PreviewError) as info:
        _open(PdfPreview, empty, PDF)
    assert "vacío" in info.value.message


def test_wrong_extension_is_explained(corpus: Path) -> None:
    with pytest.raises(PreviewError) as info:
        _open(SheetPreview, corpus / "Factura_2024-03.xlsx", XLSX)
    assert "PDF" in info.value.message
