"""Qt's image reader is always told the format of an image, from its first bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientvault.preview import PreviewError


@pytest.mark.parametrize("name, fmt", [("simple.png", "png"), ("jpeg420exif.jpg", "jpeg"), ("iss634.gif", "gif"),
                                       ("mountain.bmp", "bmp"), ("multi-page-images.tiff", "tiff"),
                                       ("flower.webp", "webp"), ("example.heic", "heif")])
def test_images_are_read_with_their_format_told(corpus: Path, name: str, fmt: str) -> None:
    """Qt's image reader is told each image's format from its first bytes: left to guess, it asks every
    plugin, and the SVG one takes a Qt lock that can deadlock a preview worker against the window."""
    from clientvault.preview.image import qt_format

    assert qt_format((corpus / name).read_bytes()) == fmt


def test_content_of_no_known_image_format_is_not_guessed(tmp_path: Path) -> None:
    from clientvault.preview.image import open_image, qt_format

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    assert qt_format(svg) is None
    (tmp_path / "dibujo.png").write_bytes(svg)
    with pytest.raises(PreviewError) as info:
        open_image(tmp_path / "dibujo.png")
    assert "No se reconoce el contenido como una imagen" in info.value.message


def test_the_reader_never_guesses_from_the_content(corpus: Path, qapp) -> None:  # noqa: ANN001
    """Told the format is not enough: for a format with no plugin (HEIF here) Qt still asks every
    plugin unless detection from the content is off (the CI run hung in the SVG plugin's probe)."""
    from clientvault.preview.image import _reader, qt_format

    data = (corpus / "example.heic").read_bytes()
    reader, _buf = _reader(data, qt_format(data))
    assert not reader.autoDetectImageFormat()
    assert not reader.canRead()  # no HEIF plugin here: refused at once, nothing else asked
