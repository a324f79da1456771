"""The catalog: every query and every write of the vault's metadata, and nothing else speaks SQL.

It knows rows, never files (the vault above it moves the files inside the catalog's
transactions). What differs per database engine is asked of its dialect.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, cast

from peewee import Database, DatabaseError, IntegrityError, PeeweeException, fn

from clientvault.core import errors
from clientvault.core.catalog import names
from clientvault.core.catalog.dialect import Dialect, SchemaVersion
from clientvault.core.catalog.models import (
    Company,
    Document,
    MailAttachment,
    MailRecord,
    bind,
    fold,
    name_key,
    sort_key,
    utcnow,
)
from clientvault.core.catalog.papers_sql import CatalogPapers
from clientvault.core.catalog.texts import CatalogSearch, name_pieces
from clientvault.core.changes import Change, ChangeKind
from clientvault.core.i18n import t

log = logging.getLogger(__name__)

SortKey = Literal["name", "format", "date", "size", "type", "period", "expires"]
# Sorts whose ties are ordered by name (the index carries sort_key after the column).
_BY_NAME_WITHIN = ("format", "type", "period", "expires")
# What a failed catalog operation raises (the vault turns it into words for the person).
CatalogError = PeeweeException
RuleBroken = IntegrityError  # a constraint other than a name clash (a bug, never the disk's fault)
CHANGE_LOG_DAYS = 7
_INSERT_COLUMNS = ("company_id", "title", "original_filename", "filename", "name_key", "search_key", "sort_key",
                   "mime_type", "size", "checksum", "added", "modified")


class Catalog(CatalogSearch, CatalogPapers):
    """One vault's metadata on one database. ``Catalog.open(dialect)`` creates or migrates it.
    Search and document text: ``texts.py``; types, tags, history, expiry: ``papers_sql.py``."""

    def __init__(self, dialect: Dialect, db: Database) -> None:
        self.dialect = dialect
        self.db = db
        self.models = m = bind(db)
        self.Company, self.Document, self.DocumentType = m.Company, m.Document, m.DocumentType
        self.Setting, self.MailRecord, self.MailAttachment, self.ChangeLog, self.DocumentText = (
            m.Setting, m.MailRecord, m.MailAttachment, m.ChangeLog, m.DocumentText)
        self.DocumentTag, self.DocumentEvent, self.CompanyRequiredType = (
            m.DocumentTag, m.DocumentEvent, m.CompanyRequiredType)
        # Rows this catalog wrote to the change log carry this token, so it skips its own.
        self.origin = secrets.token_hex(8)
        self.version: SchemaVersion = names.CURRENT
        self._prepared: dict[str, tuple[str, list[tuple[int, Any]]]] = {}

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, dialect: Dialect) -> Catalog:
        """Open, creating or migrating; a catalog of a newer major version is refused untouched."""
        damaged: tuple[type[BaseException], ...] = (DatabaseError, *dialect.driver_errors)
        try:
            return cls._open(dialect)
        except damaged as exc:
            log.error("cannot open %s: %s", dialect.describe(), exc)
            from clientvault.core import diskerrors

            if diskerrors.cause_of(exc) not in ("damaged", "other"):
                # A full disk, a read-only folder, a -shm file that cannot be made: the database is fine.
                where = dialect.folder() or Path(dialect.describe())
                raise errors.StorageError(t(f"No se pudo abrir la base de datos {dialect.describe()}. ",
                                            f"Could not open the database {dialect.describe()}. ")
                                          + diskerrors.explain(exc, where)) from exc
            raise errors.DatabaseDamaged(dialect.describe()) from exc

    @classmethod
    def _open(cls, dialect: Dialect) -> Catalog:
        found = dialect.peek_version()
        if found is not None and found.major > names.CURRENT.major:
            raise errors.DatabaseTooNew(dialect.describe(), str(found), str(names.CURRENT))
        db = dialect.connect()
        try:
            catalog = cls(dialect, db)
            catalog._migrate()
            catalog._prune_change_log()
            if catalog.version == names.CURRENT:  # a newer minor may key its rows otherwise
                catalog.fill_search_keys()
        except BaseException:
            db.close()
            raise
        return catalog

    def _migrate(self) -> None:
        if self.dialect.read_version(self.db) == names.CURRENT:
            return
        # Another process may be creating or upgrading this catalog right now (the window starting
        # while a command runs): one does it, under the catalog's lock; the other then finds it done.
        with self.dialect.lock("catalog", 120.0):
            self._migrate_locked()

    def _migrate_locked(self) -> None:
        current = self.dialect.read_version(self.db)
        if current == names.CURRENT:
            return
        if current is not None and current > names.CURRENT:
            # A newer minor release added something this one does not use: read and write as we know.
            log.info("catalog %s is at %s, newer than %s; opened as is", self.dialect.describe(), current,
                     names.CURRENT)
            self.version = current
            return
        from clientvault.core.catalog import migrations  # only when a vault is created or upgraded

        pending = [s for s in migrations.STEPS if current is None or s.version > current]
        if pending and current is not None:
            label = f"v{current.major}" + (f".{current.minor}" if current.minor else "")
            log.info("backed up %s to %s before migrating", self.dialect.describe(), self.dialect.backup(self.db, label))
        migrator = self.dialect.migrator(self.db)
        for step in pending:
            with self.db.atomic():
                step.apply(self.db, migrator)
                self.dialect.write_version(self.db, step.version)
            log.info("catalog migrated to %s (%s)", step.version, step.what)
        self.version = names.CURRENT

    def close(self) -> None:
        self.db.close()

    # -- transactions, locks, the change log ------------------------------------------------------

    def atomic(self) -> AbstractContextManager[Any]:
        return self.db.atomic()

    def lock(self, name: str, timeout: float = 30.0) -> AbstractContextManager[None]:
        return self.dialect.lock(name, timeout)

    def backup(self, label: str, folder: Path | None = None) -> Path | None:
        """A consistent copy of the whole catalog (the dialect says how and where)."""
        return self.dialect.backup(self.db, label, folder)

    def integrity_check(self) -> str:
        return self.dialect.integrity_check(self.db)

    def log_changes(self, changes: Sequence[Change]) -> None:
        """Record changes inside the caller's transaction, so they commit (or vanish) with it."""
        now = utcnow()
        for c in changes:  # the dialect's plain INSERT: one per imported file, on the hot path
            self.dialect.insert_row(self.db, "change_log", ("at", "origin", "kind", "company_id", "document_ids"),
                                    (now, self.origin, c.kind, c.company_id, ",".join(map(str, c.document_ids))))

    def change_cursor(self) -> int:
        return int(self.ChangeLog.select(fn.MAX(self.ChangeLog.id)).scalar() or 0)

    def changes_since(self, cursor: int, limit: int = 5000) -> tuple[int, list[Change]]:
        """What other processes committed after ``cursor``; the new cursor and the changes. A cursor
        past the newest row (the log was emptied by hand or restored from a backup) starts over
        from the newest row, so the reader is never deaf until ids catch up."""
        newest = self.change_cursor()
        if newest < cursor:
            return newest, []
        L = self.ChangeLog
        query = (L.select(L.id, L.origin, L.kind, L.company_id, L.document_ids)
                 .where(L.id > cursor).order_by(L.id).limit(limit).tuples())
        rows = cast(list[tuple[int, str, str, "int | None", str]], list(query))
        out = []
        for row_id, origin, kind, company_id, ids in rows:
            cursor = max(cursor, row_id)
            if origin != self.origin:
                doc_ids = tuple(int(i) for i in ids.split(",") if i)
                out.append(Change(cast(ChangeKind, kind), company_id, doc_ids, external=True))
        return cursor, out

    def _prune_change_log(self) -> None:
        """Forget changes older than a week, but keep the newest row: SQLite would otherwise hand out
        id 1 again, and a window whose cursor is past it would miss every change until ids caught up."""
        L = self.ChangeLog
        cutoff = utcnow() - timedelta(days=CHANGE_LOG_DAYS)
        if not L.select().where(L.at < cutoff).exists():
            return  # the usual case: opening the vault writes nothing
        with self.db.atomic():
            newest = self.change_cursor()
            L.delete().where((L.at < cutoff) & (L.id < newest)).execute()

    # -- companies -------------------------------------------------------------------------------

    def companies(self, search: str = "") -> list[tuple[Company, int, int]]:
        """Live companies in name order (Spanish order: ``sort_key``), each with its count and size of
        live documents."""
        D, C = self.Document, self.Company
        rows = cast(Iterable[tuple[int, int, "int | None"]],
                    D.select(D.company, fn.COUNT(D.id), fn.SUM(D.size)).where(D.deleted_at.is_null())
                    .group_by(D.company).tuples())
        counts = {cid: (n, size or 0) for cid, n, size in rows}
        q = C.select().where(C.removed_at.is_null()).order_by(C.sort_key, C.id)
        for piece in name_pieces(search):
            q = q.where(C.search_key.contains(piece) | C.nit.contains(piece))
        return [(c, *counts.get(c.id, (0, 0))) for c in q]

    def all_companies(self) -> list[Company]:
        """Every company, removed ones too (they keep their trash until it is purged)."""
        return list(self.Company.select())

    def company(self, company_id: int, include_removed: bool = False) -> Company | None:
        C = self.Company
        cond = C.id == int(company_id)
        return C.get_or_none(cond if include_removed else cond & C.removed_at.is_null())

    def company_named(self, name: str) -> Company | None:
        C = self.Company
        return C.get_or_none((C.name_key == name_key(name)) & C.removed_at.is_null())

    def company_name_taken(self, key: str) -> bool:
        return self.Company.select().where(self.Company.name_key == key).exists()

    @contextmanager
    def _clash(self, constraint: str, name: str) -> Iterator[None]:
        """The failure of the unique index ``constraint`` becomes ``NameClash(name)``; any other
        constraint failure (a foreign key, a NOT NULL) stays what it is."""
        try:
            yield
        except IntegrityError as exc:
            if self.dialect.is_unique_violation(exc, constraint):
                raise errors.NameClash(name) from None
            raise

    def add_company(self, **fields: Any) -> Company:
        """Insert; ``NameClash`` when the name is taken (case-insensitively)."""
        fields.setdefault("search_key", fold(str(fields.get("name", ""))))
        fields.setdefault("sort_key", sort_key(str(fields.get("name", ""))))
        with self._clash(names.COMPANY_NAME_UNIQUE, fields.get("name", "")), self.db.atomic():
            return self.Company.create(**fields)

    def save_company(self, company: Company) -> None:
        company.search_key, company.sort_key = fold(company.name), sort_key(company.name)
        with self._clash(names.COMPANY_NAME_UNIQUE, company.name), self.db.atomic():
            company.save()

    def delete_company(self, company: Company) -> None:
        company.delete_instance()

    def removed_companies_without_documents(self) -> list[Company]:
        C, D = self.Company, self.Document
        has_docs = D.select(D.id).where(D.company == C.id)
        return list(C.select().where(C.removed_at.is_null(False) & ~fn.EXISTS(has_docs)))

    def has_documents(self, company_id: int) -> bool:
        return self.Document.select().where(self.Document.company == company_id).exists()

    # -- documents: queries ----------------------------------------------------------------------

    def _documents(self, company_id: int, search: str = "", trash: bool = False,  # type: ignore[no-untyped-def]
                   doc_type: int | None = None):
        """``doc_type``: only documents of that type; 0 (``TYPE_UNTYPED``): only those without one."""
        D = self.Document
        q = D.select().where((D.company == company_id) & D.deleted_at.is_null(not trash))
        if doc_type is not None:
            q = q.where(D.document_type.is_null() if int(doc_type) == 0 else D.document_type == int(doc_type))
        for piece in name_pieces(search):
            q = q.where(D.search_key.contains(piece))
        return q

    def list_documents(self, company_id: int, search: str = "", sort: SortKey = "name", descending: bool = False,
                       offset: int = 0, limit: int | None = 200, trash: bool = False,
                       doc_type: int | None = None) -> list[Document]:
        """A page of a company's documents, sorted and filtered by the database (indexes exist for
        each sort key), so the 200 rows of a 100,000-document company cost milliseconds. Names sort
        in Spanish order (``models.sort_key``)."""
        q = self._listing(company_id, search, sort, descending, trash, doc_type).offset(offset)
        return list(q.limit(limit) if limit is not None else q)

    def _listing(self, company_id: int, search: str, sort: SortKey, descending: bool, trash: bool,
                 doc_type: int | None = None) -> Any:
        D = self.Document
        column = self._sort_column(sort, trash)
        order = [column.desc() if descending else column.asc()]
        if sort in _BY_NAME_WITHIN:
            # Same direction as the column, so its (column, sort_key, id) index serves the whole ORDER BY.
            order.append(D.sort_key.desc() if descending else D.sort_key.asc())
        order.append(D.id.desc() if descending else D.id.asc())
        return self._documents(company_id, search, trash, doc_type).order_by(*order)

    def listed_size(self, company_id: int, offset: int, limit: int, search: str = "", sort: SortKey = "name",
                    descending: bool = False, trash: bool = False, doc_type: int | None = None) -> int:
        """The total size of the rows ``list_documents`` with these arguments would return, summed by
        the database: a selection of 100,000 rows in a view is one range, and its size needs none
        of the rows read into Python."""
        D = self.Document
        rows = (self._listing(company_id, search, sort, descending, trash, doc_type)
                .select(D.size).offset(offset).limit(limit))
        page = rows.alias("listed")
        return int(D.select(fn.SUM(page.c.size)).from_(page).scalar() or 0)

    def document_position(self, company_id: int, doc_id: int, search: str = "", sort: SortKey = "name",
                          descending: bool = False, trash: bool = False, doc_type: int | None = None) -> int | None:
        """The row ``doc_id`` has in ``list_documents`` with these arguments (None when it is not
        listed): the rows before it in the same order, counted through the sort's index, so a view
        can go straight to row 99,500 without loading the 99,499 before it."""
        D = self.Document
        doc = self._documents(company_id, search, trash, doc_type).where(D.id == doc_id).first()
        if doc is None:
            return None
        column = self._sort_column(sort, trash)
        keys: list[tuple[Any, Any]] = [(column, getattr(doc, column.name))]
        if sort in _BY_NAME_WITHIN:
            keys.append((D.sort_key, doc.sort_key))
        keys.append((D.id, doc.id))
        # Rows before it: smaller on the first key, or equal there and smaller on the next, and so on
        # (the same ties list_documents orders by, in the same direction).
        before = None
        for i, (col, value) in enumerate(keys):
            term = (col > value) if descending else (col < value)
            for prev, prev_value in keys[:i]:
                term &= prev == prev_value
            before = term if before is None else before | term
        return int(self._documents(company_id, search, trash, doc_type).where(before).count())

    def _sort_column(self, sort: SortKey, trash: bool) -> Any:
        D = self.Document
        return {"name": D.sort_key, "format": D.mime_type, "date": D.deleted_at if trash else D.added,
                "size": D.size, "type": D.type_key, "period": D.period_key, "expires": D.expires_key}[sort]

    def count_documents(self, company_id: int, search: str = "", trash: bool = False,
                        doc_type: int | None = None) -> int:
        return int(self._documents(company_id, search, trash, doc_type).count())

    def totals(self, company_id: int, trash: bool = False) -> tuple[int, int]:
        D = self.Document
        count, size = cast(tuple[int, "int | None"],
                           D.select(fn.COUNT(D.id), fn.SUM(D.size))
                           .where((D.company == company_id) & D.deleted_at.is_null(not trash)).tuples().get())
        return int(count or 0), int(size or 0)

    def document(self, doc_id: int) -> Document | None:
        return self.Document.get_or_none(self.Document.id == int(doc_id))

    def filenames(self, doc_ids: Iterable[int]) -> dict[int, str]:
        """The stored name of each of these documents that still exists, in a few queries (a check
        that found 20,000 problems names each file: one query per file took seconds)."""
        D, ids = self.Document, sorted({int(i) for i in doc_ids})
        names: dict[int, str] = {}
        for start in range(0, len(ids), 900):  # below SQLite's oldest limit on parameters (999)
            q = D.select(D.id, D.filename).where(D.id.in_(ids[start:start + 900])).tuples()
            names.update(cast(Iterable[tuple[int, str]], q))
        return names

    def company_documents(self, company_id: int, live_only: bool = False) -> list[Document]:
        D = self.Document
        q = D.select().where(D.company == company_id)
        return list(q.where(D.deleted_at.is_null()) if live_only else q)

    def trashed(self, doc_ids: Iterable[int] | None = None, deleted_before: datetime | None = None,
                company_id: int | None = None) -> list[Document]:
        D = self.Document
        q = D.select().where(D.deleted_at.is_null(False))
        if doc_ids is not None:
            q = q.where(D.id.in_([int(i) for i in doc_ids]))
        elif deleted_before is not None:
            q = q.where(D.deleted_at <= deleted_before)
        if company_id is not None:
            q = q.where(D.company == company_id)
        return list(q)

    # The two look-ups every imported file makes. peewee builds a query in ~0.5 ms, longer than
    # SQLite takes to answer it, so each is built once (by peewee, for this engine) and then run
    # with new values.

    def _run_prepared(self, name: str, build: Any, values: Sequence[Any]) -> Any:
        """Run the query ``build(*samples)`` with ``values`` in place of the samples."""
        if name not in self._prepared:
            samples = [f"\x00sample{i}" if isinstance(v, str) else -9_000_000 - i for i, v in enumerate(values)]
            sql, params = build(*samples).sql()
            # Each parameter is one of the samples (to be replaced) or a constant of the query (LIMIT 1).
            self._prepared[name] = (sql, [(samples.index(p), None) if p in samples else (-1, p) for p in params])
        sql, order = self._prepared[name]
        return self.db.execute_sql(sql, [values[i] if i >= 0 else const for i, const in order])

    def live_name_taken(self, company_id: int, candidate: str, ignore_id: int | None = None) -> bool:
        D = self.Document

        def build(cid: Any, key: Any, *ignore: Any) -> Any:
            q = D.select(D.id).where((D.company == cid) & D.deleted_at.is_null() & (D.name_key == key))
            return (q.where(D.id != ignore[0]) if ignore else q).limit(1)

        values = [company_id, name_key(candidate)] + ([ignore_id] if ignore_id is not None else [])
        name = "live_name_taken" if ignore_id is None else "live_name_taken_but"
        return self._run_prepared(name, build, values).fetchone() is not None

    def company_is_live(self, company_id: int) -> bool:
        """Whether the company exists and is not removed (checked under the lock for every import)."""
        C = self.Company

        def build(cid: Any) -> Any:
            return C.select(C.id).where((C.id == cid) & C.removed_at.is_null()).limit(1)

        return self._run_prepared("company_is_live", build, [company_id]).fetchone() is not None

    def duplicate_of(self, company_id: int, checksum: str) -> Document | None:
        D = self.Document

        def build(cid: Any, digest: Any) -> Any:
            return D.select(D.id).where((D.company == cid) & (D.checksum == digest) & D.deleted_at.is_null()).limit(1)

        row = self._run_prepared("duplicate_of", build, [company_id, checksum]).fetchone()
        return self.document(row[0]) if row else None

    # -- documents: writes (inside the vault's transaction) ----------------------------------------

    def insert_document(self, fields: dict[str, Any]) -> int:
        """Insert one imported document's row; ``NameClash`` when a live one has that name."""
        # Through the dialect's plain INSERT: peewee's query builder took ~0.5 ms here, a sixth of
        # the whole import of a small file.
        fields.setdefault("search_key", fold(fields["filename"]))
        fields.setdefault("sort_key", sort_key(fields["filename"]))
        values = [fields["company"] if c == "company_id" else fields[c] for c in _INSERT_COLUMNS]
        with self._clash(names.DOCUMENT_LIVE_NAME_UNIQUE, fields.get("filename", "")):
            return self.dialect.insert_row(self.db, "document", _INSERT_COLUMNS, values)

    def add_document(self, **fields: Any) -> Document:
        """Insert any row (trashed ones too), off the hot path: a rebuild, a repair."""
        fields.setdefault("search_key", fold(str(fields.get("filename", ""))))
        fields.setdefault("sort_key", sort_key(str(fields.get("filename", ""))))
        doc = self.Document(**fields)
        self.key_papers(doc)
        with self._clash(names.DOCUMENT_LIVE_NAME_UNIQUE, str(fields.get("filename", ""))):
            doc.save(force_insert=True)
        return doc

    def save_document(self, doc: Document, types: dict[int, Any] | None = None) -> None:
        """Save the columns of ``doc`` that were changed (models.BaseModel: only_save_dirty), with
        the keys that follow from them: another process may have changed the others meanwhile."""
        changed = {f.name for f in doc.dirty_fields}
        if "filename" in changed:  # a rename changes what the name is found by, and where it sorts
            doc.search_key, doc.sort_key = fold(doc.filename), sort_key(doc.filename)
        if changed & {"document_type", "period", "expires_on"}:
            self.key_papers(doc, types)
        with self._clash(names.DOCUMENT_LIVE_NAME_UNIQUE, doc.filename):
            doc.save()

    def delete_document(self, doc: Document) -> None:
        doc.delete_instance()

    # -- settings ----------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        row = self.Setting.get_or_none(self.Setting.key == key)
        return row.value if row is not None else None

    def put_settings(self, values: dict[str, str]) -> None:
        S = self.Setting
        with self.db.atomic():
            for key, value in values.items():
                # An upsert peewee writes for each engine (ON CONFLICT ... DO UPDATE).
                S.insert(key=key, value=value).on_conflict(conflict_target=[S.key], update={S.value: value}).execute()

    def setting_once(self, key: str, value: str) -> str:
        """Store ``value`` under ``key`` unless a value is already there; return the one stored."""
        S = self.Setting
        with self.db.atomic():
            S.insert(key=key, value=value).on_conflict_ignore().execute()
        stored = self.setting(key)
        assert stored is not None
        return stored

    # -- e-mail history ------------------------------------------------------------------------------

    def record_mail(self, fields: dict[str, Any], attachments: Sequence[tuple[int | None, str, int]]) -> MailRecord:
        with self.db.atomic():
            row = self.MailRecord.create(**fields)
            for document_id, filename, size in attachments:
                self.MailAttachment.create(mail=row, document=document_id, filename=filename, size=size)
        return row

    def mail_history(self, company_id: int | None = None, document_id: int | None = None,
                     limit: int = 500) -> list[MailRecord]:
        """Newest first, each with its attachments prefetched; for one company, one document, or all."""
        R, A = self.MailRecord, self.MailAttachment
        query = R.select()
        if document_id is not None:
            query = query.where(R.id.in_(A.select(A.mail).where(A.document == document_id)))
        if company_id is not None:
            query = query.where(R.company == company_id)
        rows = list(query.order_by(R.sent_at.desc(), R.id.desc()).limit(limit))
        files: dict[int, list[MailAttachment]] = {r.id: [] for r in rows}
        if rows:
            for att in A.select().where(A.mail.in_(list(files))).order_by(A.id):
                files[att.mail_id].append(att)
        for r in rows:
            r.files = files[r.id]
        return rows
