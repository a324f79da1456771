"""The schema, defined by its migrations alone: a new catalog runs every step from nothing, so the
path an old vault takes is the one every test and every new user exercises.

Each step is peewee (snapshot models of the tables as that step left them, and
``playhouse.migrate`` operations), never one engine's SQL, so PostgreSQL runs the same steps.
Each runs in one transaction with its version bump (``Catalog._migrate``); the catalog takes a
backup copy before migrating an existing vault. A snapshot model is frozen history: never edit a
step that has shipped, add a new one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    Case,
    CharField,
    CompositeKey,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator, migrate

from clientvault.core.catalog.dialect import SchemaVersion
from clientvault.core.catalog.names import COMPANY_NAME_UNIQUE, CURRENT, DOCUMENT_LIVE_NAME_UNIQUE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    version: SchemaVersion
    apply: Callable[[Database, SchemaMigrator], None]
    what: str


def _snapshot(db: Database, table: str, primary_key: object = None, **fields: object) -> Any:
    """A model of ``table`` as one step sees it (typed Any: its fields are made at run time);
    ``primary_key`` a CompositeKey, for a table without an id."""
    options = {"database": db, "table_name": table}
    if primary_key is not None:
        options["primary_key"] = primary_key
    meta = type("Meta", (), options)
    return type(f"_{table}", (Model,), {"__module__": __name__, "Meta": meta, **fields})


def _v1(db: Database, m: SchemaMigrator) -> None:
    company = _snapshot(
        db, "company", id=AutoField(), name=CharField(), name_key=CharField(), nit=CharField(null=True),
        dv=IntegerField(null=True), email=CharField(null=True), phone=CharField(null=True),
        notes=TextField(constraints=[SQL("DEFAULT ''")]), created=DateTimeField())
    document = _snapshot(
        db, "document", id=AutoField(),
        company=ForeignKeyField(company, on_delete="RESTRICT", index=False),
        title=CharField(), original_filename=CharField(), filename=CharField(), name_key=CharField(),
        mime_type=CharField(), size=BigIntegerField(), checksum=CharField(max_length=64), added=DateTimeField(),
        created=DateField(null=True), modified=DateTimeField(), deleted_at=DateTimeField(null=True),
        trash_name=CharField(null=True))
    db.create_tables([company, document], safe=False)
    migrate(
        m.add_index("company", ("name_key",), unique=True, name=COMPANY_NAME_UNIQUE),
        m.add_index("document", ("company_id",), name="document_company_id"),
        m.add_index("document", ("company_id", "checksum"), name="document_company_checksum"),
        # Two live documents of one company never share a name (case-folded); trashed ones may.
        m.add_index("document", ("company_id", "name_key"), unique=True, name=DOCUMENT_LIVE_NAME_UNIQUE,
                    where=document.deleted_at.is_null()),
    )


def _v2(db: Database, m: SchemaMigrator) -> None:
    doc_type = _snapshot(db, "document_type", id=AutoField(), name=CharField())
    db.create_tables([doc_type], safe=False)
    migrate(
        m.add_index("document_type", ("name",), unique=True, name="document_type_name"),
        m.add_column("document", "document_type_id",
                     ForeignKeyField(doc_type, field=doc_type.id, null=True, on_delete="SET NULL", index=False)),
        m.add_column("document", "expires_on", DateField(null=True)),
        # A removed company keeps its trashed files until they are purged (nothing is lost at once).
        m.add_column("company", "removed_at", DateTimeField(null=True)),
        # One index per sortable column, so a page of 200 of 100,000 rows is an index walk.
        m.add_index("document", ("company_id", "deleted_at", "name_key"), name="document_by_name"),
        m.add_index("document", ("company_id", "deleted_at", "added"), name="document_by_added"),
        m.add_index("document", ("company_id", "deleted_at", "size"), name="document_by_size"),
        m.add_index("document", ("company_id", "deleted_at", "mime_type", "name_key"), name="document_by_format"),
    )
    doc_type.insert_many(
        [{"name": n} for n in ("RUT", "Cámara de Comercio", "Resolución de facturación", "Estados financieros",
                               "Soporte contable", "Contrato")]).execute()


def _v3(db: Database, m: SchemaMigrator) -> None:
    # Key/value preferences that belong to the vault (mail server, templates); never secrets: the
    # SMTP password lives in the system keyring only.
    setting = _snapshot(db, "setting", key=CharField(primary_key=True), value=TextField())
    company = _snapshot(db, "company", id=AutoField())
    document = _snapshot(db, "document", id=AutoField())
    # One row per attempt to send; kept when the company or its documents are purged, so names are copied.
    record = _snapshot(
        db, "mail_record", id=AutoField(), sent_at=DateTimeField(),
        company=ForeignKeyField(company, null=True, on_delete="SET NULL", index=False),
        company_name=CharField(), sender=CharField(), to_addrs=TextField(), cc_addrs=TextField(), subject=TextField(),
        success=BooleanField(), error=TextField())
    attachment = _snapshot(
        db, "mail_attachment", id=AutoField(), mail=ForeignKeyField(record, on_delete="CASCADE", index=False),
        document=ForeignKeyField(document, null=True, on_delete="SET NULL", index=False),
        filename=CharField(), size=BigIntegerField())
    db.create_tables([setting, record, attachment], safe=False)
    migrate(
        m.add_index("mail_record", ("company_id", "sent_at"), name="mail_record_company"),
        m.add_index("mail_attachment", ("mail_id",), name="mail_attachment_mail"),
        m.add_index("mail_attachment", ("document_id",), name="mail_attachment_document"),
    )


def _v3_1(db: Database, m: SchemaMigrator) -> None:
    # A minor step: a later 3.x release that no longer needed the change log could still open the
    # vault. (The releases before 3.1 know no minor versions and refuse it as newer, as they should.)
    log = _snapshot(db, "change_log", id=AutoField(), at=DateTimeField(), origin=CharField(max_length=32),
                    kind=CharField(max_length=32), company_id=IntegerField(null=True),
                    document_ids=TextField(constraints=[SQL("DEFAULT ''")]))
    db.create_tables([log], safe=False)
    migrate(m.add_index("change_log", ("at",), name="change_log_at"))


def _v3_2(db: Database, m: SchemaMigrator) -> None:
    # A minor step: a 3.1 release still opens the vault. The rows it then writes have no search_key
    # (Catalog fills them at open, found through the partial index) and no text (the indexer finds
    # what has none); deleting a document removes its text by the foreign key, in any release.
    from clientvault.core.catalog.models import fold, name_key, nfc

    document = _snapshot(db, "document", id=AutoField())
    text = _snapshot(
        db, "document_text", document=ForeignKeyField(document, primary_key=True, on_delete="CASCADE"),
        checksum=CharField(max_length=64), status=CharField(max_length=16),
        body=TextField(constraints=[SQL("DEFAULT ''")]), pages=IntegerField(constraints=[SQL("DEFAULT 0")]),
        ocr_pages=IntegerField(constraints=[SQL("DEFAULT 0")]), note=TextField(constraints=[SQL("DEFAULT ''")]),
        extracted_at=DateTimeField())
    db.create_tables([text], safe=False)
    migrate(
        m.add_column("company", "search_key", CharField(null=True)),
        m.add_column("document", "search_key", CharField(null=True)),
        # Finding the rows an older release left without a key costs nothing when there are none.
        m.add_index("document", ("id",), name="document_without_search_key", where=SQL("search_key IS NULL")),
        m.add_index("company", ("id",), name="company_without_search_key", where=SQL("search_key IS NULL")),
    )
    # The engine's own full-text index over document_text.body (the dialect rides on the migrator).
    m.dialect.create_text_index(db)
    # Names NFC (one spelling of "Cámara" however it arrived); a name that would then clash with
    # another keeps its spelling, and the log says so.
    company = _snapshot(db, "company", id=AutoField(), name=CharField(), name_key=CharField(),
                        search_key=CharField(null=True))
    for cid, name, key in list(company.select(company.id, company.name, company.name_key).tuples()):
        new_name = nfc(name)
        new_key = name_key(new_name) + (key[key.index("\x00"):] if "\x00" in key else "")
        taken = new_key != key and company.select().where(company.name_key == new_key).exists()
        if taken:
            log.warning("company %s: its name %r kept as written, its composed spelling is taken", cid, name)
        fields = {company.search_key: fold(new_name)}
        if not taken:
            fields.update({company.name: new_name, company.name_key: new_key})
        company.update(fields).where(company.id == cid).execute()
    docs = _snapshot(db, "document", id=AutoField(), title=CharField(), original_filename=CharField(),
                     filename=CharField(), search_key=CharField(null=True))
    rows = list(docs.select(docs.id, docs.title, docs.original_filename, docs.filename).tuples())
    for doc_id, title, original, _ in rows:
        # The file name on disk (filename, NFC since the first release) stays as it is on disk.
        if nfc(title) != title or nfc(original) != original:
            docs.update({docs.title: nfc(title), docs.original_filename: nfc(original)}).where(docs.id == doc_id).execute()
    # One UPDATE per 500 rows (a CASE on the id): 100,000 documents took 7 s one row at a time.
    for start in range(0, len(rows), 500):
        chunk = rows[start:start + 500]
        keys = Case(docs.id, [(doc_id, fold(filename)) for doc_id, _, _, filename in chunk])
        docs.update({docs.search_key: keys}).where(docs.id.in_([r[0] for r in chunk])).execute()


def _v3_3(db: Database, m: SchemaMigrator) -> None:
    # A minor step: a 3.2 release still opens the vault, sorting by name_key with the indexes it had
    # (kept for it). The rows it then writes have no sort_key: Catalog fills them at open, found
    # through the partial indexes, as it fills search_key.
    from clientvault.core.catalog.models import sort_key

    migrate(m.add_column("company", "sort_key", TextField(null=True)),
            m.add_column("document", "sort_key", TextField(null=True)))
    for table, source in (("company", "name"), ("document", "filename")):
        model = _snapshot(db, table, id=AutoField(), **{source: CharField()}, sort_key=TextField(null=True))
        rows = list(model.select(model.id, getattr(model, source)).tuples())
        # One UPDATE per 500 rows (a CASE on the id), as step 3.2 writes search_key.
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            keys = Case(model.id, [(row_id, sort_key(name)) for row_id, name in chunk])
            model.update({model.sort_key: keys}).where(model.id.in_([r[0] for r in chunk])).execute()
    # The indexes once the keys are written: built in one pass, not kept in step with every UPDATE.
    migrate(
        # A page of 200 by name, or by format then name, of 100,000 documents is an index walk.
        m.add_index("document", ("company_id", "deleted_at", "sort_key"), name="document_by_sort_key"),
        m.add_index("document", ("company_id", "deleted_at", "mime_type", "sort_key"), name="document_by_format_sort"),
        m.add_index("document", ("id",), name="document_without_sort_key", where=SQL("sort_key IS NULL")),
        m.add_index("company", ("id",), name="company_without_sort_key", where=SQL("sort_key IS NULL")),
    )


def _v3_4(db: Database, m: SchemaMigrator) -> None:
    # A minor step: a 3.3 release still opens the vault; the rows it writes get the column's own
    # default (no hidden recipient), since it knows nothing of them.
    migrate(m.add_column("mail_record", "bcc_addrs", TextField(null=True, constraints=[SQL("DEFAULT ''")])))


def _v3_5(db: Database, m: SchemaMigrator) -> None:
    # A minor step (indexes only). The name sorts' indexes carry the id (the ORDER BY's last column)
    # and the folded name: a filter typed over 100,000 files is then read from the index alone, and
    # only the rows that match are fetched (a rare word took 80 ms, its count 110; now 10 each).
    migrate(
        m.drop_index("document", "document_by_sort_key"),
        m.drop_index("document", "document_by_format_sort"),
        m.add_index("document", ("company_id", "deleted_at", "sort_key", "id", "search_key"),
                    name="document_by_sort_key"),
        m.add_index("document", ("company_id", "deleted_at", "mime_type", "sort_key", "id", "search_key"),
                    name="document_by_format_sort"),
    )


def _v3_6(db: Database, m: SchemaMigrator) -> None:
    # A minor step: a 3.5 release still opens the vault. The rows it then writes get the columns'
    # defaults (no period, no notes, the sort keys that list them after the papers that have one),
    # which is the truth for them: it cannot set a type, a period or an expiry.
    import json

    from clientvault.core.catalog.models import LAST_KEY, sort_key
    from clientvault.core.paper_rules import BUILTIN_TYPES, DEFAULT_REQUIRED

    last = SQL(f"DEFAULT '{LAST_KEY}'")
    migrate(
        m.add_column("document_type", "code", CharField(null=True)),
        m.add_column("document_type", "short_name", CharField(null=True)),
        m.add_column("document_type", "rule", CharField(null=True, constraints=[SQL("DEFAULT 'none'")])),
        m.add_column("document_type", "rule_days", IntegerField(null=True)),
        m.add_column("document_type", "rule_day", CharField(null=True)),
        m.add_column("document_type", "sort_key", TextField(null=True)),
        m.add_column("document", "period", CharField(null=True)),
        m.add_column("document", "expires_set", BooleanField(null=True, constraints=[SQL("DEFAULT FALSE")])),
        m.add_column("document", "notes", TextField(null=True, constraints=[SQL("DEFAULT ''")])),
        m.add_column("document", "type_key", TextField(null=True, constraints=[last])),
        m.add_column("document", "period_key", TextField(null=True, constraints=[last])),
        m.add_column("document", "expires_key", TextField(null=True, constraints=[last])),
    )
    company = _snapshot(db, "company", id=AutoField())
    doc_type = _snapshot(db, "document_type", id=AutoField(), name=CharField(), code=CharField(null=True),
                         short_name=CharField(null=True), rule=CharField(null=True), rule_days=IntegerField(null=True),
                         rule_day=CharField(null=True), sort_key=TextField(null=True))
    document = _snapshot(db, "document", id=AutoField(), document_type=ForeignKeyField(doc_type, null=True),
                         expires_on=DateField(null=True), expires_set=BooleanField(null=True),
                         type_key=TextField(null=True), expires_key=TextField(null=True))
    tag = _snapshot(db, "document_tag", CompositeKey("document", "tag_key"),
                    document=ForeignKeyField(document, on_delete="CASCADE", index=False),
                    tag=CharField(), tag_key=CharField())
    event = _snapshot(db, "document_event", id=AutoField(),
                      document=ForeignKeyField(document, on_delete="CASCADE", index=False), at=DateTimeField(),
                      kind=CharField(max_length=16), user=TextField(constraints=[SQL("DEFAULT ''")]),
                      computer=TextField(constraints=[SQL("DEFAULT ''")]), detail=TextField(constraints=[SQL("DEFAULT ''")]))
    required = _snapshot(db, "company_required_type", CompositeKey("company", "document_type"),
                         company=ForeignKeyField(company, on_delete="CASCADE", index=False),
                         document_type=ForeignKeyField(doc_type, on_delete="CASCADE", index=False))
    db.create_tables([tag, event, required], safe=False)
    # The types step 2 seeded become their built-in kind (nothing used them yet, so the two renamed
    # to the names accountants use carry no papers), and the other built-in types join them.
    seeded = {"RUT": "rut", "Cámara de Comercio": "camara", "Resolución de facturación": "resolucion",
              "Estados financieros": "estados", "Soporte contable": "soporte", "Contrato": "contrato"}
    have: dict[str, int] = {}
    for type_id, name in list(doc_type.select(doc_type.id, doc_type.name).tuples()):
        code = seeded.get(name)
        if code and code not in have:
            have[code] = type_id
            doc_type.update({doc_type.code: code}).where(doc_type.id == type_id).execute()
    names_taken = {n for (n,) in doc_type.select(doc_type.name).tuples()}
    for b in BUILTIN_TYPES:
        if b.code in have:
            if b.name not in names_taken:
                doc_type.update({doc_type.name: b.name}).where(doc_type.id == have[b.code]).execute()
                names_taken.add(b.name)
        elif b.name not in names_taken:
            have[b.code] = doc_type.insert(name=b.name, code=b.code).execute()
            names_taken.add(b.name)
    for b in BUILTIN_TYPES:
        if b.code in have:
            doc_type.update({doc_type.short_name: b.short_name, doc_type.rule: b.rule, doc_type.rule_days: b.rule_days,
                             doc_type.rule_day: b.rule_day}).where(doc_type.id == have[b.code]).execute()
    for type_id, name in list(doc_type.select(doc_type.id, doc_type.name).tuples()):
        doc_type.update({doc_type.sort_key: sort_key(name)}).where(doc_type.id == type_id).execute()
    doc_type.update({doc_type.rule: "none"}).where(doc_type.rule.is_null()).execute()
    # The few rows a type or an expiry could have (none was ever set through the program).
    keyed = document.select(document.id, document.document_type, document.expires_on).where(
        document.document_type.is_null(False) | document.expires_on.is_null(False))
    for doc_id, type_id, expires in list(keyed.tuples()):
        key = doc_type.get_by_id(type_id).sort_key if type_id is not None else LAST_KEY
        document.update({document.type_key: key, document.expires_set: expires is not None,
                         document.expires_key: expires.isoformat() if expires else LAST_KEY}).where(
            document.id == doc_id).execute()
    # Every company starts out needing the default papers (the sidebar then says what each lacks).
    default = [have[c] for c in DEFAULT_REQUIRED if c in have]
    setting = _snapshot(db, "setting", key=CharField(primary_key=True), value=TextField())
    setting.insert(key="papers.required_default", value=json.dumps(default)).on_conflict_ignore().execute()
    company_ids = [c for (c,) in company.select(company.id).tuples()]
    rows = [{"company": c, "document_type": d} for c in company_ids for d in default]
    for start in range(0, len(rows), 300):
        required.insert_many(rows[start:start + 300]).execute()
    migrate(
        m.add_index("document_type", ("code",), unique=True, name="document_type_code"),
        m.add_index("document_tag", ("tag_key",), name="document_tag_by_key"),
        m.add_index("document_event", ("document_id", "id"), name="document_event_document"),
        # A page of 200 of 100,000 documents sorted by type, period or expiry, or of one type, is an
        # index walk, as the name sorts are (the same trailing columns: the ties' order and the filter).
        m.add_index("document", ("company_id", "deleted_at", "type_key", "sort_key", "id", "search_key"),
                    name="document_by_type_key"),
        m.add_index("document", ("company_id", "deleted_at", "period_key", "sort_key", "id", "search_key"),
                    name="document_by_period_key"),
        m.add_index("document", ("company_id", "deleted_at", "expires_key", "sort_key", "id", "search_key"),
                    name="document_by_expires_key"),
        m.add_index("document", ("company_id", "deleted_at", "document_type_id", "sort_key", "id", "search_key"),
                    name="document_by_type"),
        # «Por vencer» across every company reads only the papers that expire, soonest first.
        m.add_index("document", ("expires_on", "company_id"), name="document_expiring",
                    where=SQL("deleted_at IS NULL AND expires_on IS NOT NULL")),
        # A paper's newer one of the same type (superseding it) and the missing-papers check.
        m.add_index("document", ("company_id", "document_type_id", "expires_on"), name="document_company_type",
                    where=SQL("deleted_at IS NULL AND document_type_id IS NOT NULL")),
    )


STEPS: list[Step] = [
    Step(SchemaVersion(1), _v1, "companies and documents"),
    Step(SchemaVersion(2), _v2, "document types, expiry dates, removed companies, sort indexes"),
    Step(SchemaVersion(3), _v3, "settings and the e-mail history"),
    Step(SchemaVersion(3, 1), _v3_1, "the change log other processes follow"),
    Step(SchemaVersion(3, 2), _v3_2, "search: names folded for accents, document text and its index"),
    Step(SchemaVersion(3, 3), _v3_3, "names sorted in Spanish order (a sort key per name)"),
    Step(SchemaVersion(3, 4), _v3_4, "the e-mail history keeps the hidden (BCC) recipients"),
    Step(SchemaVersion(3, 5), _v3_5, "a typed filter read from the name sort's index"),
    Step(SchemaVersion(3, 6), _v3_6, "paper types and expiry rules, details, tags, history, required papers"),
]
assert STEPS[-1].version == CURRENT, "names.CURRENT must be the last step's version"
