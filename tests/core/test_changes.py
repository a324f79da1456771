"""The change feed: after each committed use case the vault tells its listeners what changed (and
writes it to the change log, in the same transaction, for other processes); a rolled-back change
is told to no one; a second vault on the same folder, or another process, is followed by polling.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest

from clientvault.core import errors, importing, storage
from clientvault.core.catalog.models import Company, utcnow
from clientvault.core.changes import KINDS, Change, ChangeKind
from clientvault.core.mail import SmtpSettings
from clientvault.core.mail_settings import MailTemplate
from clientvault.core.vault import Vault


@dataclass
class Seen:
    """What a listener saw, and whether each change was already committed when it arrived: a
    separate connection (another process, as far as SQLite knows) must already read it."""

    db_path: Path
    changes: list[Change] = field(default_factory=list)
    committed: list[bool] = field(default_factory=list)

    def __call__(self, change: Change) -> None:
        self.changes.append(change)
        self.committed.append(self._visible(change))

    def _visible(self, change: Change) -> bool:
        con = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=5)
        try:
            logged = con.execute(
                "SELECT COUNT(*) FROM change_log WHERE kind = ? AND company_id IS ? AND document_ids = ?",
                (change.kind, change.company_id, ",".join(map(str, change.document_ids))),
            ).fetchone()[0]
            if not logged:
                return False
            if change.kind in ("document_added", "document_changed"):
                ids = list(change.document_ids)
                found = con.execute(
                    f"SELECT COUNT(*) FROM document WHERE id IN ({','.join('?' * len(ids))})", ids).fetchone()[0]
                return bool(found == len(ids))
            if change.kind == "company_added":
                return con.execute("SELECT COUNT(*) FROM company WHERE id = ? AND removed_at IS NULL",
                                   (change.company_id,)).fetchone()[0] == 1
            return True
        finally:
            con.close()

    def take(self) -> list[tuple[ChangeKind, int | None, tuple[int, ...]]]:
        """The changes seen since the last call, as (kind, company, documents), all checked committed."""
        assert all(self.committed), list(zip(self.changes, self.committed, strict=True))
        out = [(c.kind, c.company_id, c.document_ids) for c in self.changes]
        assert not any(c.external for c in self.changes)
        self.changes.clear()
        self.committed.clear()
        return out


@pytest.fixture
def seen(vault: Vault) -> Iterator[Seen]:
    recorder = Seen(vault.db_path)
    unsubscribe = vault.subscribe(recorder)
    yield recorder
    unsubscribe()


def log_rows(vault: Vault) -> int:
    return int(vault.catalog.ChangeLog.select().count())


# -- each use case tells what it changed, after its commit ---------------------------------------------


def test_company_use_cases(vault: Vault, seen: Seen) -> None:
    andina = vault.add_company("Andina S.A.S.")
    assert seen.take() == [("company_added", andina.id, ())]
    vault.edit_company(andina.id, phone="+57 601 555 0101")
    assert seen.take() == [("company_changed", andina.id, ())]
    vault.remove_company(andina.id)
    assert seen.take() == [("company_removed", andina.id, ())]
    assert log_rows(vault) == 3


def test_document_use_cases(vault: Vault, company: Company, seen: Seen, make_file) -> None:
    seen.take()
    rut = vault.import_file(company.id, make_file("RUT.pdf")).document
    camara = vault.import_file(company.id, make_file("Cámara.pdf")).document
    assert rut is not None and camara is not None
    assert seen.take() == [("document_added", company.id, (rut.id,)), ("document_added", company.id, (camara.id,))]
    # A duplicate and a refusal change nothing, so they tell nothing.
    assert vault.import_file(company.id, make_file("copia.pdf", text="RUT.pdf")).status == "duplicate"
    assert vault.import_file(company.id, make_file("vacío.pdf", data=b"")).status == "refused"
    assert seen.take() == []

    vault.rename(rut.id, "RUT 2024")
    assert seen.take() == [("document_changed", company.id, (rut.id,))]
    vault.rename(rut.id, "RUT 2024")  # the same name: nothing to do, nothing told
    assert seen.take() == []
    vault.delete([rut.id, camara.id])
    assert seen.take() == [("document_removed", company.id, (rut.id,)), ("document_removed", company.id, (camara.id,))]
    vault.restore([rut.id])
    assert seen.take() == [("document_changed", company.id, (rut.id,))]
    assert vault.purge(doc_ids=[camara.id]) == 1
    assert seen.take() == [("document_removed", company.id, (camara.id,))]


def test_import_of_many_files_tells_each_batch_once(vault: Vault, company: Company, seen: Seen, make_file,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The files of one batch commit together: one change names them all, told after the commit."""
    monkeypatch.setattr(importing, "_now", lambda: 0.0)  # no batch is cut by the clock, only by its size
    monkeypatch.setattr(Vault, "BATCH_FILES", 3)
    seen.take()
    paths = [make_file(f"soporte {i}.csv") for i in range(5)]
    summary = vault.import_files(company.id, paths)
    ids = tuple(r.document.id for r in summary.results if r.document is not None)
    assert len(ids) == 5
    assert seen.take() == [("document_added", company.id, ids[:3]), ("document_added", company.id, ids[3:])]


