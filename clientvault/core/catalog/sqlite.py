"""The SQLite dialect: the default catalog, ``vault.db`` in the data folder.

WAL journal, foreign keys on, the schema version in ``PRAGMA user_version`` (major * 1000 + minor;
the values 1-3 written by the first releases read as 1.0-3.0, and an old release that compares the
number with its own refuses a newer vault as it should), online backups, and locks as files in
``<data folder>/locks`` held with the operating system's file locking (filelock), which every
process and thread on this computer respects and which the system releases when a process dies.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import SQL, Database, IntegrityError, NodeList, SqliteDatabase

if TYPE_CHECKING:
    from filelock import FileLock
    from playhouse.migrate import SqliteMigrator

from clientvault.core import errors
from clientvault.core.catalog import fts
from clientvault.core.catalog.dialect import SchemaVersion, SearchFilter, SearchTerms

PRAGMAS = {
    # First: every pragma after it (journal_mode needs a lock) waits for another process's write
    # instead of failing at once with "database is locked".
    "busy_timeout": 10000,
    "journal_mode": "wal",
    "foreign_keys": 1,
    # NORMAL in WAL mode never corrupts the database; a power cut may forget the last few commits.
    # An import fsyncs the file's content before committing, so a forgotten row leaves a complete
    # file that `verify --repair` re-attaches. FULL cost 1.5 ms per imported file here.
    "synchronous": "normal",
}
_MINOR_BASE = 1000
_UNIQUE_FAILED = re.compile(r"UNIQUE constraint failed: (.+)$")


class SqliteDialect:
    name = "sqlite"
    driver_errors: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.locks_dir = self.path.parent / "locks"
        self._constraint_columns: dict[str, str] = {}
        self._guard = threading.Lock()
        self._locks: dict[str, FileLock] = {}

    def describe(self) -> str:
        return str(self.path)

    def folder(self) -> Path | None:
        return self.path.parent

    def exists(self) -> bool:
        return self.path.exists() and self.path.stat().st_size > 0

    def connect(self) -> Database:
        # BEGIN IMMEDIATE: a transaction that reads and then writes (most of ours) takes the write
        # lock up front. A deferred one whose snapshot another process's commit made stale fails
        # at its first write at once with "database is locked", busy_timeout or not (SQLite's
        # SQLITE_BUSY_SNAPSHOT): a restore of 6,000 files failed so while the indexer stored texts.
        db = SqliteDatabase(None, lock_type="IMMEDIATE")
        db.init(str(self.path), pragmas=PRAGMAS)
        db.connect()
        return db

    # -- schema version -------------------------------------------------------------------------

    @staticmethod
    def _decode(raw: int) -> SchemaVersion | None:
        if raw <= 0:
            return None
        return SchemaVersion(raw, 0) if raw < _MINOR_BASE else SchemaVersion(*divmod(raw, _MINOR_BASE))

    def read_version(self, db: Database) -> SchemaVersion | None:
        return self._decode(int(db.execute_sql("PRAGMA user_version").fetchone()[0]))

    def peek_version(self) -> SchemaVersion | None:
        if not self.exists():
            return None
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return self._decode(int(con.execute("PRAGMA user_version").fetchone()[0]))
        finally:
            con.close()

    def write_version(self, db: Database, version: SchemaVersion) -> None:
        # PRAGMA user_version is transactional in SQLite: it commits or rolls back with the step.
        db.execute_sql(f"PRAGMA user_version = {int(version.major) * _MINOR_BASE + int(version.minor)}")

    def migrator(self, db: Database) -> SqliteMigrator:
        from playhouse.migrate import SqliteMigrator

        migrator = SqliteMigrator(db)
        migrator.dialect = self  # type: ignore[attr-defined]  # for a step that makes the engine's own objects
        return migrator

    # -- full-text search (FTS5) ------------------------------------------------------------------

    def create_text_index(self, db: Database) -> None:
        fts.create(db)

    def text_index_problem(self, db: Database, thorough: bool = True) -> str | None:
        return fts.problem(db, thorough)

    def rebuild_text_index(self, db: Database) -> None:
        fts.rebuild(db)

    def unindexed(self, column: Any) -> Any:
        # SQLite's documented way to keep a term from using an index: a unary "+" before the column.
        return NodeList((SQL("+"), column), glue="")

    def search_text(self, db: Database, terms: SearchTerms, where: SearchFilter, limit: int) -> list[tuple[int, str]]:
        return fts.search(db, terms, where, limit)

    # -- safety ---------------------------------------------------------------------------------

    def backup(self, db: Database, label: str, folder: Path | None = None) -> Path:
        """SQLite's online backup: consistent, includes what is still in the WAL, safe while other
        processes read and write. Written under a temporary name and renamed, owner-only, so a
        backup file is always whole and never readable by other users."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = folder or self.path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / f"{self.path.stem}.{label}-{stamp}.bak"
        n = 1
        while target.exists():  # two backups within one second
            n += 1
            target = folder / f"{self.path.stem}.{label}-{stamp}-{n}.bak"
        temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")  # two processes never share one
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        src = sqlite3.connect(self.path)
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.replace(temp, target)
        return target

    def insert_row(self, db: Database, table: str, columns: Sequence[str], values: Sequence[object]) -> int:
        # Times as peewee writes them, so rows read back the same whichever path wrote them.
        params = [v.isoformat(" ") if isinstance(v, datetime) else v for v in values]
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        return int(db.execute_sql(sql, params).lastrowid)

    def integrity_check(self, db: Database) -> str:
        return str(db.execute_sql("PRAGMA quick_check").fetchone()[0])

    def is_unique_violation(self, exc: BaseException, constraint: str) -> bool:
        """SQLite names the columns of a failed unique index, not the index: compare them with the
        columns the schema gives that index."""
        if not isinstance(exc, IntegrityError | sqlite3.IntegrityError):
            return False
        found = _UNIQUE_FAILED.search(str(exc))
        return found is not None and found.group(1).strip() == self._columns_of(constraint)

    def _columns_of(self, index: str) -> str:
        with self._guard:
            if index not in self._constraint_columns:
                con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                try:
                    row = con.execute("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?",
                                      (index,)).fetchone()
                    cols = [r[2] for r in con.execute(f'PRAGMA index_info("{index}")')] if row else []
                finally:
                    con.close()
                self._constraint_columns[index] = ", ".join(f"{row[0]}.{c}" for c in cols) if row else "\x00"
            return self._constraint_columns[index]

    @contextmanager
    def lock(self, name: str, timeout: float) -> Iterator[None]:
        from filelock import FileLock, Timeout  # loaded by the first write, not at start-up

        with self._guard:
            lock = self._locks.get(name)
            if lock is None:
                self.locks_dir.mkdir(mode=0o700, exist_ok=True)
                # One object per name, reused (building one per import showed in the import bench);
                # thread_local: each thread takes it with its own handle, so threads exclude each
                # other as processes do. The file is kept: removing it on release would let a third
                # process lock a new file while a second still waits on the old one.
                lock = self._locks[name] = FileLock(self.locks_dir / f"{name}.lock", mode=0o600,
                                                    thread_local=True, preserve_lock_file=True)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            raise errors.VaultBusy() from None
        try:
            yield
        finally:
            lock.release()
