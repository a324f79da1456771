"""Exporting a company to a ZIP with checksums, and ``verify`` finding and repairing every mismatch.

Repair must never lose a person's bytes: whatever it cannot re-attach still exists somewhere under
the data folder afterwards (``lost+found``), and only our own temporary copies are removed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import time
import zipfile
from pathlib import Path

import pytest

from clientvault.core import errors, maintenance, storage
from clientvault.core.catalog.models import Company, Document
from clientvault.core.export import MANIFEST, export_company
from clientvault.core.maintenance import verify
from clientvault.core.vault import Vault


def sha_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha(path: Path) -> str:
    return sha_bytes(path.read_bytes())


def aged(path: Path) -> Path:
    """Make a temporary copy look abandoned: older than any import still copying it."""
    old = time.time() - 2 * maintenance.TEMP_MAX_AGE
    os.utime(path, (old, old))
    return path


def all_file_hashes(root: Path) -> set[str]:
    """The sha256 of every file anywhere under the data folder (except the database files)."""
    return {sha(p) for p in root.rglob("*") if p.is_file() and not p.name.startswith("vault.db")
            and p.parent.name != "backups" and not p.name.endswith(".bak") and p.name != "registro.csv"}


@pytest.fixture
def docs(vault: Vault, company: Company, make_file) -> list[Document]:
    out = []
    for name in ("RUT.pdf", "Cámara de Comercio 2024.pdf", "Extracto: enero.csv", "logo.png"):
        doc = vault.import_file(company.id, make_file(name)).document
        assert doc is not None
        out.append(doc)
    return out


# -- export --------------------------------------------------------------------------------------


def test_export_zip_has_every_file_and_a_checksum_manifest(
    vault: Vault, company: Company, docs: list[Document], make_file, tmp_path: Path
) -> None:
    trashed = vault.import_file(company.id, make_file("borrador.pdf")).document
    assert trashed is not None
    vault.delete([trashed.id])
    target = tmp_path / "out" / "andina.zip"
    target.parent.mkdir()
    assert export_company(vault, company.id, target) == len(docs)
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None
        entries = set(zf.namelist())
        assert entries == {d.filename for d in docs} | {MANIFEST}
        raw = zf.read(MANIFEST).decode("utf-8")
        assert raw.startswith("\ufeff")  # Excel opens the accents right
        rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
        assert {r["filename"] for r in rows} == {d.filename for d in docs}
        for row in rows:
            data = zf.read(row["filename"])
            assert sha_bytes(data) == row["sha256"]
            assert int(row["size"]) == len(data)
            doc = vault.catalog.Document.get(vault.catalog.Document.filename == row["filename"])
            assert row["sha256"] == doc.checksum
            assert data == vault.document_path(doc).read_bytes()
            assert row["original_filename"] == doc.original_filename
            assert row["format"] == doc.format_code
    assert [p.name for p in target.parent.iterdir()] == ["andina.zip"]  # no .part left behind


def test_export_by_name_of_an_empty_company(vault: Vault, tmp_path: Path) -> None:
    vault.add_company("Vacía Ltda.")
    target = tmp_path / "vacia.zip"
    assert export_company(vault, "vacía ltda.", target) == 0
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == [MANIFEST]


def test_export_refuses_a_file_changed_on_disk(vault: Vault, company: Company, docs: list[Document], tmp_path: Path) -> None:
    path = vault.document_path(docs[1])
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF  # same size, one byte different
    path.write_bytes(bytes(data))
    target = tmp_path / "andina.zip"
    with pytest.raises(errors.VaultError) as exc:
        export_company(vault, company.id, target)
    assert docs[1].filename in exc.value.message and "verify" in exc.value.message
    assert list(tmp_path.glob("*andina*")) == []


def test_export_of_unknown_company_is_refused(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(errors.NotFound):
        export_company(vault, "No existe", tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_export_into_a_missing_folder_says_so(vault: Vault, company: Company, docs: list[Document], tmp_path: Path) -> None:
    with pytest.raises(errors.StorageError, match="Could not write"):
        export_company(vault, company.id, tmp_path / "no" / "existe.zip")


# -- verify finds ----------------------------------------------------------------------------------


def test_clean_vault_is_consistent(vault: Vault, docs: list[Document]) -> None:
    report = verify(vault)
    assert report.problems == [] and report.consistent
    assert report.documents_checked == len(docs)


def test_verify_finds_each_kind_of_problem(vault: Vault, company: Company, docs: list[Document]) -> None:
    folder = vault.company_dir(company.id)
    vault.document_path(docs[0]).unlink()  # missing
    changed = vault.document_path(docs[1])
    changed.write_bytes(changed.read_bytes() + b"\n% edited outside")  # changed
    (folder / "nota suelta.txt").write_bytes(b"dejado a mano")  # orphan
    (folder / f"{storage.TEMP_PREFIX}abc123").write_bytes(b"half a copy")  # temp, left by an import long gone
    aged(folder / f"{storage.TEMP_PREFIX}abc123")
    (vault.companies_dir / "999").mkdir()  # stray folder
    (vault.companies_dir / "999" / "x.pdf").write_bytes(b"%PDF-1.4 stray")

    report = verify(vault)
    assert not report.consistent
    found = {(p.kind, p.path.name) for p in report.problems}
    assert found == {
        ("missing", docs[0].filename),
        ("changed", docs[1].filename),
        ("orphan", "nota suelta.txt"),
        ("temp", f"{storage.TEMP_PREFIX}abc123"),
        ("stray_folder", "999"),
    }
    by_kind = {p.kind: p for p in report.problems}
    assert by_kind["missing"].document_id == docs[0].id
    assert by_kind["changed"].document_id == docs[1].id
    assert "missing" in by_kind["missing"].message and docs[0].filename in by_kind["missing"].message
    assert not any(p.repaired for p in report.problems)
    # Without repair nothing was touched.
    assert (folder / "nota suelta.txt").exists() and (folder / f"{storage.TEMP_PREFIX}abc123").exists()
    assert vault.catalog.Document.get_by_id(docs[1].id).checksum == docs[1].checksum


# -- verify repairs --------------------------------------------------------------------------------


def test_repair_fixes_what_can_be_fixed_and_loses_nothing(
    vault: Vault, company: Company, docs: list[Document], make_file
) -> None:
    folder = vault.company_dir(company.id)
    # A missing file whose bytes are still in the folder under another name (renamed by hand).
    moved = folder / "RUT renombrado a mano.pdf"
    vault.document_path(docs[0]).rename(moved)
    # A valid document dropped into the folder by hand: re-attached.
    dropped = make_file("Acta de asamblea.pdf", folder=folder)
    # Bytes that are no document of ours: kept in lost+found, never deleted.
    (folder / "Thumbs.db").write_bytes(b"\x00\x01\x02thumbnail cache")
    (vault.trash_dir(company.id)).mkdir(exist_ok=True)
    (vault.trash_dir(company.id) / "perdido.pdf").write_bytes(b"%PDF-1.4 in the trash, unregistered")
    (folder / f"{storage.TEMP_PREFIX}abc123").write_bytes(b"half a copy")
    aged(folder / f"{storage.TEMP_PREFIX}abc123")
    (vault.companies_dir / "notas").mkdir()
    (vault.companies_dir / "notas" / "lista.txt").write_bytes(b"stray notes")
    before = all_file_hashes(vault.root) - {sha_bytes(b"half a copy")}

    report = verify(vault, repair=True)
    assert report.consistent, [(p.kind, p.message) for p in report.problems if not p.repaired]
    kinds = sorted(p.kind for p in report.problems)
    assert kinds == ["missing", "orphan", "orphan", "orphan", "stray_folder", "temp"]  # changed content: test_damage.py

    again = verify(vault)
    assert again.problems == [], [(p.kind, p.message) for p in again.problems]
    # The renamed-by-hand file is back under its registered name.
    assert sha(vault.document_path(vault.catalog.Document.get_by_id(docs[0].id))) == docs[0].checksum
    assert not moved.exists()
    # The dropped PDF is a document now.
    acta = vault.catalog.Document.get(vault.catalog.Document.filename == "Acta de asamblea.pdf")
    assert acta.checksum == sha(dropped) and acta.company_id == company.id
    # Temporary copy gone; everything else still exists somewhere under the data folder.
    assert not list(folder.glob(f"{storage.TEMP_PREFIX}*"))
    assert before <= all_file_hashes(vault.root)
    lost = vault.root / "lost+found"
    assert {p.name for p in lost.rglob("*") if p.is_file()} >= {"Thumbs.db", "perdido.pdf", "lista.txt"}


def test_missing_file_without_a_copy_stays_reported(vault: Vault, company: Company, docs: list[Document]) -> None:
    vault.document_path(docs[2]).unlink()
    report = verify(vault, repair=True)
    assert not report.consistent
    [problem] = report.problems
    assert (problem.kind, problem.repaired, problem.document_id) == ("missing", False, docs[2].id)
    assert vault.catalog.document(docs[2].id) is not None  # the record is not dropped silently
    assert [p.kind for p in verify(vault).problems] == ["missing"]


@pytest.mark.parametrize("copy_age", ["fresh", "old"])
def test_committed_import_left_under_its_temporary_name_is_recovered(
    vault: Vault, company: Company, docs: list[Document], copy_age: str
) -> None:
    """After a power cut the row may survive while the rename did not (the folder is not fsynced):
    the fsynced temporary copy still holds the content, and repair puts it back under its name,
    however young the copy is (the computer may be back within the hour)."""
    stored = vault.document_path(docs[1])
    content = stored.read_bytes()
    temp = stored.with_name(f"{storage.TEMP_PREFIX}0123abcd")
    stored.rename(temp)
    if copy_age == "old":
        aged(temp)
    # An abandoned half-written copy of something else sits beside it and must simply be removed.
    half = stored.with_name(f"{storage.TEMP_PREFIX}deadbeef")
    half.write_bytes(content[: len(content) // 2])
    aged(half)
    report = verify(vault, repair=True)
    assert sorted(p.kind for p in report.problems) == ["missing", "temp"]
    assert report.consistent
    assert stored.read_bytes() == content
    assert not temp.exists() and not half.exists()
    assert verify(vault).problems == []


def test_a_fresh_temporary_copy_is_an_import_in_progress_and_left_alone(
    vault: Vault, company: Company, docs: list[Document]
) -> None:
    """A copy younger than TEMP_MAX_AGE is an import still copying (in this process or another):
    neither reported nor removed, by verify or by repair; once it is old, repair removes it."""
    folder = vault.company_dir(company.id)
    copying = folder / f"{storage.TEMP_PREFIX}f00dcafe"
    copying.write_bytes(b"%PDF-1.4 the first half of a file still being copied")
    almost = time.time() - maintenance.TEMP_MAX_AGE + 120  # two minutes short of abandoned
    young = folder / f"{storage.TEMP_PREFIX}0ddba11"
    young.write_bytes(b"another copy, slow but alive")
    os.utime(young, (almost, almost))
    before = {p: p.read_bytes() for p in (copying, young)}

    assert verify(vault).problems == []
    report = verify(vault, repair=True)
    assert report.problems == [] and report.consistent
    assert {p: p.read_bytes() for p in (copying, young)} == before  # untouched, not even moved
    assert not (vault.root / "lost+found").exists()

    aged(young)
    report = verify(vault, repair=True)
    assert [(p.kind, p.path.name, p.repaired) for p in report.problems] == [("temp", young.name, True)]
    assert not young.exists() and copying.read_bytes() == before[copying]


def test_orphan_whose_name_clashes_case_insensitively(vault: Vault, company: Company, docs: list[Document]) -> None:
    """An unregistered "rut.PDF" next to the registered "RUT.pdf" (possible on Linux) is not lost."""
    folder = vault.company_dir(company.id)
    (folder / "rut.PDF").write_bytes(b"%PDF-1.4 otra version del RUT")
    report = verify(vault, repair=True)
    assert report.consistent, [(p.kind, p.message) for p in report.problems]
    assert verify(vault).problems == []
    assert sha_bytes(b"%PDF-1.4 otra version del RUT") in all_file_hashes(vault.root)
    assert sha(folder / "RUT.pdf") == docs[0].checksum


def test_orphan_with_an_unsafe_name_goes_to_lost_and_found(vault: Vault, company: Company, docs: list[Document]) -> None:
    folder = vault.company_dir(company.id)
    (folder / "factura: marzo.pdf").write_bytes(b"%PDF-1.4 unsafe name")
    report = verify(vault, repair=True)
    assert report.consistent
    assert not (folder / "factura: marzo.pdf").exists()
    assert (vault.root / "lost+found" / str(company.id) / "factura: marzo.pdf").read_bytes() == b"%PDF-1.4 unsafe name"
    assert verify(vault).problems == []


def test_trashed_document_missing_from_the_trash(vault: Vault, company: Company, docs: list[Document]) -> None:
    vault.delete([docs[3].id])
    vault.document_path(vault.catalog.Document.get_by_id(docs[3].id)).unlink()
    [problem] = verify(vault).problems
    assert (problem.kind, problem.document_id) == ("missing", docs[3].id)
