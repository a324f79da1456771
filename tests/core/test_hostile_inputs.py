"""Hostile and odd inputs at the door, with real files: links inside a dropped folder, devices,
pipes and sockets, programs and web pages that carry a PDF header, ZIPs dressed as Office files,
UTF-16 text, invisible characters in names. Every refusal leaves the vault as it was."""

from __future__ import annotations

import io
import os
import socket
import sys
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from clientvault.core import errors, storage
from clientvault.core.catalog.models import Company
from clientvault.core.filetypes import OutsideLink, identify
from clientvault.core.vault import ImportResult, ImportSummary, Vault, expand_paths

posix_only = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs, devices and sockets as on Linux and macOS")

SECRET = b"root:x:0:0:root:/root:/bin/bash\n"


def folder_state(vault: Vault, company: Company) -> dict[str, bytes]:
    folder = vault.company_dir(company.id)
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()} if folder.exists() else {}


@pytest.fixture
def assert_vault_untouched(vault: Vault, company: Company):  # type: ignore[no-untyped-def]
    """Call at the end of a test: no document recorded, the company's folder as it was at the start
    (its sidecar included) and no temporary copy left behind."""
    before = folder_state(vault, company)

    def check() -> None:
        assert vault.catalog.Document.select().count() == 0
        assert folder_state(vault, company) == before

    return check


def stored_files(vault: Vault, company: Company) -> dict[str, bytes]:
    """The documents' files in the company's folder (not its hidden sidecar, trash or temporary copies)."""
    folder = vault.company_dir(company.id)
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}


def by_name(results: list[ImportResult]) -> dict[str, ImportResult]:
    return {r.source.name: r for r in results}


