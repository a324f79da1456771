"""The preview reads the vault's one table of kinds (core.filetypes): the two can never drift apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientvault.core import filetypes
from clientvault.core.filetypes import EXTENSIONS, KINDS, MAX_SIZE
from clientvault.preview import PreviewError, family_for, open_preview
from clientvault.preview.text import TextPreview

PREVIEW_FAMILIES = {"pdf", "image", "sheet", "word", "text"}  # what open_preview dispatches on


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=lambda k: k.code)
def test_every_kind_has_the_preview_its_family_says(kind: filetypes.Kind) -> None:
    assert kind.family in PREVIEW_FAMILIES
    assert family_for(kind.mime) == kind.family
    assert family_for(kind.mime, "sin_extension") == kind.family  # the stored MIME type wins over the name


@pytest.mark.parametrize("ext", sorted(EXTENSIONS))
def test_every_extension_has_the_preview_of_its_kind(ext: str) -> None:
    family = KINDS[EXTENSIONS[ext]].family
    assert family_for(None, f"documento{ext}") == family
    assert family_for(None, f"DOCUMENTO{ext.upper()}") == family
    assert family_for("application/octet-stream", f"documento{ext}") == family  # unknown MIME: the name decides


def test_unknown_mime_and_name() -> None:
    assert family_for("image/x-nunca-visto") == "image"  # any image/* goes to the image preview
    assert family_for("application/zip", "archivo.zip") is None
    assert family_for(None, "pagina.html") is None
    assert family_for(None, "sin_extension") is None
    assert family_for(None) is None


def test_size_limit_is_the_vaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at_limit = tmp_path / "limite.txt"
    at_limit.write_bytes(b"hola\n" * (MAX_SIZE // 5) + b"x" * (MAX_SIZE % 5))
    assert at_limit.stat().st_size == MAX_SIZE
    with open_preview(at_limit, "text/plain") as preview:
        assert isinstance(preview, TextPreview)

    import clientvault.preview.text as text_module

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("parsed an oversize file")

    monkeypatch.setattr(text_module, "open_text", boom)
    over = tmp_path / "grande.txt"
    over.write_bytes(at_limit.read_bytes() + b"x")
    assert over.stat().st_size == MAX_SIZE + 1
    with pytest.raises(PreviewError) as info:
        open_preview(over, "text/plain")
    assert info.value.kind == "error"
    assert "demasiado grande" in info.value.message


def test_utf16_text_without_a_bom_previews_as_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Excel's «Texto Unicode» export may come without a byte-order mark; the vault accepts it as
    text, so the preview must read it as UTF-16, not as UTF-8 full of NUL characters."""
    from clientvault.preview import open_preview

    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes("Cuenta\tSaldo\nCaja general\t1.500.000\n".encode(codec))
        preview = open_preview(path, "text/plain")
        try:
            assert "Caja general" in preview.text and "\x00" not in preview.text
        finally:
            preview.close()
