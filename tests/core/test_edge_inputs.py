"""Inputs found in review: names long in bytes, non-ASCII digits, a damaged database."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientvault.core import errors, nit
from clientvault.core.catalog.models import Company
from clientvault.core.vault import Vault


def test_accented_name_long_in_bytes_imports_twice_and_deletes(vault: Vault, company: Company, make_file,
                                                              tmp_path: Path) -> None:
    name = "é" * 125 + ".pdf"  # 254 bytes: valid, but no room for " (2)" or the trash prefix
    first = make_file(name, text="first")
    second = make_file(name, text="second", folder=tmp_path / "other")
    results = vault.import_files(company.id, [first, second]).results
    assert [r.status for r in results] == ["imported", "imported"], [r.message for r in results]
    docs = [r.document for r in results if r.document is not None]
    assert len(docs) == 2
    for doc in docs:
        # 200 bytes at most before numbering, so " (2)" and the trash prefix stay within 255
        assert len(doc.filename.encode()) <= 210 and doc.filename.endswith(".pdf")
    assert len(vault.delete([d.id for d in docs])) == 2
    assert vault.count_documents(company.id, trash=True) == 2


@pytest.mark.parametrize("text", ["80019104²", "８００１９１０４５", "800191045-²"])
def test_non_ascii_digits_are_not_a_nit(vault: Vault, text: str) -> None:
    with pytest.raises(ValueError):
        nit.check_digit(nit.split(text)[0])
    with pytest.raises(errors.CompanyError):
        vault.add_company("Zeta S.A.S.", nit=text)


def test_company_reference_with_unicode_digit_is_not_found(vault: Vault) -> None:
    with pytest.raises(errors.NotFound):
        vault.company("²")


def test_damaged_database_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "vault.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(errors.DatabaseDamaged) as exc:
        Vault(tmp_path)
    assert "vault.db" in exc.value.message and "clientvault rebuild" in exc.value.message  # no backup yet: rebuild


def test_rename_never_replaces_an_unregistered_file(vault: Vault, company: Company, make_file) -> None:
    doc = vault.import_file(company.id, make_file("rut.pdf")).document
    assert doc is not None
    folder = vault.company_dir(company.id)
    stranger = folder / "RUT.pdf"
    stranger.write_bytes(b"placed by hand, not in the vault")
    if stranger.samefile(folder / "rut.pdf"):
        pytest.skip("case-insensitive file system: the two names are one file")
    with pytest.raises(errors.NameConflict):
        vault.rename(doc.id, "RUT.pdf")
    assert stranger.read_bytes() == b"placed by hand, not in the vault"
    assert (folder / "rut.pdf").is_file()
