"""What the file actions do: upload (chooser and drops), delete and undo, trash, rename, save a
copy, open outside. Long work (imports) runs through ``run_task`` with a cancellable progress dialog.
Moving and copying to another company is in ``transfer_actions.py``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from clientvault.core.errors import VaultError, os_words
from clientvault.core.values import Document, ImportSummary, free_name
from clientvault.core.vault import Vault
from clientvault.preview import family_for
from clientvault.preview.base import MAX_SIZE
from clientvault.ui.workers import Task, progress_dialog, run_task

if TYPE_CHECKING:
    from clientvault.ui.dialogs.import_summary import ImportSummaryDialog
    from clientvault.ui.dialogs.print_preview import PrintPreviewWindow
    from clientvault.ui.events import VaultEvents
    from clientvault.ui.host import Host
    from clientvault.ui.text_indexer import TextIndexer


class FileActions(QObject):
    """Signals:
        undoChanged(): whether Undo has something to bring back changed.
    """

    undoChanged = Signal()

    def __init__(self, vault: Vault, host: Host, events: VaultEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.vault = vault
        self.events = events
        self.last_deleted: list[int] = []
        self.import_task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.preview_window: QWidget | None = None
        self.print_job: PrintPreviewWindow | None = None
        # The window's background reader: the summary re-checks suggestions and NITs as it reads.
        self.text_reader: TextIndexer | None = None

    # -- upload ---------------------------------------------------------------------------------

    def upload(self) -> None:
        cid = self.host.current_company_id()
        if cid is None:
            return
        from clientvault.ui.dialogs.upload_dialog import UploadDialog  # loaded when first needed, not at start

        dialog = UploadDialog(self.vault, self.host.current_company_name(), self.host.dialog_parent())
        dialog.accepted.connect(lambda: self.import_paths(cid, [str(p) for p in dialog.paths]))
        dialog.open()
        self.upload_dialog = dialog

    def import_paths(self, company_id: int | None, paths: list[str]) -> None:
        """Import in the background with a cancellable progress dialog, then show the summary."""
        if company_id is None or not paths:
            return
        if self.import_task is not None:
            self.host.show_error(self.tr("An upload is already running. Wait for it to finish or cancel it."))
            return
        company = self.vault.company(company_id)
        progress = progress_dialog(self.host.dialog_parent(), "importProgress", self.tr("Uploading"),
                                   self.tr("Uploading files to %1…").replace("%1", company.name), self.tr("Cancel"), 0, 400)
        self.progress = progress

        def work(task: Task) -> ImportSummary:
            return self.vault.import_files(company_id, paths,
                                           progress=lambda i, n, p: task.report(i, n, p.name),
                                           cancelled=lambda: task.cancelled)

        def on_progress(done: int, total: int, name: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            if name:
                progress.setLabelText(self.tr("Uploading %1 of %2: %3").replace("%1", str(done + 1))
                                      .replace("%2", str(total)).replace("%3", name))

        self.import_task = run_task(work, lambda s: self._on_import_done(company.name, s), self._on_import_failed,
                                    on_progress, on_close=self.vault.release_thread)
        progress.canceled.connect(self.import_task.cancel)

    def _finish_import(self) -> None:
        self.import_task = None
        self.events.flush()  # the table and the counts are up to date before the summary shows
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_import_done(self, company_name: str, summary: ImportSummary) -> None:
        self._finish_import()
        imported = len(summary.of("imported"))
        self.host.notify(self.tr("%n file(s) uploaded to %1.", "", imported).replace("%1", company_name))
        from clientvault.ui.dialogs.import_summary import ImportSummaryDialog

        # It deletes itself once closed and nothing is left to read (a RUT found meanwhile to be
        # another company's brings it back).
        dialog = ImportSummaryDialog(summary, company_name, self.host.dialog_parent(), self.vault, self.text_reader)
        self.summary_dialog = dialog
        dialog.open()

    def _on_import_failed(self, exc: Exception) -> None:
        self._finish_import()
        text = exc.message if isinstance(exc, VaultError) else self.tr(
            "The upload stopped because of an unexpected problem. The files uploaded before it are kept.")
        self.host.show_error(text)

    def offer_import(self, paths: list[str]) -> None:
        """Files handed over by "Open with ClientVault" or a second start: bring the window to the
        front and ask before importing them into the selected company."""
        w = self.host.dialog_parent()
        w.showNormal()
        w.raise_()
        w.activateWindow()
        if not paths:
            return
        cid = self.host.current_company_id()
        if cid is None:
            self.host.show_error(self.tr("Add a company first; then open the files again to upload them into it."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Upload files"),
                          self.tr("Upload %n file(s) into «%1»?", "", len(paths)).replace("%1", self.host.current_company_name()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)
        box.setObjectName("offerImport")
        box.setDetailedText("\n".join(paths))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Upload"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))

        def on_finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.import_paths(cid, paths)

        box.finished.connect(on_finished)
        self.offer_box = box
        box.open()

    # -- delete, undo, trash ----------------------------------------------------------------------

    def _ids(self) -> list[int]:
        return [d.id for d in self.host.selected_documents()]

    def _set_undo(self, ids: list[int]) -> None:
        self.last_deleted = ids
        self.undoChanged.emit()

    def forget_undo(self) -> None:
        """Another company was chosen: Ctrl+Z must not bring back files the person no longer sees."""
        if self.last_deleted:
            self._set_undo([])

    def _guarded(self, fn, *args):  # type: ignore[no-untyped-def]
        """Run a use case; its error is shown, and what it changed is in the views when it returns."""
        try:
            return fn(*args)
        except VaultError as exc:
            self.host.show_error(exc.message)
            return None
        finally:
            self.events.flush()

    def delete_selected(self) -> None:
        ids = self._ids()
        if not ids or self.host.in_trash():
            return
        done = self._guarded(self.vault.delete, ids)
        if done:
            self._set_undo([d.id for d in done])
            self.host.notify(self.tr("%n file(s) moved to the trash. Press Ctrl+Z to undo.", "", len(done)))

    def undo_delete(self) -> None:
        if not self.last_deleted:
            return
        done = self._guarded(self.vault.restore, self.last_deleted)
        self._set_undo([])
        if done is not None:
            self.host.notify(self.tr("%n file(s) brought back from the trash.", "", len(done)))

    def restore_selected(self) -> None:
        done = self._guarded(self.vault.restore, self._ids())
        if done is not None:
            self.host.notify(self.tr("%n file(s) restored.", "", len(done)))

    def purge_selected(self) -> None:
        ids = self._ids()
        if not ids:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete permanently"),
                          self.tr("Delete %n file(s) permanently? This cannot be undone.", "", len(ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.host.dialog_parent())
        box.setObjectName("purgeConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete permanently"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_finished(result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                n = self._guarded(self.vault.purge, ids)
                # Purged files can no longer be brought back by Undo.
                self._set_undo([i for i in self.last_deleted if i not in ids])
                if n is not None:
                    self.host.notify(self.tr("%n file(s) deleted permanently.", "", n))

        box.finished.connect(on_finished)
        self.purge_box = box
        box.open()

    # -- rename, copies, outside programs ------------------------------------------------------

    def save_copy(self) -> None:
        docs: list[Document] = self.host.selected_documents()
        if not docs:
            return
        if len(docs) == 1:
            # The name it has now in the vault (after any rename), not the name it came in with.
            target, _ = QFileDialog.getSaveFileName(self.host.dialog_parent(), self.tr("Save a copy"),
                                                    str(Path.home() / docs[0].filename))
            if target:
                self._copy_out([(docs[0], Path(target))])
            return
        folder = QFileDialog.getExistingDirectory(self.host.dialog_parent(), self.tr("Choose where to save the copies"),
                                                  str(Path.home()))
        if folder:
            pairs: list[tuple[Document, Path]] = []
            taken: set[str] = set()
            for doc in docs:
                name = free_name(doc.filename, lambda n: (Path(folder) / n).exists() or n.casefold() in taken)
                taken.add(name.casefold())
                pairs.append((doc, Path(folder) / name))
            self._copy_out(pairs)

    def _copy_out(self, pairs: list[tuple[Document, Path]]) -> None:
        for doc, target in pairs:
            try:
                shutil.copyfile(self.vault.document_path(doc), target)
            except OSError as exc:
                self.host.show_error(self.tr("Could not save a copy of %1 to %2: %3").replace("%1", doc.filename)
                                  .replace("%2", str(target)).replace("%3", os_words(exc)))
                return
        self.host.notify(self.tr("%n copy(ies) saved.", "", len(pairs)))

    def open_external(self) -> None:
        docs = self.host.selected_documents()
        if len(docs) == 1:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vault.document_path(docs[0]))))

    def show_in_folder(self) -> None:
        cid = self.host.current_company_id()
        if cid is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vault.company_dir(cid))))

    # -- preview and print ----------------------------------------------------------------------

    def preview_selected(self) -> None:
        from clientvault.ui.dialogs.preview_window import PreviewWindow

        docs = self.host.selected_documents()
        if len(docs) != 1:
            return
        doc = docs[0]
        if self.preview_window is not None:
            self.preview_window.close()
        window = PreviewWindow(self.vault.document_path(doc), doc.mime_type, doc.filename, self.host.dialog_parent())
        window.follow(self.vault, self.events, doc.id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: setattr(self, "preview_window", None))
        self.preview_window = window
        window.show()
        query = self.host.preview_find_text()
        if query:  # a search result, or a word being found beside the table: the window goes on with it
            window.find(query)

    def quick_look(self) -> None:
        """Space: open the preview window, or close it if it is open (as Finder's Quick Look does)."""
        if self.preview_window is not None and self.preview_window.isVisible():
            self.preview_window.close()
        else:
            self.preview_selected()

    def print_selected(self) -> None:
        docs = self.host.selected_documents()
        if len(docs) == 1 and can_print(docs[0]):
            self.print_job = self.print_preview(docs[0])
            self.print_job.show()

    def company_name(self, doc: Document) -> str:
        """The company a document belongs to (a search result may be another company's than the one chosen)."""
        try:
            return self.vault.company(doc.company_id).name
        except VaultError:
            return self.host.current_company_name()

    def print_preview(self, doc: Document, parent: QWidget | None = None) -> PrintPreviewWindow:
        """Our print preview of ``doc``, not yet shown; closing it deletes it."""
        from clientvault.ui.dialogs.print_preview import PrintPreviewWindow

        if self.print_job is not None and isValid(self.print_job):
            self.print_job.close()
        window = PrintPreviewWindow(self.vault.document_path(doc), doc.mime_type, doc.filename, self.company_name(doc),
                                    parent or self.host.dialog_parent())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self._on_print_preview_destroyed(window))
        return window

    def _on_print_preview_destroyed(self, window: PrintPreviewWindow) -> None:
        if self.print_job is window:  # not a newer one that replaced it
            self.print_job = None


def can_print(doc: Document) -> bool:
    """Whether Print applies: a kind the preview shows and a size it opens. (A file that turns out
    damaged when previewed is caught by the pane's state and by the print preview itself.)"""
    return family_for(doc.mime_type, doc.filename) is not None and 0 < doc.size <= MAX_SIZE
