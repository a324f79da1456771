"""The catalog on its own: each vault has its own database and model classes (no global proxy),
name clashes are told from other failures by their constraint, and settings are upserted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError

from clientvault.core import errors
from clientvault.core.catalog import Catalog
from clientvault.core.catalog.models import Company, Document, name_key, utcnow
from clientvault.core.vault import Vault


def _row(company_id: int, name: str, checksum: str = "0" * 64) -> dict[str, object]:
    now = utcnow()
    return dict(company=company_id, title=Path(name).stem, original_filename=name, filename=name,
                name_key=name_key(name), mime_type="application/pdf", size=10, checksum=checksum, added=now,
                modified=now)


# -- two vaults in one process --------------------------------------------------------------------


def test_two_vaults_in_one_process_are_independent(tmp_path: Path, make_file) -> None:
    first, second = Vault(tmp_path / "uno"), Vault(tmp_path / "dos")
    try:
        assert first.catalog.db is not second.catalog.db
        assert first.catalog.Document is not second.catalog.Document
        assert first.catalog.Document.__mro__[1] is Document and issubclass(second.catalog.Company, Company)

        andina = first.add_company("Andina S.A.S.")
        perez = second.add_company("Pérez Gómez María")
        # The same name in the other vault is no clash: the catalogs do not share a table.
        second.add_company("Andina S.A.S.")
        rut = first.import_file(andina.id, make_file("RUT.pdf", text="rut de andina")).document
        acta = second.import_file(perez.id, make_file("Acta.pdf", text="acta de perez")).document
        also_rut = second.import_file(perez.id, make_file("RUT.pdf", text="rut de perez")).document
        assert rut is not None and acta is not None and also_rut is not None

        assert [c.company.name for c in first.companies()] == ["Andina S.A.S."]
        assert [c.company.name for c in second.companies()] == ["Andina S.A.S.", "Pérez Gómez María"]
        assert [d.filename for d in first.list_documents(andina.id)] == ["RUT.pdf"]
        assert [d.filename for d in second.list_documents(perez.id)] == ["Acta.pdf", "RUT.pdf"]
        assert [h.document.filename for h in first.search("rut")] == ["RUT.pdf"]
        assert first.catalog.Document.select().count() == 1 and second.catalog.Document.select().count() == 2
        # Each vault's documents are rows of its own database, files in its own folder.
        assert type(rut) is first.catalog.Document and type(acta) is second.catalog.Document
        assert first.document_path(rut).parent.parent.parent == first.root
        assert second.document_path(also_rut).read_bytes() != first.document_path(rut).read_bytes()
        with sqlite3.connect(tmp_path / "uno" / "vault.db") as con:
            assert con.execute("SELECT filename FROM document").fetchall() == [("RUT.pdf",)]

        # Closing one leaves the other usable.
        first.close()
        second.rename(acta.id, "Acta de asamblea")
        second.delete([also_rut.id])
        assert [d.filename for d in second.list_documents(perez.id)] == ["Acta de asamblea.pdf"]
        assert second.verify().problems == []
    finally:
        first.close()
        second.close()
    # And the closed one opens again with its data.
    again = Vault(tmp_path / "uno")
    try:
        assert [d.filename for d in again.list_documents(andina.id)] == ["RUT.pdf"]
    finally:
        again.close()


# -- name clashes are told by their constraint -------------------------------------------------------


def test_duplicate_company_name_is_a_name_clash(vault: Vault) -> None:
    catalog: Catalog = vault.catalog
    catalog.add_company(name="Andina S.A.S.", name_key=name_key("Andina S.A.S."))
    with pytest.raises(errors.NameClash):
        catalog.add_company(name="ANDINA s.a.s.", name_key=name_key("ANDINA s.a.s."))
    assert catalog.Company.select().count() == 1
    # Saving another company under the taken name is the same clash.
    other = catalog.add_company(name="Pérez", name_key=name_key("Pérez"))
    other.name, other.name_key = "Andina S.A.S.", name_key("Andina S.A.S.")
    with pytest.raises(errors.NameClash):
        catalog.save_company(other)
    assert catalog.company(other.id).name == "Pérez"  # type: ignore[union-attr]


def test_duplicate_live_document_name_is_a_name_clash(vault: Vault, company: Company) -> None:
    catalog = vault.catalog
    with catalog.atomic():
        first = catalog.insert_document(_row(company.id, "RUT.pdf"))
    with pytest.raises(errors.NameClash), catalog.atomic():
        catalog.insert_document(_row(company.id, "rut.PDF", checksum="1" * 64))
    assert [d.id for d in catalog.company_documents(company.id)] == [first]
    # A trashed document's name is free again (the unique index covers live rows only).
    doc = catalog.document(first)
    assert doc is not None
    doc.deleted_at, doc.trash_name = utcnow(), f"{first}-RUT.pdf"
    catalog.save_document(doc)
    with catalog.atomic():
        catalog.insert_document(_row(company.id, "RUT.pdf", checksum="2" * 64))
    # Renaming a live document onto another live one's name is the same clash.
    with catalog.atomic():
        acta_id = catalog.insert_document(_row(company.id, "Acta.pdf", checksum="3" * 64))
    acta = catalog.document(acta_id)
    assert acta is not None
    acta.filename, acta.name_key = "Rut.pdf", name_key("Rut.pdf")
    with pytest.raises(errors.NameClash), catalog.atomic():
        catalog.save_document(acta)


def test_other_integrity_errors_are_not_name_clashes(vault: Vault, company: Company) -> None:
    catalog = vault.catalog
    # A foreign key failure: no company 999.
    with pytest.raises(IntegrityError) as caught, catalog.atomic():
        catalog.insert_document(_row(999, "RUT.pdf"))
    assert not isinstance(caught.value, errors.NameClash)
    assert "FOREIGN KEY" in str(caught.value)
    # A NOT NULL failure is not a clash either.
    with pytest.raises(IntegrityError) as caught, catalog.atomic():
        catalog.insert_document({**_row(company.id, "Acta.pdf"), "checksum": None})
    assert not isinstance(caught.value, errors.NameClash)
    with pytest.raises(IntegrityError) as caught:
        catalog.add_company(name="Sin clave", name_key=None)
    assert not isinstance(caught.value, errors.NameClash)
    assert catalog.Document.select().count() == 0
    assert [c.name for c in catalog.all_companies()] == [company.name]


def test_the_vault_turns_clashes_into_its_own_messages(vault: Vault, company: Company) -> None:
    with pytest.raises(errors.CompanyError, match="already exists"):
        vault.add_company(company.name.upper())
    other = vault.add_company("Pérez Gómez María")
    with pytest.raises(errors.CompanyError, match="already exists"):
        vault.edit_company(other.id, name=company.name)


# -- settings --------------------------------------------------------------------------------------


def test_put_settings_upserts_one_row_per_key(vault: Vault) -> None:
    catalog = vault.catalog
    catalog.put_settings({"mail.host": "smtp.viejo.example", "mail.port": "25"})
    catalog.put_settings({"mail.host": "smtp.nuevo.example"})
    assert catalog.setting("mail.host") == "smtp.nuevo.example"
    assert catalog.setting("mail.port") == "25"  # a key not given is kept
    assert catalog.setting("mail.nothing") is None
    rows = catalog.db.execute_sql("SELECT key, value FROM setting WHERE key LIKE 'mail.%' ORDER BY key").fetchall()
    assert rows == [("mail.host", "smtp.nuevo.example"), ("mail.port", "25")]
