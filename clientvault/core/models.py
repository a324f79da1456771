"""Peewee models. Field names follow Paperless-ngx's document model (see DESIGN.md).

Times are stored in UTC without a zone (``utcnow()``); the window shows them in local time.
``name_key`` columns hold the case-folded name so uniqueness and search ignore case for every
alphabet, which SQLite's NOCASE (ASCII only) does not.
"""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def name_key(name: str) -> str:
    return name.casefold()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


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

    @property
    def nit_display(self) -> str:
        return f"{self.nit}-{self.dv}" if self.nit else ""


class DocumentType(BaseModel):
    """RUT, Cámara de Comercio, Resolución de facturación...: a label an accountant files by."""

    id = AutoField()
    name = CharField(unique=True)


class Document(BaseModel):
    id = AutoField()
    company = ForeignKeyField(Company, backref="documents", on_delete="RESTRICT")
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
    document_type = ForeignKeyField(DocumentType, null=True, on_delete="SET NULL")
    expires_on = DateField(null=True)
    company_id: int  # the foreign key's raw value, which peewee provides beside ``company``

    @property
    def format_code(self) -> str:
        from clientvault.core.filetypes import kind_for_mime

        kind = kind_for_mime(self.mime_type)
        return kind.code if kind else "bin"

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


class Setting(BaseModel):
    """A vault preference (mail server, message template). Secrets never go here: see core/mail_settings.py."""

    key = CharField(primary_key=True)
    value = TextField()


class MailRecord(BaseModel):
    """One attempt to send documents by e-mail, kept whether it worked or not (the accountant's proof)."""

    id = AutoField()
    sent_at = DateTimeField(default=utcnow)
    company = ForeignKeyField(Company, null=True, on_delete="SET NULL")
    company_name = CharField()  # copied: the history outlives a purged company
    sender = CharField()
    to_addrs = TextField()
    cc_addrs = TextField(default="")
    subject = TextField()
    success = BooleanField()
    error = TextField(default="")
    company_id: int | None
    files: list[MailAttachment]  # filled by core.outbox.history(), not a column


class MailAttachment(BaseModel):
    """A file of a sent message; the name and size are copied so a purged document still reads in the history."""

    id = AutoField()
    mail = ForeignKeyField(MailRecord, backref="attachments", on_delete="CASCADE")
    document = ForeignKeyField(Document, null=True, on_delete="SET NULL")
    filename = CharField()
    size = BigIntegerField()
    mail_id: int
    document_id: int | None


MODELS = [Company, DocumentType, Document, Setting, MailRecord, MailAttachment]
