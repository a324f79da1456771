"""The catalog's database: migrations from an old vault (with a backup first), refusing a newer
major version and opening a newer minor one, pragmas, and a private data folder."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from clientvault import paths
from clientvault.core import errors
from clientvault.core.catalog import SchemaVersion, SqliteDialect, migrations
from clientvault.core.catalog.models import Company
from clientvault.core.maintenance import verify
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


def pragma(vault: Vault, name: str) -> object:
    """A PRAGMA of the vault's own connection (the SQLite dialect's database is a SqliteDatabase)."""
    db = vault.catalog.db
    assert isinstance(db, SqliteDatabase)
    return db.pragma(name)


def user_version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def encoded(version: SchemaVersion) -> int:
    """How the SQLite dialect stores a version in PRAGMA user_version: major * 1000 + minor."""
    return version.major * 1000 + version.minor


CURRENT_RAW = encoded(migrations.CURRENT)


def build_with_steps(path: Path, upto: SchemaVersion) -> None:
    """A database made by running the migration steps up to ``upto`` only, each with its version
    bump, as a release that stopped there would have left it."""
    dialect = SqliteDialect(path)
    db = dialect.connect()
    try:
        migrator = dialect.migrator(db)
        for step in migrations.STEPS:
            if step.version > upto:
                break
            with db.atomic():
                step.apply(db, migrator)
                dialect.write_version(db, step.version)
    finally:
        db.close()


# SQLite stores the declared type as written; peewee declares BigIntegerField as INTEGER where the
# first release wrote BIGINT. Both are the same 64-bit integer storage (INTEGER affinity).
_TYPE_ALIASES = {"BIGINT": "INTEGER"}


def _where_of(sql: str | None) -> str | None:
    """A partial index's WHERE clause, without quotes, outer parentheses, case or spacing differences."""
    if not sql or not re.search(r"\bWHERE\b", sql, re.IGNORECASE):
        return None
    clause = re.split(r"\bWHERE\b", sql, maxsplit=1, flags=re.IGNORECASE)[1]
    clause = re.sub(r"\s+", " ", clause.replace('"', "").replace("`", "")).strip().lower()
    while clause.startswith("(") and clause.endswith(")"):
        clause = clause[1:-1].strip()
    return clause