def test_removing_a_company_with_files_and_reviving_it(vault: Vault, company: Company, seen: Seen, make_file) -> None:
    seen.take()
    rut = vault.import_file(company.id, make_file("RUT.pdf")).document
    assert rut is not None
    seen.take()
    vault.remove_company(company.id, with_files=True)
    assert seen.take() == [("document_removed", company.id, (rut.id,)), ("company_removed", company.id, ())]
    # Restoring one of its files brings the company back: both are told.
    vault.restore([rut.id])
    assert seen.take() == [("company_added", company.id, ()), ("document_changed", company.id, (rut.id,))]
    # Purging the last file of a removed company removes the company too.
    vault.remove_company(company.id, with_files=True)
    seen.take()
    vault.purge(older_than_days=0)
    assert seen.take() == [("document_removed", company.id, (rut.id,)), ("company_removed", company.id, ())]


def test_purge_by_age_tells_each_purged_document(vault: Vault, company: Company, seen: Seen, make_file) -> None:
    docs = [vault.import_file(company.id, make_file(n)).document for n in ("a.pdf", "b.pdf", "c.pdf")]
    ids = [d.id for d in docs if d is not None]
    vault.delete(ids)
    D = vault.catalog.Document
    D.update(deleted_at=utcnow() - timedelta(days=40)).where(D.id.in_(ids[:2])).execute()
    seen.take()
    assert vault.purge(older_than_days=30) == 2
    assert sorted(seen.take()) == [("document_removed", company.id, (i,)) for i in sorted(ids[:2])]


def test_repair_tells_what_it_registered_and_recorded(vault: Vault, company: Company, seen: Seen, make_file) -> None:
    rut = vault.import_file(company.id, make_file("RUT.pdf")).document
    assert rut is not None
    folder = vault.company_dir(company.id)
    make_file("Acta dejada a mano.pdf", folder=folder)  # an orphan, re-registered
    path = vault.document_path(rut)
    path.write_bytes(path.read_bytes() + b"% edited")  # changed outside: set aside, the record kept
    seen.take()
    report = vault.verify(repair=True)
    assert sorted((p.kind, p.repaired) for p in report.problems) == [("changed", False), ("orphan", True)]
    acta = vault.catalog.Document.get(vault.catalog.Document.filename == "Acta dejada a mano.pdf")
    assert sorted(seen.take()) == [("document_added", company.id, (acta.id,)), ("document_changed", company.id, (rut.id,))]
    # Verifying without repair, and a repair with nothing to do, tell nothing.
    vault.verify()
    vault.verify(repair=True)
    assert seen.take() == []


def verify_repaired(vault: Vault) -> bool:
    report = vault.verify(repair=True)
    return bool(report.problems) and report.consistent


def test_mail_settings_and_template(vault: Vault, seen: Seen) -> None:
    vault.mail.save_settings(SmtpSettings(sender_address="conta@andina.example", host="smtp.andina.example"))
    assert seen.take() == [("settings_changed", None, ())]
    vault.mail.save_template(MailTemplate("Docs de {company}", "{files}"))
    assert seen.take() == [("settings_changed", None, ())]
    # Refused settings are not saved and not told.
    with pytest.raises(errors.MailError):
        vault.mail.save_settings(SmtpSettings(sender_address="no es un correo"))
    assert seen.take() == []


def test_every_kind_is_one_the_feed_declares(vault: Vault, seen: Seen, make_file) -> None:
    company = vault.add_company("Andina")
    doc = vault.import_file(company.id, make_file("x.pdf")).document
    assert doc is not None
    vault.delete([doc.id])
    kinds = {kind for kind, _, _ in seen.take()}
    assert kinds <= set(KINDS)
    assert {row.kind for row in vault.catalog.ChangeLog.select()} <= set(KINDS)


# -- what is rolled back is told to no one -------------------------------------------------------------


