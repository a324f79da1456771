"""The search across all companies, as the window runs it: the toolbar's field searches as the
person types (one query pending at most, 200 ms after the last key), the results page stands in
for the company's files while there is text, and opening a result goes to that company with the
file selected and previewed.

Unlike the ``*_actions.py`` controllers this one changes nothing in the vault; it moves the person
between views, so it is given the window's views (through ``SearchHost``) rather than only a host.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QStackedWidget, QWidget

from clientvault.core.vault import SearchHit, Vault

if TYPE_CHECKING:
    from clientvault.ui.events import VaultEvents
    from clientvault.ui.models.document_model import DocumentModel
    from clientvault.ui.widgets.company_sidebar import CompanySidebar
    from clientvault.ui.widgets.document_table import DocumentTable
    from clientvault.ui.widgets.preview_pane import PreviewPane
    from clientvault.ui.widgets.search_panel import SearchPanel


log = logging.getLogger(__name__)

class SearchHost(Protocol):
    """What of the main window the search moves between."""

    events: VaultEvents
    search_field: QLineEdit
    search_panel: SearchPanel
    middle: QStackedWidget  # the company's files, or the results
    files_page: QWidget
    sidebar: CompanySidebar
    filter_edit: QLineEdit
    table: DocumentTable
    document_model: DocumentModel
    preview_pane: PreviewPane
    action_trash: QAction

    def in_trash(self) -> bool: ...

    def preview_selection(self) -> None: ...

    def notify(self, text: str) -> None: ...

    def update_actions(self) -> None: ...


class SearchController(QObject):
    DELAY_MS = 200
    # Results as you type: a hundred is more than a person reads before typing another word, and
    # each costs its snippet (bench/search.py: a common word in 100,000 documents, 52 ms at 200).
    LIMIT = 100

    def __init__(self, vault: Vault, host: SearchHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._host = host
        self.field = host.search_field
        self.panel = host.search_panel
        self.query = ""  # the text the results on screen are for
        self.runs = 0  # queries run (the tests count them)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.returnPressed.connect(self.panel.activate_current)
        self.field.installEventFilter(self)
        self.panel.filtersChanged.connect(self.run)
        self.panel.hitActivated.connect(self.open_hit)
        self.panel.currentHitChanged.connect(self._on_panel_current_hit_changed)
        self.panel.escapePressed.connect(self.close)
        events = self._host.events
        for signal in (events.documentsChanged, events.documentsUpdated, events.documentsRemoved):
            signal.connect(self._on_vault_changed)
        events.companiesChanged.connect(self._on_events_companies_changed)

    # -- what the window's actions call -------------------------------------------------------------

    def focus_field(self) -> None:
        """Ctrl+K: to the field, its text selected so typing replaces it; results come back for it.
        When the sidebar's company search found nothing, its words are searched in the documents
        (the sidebar offers exactly that, naming Ctrl+K)."""
        offered = self._host.sidebar.take_search_offer()
        if offered:
            self.search_for(offered)
            return
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip() and not self.showing():
            self._show(True)
            self.run()

    def search_for(self, text: str) -> None:
        """Search ``text`` at once (the sidebar's «Search … in the documents»)."""
        self.field.setText(text)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.end(False)
        if text.strip():
            self.run()

    def close(self) -> None:
        """Esc: the field empties and the company's files are back as they were."""
        self._timer.stop()
        if self.field.text():
            self.field.clear()  # -> _on_field_text_changed -> _leave
        else:
            self._leave()
        self._host.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def showing(self) -> bool:
        return self._host.middle.currentWidget() is self.panel

    # -- searching --------------------------------------------------------------------------------

    def run(self) -> None:
        """The query now (a few milliseconds); what was pending is dropped."""
        self._timer.stop()
        text = self.field.text().strip()
        if not text or not self.showing():
            return
        current = self.panel.current_hit()
        keep = current.document.id if current is not None and text == self.query else None
        self.query = text
        self.runs += 1
        try:
            hits = self._vault.search(text, limit=self.LIMIT, **self.panel.filters())
        except Exception:  # a locked or damaged database: say so, keep what is shown, the next key retries
            log.exception("search for %r failed", text)
            self._host.notify(self.tr("The search could not be done just now; try again. If it happens again, "
                                      "the log file (logs/clientvault.log in the data folder) says why."))
            return
        self.panel.show_results(text, hits, self.LIMIT, keep)

    def on_reading_progressed(self, done: int, total: int) -> None:
        """The background reading's progress (TextIndexer.progressed)."""
        self.panel.set_unread(max(0, total - done))

    def on_reading_finished(self, report: object) -> None:
        """The background reading ended: results shown now may have missed what it just read."""
        self.panel.set_unread(0)
        if report is not None and int(getattr(report, "read", 0)) > 0 and self.showing() and self.query:
            self._timer.start()

    def _on_field_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._leave()
            return
        if not self.showing():
            self._show(True)
        self.panel.show_pending(text.strip())
        self._timer.start()

    def _show(self, on: bool) -> None:
        host = self._host
        if on:
            self._refresh_companies()
            host.middle.setCurrentWidget(self.panel)
        else:
            host.middle.setCurrentWidget(host.files_page)
        host.update_actions()  # the file actions wait for the files to be back on screen

    def _leave(self) -> None:
        """Back to the company's files, and the preview of what is selected there."""
        if not self.showing():
            return
        self._show(False)
        self.query = ""
        self.panel.clear()
        self._host.preview_selection()

    def _refresh_companies(self) -> None:
        self.panel.set_companies([(i.company.id, i.company.name) for i in self._vault.companies()])

    def _on_vault_changed(self, _ids: object) -> None:
        if self.showing() and self.query:
            self._timer.start()  # a burst of changes re-runs the query once

    def _on_events_companies_changed(self) -> None:
        if self.showing():
            self._refresh_companies()
            if self.query:
                self._timer.start()

    def _on_panel_current_hit_changed(self, found: SearchHit | None) -> None:
        if not self.showing():
            return
        pane = self._host.preview_pane
        pane.show_document(found.document if found is not None else None, self._vault)
        if found is not None and found.where == "text":
            self._find_in_preview()

    def _find_in_preview(self) -> None:
        """The pane jumps to the first hit of the query. Its find bar takes the focus; the person
        is typing in the field or moving in the results, so the focus goes back where it was."""
        if not self.query:
            return
        focus = QApplication.focusWidget()
        self._host.preview_pane.find(self.query)
        if focus is not None and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening a result -------------------------------------------------------------------------

    def open_hit(self, found: SearchHit) -> None:
        """The company of the document in the sidebar, the document selected in its table (loaded
        however far down the list it is; a file filter hiding it is cleared), previewed."""
        host = self._host
        doc = self._vault.find_document(found.document.id)
        if doc is None or doc.deleted_at is not None:
            host.notify(self.tr("«%1» is no longer among the files: it was deleted.").replace(
                "%1", found.document.filename))
            self.run()
            return
        self._show(False)
        if host.in_trash():
            host.action_trash.setChecked(False)
        host.sidebar.select_company(doc.company_id)
        if host.sidebar.current_id != doc.company_id:
            return
        # The model counts the rows before it in SQL and reads only that row's page, so row 99,500
        # of a company costs what row 5 does.
        row = host.document_model.row_of(doc.id)
        if row < 0 and host.filter_edit.text():
            host.filter_edit.clear()
            row = host.document_model.row_of(doc.id)
        if row < 0:
            return
        index = host.document_model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        host.table.selectionModel().setCurrentIndex(index, flags)
        host.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        host.table.setFocus(Qt.FocusReason.OtherFocusReason)  # its keys (Enter, Delete, Ctrl+P) act on the file
        host.preview_pane.show_document(doc, self._vault)
        if found.where == "text":
            self._find_in_preview()

    # -- keys in the field ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
            if key in moves and self.showing():
                self.panel.move_current(moves[key])
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        elif (watched is self.field and event.type() == QEvent.Type.FocusIn and self.field.text().strip()
              and not self.showing()):
            self._show(True)  # back in the field after opening a result: its results come back
            self.run()
        return super().eventFilter(watched, event)
