"""``verify`` and the search index (real SQLite file, real documents read by the real text worker):
a missing or out-of-step full-text index is reported and rebuilt by a repair; a text read from
content its document no longer has is reported and dropped, so the indexer reads it again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from clientvault.core import backups
from clientvault.core.catalog.models import Company, Document
from clientvault.core.indexing import index_documents
from clientvault.core.text.worker import TextWorker
from clientvault.core.vault import Vault

INDEX_MESSAGE = ("The search index is incomplete or out of date; “Repair” in File › Check files (or “clientvault verify "
                 "--repair”) rebuilds it.")


@pytest.fixture
def worker() -> Iterator[TextWorker]:
    with TextWorker() as w:
        yield w


@pytest.fixture
def filed(vault: Vault, company: Company, corpus: Path, worker: TextWorker) -> dict[str, Document]:
    """Two real documents whose text was read and stored: a Word file and a text PDF."""
    docs = {}
    for name in ("HeaderFooterUnicode.docx", "minimal-document.pdf"):
        doc = vault.import_file(company.id, corpus / name).document
        assert doc is not None
        docs[name] = doc
    report = index_documents(vault, worker)
    assert (report.read, report.with_text) == (2, 2)
    return docs


def found(vault: Vault, text: str) -> list[str]:
    return [h.document.filename for h in vault.search(text)]


def index_problems(vault: Vault, repair: bool = False) -> list[tuple[str, str, int | None, bool, str]]:
    report = vault.verify(repair=repair)
    return [(p.kind, p.message, p.document_id, p.repaired, p.action) for p in report.problems]


def test_a_consistent_vault_has_no_index_problem(vault: Vault, filed: dict[str, Document]) -> None:
    assert vault.verify().consistent and index_problems(vault) == []


def test_a_dropped_index_is_reported_then_rebuilt_by_a_repair(vault: Vault, filed: dict[str, Document]) -> None:
    with sqlite3.connect(vault.db_path) as db:  # another program's connection, as a person's tool would be
        db.execute("DROP TABLE document_text_fts")
    db.close()
    report = vault.verify()
    assert not report.consistent
    assert [(p.kind, p.path, p.message, p.repaired) for p in report.problems] == [
        ("index", vault.db_path, INDEX_MESSAGE, False)]
    assert vault.catalog.text_index_problem() == "missing"  # reporting changed nothing
    repaired = vault.verify(repair=True)
    assert repaired.consistent and [(p.kind, p.repaired, p.action) for p in repaired.problems] == [
        ("index", True, "rebuilt")]
    assert repaired.backup is not None and repaired.backup.exists()  # the catalog was copied first
    assert vault.catalog.text_index_problem() is None
    assert found(vault, "precieuses") == ["HeaderFooterUnicode.docx"]  # from the stored text: nothing read again
    assert vault.text_counts().pending == 0
    assert vault.verify().problems == []


def test_an_index_out_of_step_with_the_texts_is_rebuilt(vault: Vault, filed: dict[str, Document]) -> None:
    doc = filed["minimal-document.pdf"]
    with sqlite3.connect(vault.db_path) as db:  # an edit made behind the index's back (its trigger gone)
        db.execute("DROP TRIGGER document_text_au")
        db.execute("UPDATE document_text SET body = 'acta de asamblea extraordinaria' WHERE document_id = ?", (doc.id,))
    db.close()
    assert [p[:2] for p in index_problems(vault)] == [("index", INDEX_MESSAGE)]
    assert [p[3:] for p in index_problems(vault, repair=True)] == [(True, "rebuilt")]
    assert found(vault, "extraordinaria") == ["minimal-document.pdf"]
    assert found(vault, "consetetur") == []


def test_text_read_from_content_the_file_no_longer_has_is_dropped_and_read_again(
        vault: Vault, company: Company, filed: dict[str, Document], corpus: Path, worker: TextWorker) -> None:
    doc = filed["minimal-document.pdf"]
    # The file gets other content, and the person accepts it as the right one: the text is stale.
    vault.document_path(doc).write_bytes((corpus / "Resolución facturación 2024.pdf").read_bytes())
    vault.accept_current(doc.id)
    message = (f"The stored text of “minimal-document.pdf” ({company.name}) was read from content the file no "
               "longer has; a repair drops it so that it is read again.")
    assert index_problems(vault) == [("index", message, doc.id, False, "")]
    assert vault.document_text(doc.id) is not None  # reporting kept it
    assert index_problems(vault, repair=True) == [
        ("index", message, doc.id, True, "dropped; “clientvault index” reads it again")]
    assert vault.document_text(doc.id) is None and vault.catalog.stale_texts() == []
    assert vault.text_counts().pending == 1
    assert index_documents(vault, worker).read == 1
    assert vault.verify().problems == []
    assert vault.document_text(doc.id).checksum == vault.document(doc.id).checksum  # type: ignore[union-attr]


def test_both_at_once_rebuild_first_then_drop(vault: Vault, filed: dict[str, Document], corpus: Path) -> None:
    """Dropping a stale text goes through the index's triggers, so the index must be back first."""
    doc = filed["HeaderFooterUnicode.docx"]
    vault.document_path(doc).write_bytes((corpus / "sample.docx").read_bytes())
    vault.accept_current(doc.id)
    with sqlite3.connect(vault.db_path) as db:
        db.execute("DROP TABLE document_text_fts")
    db.close()
    assert [(p[0], p[2], p[3]) for p in index_problems(vault, repair=True)] == [
        ("index", None, True), ("index", doc.id, True)]
    assert vault.catalog.text_index_problem() is None and vault.document_text(doc.id) is None
    assert found(vault, "precieuses") == [] and found(vault, "consetetur") == ["minimal-document.pdf"]


def test_without_a_backup_nothing_is_repaired(vault: Vault, filed: dict[str, Document],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite3.connect(vault.db_path) as db:
        db.execute("DROP TABLE document_text_fts")
    db.close()

    def no_room(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "take", no_room)
    report = vault.verify(repair=True)
    assert [(p.kind, p.repaired) for p in report.problems] == [("database", False), ("index", False)]
    assert vault.catalog.text_index_problem() == "missing"


def test_a_name_whose_search_key_an_older_release_left_behind_is_fixed(vault: Vault, filed: dict[str, Document]) -> None:
    doc = next(iter(filed.values()))
    with sqlite3.connect(vault.db_path) as db:  # a 3.1 release renames the file and knows no search_key
        db.execute("UPDATE document SET filename = 'Póliza vigente.pdf' WHERE id = ?", (doc.id,))
    db.close()
    assert vault.search("poliza") == [] and vault.list_documents(doc.company_id, search="poliza") == []
    report = vault.verify()
    messages = [p.message for p in report.problems if p.kind == "index"]
    assert len(messages) == 1 and "One file or company name was not found or sorted correctly" in messages[0]
    repaired = [p for p in vault.verify(repair=True).problems if p.kind == "index"]
    assert [(p.repaired, p.action) for p in repaired] == [(True, "fixed")]
    assert [h.document.id for h in vault.search("poliza") if h.where == "name"] == [doc.id]
    assert index_problems(vault) == []
