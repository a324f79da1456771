"""Names sorted as a Spanish reader expects, by the database: the sort key the catalog writes with
every name, migration 3.3 that gives the keys to an older vault, and the keys an older release's
rows lack filled at open."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from clientvault.cli import main
from clientvault.core.catalog import SchemaVersion
from clientvault.core.catalog.models import sort_key
from clientvault.core.catalog.names import CURRENT
from clientvault.core.vault import Vault
from tests.conftest import MakeFile
from tests.core.test_db import build_with_steps

# What a Spanish reader expects: accents and case aside, ñ a letter of its own after n, numbers by value.
SPANISH = ["2 x.pdf", "10 x.pdf", "árbol.pdf", "Cédula.pdf", "Contrato.pdf", "Nómina.pdf", "nube.pdf", "Ñame.pdf",
           "Zeta.pdf"]


def listed(vault: Vault, company_id: int, descending: bool = False, sort: str = "name") -> list[str]:
    return [d.filename for d in vault.list_documents(company_id, sort=sort, descending=descending)]  # type: ignore[arg-type]


def test_the_key_orders_names_as_a_spanish_reader_does() -> None:
    shuffled = ["Zeta.pdf", "Ñame.pdf", "Contrato.pdf", "10 x.pdf", "nube.pdf", "Cédula.pdf", "árbol.pdf",
                "Nómina.pdf", "2 x.pdf"]
    assert sorted(shuffled) != SPANISH  # code points put "Cédula" after "Contrato" and "árbol" after "Zeta"
    assert sorted(shuffled, key=sort_key) == SPANISH
    # ñ between n and o, whatever follows it; "año" after "anzuelo".
    assert sorted(["oficio", "ñu", "nz", "Ñandú", "nube"], key=sort_key) == ["nube", "nz", "Ñandú", "ñu", "oficio"]
    assert sorted(["Año.pdf", "Anzuelo.pdf", "Ano.pdf"], key=sort_key) == ["Ano.pdf", "Anzuelo.pdf", "Año.pdf"]
    # A name before its longer forms, numbers by value, leading zeros aside.
    assert sorted(["Acta-final.pdf", "Acta 10.pdf", "Acta.pdf", "Acta 2.pdf", "Acta 007.pdf"], key=sort_key) == [
        "Acta.pdf", "Acta 2.pdf", "Acta 007.pdf", "Acta 10.pdf", "Acta-final.pdf"]
    # Names equal but for accents or case tie (the listing then orders them by id).
    assert sort_key("Cédula.pdf") == sort_key("CEDULA.PDF")
    # A decomposed name (as macOS hands it over) sorts where its composed spelling does.
    assert sort_key("N\u0303ame") == sort_key("Ñame")


def test_the_vault_lists_files_in_spanish_order(vault: Vault, make_file: MakeFile) -> None:
    company = vault.add_company("Óptica Central")
    for name in reversed(SPANISH):
        assert vault.import_file(company.id, make_file(name)).document is not None
    assert listed(vault, company.id) == SPANISH
    assert listed(vault, company.id, descending=True) == SPANISH[::-1]
    # By format, the names within each kind follow the same order (all PDFs here).
    assert listed(vault, company.id, sort="format") == SPANISH
    # A rename moves the file to where its new name sorts.
    doc = next(d for d in vault.list_documents(company.id) if d.filename == "Zeta.pdf")
    vault.rename(doc.id, "Acta.pdf")
    assert listed(vault, company.id)[:4] == ["2 x.pdf", "10 x.pdf", "Acta.pdf", "árbol.pdf"]
    # The row of a document is counted in the same order (the window goes straight to it).
    order = listed(vault, company.id)
    for row, name in enumerate(order):
        doc_id = next(d.id for d in vault.list_documents(company.id) if d.filename == name)
        assert vault.document_position(company.id, doc_id, sort="name") == row


def test_the_command_line_lists_in_the_same_order(vault_dir: Path, make_file: MakeFile,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    vault = Vault(vault_dir)
    company = vault.add_company("Óptica Central")
    for name in reversed(SPANISH):
        vault.import_file(company.id, make_file(name))
    vault.close()
    capsys.readouterr()
    assert main(["--data-dir", str(vault_dir), "list", str(company.id), "--json"]) == 0
    assert [row["filename"] for row in json.loads(capsys.readouterr().out)] == SPANISH


def test_companies_are_listed_in_spanish_order(vault: Vault) -> None:
    for name in ("Zapatería Ñandú", "Ñapa Panadería", "Nube Digital", "Ómnibus S.A.S.", "Cédula Ltda.", "Contrato SAS",
                 "Árbol Verde"):
        vault.add_company(name)
    assert [c.company.name for c in vault.companies()] == [
        "Árbol Verde", "Cédula Ltda.", "Contrato SAS", "Nube Digital", "Ñapa Panadería", "Ómnibus S.A.S.",
        "Zapatería Ñandú"]
    # A renamed company moves to where its new name sorts.
    company = vault.company("Zapatería Ñandú")
    vault.edit_company(company.id, name="Academia Ñandú")
    assert vault.companies()[0].company.name == "Academia Ñandú"


def _insert_as_3_2(db_path: Path) -> None:
    """Rows as a 3.2 release writes them: names and search keys, no sort key."""
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO company (id, name, name_key, search_key, notes, created) "
                "VALUES (1, 'Ñapa', 'ñapa', 'napa', '', '2024-01-01'), (2, 'Nube', 'nube', 'nube', '', '2024-01-01')")
    for i, name in enumerate(reversed(SPANISH), start=1):
        con.execute("INSERT INTO document (id, company_id, title, original_filename, filename, name_key, search_key, "
                    "mime_type, size, checksum, added, modified) VALUES (?, 1, ?, ?, ?, ?, ?, 'application/pdf', 10, ?, "
                    "'2024-01-01', '2024-01-01')",
                    (i, name[:-4], name, name, name.casefold(), name.casefold(), f"{i:064x}"))
    con.commit()
    con.close()


def test_a_3_2_vault_is_migrated_with_its_sort_keys(vault_dir: Path) -> None:
    vault_dir.mkdir()
    db_path = vault_dir / "vault.db"
    build_with_steps(db_path, SchemaVersion(3, 2))
    _insert_as_3_2(db_path)
    vault = Vault(vault_dir)
    try:
        assert vault.catalog.version == CURRENT  # 3.3 and every later step
        assert listed(vault, 1) == SPANISH
        assert listed(vault, 1, descending=True) == SPANISH[::-1]
        assert [c.company.name for c in vault.companies()] == ["Nube", "Ñapa"]
        D = vault.catalog.Document
        assert not D.select().where(D.sort_key.is_null()).exists()
        assert all(d.sort_key == sort_key(d.filename) for d in D.select())
    finally:
        vault.close()
    # The step writes the keys in batches (one UPDATE per 500 rows), and keeps a backup of the 3.2 vault.
    assert list(vault_dir.glob("vault.v3.2-*.bak"))


def test_rows_a_3_2_release_writes_later_get_their_sort_key_at_open(vault: Vault, make_file: MakeFile) -> None:
    company = vault.add_company("Óptica Central")
    for name in SPANISH:
        vault.import_file(company.id, make_file(name))
    root = vault.root
    vault.close()
    con = sqlite3.connect(root / "vault.db")  # a 3.2 release opened it (a newer minor) and imported, renamed
    con.execute("UPDATE document SET sort_key = NULL")
    con.execute("UPDATE company SET sort_key = NULL")
    con.commit()
    con.close()
    vault = Vault(root)
    try:
        assert listed(vault, company.id) == SPANISH
        assert vault.catalog.stale_search_keys() == 0
        # A rename by a 3.2 release leaves the old sort key behind: verify finds it, --repair fixes it.
        with sqlite3.connect(vault.db_path) as db:
            db.execute("UPDATE document SET filename = 'Acta.pdf', name_key = 'acta.pdf', search_key = 'acta.pdf' "
                       "WHERE filename = 'Zeta.pdf'")
        assert vault.catalog.stale_search_keys() == 1
        assert vault.catalog.stale_search_keys(fix=True) == 1
        assert listed(vault, company.id)[2] == "Acta.pdf"
    finally:
        vault.close()


def test_search_results_by_name_follow_the_same_order(vault: Vault, make_file: MakeFile) -> None:
    company = vault.add_company("Óptica Central")
    for name in ("Nómina marzo.pdf", "Ñame nómina.pdf", "nube nómina.pdf", "árbol nómina.pdf"):
        vault.import_file(company.id, make_file(name))
    hits = vault.catalog.search_names("nomina")
    assert [d.filename for d in hits] == ["árbol nómina.pdf", "Nómina marzo.pdf", "nube nómina.pdf", "Ñame nómina.pdf"]
