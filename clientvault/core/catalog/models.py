"""The catalog's tables as peewee models. Field names follow Paperless-ngx's document model (DESIGN.md).

The classes here describe the current schema and are the value types the vault hands out; they are
never bound to a database themselves. ``bind(db)`` makes a set of subclasses bound to one catalog's
database, so two vaults open in one process never share a connection (no global proxy).

Times are stored in UTC without a zone (``utcnow()``); the window shows them in local time.
``name_key`` columns hold the case-folded name (NFC) so uniqueness ignores case for every alphabet,
which SQLite's NOCASE (ASCII only) does not; ``search_key`` columns hold it folded further, accents
removed (``fold``), so what a person types finds "Cámara" as "camara" (never used for uniqueness:
"año.pdf" and "ano.pdf" are two files); ``sort_key`` columns hold ``sort_key`` of the name, whose
plain byte order is the order a Spanish reader expects, so the database sorts by name through an index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
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


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def nfc(text: str) -> str:
    """One spelling per name: macOS hands file names over decomposed (NFD), Windows and Linux composed."""
    return unicodedata.normalize("NFC", text)


def name_key(name: str) -> str:
    return nfc(name).casefold()


def fold(text: str) -> str:
    """Case and accents folded as search engines fold them: "RESOLUCIÓN" and "resolucion" meet, and
    so do "año" and "ano" (ñ is n with a tilde to Unicode, as to FTS5's remove_diacritics)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


_N_TILDE = "\x1a"  # "ñ" while the other accents are dropped (no name holds this control character)
# ñ is a letter of its own between n and o: it takes "o"'s place and o-z move one up ("z" -> "{").
_SPANISH_LETTERS = str.maketrans({_N_TILDE: "o", **{c: chr(ord(c) + 1) for c in "opqrstuvwxyz"}})
_SORT_PIECES = re.compile(r"([0-9]+)|(\.)|((?:[^\W_]|\x1a)+)|([\W_]+)")


def sort_key(name: str) -> str:
    """A key whose plain (byte) order is a Spanish reader's order of names: case and accents aside
    ("árbol" among the a's, "Cédula" before "Contrato"), ñ its own letter after n ("nube" < "Ñame" <
    "oficio"), numbers by value ("2 x" < "10 x": each run of digits as its length, two digits, then
    the digits without leading zeros), a dot before anything else and other punctuation as a space
    (as file managers sort: "Acta.pdf" < "Acta 2.pdf" < "Acta-final.pdf"). Names equal but for
    accents or case tie, and the listing orders ties by id: a second level (the exact name after the
    key) made every row a third bigger and the filter's scan of 100,000 names 20-30 % slower."""
    decomposed = unicodedata.normalize("NFKD", name.casefold()).replace("n\u0303", _N_TILDE)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = []
    for digits, dot, word, _other in _SORT_PIECES.findall(letters):
        if digits:
            value = digits.lstrip("0")
            out.append(f"{min(len(value), 99):02d}{value}")
        else:
            out.append("\x02" if dot else word.translate(_SPANISH_LETTERS) if word else " ")
    return "".join(out)


LAST_KEY = "\U0010ffff"  # above every character's UTF-8 bytes: sorts after any name, date or period


class BaseModel(Model):
    class Meta:
        legacy_table_names = False
        # A row's save writes only the columns this process changed: a rename (or a move) whose
        # row was read before another process saved the paper's details then keeps those details,
        # instead of writing back the whole row as it was read.
        only_save_dirty = True


class Company(BaseModel):
    id = AutoField()
    name = CharField()  # razón social
    name_key = CharField(unique=True)
    nit = CharField(null=True)
    dv = IntegerField(null=True)
    email = CharField(null=True)
    phone = CharField(null=True)
    notes = TextField(default="")
    created = DateTimeField(default=utcnow)
    removed_at = DateTimeField(null=True)
    search_key = CharField(null=True)  # fold(name); NULL only for a row an older 3.x release wrote
    sort_key = TextField(null=True)  # sort_key(name); NULL only for a row an older 3.x release wrote

    @property
    def nit_display(self) -> str:
        return f"{self.nit}-{self.dv}" if self.nit else ""


class DocumentType(BaseModel):
    """RUT, Certificado de Cámara de Comercio, Resolución de facturación...: what a paper is.

    ``code`` names a built-in type whatever the accountant renames it to (suggestions and the
    default rules find it by code); types the accountant adds have none. ``rule`` says when its
    papers expire (``core/paper_rules.py``): "none", "days" (``rule_days`` after the paper's own
    date), "yearly" (every year on ``rule_day``, "MM-DD") or "own" (the date entered on each)."""

    id = AutoField()
    name = CharField(unique=True)
    code = CharField(null=True)
    short_name = CharField(null=True)  # «Cámara» where the full name does not fit (the sidebar)
    rule = CharField(default="none")
    rule_days = IntegerField(null=True)
    rule_day = CharField(null=True)
    sort_key = TextField(null=True)

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Document(BaseModel):
    id = AutoField()
    company = ForeignKeyField(Company, backref="+", on_delete="RESTRICT")
    title = CharField()
    original_filename = CharField()
    filename = CharField()  # relative to the company folder
    name_key = CharField()
    mime_type = CharField()
    size = BigIntegerField()
    checksum = CharField(max_length=64)  # sha256, hex
    added = DateTimeField(default=utcnow)
    created = DateField(null=True)
    modified = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    trash_name = CharField(null=True)  # file name inside .trash/ while deleted
    document_type = ForeignKeyField(DocumentType, backref="+", null=True, on_delete="SET NULL")
    expires_on = DateField(null=True)
    search_key = CharField(null=True)  # fold(filename); NULL only for a row an older 3.x release wrote
    sort_key = TextField(null=True)  # sort_key(filename); NULL only for a row an older 3.x release wrote
    period = CharField(null=True)  # what it covers: "2023" or "2023-12"
    expires_set = BooleanField(default=False)  # expires_on was entered by the person, not given by the rule
    notes = TextField(default="")
    # Sort keys of the type's name, the period and the expiry, with LAST_KEY when there is none,
    # so an index walk lists the papers without one after the rest (SQLite puts NULLs first).
    type_key = TextField(null=True, default=LAST_KEY)
    period_key = TextField(null=True, default=LAST_KEY)
    expires_key = TextField(null=True, default=LAST_KEY)
    company_id: int  # the foreign key's raw value, which peewee provides beside ``company``
    document_type_id: int | None

    @property
    def format_code(self) -> str:
        from clientvault.core.filetypes import kind_for_mime

        kind = kind_for_mime(self.mime_type)
        return kind.code if kind else "bin"

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


class DocumentTag(BaseModel):
    """A tag of a document (one row each), its name as the person wrote it and ``tag_key`` folded."""

    document = ForeignKeyField(Document, backref="+", on_delete="CASCADE")
    tag = CharField()
    tag_key = CharField()
    document_id: int

    class Meta:
        primary_key = CompositeKey("document", "tag_key")


class DocumentEvent(BaseModel):
    """One line of a document's history: what happened, when, on whose account and computer.
    ``detail`` is JSON (names, old and new values), worded in the reader's language when shown."""

    id = AutoField()
    document = ForeignKeyField(Document, backref="+", on_delete="CASCADE")
    at = DateTimeField(default=utcnow)
    kind = CharField(max_length=16)
    user = CharField(default="")
    computer = CharField(default="")
    detail = TextField(default="")
    document_id: int


class CompanyRequiredType(BaseModel):
    """A paper type this company must have (its «Falta: RUT» comes from here)."""

    company = ForeignKeyField(Company, backref="+", on_delete="CASCADE")
    document_type = ForeignKeyField(DocumentType, backref="+", on_delete="CASCADE")
    company_id: int
    document_type_id: int

    class Meta:
        primary_key = CompositeKey("company", "document_type")


class DocumentText(BaseModel):
    """What a document says, for search: extracted once per content (``checksum``), in the background.

    The dialect keeps its own full-text index over ``body`` (SQLite: an FTS5 table kept in step by
    triggers), so no engine's search syntax appears outside it. ``status``: "ok", "empty" (readable,
    no text), "failed" (unreadable, hostile, over its time limit), "needs_ocr" (scans, and no
    Tesseract when it was read: read again once it is installed)."""

    document = ForeignKeyField(Document, primary_key=True, backref="+", on_delete="CASCADE")
    checksum = CharField(max_length=64)
    status = CharField(max_length=16)
    body = TextField(default="")
    pages = IntegerField(default=0)
    ocr_pages = IntegerField(default=0)
    note = TextField(default="")
    extracted_at = DateTimeField(default=utcnow)
    document_id: int


class Setting(BaseModel):
    """A vault preference (mail server, message template). Secrets never go here: see core/mail_settings.py."""

    key = CharField(primary_key=True)
    value = TextField()


class MailRecord(BaseModel):
    """One attempt to send documents by e-mail, kept whether it worked or not (the accountant's proof)."""

    id = AutoField()
    sent_at = DateTimeField(default=utcnow)
    company = ForeignKeyField(Company, backref="+", null=True, on_delete="SET NULL")
    company_name = CharField()  # copied: the history outlives a purged company
    sender = CharField()
    to_addrs = TextField()
    cc_addrs = TextField(default="")
    bcc_addrs = TextField(default="")  # in no header of the message: only the history says who got a hidden copy
    subject = TextField()
    success = BooleanField()
    error = TextField(default="")
    company_id: int | None
    files: list[MailAttachment]  # filled by Catalog.mail_history(), not a column


class MailAttachment(BaseModel):
    """A file of a sent message; the name and size are copied so a purged document still reads in the history."""

    id = AutoField()
    mail = ForeignKeyField(MailRecord, backref="+", on_delete="CASCADE")
    document = ForeignKeyField(Document, backref="+", null=True, on_delete="SET NULL")
    filename = CharField()
    size = BigIntegerField()
    mail_id: int
    document_id: int | None


class ChangeLog(BaseModel):
    """One committed change, so that other processes (and later other computers) can follow it.

    ``origin`` is the writing catalog's random token: a process skips its own rows, which it has
    already announced. Rows older than a week are pruned at open."""

    id = AutoField()
    at = DateTimeField(default=utcnow, index=True)
    origin = CharField(max_length=32)
    kind = CharField(max_length=32)
    company_id = IntegerField(null=True)
    document_ids = TextField(default="")  # comma-separated


M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Models:
    """One catalog's bound model classes (subclasses of the ones above)."""

    Company: type[Company]
    DocumentType: type[DocumentType]
    Document: type[Document]
    Setting: type[Setting]
    MailRecord: type[MailRecord]
    MailAttachment: type[MailAttachment]
    ChangeLog: type[ChangeLog]
    DocumentText: type[DocumentText]
    DocumentTag: type[DocumentTag]
    DocumentEvent: type[DocumentEvent]
    CompanyRequiredType: type[CompanyRequiredType]

    def all(self) -> list[type[BaseModel]]:
        return [self.Company, self.DocumentType, self.Document, self.Setting, self.MailRecord, self.MailAttachment,
                self.ChangeLog, self.DocumentText, self.DocumentTag, self.DocumentEvent, self.CompanyRequiredType]


def _bound(base: type[M], db: Database, **fields: Any) -> type[M]:
    """A subclass of ``base`` on ``db`` with the same table; ``fields`` re-point foreign keys at
    the other bound classes (a key inherited from ``base`` would reach an unbound model)."""
    meta = type("Meta", (), {"database": db, "table_name": base._meta.table_name})
    attrs: dict[str, Any] = {"__module__": __name__, "__qualname__": base.__name__, "Meta": meta, **fields}
    return cast(type[M], type(base.__name__, (base,), attrs))


def bind(db: Database) -> Models:
    company = _bound(Company, db)
    doc_type = _bound(DocumentType, db)
    document = _bound(
        Document, db,
        company=ForeignKeyField(company, backref="+", on_delete="RESTRICT"),
        document_type=ForeignKeyField(doc_type, backref="+", null=True, on_delete="SET NULL"),
    )
    mail_record = _bound(MailRecord, db, company=ForeignKeyField(company, backref="+", null=True, on_delete="SET NULL"))
    attachment = _bound(
        MailAttachment, db,
        mail=ForeignKeyField(mail_record, backref="+", on_delete="CASCADE"),
        document=ForeignKeyField(document, backref="+", null=True, on_delete="SET NULL"),
    )
    text = _bound(DocumentText, db, document=ForeignKeyField(document, primary_key=True, backref="+", on_delete="CASCADE"))
    tag = _bound(DocumentTag, db, document=ForeignKeyField(document, backref="+", on_delete="CASCADE"))
    event = _bound(DocumentEvent, db, document=ForeignKeyField(document, backref="+", on_delete="CASCADE"))
    required = _bound(CompanyRequiredType, db, company=ForeignKeyField(company, backref="+", on_delete="CASCADE"),
                      document_type=ForeignKeyField(doc_type, backref="+", on_delete="CASCADE"))
    return Models(company, doc_type, document, _bound(Setting, db), mail_record, attachment, _bound(ChangeLog, db), text,
                  tag, event, required)
