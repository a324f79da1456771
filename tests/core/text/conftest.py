"""Fixtures for the text extraction tests: the real Tesseract or a stand-in for it, scanned PDFs.

Tests that need the real Tesseract skip with the reason when it is absent; CI installs it
(scripts/install-system-deps.sh), so there they always run.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from clientvault.core.text import ocr


@pytest.fixture(autouse=True)
def own_tesseract(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test finds Tesseract afresh: no override from the machine, no languages remembered."""
    monkeypatch.delenv(ocr.ENV_VAR, raising=False)
    ocr.reset_cache()
    yield
    ocr.reset_cache()


@pytest.fixture
def tesseract() -> None:
    if not ocr.ocr_available():
        pytest.skip("Tesseract with Spanish or English is not installed (apt-get install tesseract-ocr tesseract-ocr-spa)")


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ocr.ENV_VAR, "/nonexistent/tesseract")


@pytest.fixture
def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[float], Path]:
    """A stand-in that lists English, then, asked to read a page, writes its pid to ``started`` and
    sleeps ``seconds``: a Tesseract that hangs on a page. Returns the ``started`` file."""

    def make(seconds: float) -> Path:
        started = tmp_path / "started"
        script = tmp_path / "slow-tesseract"
        script.write_text(
            "#!/bin/sh\n"
            'if [ "$1" = "--list-langs" ]; then echo "List of available languages (1):"; echo eng; exit 0; fi\n'
            f'echo $$ >> "{started}"\n'
            f"exec sleep {seconds}\n"
        )
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
        monkeypatch.setenv(ocr.ENV_VAR, str(script))
        return started

    return make


@pytest.fixture(scope="session")
def scanned_pdf(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    """simple.png saved as a PDF by Pillow: one page, an image and no text layer, like a scanner's."""
    from PIL import Image

    out = tmp_path_factory.mktemp("scan") / "scan.pdf"
    with Image.open(corpus / "simple.png") as im:
        im.convert("RGB").save(out, resolution=72.0)
    return out


@pytest.fixture(scope="session")
def mixed_pdf(tmp_path_factory: pytest.TempPathFactory, corpus: Path, scanned_pdf: Path) -> Path:
    """Page 1 with a text layer (minimal-document.pdf), page 2 the scan above."""
    import pypdfium2 as pdfium

    out = tmp_path_factory.mktemp("mixed") / "mixed.pdf"
    doc = pdfium.PdfDocument(corpus / "minimal-document.pdf")
    scan = pdfium.PdfDocument(scanned_pdf)
    doc.import_pages(scan)
    doc.save(out)
    scan.close()
    doc.close()
    return out
