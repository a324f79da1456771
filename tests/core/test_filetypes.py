"""What may enter the vault: judged by the bytes, not the name, with a message a person can act on."""

from __future__ import annotations

import gzip
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from clientvault.core import errors, filetypes, importing, storage
from clientvault.core.catalog.models import Company
from clientvault.core.damage import damage
from clientvault.core.filetypes import MAX_SIZE, identify
from clientvault.core.sidecars import SIDECAR
from clientvault.core.vault import Vault

FAMILY_OF_FORMAT = {
    "pdf": "pdf",
    "xlsx": "sheet",
    "xlsm": "sheet",
    "xls": "sheet",
    "docx": "word",
    "doc": "word",
    "csv": "text",
    "txt": "text",
    "png": "image",
    "jpeg": "image",
    "gif": "image",
    "bmp": "image",
    "tiff": "image",
    "webp": "image",
    "heic": "image",
}


# -- content, not extension ----------------------------------------------------------------------


def test_pdf_without_extension_is_a_pdf(make_file) -> None:
    assert identify(make_file("escaneo", kind="pdf")).code == "pdf"


def test_upper_case_extension_is_accepted(make_file) -> None:
    assert identify(make_file("RUT.PDF")).code == "pdf"


def test_png_named_jpg_is_kept_as_png(make_file) -> None:
    # Same family (an image): a wrong image extension is harmless, the real kind is recorded.
    kind = identify(make_file("foto.jpg", kind="png"))
    assert (kind.code, kind.mime, kind.family) == ("png", "image/png", "image")


def test_csv_content_named_txt_is_text(make_file) -> None:
    assert identify(make_file("movimientos.txt", kind="csv")).code == "txt"
    assert identify(make_file("movimientos.csv")).code == "csv"


def test_pdf_named_xlsx_names_both_kinds(make_file) -> None:
    with pytest.raises(errors.TypeMismatch) as exc:
        identify(make_file("Balance.xlsx", kind="pdf"))
    assert ".xlsx" in exc.value.message and "PDF" in exc.value.message
    assert exc.value.message.startswith("Balance.xlsx:")


def test_png_named_pdf_is_refused(make_file) -> None:
    with pytest.raises(errors.TypeMismatch) as exc:
        identify(make_file("contrato.pdf", kind="png"))
    assert ".pdf" in exc.value.message and "image" in exc.value.message


