"""Repair never takes damage for the truth: a lost, emptied or foreign catalog is recognised by the
folders (identity file and company sidecars) and refused, the catalog can be rebuilt from them,
changed content is set aside (never recorded without the person), a killed purge stays purged,
and backups exist and are named. Real files, real SQLite, real processes for the kills."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from processes import run_clientvault

from clientvault.core import backups, errors, sidecars, storage
from clientvault.core.catalog.models import Document
from clientvault.core.rebuild import rebuild
from clientvault.core.vault import Vault


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def imported(vault: Vault, company_id: int, path: Path) -> Document:
    result = vault.import_file(company_id, path)
    assert result.document is not None, result.message
    return result.document


@pytest.fixture
def stocked(vault: Vault, make_file: Any) -> dict[str, Any]:
    """Two companies (one with contact data), three live files, one in the trash."""
    andina = vault.add_company("Comercializadora Andina S.A.S.", nit="800191045", email="conta@andina.example",
                               phone="601 555 0101", notes="Cliente desde 2019")
    perez = vault.add_company("Pérez Gómez María")
    docs = [imported(vault, andina.id, make_file(n)) for n in ("RUT.pdf", "Cámara de comercio.pdf")]
    docs.append(imported(vault, perez.id, make_file("Extracto.csv")))
    acta = imported(vault, perez.id, make_file("Acta.pdf", text="acta borrada"))
    vault.delete([acta.id])
    return {"andina": andina, "perez": perez, "docs": docs, "acta": acta}


def every_file(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): sha(p) for p in (root / "companies").rglob("*")
            if p.is_file() and not sidecars.is_own_file(p.name)}


# -- a lost, emptied or foreign catalog ----------------------------------------------------------------


@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_a_lost_catalog_is_refused_not_replaced(vault: Vault, stocked: dict[str, Any], how: str) -> None:
    root = vault.root
    files = every_file(root)
    vault.close()
    Vault(root).close()  # opened again (another day, with its documents): the day's backup is taken
    db = root / "vault.db"
    for extra in (root / "vault.db-wal", root / "vault.db-shm"):
        extra.unlink(missing_ok=True)
    if how == "deleted":
        db.unlink()
    else:
        db.write_bytes(b"")
    with pytest.raises(errors.CatalogMissing) as exc:
        Vault(root)
    message = exc.value.message
    assert "The database of your files was not found" in message and "clientvault rebuild" in message
    assert "clientvault backups restore" in message  # the day's backup exists, and is named
    assert exc.value.backup and backups.listing(root)[0].name in exc.value.backup
    assert every_file(root) == files  # nothing moved
    assert not db.exists() or db.stat().st_size == 0  # no new empty catalog was made


def test_another_vaults_catalog_is_refused(tmp_path: Path, vault: Vault, stocked: dict[str, Any]) -> None:
    other = Vault(tmp_path / "otra")
    other.add_company("Otra firma")
    other.close()
    vault.close()
    shutil.copyfile(tmp_path / "otra" / "vault.db", vault.root / "vault.db")
    for extra in ("vault.db-wal", "vault.db-shm"):
        (vault.root / extra).unlink(missing_ok=True)
    with pytest.raises(errors.CatalogMissing) as exc:
        Vault(vault.root)
    assert exc.value.foreign and "belongs to another ClientVault data folder" in exc.value.message


def test_a_vault_from_before_identities_gets_one_and_sidecars(vault: Vault, stocked: dict[str, Any]) -> None:
    root = vault.root
    vault.close()
    (root / sidecars.IDENTITY_FILE).unlink()
    for company in ("1", "2"):
        (root / "companies" / company / sidecars.SIDECAR).unlink()
    con = sqlite3.connect(root / "vault.db")
    con.execute("DELETE FROM setting WHERE key = ?", (sidecars.SETTING_KEY,))
    con.commit()
    con.close()
    again = Vault(root)
    try:
        assert sidecars.read_identity(root) == again.vault_id == again.catalog.setting(sidecars.SETTING_KEY)
        sidecar = sidecars.read_sidecar(again.company_dir(stocked["andina"].id))
        assert sidecar is not None and sidecar["name"] == "Comercializadora Andina S.A.S." and sidecar["nit"] == "800191045"
        assert again.verify().problems == []
    finally:
        again.close()


def test_sidecars_follow_edits_and_removal(vault: Vault, stocked: dict[str, Any]) -> None:
    andina = stocked["andina"]
    vault.edit_company(andina.id, name="Andina Comercial S.A.S.", email="nueva@andina.example")
    sidecar = sidecars.read_sidecar(vault.company_dir(andina.id))
    assert sidecar is not None and (sidecar["name"], sidecar["email"], sidecar["vault_id"]) == (
        "Andina Comercial S.A.S.", "nueva@andina.example", vault.vault_id)
    vault.remove_company(andina.id, with_files=True)
    removed = sidecars.read_sidecar(vault.company_dir(andina.id))
    assert removed is not None and removed["removed"] is True
    empty = vault.add_company("Vacía")
    vault.remove_company(empty.id)
    assert not vault.company_dir(empty.id).exists()  # an empty company's folder goes, sidecar and all


# -- rebuilding from the folders -----------------------------------------------------------------------


def test_rebuild_brings_every_company_and_document_back_under_its_own_company(vault: Vault,
                                                                             stocked: dict[str, Any]) -> None:
    root = vault.root
    files = every_file(root)
    vault.close()
    (root / "vault.db").unlink()
    for extra in ("vault.db-wal", "vault.db-shm"):
        (root / extra).unlink(missing_ok=True)
    report = rebuild(root)
    assert (report.companies, report.documents, report.trashed, report.skipped) == (2, 3, 1, [])
    again = Vault(root)
    try:
        andina, perez = again.company(stocked["andina"].id), again.company(stocked["perez"].id)
        assert (andina.name, andina.nit_display, andina.email, andina.phone, andina.notes) == (
            "Comercializadora Andina S.A.S.", "800191045-1", "conta@andina.example", "601 555 0101", "Cliente desde 2019")
        assert perez.name == "Pérez Gómez María"
        by_company = {c: sorted((d.filename, sha(again.document_path(d))) for d in again.catalog.company_documents(c))
                      for c in (andina.id, perez.id)}
        originals = {c: sorted((d.filename, d.checksum) for d in stocked["docs"] + [stocked["acta"]] if d.company_id == c)
                     for c in (andina.id, perez.id)}
        assert by_company == originals
        [trashed] = again.list_documents(perez.id, trash=True)
        assert trashed.filename == "Acta.pdf" and trashed.checksum == stocked["acta"].checksum
        assert again.verify().problems == [] and every_file(root) == files
        again.restore([trashed.id])
        assert (again.company_dir(perez.id) / "Acta.pdf").is_file()
    finally:
        again.close()


def test_rebuild_keeps_the_replaced_catalog_and_leaves_a_foreign_company_alone(tmp_path: Path, vault: Vault,
                                                                             stocked: dict[str, Any]) -> None:
    root = vault.root
    vault.close()
    stranger = root / "companies" / "77"
    stranger.mkdir()
    (stranger / "Factura.pdf").write_bytes(b"%PDF-1.4\n% de otra bovega\n%%EOF\n")
    (stranger / sidecars.SIDECAR).write_text(json.dumps({"vault_id": "otra", "company_id": 77, "name": "Ajena"}))
    (root / "vault.db").write_bytes(b"garbage, not a database" * 10)
    report = rebuild(root)
    assert report.set_aside is not None and report.set_aside.read_bytes().startswith(b"garbage")
    assert any("another ClientVault data folder" in line for line in report.skipped)
    again = Vault(root)
    try:
        assert sorted(c.company.id for c in again.companies()) == [stocked["andina"].id, stocked["perez"].id]
        assert (stranger / "Factura.pdf").is_file()  # never moved, never registered
        kinds = [(p.kind, "another ClientVault data folder" in p.message) for p in again.verify(repair=True).problems]
        assert kinds == [("stray_folder", True)] and (stranger / "Factura.pdf").is_file()
    finally:
        again.close()


def test_rebuild_from_the_command_line(vault: Vault, stocked: dict[str, Any]) -> None:
    root = vault.root
    vault.close()
    (root / "vault.db").unlink()
    refused = run_clientvault(root, "company", "list")
    assert refused.returncode == 1 and "was not found" in refused.stderr and "Traceback" not in refused.stderr
    done = run_clientvault(root, "rebuild")
    assert done.returncode == 0, done.stderr
    assert "Rebuilt: 2 company(ies), 3 file(s) and 1 in the trash" in done.stdout
    listed = run_clientvault(root, "company", "list", "--json")
    assert sorted(c["name"] for c in json.loads(listed.stdout)) == ["Comercializadora Andina S.A.S.", "Pérez Gómez María"]


def test_a_company_folder_whose_row_is_gone_is_reported_not_misfiled(vault: Vault, stocked: dict[str, Any]) -> None:
    """Its sidecar says it is ours: repair points to rebuild instead of moving it to lost+found."""
    perez = stocked["perez"]
    vault.catalog.db.execute_sql("DELETE FROM document WHERE company_id = ?", (perez.id,))
    vault.catalog.db.execute_sql("DELETE FROM company WHERE id = ?", (perez.id,))
    report = vault.verify(repair=True)
    [problem] = [p for p in report.problems if p.kind == "stray_folder"]
    assert not problem.repaired and "Pérez Gómez María" in problem.message and "clientvault rebuild" in problem.message
    assert (vault.company_dir(perez.id) / "Extracto.csv").is_file()
    assert not (vault.root / "lost+found").exists()


# -- changed content -------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["edited", "emptied", "program", "too big"])
def test_changed_content_is_set_aside_and_the_record_kept(vault: Vault, stocked: dict[str, Any], damage: str) -> None:
    doc = stocked["docs"][0]
    path = vault.document_path(doc)
    new = {"edited": path.read_bytes() + b"\n% edited outside", "emptied": b"",
           "program": b"MZ\x90\x00" + b"\x00" * 200, "too big": b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024)}[damage]
    path.write_bytes(new)
    report = vault.verify(repair=True)
    [problem] = report.problems
    assert (problem.kind, problem.repaired, problem.document_id) == ("changed", False, doc.id)
    assert f"clientvault accept {doc.id}" in problem.message and not report.consistent
    assert vault.document(doc.id).checksum == doc.checksum  # the only proof of the original is kept
    assert not path.exists()
    aside = vault.root / "cambiados" / str(doc.company_id) / f"{doc.id}-RUT.pdf"
    assert aside.read_bytes() == new
    journal = (vault.root / "cambiados" / "registro.csv").read_text(encoding="utf-8-sig")
    assert f"{doc.id}-RUT.pdf" in journal and "changed content" in journal
    [again] = vault.verify().problems
    assert again.kind == "missing" and str(aside) in again.message  # says where the changed content is
    if damage == "edited":
        accepted = vault.accept_current(doc.id)
        assert accepted.checksum == sha(path) == hashlib.sha256(new).hexdigest() and not aside.exists()
        assert vault.verify().problems == []
    else:
        with pytest.raises(errors.FileRefused):
            vault.accept_current(doc.id)
        assert aside.read_bytes() == new and vault.document(doc.id).checksum == doc.checksum


def test_accept_from_the_command_line_before_any_repair(vault: Vault, stocked: dict[str, Any]) -> None:
    doc = stocked["docs"][1]
    path = vault.document_path(doc)
    path.write_bytes(path.read_bytes() + b"\n% firmado")
    done = run_clientvault(vault.root, "accept", str(doc.id))
    assert done.returncode == 0, done.stderr
    assert "was accepted" in done.stdout
    assert vault.document(doc.id).checksum == sha(path) and vault.verify().problems == []


# -- a purge killed after its commit ---------------------------------------------------------------------


PURGE_AND_DIE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from clientvault.core.vault import Vault
    vault = Vault(sys.argv[1])
    real_unlink = Path.unlink

    def die_before_deleting(self, missing_ok=False):
        if self.name.startswith(".cv-purge-"):
            os.kill(os.getpid(), signal.SIGKILL)  # the row is committed; the file not yet deleted
        return real_unlink(self, missing_ok=missing_ok)

    Path.unlink = die_before_deleting
    vault.purge([int(sys.argv[2])])
""")


