"""The window reads what documents say in the background (a real worker process, real corpus
files), so that search finds them by content; the status bar says how far it is, and plainly when
scans cannot be read for lack of Tesseract."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, wait_import

READ_TIMEOUT_MS = 90_000


def read_all(qtbot: QtBot, window: Any) -> Any:
    with qtbot.waitSignal(window.indexer.finished, timeout=READ_TIMEOUT_MS) as blocker:
        window.indexer.start()
    return blocker.args[0]


def test_documents_become_findable_by_what_they_say(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Transportes Andinos S.A.S.")
    window.files.import_paths(company.id, [corpus / "pdflatex-4-pages.pdf", corpus / "sample.docx"])
    wait_import(qtbot, window)
    assert window.vault.text_counts().pending == 2
    status = window.findChild(QLabel, "indexStatus")
    seen: list[tuple[int, int]] = []
    window.indexer.progressed.connect(lambda done, total: seen.append((done, total)))
    report = read_all(qtbot, window)
    assert report is not None and report.read == 2 and report.with_text == 2
    assert seen and seen[-1] == (2, 2)
    pdf_word = window.vault.document_text(window.vault.search("pdflatex")[0].document.id).body.split()[0]
    assert [h.document.filename for h in window.vault.search(pdf_word) if h.where == "text"] == ["pdflatex-4-pages.pdf"]
    assert status is not None and status.isHidden()  # done: nothing left to say


def test_a_new_import_is_read_without_being_asked(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Andina")
    read_all(qtbot, window)  # the first run (nothing to read) arms the indexer
    with qtbot.waitSignal(window.indexer.finished, timeout=READ_TIMEOUT_MS,
                          check_params_cb=lambda report: report is not None and report.read == 1):
        window.files.import_paths(company.id, [corpus / "sample.docx"])
        wait_import(qtbot, window)
    doc = window.vault.search("sample")[0].document
    assert window.vault.document_text(doc.id).status == "ok"


def test_closing_mid_read_keeps_nothing_half_read_and_the_next_start_carries_on(
        qtbot: QtBot, open_window: Any, tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow = tmp_path / "slow-tesseract"
    slow.write_text("#!/bin/sh\nsleep 30\n")
    slow.chmod(0o755)
    monkeypatch.setenv("CLIENTVAULT_TESSERACT", str(slow))
    window = open_window(tmp_path / "vault")
    company = add_company(window, "Andina")
    window.files.import_paths(company.id, [corpus / "simple.png"])
    wait_import(qtbot, window)
    window.indexer.start()
    qtbot.waitUntil(lambda: window.indexer._worker is not None and window.indexer._worker.pid is not None,
                    timeout=READ_TIMEOUT_MS)
    doc = window.vault.search("simple")[0].document
    window.close()  # the worker is killed in the middle of the (slow) OCR
    assert not window.indexer.running or window.indexer._task.cancelled
    assert window.vault.document_text(doc.id) is None  # no "failed" verdict from a read cut short
    assert window.vault.pending_texts()[0].id == doc.id


def test_without_tesseract_the_status_bar_says_scans_cannot_be_searched(
        qtbot: QtBot, window: Any, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_TESSERACT", str(corpus / "no-such-program"))
    company = add_company(window, "Andina")
    window.files.import_paths(company.id, [corpus / "simple.png", corpus / "minimal-document.pdf"])
    wait_import(qtbot, window)
    with qtbot.waitSignal(window.indexer.ocrMissing, timeout=READ_TIMEOUT_MS):
        window.indexer.start()
    qtbot.waitUntil(lambda: not window.indexer.running)
    status = window.findChild(QLabel, "indexStatus")
    assert status.isVisible() and "Scanned documents cannot be searched" in status.text()
    assert "Tesseract" in status.toolTip()
    # The text PDF was read all the same.
    assert window.vault.text_counts().done == 2 and window.vault.text_counts().needs_ocr == 1


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (scripts/install-system-deps.sh)")
def test_typed_in_the_window_every_kind_is_found_by_what_it_says_scans_included(qtbot: QtBot, window: Any,
                                                                                 corpus: Path) -> None:
    company = add_company(window, "Transportes Andinos S.A.S.")
    files = ["minimal-document.pdf", "simple-monthly-budget.xlsx", "sample.docx", "simple.png", "multi-page-images.tiff"]
    window.files.import_paths(company.id, [corpus / name for name in files])
    wait_import(qtbot, window)
    report = read_all(qtbot, window)
    assert report.read == 5 and report.with_text == 5 and not report.failed
    for typed, expected in (("consetetur sadipscing", "minimal-document.pdf"),  # a text PDF's text layer
                            ("MORTGAGE", "simple-monthly-budget.xlsx"),  # a cell ("Rent/mortgage")
                            ('"suspendisse vehicula"', "sample.docx"),  # a paragraph
                            ("test document", "simple.png"),  # OCR of a scan
                            ('"multi page document page 3"', "multi-page-images.tiff")):  # OCR of the third page
        runs = window.search.runs
        window.search_field.setFocus()
        window.search_field.setText(typed)
        qtbot.waitUntil(lambda r=runs, q=typed: window.search.runs > r and window.search.query == q, timeout=5_000)
        model = window.search_panel.model
        hits = [model.index(r, 0).data(model.HitRole) for r in range(model.rowCount())]
        assert [(h.document.filename, h.where) for h in hits] == [(expected, "text")], typed
        assert "\x02" in hits[0].snippet  # the words found are marked in the passage shown


def test_while_the_command_line_reads_the_window_waits_its_turn(qtbot: QtBot, window: Any, corpus: Path) -> None:
    from clientvault.core.indexing import READER_LOCK
    from clientvault.core.vault import Vault

    company = add_company(window, "Andina")
    window.files.import_paths(company.id, [corpus / "sample.docx"])
    wait_import(qtbot, window)
    other = Vault(window.vault.root)  # `clientvault index` in another process, as far as the lock knows
    lock = other.catalog.lock(READER_LOCK, 5)
    lock.__enter__()
    try:
        assert read_all(qtbot, window) is None  # nothing read, nothing marked
        assert window.indexer._timer.isActive() and window.indexer._timer.interval() == window.indexer.BUSY_RETRY_MS
        assert window.vault.text_counts().pending == 1
    finally:
        lock.__exit__(None, None, None)
        other.close()
    report = read_all(qtbot, window)
    assert report is not None and report.read == 1


def test_results_say_more_may_come_while_reading_and_come_when_it_ends(qtbot: QtBot, window: Any, corpus: Path) -> None:
    company = add_company(window, "Andina")
    window.files.import_paths(company.id, [corpus / "sample.docx", corpus / "minimal-document.pdf"])
    wait_import(qtbot, window)
    window.search.on_reading_progressed(0, 2)  # as the reading reports before its first document
    runs = window.search.runs
    window.search_field.setFocus()
    window.search_field.setText("suspendisse")
    qtbot.waitUntil(lambda: window.search.runs > runs, timeout=5_000)
    header = window.search_panel.header.text()
    assert "No document contains «suspendisse»" in header and "(2 documents not read yet: more results may appear.)" in header
    runs = window.search.runs
    read_all(qtbot, window)  # its end runs the query again, and it finds what was just read
    qtbot.waitUntil(lambda: window.search.runs > runs, timeout=5_000)
    model = window.search_panel.model
    assert [model.index(r, 0).data(model.HitRole).document.filename for r in range(model.rowCount())] == ["sample.docx"]
    assert "not read yet" not in window.search_panel.header.text()


def test_a_file_another_process_imports_is_read_by_the_window_and_found(qtbot: QtBot, window: Any, corpus: Path) -> None:
    """`clientvault import` in its own process while the window is open: the window's change feed
    picks the commit up, its reader reads the new file, and the search field finds it by content."""
    from processes import run_clientvault

    company = add_company(window, "Transportes Andinos S.A.S.")
    read_all(qtbot, window)  # nothing yet; the reader now follows the change feed
    with qtbot.waitSignal(window.indexer.finished, timeout=READ_TIMEOUT_MS,
                          check_params_cb=lambda report: report is not None and report.read == 1):
        done = run_clientvault(window.vault.root, "import", str(company.id), str(corpus / "sample.docx"))
        assert done.returncode == 0, done.stderr
    hits = window.vault.search('"suspendisse vehicula"')
    assert [(h.document.filename, h.where) for h in hits] == [("sample.docx", "text")]
    assert window.vault.text_counts().pending == 0