def test_mismatch_message_in_spanish(make_file, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    with pytest.raises(errors.TypeMismatch) as exc:
        identify(make_file("Balance.xlsx", kind="pdf"))
    assert "se llama .xlsx pero en realidad es un PDF" in exc.value.message


# -- refusals ------------------------------------------------------------------------------------


def test_empty_file_is_refused(make_file) -> None:
    with pytest.raises(errors.EmptyFile) as exc:
        identify(make_file("vacio.pdf", data=b""))
    assert "empty" in exc.value.message and "vacio.pdf" in exc.value.message


def test_size_limit_is_exactly_five_mebibytes(make_file) -> None:
    assert MAX_SIZE == 5 * 1024 * 1024
    at_limit = make_file("limite.txt", data=b"a" * MAX_SIZE)
    assert identify(at_limit).code == "txt"
    over = make_file("grande.txt", data=b"a" * (MAX_SIZE + 1))
    with pytest.raises(errors.FileTooLarge) as exc:
        identify(over)
    assert "over the 5 MB limit" in exc.value.message and "grande.txt" in exc.value.message
    assert exc.value.size == MAX_SIZE + 1


def test_one_byte_over_says_the_limit_exactly_and_how_far_over(make_file, monkeypatch: pytest.MonkeyPatch) -> None:
    over = make_file("grande.txt", data=b"a" * (MAX_SIZE + 1))
    with pytest.raises(errors.FileTooLarge) as exc:
        identify(over)
    assert exc.value.reason == (
        "it is 5,242,881 bytes, 1 byte over the 5 MB limit (5,242,880 bytes). Split it into several files of less than 5 MB."
    )
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    with pytest.raises(errors.FileTooLarge) as exc:
        identify(over)
    assert exc.value.reason == (
        "pesa 5.242.881 bytes, 1 byte más que el límite de 5 MB (5.242.880 bytes). "
        "Divídalo en varios archivos de menos de 5 MB."
    )


@pytest.mark.parametrize(
    ("size", "english"),
    [
        (MAX_SIZE + 2, "it is 5,242,882 bytes, 2 bytes over the 5 MB limit (5,242,880 bytes)."),
        (MAX_SIZE + 10_485, "it is 5,253,365 bytes, 10,485 bytes over the 5 MB limit (5,242,880 bytes)."),
        (MAX_SIZE + 10_486, "it is 5.01 MB, 0.01 MB over the 5 MB limit."),
        (6_132_534, "it is 5.85 MB, 0.85 MB over the 5 MB limit."),  # spark.png in the corpus
    ],
)
def test_a_size_over_the_limit_never_reads_as_the_limit(size: int, english: str) -> None:
    message = errors.FileTooLarge("grande.pdf", size, MAX_SIZE).message
    assert message.startswith(f"grande.pdf: {english} ")
    assert "5.00 MB" not in message and "0.00 MB" not in message


def test_well_over_the_limit_in_spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    assert errors.FileTooLarge("spark.png", 6_132_534, MAX_SIZE).reason.startswith(
        "pesa 5,85 MB, 0,85 MB más que el límite de 5 MB. "
    )


def test_real_executable_is_refused(tmp_path: Path) -> None:
    exe = tmp_path / "ls"
    shutil.copyfile("/bin/ls", exe)
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(exe)
    assert "executable program" in exc.value.message


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("setup.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"),
        ("factura.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"),  # disguised
        ("programa", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8),
    ],
)
def test_executable_headers_are_refused(make_file, name: str, head: bytes) -> None:
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(make_file(name, data=head + b"\x00" * 2048))
    assert "executable program" in exc.value.message
    assert "only keeps PDF, Excel, Word, images, CSV and text" in exc.value.message


def _zip_bytes(**members: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("name", ["documentos.zip", "informe.docx", "balance.xlsx"])
def test_zip_archive_is_refused_even_named_as_office(make_file, name: str) -> None:
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(make_file(name, data=_zip_bytes(**{"a.txt": b"hola", "b.pdf": b"%PDF-1.4"})))
    assert "ZIP" in exc.value.message and "Extract it" in exc.value.message


def test_gzip_archive_is_refused(make_file) -> None:
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(make_file("datos.csv.gz", data=gzip.compress(b"\x00\x01" * 500)))
    assert "compressed archive" in exc.value.message


@pytest.mark.parametrize("name", ["pagina.html", "script.py"])
def test_text_with_a_foreign_extension_is_refused(make_file, name: str) -> None:
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(make_file(name, data=b"<html><body>Factura</body></html>\n"))
    suffix = Path(name).suffix
    assert f"{suffix} files are not supported" in exc.value.message


def test_unknown_binary_is_refused_with_the_supported_list(make_file) -> None:
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(make_file("blob", data=bytes(range(256)) * 8))
    assert "not a supported kind of file" in exc.value.message


def test_folder_and_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.NotAFile, match="folder") as folder:
        identify(tmp_path)
    assert folder.value.what == "folder"
    with pytest.raises(errors.UnreadableFile) as exc:
        identify(tmp_path / "no-existe.pdf")
    assert "no-existe.pdf" in exc.value.message


# -- the shared corpus ---------------------------------------------------------------------------


def test_corpus_manifest_matches_the_files(corpus: Path, manifest: list[dict[str, str]]) -> None:
    assert len(manifest) >= 50
    for row in manifest:
        path = corpus / row["file_name"]
        assert path.stat().st_size == int(row["size_bytes"]), row["file_name"]