def test_a_purge_killed_after_its_commit_stays_purged(vault: Vault, stocked: dict[str, Any]) -> None:
    acta = stocked["acta"]
    proc = subprocess.run([sys.executable, "-c", PURGE_AND_DIE, str(vault.root), str(acta.id)], timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert vault.find_document(acta.id) is None  # committed
    assert list(vault.trash_dir(acta.company_id).glob(f"{storage.PURGE_PREFIX}*"))  # the file was left behind
    report = vault.verify(repair=True)
    assert [(p.kind, p.repaired) for p in report.problems] == [("purge", True)] and report.consistent
    assert not list(vault.trash_dir(acta.company_id).iterdir())  # purged means gone
    assert not (vault.root / "lost+found").exists()  # and not brought back
    assert vault.verify().problems == []


# -- backups ------------------------------------------------------------------------------------------------


def test_a_backup_a_day_one_before_each_repair_and_the_last_seven_kept(vault: Vault, stocked: dict[str, Any]) -> None:
    root = vault.root
    Vault(root).close()  # opened again the same day: still one daily backup
    daily = list((root / "backups").glob("*.diaria-*.bak"))
    assert len(daily) == 1
    for _ in range(9):
        report = vault.verify(repair=True)
        assert report.backup is not None and report.backup.is_file()
    # The last seven of each kind: nine repairs in a row do not push out the daily copy.
    assert len(list((root / "backups").glob("*.antes-de-reparar-*.bak"))) == backups.KEEP
    assert list((root / "backups").glob("*.diaria-*.bak")) == daily
    con = sqlite3.connect(f"file:{backups.newest(root)}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT name FROM company ORDER BY id").fetchall() == [
            ("Comercializadora Andina S.A.S.",), ("Pérez Gómez María",)]
    finally:
        con.close()


def test_restoring_a_backup_keeps_the_replaced_database(vault: Vault, stocked: dict[str, Any]) -> None:
    root = vault.root
    report = vault.verify(repair=True)
    assert report.backup is not None
    vault.add_company("Después de la copia")
    vault.close()
    used, aside = backups.restore(root)
    assert used == report.backup and aside is not None and aside.exists()
    again = Vault(root)
    try:
        assert [c.company.name for c in again.companies()] == ["Comercializadora Andina S.A.S.", "Pérez Gómez María"]
    finally:
        again.close()


def test_leftovers_of_killed_work_are_cleaned_at_the_next_start(vault: Vault, stocked: dict[str, Any]) -> None:
    acta = stocked["acta"]
    folder, trash = vault.company_dir(acta.company_id), vault.trash_dir(acta.company_id)
    old = folder / f"{storage.TEMP_PREFIX}old"
    old.write_bytes(b"half a copy from yesterday")
    os.utime(old, (old.stat().st_mtime - 7200,) * 2)
    young = folder / f"{storage.TEMP_PREFIX}young"
    young.write_bytes(b"an import copying right now")
    marker = vault.document_path(vault.document(acta.id)).rename(trash / f"{storage.PURGE_PREFIX}{acta.id}")  # cut before commit
    assert vault.clean_leftovers() == 2
    assert not old.exists() and young.exists() and not marker.exists()
    assert vault.find_document(acta.id) is None
    young.unlink()
    assert vault.verify().problems == []


def test_the_window_cleans_leftovers_when_it_starts(qtbot: Any, vault: Vault, stocked: dict[str, Any]) -> None:
    from clientvault.app import clean_leftovers_in_background

    old = vault.company_dir(stocked["andina"].id) / f"{storage.TEMP_PREFIX}old"
    old.write_bytes(b"half a copy")
    os.utime(old, (old.stat().st_mtime - 7200,) * 2)
    clean_leftovers_in_background(vault)
    qtbot.waitUntil(lambda: not old.exists(), timeout=10_000)


# -- found in review: ids handed out again, two openers, a lost identity file, a cut rebuild ------------


def test_a_stale_purge_marker_never_purges_a_newer_document_with_the_same_id(vault: Vault, company: Any,
                                                                            make_file: Any) -> None:
    first = imported(vault, company.id, make_file("viejo.pdf", text="viejo"))
    vault.delete([first.id])
    trash = vault.trash_dir(company.id)
    marker = vault.document_path(vault.document(first.id)).rename(trash / f"{storage.PURGE_PREFIX}{first.id}")
    vault.catalog.delete_document(vault.document(first.id))  # as a purge killed after its commit leaves it
    newer = imported(vault, company.id, make_file("contrato.pdf", text="contrato"))
    assert newer.id == first.id  # SQLite hands the highest id out again
    vault.delete([newer.id])
    assert vault.clean_leftovers() == 1
    kept = vault.document(newer.id)
    assert kept.deleted_at is not None and vault.document_path(kept).read_bytes() == make_file(
        "contrato.pdf", text="contrato").read_bytes()
    assert not marker.exists() and vault.verify().problems == []


def test_an_old_temporary_copy_that_is_a_document_goes_into_place(vault: Vault, company: Any, make_file: Any) -> None:
    """After a power cut a committed import may be left under its temporary name; the start-up
    clean must recover it, not delete the only copy."""
    doc = imported(vault, company.id, make_file("RUT.pdf"))
    path = vault.document_path(doc)
    temp = path.with_name(f"{storage.TEMP_PREFIX}perdido")
    path.rename(temp)
    os.utime(temp, (temp.stat().st_mtime - 7200,) * 2)
    vault.clean_leftovers()
    assert sha(path) == doc.checksum and not temp.exists()
    assert vault.verify().problems == []


def test_two_first_opens_at_once_agree_on_the_vault_identity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "nueva"
    first = Vault(root)
    first.close()
    # The second opener read "no identity yet" (file and catalog) just before the first wrote both:
    # it must still end with the catalog's id, not its own.
    (root / sidecars.IDENTITY_FILE).unlink()
    from clientvault.core.catalog import Catalog

    real_setting = Catalog.setting
    looks: list[str] = []

    def not_yet(self: Any, key: str) -> str | None:
        if key == sidecars.SETTING_KEY and not looks:
            looks.append(key)
            return None
        return real_setting(self, key)

    monkeypatch.setattr(Catalog, "setting", not_yet)
    monkeypatch.setattr(sidecars, "new_vault_id", lambda: "otra-identidad")
    second = Vault(root)
    assert looks  # it did take the "not yet" path
    second.add_company("Andina")
    second.close()
    third = Vault(root)  # would be "belongs to another vault" if the two had disagreed
    try:
        assert third.vault_id == sidecars.read_identity(root) != "otra-identidad"
    finally:
        third.close()


def test_a_lost_database_and_identity_file_are_still_recognised(vault: Vault, stocked: dict[str, Any]) -> None:
    root = vault.root
    vault.close()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm", sidecars.IDENTITY_FILE):
        (root / name).unlink(missing_ok=True)
    with pytest.raises(errors.CatalogMissing):  # the company folders still say they belong to a vault
        Vault(root)
    report = rebuild(root)
    assert report.companies == 2 and report.skipped == []  # the folders' own id is adopted


def test_a_rebuild_cut_short_leaves_no_catalog_that_looks_complete(vault: Vault, stocked: dict[str, Any],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.core import rebuild as rebuild_module

    root = vault.root
    vault.close()
    (root / "vault.db").unlink()
    real = rebuild_module._rebuild_company
    calls = []

    def die_on_the_second(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the person closed it, or the power went
        real(*args)

    monkeypatch.setattr(rebuild_module, "_rebuild_company", die_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        rebuild(root)
    assert not (root / "vault.db").exists() and not list(root.glob(".vault.db.rebuilding-*"))
    with pytest.raises(errors.CatalogMissing):
        Vault(root)


def test_rebuild_refuses_a_healthy_vault_without_force(vault: Vault, stocked: dict[str, Any]) -> None:
    done = run_clientvault(vault.root, "rebuild")
    assert done.returncode == 1 and "opens fine" in done.stderr and "--force" in done.stderr
    assert not list(vault.root.glob("vault.db.replaced-*"))


def test_a_backup_that_cannot_be_copied_leaves_the_vault_as_it_was(vault: Vault, stocked: dict[str, Any],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    vault.verify(repair=True)
    vault.close()
    before = (vault.root / "vault.db").read_bytes()

    def full(*_a: Any, **_k: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.shutil, "copyfileobj", full)
    from clientvault.core.vault import restore_backup

    with pytest.raises(errors.StorageError, match="The disk is full"):
        restore_backup(vault.root)
    assert (vault.root / "vault.db").read_bytes() == before and not list(vault.root.glob(".vault.db.restoring-*"))
