"""The catalog's queries and writes for what each paper is: types and their rules, tags, the
history, the papers each company must have, and what expires (mixed into ``Catalog``).

Every write here runs inside the vault's transaction (``Vault._transaction``), which logs and
announces the change; these methods only speak SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from peewee import JOIN, Case, Database, IntegrityError, fn

from clientvault.core import errors
from clientvault.core.catalog import models as rows
from clientvault.core.catalog.dialect import Dialect
from clientvault.core.catalog.models import LAST_KEY, fold, sort_key, utcnow
from clientvault.core.paper_rules import RENEWABLE_RULES, as_date, rule_expiry

REQUIRED_DEFAULT = "papers.required_default"  # the setting: type ids a new company must have (JSON)
TYPE_NAME_UNIQUE = "document_type_name"


def tag_key(tag: str) -> str:
    return fold(" ".join(tag.split()))


class CatalogPapers:
    """Mixed into ``Catalog``, whose database and bound models these are."""

    db: Database
    dialect: Dialect
    Company: type[rows.Company]
    Document: type[rows.Document]
    DocumentType: type[rows.DocumentType]
    DocumentTag: type[rows.DocumentTag]
    DocumentEvent: type[rows.DocumentEvent]
    CompanyRequiredType: type[rows.CompanyRequiredType]

    Setting: type[rows.Setting]

    if TYPE_CHECKING:  # in catalog.py
        def setting(self, key: str) -> str | None: ...
        def put_settings(self, values: dict[str, str]) -> None: ...

    def settings_like(self, prefix: str) -> list[tuple[str, str]]:
        S = self.Setting
        query = S.select(S.key, S.value).where(S.key.startswith(prefix)).order_by(S.key)
        return list(cast(Iterable[tuple[str, str]], query.tuples()))

    def forget_setting(self, key: str) -> None:
        self.Setting.delete().where(self.Setting.key == key).execute()

    # -- types -------------------------------------------------------------------------------------

    def types(self) -> list[rows.DocumentType]:
        T = self.DocumentType
        return list(T.select().order_by(T.sort_key, T.id))

    def type_by_id(self, type_id: int) -> rows.DocumentType | None:
        return self.DocumentType.get_or_none(self.DocumentType.id == int(type_id))

    def type_by_code(self, code: str) -> rows.DocumentType | None:
        return self.DocumentType.get_or_none(self.DocumentType.code == code)

    def type_by_name(self, text: str) -> rows.DocumentType | None:
        """By code ("camara") first, then by name or short name, accents and case aside
        ("certificado de camara de comercio", "Cámara")."""
        by_code = self.type_by_code(text.strip().lower())
        if by_code is not None:
            return by_code
        key = fold(" ".join(text.split()))
        for found in self.types():
            if fold(found.name) == key or (found.short_name and fold(found.short_name) == key):
                return found
        return None

    def type_name_taken(self, name: str, but: int | None = None) -> bool:
        """Whether another type is called so (or has it as its short name or code), accents and
        case aside: «Cámara» beside «Certificado de Cámara de Comercio» (short «Cámara») would make
        the command line's «--type camara» and the suggestions mean two things."""
        key = fold(" ".join(name.split()))
        return any(tp.id != but and key in {fold(tp.name), fold(tp.short_name or ""), tp.code or ""}
                   for tp in self.types())

    def add_type(self, name: str, rule: str, rule_days: int | None, rule_day: str | None) -> rows.DocumentType:
        try:
            with self.db.atomic():
                return self.DocumentType.create(name=name, rule=rule, rule_days=rule_days, rule_day=rule_day,
                                                sort_key=sort_key(name))
        except IntegrityError as exc:
            if self.dialect.is_unique_violation(exc, TYPE_NAME_UNIQUE):
                raise errors.NameClash(name) from None
            raise

    def save_type(self, doc_type: rows.DocumentType) -> None:
        """Save a renamed or re-ruled type; its documents then sort under the new name, and those
        whose expiry comes from the rule get the rule's new date."""
        doc_type.sort_key = sort_key(doc_type.name)
        try:
            with self.db.atomic():
                doc_type.save()
        except IntegrityError as exc:
            if self.dialect.is_unique_violation(exc, TYPE_NAME_UNIQUE):
                raise errors.NameClash(doc_type.name) from None
            raise
        D = self.Document
        D.update({D.type_key: doc_type.sort_key}).where(D.document_type == doc_type.id).execute()
        self._rule_dates(doc_type)

    def _rule_dates(self, doc_type: rows.DocumentType) -> list[int]:
        """Give the documents of ``doc_type`` that follow its rule the date it gives them now."""
        D = self.Document
        query = D.select(D.id, D.created, D.period, D.expires_on).where(
            (D.document_type == doc_type.id) & (D.expires_set == False))  # noqa: E712 (peewee's SQL)
        changed = []
        for doc_id, created, period, old in cast(Iterable[tuple[int, Any, Any, Any]], query.tuples()):
            new = rule_expiry(doc_type.rule, doc_type.rule_days, doc_type.rule_day, as_date(created), period)
            if new != as_date(old):
                changed.append((doc_id, new))
        for start in range(0, len(changed), 500):
            chunk = changed[start:start + 500]
            ids = [doc_id for doc_id, _ in chunk]
            D.update({D.expires_on: Case(D.id, chunk),
                      D.expires_key: Case(D.id, [(i, d.isoformat() if d else LAST_KEY) for i, d in chunk])}
                     ).where(D.id.in_(ids)).execute()
        return [doc_id for doc_id, _ in changed]

    def key_papers(self, doc: rows.Document, types: dict[int, rows.DocumentType] | None = None) -> None:
        """The sort columns of ``doc``'s type, period and expiry, before it is saved (``types`` by id,
        when the caller has them: a bulk edit of thousands would look each one up again)."""
        type_id = doc.document_type_id
        found = None if type_id is None else types.get(type_id) if types is not None else self.type_by_id(type_id)
        doc.type_key = found.sort_key if found is not None and found.sort_key else LAST_KEY
        doc.period_key = doc.period or LAST_KEY
        expires = as_date(doc.expires_on)
        doc.expires_key = expires.isoformat() if expires is not None else LAST_KEY

    # -- tags --------------------------------------------------------------------------------------

    def documents_by_id(self, doc_ids: Iterable[int]) -> dict[int, rows.Document]:
        D, ids = self.Document, sorted({int(i) for i in doc_ids})
        found: dict[int, rows.Document] = {}
        for start in range(0, len(ids), 900):
            found.update((d.id, d) for d in D.select().where(D.id.in_(ids[start:start + 900])))
        return found

    def tags_of(self, doc_ids: Iterable[int]) -> dict[int, list[str]]:
        G, ids = self.DocumentTag, sorted({int(i) for i in doc_ids})
        out: dict[int, list[str]] = {i: [] for i in ids}
        for start in range(0, len(ids), 900):
            q = G.select(G.document, G.tag).where(G.document.in_(ids[start:start + 900])).order_by(G.tag_key)
            for doc_id, tag in cast(Iterable[tuple[int, str]], q.tuples()):
                out[doc_id].append(tag)
        return out

    def all_tags(self) -> list[str]:
        G = self.DocumentTag
        query = G.select(fn.MIN(G.tag)).group_by(G.tag_key).order_by(G.tag_key)
        return [tag for (tag,) in cast(Iterable[tuple[str]], query.tuples())]

    def add_tag(self, doc_id: int, tag: str) -> None:
        G = self.DocumentTag
        G.insert(document=doc_id, tag=" ".join(tag.split()), tag_key=tag_key(tag)).on_conflict_ignore().execute()

    def remove_tag(self, doc_id: int, tag: str) -> None:
        G = self.DocumentTag
        G.delete().where((G.document == doc_id) & (G.tag_key == tag_key(tag))).execute()

    # -- history -------------------------------------------------------------------------------------

    def add_event(self, doc_id: int, kind: str, user: str, computer: str, detail: dict[str, Any] | None = None) -> None:
        # The dialect's plain INSERT: every imported file writes one, on the hot path.
        self.dialect.insert_row(self.db, "document_event", ("document_id", "at", "kind", "user", "computer", "detail"),
                                (doc_id, utcnow(), kind, user, computer,
                                 json.dumps(detail, ensure_ascii=False) if detail else ""))

    def events_of(self, doc_id: int) -> list[rows.DocumentEvent]:
        E = self.DocumentEvent
        return list(E.select().where(E.document == int(doc_id)).order_by(E.id))

    # -- required papers -----------------------------------------------------------------------------

    def required_type_ids(self, company_id: int) -> list[int]:
        R = self.CompanyRequiredType
        query = cast(Iterable[tuple[int]], R.select(R.document_type).where(R.company == int(company_id)).tuples())
        return [type_id for (type_id,) in query]

    def set_required_type_ids(self, company_id: int, type_ids: Sequence[int]) -> None:
        R = self.CompanyRequiredType
        R.delete().where(R.company == int(company_id)).execute()
        if type_ids:
            R.insert_many([{"company": int(company_id), "document_type": int(t)} for t in dict.fromkeys(type_ids)]
                          ).execute()

    def default_required_ids(self) -> list[int]:
        raw = self.setting(REQUIRED_DEFAULT)
        try:
            ids = [int(i) for i in json.loads(raw)] if raw else []
        except (ValueError, TypeError):
            ids = []
        known = {t.id for t in self.types()}
        return [i for i in ids if i in known]

    def gap_rows(self) -> list[tuple[int, int, int, date | None, int]]:
        """Per live company and each type it must have: (company, type, live papers of that type,
        the latest expiry among them, how many have no expiry date)."""
        R, C, D = self.CompanyRequiredType, self.Company, self.Document
        undated = fn.SUM(Case(None, [(D.id.is_null(False) & D.expires_on.is_null(), 1)], 0))
        query = (R.select(R.company, R.document_type, fn.COUNT(D.id), fn.MAX(D.expires_on), undated)
                 .join(C, on=(C.id == R.company))
                 .join(D, JOIN.LEFT_OUTER, on=((D.company == R.company) & (D.document_type == R.document_type)
                                                & D.deleted_at.is_null()))
                 .where(C.removed_at.is_null())
                 .group_by(R.company, R.document_type))
        found = cast(Iterable[tuple[int, int, int, Any, Any]], query.tuples())
        return [(c, tp, int(n), as_date(latest), int(nv or 0)) for c, tp, n, latest, nv in found]

    # -- what expires ----------------------------------------------------------------------------------

    def expiring(self, until: date, company_id: int | None = None, since: date | None = None) -> list[ExpiringRow]:
        """Live documents of live companies expiring on or before ``until`` (the expired too, since
        ``since`` when given), soonest first, as plain rows. A renewable paper (``renewable``) is left out when another
        of its type in its company expires later (a certificate renewed), or on the same day and
        came in later (the same certificate uploaded twice).

        Two plain queries, each an index range: the latest expiry of every company's every type,
        and the dated papers up to ``until``; which of them a newer one replaces is decided here.
        As one query with an EXISTS per row, and peewee objects, 18,000 listed papers of 100,000
        took over a second (bench/due.py)."""
        D, C = self.Document, self.Company
        renewing = {tp.id for tp in self.types() if renewable(tp.rule, tp.code)}
        latest = D.select(D.company, D.document_type, fn.MAX(D.expires_on)).where(
            D.deleted_at.is_null() & D.document_type.is_null(False)
            & D.document_type.in_(sorted(renewing) or [0])).group_by(D.company, D.document_type)
        if company_id is not None:
            latest = latest.where(D.company == int(company_id))
        last = {(c, tp): as_date(when) for c, tp, when in self._raw(latest)}
        query = (D.select(D.id, D.company, D.document_type, D.filename, D.created, D.expires_on)
                 .join_from(D, C, on=D.company)
                 .where(D.deleted_at.is_null() & D.expires_on.is_null(False) & (D.expires_on <= until)
                        & C.removed_at.is_null())
                 .order_by(D.expires_on, C.sort_key, D.sort_key, D.id))
        if company_id is not None:
            query = query.where(D.company == int(company_id))
        if since is not None:
            query = query.where(D.expires_on >= since)
        found: list[ExpiringRow] = []
        kept: dict[tuple[int, int], int] = {}  # the one paper kept of a renewable type's latest date
        for doc_id, cid, type_id, filename, created, expires in self._raw(query):
            when = as_date(expires)
            assert when is not None
            if type_id in renewing:
                key = (cid, type_id)
                if when != last.get(key):
                    continue
                if key in kept:  # the same day twice: the one that came in later stays
                    if doc_id < found[kept[key]].id:
                        continue
                    found[kept[key]] = ExpiringRow(doc_id, cid, type_id, filename, as_date(created), when)
                    continue
                kept[key] = len(found)
            found.append(ExpiringRow(doc_id, cid, type_id, filename, as_date(created), when))
        return found

    def _raw(self, query: Any) -> Iterable[tuple[Any, ...]]:
        """The rows of ``query`` as the driver gives them: peewee's conversion of each value (the
        dates above all) was a third of «Por vencer»'s time; the callers read dates with as_date."""
        sql, params = query.sql()
        return cast(Iterable[tuple[Any, ...]], self.db.execute_sql(sql, params).fetchall())

    def count_expiring(self, until: date, company_id: int | None = None, since: date | None = None) -> int:
        """How many ``expiring`` lists, counted by the database (the sidebar's badge, after every
        change): the papers of types no newer one replaces, plus one per company and renewable type
        whose latest paper expires by ``until`` (the one ``expiring`` keeps). 16,000 rows read to
        be counted took a quarter of a second."""
        D, C = self.Document, self.Company
        renewing = sorted({tp.id for tp in self.types() if renewable(tp.rule, tp.code)}) or [0]
        plain = (D.select(fn.COUNT(D.id)).join_from(D, C, on=D.company)
                 .where(D.deleted_at.is_null() & D.expires_on.is_null(False) & (D.expires_on <= until)
                        & C.removed_at.is_null() & (D.document_type.is_null() | D.document_type.not_in(renewing))))
        groups = (D.select(D.company, D.document_type).join_from(D, C, on=D.company)
                  .where(D.deleted_at.is_null() & D.document_type.in_(renewing) & C.removed_at.is_null())
                  .group_by(D.company, D.document_type).having(fn.MAX(D.expires_on) <= until))
        if company_id is not None:
            plain = plain.where(D.company == int(company_id))
            groups = groups.where(D.company == int(company_id))
        if since is not None:
            plain = plain.where(D.expires_on >= since)
            groups = groups.having((fn.MAX(D.expires_on) <= until) & (fn.MAX(D.expires_on) >= since))
        return int(plain.scalar() or 0) + int(groups.count())


@dataclass(frozen=True, slots=True)
class ExpiringRow:
    """A paper «Por vencer» lists: what the view, the export and the command line show of it."""

    id: int
    company_id: int
    document_type_id: int | None
    filename: str
    created: date | None
    expires_on: date


def renewable(rule: str, code: str | None) -> bool:
    """Papers renewed again and again, a newer one making the older one's expiry moot: those whose
    rule counts from their date or the year, and resoluciones de facturación (the new one replaces
    the old). Contracts and pólizas are not: a company may hold several at once, each ending on its own."""
    return rule in RENEWABLE_RULES or code == "resolucion"


__all__ = ["REQUIRED_DEFAULT", "CatalogPapers", "ExpiringRow", "renewable", "tag_key"]
