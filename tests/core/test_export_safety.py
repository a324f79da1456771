"""Export never destroys anything: not a stored document, not the database, not an existing file.

The issue "Nothing lost, whatever happens" (item 4): ``clientvault export 1 <a stored document's
path>`` replaced a client's PDF with a ZIP. Also here: the temporary ZIP lives beside the target
under a recognisable name and goes away on every failure (a killed process included, at the next
start), the manifest cannot run formulas in a spreadsheet, and a missing stored file is named as
such instead of blaming the ZIP (item 6).
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import re
import signal
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from clientvault.core import errors, export
from clientvault.core.catalog.models import Company, Document
from clientvault.core.export import EXPORTS_DIR, MANIFEST, clean_export_leftovers, export_company
from clientvault.core.vault import Vault

PART = re.compile(r"^\.andina\.zip\.[0-9a-f]{8}\.part$")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_hashes(root: Path) -> dict[str, str]:
    """Every file under the data folder and its sha256, vault.db included (not its -shm and -wal,
    which SQLite changes on every read)."""
    return {str(p.relative_to(root)): sha(p) for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink() and not p.name.endswith(("-shm", "-wal"))}


def parts_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".part")]


def notes(vault: Vault) -> list[str]:
    folder = vault.root / EXPORTS_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def docs(vault: Vault, company: Company, make_file) -> list[Document]:
    out = []
    for name in ("RUT.pdf", "Cámara de Comercio 2024.pdf", "logo.png"):
        doc = vault.import_file(company.id, make_file(name)).document
        assert doc is not None
        out.append(doc)
    return out


def manifest_rows(zip_path: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(zip_path) as zf:
        return list(csv.DictReader(io.StringIO(zf.read(MANIFEST).decode("utf-8-sig"))))


# -- never inside the data folder ----------------------------------------------------------------


@pytest.mark.parametrize("overwrite", [False, True])
def test_export_onto_a_stored_document_is_refused_and_the_document_kept(
    vault: Vault, company: Company, docs: list[Document], overwrite: bool
) -> None:
    """The issue's own case: the target is a client's PDF inside the vault."""
    stored = vault.document_path(docs[0])
    before = tree_hashes(vault.root)
    with pytest.raises(errors.ExportRefused) as exc:
        export_company(vault, company.id, stored, overwrite=overwrite)
    message = exc.value.message
    assert str(stored) in message and "inside ClientVault's data folder" in message
    assert "Choose a folder outside it" in message
    assert tree_hashes(vault.root) == before  # the PDF, the database, everything as it was
    assert parts_under(vault.root) == [] and notes(vault) == []


def test_every_path_under_the_data_folder_is_refused(vault: Vault, company: Company, docs: list[Document],
                                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "to-company").symlink_to(vault.company_dir(company.id))  # a folder link into the vault
    (outside / "to-db.zip").symlink_to(vault.db_path)  # a file link to vault.db
    before = tree_hashes(vault.root)
    targets = [
        vault.db_path,
        vault.root,
        vault.root / "nuevo.zip",
        vault.company_dir(company.id) / "nuevo.zip",
        vault.root / "companies" / ".." / "x.zip",
        outside / "to-company" / "nuevo.zip",
        outside / "to-db.zip",
    ]
    for target in targets:
        for overwrite in (False, True):
            with pytest.raises(errors.ExportRefused, match="inside ClientVault's data folder"):
                export_company(vault, company.id, target, overwrite=overwrite)
    monkeypatch.chdir(vault.company_dir(company.id))
    with pytest.raises(errors.ExportRefused, match="inside ClientVault's data folder"):
        export_company(vault, company.id, "relativo.zip")
    assert tree_hashes(vault.root) == before
    assert parts_under(vault.root) == [] and parts_under(outside) == []


def test_refusal_in_spanish(vault: Vault, company: Company, docs: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    with pytest.raises(errors.ExportRefused) as exc:
        export_company(vault, company.id, vault.db_path)
    assert "dentro de la carpeta de datos de ClientVault" in exc.value.message
    assert "No se exportó nada" in exc.value.message


def test_a_folder_as_target_is_refused(vault: Vault, company: Company, docs: list[Document], tmp_path: Path) -> None:
    folder = tmp_path / "Escritorio"
    folder.mkdir()
    for overwrite in (False, True):
        with pytest.raises(errors.ExportRefused) as exc:
            export_company(vault, company.id, folder, overwrite=overwrite)
        assert "is a folder" in exc.value.message and str(folder / "empresa.zip") in exc.value.message
    assert list(folder.iterdir()) == []


# -- never over an existing file unless asked ------------------------------------------------------


def test_an_existing_file_is_kept_unless_overwrite(vault: Vault, company: Company, docs: list[Document], tmp_path: Path) -> None:
    target = tmp_path / "andina.zip"
    target.write_bytes(b"la declaracion de renta de otro cliente")
    with pytest.raises(errors.ExportTargetExists) as exc:
        export_company(vault, company.id, target)
    assert str(target) in exc.value.message and "already exists" in exc.value.message
    assert "--overwrite" in exc.value.message and "nothing was changed" in exc.value.message
    assert target.read_bytes() == b"la declaracion de renta de otro cliente"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    assert export_company(vault, company.id, target, overwrite=True) == len(docs)
    assert {r["filename"] for r in manifest_rows(target)} == {d.filename for d in docs}
    assert [p.name for p in tmp_path.iterdir() if "andina" in p.name] == ["andina.zip"]


def test_a_dangling_link_counts_as_existing_only_if_its_target_does(vault: Vault, company: Company, docs: list[Document],
                                                                    tmp_path: Path) -> None:
    """A link is followed (as ``cp`` and ``zip`` do): the ZIP lands where it points, refused if
    something is there already."""
    real = tmp_path / "usb" / "andina.zip"
    real.parent.mkdir()
    link = tmp_path / "andina.zip"
    link.symlink_to(real)
    assert export_company(vault, company.id, link) == len(docs)
    assert real.is_file() and link.is_symlink()
    with pytest.raises(errors.ExportTargetExists):
        export_company(vault, company.id, link)


def test_a_file_made_at_the_target_while_exporting_is_not_replaced(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "andina.zip"
    real_add = export._zip_add

    def add_then_someone_saves(zf: zipfile.ZipFile, src: Path, arcname: str) -> str:
        if not target.exists():
            target.write_bytes(b"guardado por otro programa mientras tanto")
        return real_add(zf, src, arcname)

    monkeypatch.setattr(export, "_zip_add", add_then_someone_saves)
    with pytest.raises(errors.ExportTargetExists):
        export_company(vault, company.id, target)
    assert target.read_bytes() == b"guardado por otro programa mientras tanto"
    assert parts_under(tmp_path) == [] and notes(vault) == []


def test_the_same_race_without_hard_links_is_caught_too(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT drives and some network shares have no hard links: the last step checks, then renames."""
    target = tmp_path / "andina.zip"

    def no_links(src: str, dst: str) -> None:
        target.write_bytes(b"llego primero")
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(export.os, "link", no_links)
    with pytest.raises(errors.ExportTargetExists):
        export_company(vault, company.id, target)
    assert target.read_bytes() == b"llego primero"
    target.unlink()
    monkeypatch.setattr(export.os, "link", lambda s, d: (_ for _ in ()).throw(OSError(errno.EPERM, "no links")))
    assert export_company(vault, company.id, target) == len(docs)  # the rename path, when the name is free
    assert zipfile.ZipFile(target).testzip() is None
    assert parts_under(tmp_path) == []


