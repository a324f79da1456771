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


def test_a_restored_paper_keeps_what_it_is(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    _stock(vault, company, make_file)
    docs = {d.filename: d for d in vault.list_documents(company.id)}
    camara, rut = vault.document_type("camara"), vault.document_type("rut")
    # One follows its rule (30 days after its date), one has a date entered by hand.
    vault.set_details([docs["Cámara.pdf"].id], doc_type=camara.id, created=date(2026, 11, 20), tags=["banco", "2026"])
    vault.set_details([docs["RUT.pdf"].id], doc_type=rut.id, period="2026", notes="actualizado",
                      expires=date(2027, 3, 1))
    backed = tmp_path / "todo.zip"
    write_backup(vault, backed)
    fresh = Vault(tmp_path / "otra")
    try:
        restore_backup(fresh, read_backup(fresh, backed))
        got = {d.filename: d for d in fresh.list_documents(fresh.company(company.name).id)}
        cam = got["Cámara.pdf"]
        assert (fresh.document_type("camara").id, cam.created, cam.expires_on, cam.expires_set) == (
            cam.document_type_id, date(2026, 11, 20), date(2026, 12, 20), False)
        assert fresh.tags_of([cam.id])[cam.id] == ["2026", "banco"]
        r = got["RUT.pdf"]
        assert (r.period, r.notes, r.expires_on, r.expires_set) == ("2026", "actualizado", date(2027, 3, 1), True)
        assert got["=Balance 2024.csv"].document_type_id is None
    finally:
        fresh.close()


def test_a_restored_paper_finds_its_type_however_it_was_named(vault: Vault, company: Company, make_file,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    from datetime import date

    _stock(vault, company, make_file)
    docs = {d.filename: d for d in vault.list_documents(company.id)}
    camara = vault.edit_document_type(vault.document_type("camara").id, name="Certificado de existencia")
    mine = vault.add_document_type("Certificado bancario", rule="days", rule_days=30)
    vault.set_details([docs["Cámara.pdf"].id], doc_type=camara.id, created=date(2026, 11, 25))
    vault.set_details([docs["RUT.pdf"].id], doc_type=mine.id, created=date(2026, 11, 20), tags=["banco; crédito"])
    backed = tmp_path / "todo.zip"
    write_backup(vault, backed)
    fresh = Vault(tmp_path / "otra")
    try:
        restore_backup(fresh, read_backup(fresh, backed))
        got = {d.filename: d for d in fresh.list_documents(fresh.company(company.name).id)}
        # The built-in type by its code (named as this vault names it), the accountant's own made here.
        assert got["Cámara.pdf"].document_type_id == fresh.document_type("camara").id
        assert (got["Cámara.pdf"].expires_on, got["Cámara.pdf"].expires_set) == (date(2026, 12, 25), False)
        assert fresh.document_type("Certificado bancario").id == got["RUT.pdf"].document_type_id
        assert fresh.tags_of([got["RUT.pdf"].id])[got["RUT.pdf"].id] == ["banco", "crédito"]
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


# -- ZIPs from elsewhere: names the disk refuses, passwords, other compressions, size bombs ---------


def _zip_backup(path: Path, companies: dict[str, list[tuple[str, bytes]]],
                sizes: dict[str, int] | None = None, method: int = zipfile.ZIP_DEFLATED) -> Path:
    """A backup as ``write_backup`` lays it out, written with zipfile itself (any names, any sizes
    claimed by the manifest)."""
    sizes = sizes or {}
    with zipfile.ZipFile(path, "w", method) as zf:
        lines = ["folder,name,nit,dv,email,phone,notes"]
        for name, files in companies.items():
            rows = ["filename,original_filename,format,size,sha256,added"]
            for filename, data in files:
                zf.writestr(f"{name}/{filename}", data)
                rows.append(f"{filename},{filename},pdf,{sizes.get(filename, len(data))},"
                            f"{hashlib.sha256(data).hexdigest()},")
            zf.writestr(f"{name}/manifest.csv", "\n".join(rows) + "\n")
            lines.append(f"{name},{name},,,,,")
        zf.writestr("empresas.csv", "\n".join(lines) + "\n")
    return path


def _patch_headers(path: Path, member: str, local: bool = True, central: bool = True,
                   flags: int = 0, method: int | None = None, name: bytes | None = None) -> None:
    """Change a member's headers in place, as another ZIP program would have written them: a
    password flag, another compression method, or (local header only) a damaged name."""
    data = bytearray(path.read_bytes())
    for sig, start, flag_at, method_at, name_len_at, wanted in (
            (b"PK\x03\x04", 30, 6, 8, 26, local), (b"PK\x01\x02", 46, 8, 10, 28, central)):
        j = 0
        while wanted and (j := data.find(sig, j)) != -1:
            n = int.from_bytes(data[j + name_len_at:j + name_len_at + 2], "little")
            if bytes(data[j + start:j + start + n]) == member.encode():
                flag = int.from_bytes(data[j + flag_at:j + flag_at + 2], "little") | flags
                data[j + flag_at:j + flag_at + 2] = flag.to_bytes(2, "little")
                if method is not None:
                    data[j + method_at:j + method_at + 2] = method.to_bytes(2, "little")
                if name is not None:
                    data[j + start:j + start + n] = name
            j += 4
    path.write_bytes(bytes(data))


def _everything(vault: Vault) -> dict[tuple[str, str], bytes]:
    """Every live file of the vault with its bytes on disk: what must not change."""
    return {(i.company.name, d.filename): vault.document_path(d).read_bytes()
            for i in vault.companies() for d in vault.list_documents(i.company.id, limit=None)}


def _pdfs(make_file, *names: str) -> list[tuple[str, bytes]]:  # type: ignore[no-untyped-def]
    return [(n, make_file(f"src-{i}.pdf", text=n).read_bytes()) for i, n in enumerate(names)]


def test_a_name_too_long_for_the_disk_or_windows_comes_in_under_one_it_takes(
        vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    before = _everything(vault)
    long_name = "Estado de resultados " + "á" * 140 + ".pdf"  # 300 bytes: the disk takes 255
    files = _pdfs(make_file, long_name, "CON.pdf", "Balance.pdf")
    backed = _zip_backup(tmp_path / "larga.zip", {"Nueva SAS": files, company.name: _pdfs(make_file, "Acta.pdf")})
    report = restore_backup(vault, read_backup(vault, backed))
    assert [(f.filename, f.status) for f in report.files] == [
        (long_name, "restored"), ("CON.pdf", "restored"), ("Balance.pdf", "restored"), ("Acta.pdf", "restored")]
    names = sorted(d.filename for d in vault.list_documents(vault.company("Nueva SAS").id))
    assert len(names) == 3 and "Balance.pdf" in names and "CON.pdf" not in names  # Windows opens no CON.pdf
    [short] = [n for n in names if n.startswith("Estado de resultados")]
    assert short.endswith(".pdf") and len(short.encode()) <= 200
    assert {k: v for k, v in _everything(vault).items() if k in before} == before
    again = read_backup(vault, backed)  # restored once: all of it is here, under the names it got
    assert [c.files_here for c in again.companies] == [3, 1]
    assert {f.status for f in restore_backup(vault, again).files} == {"already_here"}


def test_a_name_the_disk_refuses_is_refused_alone(
        vault: Vault, company: Company, make_file, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from clientvault.core import backup_zip

    monkeypatch.setattr(backup_zip, "_stored_name", lambda name: name)  # as if made safe, still too long here
    long_name = "x" * 300 + ".pdf"
    backed = _zip_backup(tmp_path / "larga.zip", {"Nueva SAS": _pdfs(make_file, long_name, "Balance.pdf")})
    report = restore_backup(vault, read_backup(vault, backed))
    assert [(f.filename, f.status, f.message) for f in report.files] == [
        (long_name, "refused", "Its name cannot be used on this computer (it is too long, or has characters the disk "
                               "does not take); it was not restored."),
        ("Balance.pdf", "restored", "")]


def test_a_password_protected_file_is_refused_alone_in_words(
        vault: Vault, company: Company, make_file, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    before = _everything(vault)
    backed = _zip_backup(tmp_path / "clave.zip", {"Nueva SAS": _pdfs(make_file, "Nómina.pdf", "Balance.pdf")})
    _patch_headers(backed, "Nueva SAS/Nómina.pdf", flags=0x1)
    with zipfile.ZipFile(backed) as zf, pytest.raises(RuntimeError):  # what escaped before
        zf.read("Nueva SAS/Nómina.pdf")
    report = restore_backup(vault, read_backup(vault, backed))
    assert [(f.filename, f.status, f.message) for f in report.files] == [
        ("Nómina.pdf", "refused", "The file Nómina.pdf in the backup has a password: ClientVault cannot read it. "
                                  "Make the backup again without a password."),
        ("Balance.pdf", "restored", "")]
    assert {k: v for k, v in _everything(vault).items() if k in before} == before
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    [entry] = read_backup(vault, backed).companies
    assert entry.files[0].problem == ("El archivo Nómina.pdf de la copia tiene contraseña: ClientVault no puede "
                                      "leerlo. Haga la copia de nuevo sin contraseña.")


@pytest.mark.parametrize("member", ["empresas.csv", "Nueva SAS/manifest.csv"])
def test_a_password_protected_list_refuses_the_whole_backup(
        vault: Vault, company: Company, make_file, tmp_path: Path, member: str) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    before = _everything(vault)
    backed = _zip_backup(tmp_path / "clave.zip", {"Nueva SAS": _pdfs(make_file, "Balance.pdf")})
    _patch_headers(backed, member, flags=0x1)
    name = member.rpartition("/")[2]
    with pytest.raises(errors.VaultError) as caught:
        read_backup(vault, backed)
    assert caught.value.message == (f"The file {name} in the backup has a password: ClientVault cannot read it. "
                                    "Make the backup again without a password. Nothing was restored.")
    assert _everything(vault) == before and [i.company.name for i in vault.companies()] == [company.name]


def test_a_file_compressed_as_windows_does_big_folders_or_damaged_is_refused_alone(
        vault: Vault, company: Company, make_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    before = _everything(vault)
    backed = _zip_backup(tmp_path / "windows.zip",
                         {"Nueva SAS": _pdfs(make_file, "Nómina.pdf", "Roto.pdf", "Balance.pdf")})
    _patch_headers(backed, "Nueva SAS/Nómina.pdf", method=9)  # Deflate64, as Windows Explorer writes it
    _patch_headers(backed, "Nueva SAS/Roto.pdf", central=False, name=b"Nueva SAS/Rot0.pdf")
    report = restore_backup(vault, read_backup(vault, backed))
    assert [(f.filename, f.status, f.message) for f in report.files] == [
        ("Nómina.pdf", "refused", "The file Nómina.pdf in the backup is compressed in a way ClientVault cannot open "
                                  "(the way Windows compresses large folders). Make the backup again with «Back up…», or "
                                  "compress the folder with another program."),
        ("Roto.pdf", "damaged", "It is damaged inside the backup and could not be taken out; it was not restored."),
        ("Balance.pdf", "restored", "")]
    assert {k: v for k, v in _everything(vault).items() if k in before} == before


def test_a_list_that_unpacks_huge_is_refused_before_it_is_read(vault: Vault, tmp_path: Path) -> None:
    bomb = tmp_path / "bomba.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("manifest.csv", "w", force_zip64=True) as w:
        w.write(b"filename,original_filename,format,size,sha256,added\n")
        for _ in range(65):  # 65 MB of one letter: a few kilobytes in the ZIP
            w.write(b"a" * (1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(errors.VaultError) as caught:
        read_backup(vault, bomb)
    assert caught.value.message == ("The backup bomba.zip is incomplete or damaged (its list manifest.csv takes 65 MB, "
                                    "far more than that of any real backup). Nothing was restored; use another backup.")


def test_a_file_over_the_limit_or_not_of_its_recorded_size_is_refused_without_unpacking_it(
        vault: Vault, company: Company, make_file, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _stock(vault, company, make_file)
    before = _everything(vault)
    big = make_file("grande.pdf", size=6 * 1024 * 1024).read_bytes()
    files = [("Grande.pdf", big), *_pdfs(make_file, "Miente.pdf", "Exagera.pdf", "Balance.pdf")]
    backed = _zip_backup(tmp_path / "tamaños.zip", {"Nueva SAS": files},
                         sizes={"Miente.pdf": 10, "Exagera.pdf": 10**15})
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, *args: object, **kwargs: object) -> object:
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    contents = read_backup(vault, backed)
    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    report = restore_backup(vault, contents)
    damaged = "Its size inside the backup is not the one the backup recorded: it is damaged and was not restored."
    assert [(f.filename, f.status, f.message) for f in report.files] == [
        ("Grande.pdf", "refused", errors.FileTooLarge("Grande.pdf", len(big), 5 * 1024 * 1024).reason),
        ("Miente.pdf", "damaged", damaged), ("Exagera.pdf", "damaged", damaged), ("Balance.pdf", "restored", "")]
    assert "over the 5 MB limit" in report.files[0].message
    assert opened == ["Nueva SAS/Balance.pdf"]  # the others never unpacked
    assert {k: v for k, v in _everything(vault).items() if k in before} == before


def test_details_a_manifest_gets_wrong_leave_the_file_restored_without_them(vault: Vault, make_file,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    """A manifest edited by hand or by another program: a date that is none, a period that is
    none, a type nobody can take (its name empty after the spaces): the file comes in, each wrong
    detail is left out, the right ones kept."""
    data = make_file("Cámara.pdf", text="camara").read_bytes()
    path = tmp_path / "raro.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Espiga/Cámara.pdf", data)
        zf.writestr("Espiga/manifest.csv", (
            "filename,original_filename,format,size,sha256,added,type,created,period,expires,tags,notes,type_code,"
            "expires_set\n"
            f"Cámara.pdf,Cámara.pdf,pdf,{len(data)},{hashlib.sha256(data).hexdigest()},,camara,32/13/2024,2023-13,"
            "mañana,banco,una nota,nada,1\n"))
        zf.writestr("empresas.csv", "folder,name,nit,dv,email,phone,notes\nEspiga,Espiga,,,,,\n")
    report = restore_backup(vault, read_backup(vault, path))
    assert [f.status for f in report.files] == ["restored"]
    (doc,) = vault.list_documents(vault.company("Espiga").id)
    assert vault.document_path(doc).read_bytes() == data
    # The type by its name (the code is unknown here), the tags and notes kept; the bad dates and period left out.
    assert doc.document_type_id == vault.document_type("camara").id
    assert (doc.created, doc.period, doc.expires_on, doc.notes) == (None, None, None, "una nota")
    assert vault.tags_of([doc.id])[doc.id] == ["banco"]