def test_an_import_whose_rename_fails_tells_nothing(
    vault: Vault, company: Company, seen: Seen, make_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen.take()
    before = log_rows(vault)

    def fail(*_args: object) -> None:
        raise OSError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(storage, "move", fail)
    with pytest.raises(errors.StorageError):
        vault.import_file(company.id, make_file("Contrato.pdf"))
    monkeypatch.undo()
    assert seen.take() == []
    assert log_rows(vault) == before
    assert vault.count_documents(company.id) == 0


def test_a_rename_whose_commit_fails_tells_nothing(
    vault: Vault, company: Company, seen: Seen, make_file, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = vault.import_file(company.id, make_file("RUT.pdf")).document
    assert doc is not None
    seen.take()
    before = log_rows(vault)

    def fail(_doc: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(vault.catalog, "save_document", fail)
    with pytest.raises(OSError):
        vault.rename(doc.id, "RUT 2024")
    monkeypatch.undo()
    assert seen.take() == [] and log_rows(vault) == before
    assert vault.document(doc.id).filename == "RUT.pdf" and vault.document_path(doc).is_file()


def test_a_name_clash_tells_nothing(vault: Vault, company: Company, seen: Seen) -> None:
    seen.take()
    before = log_rows(vault)
    with pytest.raises(errors.CompanyError):
        vault.add_company(company.name.lower())
    other = vault.add_company("Pérez")
    seen.take()
    with pytest.raises(errors.CompanyError):
        vault.edit_company(other.id, name=company.name)
    assert seen.take() == []
    assert log_rows(vault) == before + 1  # Pérez only


def test_a_failing_listener_breaks_nothing(vault: Vault, company: Company, make_file, caplog) -> None:  # type: ignore[no-untyped-def]
    later: list[Change] = []

    def broken(change: Change) -> None:
        raise RuntimeError("a view's bug")

    vault.subscribe(broken)
    vault.subscribe(later.append)
    result = vault.import_file(company.id, make_file("RUT.pdf"))
    assert result.status == "imported" and result.document is not None
    renamed = vault.rename(result.document.id, "RUT 2024")
    assert renamed.filename == "RUT 2024.pdf"
    assert [c.kind for c in later] == ["document_added", "document_changed"]  # the others still hear it
    assert "change listener failed" in caplog.text
    assert vault.verify().problems == []


def test_unsubscribed_listeners_hear_nothing(vault: Vault, company: Company, make_file) -> None:
    heard: list[Change] = []
    unsubscribe = vault.subscribe(heard.append)
    vault.edit_company(company.id, notes="uno")
    unsubscribe()
    unsubscribe()  # harmless twice
    vault.edit_company(company.id, notes="dos")
    assert [c.kind for c in heard] == ["company_changed"]


# -- following other vaults and other processes ----------------------------------------------------------


def test_a_second_vault_polls_what_the_first_committed(vault: Vault, company: Company, make_file) -> None:
    other = Vault(vault.root)
    heard: list[Change] = []
    other.subscribe(heard.append)
    own: list[Change] = []
    vault.subscribe(own.append)
    try:
        assert other.poll_changes() == 0  # what was there before it opened is not news
        doc = vault.import_file(company.id, make_file("RUT.pdf")).document
        assert doc is not None
        vault.rename(doc.id, "RUT 2024")
        assert heard == []  # nothing until it polls
        assert other.poll_changes() == 2
        assert heard == [Change("document_added", company.id, (doc.id,), external=True),
                         Change("document_changed", company.id, (doc.id,), external=True)]
        assert other.poll_changes() == 0  # each change once

        # Its own changes it announced itself; polling never repeats them, to it or as external.
        heard.clear()
        other.edit_company(company.id, notes="desde la otra ventana")
        assert heard == [Change("company_changed", company.id)]
        assert other.poll_changes() == 0
        assert heard == [Change("company_changed", company.id)]
        # The first vault sees the second's change as external, and none of its own.
        own.clear()
        assert vault.poll_changes() == 1
        assert own == [Change("company_changed", company.id, external=True)]
        assert vault.poll_changes() == 0
    finally:
        other.close()


def test_another_process_is_followed_by_polling(vault: Vault, company: Company, make_file, tmp_path: Path) -> None:
    heard: list[Change] = []
    vault.subscribe(heard.append)
    src = [make_file("RUT.pdf"), make_file("Extracto.csv")]
    proc = subprocess.run(
        [sys.executable, "-m", "clientvault", "--data-dir", str(vault.root), "import", str(company.id), *map(str, src)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert heard == []  # another process: nothing is heard until the vault polls
    # one change per committed batch: one, or two when a slow machine let the 50 ms window pass
    assert vault.poll_changes() in (1, 2)
    ids = sorted(d.id for d in vault.list_documents(company.id))
    assert len(ids) == 2
    assert all(c.kind == "document_added" and c.company_id == company.id and c.external for c in heard)
    assert sorted(i for c in heard for i in c.document_ids) == ids
    assert vault.poll_changes() == 0


def test_old_change_log_rows_are_pruned_at_open(vault: Vault, company: Company) -> None:
    log = vault.catalog.ChangeLog
    log.update(at=utcnow() - timedelta(days=30)).execute()
    vault.edit_company(company.id, notes="hoy")
    again = Vault(vault.root)
    try:
        assert [(r.kind, r.company_id) for r in again.catalog.ChangeLog.select()] == [("company_changed", company.id)]
    finally:
        again.close()

