"""The details panel's controller: reads a selection's details and suggestion from the vault, saves
what the person asks to save (one ``set_details`` call), applies suggestions on «Aplicar», and
follows the change feed. Errors go to the window's message box, as the file actions' do.

When to save: on «Guardar» or Enter in a field, and when the person leaves a document with changes
not saved yet (another file selected), as leaving a field would: what was typed is kept, and the
status bar says so. Esc or «Descartar» puts back what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from clientvault.core.errors import VaultError
from clientvault.core.values import Document, DocumentDetails
from clientvault.core.vault import Vault
from clientvault.ui.host import Host
from clientvault.ui.models.document_model import DocumentModel
from clientvault.ui.paper_words import as_day
from clientvault.ui.widgets.paper_details import PaperDetails
from clientvault.ui.workers import Task, progress_dialog, run_task

HINT_DELAY_MS = 150
MAX_BULK = 5000  # more than this at once is a select-all by mistake rather than papers to file
# A bulk edit of more documents than this runs in the background, CHUNK at a time, with a
# progress dialog that can cancel between chunks (5,000 took seconds on the window's thread).
BACKGROUND_AT = 200
CHUNK = 200


class PaperActions(QObject):
    def __init__(self, vault: Vault, host: Host, events: Any, panel: PaperDetails, model: DocumentModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault, self.host, self.events, self.panel, self.model = vault, host, events, panel, model
        self._ignored: set[int] = set()  # documents whose suggestion was set aside with «Ignorar»
        self._text_read = False  # the text of the document shown was read (its hints are final)
        self._tags: list[str] | None = None  # every tag in the vault, for completing; read again after a change
        self._saving = False  # a save is under way: the views it refreshes must not save it again
        self.bulk_task: Task | None = None  # a bulk edit running in the background
        # The suggestion and the NIT check read the file's text (up to 400,000 characters): a moment
        # after the selection settles, so going down the list with the arrow keys does not read each.
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._on_hint_timer_timeout)
        panel.saveRequested.connect(self.save)
        panel.suggestionAccepted.connect(self.accept_suggestion)
        panel.ignore_button.clicked.connect(self._on_ignore_clicked)
        events.documentsUpdated.connect(self._on_events_documents_updated)
        events.documentsRemoved.connect(self._on_events_documents_removed)
        events.typesChanged.connect(self._on_events_types_changed)

    # -- what the panel shows -----------------------------------------------------------------

    def show(self, docs: list[Document] | None, count: int | None = None, reason: str = "") -> None:
        """The selection changed: ``docs`` selected (``count`` when too many were to read them), or
        None with ``reason`` for a panel with nothing to edit."""
        ids = [d.id for d in docs] if docs else []
        if ids and ids == self.panel.ids:
            return  # the same documents again (the table was re-read): the change feed re-reads them
        self._leave()
        if count is not None and count > MAX_BULK:
            self.panel.show_nothing(self.tr("%n files are selected. Select at most 5,000 to change their "
                                            "details at once.", "", count))
        elif not docs:
            self.panel.show_nothing(reason)
        elif len(docs) == 1:
            self._show_one(docs[0].id)
        else:
            self._show_many(docs)

    def clear(self, reason: str = "") -> None:
        self._leave()
        self.panel.show_nothing(reason)

    def _show_one(self, doc_id: int) -> None:
        try:
            details = self.vault.document_details(doc_id)
            history = self.vault.history(doc_id)
        except VaultError as exc:
            self.panel.show_nothing(exc.message)
            return
        self.panel.show_one(details, self.model.types(), self._known_tags())
        self.panel.show_history(history)
        self.panel.show_owner_warning("")
        self._hint_timer.start()

    def refresh_hints(self) -> None:
        """The text of more files was read: the suggestion and the NIT check of the one shown may say
        more now (only those are read again, so a field being typed in is left alone)."""
        details = self.panel.details
        if details is None or len(self.panel.ids) != 1 or self._text_read or self._hint_timer.isActive():
            return  # its text was read already: the reader's progress with other files changes nothing
        if self.vault.document_text(details.doc.id) is not None:
            self._show_hints(details)

    def _on_hint_timer_timeout(self) -> None:
        if self.panel.details is not None and len(self.panel.ids) == 1:
            self._show_hints(self.panel.details)

    def _show_hints(self, details: DocumentDetails) -> None:
        doc_id = details.doc.id
        try:
            suggestion = None if doc_id in self._ignored else self.vault.suggest_details(doc_id)
            mismatch = self.vault.owner_mismatch(doc_id)
        except VaultError:
            return  # gone meanwhile: the change feed clears the panel
        self._text_read = self.vault.document_text(doc_id) is not None
        self.panel.show_owner_warning(mismatch.text if mismatch is not None else "")
        self.panel.show_suggestion(self._suggestion_text(details, suggestion) if suggestion is not None else "")

    def _show_many(self, docs: list[Document]) -> None:
        ids = [d.id for d in docs]
        tags = self.vault.tags_of(ids)
        common = set.intersection(*(set(t) for t in tags.values())) if tags else set()
        self.panel.show_many(ids, self.model.types(), {d.document_type_id or None for d in docs},
                             {d.period or None for d in docs}, sorted(common), self._known_tags())

    def _known_tags(self) -> list[str]:
        if self._tags is None:
            self._tags = self.vault.all_tags()
        return self._tags

    def _suggestion_text(self, details: DocumentDetails, found: Any) -> str:
        """The parts of the suggestion the document lacks (what «Aplicar» would write)."""
        doc = details.doc
        kind = next((t for t in self.model.types() if t.id == found.type_id), None) if found.type_id else None
        label = kind.label if kind is not None and not doc.document_type_id else None
        created = found.created if found.created is not None and as_day(doc.created) is None else None
        period = found.period if found.period and not doc.period else None
        expires = (found.expires if found.expires is not None and not doc.expires_set
                   and found.expires != as_day(doc.expires_on) else None)
        return self.panel.words.suggestion_text(label, created, period, expires)

    def _reread(self) -> None:
        ids = list(self.panel.ids)
        self.panel.ids = []  # so show() reads them again
        if len(ids) == 1:
            self._show_one(ids[0])
        elif ids:
            docs = []
            for doc_id in ids:
                try:
                    docs.append(self.vault.document(doc_id))
                except VaultError:
                    continue  # gone meanwhile (another window purged it)
            if len(docs) > 1:
                self._show_many(docs)
            elif docs:
                self._show_one(docs[0].id)
            else:
                self.panel.show_nothing()

    # -- what the person asks -----------------------------------------------------------------

    def save(self, quiet: bool = False) -> bool:
        """Write what the form changed, for every document shown, in one call (in the background,
        by chunks, for many)."""
        panel = self.panel
        if not panel.ids or self._saving:
            return True
        period_ok = panel.check_period() if panel.details is not None or panel.period_touched else True
        if not period_ok and not quiet:
            panel.period.setFocus()
            return False
        changes = panel.changes()
        if not changes:
            panel.set_dirty(False)
            return period_ok
        if len(panel.ids) > BACKGROUND_AT:
            self._in_background(list(panel.ids), lambda ids: self.vault.set_details(ids, **changes),
                                self.tr("Saving the details"))
            panel.set_dirty(False)
            return period_ok
        # Clean before the write: the flush below refreshes the table, whose selection shows the
        # panel again, and a panel still marked changed would be saved a second time.
        panel.set_dirty(False)
        self._saving = True
        try:
            done = self.vault.set_details(panel.ids, **changes)
        except VaultError as exc:
            panel.set_dirty(True)
            self.host.show_error(exc.message)
            return False
        finally:
            self.events.flush()
            self._saving = False
        if len(panel.ids) > 1:
            self.host.notify(self.tr("Details saved for %n file(s).", "", len(done)))
        elif quiet:
            self.host.notify(self.tr("The details of «%1» were saved.").replace("%1", done[0].filename if done else ""))
        if not quiet:
            self._reread()
        return period_ok

    def accept_suggestion(self) -> None:
        """«Aplicar»: each document's own suggestion, into what it does not have yet."""
        ids = list(self.panel.ids)
        if not ids or (self.panel.dirty and not self.save()):
            return
        if len(ids) > BACKGROUND_AT:
            self._in_background(ids, self.vault.accept_suggestion, self.tr("Applying the suggestions"))
            return
        try:
            done = self.vault.accept_suggestion(ids)
        except VaultError as exc:
            self.host.show_error(exc.message)
            return
        finally:
            self.events.flush()
        changed = len({d.id for d in done})
        if len(ids) > 1 or not changed:
            self.host.notify(self.tr("Suggestions applied to %n file(s).", "", changed) if changed else
                             self.tr("There was nothing to suggest that the files do not have already."))
        self._reread()

    def _in_background(self, ids: list[int], write: Any, title: str) -> None:
        """``write(chunk)`` for each CHUNK of ``ids`` off the window's thread, with a progress dialog
        whose Cancel stops between chunks (those written stay written); the views are told once, at the end."""
        if self.bulk_task is not None:
            self.host.show_error(self.tr("Details are already being saved. Wait for it to finish or cancel it."))
            return
        total = len(ids)
        progress = progress_dialog(self.host.dialog_parent(), "bulkProgress", title,
                                   self.tr("%n file(s)…", "", total), self.tr("Cancel"), total, 300)
        self.events.hold()

        def work(task: Task) -> int:
            done = 0
            for start in range(0, total, CHUNK):
                if task.cancelled:
                    break
                done += len(write(ids[start:start + CHUNK]))
                task.report(min(start + CHUNK, total), total)
            return done

        def finish() -> None:
            self.bulk_task = None
            self.events.flush()
            progress.close()
            progress.deleteLater()

        def on_done(done: int) -> None:
            finish()
            self.host.notify(self.tr("Details saved for %n file(s).", "", done))
            self._reread()

        def on_failed(exc: Exception) -> None:
            finish()
            self.host.show_error(exc.message if isinstance(exc, VaultError) else self.tr(
                "The work stopped because of an unexpected problem. The details saved before it stay so."))
            self._reread()

        self.bulk_task = run_task(work, on_done, on_failed, lambda done, _total, _text: progress.setValue(done),
                                  on_close=self.vault.release_thread)
        progress.canceled.connect(self.bulk_task.cancel)

    def _on_ignore_clicked(self) -> None:
        if len(self.panel.ids) == 1:
            self._ignored.add(self.panel.ids[0])

    def _leave(self) -> None:
        """Another selection: what was typed for the documents shown is saved, as leaving a field."""
        panel = self.panel
        if panel.dirty and panel.ids and not self._saving:
            bad_period = panel.period.text() if not panel.check_period() else ""
            self.save(quiet=True)
            if bad_period:
                self.host.notify(self.tr("The period «%1» was not saved: enter a year (2023) or a year and month "
                                         "(2023-12).").replace("%1", bad_period))
        panel.dirty = False

    # -- the change feed ----------------------------------------------------------------------

    def _on_events_documents_updated(self, ids: set[int]) -> None:
        self._tags = None
        if set(self.panel.ids) & ids and not self.panel.dirty:
            self._reread()

    def _on_events_documents_removed(self, ids: set[int]) -> None:
        if set(self.panel.ids) & ids:
            self.panel.show_nothing()

    def _on_events_types_changed(self) -> None:
        if self.panel.ids and not self.panel.dirty:
            self._reread()
        elif self.panel.ids:  # what was typed stays; the types' names and rules are the new ones
            self.panel.refresh_types(self.model.types())
