"""The database: migrations from an old vault (with a backup first), refusing a newer one, pragmas,
and a private data folder."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import pytest
from peewee import IntegrityError

from clientvault import paths
from clientvault.core import errors
from clientvault.core.db import MIGRATIONS, SCHEMA_VERSION
from clientvault.core.maintenance import verify
from clientvault.core.models import Company, Document, DocumentType
from clientvault.core.vault import Vault

DATA = Path(__file__).resolve().parents[1] / "data"
V1_SQL = DATA / "schema_v1.sql"
V1_FILES = {
    "companies/1/RUT.pdf": b"%PDF-1.4\n% RUT Comercializadora Andina v1\n%%EOF\n",
    "companies/1/Extracto diciembre.csv": b"fecha,valor\n2023-12-31,1500000\n",
    "companies/2/.trash/3-Acta.pdf": b"%PDF-1.4\n% acta borrada v1\n%%EOF\n",
}


def make_v1_vault(root: Path) -> Path:
    """A data folder as version 1 left it: vault.db at user_version 1 and the documents' files."""
    root.mkdir(parents=True)
    db_path = root / "vault.db"
    con = sqlite3.connect(db_path)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.close()
    for rel, data in V1_FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return db_path


def user_version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def schema_of(path: Path) -> dict[str, object]:
    """Every table, index and trigger with whitespace-normalised SQL, plus each table's columns."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        objects = {
            (kind, name): re.sub(r"\s+", " ", sql or "").replace("( ", "(").replace(" )", ")").strip()
            for kind, name, sql in con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        }
        columns = {
            table: con.execute(f'PRAGMA table_info("{table}")').fetchall()
            for (kind, table) in objects
            if kind == "table"
        }
        return {"objects": objects, "columns": columns}
    finally:
        con.close()


def test_fixture_matches_the_v1_migration() -> None:
    text = V1_SQL.read_text(encoding="utf-8")
    for statement in MIGRATIONS[0]:
        assert statement + ";" in text
    assert "PRAGMA user_version=1;" in text


def test_v1_vault_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    root = tmp_path / "old"
    db_path = make_v1_vault(root)
    assert user_version(db_path) == 1
    vault = Vault(root)
    try:
        assert vault.db.pragma("user_version") == SCHEMA_VERSION
        andina, perez = Company.get_by_id(1), Company.get_by_id(2)
        assert (andina.name, andina.nit_display, andina.email, andina.notes) == (
            "Comercializadora Andina S.A.S.",
            "800191045-1",
            "conta@andina.example",
            "Cliente desde 2019",
        )
        assert perez.name == "Pérez Gómez María" and perez.removed_at is None
        assert [c.company.name for c in vault.companies()] == ["Comercializadora Andina S.A.S.", "Pérez Gómez María"]
        rut = Document.get_by_id(1)
        assert (rut.filename, rut.size, rut.created.isoformat(), rut.document_type, rut.expires_on) == (
            "RUT.pdf",
            48,
            "2022-12-01",
            None,
            None,
        )
        assert rut.added.microsecond == 123456
        assert [d.filename for d in vault.list_documents(1)] == ["Extracto diciembre.csv", "RUT.pdf"]
        assert [d.id for d in vault.list_documents(2, trash=True)] == [3]
        assert DocumentType.select().count() == 6
        # The migrated vault is whole and usable.
        assert verify(vault).problems == []
        vault.restore([3])
        assert (root / "companies/2/Acta.pdf").read_bytes() == V1_FILES["companies/2/.trash/3-Acta.pdf"]
    finally:
        vault.close()


def test_migration_writes_a_v1_backup_first(tmp_path: Path) -> None:
    root = tmp_path / "old"
    db_path = make_v1_vault(root)
    Vault(root).close()
    backups = list(root.glob("*.bak"))
    assert len(backups) == 1
    backup = backups[0]
    assert backup.parent == db_path.parent and backup.name.startswith("vault.v1-")
    assert user_version(backup) == 1
    con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 3
        assert con.execute("SELECT name FROM company ORDER BY id").fetchall() == [
            ("Comercializadora Andina S.A.S.",),
            ("Pérez Gómez María",),
        ]
    finally:
        con.close()
    # Opening the now current vault again takes no new backup.
    Vault(root).close()
    assert list(root.glob("*.bak")) == [backup]


def test_new_vault_takes_no_backup(vault: Vault) -> None:
    assert list(vault.root.glob("*.bak")) == []
    assert vault.db.pragma("user_version") == SCHEMA_VERSION


def test_migrated_schema_equals_a_fresh_one(tmp_path: Path) -> None:
    old = tmp_path / "old"
    make_v1_vault(old)
    Vault(old).close()
    Vault(tmp_path / "new").close()
    migrated, fresh = schema_of(old / "vault.db"), schema_of(tmp_path / "new" / "vault.db")
    assert migrated["objects"] == fresh["objects"]
    assert migrated["columns"] == fresh["columns"]
    # The schema the models describe is the one the migrations built.
    for model in (Company, Document, DocumentType):
        table = model._meta.table_name
        db_columns = {row[1] for row in fresh["columns"][table]}  # type: ignore[index]
        assert db_columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "future"
    root.mkdir()
    db_path = root / "vault.db"
    con = sqlite3.connect(db_path)
    con.executescript("CREATE TABLE company (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO company VALUES (1, 'x');")
    con.execute("PRAGMA user_version=99")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(errors.DatabaseTooNew) as exc:
        Vault(root)
    message = exc.value.message
    assert "99" in message and str(SCHEMA_VERSION) in message and "newer" in message and "nothing was changed" in message
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in root.iterdir() if p.name != "companies") == ["vault.db"]  # no -wal, no .bak


def test_newer_database_message_in_spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    root = tmp_path / "future"
    root.mkdir()
    con = sqlite3.connect(root / "vault.db")
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(errors.DatabaseTooNew, match="Actualice ClientVault"):
        Vault(root)


def test_failed_migration_step_leaves_version_1_and_the_backup(tmp_path: Path) -> None:
    root = tmp_path / "old"
    db_path = make_v1_vault(root)
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE document_type (id INTEGER PRIMARY KEY)")  # makes step 2 fail halfway
    con.commit()
    con.close()
    with pytest.raises(Exception):  # noqa: B017 - whatever the error, the state below is what matters
        Vault(root)
    assert user_version(db_path) == 1
    con = sqlite3.connect(db_path)
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(document)")}
        assert "expires_on" not in columns  # the step was rolled back as a whole
        assert con.execute("SELECT COUNT(*) FROM document").fetchone()[0] == 3
    finally:
        con.close()
    assert len(list(root.glob("*.bak"))) == 1


def test_pragmas(vault: Vault) -> None:
    assert vault.db.pragma("journal_mode") == "wal"
    assert vault.db.pragma("foreign_keys") == 1
    # NORMAL or FULL: both keep a WAL database intact; imports fsync file and folder before committing.
    assert vault.db.pragma("synchronous") in (1, 2)


def test_foreign_keys_are_enforced(vault: Vault, company: Company, make_file) -> None:
    vault.import_file(company.id, make_file("RUT.pdf"))
    with pytest.raises(IntegrityError):
        vault.db.execute_sql("DELETE FROM company WHERE id = ?", (company.id,))
    with pytest.raises(IntegrityError):
        vault.db.execute_sql(
            "INSERT INTO document (company_id, title, original_filename, filename, name_key, mime_type, size, checksum,"
            " added, modified) VALUES (999, 't', 'o', 'f', 'f', 'text/plain', 1, 'x', '2024-01-01', '2024-01-01')"
        )


def test_data_folder_is_private(tmp_path: Path, make_file) -> None:
    root = tmp_path / "nuevo" / "ClientVault"
    vault = Vault(root)
    try:
        company = vault.add_company("Andina")
        vault.import_file(company.id, make_file("RUT.pdf"))
        vault.delete([d.id for d in vault.list_documents(company.id)])
        for folder in (root, vault.companies_dir, vault.company_dir(company.id), vault.trash_dir(company.id)):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        vault.close()


def test_data_dir_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.data_dir() == (tmp_path / "from-env").resolve()
    assert paths.data_dir(tmp_path / "from-flag") == (tmp_path / "from-flag").resolve()
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert paths.data_dir().name == "ClientVault"
