"""extract() in this process, on real files of the shared corpus: every kind, scans by OCR, hostile files."""

from __future__ import annotations

import socket
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from text_helpers import alive, mime

from clientvault.core.text import MAX_CHARS, Extracted, extract, ocr_available, readers
from clientvault.core.text.result import bound


def words(got: Extracted) -> str:
    """The text with its whitespace collapsed, so a phrase broken across lines still matches."""
    return " ".join(got.text.split())


# -- text layers and documents ---------------------------------------------------------------------


def test_pdf_text_layer(corpus: Path) -> None:
    got = extract(corpus / "minimal-document.pdf", mime("pdf"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 1, 0)
    assert "Lorem ipsum dolor sit amet" in words(got)


def test_pdf_every_page(corpus: Path) -> None:
    got = extract(corpus / "pdflatex-4-pages.pdf", mime("pdf"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 4, 0)
    assert "Huardest gefburn" in words(got)
    # Each page ends with its number: all four pages are in, in order.
    ends = [line for line in got.text.splitlines() if line.strip() in ("1", "2", "3", "4")]
    assert ends == ["1", "2", "3", "4"]
    assert "\r" not in got.text


def test_pdf_with_an_empty_user_password_opens(corpus: Path) -> None:
    got = extract(corpus / "r6-owner-password.pdf", mime("pdf"))
    assert got.status == "ok"
    assert "pdf encryption test" in got.text


def test_pdf_that_needs_a_password_fails_saying_so(corpus: Path) -> None:
    got = extract(corpus / "libreoffice-writer-password.pdf", mime("pdf"))
    assert (got.status, got.text) == ("failed", "")
    assert "password" in got.note


def test_docx_paragraph(corpus: Path) -> None:
    got = extract(corpus / "sample.docx", mime("docx"))
    assert got.status == "ok"
    assert "Nullam sapien. Quisque ligula tellus, consectetuer at, elementum eget, interdum vitae, arcu." in got.text


def test_docx_external_entity_is_not_fetched(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the extractor tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    got = extract(corpus / "ExternalEntityInText.docx", mime("docx"))
    assert got.status == "ok"
    assert "Here should not be the POI web site" in got.text
    assert "<html" not in got.text.lower()


def test_xlsx_cells(corpus: Path) -> None:
    got = extract(corpus / "simple-monthly-budget.xlsx", mime("xlsx"))
    assert (got.status, got.pages) == ("ok", 1)
    assert "SIMPLE MONTHLY BUDGET" in got.text.upper()
    assert "Simple Monthly Budget" in got.text.splitlines()  # the sheet's name is searchable too


def test_xls_cells(corpus: Path) -> None:
    got = extract(corpus / "profiles.xls", mime("xls"))
    assert (got.status, got.pages) == ("ok", 5)
    assert "PROFILEDEF" in got.text.splitlines()
    assert any(line.startswith("PROFIL\ta\tb\tc") for line in got.text.splitlines())  # cells joined by tabs


def test_csv_latin1_accents(corpus: Path) -> None:
    got = extract(corpus / "CSV-basic-ISO-8859-1.CRLF.csv", mime("csv"))
    assert got.status == "ok"
    assert "Hélène,Mahé,42" in got.text
    assert unicodedata.is_normalized("NFC", got.text)


def test_text_is_bounded_and_cut_between_words(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("cuenta " * 600_000)  # 4.2 MB, under the vault's 5 MB
    got = extract(big, mime("txt"))
    assert got.status == "ok"
    assert MAX_CHARS - 10 <= len(got.text) <= MAX_CHARS
    assert got.text.endswith("cuenta")
    assert "cut" in got.note


def test_bound_normalizes_and_cleans() -> None:
    nfd = unicodedata.normalize("NFD", "Cámara de Comercio")
    assert bound(nfd) == "Cámara de Comercio"
    assert bound("a\x03b\r\nc\x0cd") == "a b\nc\nd"
    assert bound("\x02hit\x03 e\x00f\x7fg\rh\x0bi\tj") == "hit  e f g\nh\ni\tj"  # no snippet markers survive
    assert bound("x" * (MAX_CHARS + 5)) == "x" * MAX_CHARS  # no space at all: a plain cut


def test_empty_file_and_unknown_kind(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert extract(empty, mime("pdf")).status == "empty"
    assert extract(tmp_path / "gone.pdf", mime("pdf")).status == "failed"
    got = extract(empty, "application/x-unknown")
    assert got.status == "failed" and "no text reader" in got.note


# -- hostile and damaged files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code", "status", "note"),
    [
        ("bomb_giant.pdf", "pdf", "ok", ""),  # the bomb is an image; the text layer is read, nothing rendered
        ("poc-xmlbomb.xlsx", "xlsx", "failed", "workbook"),
        ("decompression_bomb.gif", "gif", "failed", "too large"),
        ("corrupt-crc.xlsx", "xlsx", "failed", "workbook"),
        ("truncated62886.docx", "docx", "failed", "Word"),
        ("bug1020226.pdf", "pdf", "failed", "PDF"),
        ("too_small.xls", "xls", "failed", "workbook"),
        ("Factura_2024-03.xlsx", "xlsx", "failed", "PDF"),  # really a PDF: the sheet reader says so
        ("multicolumn_truncated.pdf", "pdf", "failed", "PDF"),
        ("bug53475-password-is-pass.docx", "docx", "failed", "password"),
        ("truncated_jpeg.jpg", "jpeg", "failed", "damaged"),
    ],
)
def test_hostile_files_end_quickly_without_raising(corpus: Path, name: str, code: str, status: str, note: str) -> None:
    start = time.monotonic()
    got = extract(corpus / name, mime(code), page_seconds=10)
    assert time.monotonic() - start < 10
    assert got.status == status, got
    assert note in got.note
    assert len(got.text) <= MAX_CHARS


def test_heic_without_a_plugin_is_empty_not_failed(corpus: Path) -> None:
    from PIL import Image

    try:
        Image.open(corpus / "example.heic").close()
    except Exception:  # noqa: BLE001 - whatever Pillow says, it cannot open HEIC here
        got = extract(corpus / "example.heic", mime("heic"))
        assert got.status == "empty" and "HEIC" in got.note
    else:
        pytest.skip("this Pillow opens HEIC (a plugin is installed)")


# -- OCR ---------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("tesseract")
def test_ocr_of_a_png(corpus: Path) -> None:
    got = extract(corpus / "simple.png", mime("png"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 1, 1)
    assert "This is a test document" in got.text


@pytest.mark.usefixtures("tesseract")
def test_ocr_of_every_tiff_page(corpus: Path) -> None:
    got = extract(corpus / "multi-page-images.tiff", mime("tiff"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 3, 3)
    for page in (1, 2, 3):
        assert f"This is a multi page document. Page {page}." in got.text


@pytest.mark.usefixtures("tesseract")
def test_scanned_pdf_page_is_read_by_ocr(scanned_pdf: Path) -> None:
    got = extract(scanned_pdf, mime("pdf"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 1, 1)
    assert "This is a test document" in got.text


@pytest.mark.usefixtures("tesseract")
def test_pdf_with_text_and_a_scan_has_both(mixed_pdf: Path) -> None:
    got = extract(mixed_pdf, mime("pdf"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 2, 1)
    assert "Lorem ipsum" in got.text and "This is a test document" in got.text


@pytest.mark.usefixtures("tesseract")
def test_ocr_stops_at_the_page_cap(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "OCR_MAX_PAGES", 2)
    got = extract(corpus / "multi-page-images.tiff", mime("tiff"))
    assert (got.status, got.pages, got.ocr_pages) == ("ok", 3, 2)
    assert "Page 2." in got.text and "Page 3." not in got.text
    assert "OCR stops at 2 pages: page(s) 3 not read" in got.note


@pytest.mark.usefixtures("no_tesseract")
def test_without_tesseract_scans_need_ocr_and_text_still_works(corpus: Path, scanned_pdf: Path, mixed_pdf: Path) -> None:
    assert not ocr_available()
    image = extract(corpus / "multi-page-images.tiff", mime("tiff"))
    assert (image.status, image.text, image.pages, image.ocr_pages) == ("needs_ocr", "", 3, 0)
    assert "Tesseract is not installed" in image.note
    assert extract(scanned_pdf, mime("pdf")).status == "needs_ocr"
    mixed = extract(mixed_pdf, mime("pdf"))
    assert mixed.status == "needs_ocr" and "Lorem ipsum" in mixed.text  # the text layer is kept
    text_pdf = extract(corpus / "minimal-document.pdf", mime("pdf"))
    assert text_pdf.status == "ok" and "Lorem ipsum" in text_pdf.text


def test_ocr_turned_off(corpus: Path) -> None:
    got = extract(corpus / "simple.png", mime("png"), ocr=False)
    assert (got.status, got.ocr_pages) == ("needs_ocr", 0)
    assert "OCR is turned off" in got.note


def test_a_page_over_its_time_limit_is_abandoned(corpus: Path, fake_tesseract: Callable[[float], Path]) -> None:
    started = fake_tesseract(30)
    start = time.monotonic()
    got = extract(corpus / "simple.png", mime("png"), page_seconds=1)
    assert time.monotonic() - start < 5
    assert (got.status, got.ocr_pages) == ("failed", 0)
    assert "time limit" in got.note
    assert not alive(int(started.read_text().split()[0]))  # killed and reaped, not left sleeping


def test_the_file_budget_stops_starting_pages(corpus: Path, fake_tesseract: Callable[[float], Path]) -> None:
    started = fake_tesseract(30)
    start = time.monotonic()
    got = extract(corpus / "multi-page-images.tiff", mime("tiff"), page_seconds=20, file_seconds=2)
    assert time.monotonic() - start < 6
    assert got.status == "failed"
    assert "time limit for the file" in got.note
    assert len(started.read_text().split()) == 1  # one page tried; the other two never started


def test_formatted_amounts_are_found_as_shown_and_as_typed(tmp_path: Path) -> None:
    """A sheet's text is what its cells show ("$ 2.500.000,00"); the digits alone ride beside each
    grouped number, so a search for 2500000 and one for 2.500.000 both find the cell."""
    import openpyxl

    from clientvault.core.catalog.texts import terms_of

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["B2"] = 2_500_000
    sheet["B2"].number_format = '"$" #,##0.00'
    sheet["B3"] = 900123456
    sheet["B3"].number_format = '000"."000"."000'
    sheet["B4"] = 2024
    path = tmp_path / "montos.xlsx"
    book.save(path)
    got = extract(path, mime("xlsx"))
    assert got.status == "ok"
    assert "$ 2,500,000.00" in got.text and "900.123.456" in got.text  # as the cells show them
    words = set(terms_of(got.text).words) | {w for phrase in terms_of(got.text).phrases for w in phrase}
    assert {"2500000", "900123456", "2024"} <= words
    assert got.text.count("2024") == 1  # an ungrouped number is not written twice