@pytest.fixture
def pdf(make_file, tmp_path: Path):  # type: ignore[no-untyped-def]
    """``pdf(folder / "factura.pdf", "text")`` writes a small real PDF there and returns its bytes."""

    def write(path: Path, text: str = "ClientVault") -> bytes:
        return make_file(path.name, text=text, folder=path.parent).read_bytes()  # type: ignore[no-any-return]

    return write


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside every folder the tests drop, standing for /etc/passwd."""
    path = tmp_path / "fuera" / "passwd"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


# -- links inside a dropped folder ---------------------------------------------------------------------


@posix_only
def test_link_to_a_file_outside_the_dropped_folder_is_refused_and_listed(
    vault: Vault, company: Company, tmp_path: Path, secret: Path, pdf
) -> None:
    drop = tmp_path / "cliente"
    drop.mkdir()
    factura = pdf(drop / "factura.pdf", "factura")
    (drop / "notas.txt").symlink_to(secret)
    results = vault.import_files(company.id, [drop]).results
    found = by_name(results)
    assert set(found) == {"factura.pdf", "notas.txt"}  # the link is listed, not silently dropped
    assert found["factura.pdf"].status == "imported"
    refused = found["notas.txt"]
    assert refused.status == "refused"
    assert "shortcut to a file outside the folder" in refused.message
    assert "not copied" in refused.message
    assert stored_files(vault, company) == {"factura.pdf": factura}
    assert all(SECRET not in data for data in stored_files(vault, company).values())


@posix_only
@pytest.mark.skipif(not Path("/etc/passwd").is_file(), reason="no /etc/passwd here")
def test_link_to_the_system_password_file_is_refused_in_spanish(
    assert_vault_untouched, vault: Vault, company: Company, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    drop = tmp_path / "cliente"
    drop.mkdir()
    (drop / "notas.txt").symlink_to("/etc/passwd")
    [result] = vault.import_files(company.id, [drop]).results
    assert result.status == "refused"
    assert "es un acceso directo a un archivo fuera de la carpeta" in result.message
    assert "no se copió" in result.message
    assert_vault_untouched()


@posix_only
def test_expand_paths_marks_outside_links_and_keeps_the_mark(tmp_path: Path, secret: Path) -> None:
    drop = tmp_path / "cliente"
    (drop / "sub").mkdir(parents=True)
    (drop / "sub" / "notas.txt").symlink_to(secret)
    [entry] = expand_paths([drop])
    assert isinstance(entry, OutsideLink) and entry.given_folder == drop
    assert entry == drop / "sub" / "notas.txt"  # still the path the person sees
    # The command line gives each expanded path back one at a time: the mark must survive.
    [again] = expand_paths([entry])
    assert again is entry
    with pytest.raises(errors.LinkRefused) as exc:
        identify(again)
    assert exc.value.what == "file"
    # A path derived from a marked one (a sibling, its parent) carries no mark.
    sibling = entry.with_name("otro.txt")
    sibling.write_text("Notas\n")
    assert identify(sibling).code == "txt"


@posix_only
def test_link_inside_the_folder_to_a_file_inside_is_followed(vault: Vault, company: Company, tmp_path: Path, pdf) -> None:
    drop = tmp_path / "cliente"
    real = pdf(drop / ".archivo" / "real.pdf", "real")  # hidden folder: not walked itself
    (drop / "factura.pdf").symlink_to(Path(".archivo") / "real.pdf")
    [result] = vault.import_files(company.id, [drop]).results
    assert result.status == "imported", result.message
    assert stored_files(vault, company) == {"factura.pdf": real}  # the link's name, the file's bytes
    assert not (vault.company_dir(company.id) / "factura.pdf").is_symlink()


@posix_only
def test_link_to_a_folder_outside_is_listed_and_not_walked(
    assert_vault_untouched, vault: Vault, company: Company, tmp_path: Path, secret: Path, pdf
) -> None:
    pdf(secret.parent / "estados.pdf", "fuera")
    drop = tmp_path / "cliente"
    drop.mkdir()
    (drop / "otros").symlink_to(secret.parent, target_is_directory=True)
    [result] = vault.import_files(company.id, [drop]).results
    assert result.source.name == "otros" and result.status == "refused"
    assert "shortcut to a folder outside the folder you chose" in result.message
    assert_vault_untouched()


@posix_only
def test_links_to_folders_inside_are_skipped_without_loops_or_duplicates(
    vault: Vault, company: Company, tmp_path: Path, pdf
) -> None:
    drop = tmp_path / "cliente"
    pdf(drop / "2024" / "balance.pdf", "balance")
    (drop / "atajo").symlink_to("2024", target_is_directory=True)
    (drop / "2024" / "bucle").symlink_to("..", target_is_directory=True)  # back to the folder itself
    assert expand_paths([drop]) == [drop / "2024" / "balance.pdf"]
    results = vault.import_files(company.id, [drop]).results
    assert [(r.source.name, r.status) for r in results] == [("balance.pdf", "imported")]


@posix_only
def test_a_link_given_directly_is_followed(vault: Vault, company: Company, tmp_path: Path, secret: Path) -> None:
    """The person chose it (in the file chooser or on the command line), so it is theirs to give."""
    link = tmp_path / "mis-notas.txt"
    link.symlink_to(secret)
    assert identify(link).code == "txt"
    [result] = vault.import_files(company.id, [link]).results
    assert result.status == "imported", result.message
    assert stored_files(vault, company) == {"mis-notas.txt": SECRET}


@posix_only
def test_a_folder_given_as_a_link_is_walked(vault: Vault, company: Company, tmp_path: Path, pdf) -> None:
    real = tmp_path / "real"
    pdf(real / "rut.pdf", "rut")
    (real / "copia.pdf").symlink_to("rut.pdf")  # inside the real folder: followed
    alias = tmp_path / "alias"
    alias.symlink_to(real, target_is_directory=True)
    statuses = {r.source.name: r.status for r in vault.import_files(company.id, [alias]).results}
    assert statuses == {"copia.pdf": "imported", "rut.pdf": "duplicate"}


@posix_only
@pytest.mark.parametrize("inside_folder", [True, False])
def test_a_broken_link_is_refused_as_such(
    assert_vault_untouched, vault: Vault, company: Company, tmp_path: Path, inside_folder: bool
) -> None:
    drop = tmp_path / "cliente"
    drop.mkdir()
    link = drop / "borrado.pdf"
    link.symlink_to(drop / "ya-no-existe.pdf")
    [result] = vault.import_files(company.id, [drop if inside_folder else link]).results
    assert result.status == "refused"
    assert "shortcut to a file that no longer exists" in result.message
    assert_vault_untouched()


# -- devices, pipes, sockets: told apart by stat, never opened -----------------------------------------


def identify_within(path: Path, seconds: float = 5.0) -> BaseException | None:
    """``identify`` on a thread: a FIFO opened for reading would block forever, and the test must
    fail, not hang. Returns what it raised (None if it accepted the file)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            identify(path)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"identify({path}) blocked"
    return outcome[0]