def schema_of(path: Path) -> dict[str, object]:
    """The schema as SQLite understands it, independent of how the DDL text was written: each
    table's columns (name, declared type, NOT NULL, default, primary key), its indexes (unique,
    origin, partial, columns in order, the WHERE of a partial one) and its foreign keys; and the
    names of any views and triggers."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        entries = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
        index_sql = {name: sql for kind, name, sql in entries if kind == "index"}
        tables = sorted(name for kind, name, _ in entries if kind == "table")
        out: dict[str, object] = {
            "others": sorted((kind, name) for kind, name, _ in entries if kind not in ("table", "index")),
        }
        for table in tables:
            columns = [
                (name, _TYPE_ALIASES.get(decl.upper(), decl.upper()), bool(notnull), default, pk)
                for _cid, name, decl, notnull, default, pk in con.execute(f'PRAGMA table_info("{table}")')
            ]
            indexes = {}
            for _seq, name, unique, origin, partial in con.execute(f'PRAGMA index_list("{table}")'):
                cols = [row[2] for row in sorted(con.execute(f'PRAGMA index_info("{name}")'))]
                indexes[name] = (bool(unique), origin, bool(partial), cols, _where_of(index_sql.get(name)))
            fks = sorted(
                (ref, src, dst, on_update, on_delete, match)
                for _id, _seq, ref, src, dst, on_update, on_delete, match in con.execute(
                    f'PRAGMA foreign_key_list("{table}")')
            )
            out[table] = {"columns": columns, "indexes": indexes, "foreign_keys": fks}
        return out
    finally:
        con.close()


def test_step_1_builds_the_v1_schema(tmp_path: Path) -> None:
    """The first release's schema (its DDL is in the fixture) is what migration step 1 builds, as
    SQLite sees it: same tables, columns, indexes (partial ones with the same WHERE) and keys."""
    assert migrations.STEPS[0].version == SchemaVersion(1, 0)
    fixture = tmp_path / "fixture.db"
    con = sqlite3.connect(fixture)
    con.executescript(V1_SQL.read_text(encoding="utf-8"))
    con.close()
    built = tmp_path / "step1.db"
    build_with_steps(built, SchemaVersion(1, 0))
    assert user_version(fixture) == 1 and user_version(built) == encoded(SchemaVersion(1, 0))
    expected, actual = schema_of(fixture), schema_of(built)
    assert set(actual) == set(expected) == {"others", "company", "document"}
    for table in ("company", "document"):
        assert actual[table] == expected[table], table  # type: ignore[index]
    # The comparison is not vacuous: the unique live-name index is partial, on the live rows only.
    assert expected["document"]["indexes"]["document_live_name"] == (  # type: ignore[index]
        True, "c", True, ["company_id", "name_key"], "deleted_at is null")


def test_v1_vault_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    root = tmp_path / "old"
    db_path = make_v1_vault(root)
    assert user_version(db_path) == 1
    vault = Vault(root)
    try:
        assert pragma(vault, "user_version") == CURRENT_RAW
        assert vault.catalog.version == migrations.CURRENT
        andina, perez = vault.catalog.Company.get_by_id(1), vault.catalog.Company.get_by_id(2)
        assert (andina.name, andina.nit_display, andina.email, andina.notes) == (
            "Comercializadora Andina S.A.S.",
            "800191045-1",
            "conta@andina.example",
            "Cliente desde 2019",
        )
        assert perez.name == "Pérez Gómez María" and perez.removed_at is None
        assert [c.company.name for c in vault.companies()] == ["Comercializadora Andina S.A.S.", "Pérez Gómez María"]
        rut = vault.catalog.Document.get_by_id(1)
        assert rut.created is not None
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
        # The six types step 2 seeded became built-in ones (two renamed), and the rest joined them.
        from clientvault.core.paper_rules import BUILTIN_TYPES

        assert sorted((tp.code, tp.name) for tp in vault.document_types()) == sorted(
            (b.code, b.name) for b in BUILTIN_TYPES)
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
    assert pragma(vault, "user_version") == CURRENT_RAW


def test_migrated_schema_equals_a_fresh_one(tmp_path: Path) -> None:
    old = tmp_path / "old"
    make_v1_vault(old)
    Vault(old).close()
    Vault(tmp_path / "new").close()
    migrated, fresh = schema_of(old / "vault.db"), schema_of(tmp_path / "new" / "vault.db")
    assert migrated == fresh
    assert user_version(old / "vault.db") == user_version(tmp_path / "new" / "vault.db") == CURRENT_RAW
    # The schema the models describe is the one the migrations built.
    vault = Vault(tmp_path / "new")
    try:
        for model in vault.catalog.models.all():
            table = model._meta.table_name
            db_columns = {row[0] for row in fresh[table]["columns"]}  # type: ignore[index]
            assert db_columns == {f.column_name for f in model._meta.sorted_fields}, table
        # Beside the models' tables, only the dialect's full-text index (FTS5 and its own tables).
        index_tables = {t for t in fresh if t.startswith("document_text_fts")}
        assert "document_text_fts" in index_tables
        assert set(fresh) - {"others"} - index_tables == {m._meta.table_name for m in vault.catalog.models.all()}
    finally:
        vault.close()


def _future_vault(root: Path, raw_version: int) -> Path:
    root.mkdir()
    db_path = root / "vault.db"
    con = sqlite3.connect(db_path)
    con.executescript("CREATE TABLE company (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO company VALUES (1, 'x');")
    con.execute(f"PRAGMA user_version={raw_version}")
    con.commit()
    con.close()
    return db_path


NEXT_MAJOR = SchemaVersion(migrations.CURRENT.major + 1, migrations.CURRENT.minor)


@pytest.mark.parametrize(("raw", "shown"), [(99, "99.0"), (4000, "4.0"), (encoded(NEXT_MAJOR), str(NEXT_MAJOR))])
def test_newer_major_version_is_refused_untouched(tmp_path: Path, raw: int, shown: str) -> None:
    root = tmp_path / "future"
    db_path = _future_vault(root, raw)
    before = db_path.read_bytes()
    with pytest.raises(errors.DatabaseTooNew) as exc:
        Vault(root)
    message = exc.value.message
    assert f"schema {shown};" in message and f"up to {migrations.CURRENT}" in message
    assert "newer" in message and "nothing was changed" in message
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in root.iterdir() if p.name != "companies") == ["vault.db"]  # no -wal, no .bak, no locks


def test_newer_database_message_in_spanish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    root = tmp_path / "future"
    root.mkdir()
    con = sqlite3.connect(root / "vault.db")
    con.execute(f"PRAGMA user_version={(migrations.CURRENT.major + 1) * 1000}")
    con.close()
    with pytest.raises(errors.DatabaseTooNew, match="Actualice ClientVault"):
        Vault(root)


def test_newer_minor_version_opens_reads_writes_and_is_not_downgraded(tmp_path: Path, make_file) -> None:
    """A release one minor version ahead (3.2) added a column and a table this one does not know:
    this release opens it as it is, reads and writes through it, and never lowers its version."""
    root = tmp_path / "ahead"
    vault = Vault(root)
    andina = vault.add_company("Andina S.A.S.")
    rut = vault.import_file(andina.id, make_file("RUT.pdf")).document
    assert rut is not None
    vault.close()
    newer = SchemaVersion(migrations.CURRENT.major, migrations.CURRENT.minor + 1)  # 3.2 today: user_version 3002
    con = sqlite3.connect(root / "vault.db")
    con.executescript(
        "ALTER TABLE document ADD COLUMN ocr_text TEXT;"
        "CREATE TABLE tag (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL);"
        "INSERT INTO tag (name) VALUES ('urgente');"
        "UPDATE document SET ocr_text = 'NIT 800191045';"
    )
    con.execute(f"PRAGMA user_version={encoded(newer)}")
    con.commit()
    con.close()

    vault = Vault(root)
    try:
        assert vault.catalog.version == newer
        assert [c.company.name for c in vault.companies()] == ["Andina S.A.S."]
        assert [d.filename for d in vault.list_documents(andina.id)] == ["RUT.pdf"]
        extracto = vault.import_file(andina.id, make_file("Extracto.csv")).document
        assert extracto is not None
        vault.rename(rut.id, "RUT 2024")
        perez = vault.add_company("Pérez Gómez María")
        vault.delete([extracto.id])
        assert [d.filename for d in vault.list_documents(andina.id)] == ["RUT 2024.pdf"]
        assert verify(vault).problems == []
    finally:
        vault.close()
    assert user_version(root / "vault.db") == encoded(newer)
    assert list(root.glob("*.bak")) == []
    con = sqlite3.connect(f"file:{root / 'vault.db'}?mode=ro", uri=True)
    try:
        # What the newer release added is kept as it was.
        assert con.execute("SELECT name FROM tag").fetchall() == [("urgente",)]
        assert con.execute("SELECT ocr_text FROM document WHERE id = ?", (rut.id,)).fetchone() == ("NIT 800191045",)
        assert con.execute("SELECT COUNT(*) FROM company WHERE id = ?", (perez.id,)).fetchone() == (1,)
    finally:
        con.close()


@pytest.mark.parametrize("raw", [3, 3000])  # 3 as the 3.0 release wrote it; 3000 is the same version encoded
def test_a_3_0_vault_is_migrated_to_3_1_with_a_backup_first(tmp_path: Path, raw: int) -> None:
    root = tmp_path / "v3"
    root.mkdir()
    db_path = root / "vault.db"
    build_with_steps(db_path, SchemaVersion(3, 0))
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO company (name, name_key, notes, created) VALUES ('Andina', 'andina', '', '2024-01-01 00:00:00')")
    con.execute("INSERT INTO setting (key, value) VALUES ('mail.host', 'smtp.andina.example')")
    con.execute(f"PRAGMA user_version={raw}")
    con.commit()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    assert "change_log" not in tables and "setting" in tables

    vault = Vault(root)
    try:
        assert vault.catalog.version == migrations.CURRENT
        assert [c.company.name for c in vault.companies()] == ["Andina"]
        assert vault.catalog.setting("mail.host") == "smtp.andina.example"
        vault.add_company("Pérez")  # the change log exists and takes the change
        assert vault.catalog.ChangeLog.select().count() == 1
    finally:
        vault.close()
    assert user_version(db_path) == CURRENT_RAW
    [backup] = root.glob("*.bak")
    assert re.fullmatch(r"vault\.v3-\d{8}-\d{6}\.bak", backup.name), backup.name
    assert user_version(backup) == raw
    con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT name FROM company").fetchall() == [("Andina",)]
        assert not con.execute("SELECT name FROM sqlite_master WHERE name = 'change_log'").fetchall()
    finally:
        con.close()
    # Migrated once: the next start takes no backup.
    Vault(root).close()
    assert list(root.glob("*.bak")) == [backup]


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
    assert pragma(vault, "journal_mode") == "wal"
    assert pragma(vault, "foreign_keys") == 1
    # NORMAL or FULL: both keep a WAL database intact; imports fsync file and folder before committing.
    assert pragma(vault, "synchronous") in (1, 2)


def test_foreign_keys_are_enforced(vault: Vault, company: Company, make_file) -> None:
    vault.import_file(company.id, make_file("RUT.pdf"))
    with pytest.raises(IntegrityError):
        vault.catalog.db.execute_sql("DELETE FROM company WHERE id = ?", (company.id,))
    with pytest.raises(IntegrityError):
        vault.catalog.db.execute_sql(
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
