"""What each paper is: the use cases of types, details, tags, suggestions and the NIT check
(``Vault`` inherits them).

The rules themselves are in ``paper_rules.py``; the SQL in ``catalog/papers_sql.py``; what a file's
name and text suggest in ``suggest.py``; «Por vencer» and the papers a company lacks in
``deadlines.py``; the history in ``history.py``. Nothing here is changed without the person asking:
suggestions are offered (``suggest_details``) and written only by ``accept_suggestion``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clientvault.core import errors
from clientvault.core import nit as nitlib
from clientvault.core.catalog.models import Company, Document, DocumentType, fold
from clientvault.core.changes import Change
from clientvault.core.i18n import t
from clientvault.core.paper_rules import (
    as_date,
    clean_period,
    clean_rule,
    rule_expiry,
    status,
    type_name,
)

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog
    from clientvault.core.suggest import Suggestion

log = logging.getLogger(__name__)
UNSET: Any = object()
# Types whose papers name the company they belong to: their NIT is checked against the company's.
OWNED_CODES = ("rut", "camara", "resolucion")
# The NITs of those who issue such papers and print their own NIT on each: the DIAN, and the
# largest Cámaras de Comercio (Bogotá, Medellín, Cali, Barranquilla). Never a paper's owner.
ISSUER_NITS = frozenset({"800197268", "860007322", "890905080", "890399001", "890102010"})
_OWNED_WORDS = {"rut": ("Este RUT", "This RUT"),
                "camara": ("Este certificado de Cámara de Comercio", "This Cámara de Comercio certificate"),
                "resolucion": ("Esta resolución de facturación", "This invoicing resolution")}


@dataclass
class DocumentDetails:
    doc: Document
    type: DocumentType | None
    tags: list[str]
    rule_expires: date | None  # what the type's rule alone gives (the date shown when none is entered)
    status: str  # "expired" | "due" | "ok" | "none"
    days_left: int | None


@dataclass
class OwnerMismatch:
    doc: Document
    company: Company
    nit: str  # as found, shown with its check digit: "900.123.456-7"
    owner: Company | None  # the company that has that NIT, when there is one
    type_label: str = ""
    type_code: str = ""  # one of OWNED_CODES: it says how the paper is named in the sentence

    @property
    def text(self) -> str:
        theirs = f" ({nit_display(self.company.nit)})" if self.company.nit else ""
        what = self.type_label or t("documento", "paper")
        # «Este Cámara de Comercio», «Este Resolución de facturación» read wrong: each its own words.
        this_es, this_en = _OWNED_WORDS.get(self.type_code, (f"Este {what}", f"This {what}"))
        es = f"{this_es} es del NIT {self.nit}, no de {self.company.name}{theirs}."
        en = f"{this_en} is for NIT {self.nit}, not {self.company.name}{theirs}."
        if self.owner is not None:
            stop = "" if self.owner.name.endswith(".") else "."  # «S.A.S.» ends the sentence itself
            es += f" Ese NIT es de {self.owner.name}{stop}"
            en += f" That NIT belongs to {self.owner.name}{stop}"
        return t(es, en)


@dataclass
class TransferReport:
    """What a move or a copy did: the documents now in the target, and the ones left, with why."""

    done: list[Document] = field(default_factory=list)
    skipped: list[tuple[Document, str]] = field(default_factory=list)


def nit_display(number: str | None) -> str:
    """"900.123.456-7": the number grouped by thousands, with its check digit."""
    if not number:
        return ""
    grouped = f"{int(number):,}".replace(",", ".")
    return f"{grouped}-{nitlib.check_digit(number)}"


class DocumentPapers:
    """Mixed into ``Vault``."""

    if TYPE_CHECKING:
        catalog: Catalog
        who: tuple[str, str]

        def company(self, ref: int | str) -> Company: ...
        def document(self, doc_id: int) -> Document: ...
        def _transaction(self, subject: str | None = None) -> AbstractContextManager[list[Change]]: ...
        def document_text(self, doc_id: int) -> Any: ...
        @property
        def mail(self) -> Any: ...

    # -- types -----------------------------------------------------------------------------------

    def document_types(self) -> list[DocumentType]:
        return self.catalog.types()

    def document_type(self, ref: int | str) -> DocumentType:
        """A type by id, code or name (accents and case aside), as the command line takes it."""
        found = None
        if isinstance(ref, int) or str(ref).strip().isdigit():
            found = self.catalog.type_by_id(int(ref))
        if found is None and isinstance(ref, str):
            found = self.catalog.type_by_name(ref)
        if found is None:
            raise errors.NotFound(t(f"No existe el tipo de documento «{ref}». Vea la lista con «clientvault types list».",
                                    f"There is no paper type “{ref}”. See the list with “clientvault types list”."))
        return found

    def add_document_type(self, name: str, rule: str = "none", rule_days: int | None = None,
                          rule_day: str | None = None) -> DocumentType:
        name, (rule, rule_days, rule_day) = self._clean_type(name, rule, rule_days, rule_day)
        try:
            with self._transaction() as changes:
                if self.catalog.type_name_taken(name):
                    raise errors.NameClash(name)
                found = self.catalog.add_type(name, rule, rule_days, rule_day)
                changes.append(Change("types_changed"))
        except errors.NameClash:
            raise errors.CompanyError(t(f"Ya hay un tipo de documento llamado «{name}».",
                                        f"There is already a paper type named “{name}”.")) from None
        return found

    def edit_document_type(self, type_id: int, *, name: str | None = None, rule: str | None = None,
                           rule_days: Any = UNSET, rule_day: Any = UNSET) -> DocumentType:
        """Rename a type or change its rule; the papers that follow the rule get its new date."""
        found = self.document_type(int(type_id))
        new_name, (new_rule, new_days, new_day) = self._clean_type(
            name if name is not None else found.name, rule if rule is not None else found.rule,
            found.rule_days if rule_days is UNSET else rule_days, found.rule_day if rule_day is UNSET else rule_day)
        if new_name != found.name:
            found.short_name = None  # the short «Cámara» was of the old name: the new one is shown whole
        found.name, found.rule, found.rule_days, found.rule_day = new_name, new_rule, new_days, new_day
        try:
            with self._transaction() as changes:
                if self.catalog.type_name_taken(new_name, but=found.id):
                    raise errors.NameClash(new_name)
                self.catalog.save_type(found)
                changes.append(Change("types_changed"))
        except errors.NameClash:
            raise errors.CompanyError(t(f"Ya hay un tipo de documento llamado «{new_name}».",
                                        f"There is already a paper type named “{new_name}”.")) from None
        return found

    @staticmethod
    def _clean_type(name: str, rule: str, rule_days: int | None,
                    rule_day: str | None) -> tuple[str, tuple[str, int | None, str | None]]:
        try:
            return type_name(name), clean_rule(rule, rule_days, rule_day)
        except ValueError as exc:
            raise errors.CompanyError(str(exc)) from None

    # -- details -----------------------------------------------------------------------------------

    def document_details(self, doc_id: int, today: date | None = None) -> DocumentDetails:
        doc = self.document(doc_id)
        found = self.catalog.type_by_id(doc.document_type_id) if doc.document_type_id else None
        by_rule = (rule_expiry(found.rule, found.rule_days, found.rule_day, as_date(doc.created), doc.period)
                   if found is not None else None)
        state, left = status(as_date(doc.expires_on), today or date.today())
        return DocumentDetails(doc, found, self.catalog.tags_of([doc.id])[doc.id], by_rule, state, left)

    def tags_of(self, doc_ids: Iterable[int]) -> dict[int, list[str]]:
        return self.catalog.tags_of(doc_ids)

    def all_tags(self) -> list[str]:
        return self.catalog.all_tags()

    def set_details(self, doc_ids: Sequence[int], *, doc_type: Any = UNSET, created: Any = UNSET,
                    period: Any = UNSET, expires: Any = UNSET, notes: Any = UNSET, tags: Any = UNSET,
                    add_tags: Iterable[str] = (), remove_tags: Iterable[str] = ()) -> list[Document]:
        """Change the given details of each document, in one transaction; each gets one line in its
        history naming what changed. ``expires``: a date entered by the person (kept whatever the
        rule says), or None to go back to the rule's date."""
        try:
            new_period = clean_period(period) if period is not UNSET else UNSET
        except ValueError as exc:
            raise errors.CompanyError(str(exc)) from None
        new_type = self.document_type(int(doc_type)) if doc_type not in (UNSET, None) else doc_type
        adding, removing = _tags(add_tags), _tags(remove_tags)
        replacing = None if tags is UNSET else _tags(tags)
        done = []
        with self._transaction() as changes:
            # Once, inside the transaction (a rename by another window meanwhile is seen): a bulk
            # edit of thousands would otherwise ask for each row's type again.
            types = {tp.id: tp for tp in self.catalog.types()}
            current_tags = self.catalog.tags_of(doc_ids)
            docs = self.catalog.documents_by_id(doc_ids)
            for doc_id in dict.fromkeys(int(i) for i in doc_ids):
                if doc_id not in docs:
                    continue  # purged meanwhile (another window emptied the trash)
                doc = docs[doc_id]
                before = _snapshot(types, doc, current_tags[doc_id])
                if new_type is not UNSET:
                    doc.document_type = new_type.id if new_type is not None else None  # type: ignore[assignment]
                if created is not UNSET:
                    doc.created = created
                if new_period is not UNSET:
                    doc.period = new_period
                if notes is not UNSET:
                    doc.notes = str(notes or "")
                if expires is not UNSET:
                    doc.expires_set = expires is not None
                    if expires is not None:
                        doc.expires_on = expires
                if not doc.expires_set:
                    kind = types.get(doc.document_type_id) if doc.document_type_id else None
                    doc.expires_on = (rule_expiry(kind.rule, kind.rule_days, kind.rule_day, as_date(doc.created),
                                                  doc.period) if kind is not None else None)
                self.catalog.save_document(doc, types)
                had = current_tags[doc_id]
                wanted = list(had) if replacing is None else list(replacing)
                wanted += adding
                gone = {fold(r) for r in removing}
                wanted = list({fold(tg): tg for tg in wanted if fold(tg) not in gone}.values())
                if {fold(tg) for tg in wanted} != {fold(tg) for tg in had}:
                    for tg in had:
                        self.catalog.remove_tag(doc_id, tg)
                    for tg in wanted:
                        self.catalog.add_tag(doc_id, tg)
                after = _snapshot(types, doc, sorted(wanted, key=fold))
                diff = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
                if diff:
                    self.catalog.add_event(doc_id, "details", *self.who, diff)
                    changes.append(Change("document_changed", doc.company_id, (doc_id,)))
                done.append(doc)
        return done

    # -- suggestions -------------------------------------------------------------------------------

    def suggest_details(self, doc_id: int) -> Suggestion:
        """What the file's name and, once read, its text suggest: type, date, period, expiry, NITs."""
        from dataclasses import replace

        from clientvault.core.suggest import suggest

        doc = self.document(doc_id)
        text = self.document_text(doc_id)
        body = text.body if text is not None else ""
        # The name the accountant gave it says more than the scanner's «scan0001.pdf» it came as.
        found = suggest(doc.filename, body)
        if found.type_code is None and doc.original_filename and doc.original_filename != doc.filename:
            found = suggest(doc.original_filename, body)
        kind = self.catalog.type_by_code(found.type_code) if found.type_code else None
        return replace(found, type_id=kind.id if kind is not None else None)

    def accept_suggestion(self, doc_ids: Sequence[int]) -> list[Document]:
        """Write each document's own suggestion into the details it does not have yet (a type, a
        date, a period, an expiry date); what the person already set is never overwritten."""
        done = []
        for doc_id in doc_ids:
            doc = self.document(doc_id)
            found = self.suggest_details(doc_id)
            fields: dict[str, Any] = {}
            if found.type_id is not None and doc.document_type_id is None:
                fields["doc_type"] = found.type_id
            if found.created is not None and doc.created is None:
                fields["created"] = found.created
            if found.period is not None and not doc.period:
                fields["period"] = found.period
            if found.expires is not None and not doc.expires_set:
                fields["expires"] = found.expires
            if fields:
                done += self.set_details([doc_id], **fields)
        return done

    def owner_mismatch(self, doc_id: int) -> OwnerMismatch | None:
        """When the text of a RUT, Cámara certificate or resolución names NITs and none is its
        company's: the one of another company of the vault if there is one (the paper's owner),
        else the first that is not an issuer's (the DIAN and the Cámaras print their own NIT on
        every paper they issue). A company without a NIT is warned only when the paper names
        another company's."""
        doc = self.document(doc_id)
        found = self.suggest_details(doc_id)
        kind = self.catalog.type_by_id(doc.document_type_id) if doc.document_type_id else None
        code = kind.code if kind is not None else found.type_code
        if code not in OWNED_CODES or not found.nits:
            return None
        company = self.company(doc.company_id)
        if company.nit and company.nit in found.nits:
            return None
        others = {c.nit: c for c in self.catalog.all_companies()
                  if c.nit and c.removed_at is None and c.id != company.id}
        owned = [n for n in found.nits if n in others]
        if owned:
            nit = owned[0]
        elif company.nit:
            strangers = [n for n in found.nits if n not in ISSUER_NITS]
            if not strangers:
                return None
            nit = strangers[0]
        else:
            return None
        label = kind.name if kind is not None else next(
            (tp.name for tp in self.catalog.types() if tp.code == code), "")
        return OwnerMismatch(doc, company, nit_display(nit), others.get(nit), label, code or "")


def _tags(given: Iterable[str]) -> list[str]:
    """Tags as stored: single-spaced, never holding «,» or «;» (the details panel and the export
    manifest list tags with them), so «banco; crédito» is two tags."""
    out = []
    for tag in given:
        out += [" ".join(part.split()) for part in str(tag).replace(";", ",").split(",") if part.strip()]
    return out


def _snapshot(types: dict[int, DocumentType], doc: Document, tags: list[str]) -> dict[str, Any]:
    """The details of ``doc`` as the history words them (names and ISO dates)."""
    kind = types.get(doc.document_type_id) if doc.document_type_id else None
    created, expires = as_date(doc.created), as_date(doc.expires_on)
    return {"type": kind.name if kind is not None else "", "created": created.isoformat() if created else "",
            "period": doc.period or "", "expires": expires.isoformat() if expires else "",
            "notes": doc.notes or "", "tags": ", ".join(tags)}



__all__ = ["OWNED_CODES", "UNSET", "DocumentDetails", "DocumentPapers", "OwnerMismatch", "TransferReport",
           "nit_display"]
