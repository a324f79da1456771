"""What the file actions do: upload (chooser and drops), delete and undo, trash, rename, save a
copy, open outside. Long work (imports) runs through ``run_task`` with a cancellable progress dialog."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from clientvault.core.errors import VaultError
from clientvault.core.models import Document
from clientvault.core.storage import numbered
from clientvault.core.vault import ImportSummary
from clientvault.ui.dialogs.import_summary import ImportSummaryDialog
from clientvault.ui.dialogs.upload_dialog import UploadDialog
from clientvault.ui.models.document_model import DocumentModel
from clientvault.ui.workers import Task, close_thread_connection, progress_dialog, run_task

if TYPE_CHECKING:
    from clientvault.ui.mainwindow import MainWindow


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.vault = window.vault
        self.last_deleted: list[int] = []
        self.import_task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self.preview_window: QWidget | None = None
        self.print_job: QObject | None = None

    def connect_actions(self) -> None:
        w = self.w
        w.action_upload.triggered.connect(self.upload)
        w.action_delete.triggered.connect(self.delete_selected)
        w.action_undo.triggered.connect(self.undo_delete)
        w.action_restore.triggered.connect(self.restore_selected)
        w.action_purge.triggered.connect(self.purge_selected)
        w.action_rename.triggered.connect(self.rename_selected)
        w.action_save_copy.triggered.connect(self.save_copy)
        w.action_open_external.triggered.connect(self.open_external)
        w.action_show_in_folder.triggered.connect(self.show_in_folder)
        w.action_preview.triggered.connect(self.preview_selected)
        w.action_quick_look.triggered.connect(self.quick_look)
        w.action_print.triggered.connect(self.print_selected)

    # -- upload ---------------------------------------------------------------------------------

    def upload(self) -> None:
        cid = self.w.current_company_id()
        if cid is None:
            return
        dialog = UploadDialog(self.vault, self.w.current_company_name(), self.w)
        dialog.accepted.connect(lambda: self.import_paths(cid, [str(p) for p in dialog.paths]))
        dialog.open()
        self.upload_dialog = dialog

    def import_paths(self, company_id: int | None, paths: list[str]) -> None:
        """Import in the background with a cancellable progress dialog, then show the summary."""
        if company_id is None or not paths:
            return
        if self.import_task is not None:
            self.w.show_error(self.tr("An upload is already running. Wait for it to finish or cancel it."))
            return
        company = self.vault.company(company_id)
        progress = progress_dialog(self.w, "importProgress", self.tr("Uploading"),
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
                                    on_progress, on_close=close_thread_connection)
        progress.canceled.connect(self.import_task.cancel)

    def _finish_import(self) -> None:
        self.import_task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.w.companies.reload(select_id=self.w.current_company_id())
        self.w.document_model.refresh()

    def _on_import_done(self, company_name: str, summary: ImportSummary) -> None:
        self._finish_import()
        imported = len(summary.of("imported"))
        self.w.notify(self.tr("%n file(s) uploaded to %1.", "", imported).replace("%1", company_name))
        dialog = ImportSummaryDialog(summary, company_name, self.w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog = dialog
        dialog.open()

    def _on_import_failed(self, exc: Exception) -> None:
        self._finish_import()
        text = exc.message if isinstance(exc, VaultError) else self.tr(
            "The upload stopped because of an unexpected problem. The files uploaded before it are kept.")
        self.w.show_error(text)

    def offer_import(self, paths: list[str]) -> None:
        """Files handed over by "Open with ClientVault" or a second start: bring the window to the
        front and ask before importing them into the selected company."""
        w = self.w
        w.showNormal()
        w.raise_()
        w.activateWindow()
        if not paths:
            return
        cid = w.current_company_id()
        if cid is None:
            w.show_error(self.tr("Add a company first; then open the files again to upload them into it."))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Upload files"),
                          self.tr("Upload %n file(s) into «%1»?", "", len(paths)).replace("%1", w.current_company_name()),
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
        return [d.id for d in self.w.selected_documents()]

    def _after_change(self, message: str) -> None:
        self.w.document_model.refresh()
        self.w.companies.reload(select_id=self.w.current_company_id())
        self.w.notify(message)
        self.w.update_actions()

    def _guarded(self, fn, *args):  # type: ignore[no-untyped-def]
        try:
            return fn(*args)
        except VaultError as exc:
            self.w.show_error(exc.message)
            return None

    def delete_selected(self) -> None:
        ids = self._ids()
        if not ids or self.w.in_trash():
            return
        done = self._guarded(self.vault.delete, ids)
        if done:
            self.last_deleted = [d.id for d in done]
            self._after_change(self.tr("%n file(s) moved to the trash. Press Ctrl+Z to undo.", "", len(done)))

    def undo_delete(self) -> None:
        if not self.last_deleted:
            return
        done = self._guarded(self.vault.restore, self.last_deleted)
        self.last_deleted = []
        if done is not None:
            self._after_change(self.tr("%n file(s) brought back from the trash.", "", len(done)))

    def restore_selected(self) -> None:
        done = self._guarded(self.vault.restore, self._ids())
        if done is not None:
            self._after_change(self.tr("%n file(s) restored.", "", len(done)))

    def purge_selected(self) -> None:
        ids = self._ids()
        if not ids:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete permanently"),
                          self.tr("Delete %n file(s) permanently? This cannot be undone.", "", len(ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.w)
        box.setObjectName("purgeConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete permanently"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_finished(result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                n = self._guarded(self.vault.purge, ids)
                # Purged files can no longer be brought back by Undo.
                self.last_deleted = [i for i in self.last_deleted if i not in ids]
                if n is not None:
                    self._after_change(self.tr("%n file(s) deleted permanently.", "", n))

        box.finished.connect(on_finished)
        self.purge_box = box
        box.open()

    # -- rename, copies, outside programs ------------------------------------------------------

    def rename_selected(self) -> None:
        rows = self.w.table.selectionModel().selectedRows()
        if len(rows) == 1:
            self.w.table.edit(rows[0].siblingAtColumn(DocumentModel.COL_NAME))

    def save_copy(self) -> None:
        docs: list[Document] = self.w.selected_documents()
        if not docs:
            return
        if len(docs) == 1:
            target, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save a copy"),
                                                    str(Path.home() / docs[0].original_filename))
            if target:
                self._copy_out([(docs[0], Path(target))])
            return
        folder = QFileDialog.getExistingDirectory(self.w, self.tr("Choose where to save the copies"), str(Path.home()))
        if folder:
            pairs, taken = [], set()
            for doc in docs:
                name, n = doc.filename, 1
                while (Path(folder) / name).exists() or name.casefold() in taken:
                    n += 1
                    name = numbered(doc.filename, n)
                taken.add(name.casefold())
                pairs.append((doc, Path(folder) / name))
            self._copy_out(pairs)

    def _copy_out(self, pairs: list[tuple[Document, Path]]) -> None:
        for doc, target in pairs:
            try:
                shutil.copyfile(self.vault.document_path(doc), target)
            except OSError as exc:
                self.w.show_error(self.tr("Could not save a copy of %1 to %2: %3").replace("%1", doc.filename)
                                  .replace("%2", str(target)).replace("%3", exc.strerror or str(exc)))
                return
        self.w.notify(self.tr("%n copy(ies) saved.", "", len(pairs)))

    def open_external(self) -> None:
        docs = self.w.selected_documents()
        if len(docs) == 1:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vault.document_path(docs[0]))))

    def show_in_folder(self) -> None:
        cid = self.w.current_company_id()
        if cid is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.vault.company_dir(cid))))

    # -- preview and print ----------------------------------------------------------------------

    def preview_selected(self) -> None:
        from clientvault.ui.dialogs.preview_window import PreviewWindow

        docs = self.w.selected_documents()
        if len(docs) != 1:
            return
        doc = docs[0]
        if self.preview_window is not None:
            self.preview_window.close()
        window = PreviewWindow(self.vault.document_path(doc), doc.mime_type, doc.original_filename or doc.filename, self.w)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: setattr(self, "preview_window", None))
        self.preview_window = window
        window.show()

    def quick_look(self) -> None:
        """Space: open the preview window, or close it if it is open (as Finder's Quick Look does)."""
        if self.preview_window is not None and self.preview_window.isVisible():
            self.preview_window.close()
        else:
            self.preview_selected()

    def print_selected(self) -> None:
        from clientvault.ui.printing import PrintJob

        docs = self.w.selected_documents()
        if len(docs) == 1:
            doc = docs[0]
            self.print_job = PrintJob(self.vault.document_path(doc), doc.mime_type, doc.original_filename or doc.filename,
                                      self.w)
            self.print_job.open()
