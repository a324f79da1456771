"""Removed companies: a company removed with its files stays, hidden, as long as its trash holds
them, and can come back with the files that went with it (the window's «Empresas quitadas»).
``Vault`` inherits these use cases."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from clientvault.core import errors
from clientvault.core.catalog.models import Company, Document
from clientvault.core.changes import Change
from clientvault.core.i18n import t

if TYPE_CHECKING:
    from clientvault.core.catalog import Catalog


@dataclass
class RemovedCompany:
    """A removed company kept for its trash: its files there and when it was removed."""

    company: Company
    count: int  # files in its trash
    total_size: int
    removed_at: datetime


@dataclass
class RestoredCompany:
    company: Company
    restored: int  # the files that went to the trash with the company, back in place
    still_in_trash: int  # the files that were already in its trash before it was removed


class RemovedCompanies:
    """The removed-company use cases of ``Vault``."""

    if TYPE_CHECKING:  # what they use of the vault (defined in vault.py and files.py)
        catalog: Catalog

        def company(self, ref: int | str) -> Company: ...
        def lock_company(self, company_id: int) -> AbstractContextManager[None]: ...
        def _transaction(self, subject: str | None = None) -> AbstractContextManager[list[Change]]: ...
        def _revive_company(self, company: Company, changes: list[Change]) -> None: ...
        def restore(self, doc_ids: list[int], progress: Callable[[int, int], None] | None = None) -> list[Document]: ...

    def removed_companies(self) -> list[RemovedCompany]:
        """The removed companies still kept (their trash is not empty), the most recently removed first."""
        found = []
        for company in self.catalog.all_companies():
            if company.removed_at is not None:
                count, size = self.catalog.totals(company.id, trash=True)
                found.append(RemovedCompany(company, count, size, company.removed_at))
        return sorted(found, key=lambda r: r.removed_at, reverse=True)

    def restore_company(self, company_id: int, progress: Callable[[int, int], None] | None = None) -> RestoredCompany:
        """Bring a removed company back, with the files that went to its trash when it was removed
        (under their old names where still free). Files it had put in its trash before stay there.
        A live company of the same name meanwhile: this one comes back as «<name> (restaurada)».
        ``progress(done, total)`` as its files come back."""
        with self.lock_company(company_id):
            company = self.catalog.company(company_id, include_removed=True)
            if company is None or company.removed_at is None:
                raise errors.NotFound(t(
                    "Esa empresa ya no está entre las quitadas: se restauró o su papelera se vació.",
                    "That company is no longer among the removed ones: it was restored or its trash was emptied."))
            removed_at = company.removed_at
            with self._transaction() as changes:
                self._revive_company(company, changes)
            restored = self.restore(_went_with(self.catalog.trashed(company_id=company.id), removed_at), progress)
            left, _size = self.catalog.totals(company.id, trash=True)
        return RestoredCompany(self.company(company.id), len(restored), left)


# Files trashed less than this apart belong to one removal (an older release trashed a company's
# files one by one and only then stamped removed_at).
_ONE_REMOVAL = timedelta(seconds=60)


def _went_with(trashed: list[Document], removed_at: datetime) -> list[int]:
    """The trashed documents that went to the trash when their company was removed. This release
    stamps ``removed_at`` first, so they are the ones deleted at or after it; a company an older
    release removed has none so stamped (it stamped after trashing them), and then they are the
    last run of deletions before the stamp, none more than a minute after the one before."""
    dated = sorted(((d.deleted_at, d.id) for d in trashed if d.deleted_at is not None), reverse=True)
    after = [doc_id for when, doc_id in dated if when >= removed_at]
    if after or not dated:
        return after
    run: list[int] = []
    newer = removed_at
    for when, doc_id in dated:
        if newer - when > _ONE_REMOVAL:
            break
        run.append(doc_id)
        newer = when
    return run
