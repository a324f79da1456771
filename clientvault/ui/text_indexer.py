"""Reads what the documents say, in the background, so search finds them by their content.

It starts a few seconds after the window opens (a vault that already has files is read once),
and again whenever the change feed says documents were added or changed, here or by another
process. One document at a time, on its own thread, through the text worker process (lower
priority, a hostile file cannot take the window down); what was read is in the catalog, so closing
the window in the middle loses nothing and the next start carries on.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QLocale, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from clientvault.core.vault import Vault
from clientvault.ui.events import VaultEvents
from clientvault.ui.workers import Task, run_task

log = logging.getLogger(__name__)


class TextIndexer(QObject):
    """Signals:
        progressed(int, int): documents read so far in this run, and how many it had to read.
        finished(object): the run's IndexReport (None when it failed or was cancelled).
        ocrMissing(): documents with scans were met and Tesseract is not installed (once per run
            of the program).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    ocrMissing = Signal()
    # A test sets it to -1: the window's tests do not start a worker process behind every window.
    START_DELAY_MS = 3000
    AGAIN_DELAY_MS = 1500  # after a burst of imports, let them finish before reading
    BUSY_RETRY_MS = 30_000  # while `clientvault index` reads them, look again this often

    def __init__(self, vault: Vault, events: VaultEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._events = events
        self._worker: Any = None  # TextWorker, made on the first run (loads nothing at start-up)
        self._task: Task | None = None
        self._again = False
        self._closed = False
        self._told_ocr = False
        # One thread of its own: the previews and imports keep the shared pool's threads.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._connect_signals()
        if self.START_DELAY_MS >= 0:
            self._timer.start(self.START_DELAY_MS)

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.start)
        self._events.documentsChanged.connect(self._on_events_documents_changed)
        self._events.documentsUpdated.connect(self._on_events_documents_changed)

    @property
    def running(self) -> bool:
        return self._task is not None

    def _on_events_documents_changed(self, _ids: object) -> None:
        if self._closed or self.START_DELAY_MS < 0 and self._worker is None:
            return  # not started (tests that do not want it)
        if self._task is not None:
            self._again = True
        elif not self._timer.isActive():
            self._timer.start(self.AGAIN_DELAY_MS)

    def start(self) -> None:
        """Read what needs reading now (no-op while a run is going; it will look again at its end)."""
        if self._closed:
            return
        if self._task is not None:
            self._again = True
            return
        from clientvault.core.values import TextWorker

        if self._worker is None:
            self._worker = TextWorker()
        self._again = False
        self._task = run_task(self._run, self._on_task_done, self._on_task_failed, self._on_task_progress,
                              on_close=self._vault.release_thread, pool=self._pool)

    def _run(self, task: Task) -> Any:
        from clientvault.core.errors import VaultBusy
        from clientvault.core.values import index_documents, ocr_available

        try:
            report = index_documents(self._vault, self._worker, wait=0,
                                     progress=lambda done, total, _doc: task.report(done, total),
                                     cancelled=lambda: task.cancelled or self._closed)
        except VaultBusy:
            return None, False  # `clientvault index` is reading them: look again later
        # Scans read before (this run or an earlier one) while Tesseract was missing wait for it too.
        waiting = not ocr_available() and (report.needs_ocr > 0 or self._vault.text_counts().needs_ocr > 0)
        return report, waiting

    def _on_task_progress(self, done: int, total: int, _text: str) -> None:
        self.progressed.emit(done, total)

    def _on_task_done(self, result: Any) -> None:
        self._task = None
        report, waiting_for_ocr = result
        if report is None:  # another reader has the vault
            self.finished.emit(None)
            if not self._closed:
                self._timer.start(self.BUSY_RETRY_MS)
            return
        if waiting_for_ocr and not self._told_ocr:
            self._told_ocr = True
            self.ocrMissing.emit()
        self.finished.emit(None if report.cancelled else report)
        if self._again and not self._closed:
            self._timer.start(self.AGAIN_DELAY_MS)

    def _on_task_failed(self, exc: Exception) -> None:
        # The catalog was busy or the disk refused a write: the next change or start tries again.
        log.warning("reading document text stopped: %s", exc)
        self._task = None
        self.finished.emit(None)
        if self._again and not self._closed:  # what changed meanwhile is still to read
            self._timer.start(self.AGAIN_DELAY_MS)

    def close(self) -> None:
        """Stop at once: cancel the run and end the worker process (the document being read is
        read again next time)."""
        self._closed = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        if self._worker is not None:
            self._worker.close()
        self._pool.waitForDone(5000)


class IndexStatus(QLabel):
    """The status bar's word on the indexer: how far it is while it reads, and (once it met scans
    with no Tesseract) that scans cannot be searched yet, with how to fix it in the tooltip."""

    def __init__(self, indexer: TextIndexer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indexStatus")
        self.setContentsMargins(0, 0, 18, 0)  # apart from the file counts beside it
        self._ocr_missing = False
        self.hide()
        indexer.progressed.connect(self._on_indexer_progressed)
        indexer.finished.connect(self._on_indexer_finished)
        indexer.ocrMissing.connect(self._on_indexer_ocr_missing)

    def _on_indexer_progressed(self, done: int, total: int) -> None:
        self.setToolTip(self.tr("ClientVault reads what each document says so that search finds it by its "
                                "content. You can keep working meanwhile."))
        self.setText(self.tr("Reading documents for search: %1 of %2").replace("%1", QLocale().toString(done))
                     .replace("%2", QLocale().toString(total)))
        self.show()

    def _on_indexer_finished(self, _report: object) -> None:
        if self._ocr_missing:
            self._show_ocr_missing()
        else:
            self.hide()

    def _on_indexer_ocr_missing(self) -> None:
        self._ocr_missing = True
        self._show_ocr_missing()

    def _show_ocr_missing(self) -> None:
        self.setText(self.tr("Scanned documents cannot be searched yet"))
        how = {"win32": self.tr("On Windows, install the UB Mannheim build of Tesseract and tick Spanish "
                                "among its languages."),
               "darwin": self.tr("On a Mac, install it with Homebrew: brew install tesseract tesseract-lang.")}.get(
            sys.platform, self.tr("On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-spa."))
        self.setToolTip(self.tr("To search scans and photos by what they say, install the free program "
                                "Tesseract (with Spanish), then open ClientVault again.") + " " + how)
        self.show()
