"""What differs between database engines, in one small object per engine.

The catalog's queries are written once with peewee; whatever cannot be (pragmas, where the schema
version is kept, how a constraint failure names its constraint, the integrity check, a lock that
works across processes, how a consistent copy is taken) is asked of the dialect. SQLite is the
default; PostgreSQL (a firm's shared vault) will be a second implementation of this protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from peewee import Database


@dataclass(frozen=True, order=True)
class SchemaVersion:
    """major.minor: a program refuses a newer major (it would misread the data) and opens a newer
    minor (an added column, index or table it does not use), so two computers one release apart
    can share a vault."""

    major: int
    minor: int = 0

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


HIT_START, HIT_END = "\x02", "\x03"  # around each hit in a snippet (never kept in a document's text)


@dataclass(frozen=True)
class SearchTerms:
    """What a person typed, as the catalog understands it before any engine's syntax: words (folded
    for case and accents) each matched as the start of a word, and phrases (words that must follow
    each other: "cámara de comercio" in quotes, or a number written with dots such as 900.123.456)."""

    words: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


@dataclass(frozen=True)
class SearchFilter:
    """Which documents a search may return; times are UTC like the ``added`` column."""

    company_id: int | None = None
    mime_types: tuple[str, ...] = ()
    added_from: datetime | None = None
    added_before: datetime | None = None
    exclude_ids: frozenset[int] = frozenset()


class Dialect(Protocol):
    name: str
    # The driver's own errors that reach us unwrapped by peewee (reading the version before connecting).
    driver_errors: tuple[type[BaseException], ...]

    def connect(self) -> Database:
        """A peewee database, connected, with the engine's session settings applied."""
        ...

    def exists(self) -> bool:
        """Whether the catalog already exists (so opening it must not silently create a new one)."""
        ...

    def read_version(self, db: Database) -> SchemaVersion | None:
        """The stored schema version, or None for an empty catalog."""
        ...

    def peek_version(self) -> SchemaVersion | None:
        """The stored version read without connecting for writing (before a backup or a refusal)."""
        ...

    def write_version(self, db: Database, version: SchemaVersion) -> None:
        """Store the version, inside the caller's transaction."""
        ...

    def migrator(self, db: Database): ...  # type: ignore[no-untyped-def]  # playhouse.migrate.SchemaMigrator

    def backup(self, db: Database, label: str, folder: Path | None = None) -> Path | None:
        """A consistent copy of the whole catalog (before a migration), or None where the engine's
        own backups serve."""
        ...

    def is_unique_violation(self, exc: BaseException, constraint: str) -> bool:
        """Whether ``exc`` is the failure of the unique constraint (index) named ``constraint``."""
        ...

    def insert_row(self, db: Database, table: str, columns: Sequence[str], values: Sequence[object]) -> int:
        """Insert one row on the hot path (an import) and return its id, without the query builder."""
        ...

    def integrity_check(self, db: Database) -> str:
        """"ok", or the engine's description of the damage."""
        ...

    def lock(self, name: str, timeout: float) -> AbstractContextManager[None]:
        """An exclusive lock shared by every process on this catalog (and every thread in this one)."""
        ...

    def create_text_index(self, db: Database) -> None:
        """The engine's full-text index over ``document_text.body``, kept in step with that table
        by the engine itself (a migration step creates it)."""
        ...

    def text_index_problem(self, db: Database, thorough: bool = True) -> str | None:
        """None when the text index is whole; "missing" or "stale" otherwise (verify reports it).
        Not ``thorough``: only whether it is there (a lookup, where the full check reads it all)."""
        ...

    def rebuild_text_index(self, db: Database) -> None:
        """Make the text index again from ``document_text`` (verify --repair)."""
        ...

    def unindexed(self, column: Any) -> Any:
        """``column`` in a condition the engine must not answer through an index: a test that
        keeps most rows (not in the trash) is cheaper checked on each row of a scan than used to
        walk an index and then read every row it names (a name search over 100,000 documents)."""
        ...

    def search_text(self, db: Database, terms: SearchTerms, where: SearchFilter, limit: int) -> list[tuple[int, str]]:
        """Live documents of live companies whose text matches, best first: (document id, snippet).
        The snippet is plain text with each hit between "\x02" and "\x03"."""
        ...

    def describe(self) -> str:
        """Where the catalog lives, for messages and logs."""
        ...

    def folder(self) -> Path | None:
        """The folder the catalog's files are in, when it is files (for "the disk is full" words)."""
        ...
