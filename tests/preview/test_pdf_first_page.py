"""The fast path of a PDF's first page in the pane: PDFium draws into the QImage's own memory and
reads the file as it needs it. These check that what is drawn is still exactly PDFium's page (a
wrong line length or byte order would garble it), that rotated pages keep their shape, and that
the open file is closed and the size limit kept."""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from clientvault.core.storage import MAX_SIZE
from clientvault.preview import PreviewError, open_preview
from clientvault.ui.preview.content import load_content, load_pdf_page


@pytest.fixture(autouse=True)
def _qt(qapp):  # QImage needs a Qt application on some platforms
    yield


def pdfium_page(path: Path, index: int, width: int) -> list[tuple[int, int, int]]:
    """Page ``index`` drawn by pypdfium2 itself with the flags the vault uses, as RGB pixels."""
    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    try:
        page = doc[index]
        w, h = doc.get_page_size(index)
        scale = width / w
        bitmap = page.render(scale=scale, draw_annots=True, may_draw_forms=True, optimize_mode="lcd",
                             fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil().convert("RGB")
        return [image.getpixel((x, y)) for y in range(0, image.height, 5) for x in range(0, image.width, 5)]
    finally:
        doc.close()


def pixels(image) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    out = []
    for y in range(0, image.height(), 5):
        for x in range(0, image.width(), 5):
            c = image.pixelColor(x, y)
            out.append((c.red(), c.green(), c.blue()))
    return out


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("name, page", [("minimal-document.pdf", 0), ("GeoTopo-komprimiert.pdf", 0),
                                        ("habibi-rotated.pdf", 1), ("habibi-rotated.pdf", 2)])
def test_pane_page_is_pdfiums_page(corpus: Path, name: str, page: int) -> None:
    path = corpus / name
    content = load_pdf_page(path, "application/pdf", page, 400, None)
    ours = content.image
    assert ours is not None and not ours.isNull()
    doc = pdfium.PdfDocument(str(path))
    w, h = doc.get_page_size(page)
    doc.close()
    # the displayed shape: a page rotated by 90 degrees is wider than tall, and so is its image
    assert (ours.width() > ours.height()) == (w > h)
    assert pixels(ours) == pdfium_page(path, page, ours.width())


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files through /proc")
def test_first_page_leaves_no_file_open(corpus: Path) -> None:
    path = corpus / "pdflatex-4-pages.pdf"
    load_content(path, "application/pdf", 300, None)  # warm-up: imports open their own files
    before = open_fds()
    for _ in range(5):
        load_content(path, "application/pdf", 300, None)
        load_pdf_page(path, "application/pdf", 2, 300, None)
    assert open_fds() == before


def test_streamed_pdf_over_the_limit_is_refused(tmp_path: Path, corpus: Path) -> None:
    from clientvault.preview.pdf import open_pdf

    big = tmp_path / "grande.pdf"
    big.write_bytes((corpus / "minimal-document.pdf").read_bytes() + b"\n%" + b"0" * (MAX_SIZE + 10))
    with pytest.raises(PreviewError) as info:
        open_pdf(big)  # what the pane's stream opens after the dispatcher's stat() said it was fine
    assert "MB" in info.value.message


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files through /proc")
def test_streamed_damaged_pdf_says_damaged_and_closes_the_file(corpus: Path) -> None:
    path = corpus / "bug1020226.pdf"  # 184 bytes of a severely corrupt PDF
    before = open_fds()
    with pytest.raises(PreviewError) as info:
        open_preview(path, "application/pdf", stream=True)
    assert info.value.kind == "error"
    assert open_fds() == before


def test_streamed_password_pdf_asks_for_it(corpus: Path) -> None:
    path = corpus / "libreoffice-writer-password.pdf"
    with pytest.raises(PreviewError) as info:
        open_preview(path, "application/pdf", stream=True)
    assert info.value.kind == "password"
    assert pdfium_c.FPDF_ERR_PASSWORD  # the code the message is told by


def test_a_pdf_gone_from_its_folder_says_so(tmp_path: Path) -> None:
    from clientvault.preview.pdf import open_pdf

    with pytest.raises(PreviewError) as info:
        open_pdf(tmp_path / "se fue.pdf")
    assert info.value.message.startswith("No se puede leer se fue.pdf: ya no está en su carpeta.")


def test_a_folder_named_pdf_is_unreadable_not_damaged(tmp_path: Path) -> None:
    from clientvault.preview.pdf import open_pdf

    (tmp_path / "carpeta.pdf").mkdir()
    with pytest.raises(PreviewError) as info:
        open_pdf(tmp_path / "carpeta.pdf")
    assert "No se puede leer carpeta.pdf: no se pudo abrir." in info.value.message
    assert str(tmp_path) not in info.value.message


def test_pdfium_failing_to_open_the_file_is_unreadable_not_damaged(corpus: Path, monkeypatch) -> None:  # noqa: ANN001
    """PDFium's "file error" (it could not open or read the file, e.g. no permission) must not tell the
    person to ask the client for a new copy of a file that is fine."""
    from clientvault.preview import pdf

    def cannot_open(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise pdfium.PdfiumError("Failed to load document", err_code=pdfium_c.FPDF_ERR_FILE)

    monkeypatch.setattr(pdfium, "PdfDocument", cannot_open)
    with pytest.raises(PreviewError) as info:
        pdf.open_pdf(corpus / "minimal-document.pdf")
    assert info.value.message.startswith("No se puede leer minimal-document.pdf: no se pudo abrir.")

