"""What each paper is and when it expires: the use cases of types, details, tags, suggestions,
«Por vencer», the papers a company must have, and the history (``Vault`` inherits them).

The rules themselves are in ``paper_rules.py``; the SQL in ``catalog/papers_sql.py``; what a file's
name and text suggest in ``suggest.py``. Nothing here is changed without the person asking:
suggestions are offered (``suggest_details``) and written only by ``accept_suggestion``.
"""

from __future__ import annotations

import getpass
import json
import logging
import socket
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from clientvault.core import errors
from clientvault.core import nit as nitlib
from clientvault.core.catalog.models import Company, Document, DocumentType, fold
from clientvault.core.catalog.papers_sql import REQUIRED_DEFAULT, ExpiringRow, _as_date
from clientvault.core.changes import Change
from clientvault.core.i18n import t
from clientvault.core.paper_rules import (
    DUE_DAYS,
    EXPIRED_DAYS,
    action,
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


def current_user() -> tuple[str, str]:
    """The person's user name and the computer's name, as the history records them."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account, a container): the history says nobody
        user = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return user, host


@dataclass
class DocumentDetails:
    doc: Document
    type: DocumentType | None
    tags: list[str]
    rule_expires: date | None  # what the type's rule alone gives (the date shown when none is entered)
    status: str  # "expired" | "due" | "ok" | "none"
    days_left: int | None


@dataclass
class DueItem:
    doc: ExpiringRow  # id, company_id, document_type_id, filename, created, expires_on
    company: Company
    type: DocumentType | None
    expires_on: date
    status: str  # "expired" | "due"
    days_left: int
    action: str


@dataclass
class PaperGap:
    company_id: int
    type: DocumentType
    state: str  # "missing" | "expired" | "undated" (it has some, none with the date its rule needs)

    @property
    def text(self) -> str:
        if self.state == "missing":
            return t(f"Falta: {self.type.label}", f"Missing: {self.type.label}")
        if self.state == "undated":
            return t(f"Sin fecha: {self.type.label}", f"No date: {self.type.label}")
        return t(f"Vencido: {self.type.label}", f"Expired: {self.type.label}")


@dataclass
class HistoryEntry:
    at: datetime
    kind: str
    user: str
    computer: str
    text: str


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
        by_rule = (rule_expiry(found.rule, found.rule_days, found.rule_day, _as_date(doc.created), doc.period)
                   if found is not None else None)
        state, left = status(_as_date(doc.expires_on), today or date.today())
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
                    doc.expires_on = (rule_expiry(kind.rule, kind.rule_days, kind.rule_day, _as_date(doc.created),
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

    # -- «Por vencer» --------------------------------------------------------------------------------

    def due(self, days: int = DUE_DAYS, company_id: int | None = None, today: date | None = None,
            expired_days: int | None = EXPIRED_DAYS) -> list[DueItem]:
        """Papers expired, or expiring within ``days`` days, of every live company (or one):
        expired first, then the soonest. Those expired more than ``expired_days`` days ago are
        left out unless it is None: a contract that ended three years ago is history, not work
        to do (a company still without a valid paper it must have says so in the sidebar)."""
        from datetime import timedelta

        today = today or date.today()
        since = today - timedelta(days=int(expired_days)) if expired_days is not None else None
        companies = {c.id: c for c in self.catalog.all_companies()}
        types = {tp.id: tp for tp in self.catalog.types()}
        words: dict[tuple[int | None, bool], str] = {}  # one action per type and state, not per row
        items = []
        for row in self.catalog.expiring(today + timedelta(days=int(days)), company_id, since):
            kind = types.get(row.document_type_id) if row.document_type_id else None
            state, left = status(row.expires_on, today, int(days))
            key = (row.document_type_id, state == "expired")
            if key not in words:
                words[key] = action(kind.code if kind else None, kind.rule if kind else "own",
                                    kind.rule_day if kind else None, state == "expired")
            items.append(DueItem(row, companies[row.company_id], kind, row.expires_on, state, int(left or 0),
                                 words[key]))
        return items

    def due_count(self, days: int = DUE_DAYS, today: date | None = None,
                  expired_days: int | None = EXPIRED_DAYS) -> int:
        """How many ``due`` lists, counted by the database (the sidebar's badge asks after every change)."""
        from datetime import timedelta

        today = today or date.today()
        since = today - timedelta(days=int(expired_days)) if expired_days is not None else None
        return self.catalog.count_expiring(today + timedelta(days=int(days)), since=since)

    # -- what each company must have -----------------------------------------------------------------

    def required_types(self, company_id: int) -> list[DocumentType]:
        ids = set(self.catalog.required_type_ids(company_id))
        return [tp for tp in self.catalog.types() if tp.id in ids]

    def set_required_types(self, company_id: int, type_ids: Sequence[int]) -> None:
        company = self.company(company_id)
        with self._transaction() as changes:
            self.catalog.set_required_type_ids(company.id, [self.document_type(int(i)).id for i in type_ids])
            changes.append(Change("company_changed", company.id))

    def default_required_types(self) -> list[DocumentType]:
        ids = set(self.catalog.default_required_ids())
        return [tp for tp in self.catalog.types() if tp.id in ids]

    def set_default_required_types(self, type_ids: Sequence[int]) -> None:
        ids = [self.document_type(int(i)).id for i in type_ids]
        with self._transaction() as changes:
            self.catalog.put_settings({REQUIRED_DEFAULT: json.dumps(ids)})
            changes.append(Change("settings_changed"))

    def paper_gaps(self, today: date | None = None) -> dict[int, list[PaperGap]]:
        """Every live company that lacks a paper it must have, whose papers of that type have all
        expired, or whose papers of a type that expires carry no date to tell (an undated Cámara
        certificate is no proof for a bank): company id -> its gaps, in type order."""
        today = today or date.today()
        types = {tp.id: tp for tp in self.catalog.types()}
        order = {tp_id: i for i, tp_id in enumerate(types)}
        gaps: dict[int, list[PaperGap]] = {}
        for company_id, type_id, count, latest, undated in self.catalog.gap_rows():
            kind = types.get(type_id)
            if kind is None:
                continue
            if count == 0:
                state = "missing"
            elif latest is not None and latest >= today:
                state = ""  # one of them is valid today
            elif undated:
                state = "" if kind.rule == "none" else "undated"
            else:
                state = "expired"
            if state:
                gaps.setdefault(company_id, []).append(PaperGap(company_id, kind, state))
        for found in gaps.values():
            found.sort(key=lambda g: order.get(g.type.id, 0))
        return gaps

    # -- history ---------------------------------------------------------------------------------------

    def history(self, doc_id: int) -> list[HistoryEntry]:
        """What happened to a document, oldest first: the events recorded with it and its e-mails."""
        doc = self.document(doc_id)
        entries = [HistoryEntry(e.at, e.kind, e.user, e.computer, describe_event(e.kind, e.detail))
                   for e in self.catalog.events_of(doc.id)]
        for record in self.mail.history(document_id=doc.id):
            sent = record.success
            who = ", ".join(a for a in (record.to_addrs, record.cc_addrs) if a)
            entries.append(HistoryEntry(record.sent_at, "mailed", "", "", t(
                f"Enviado por correo a {who}" if sent else f"No se pudo enviar por correo a {who}",
                f"Sent by e-mail to {who}" if sent else f"Could not be sent by e-mail to {who}")))
        return sorted(entries, key=lambda e: e.at)

    def record(self, doc_id: int, kind: str, detail: dict[str, Any] | None = None) -> None:
        """One line of history, inside the caller's transaction."""
        self.catalog.add_event(doc_id, kind, *self.who, detail)


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
    created, expires = _as_date(doc.created), _as_date(doc.expires_on)
    return {"type": kind.name if kind is not None else "", "created": created.isoformat() if created else "",
            "period": doc.period or "", "expires": expires.isoformat() if expires else "",
            "notes": doc.notes or "", "tags": ", ".join(tags)}


_FIELD_WORDS = {"type": ("tipo", "type"), "created": ("fecha", "date"), "period": ("periodo", "period"),
                "expires": ("vence", "expires"), "notes": ("notas", "notes"), "tags": ("etiquetas", "tags")}


def _day_words(iso: str) -> str:
    """A history date as the window writes dates: 15/03/2024 in Spanish, 03/15/2024 in English."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return t(day.strftime("%d/%m/%Y"), day.strftime("%m/%d/%Y"))


def describe_event(kind: str, detail_json: str) -> str:
    """A history line in the reader's language."""
    try:
        detail: dict[str, Any] = json.loads(detail_json) if detail_json else {}
    except ValueError:
        detail = {}
    name = str(detail.get("name", ""))
    if kind == "added":
        return t(f"Subido ({name})", f"Uploaded ({name})") if name else t("Subido", "Uploaded")
    if kind == "renamed":
        return t(f"Renombrado de «{detail.get('old', '')}» a «{detail.get('new', '')}»",
                 f"Renamed from “{detail.get('old', '')}” to “{detail.get('new', '')}”")
    if kind == "moved":
        return t(f"Movido de {detail.get('from', '')} a {detail.get('to', '')}",
                 f"Moved from {detail.get('from', '')} to {detail.get('to', '')}")
    if kind == "copied":
        if "to" in detail:
            return t(f"Copiado a {detail['to']}", f"Copied to {detail['to']}")
        return t(f"Copia de «{name}» de {detail.get('from', '')}", f"Copy of “{name}” from {detail.get('from', '')}")
    if kind == "deleted":
        return t("Enviado a la papelera", "Moved to the trash")
    if kind == "restored":
        return t("Restaurado de la papelera", "Restored from the trash")
    if kind == "accepted":
        return t("Se aceptó su contenido actual", "Its current content was accepted")
    if kind == "details":
        parts = []
        for key, (old, new) in detail.items():
            es, en = _FIELD_WORDS.get(key, (key, key))
            if key == "notes":
                parts.append(t("notas cambiadas", "notes changed"))
            else:
                if key in ("created", "expires"):
                    old, new = _day_words(old), _day_words(new)
                parts.append(t(f"{es}: {old or '—'} → {new or '—'}", f"{en}: {old or '—'} → {new or '—'}"))
        return t("Datos cambiados: ", "Details changed: ") + "; ".join(parts)
    return kind


__all__ = ["OWNED_CODES", "UNSET", "DocumentDetails", "DocumentPapers", "DueItem", "HistoryEntry", "OwnerMismatch",
           "PaperGap", "TransferReport", "current_user", "describe_event", "nit_display"]