@posix_only
def test_a_fifo_is_refused_without_blocking(assert_vault_untouched, vault: Vault, company: Company, tmp_path: Path) -> None:
    fifo = tmp_path / "factura.pdf"
    os.mkfifo(fifo)
    exc = identify_within(fifo)
    assert isinstance(exc, errors.NotAFile) and exc.what == "fifo"
    assert "pipe (FIFO)" in exc.message and "folder" not in exc.message
    summary = vault.import_files(company.id, [fifo])
    [result] = summary.results
    assert result.status == "refused" and "pipe (FIFO)" in result.message
    assert_vault_untouched()


@posix_only
def test_a_fifo_inside_a_dropped_folder_is_listed_as_refused(
    assert_vault_untouched, vault: Vault, company: Company, tmp_path: Path
) -> None:
    drop = tmp_path / "cliente"
    drop.mkdir()
    os.mkfifo(drop / "extracto.csv")
    done: list[ImportSummary] = []

    def run() -> None:
        try:
            done.append(vault.import_files(company.id, [drop]))
        finally:
            vault.release_thread()

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the import blocked on the FIFO"
    [result] = done[0].results
    assert result.status == "refused" and "pipe (FIFO)" in result.message
    assert_vault_untouched()


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_as_a_device(assert_vault_untouched, vault: Vault, company: Company, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    exc = identify_within(Path(device))
    assert isinstance(exc, errors.NotAFile) and exc.what == "device"
    assert "not a file but a system device" in exc.message and "folder" not in exc.message
    [result] = vault.import_files(company.id, [device]).results
    assert result.status == "refused" and "system device" in result.message
    assert_vault_untouched()


@pytest.fixture
def unix_socket() -> Iterator[Path]:
    """A real listening UNIX socket file (in a short folder: socket paths are limited to ~100 bytes)."""
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no UNIX sockets here")
    with tempfile.TemporaryDirectory(prefix="cv", dir="/tmp" if sys.platform != "win32" else None) as folder:
        path = Path(folder) / "rut.pdf"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(str(path))
            server.listen(1)
            yield path
        finally:
            server.close()


@posix_only
def test_a_socket_is_refused_as_a_socket(assert_vault_untouched, vault: Vault, company: Company, unix_socket: Path) -> None:
    exc = identify_within(unix_socket)
    assert isinstance(exc, errors.NotAFile) and exc.what == "socket"
    assert "not a file but a socket" in exc.message and "folder" not in exc.message
    [result] = vault.import_files(company.id, [unix_socket]).results
    assert result.status == "refused" and "socket" in result.message
    assert_vault_untouched()


@posix_only
def test_special_files_are_named_in_spanish(tmp_path: Path, unix_socket: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    fifo = tmp_path / "tuberia.txt"
    os.mkfifo(fifo)
    words = {
        "/dev/zero": "no es un archivo sino un dispositivo del sistema",
        str(fifo): "no es un archivo sino una tubería (FIFO)",
        str(unix_socket): "no es un archivo sino un socket",
    }
    for path, expected in words.items():
        exc = identify_within(Path(path))
        assert isinstance(exc, errors.NotAFile)
        assert expected in exc.message and "no se copió" in exc.message, exc.message


# -- a PDF header is not enough --------------------------------------------------------------------------


EXECUTABLE_HEADS = {
    "windows": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00",
    "linux": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8,
    "macos": b"\xcf\xfa\xed\xfe\x07\x00\x00\x01",
    "script": b"#!/bin/sh\nrm -rf ~\n",
}


@pytest.mark.parametrize("system", sorted(EXECUTABLE_HEADS))
def test_a_program_carrying_a_pdf_header_is_refused(
    assert_vault_untouched, vault: Vault, company: Company, make_file, system: str
) -> None:
    data = EXECUTABLE_HEADS[system] + b"\x00" * 200 + b"%PDF-1.4\n" + b"\x00" * 2048
    path = make_file("factura.pdf", data=data)
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(path)
    assert "program" in exc.value.message
    [result] = vault.import_files(company.id, [path]).results
    assert result.status == "refused"
    assert_vault_untouched()


@pytest.mark.parametrize(
    "page",
    [
        b"<!DOCTYPE html>\n<html><body>Pague aqui</body></html>\n",
        b"<HTML><HEAD><TITLE>Factura</TITLE></HEAD>\n",
        b"<script>location='http://example.invalid/'</script>\n",
    ],
)
def test_a_web_page_carrying_a_pdf_header_is_refused(
    assert_vault_untouched, vault: Vault, company: Company, make_file, tmp_path: Path, page: bytes
) -> None:
    real = make_file("real.pdf", folder=tmp_path / "pdfs").read_bytes()
    path = make_file("factura.pdf", data=page + real)
    with pytest.raises(errors.UnsupportedType) as exc:
        identify(path)
    assert "web page (HTML)" in exc.value.message
    [result] = vault.import_files(company.id, [path]).results
    assert result.status == "refused"
    assert_vault_untouched()


def test_junk_before_the_pdf_header_is_still_a_pdf(make_file) -> None:
    """What PDF readers accept (the corpus's invalid_pdf.pdf has 4 such bytes)."""
    real = make_file("real.pdf").read_bytes()
    assert identify(make_file("factura.pdf", data=b"\r\n\x00\xff" + real)).code == "pdf"
    assert identify(make_file("escaneo.pdf", data=b"x" * 1000 + real)).code == "pdf"


def test_a_pdf_header_after_the_first_kilobyte_is_not_a_pdf(make_file) -> None:
    real = make_file("real.pdf").read_bytes()
    with pytest.raises(errors.FileRefused):
        identify(make_file("factura.pdf", data=bytes(range(256)) * 4 + real))


# -- Office files need their parts ---------------------------------------------------------------------


def zip_bytes(*names: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in names:
            zf.writestr(name, b"MZ\x90\x00" if name.endswith(".exe") else b"<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "members", "app"),
    [
        ("informe.docx", ("word/", "word/setup.exe"), "Word"),
        ("informe.docx", ("word/document.xml", "setup.exe"), "Word"),  # no content types
        ("informe.docx", ("[Content_Types].xml", "word/styles.xml"), "Word"),  # no main part
        ("balance.xlsx", ("xl/", "xl/macro.exe"), "Excel"),
        ("balance.xlsx", ("[Content_Types].xml", "xl/worksheets/sheet1.xml"), "Excel"),
    ],
)
def test_a_zip_without_the_office_parts_is_not_a_valid_office_file(
    assert_vault_untouched, vault: Vault, company: Company, make_file, name: str, members: tuple[str, ...], app: str
) -> None:
    path = make_file(name, data=zip_bytes(*members))
    with pytest.raises(errors.NotValidOffice) as exc:
        identify(path)
    assert f"not a valid {app} file" in exc.value.message and exc.value.message.startswith(f"{name}:")
    [result] = vault.import_files(company.id, [path]).results
    assert result.status == "refused" and f"not a valid {app} file" in result.message
    assert_vault_untouched()


def test_not_a_valid_office_file_in_spanish(make_file, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    with pytest.raises(errors.NotValidOffice) as exc:
        identify(make_file("informe.docx", data=zip_bytes("word/", "word/setup.exe")))
    assert "no es un archivo de Word válido" in exc.value.message


@pytest.mark.parametrize(
    ("name", "members", "code"),
    [
        ("informe.docx", ("[Content_Types].xml", "_rels/.rels", "word/document.xml"), "docx"),
        ("balance.xlsx", ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"), "xlsx"),
        ("macros.xlsm", ("[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"), "xlsm"),
    ],
)
def test_a_package_with_its_parts_is_accepted(make_file, name: str, members: tuple[str, ...], code: str) -> None:
    assert identify(make_file(name, data=zip_bytes(*members))).code == code


# -- UTF-16 text (Excel's "Texto Unicode") --------------------------------------------------------------


UNICODE_TEXT = "Cuenta\tNombre\tSaldo\r\n1105\tCaja general\t1.500.000\r\n2408\tIVA por pagar\t-250.000\r\nÑandú\tAlmacén\t0\r\n"


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xff\xfe" + UNICODE_TEXT.encode("utf-16-le"),  # what Excel writes
        b"\xfe\xff" + UNICODE_TEXT.encode("utf-16-be"),
        UNICODE_TEXT.encode("utf-16-le"),  # no BOM
        UNICODE_TEXT.encode("utf-16-be"),
    ],
    ids=["le-bom", "be-bom", "le", "be"],
)
def test_utf16_text_is_text(vault: Vault, company: Company, make_file, encoded: bytes) -> None:
    assert b"\x00" in encoded
    path = make_file("saldos.txt", data=encoded)
    assert identify(path).code == "txt"
    assert identify(make_file("saldos.csv", data=encoded)).code == "csv"
    [result] = vault.import_files(company.id, [path]).results
    assert result.status == "imported", result.message
    assert stored_files(vault, company) == {"saldos.txt": encoded}


def test_utf16_with_an_odd_byte_cut_off_is_text(make_file) -> None:
    encoded = b"\xff\xfe" + (UNICODE_TEXT * 2000).encode("utf-16-le")  # longer than the 64 KB looked at
    assert identify(make_file("grande.txt", data=encoded + b"x")).code == "txt"


@pytest.mark.parametrize(
    "data",
    [b"\x00" * 4096, b"\xff\xfe" + bytes(range(256)) * 16, b"a\x00\x01\x00\x02\x00\x03\x00" * 512],
    ids=["nuls", "bom-then-binary", "controls-as-utf16"],
)
def test_binary_with_nul_bytes_is_still_not_text(make_file, data: bytes) -> None:
    with pytest.raises(errors.UnsupportedType):
        identify(make_file("datos.txt", data=data))


# -- invisible characters in names -----------------------------------------------------------------------


INVISIBLE = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
             "\u200e", "\u200f", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_safe_name_removes_bidi_controls_and_zero_width_characters(char: str) -> None:
    assert storage.safe_name(f"Fac{char}tura{char}.pdf") == "Factura.pdf"
    assert storage.safe_name(f"{char}rut.pdf{char}") == "rut.pdf"


def test_safe_name_keeps_accents_and_a_name_of_only_invisible_characters_gets_the_fallback() -> None:
    assert storage.safe_name("Resolución facturación.pdf") == "Resolución facturación.pdf"
    assert storage.safe_name("\u202e\u200b") == "documento"


def test_right_to_left_override_does_not_reach_the_stored_name(vault: Vault, company: Company, make_file) -> None:
    # Shown by a file manager as "factura_fdp.pdf"-like tricks; stored as plain characters in order.
    src = make_file("factura\u202efdp.pdf\u200b.txt", data=b"Notas del cliente\n")
    [result] = vault.import_files(company.id, [src]).results
    assert result.status == "imported", result.message
    assert result.document is not None and result.document.filename == "facturafdp.pdf.txt"
    assert list(stored_files(vault, company)) == ["facturafdp.pdf.txt"]
