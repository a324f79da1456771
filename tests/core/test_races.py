"""Races found in review: another window or command changes the vault between the moment a use
case reads it and the moment it holds the company's lock. Each test plays the other writer with a
second ``Vault`` on the same folder (its own connection, as another process has), at the exact
point where the race was."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from test_db import build_with_steps

from clientvault.core import errors, importing
from clientvault.core.catalog import SchemaVersion, names
from clientvault.core.catalog.models import Document, utcnow
from clientvault.core.vault import Vault


def _imported(vault: Vault, company_id: int, path: Path) -> Document:
    result = vault.import_file(company_id, path)
    assert result.document is not None, result.message
    return result.document


def test_purge_keeps_a_file_restored_after_purge_listed_it(vault: Vault, company: Any, make_file: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _imported(vault, company.id, make_file("RUT.pdf"))
    vault.delete([doc.id])
    real = vault.catalog.trashed

    def listed_then_restored(*args: Any, **kwargs: Any) -> list[Any]:
        found = real(*args, **kwargs)
        other = Vault(vault.root)
        try:
            other.restore([doc.id])  # the other window's Undo lands before purge takes the lock
        finally:
            other.close()
        return found

    monkeypatch.setattr(vault.catalog, "trashed", listed_then_restored)
    assert vault.purge([doc.id]) == 0
    live = vault.document(doc.id)
    assert live.deleted_at is None and vault.document_path(live).is_file()
    assert vault.verify().problems == []


@pytest.mark.parametrize("batch", [1, 64])
def test_removing_a_company_during_an_upload_leaves_no_hidden_live_file(vault: Vault, company: Any, make_file: Any,
                                                                        monkeypatch: pytest.MonkeyPatch,
                                                                        batch: int) -> None:
    """The removal lands between two batches (one file each: the first is in and goes to the trash
    with the company), or inside the one batch (nothing of it was in: nothing is kept)."""
    monkeypatch.setattr(importing, "_now", lambda: 0.0)  # batches cut by size only
    monkeypatch.setattr(Vault, "BATCH_FILES", batch)
    files = [make_file(f"soporte {i}.pdf", text=f"soporte {i}") for i in range(4)]

    def remove_after_the_first(i: int, _n: int, _p: Path) -> None:
        if i == 1:
            other = Vault(vault.root)
            try:
                other.remove_company(company.id, with_files=True)
            finally:
                other.close()

    summary = vault.import_files(company.id, files, progress=remove_after_the_first)
    docs = vault.catalog.company_documents(company.id)
    if batch == 1:
        assert [r.status for r in summary.results] == ["imported", "refused", "refused", "refused"]
        assert len(docs) == 1 and docs[0].deleted_at is not None  # the one that landed went to the trash
        assert not any(p.name.startswith(".cv-tmp-") for p in vault.company_dir(company.id).iterdir())
    else:
        assert [r.status for r in summary.results] == ["refused"] * 4
        assert docs == [] and vault.catalog.company(company.id, include_removed=True) is None
        assert not vault.company_dir(company.id).exists()  # nothing left of it, not even a folder
    assert "was removed during the upload" in summary.results[1].message
    assert vault.verify().problems == []


def test_two_openers_of_an_old_vault_migrate_it_once(tmp_path: Path) -> None:
    """The window starting while a command runs, right after an upgrade: neither says "damaged"."""
    root = tmp_path / "v3"
    root.mkdir()
    build_with_steps(root / "vault.db", SchemaVersion(3, 0))
    opened: list[Any] = []
    failed: list[BaseException] = []
    start = threading.Barrier(2)

    def open_it() -> None:
        start.wait()
        try:
            opened.append(Vault(root))
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever it was
            failed.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert failed == [] and len(opened) == 2
        assert all(v.catalog.version == names.CURRENT for v in opened)
        assert len(list(root.glob("vault.v3-*.bak"))) == 1
    finally:
        for v in opened:
            v.close()


def test_a_reader_keeps_hearing_after_the_change_log_is_pruned(vault_dir: Path) -> None:
    writer, reader = Vault(vault_dir), Vault(vault_dir)
    try:
        for i in range(3):
            writer.add_company(f"Empresa {i}")
        assert reader.poll_changes() == 3
        log = writer.catalog.ChangeLog
        log.update(at=utcnow().replace(year=2000)).execute()  # every row far older than a week
        Vault(vault_dir).close()  # any process opening the vault prunes
        assert log.select().count() == 1  # the newest row stays, so ids are never handed out again
        writer.add_company("Empresa nueva")
        assert reader.poll_changes() == 1
    finally:
        writer.close()
        reader.close()


def test_a_reader_past_the_newest_row_starts_over(vault_dir: Path) -> None:
    writer, reader = Vault(vault_dir), Vault(vault_dir)
    try:
        writer.add_company("Uno")
        reader.poll_changes()
        writer.catalog.ChangeLog.delete().execute()  # the log emptied by hand, or the database restored
        reader.poll_changes()
        writer.add_company("Dos")
        assert reader.poll_changes() == 1
    finally:
        writer.close()
        reader.close()


def test_a_thread_that_waits_briefly_is_told_busy_and_nothing_changes(vault: Vault, company: Any, make_file: Any,
                                                                      lock_held_elsewhere: Any) -> None:
    doc = _imported(vault, company.id, make_file("RUT.pdf"))
    with lock_held_elsewhere(vault.root, company.id):
        vault.wait_for_locks(0.3)
        began = time.monotonic()
        with pytest.raises(errors.VaultBusy, match="Wait for it to finish"):
            vault.delete([doc.id])
        assert time.monotonic() - began < 10
        assert vault.document(doc.id).deleted_at is None and vault.document_path(doc).is_file()
    assert vault.delete([doc.id])  # once the other writer is done, it works


def test_undo_after_another_window_purged_one_file_restores_the_others(vault: Vault, company: Any,
                                                                       make_file: Any) -> None:
    docs = [_imported(vault, company.id, make_file(f"f{i}.pdf", text=str(i))) for i in range(3)]
    vault.delete([d.id for d in docs])
    other = Vault(vault.root)
    try:
        assert other.purge([docs[1].id]) == 1
    finally:
        other.close()
    restored = vault.restore([d.id for d in docs])
    assert sorted(d.id for d in restored) == [docs[0].id, docs[2].id]
    assert vault.verify().problems == []
