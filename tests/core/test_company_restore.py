"""Removed companies: listed with their trash, brought back with the files that went with them,
and the trash's automatic purge after ``TRASH_DAYS`` (real files, real SQLite)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clientvault.core import errors
from clientvault.core.catalog.models import Company, utcnow
from clientvault.core.files import TRASH_DAYS
from clientvault.core.vault import Vault


def _import(vault: Vault, company: Company, make_file, *names: str) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for name in names:
        result = vault.import_file(company.id, make_file(name, text=name))
        assert result.document is not None
        ids.append(result.document.id)
    return ids


def test_a_removed_company_is_listed_with_its_trash_and_comes_back_with_its_files(
        vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    rut, camara, viejo = _import(vault, company, make_file, "RUT.pdf", "Cámara.pdf", "Viejo.pdf")
    vault.delete([viejo])  # deleted on purpose before the company was removed
    vault.remove_company(company.id, with_files=True)
    assert vault.companies() == []
    [removed] = vault.removed_companies()
    assert removed.company.id == company.id and removed.count == 3
    assert removed.removed_at <= utcnow()

    result = vault.restore_company(company.id)
    assert (result.restored, result.still_in_trash) == (2, 1)
    assert [c.company.id for c in vault.companies()] == [company.id]
    assert {d.filename for d in vault.list_documents(company.id)} == {"RUT.pdf", "Cámara.pdf"}
    assert [d.id for d in vault.list_documents(company.id, trash=True)] == [viejo]
    for doc_id in (rut, camara):
        assert vault.document_path(vault.document(doc_id)).is_file()
    assert vault.removed_companies() == []
    assert vault.verify().problems == []


def test_a_restored_company_whose_name_was_taken_again_comes_back_under_another(
        vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    _import(vault, company, make_file, "RUT.pdf")
    vault.remove_company(company.id, with_files=True)
    vault.add_company(company.name)
    result = vault.restore_company(company.id)
    assert result.company.name.startswith(company.name + " (") and result.restored == 1


def test_restoring_a_company_that_is_not_removed_says_so(vault: Vault, company: Company) -> None:
    with pytest.raises(errors.NotFound):
        vault.restore_company(company.id)


def test_the_trash_keeps_files_trash_days_and_purge_by_default_takes_older_ones(
        vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    old, recent = _import(vault, company, make_file, "Viejo.pdf", "Reciente.pdf")
    vault.delete([old, recent])
    aged = vault.document(old)
    aged.deleted_at = utcnow() - timedelta(days=TRASH_DAYS + 1)
    vault.catalog.save_document(aged)
    young = vault.document(recent)
    young.deleted_at = utcnow() - timedelta(days=TRASH_DAYS - 1)
    vault.catalog.save_document(young)
    assert TRASH_DAYS == 30
    assert vault.purge() == 1
    assert vault.find_document(old) is None and vault.find_document(recent) is not None


def test_the_first_automatic_purge_waits_trash_days_after_this_release_first_runs(
        vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    """An older release never emptied the trash by itself and its trash said nothing of 30 days:
    what it left there 45 days ago gets 30 days from the first start of this one, not a purge at
    the upgrade. After those 30 days the window's purge takes it."""
    from clientvault.core.files import AUTO_PURGE_SINCE

    (old,) = _import(vault, company, make_file, "Viejo.pdf")
    vault.delete([old])
    aged = vault.document(old)
    aged.deleted_at = utcnow() - timedelta(days=45)
    vault.catalog.save_document(aged)
    assert vault.purge_old_trash() == 0 and vault.find_document(old) is not None  # the first start
    assert vault.purge_old_trash() == 0  # the next day: still within the 30 days it was given
    vault.catalog.put_settings({AUTO_PURGE_SINCE: (utcnow() - timedelta(days=TRASH_DAYS + 1)).isoformat()})
    assert vault.purge_old_trash() == 1 and vault.find_document(old) is None


def test_purging_a_trashed_row_without_its_trash_name_never_touches_a_live_file(
        vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    """A damaged row (trashed, no trash name, the name of a live file): its path would be the live
    file's, so only the row goes and the live file stays."""
    live, broken = _import(vault, company, make_file, "Zeta.pdf", "nube.pdf")
    vault.delete([broken])
    row = vault.document(broken)
    row.trash_name, row.filename = None, "Zeta.pdf"
    row.deleted_at = utcnow() - timedelta(days=TRASH_DAYS + 5)
    vault.catalog.save_document(row)
    live_path = vault.document_path(vault.document(live))
    assert vault.purge() == 1
    assert vault.find_document(broken) is None
    assert live_path.is_file() and vault.document(live).filename == "Zeta.pdf"


def test_a_company_an_older_release_removed_comes_back_with_its_files(
        vault: Vault, company: Company, make_file) -> None:  # type: ignore[no-untyped-def]
    """The previous release trashed the company's files first and stamped removed_at after; the
    files of that last run of deletions come back with it, an older deletion stays in the trash."""
    earlier, a, b = _import(vault, company, make_file, "Antes.pdf", "Uno.pdf", "Dos.pdf")
    vault.delete([earlier])
    vault.delete([a, b])
    stamp = utcnow()
    for doc_id, seconds in ((earlier, 3600), (a, 2), (b, 1)):
        row = vault.document(doc_id)
        row.deleted_at = stamp - timedelta(seconds=seconds)
        vault.catalog.save_document(row)
    removed = vault.catalog.company(company.id)
    removed.removed_at = stamp  # as the old release wrote it: after its files went to the trash
    vault.catalog.save_company(removed)
    result = vault.restore_company(company.id)
    assert (result.restored, result.still_in_trash) == (2, 1)
    assert sorted(d.filename for d in vault.list_documents(company.id)) == ["Dos.pdf", "Uno.pdf"]
