"""Trash, restore, purge, removing companies, and renaming: always on disk and in the database together."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from clientvault.core import errors
from clientvault.core.catalog.models import Company, Document, utcnow
from clientvault.core.maintenance import verify
from clientvault.core.sidecars import SIDECAR
from clientvault.core.vault import Vault


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def docs(vault: Vault, company: Company, make_file) -> list[Document]:
    out = []
    for name in ("RUT.pdf", "Cámara de Comercio.pdf", "Balance 2024.csv"):
        result = vault.import_file(company.id, make_file(name))
        assert result.document is not None
        out.append(result.document)
    return out


def fresh(doc: Document) -> Document:
    """The row as it is now in the database (a catalog's documents are of its bound class)."""
    return type(doc).get_by_id(doc.id)


# -- delete and restore --------------------------------------------------------------------------


def test_delete_moves_the_file_to_the_trash(vault: Vault, company: Company, docs: list[Document]) -> None:
    rut = docs[0]
    live_path = vault.company_dir(company.id) / "RUT.pdf"
    content = live_path.read_bytes()
    assert [d.id for d in vault.delete([rut.id])] == [rut.id]
    assert not live_path.exists()
    doc = fresh(rut)
    assert doc.deleted_at is not None and doc.in_trash
    trashed = vault.document_path(doc)
    assert trashed.parent == vault.company_dir(company.id) / ".trash"
    assert trashed.read_bytes() == content
    assert [d.filename for d in vault.list_documents(company.id)] == ["Balance 2024.csv", "Cámara de Comercio.pdf"]
    assert [d.id for d in vault.list_documents(company.id, trash=True)] == [rut.id]
    assert vault.count_documents(company.id) == 2 and vault.count_documents(company.id, trash=True) == 1
    assert vault.company_totals(company.id)[0] == 2
    assert vault.search("rut") == []
    assert verify(vault).problems == []


def test_delete_twice_is_harmless(vault: Vault, docs: list[Document]) -> None:
    vault.delete([docs[0].id])
    assert vault.delete([docs[0].id]) == []
    assert vault.document_path(fresh(docs[0])).is_file()


def test_delete_unknown_document_is_refused(vault: Vault, docs: list[Document]) -> None:
    with pytest.raises(errors.NotFound, match="9999"):
        vault.delete([9999])


def test_restore_brings_the_file_back(vault: Vault, company: Company, docs: list[Document]) -> None:
    rut = docs[0]
    checksum = rut.checksum
    vault.delete([rut.id])
    assert [d.id for d in vault.restore([rut.id])] == [rut.id]
    doc = fresh(rut)
    assert doc.deleted_at is None and doc.trash_name is None
    assert doc.filename == "RUT.pdf"
    path = vault.company_dir(company.id) / "RUT.pdf"
    assert vault.document_path(doc) == path
    assert sha(path) == checksum
    assert list((vault.company_dir(company.id) / ".trash").iterdir()) == []
    assert verify(vault).problems == []


def test_restore_under_a_numbered_name_when_the_name_was_taken(
    vault: Vault, company: Company, docs: list[Document], make_file
) -> None:
    vault.delete([docs[0].id])
    newer = vault.import_file(company.id, make_file("rut.PDF", text="RUT actualizado")).document
    assert newer is not None and newer.filename == "rut.PDF"
    vault.restore([docs[0].id])
    restored = fresh(docs[0])
    assert restored.filename == "RUT (2).pdf"
    folder = vault.company_dir(company.id)
    assert sha(folder / "RUT (2).pdf") == restored.checksum
    assert sha(folder / "rut.PDF") == newer.checksum
    assert verify(vault).problems == []


def test_same_name_deleted_twice_keeps_both_in_the_trash(vault: Vault, company: Company, make_file) -> None:
    a = vault.import_file(company.id, make_file("Acta.pdf", text="primera")).document
    assert a is not None
    vault.delete([a.id])
    b = vault.import_file(company.id, make_file("Acta.pdf", text="segunda", folder=make_file("x").parent / "2")).document
    assert b is not None and b.filename == "Acta.pdf"
    vault.delete([b.id])
    trash = vault.company_dir(company.id) / ".trash"
    assert len(list(trash.iterdir())) == 2
    assert {sha(vault.document_path(fresh(d))) for d in (a, b)} == {a.checksum, b.checksum}


# -- purge ---------------------------------------------------------------------------------------


def test_purge_by_ids_touches_only_trashed_documents(vault: Vault, company: Company, docs: list[Document]) -> None:
    rut, camara, balance = docs
    vault.delete([rut.id, camara.id])
    trashed_rut = vault.document_path(fresh(rut))
    assert vault.purge([rut.id, balance.id]) == 1  # balance is live: never purged
    assert vault.catalog.document(rut.id) is None
    assert not trashed_rut.exists()
    assert fresh(camara).in_trash and vault.document_path(fresh(camara)).is_file()
    assert vault.document_path(fresh(balance)).is_file() and not fresh(balance).in_trash
    assert verify(vault).problems == []


def test_purge_by_age(vault: Vault, company: Company, docs: list[Document]) -> None:
    rut, camara, balance = docs
    vault.delete([rut.id, camara.id])
    D = vault.catalog.Document
    D.update(deleted_at=utcnow() - timedelta(days=31)).where(D.id == rut.id).execute()
    D.update(deleted_at=utcnow() - timedelta(days=29)).where(D.id == camara.id).execute()
    assert vault.purge() == 1  # default: older than 30 days
    assert vault.catalog.document(rut.id) is None
    assert fresh(camara).in_trash
    assert vault.purge(older_than_days=28) == 1
    assert vault.catalog.document(camara.id) is None
    assert [d.id for d in vault.catalog.Document.select()] == [balance.id]
    assert vault.document_path(fresh(balance)).is_file()
    assert list((vault.company_dir(company.id) / ".trash").iterdir()) == []
    assert verify(vault).problems == []


def test_purge_of_one_company(vault: Vault, company: Company, docs: list[Document], make_file) -> None:
    other = vault.add_company("Otra S.A.S.")
    theirs = vault.import_file(other.id, make_file("Suyo.pdf")).document
    assert theirs is not None
    vault.delete([docs[0].id, theirs.id])
    assert vault.purge(older_than_days=0, company_id=company.id) == 1
    assert fresh(theirs).in_trash


# -- companies -----------------------------------------------------------------------------------


def test_remove_company_with_files_is_refused(vault: Vault, company: Company, docs: list[Document]) -> None:
    with pytest.raises(errors.CompanyError) as exc:
        vault.remove_company(company.id)
    assert "has 3 files." in exc.value.message and company.name in exc.value.message
    assert vault.company(company.id).id == company.id
    assert all(vault.document_path(fresh(d)).is_file() and not fresh(d).in_trash for d in docs)


def test_remove_empty_company(vault: Vault) -> None:
    c = vault.add_company("Vacía Ltda.")
    folder = vault.company_dir(c.id)
    assert folder.is_dir()
    vault.remove_company(c.id)
    assert vault.catalog.company(c.id, include_removed=True) is None
    assert not folder.exists()


def test_remove_company_with_files_goes_to_the_trash_then_purge(
    vault: Vault, company: Company, docs: list[Document]
) -> None:
    vault.remove_company(company.name, with_files=True)
    assert vault.companies() == []
    with pytest.raises(errors.NotFound):
        vault.company(company.id)
    for d in docs:
        doc = fresh(d)
        assert doc.in_trash and sha(vault.document_path(doc)) == d.checksum  # nothing lost yet
    # The name is free again for a new company.
    again = vault.add_company(company.name)
    assert again.id != company.id
    assert vault.purge(older_than_days=0) == 3
    assert vault.catalog.company(company.id, include_removed=True) is None
    assert not vault.company_dir(company.id).exists()
    assert verify(vault).problems == []


def test_restoring_a_document_brings_back_its_removed_company(
    vault: Vault, company: Company, docs: list[Document]
) -> None:
    vault.remove_company(company.id, with_files=True)
    vault.restore([docs[0].id])
    assert [c.company.id for c in vault.companies()] == [company.id]
    assert vault.count_documents(company.id) == 1


# -- rename --------------------------------------------------------------------------------------


def test_rename_on_disk_too(vault: Vault, company: Company, docs: list[Document]) -> None:
    folder = vault.company_dir(company.id)
    doc = vault.rename(docs[0].id, "RUT 2024 actualizado.pdf")
    assert doc.filename == "RUT 2024 actualizado.pdf"
    assert fresh(doc).filename == "RUT 2024 actualizado.pdf"
    assert not (folder / "RUT.pdf").exists()
    assert sha(folder / "RUT 2024 actualizado.pdf") == docs[0].checksum
    assert vault.search("actualizado")[0].document.id == doc.id
    assert fresh(doc).original_filename == "RUT.pdf"
    assert verify(vault).problems == []


def test_rename_keeps_the_extension(vault: Vault, company: Company, docs: list[Document]) -> None:
    assert vault.rename(docs[0].id, "Registro Único Tributario").filename == "Registro Único Tributario.pdf"
    # Another extension cannot change what the file is: the real one is appended.
    assert vault.rename(docs[0].id, "RUT.docx").filename == "RUT.docx.pdf"
    assert (vault.company_dir(company.id) / "RUT.docx.pdf").is_file()


def test_rename_clash_is_refused(vault: Vault, company: Company, docs: list[Document]) -> None:
    for target in ("Cámara de Comercio.pdf", "CÁMARA DE COMERCIO.PDF", "cámara de comercio"):
        with pytest.raises(errors.NameConflict) as exc:
            vault.rename(docs[0].id, target)
        assert "already a file named" in exc.value.message
    assert fresh(docs[0]).filename == "RUT.pdf"
    assert (vault.company_dir(company.id) / "RUT.pdf").is_file()
    assert verify(vault).problems == []


def test_case_only_rename_works(vault: Vault, company: Company, docs: list[Document]) -> None:
    doc = vault.rename(docs[0].id, "rut.pdf")
    assert doc.filename == "rut.pdf"
    names = [p.name for p in vault.company_dir(company.id).iterdir() if p.name not in (".trash", SIDECAR)]
    assert "rut.pdf" in names and "RUT.pdf" not in names
    assert verify(vault).problems == []


def test_rename_makes_the_name_safe(vault: Vault, company: Company, docs: list[Document]) -> None:
    doc = vault.rename(docs[0].id, "RUT: marzo/abril?")
    assert not set(doc.filename) & set(':/?')
    assert doc.filename.endswith(".pdf")
    assert (vault.company_dir(company.id) / doc.filename).is_file()


@pytest.mark.parametrize("bad", ["", "   ", "..."])
def test_rename_to_nothing_is_refused(vault: Vault, docs: list[Document], bad: str) -> None:
    with pytest.raises(errors.NameConflict, match="Enter a name"):
        vault.rename(docs[0].id, bad)


def test_rename_in_the_trash_is_refused(vault: Vault, docs: list[Document]) -> None:
    vault.delete([docs[0].id])
    with pytest.raises(errors.NotFound, match="restore it"):
        vault.rename(docs[0].id, "otro")