def test_corpus_file(corpus: Path, corpus_row: dict[str, str]) -> None:
    name = corpus_row["file_name"]
    path = corpus / name
    if corpus_row["expected"] == "oversize":
        with pytest.raises(errors.FileTooLarge) as exc:
            identify(path)
        assert name in exc.value.message
    elif name == "empty.pdf":
        with pytest.raises(errors.EmptyFile):
            identify(path)
    elif name == "Factura_2024-03.xlsx":  # a PDF with an Excel name
        with pytest.raises(errors.TypeMismatch) as mismatch:
            identify(path)
        assert ".xlsx" in mismatch.value.message and "PDF" in mismatch.value.message
    elif name == "too_small.xls":  # 68 bytes of ASCII text named .xls
        with pytest.raises(errors.FileRefused) as refused:
            identify(path)
        assert ".xls" in refused.value.message
    else:
        kind = identify(path)
        assert kind.family == FAMILY_OF_FORMAT[corpus_row["format"]]
        assert kind.code == corpus_row["format"]


# -- a file that grows after it was checked ------------------------------------------------------


def test_copy_enforces_the_limit_and_leaves_no_temp(make_file, tmp_path: Path) -> None:
    big = make_file("crece.txt", data=b"x" * (MAX_SIZE + 10))
    folder = tmp_path / "dest"
    with pytest.raises(errors.FileTooLarge):
        storage.copy_to_temp(big, folder, big.name)
    assert list(folder.iterdir()) == []