# -- the temporary file -------------------------------------------------------------------------------


def test_the_zip_is_written_beside_the_target_under_a_recognisable_name(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "salida"
    out.mkdir()
    target = out / "andina.zip"
    seen: list[list[str]] = []
    noted: list[list[str]] = []
    real_add = export._zip_add

    def watch(zf: zipfile.ZipFile, src: Path, arcname: str) -> str:
        seen.append(sorted(p.name for p in out.iterdir()))
        noted.append([(vault.root / EXPORTS_DIR / n).read_text(encoding="utf-8") for n in notes(vault) if n.endswith(".txt")])
        return real_add(zf, src, arcname)

    monkeypatch.setattr(export, "_zip_add", watch)
    export_company(vault, company.id, target)
    [name] = seen[0]
    assert PART.match(name), name  # hidden, named after the ZIP, plainly unfinished
    assert noted[0] == [str(out / name)]  # a note in the data folder says where it is
    assert sorted(p.name for p in out.iterdir()) == ["andina.zip"]
    assert notes(vault) == []


@pytest.mark.parametrize("failure", ["disk full", "interrupted"])
def test_a_failure_while_writing_removes_the_temporary_file(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    target = tmp_path / "andina.zip"
    target.write_bytes(b"el ZIP de ayer")
    real_add = export._zip_add
    calls = []

    def fail_second(zf: zipfile.ZipFile, src: Path, arcname: str) -> str:
        calls.append(arcname)
        if len(calls) == 2:
            if failure == "disk full":
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            raise KeyboardInterrupt
        return real_add(zf, src, arcname)

    monkeypatch.setattr(export, "_zip_add", fail_second)
    if failure == "disk full":
        with pytest.raises(errors.StorageError) as exc:
            export_company(vault, company.id, target, overwrite=True)
        assert "Could not write" in exc.value.message and "the disk is full" in exc.value.message
        assert "No space left on device" not in exc.value.message  # the system's English: the log's only
        assert str(target) in exc.value.message and "nothing was changed" in exc.value.message
    else:
        with pytest.raises(KeyboardInterrupt):
            export_company(vault, company.id, target, overwrite=True)
    assert target.read_bytes() == b"el ZIP de ayer"  # replaced only by a complete ZIP
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
    assert notes(vault) == []


_KILLED_EXPORT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from clientvault.core import export
    from clientvault.core.vault import Vault

    real_add = export._zip_add
    def add_then_hang(zf, src, arcname):
        digest = real_add(zf, src, arcname)
        print("writing", flush=True)
        time.sleep(120)
        return digest
    export._zip_add = add_then_hang
    vault = Vault(sys.argv[1])
    export.export_company(vault, int(sys.argv[2]), sys.argv[3])
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_part_file_of_a_killed_export_is_removed_at_the_next_start(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path
) -> None:
    out = tmp_path / "salida"
    out.mkdir()
    target = out / "andina.zip"
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_EXPORT, str(vault.root), str(company.id), str(target)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        [part] = list(out.iterdir())
        assert PART.match(part.name)
        assert clean_export_leftovers(vault.root) == []  # still running: left alone
        assert part.exists()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert part.exists() and notes(vault) != []  # a killed process cleans nothing up itself
    assert clean_export_leftovers(vault.root) == [part]
    assert list(out.iterdir()) == [] and notes(vault) == []
    assert clean_export_leftovers(vault.root) == []


def test_an_export_running_in_this_process_is_left_alone(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "andina.zip"
    found: list[list[Path]] = []
    real_add = export._zip_add

    def clean_meanwhile(zf: zipfile.ZipFile, src: Path, arcname: str) -> str:
        found.append(clean_export_leftovers(vault.root))
        return real_add(zf, src, arcname)

    monkeypatch.setattr(export, "_zip_add", clean_meanwhile)
    assert export_company(vault, company.id, target) == len(docs)
    assert found == [[]] * len(docs)
    assert zipfile.ZipFile(target).testzip() is None


def test_the_clean_up_removes_only_our_part_files(vault: Vault, tmp_path: Path) -> None:
    """A note is only a hint: a damaged one naming another file removes nothing, and a part file on
    a drive that is not there keeps its note for a later start."""
    folder = vault.root / EXPORTS_DIR
    folder.mkdir(mode=0o700)
    precious = tmp_path / "declaracion.pdf"
    precious.write_bytes(b"%PDF-1.4 no tocar")
    (folder / "a.txt").write_text(str(precious), encoding="utf-8")
    unplugged = tmp_path / "usb-desconectada" / ".andina.zip.0123abcd.part"
    (folder / "b.txt").write_text(str(unplugged), encoding="utf-8")
    assert clean_export_leftovers(vault.root) == []
    assert precious.read_bytes() == b"%PDF-1.4 no tocar"
    assert sorted(p.name for p in folder.iterdir()) == ["b.txt"]  # the damaged note is done with
    unplugged.parent.mkdir()
    unplugged.write_bytes(b"PK medio ZIP")
    assert clean_export_leftovers(vault.root) == [unplugged]
    assert not unplugged.exists() and list(folder.iterdir()) == []


# -- the manifest in a spreadsheet -------------------------------------------------------------------


FORMULAS = ["=HYPERLINK(_http___evil.example_,_Factura_).pdf", "+57 contrato.pdf", "-saldo.pdf", "@SUMA(A1).pdf"]
ORDINARY = ["RUT.pdf", "Cámara de Comercio 2024.pdf", "a=b+c.pdf", "'citado'.pdf"]


def test_manifest_cells_that_would_be_formulas_start_with_a_quote(
    vault: Vault, company: Company, make_file, tmp_path: Path
) -> None:
    by_name: dict[str, Document] = {}
    for name in FORMULAS + ORDINARY:
        doc = vault.import_file(company.id, make_file(name)).document
        assert doc is not None and doc.filename == name, (name, doc)
        by_name[name] = doc
    # Tab and carriage return at the start survive only in the original name (the stored one is cleaned).
    for original in ("\tinforme.pdf", "\rinforme.pdf"):
        doc = vault.import_file(company.id, make_file(original, text=repr(original))).document
        assert doc is not None and doc.original_filename == original
        by_name[doc.filename] = doc
    target = tmp_path / "andina.zip"
    export_company(vault, company.id, target)
    rows = {r["sha256"]: r for r in manifest_rows(target)}
    with zipfile.ZipFile(target) as zf:
        entries = set(zf.namelist())
    for name in FORMULAS:
        row = rows[by_name[name].checksum]
        assert row["filename"] == "'" + name and row["original_filename"] == "'" + name
        assert name in entries  # the file in the ZIP keeps its real name
    for name in ORDINARY:
        row = rows[by_name[name].checksum]
        assert row["filename"] == name and row["original_filename"] == name
    originals = sorted(r["original_filename"] for r in rows.values() if r["original_filename"].startswith("'\t")
                       or r["original_filename"].startswith("'\r"))
    assert originals == ["'\tinforme.pdf", "'\rinforme.pdf"]
    assert all(not r["size"].startswith("'") and not r["sha256"].startswith("'") for r in rows.values())


# -- a missing or unreadable stored file ---------------------------------------------------------------


def test_a_missing_stored_file_is_named_not_the_zip(vault: Vault, company: Company, docs: list[Document],
                                                  tmp_path: Path) -> None:
    vault.document_path(docs[1]).unlink()
    target = tmp_path / "andina.zip"
    with pytest.raises(errors.VaultError) as exc:
        export_company(vault, company.id, target)
    message = exc.value.message
    assert f"The file of “{docs[1].filename}” ({company.name}) is missing" in message
    assert "verify --repair" in message and "nothing was exported" in message
    assert "Could not write" not in message and str(target) not in message
    assert list(tmp_path.glob("*andina*")) == [] and notes(vault) == []


def test_a_missing_stored_file_in_spanish(vault: Vault, company: Company, docs: list[Document], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    vault.document_path(docs[0]).unlink()
    with pytest.raises(errors.VaultError) as exc:
        export_company(vault, company.id, tmp_path / "andina.zip")
    assert f"Falta el archivo de «{docs[0].filename}»" in exc.value.message
    assert "«Archivo › Revisar archivos» (en la línea de órdenes, «clientvault verify --repair»)" in exc.value.message


def test_an_unreadable_stored_file_is_named_not_the_zip(vault: Vault, company: Company, docs: list[Document],
                                                      tmp_path: Path) -> None:
    stored = vault.document_path(docs[2])
    stored.unlink()
    stored.mkdir()  # something that cannot be read as a file, even by root
    with pytest.raises(errors.VaultError) as exc:
        export_company(vault, company.id, tmp_path / "andina.zip")
    message = exc.value.message
    assert f"Could not read “{docs[2].filename}” ({company.name}): " in message
    assert str(stored) in message and "verify --repair" in message and "Could not write" not in message
    assert list(tmp_path.glob("*andina*")) == []


def test_notes_folder_that_cannot_be_made_does_not_stop_an_export(
    vault: Vault, company: Company, docs: list[Document], tmp_path: Path
) -> None:
    (vault.root / EXPORTS_DIR).write_bytes(b"")  # a file where the folder should be
    target = tmp_path / "andina.zip"
    assert export_company(vault, company.id, target) == len(docs)
    assert zipfile.ZipFile(target).testzip() is None and parts_under(tmp_path) == []

