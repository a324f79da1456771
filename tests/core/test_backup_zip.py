"""Backups of the documents: the ZIP holds, per company, what ``clientvault export`` writes; restoring
brings in what is missing, checks every checksum and never replaces anything (real files, SQLite)."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from clientvault.core import errors
from clientvault.core.backup_zip import read_backup, restore_backup, write_backup
from clientvault.core.catalog.models import Company
from clientvault.core.vault import Vault


def _stock(vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    for name in ("RUT.pdf", "=Balance 2024.csv", "Cámara.pdf"):
        assert vault.import_file(company.id, make_file(name, text=name)).status == "imported"


def test_a_company_backup_holds_what_export_writes(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    vault.edit_company(company.id, nit="900123456-8", email="contabilidad@andina.co")
    exported, backed = tmp_path / "export.zip", tmp_path / "backup.zip"
    vault.export_company(company.id, exported)
    result = write_backup(vault, backed, company.id)
    assert (result.companies, result.files, result.cancelled) == (1, 3, False)
    with zipfile.ZipFile(exported) as ez, zipfile.ZipFile(backed) as bz:
        [row] = list(csv.DictReader(io.StringIO(bz.read("empresas.csv").decode("utf-8-sig"))))
        folder = row["folder"] + "/"
        assert folder == "Comercializadora Andina S.A.S/"  # a name Windows can open (no final dot)
        assert sorted(bz.namelist()) == sorted(["empresas.csv", *(folder + n for n in ez.namelist())])
        for name in ez.namelist():
            assert bz.read(folder + name) == ez.read(name)
    assert row["name"] == company.name and row["nit"] == "900123456" and row["dv"] == "8"
    assert row["email"] == "contabilidad@andina.co"


def test_restore_into_a_fresh_data_folder_brings_companies_files_and_checksums(
        vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    vault.edit_company(company.id, nit="900123456-8")
    other = vault.add_company("Agencia Andina Ltda")
    vault.import_file(other.id, make_file("Contrato.pdf", text="contrato"))
    backed = tmp_path / "todo.zip"
    assert write_backup(vault, backed).files == 4
    fresh = Vault(tmp_path / "otra")
    try:
        contents = read_backup(fresh, backed)
        assert [c.name for c in contents.companies] == ["Agencia Andina Ltda", company.name]
        assert all(c.existing is None for c in contents.companies) and contents.file_count == 4
        report = restore_backup(fresh, contents)
        assert len(report.of("restored")) == 4 and sorted(report.companies_added) == sorted([company.name, other.name])
        for original in (company, other):
            copy = fresh.company(original.name)
            theirs = {d.filename: d.checksum for d in vault.list_documents(original.id)}
            ours = {d.filename: d.checksum for d in fresh.list_documents(copy.id)}
            assert ours == theirs
            for d in fresh.list_documents(copy.id):
                assert hashlib.sha256(fresh.document_path(d).read_bytes()).hexdigest() == d.checksum
        assert fresh.company(company.name).nit == "900123456"
        assert fresh.verify().problems == []
    finally:
        fresh.close()


def test_restore_over_existing_data_never_replaces_anything(
        vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    backed = tmp_path / "copia.zip"
    write_backup(vault, backed, company.id)
    # Since the backup: RUT.pdf replaced by another RUT.pdf, Cámara.pdf deleted.
    rut = next(d for d in vault.list_documents(company.id) if d.filename == "RUT.pdf")
    camara = next(d for d in vault.list_documents(company.id) if d.filename == "Cámara.pdf")
    vault.delete([rut.id, camara.id])
    vault.purge(doc_ids=[rut.id])
    new_rut = vault.import_file(company.id, make_file("RUT.pdf", text="el RUT nuevo")).document
    assert new_rut is not None
    before = vault.document_path(new_rut).read_bytes()

    contents = read_backup(vault, backed)
    [entry] = contents.companies
    assert entry.existing is not None and entry.existing.id == company.id and entry.files_here == 1
    report = restore_backup(vault, contents)
    status = {f.filename: f.status for f in report.files}
    assert status == {"RUT.pdf": "name_taken", "=Balance 2024.csv": "already_here", "Cámara.pdf": "restored"}
    assert report.companies_added == []
    assert vault.document_path(vault.document(new_rut.id)).read_bytes() == before  # untouched
    names = sorted(d.filename for d in vault.list_documents(company.id))
    assert names == ["=Balance 2024.csv", "Cámara.pdf", "RUT.pdf"]


def test_what_is_not_a_backup_is_refused_with_words(vault: Vault, tmp_path: Path) -> None:
    not_zip = tmp_path / "factura.zip"
    not_zip.write_bytes(b"%PDF-1.4 not a zip at all")
    with pytest.raises(errors.VaultError, match="it is not a ZIP, or it is damaged"):
        read_backup(vault, not_zip)
    other_zip = tmp_path / "fotos.zip"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("foto.jpg", b"jpeg")
    with pytest.raises(errors.VaultError, match="is not a ClientVault backup"):
        read_backup(vault, other_zip)
    with pytest.raises(errors.VaultError, match="Could not open"):
        read_backup(vault, tmp_path / "no existe.zip")


def test_a_file_changed_inside_the_backup_is_not_restored(
        vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    backed, tampered = tmp_path / "copia.zip", tmp_path / "alterada.zip"
    write_backup(vault, backed, company.id)
    with zipfile.ZipFile(backed) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data + b"x" if info.filename.endswith("RUT.pdf") else data)
    fresh = Vault(tmp_path / "otra")
    try:
        report = restore_backup(fresh, read_backup(fresh, tampered))
        assert {f.filename: f.status for f in report.files}["RUT.pdf"] == "damaged"
        assert len(report.of("restored")) == 2
    finally:
        fresh.close()


def test_a_plain_export_restores_as_a_company_named_after_the_file(
        vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    exported = tmp_path / "Ferretería El Tornillo.zip"
    vault.export_company(company.id, exported)
    fresh = Vault(tmp_path / "otra")
    try:
        contents = read_backup(fresh, exported)
        assert contents.plain_export and [c.name for c in contents.companies] == ["Ferretería El Tornillo"]
        assert len(restore_backup(fresh, contents).of("restored")) == 3
    finally:
        fresh.close()


def test_a_cancelled_backup_leaves_no_zip(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    target = tmp_path / "copia.zip"
    result = write_backup(vault, target, cancelled=lambda: True)
    assert result.cancelled and not target.exists() and list(tmp_path.glob(".*part")) == []
