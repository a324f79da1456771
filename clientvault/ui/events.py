"""The vault's change feed as Qt signals on the GUI thread.

The vault announces every committed change on the thread that committed it (an import runs in a
worker). ``VaultEvents`` hands each change to the GUI thread, gathers the changes of one burst
(a thousand imported files, a multi-selection deleted) and emits one set of signals per burst, so
views refresh once, not once per file. A timer also asks the vault for what other processes
committed (the command line while the window is open), which then arrives the same way.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal

from clientvault.core.vault import Change, Vault

log = logging.getLogger(__name__)

POLL_MS = 1500  # how often the window looks for changes made by other processes
BURST_MS = 30  # changes arriving within this time are announced together


class VaultEvents(QObject):
    """Signals (each emitted once per burst of changes):
        documentsChanged(object): set of company ids whose documents were added, changed or removed.
        documentsUpdated(object): set of document ids renamed, restored or whose record was repaired.
        documentsRemoved(object): set of document ids moved to the trash or purged.
        companiesChanged(): a company was added, edited or removed, or its file counts changed.
        settingsChanged(): the vault's settings (e-mail, the papers a new company must have) changed.
        typesChanged(): paper types or their expiry rules were added or edited (expiry dates may
            have moved in every company).
    """

    documentsChanged = Signal(object)
    documentsUpdated = Signal(object)
    documentsRemoved = Signal(object)
    companiesChanged = Signal()
    settingsChanged = Signal()
    typesChanged = Signal()
    _arrived = Signal(object)  # from any thread; delivered on the GUI thread

    def __init__(self, vault: Vault, parent: QObject | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._vault = vault
        self._pending: list[Change] = []
        self._held = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(BURST_MS)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._connect_signals()
        self._unsubscribe = vault.subscribe(self._on_vault_change)
        if poll_ms > 0:
            self._poll_timer.start()

    def _connect_signals(self) -> None:
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self._flush_timer.timeout.connect(self.flush)
        self._poll_timer.timeout.connect(self.poll)

    def close(self) -> None:
        self._unsubscribe()
        self._poll_timer.stop()

    def _on_vault_change(self, change: Change) -> None:
        """Runs on the committing thread: only hand the change over."""
        if QThread.currentThread() is self.thread():
            self._pending.append(change)
            # A change made here (a delete, a rename) shows as soon as control returns to the loop.
            if not self._flush_timer.isActive():
                self._flush_timer.start(0)
        else:
            self._arrived.emit(change)

    def _on_arrived(self, change: Any) -> None:
        self._pending.append(change)
        if not self._flush_timer.isActive() and not self._held:
            self._flush_timer.start(BURST_MS)

    def hold(self) -> None:
        """Gather what arrives without announcing it until the next ``flush()``: for long work
        under a modal progress dialog (emptying a trash of 3,000 files took four times as long
        while the views re-read the list at every burst)."""
        self._held = True

    def poll(self) -> None:
        """Look for changes other processes committed (also called by tests instead of waiting)."""
        try:
            self._vault.poll_changes()
        except Exception:  # a locked or vanished database must not take the window down; next poll retries
            log.warning("could not read the vault's change log", exc_info=True)

    def flush(self) -> None:
        """Emit what arrived since the last flush (and end a ``hold``)."""
        self._held = False
        self._flush_timer.stop()
        changes, self._pending = self._pending, []
        if not changes:
            return
        companies: set[int] = set()
        updated: set[int] = set()
        removed: set[int] = set()
        company_rows = settings = types = False
        for c in changes:
            if c.kind.startswith("document_"):
                if c.company_id is not None:
                    companies.add(c.company_id)
                company_rows = True  # the sidebar's counts
                # The last word on a document wins: deleted, then brought back by Undo, is updated.
                if c.kind == "document_changed":
                    updated.update(c.document_ids)
                    removed.difference_update(c.document_ids)
                elif c.kind == "document_removed":
                    removed.update(c.document_ids)
                    updated.difference_update(c.document_ids)
            elif c.kind.startswith("company_"):
                company_rows = True
                if c.company_id is not None:
                    companies.add(c.company_id)
            elif c.kind == "settings_changed":
                settings = True
            elif c.kind == "types_changed":
                types = company_rows = True  # the sidebar's «Vencido: Cámara» may change too
        if company_rows:
            self.companiesChanged.emit()
        if companies:
            self.documentsChanged.emit(companies)
        if removed:
            self.documentsRemoved.emit(removed)
        if updated:
            self.documentsUpdated.emit(updated)
        if settings:
            self.settingsChanged.emit()
        if types:
            self.typesChanged.emit()
