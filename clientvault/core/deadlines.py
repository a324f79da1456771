"""«Por vencer» and what each client is missing (``Vault`` inherits these use cases): the papers
expired or about to expire across every company, with what to do about each, and the papers each
company must have that it lacks, has only expired, or has without the date its rule needs.

The rules are in ``paper_rules.py``, the queries in ``catalog/papers_sql.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from clientvault.core.catalog.models import Company, DocumentType
from clientvault.core.catalog.papers_sql import REQUIRED_DEFAULT, ExpiringRow
from clientvault.core.changes import Change
from clientvault.core.i18n import t
from clientvault.core.paper_rules import DUE_DAYS, EXPIRED_DAYS, action, status

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog


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


class DocumentDeadlines:
    """Mixed into ``Vault``."""

    if TYPE_CHECKING:
        catalog: Catalog

        def company(self, ref: int | str) -> Company: ...
        def document_type(self, ref: int | str) -> DocumentType: ...
        def _transaction(self, subject: str | None = None) -> AbstractContextManager[list[Change]]: ...

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


__all__ = ["DocumentDeadlines", "DueItem", "PaperGap"]
