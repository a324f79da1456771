"""Opening the vault's SQLite database: pragmas, schema version and migrations.

The schema is defined by its migrations alone: a new vault runs every step from 0, so the path an
old vault takes is the same one every test and every new user exercises. Each step runs in one
transaction together with its ``PRAGMA user_version``, and a backup copy is taken before an
existing database is migrated.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from clientvault.core.errors import DatabaseDamaged, DatabaseTooNew
from clientvault.core.models import database

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # NORMAL in WAL mode never corrupts the database; a power cut may forget the last few commits.
    # An import fsyncs the file's content before committing, so a forgotten row leaves a complete
    # file that `verify --repair` re-attaches. FULL cost 1.5 ms per imported file here.
    "synchronous": "normal",
    "busy_timeout": 10000,
}

_V1 = [
    """CREATE TABLE company (
        id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL, name_key VARCHAR(255) NOT NULL,
        nit VARCHAR(255), dv INTEGER, email VARCHAR(255), phone VARCHAR(255),
        notes TEXT NOT NULL DEFAULT '', created DATETIME NOT NULL)""",
    "CREATE UNIQUE INDEX company_name_key ON company (name_key)",
    """CREATE TABLE document (
        id INTEGER NOT NULL PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE RESTRICT,
        title VARCHAR(255) NOT NULL, original_filename VARCHAR(255) NOT NULL,
        filename VARCHAR(255) NOT NULL, name_key VARCHAR(255) NOT NULL,
        mime_type VARCHAR(255) NOT NULL, size BIGINT NOT NULL, checksum VARCHAR(64) NOT NULL,
        added DATETIME NOT NULL, created DATE, modified DATETIME NOT NULL,
        deleted_at DATETIME, trash_name VARCHAR(255))""",
    "CREATE INDEX document_company_id ON document (company_id)",
    "CREATE INDEX document_company_checksum ON document (company_id, checksum)",
    # Two live documents of one company never share a name (case-folded); trashed ones may.
    "CREATE UNIQUE INDEX document_live_name ON document (company_id, name_key) WHERE deleted_at IS NULL",
]

_V2 = [
    "CREATE TABLE document_type (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL)",
    "CREATE UNIQUE INDEX document_type_name ON document_type (name)",
    "ALTER TABLE document ADD COLUMN document_type_id INTEGER REFERENCES document_type (id) ON DELETE SET NULL",
    "ALTER TABLE document ADD COLUMN expires_on DATE",
    # A removed company keeps its trashed files until they are purged (nothing is lost at once).
    "ALTER TABLE company ADD COLUMN removed_at DATETIME",
    # One index per sortable column, so a page of 200 of 100,000 rows is an index walk.
    "CREATE INDEX document_by_name ON document (company_id, deleted_at, name_key)",
    "CREATE INDEX document_by_added ON document (company_id, deleted_at, added)",
    "CREATE INDEX document_by_size ON document (company_id, deleted_at, size)",
    "CREATE INDEX document_by_format ON document (company_id, deleted_at, mime_type, name_key)",
    "INSERT INTO document_type (name) VALUES ('RUT'), ('Cámara de Comercio'), "
    "('Resolución de facturación'), ('Estados financieros'), ('Soporte contable'), ('Contrato')",
]

_V3 = [
    # Key/value preferences that belong to the vault (mail server, templates); never secrets: the
    # SMTP password lives in the system keyring only.
    "CREATE TABLE setting (key VARCHAR(255) NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    # One row per attempt to send; kept when the company or its documents are purged, so names are copied.
    """CREATE TABLE mail_record (
        id INTEGER NOT NULL PRIMARY KEY, sent_at DATETIME NOT NULL,
        company_id INTEGER REFERENCES company (id) ON DELETE SET NULL, company_name VARCHAR(255) NOT NULL,
        sender VARCHAR(255) NOT NULL, to_addrs TEXT NOT NULL, cc_addrs TEXT NOT NULL, subject TEXT NOT NULL,
        success INTEGER NOT NULL, error TEXT NOT NULL)""",
    "CREATE INDEX mail_record_company ON mail_record (company_id, sent_at)",
    """CREATE TABLE mail_attachment (
        id INTEGER NOT NULL PRIMARY KEY,
        mail_id INTEGER NOT NULL REFERENCES mail_record (id) ON DELETE CASCADE,
        document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
        filename VARCHAR(255) NOT NULL, size BIGINT NOT NULL)""",
    "CREATE INDEX mail_attachment_mail ON mail_attachment (mail_id)",
    "CREATE INDEX mail_attachment_document ON mail_attachment (document_id)",
]

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(path: Path) -> int:
    """The ``user_version`` of an existing database file, read without changing it."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


def backup(path: Path, version: int) -> Path:
    """A consistent copy (SQLite's online backup, so WAL content is included)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.bak")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def open_vault_db(path: Path) -> SqliteDatabase:
    """Open (creating or migrating) the database at ``path`` and bind the models to it; a file that
    is not a readable SQLite database is refused with a message, never a traceback."""
    try:
        return _open(path)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        log.error("cannot open %s: %s", path, exc)
        raise DatabaseDamaged(str(path)) from exc


def _open(path: Path) -> SqliteDatabase:
    if path.exists():
        found = schema_version(path)
        if found > SCHEMA_VERSION:
            raise DatabaseTooNew(str(path), found, SCHEMA_VERSION)
        if 0 < found < SCHEMA_VERSION:
            log.info("backed up %s to %s before migrating", path, backup(path, found))
    db = SqliteDatabase(None)
    db.init(str(path), pragmas=PRAGMAS)
    db.connect()
    database.initialize(db)
    migrate(db)
    return db


def migrate(db: SqliteDatabase) -> None:
    current = db.pragma("user_version")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            for statement in MIGRATIONS[version - 1]:
                db.execute_sql(statement)
            db.pragma("user_version", version)
        log.info("database migrated to schema %d", version)
