"""Finding words in a PDF's text layer (preview/pdf_find.py): real corpus PDFs, a PDF with accents
written by Qt, a rotated page and a page with no text; the rectangles checked against what PDFium
itself says of the characters and against the rendered pixels."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pdf_helpers import pdfium_hit_box, write_pdf

from clientvault.preview import PreviewCancelled, open_preview
from clientvault.preview.pdf_find import MAX_HITS, find_spans, fold_with_map, needle_pattern
from tests.preview.conftest import corpus_dir


def _corpus(name: str) -> Path:
    path = corpus_dir() / name
    if not path.is_file():
        pytest.skip(f"corpus file {name} not found")
    return path


def _expected_rect(path: Path, page: int, needle: str, nth: int = 0) -> tuple[float, float, float, float]:
    """Where PDFium's own search puts the ``nth`` hit on an unrotated page, as points from the top-left."""
    return pdfium_hit_box(path, page, needle, nth)[:4]


def test_folding_keeps_a_map_to_the_original_characters() -> None:
    text = "Nº 12: RESOLUCIÓN de facturación, Straße, año e\u0301"  # the last é decomposed (NFD)
    folded, where = fold_with_map(text)
    assert where is not None and len(where) == len(folded)
    for needle, original in (("resolucion", "RESOLUCIÓN"), ("FACTURACION", "facturación"), ("strasse", "Straße"),
                             ("ano", "año"), ("e", "e\u0301")):
        pattern = needle_pattern(needle)
        assert pattern is not None
        spans = find_spans(text, pattern)
        assert any(text[a:b] == original for a, b in spans), (needle, [text[a:b] for a, b in spans])
    assert fold_with_map("plain ASCII") == ("plain ascii", None)  # the common case costs one lower()
    assert needle_pattern("   ") is None


def test_a_phrase_matches_across_line_breaks_and_tabs() -> None:
    pattern = needle_pattern("printed  text will")
    assert pattern is not None
    assert find_spans("a printed text\r\nwill look", pattern) == [(2, 20)]
    assert find_spans("printed\ttext will", pattern) == [(0, 17)]


def test_words_of_a_corpus_pdf_sit_where_pdfium_says() -> None:
    path = _corpus("pdflatex-4-pages.pdf")
    with open_preview(path) as preview:
        result = preview.find("MEANING")
    assert result.pages_with_text == 4 and not result.truncated
    doc = pdfium.PdfDocument(path)
    try:
        pdfium_count = sum(1 for i in range(len(doc)) for _ in iter(doc[i].get_textpage().search("meaning").get_next, None))
    finally:
        doc.close()
    assert len(result.hits) == pdfium_count > 4
    on_page_3 = [h for h in result.hits if h.page == 2]
    assert on_page_3
    assert on_page_3[0].rects[0] == pytest.approx(_expected_rect(path, 2, "meaning"), abs=0.1)


def test_a_phrase_broken_across_lines_has_one_rectangle_per_line() -> None:
    path = _corpus("pdflatex-4-pages.pdf")
    with open_preview(path) as preview:
        result = preview.find("printed text will look")  # "...printed text\r\nwill look..." on page 1
    first = result.hits[0]
    assert first.page == 0 and len(first.rects) == 2
    assert first.rects[1][1] > first.rects[0][1]  # the second line is lower on the page


def test_accents_and_case_are_ignored_in_a_long_corpus_pdf() -> None:
    with open_preview(_corpus("GeoTopo-komprimiert.pdf")) as preview:  # 117 pages
        result = preview.find("bilinearitat")  # printed «Bilinearität», only on page 101
    assert [h.page for h in result.hits] == [100]


def test_accents_in_a_pdf_written_by_qt(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "resolucion.pdf", [(100, "Resolución de facturación No. 18764"), (300, "RESOLUCIÓN DIAN 2024")])
    doc = pdfium.PdfDocument(path)
    try:  # what PDFium alone cannot do: accents are not folded by its search
        assert doc[0].get_textpage().search("resolucion", match_case=False).get_next() is None
    finally:
        doc.close()
    with open_preview(path) as preview:
        result = preview.find("resolucion")
        assert [h.page for h in result.hits] == [0, 0]
        assert preview.find("FACTURACION").hits and preview.find("18764").hits
    exact = _expected_rect(path, 0, "Resolución")
    assert result.hits[0].rects[0] == pytest.approx(exact, abs=0.1)


def test_rectangles_follow_the_page_rotation(tmp_path: Path) -> None:
    straight = write_pdf(tmp_path / "straight.pdf", [(200, "Resolución 18764")])
    doc = pdfium.PdfDocument(straight)
    doc[0].set_rotation(90)
    rotated = tmp_path / "rotated.pdf"
    doc.save(rotated)
    doc.close()
    with open_preview(straight) as preview:
        x, y, w, h = preview.find("18764").hits[0].rects[0]
        _, page_h = preview.page_size(0)
    with open_preview(rotated) as preview:
        assert preview.page_size(0) == pytest.approx((page_h, 595), abs=1)
        rx, ry, rw, rh = preview.find("18764").hits[0].rects[0]
        image = preview.render(0, dpi=72)
    # Turned a quarter clockwise: the text's top edge now faces right, the page's left edge is its top.
    assert (rx, ry, rw, rh) == pytest.approx((page_h - y - h, x, h, w), abs=0.2)
    scale = image.width() / preview.page_size(0)[0]
    inside = [image.pixelColor(round((rx + rw / 2) * scale), round((ry + f * rh) * scale)).lightness()
              for f in (i / 20 for i in range(1, 20))]
    assert min(inside) < 128  # the rectangle covers the drawn digits, not blank paper


def test_a_page_without_text_is_reported_as_such(tmp_path: Path) -> None:
    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    scan = tmp_path / "scan.pdf"
    doc.save(scan)
    doc.close()
    with open_preview(scan) as preview:
        result = preview.find("rut")
    assert result.pages_with_text == 0 and result.hits == []


def test_hits_are_bounded_and_the_search_cancellable() -> None:
    with open_preview(_corpus("GeoTopo-komprimiert.pdf")) as preview:
        result = preview.find("e")
        assert result.truncated and len(result.hits) == MAX_HITS
        with pytest.raises(PreviewCancelled):
            preview.find("topologie", cancelled=lambda: True)