def test_file_growing_between_check_and_copy_is_refused(
    vault: Vault, company: Company, make_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = make_file("extracto.csv", data=b"fecha,valor\n" + b"2024-01-01,1\n" * 300_000)
    assert src.stat().st_size < MAX_SIZE
    real_identify = filetypes.identify

    def identify_then_grow(path, display_name=None):  # type: ignore[no-untyped-def]
        kind = real_identify(path, display_name)
        with open(path, "ab") as fh:  # another program keeps writing to the file
            fh.write(b"2024-01-02,2\n" * 200_000)
        return kind

    monkeypatch.setattr(importing, "identify", identify_then_grow)
    summary = vault.import_files(company.id, [src])
    [result] = summary.results
    assert result.status == "refused"
    assert "over the 5 MB limit" in result.message
    assert vault.catalog.Document.select().count() == 0
    assert [p.name for p in vault.company_dir(company.id).iterdir()] == [SIDECAR]  # nothing but the company's own sidecar


def test_import_file_reports_growth_as_a_refusal(
    vault: Vault, company: Company, make_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``import_file`` promises refusals as results, not exceptions, also when the copy finds the file too big."""
    src = make_file("extracto.txt", data=b"linea\n" * 1000)
    real_identify = filetypes.identify

    def identify_then_grow(path, display_name=None):  # type: ignore[no-untyped-def]
        kind = real_identify(path, display_name)
        with open(path, "ab") as fh:
            fh.write(b"x" * MAX_SIZE)
        return kind

    monkeypatch.setattr(importing, "identify", identify_then_grow)
    result = vault.import_file(company.id, src)
    assert result.status == "refused"
    assert "over the 5 MB limit" in result.message
    assert [p.name for p in vault.company_dir(company.id).iterdir()] == [SIDECAR]  # nothing but the company's own sidecar


# -- a damaged file, flagged when it is offered (and kept, with a warning) -------------------------

DAMAGED_IN_CORPUS = {"bug1020226.pdf", "multicolumn_truncated.pdf", "corrupt-crc.xlsx", "truncated62886.docx",
                     "truncated_jpeg.jpg", "decompression_bomb.gif"}


def test_the_damaged_files_of_the_corpus_are_told_and_no_other(corpus: Path) -> None:
    import csv

    with open(corpus / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        manifest = {row["file_name"]: row["expected"] for row in csv.DictReader(fh, delimiter="\t")}
    flagged = set()
    for name in manifest:
        try:
            kind = identify(corpus / name)
        except errors.FileRefused:
            continue  # refused outright: its reason says why
        if damage(corpus / name, kind) is not None:
            flagged.add(name)
    assert flagged == DAMAGED_IN_CORPUS
    assert all(manifest[name] == "error-expected" for name in flagged)  # every file the preview shows is left alone


@pytest.mark.parametrize(("source", "keep"), [("simple.png", 7000), ("pil_sample_cmyk.jpg", 20_000),
                                              ("minimal-document.pdf", 16_000), ("iss634.gif", 200_000)])
def test_a_copy_cut_short_is_told(corpus: Path, tmp_path: Path, source: str, keep: int) -> None:
    whole = tmp_path / f"whole-{source}"
    whole.write_bytes((corpus / source).read_bytes())
    cut = tmp_path / f"cut-{source}"
    cut.write_bytes(whole.read_bytes()[:keep])  # a download that stopped
    assert damage(whole, identify(whole)) is None
    words = damage(cut, identify(cut))
    assert words is not None and "the end of the file is missing" in words and "ask the client for a new copy" in words


def test_an_office_file_with_a_bad_part_or_no_directory_is_told(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    crc = damage(corpus / "corrupt-crc.xlsx", identify(corpus / "corrupt-crc.xlsx"))
    assert crc is not None and crc.startswith("Parece dañado: una de sus partes no coincide")
    cut = damage(corpus / "truncated62886.docx", identify(corpus / "truncated62886.docx"))
    assert cut is not None and cut.startswith("Parece incompleto: le falta el final del archivo")
    assert "Se puede guardar así" in cut
    # A password-protected Office file is a sealed container, not a damaged ZIP.
    assert damage(corpus / "pass_protected.xlsx", identify(corpus / "pass_protected.xlsx")) is None


def test_a_damaged_file_is_imported_with_its_warning(vault: Vault, company: Company, corpus: Path) -> None:
    summary = vault.import_files(company.id, [corpus / "truncated_jpeg.jpg", corpus / "simple.png"])
    jpeg, png = summary.results
    assert jpeg.status == "imported" and jpeg.warning and jpeg.warning in jpeg.message
    assert jpeg.message.startswith("saved as “truncated_jpeg.jpg”. It looks incomplete")
    assert png.status == "imported" and png.warning == ""
    assert (vault.company_dir(company.id) / "truncated_jpeg.jpg").read_bytes() == (corpus / "truncated_jpeg.jpg").read_bytes()


@pytest.mark.parametrize(("name", "advice"), [
    ("escaneo.pdf", "Divídalo en varios PDF de menos de 5 MB, o, si es escaneado, escanéelo de nuevo con menos resolución"),
    ("foto.jpg", "Reduzca la imagen"),
    ("balance.xlsx", "reparta los datos en varios libros de menos de 5 MB"),
    ("contrato.docx", "En Word, reduzca sus imágenes"),
    ("datos.csv", "Divídalo en varios archivos de menos de 5 MB."),
])
def test_advice_for_a_file_too_big_fits_its_kind_and_never_says_compress_it(
        monkeypatch: pytest.MonkeyPatch, name: str, advice: str) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    reason = errors.FileTooLarge(name, 6_000_000, MAX_SIZE).reason
    assert advice in reason
    assert "Comprímalo" not in reason and "comprimido" not in reason  # a ZIP is refused: «Descomprímalo»
    monkeypatch.setenv("CLIENTVAULT_LANG", "en")
    assert "Compress it" not in errors.FileTooLarge(name, 6_000_000, MAX_SIZE).reason


def test_sizes_in_reasons_follow_the_number_format_the_window_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.core import i18n

    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    monkeypatch.setattr(i18n, "_numbers", dict(i18n._numbers))
    assert errors.FileTooLarge("a.csv", 5_288_258, MAX_SIZE).size_text == "5,04 MB"
    i18n.set_number_format("es", ".", ",")  # a Mexican locale writes them as English does
    too_big = errors.FileTooLarge("a.csv", 5_288_258, MAX_SIZE)
    assert too_big.size_text == "5.04 MB" and too_big.reason.startswith("pesa 5.04 MB, 0.04 MB más")
    assert errors.FileTooLarge("a.csv", MAX_SIZE + 2, MAX_SIZE).size_text == "5,242,882 bytes"
