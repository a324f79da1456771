"""«Archivo › Restaurar copia…»: the backup is read first and what it holds is shown (which
companies are new, which are already here and how many of their files), the person chooses the
companies, and only then the files come in, in the background with progress and Cancel. Nothing
already here is replaced: what is skipped is listed with the reason. Reading the backup also runs in
the background: a ZIP from elsewhere can be large, slow or hostile, and the window stays alive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import BackupCompany, BackupContents, RestoreReport
from clientvault.core.vault import Vault
from clientvault.ui.dialogs.backup_dialog import default_folder
from clientvault.ui.dialogs.work_dialog import WorkDialog
from clientvault.ui.widgets.wrapped_table import MAX_ROWS, WrappedTable
from clientvault.ui.workers import Task, run_task


class RestoreDialog(WorkDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 480)
        self.vault = vault
        self.contents: BackupContents | None = None
        self.report: RestoreReport | None = None
        self.reading = False
        self._read_serial = 0  # a read's result is shown only if nothing came after it (closed, another read)
        intro = QLabel(self.tr(
            "Choose a backup ZIP. ClientVault reads it first and shows what it holds; then it adds what is "
            "missing here, checking every file. Nothing already here is replaced."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("restorePath")
        self.path_edit.setPlaceholderText(self.tr("The backup ZIP"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.list = WrappedTable([self.tr("Company"), self.tr("Files"), self.tr("What will happen")])
        self.list.setObjectName("restoreCompanies")
        self.list.setColumnWidth(0, 250)
        self.list.setColumnWidth(1, 70)
        self.list.hide()
        self.status = QLabel()
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("restoreProgress")
        self.bar.hide()
        self.results = WrappedTable([self.tr("File"), self.tr("Company"), self.tr("Result")])
        self.results.setObjectName("restoreResults")
        self.results.setColumnWidth(0, 230)
        self.results.setColumnWidth(1, 190)
        self.results.hide()
        self.start_button = QPushButton(self.tr("Restore"))
        self.start_button.setObjectName("restoreStart")
        self.start_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("restoreCancel")
        buttons = QDialogButtonBox()
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)  # takes the room while both lists are hidden
        layout.addWidget(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.path_edit.editingFinished.connect(lambda: self.read(self.path_edit.text()))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.list.itemChanged.connect(lambda *_: self.start_button.setEnabled(bool(self.chosen())))
        self.finished.connect(self._forget_read)

    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the backup"), str(default_folder()),
                                              self.tr("ZIP files (*.zip)"))
        if path:
            self.read(path)

    # -- reading: what the backup holds -----------------------------------------------------------

    def read(self, path: str) -> None:
        """Read the backup's lists and show what restoring it would do (nothing changes yet)."""
        path = path.strip()
        if not path or (self.contents is not None and str(self.contents.path) == path) or self.running \
                or self.reading:
            return
        self.path_edit.setText(path)
        self.contents, self.error_text = None, ""
        self.list.set_rows([])
        self.list.hide()
        self.results.hide()
        self.start_button.setEnabled(False)
        self.reading = True
        self._read_serial += 1
        serial = self._read_serial
        for w in (self.path_edit, self.choose_button):
            w.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Reading the backup…"))
        zip_path = Path(path).expanduser()
        run_task(lambda _task: self.vault.read_backup(zip_path), lambda c: self._on_read(serial, c),
                 lambda exc: self._on_read_failed(serial, exc), on_close=self.vault.release_thread)

    def _forget_read(self, *_: object) -> None:
        """The dialog closed while reading: the result, when it comes, is dropped (the dialog is gone)."""
        self._read_serial += 1

    def _read_ended(self, serial: int) -> bool:
        if serial != self._read_serial:
            return False
        self.reading = False
        for w in (self.path_edit, self.choose_button):
            w.setEnabled(True)
        return True

    def _on_read_failed(self, serial: int, exc: Exception) -> None:
        if self._read_ended(serial):  # anything unexpected is in the log (workers.Task), in words here
            self._show_error(exc.message if isinstance(exc, VaultError) else self.tr(
                "The backup could not be read because of an unexpected problem. Nothing was restored; the details "
                "are in the log file in the data folder."))

    def _on_read(self, serial: int, contents: BackupContents) -> None:
        if not self._read_ended(serial):
            return
        self.contents = contents
        self.status.setStyleSheet("")
        self.list.blockSignals(True)
        self.list.set_rows([[c.name, str(len(c.files)), self.plan_text(c)] for c in contents.companies])
        for row, company in enumerate(contents.companies):
            item = self.list.item(row, 0)
            if item is not None:  # the person chooses which companies come in (not one with nothing to add)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                nothing = company.existing is not None and company.files_here == len(company.files)
                item.setCheckState(Qt.CheckState.Unchecked if nothing else Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self.list.setVisible(bool(contents.companies))
        text = self.tr("The backup holds %n company(ies)", "", len(contents.companies)) + " " + self.tr(
            "and %n file(s). Untick a company to leave it out.", "", contents.file_count)
        if contents.plain_export:
            text += " " + self.tr("It is the export of one company, which is named after the ZIP.")
        self.status.setText(text)
        self.start_button.setEnabled(bool(self.chosen()))
        self.start_button.setDefault(True)

    def plan_text(self, company: BackupCompany) -> str:
        if company.existing is None:
            return self.tr("A new company: its files are added.")
        here = company.files_here
        if here == len(company.files):
            return self.tr("Already here with all these files: nothing to add.")
        return self.tr("Already here, with %1 of these files. The others are added; a file whose name is taken "
                       "here by other content is left out and listed.").replace("%1", str(here))

    def chosen(self) -> list[str]:
        names = []
        for row in range(self.list.rowCount()):
            item = self.list.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                names.append(item.text())
        return names

    # -- restoring --------------------------------------------------------------------------------

    def start(self) -> None:
        contents, names = self.contents, self.chosen()
        if contents is None or not names or self.running:
            return
        self.running = True
        self._stop.clear()
        stop = self._stop
        for w in (self.path_edit, self.choose_button, self.start_button, self.list):
            w.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(self.tr("Restoring…"))

        def work(task: Task) -> RestoreReport:
            return self.vault.restore_from_backup(contents, names, progress=task.report, cancelled=stop.is_set)

        run_task(work, self._on_done, self._on_failed, self._on_progress, on_close=self.vault.release_thread)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Restoring %1 of %2: %3").replace("%1", str(done + 1)).replace("%2", str(total))
                            .replace("%3", name))

    def stopping_text(self) -> str:
        return self.tr("Stopping after the file being restored…")

    def _finish(self) -> None:
        self.running = False
        self.bar.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.start_button.hide()

    def _on_done(self, report: RestoreReport) -> None:
        self._finish()
        self.report = report
        self.status.setText(self.headline_text(report))
        status_text = {"name_taken": self.tr("Not restored: the name is taken"),
                       "damaged": self.tr("Not restored: damaged"), "refused": self.tr("Not restored")}
        # Only the files that did not come in, each with why (thousands of "Restored" rows hid them and
        # took seconds to lay out); the headline and the last line count the others.
        order = {"name_taken": 0, "damaged": 1, "refused": 2}
        left_out = sorted((f for f in report.files if f.status in order), key=lambda f: order[f.status])
        rows = [[f.filename, f.company, status_text[f.status] + (f". {f.message}" if f.message else "")]
                for f in left_out[:MAX_ROWS]]
        if len(left_out) > MAX_ROWS:
            rows.append([self.tr("…and %n more.", "", len(left_out) - MAX_ROWS), "", ""])
        came_in = len(report.files) - len(left_out)
        if came_in:
            rows.append([self.tr("Restored or already here (not listed): %n file(s).", "", came_in), "", ""])
        self.results.set_rows(rows, warn_column=2, warned=set(range(min(len(left_out), MAX_ROWS))))
        self.list.hide()
        self.results.setVisible(bool(left_out))

    def headline_text(self, report: RestoreReport) -> str:
        parts = [self.tr("%n file(s) restored.", "", len(report.of("restored")))]
        if report.companies_added:
            parts.append(self.tr("New in the list of companies: %n company(ies).", "", len(report.companies_added)))
        if report.of("already_here"):
            parts.append(self.tr("Already here, left untouched: %n file(s).", "", len(report.of("already_here"))))
        if report.of("name_taken"):
            parts.append(self.tr("Not restored because another file here has the name (nothing was replaced): "
                                 "%n file(s).", "", len(report.of("name_taken"))))
        bad = len(report.of("damaged")) + len(report.of("refused"))
        if bad:
            parts.append(self.tr("Not restored because damaged or refused (the list says why): %n file(s).", "", bad))
        if report.cancelled:
            parts.append(self.tr("The restore was cancelled; what came in before that is kept."))
        return " ".join(parts)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        self._show_error(exc.message if isinstance(exc, VaultError) else self.tr(
            "The restore stopped because of an unexpected problem. What came in before it is kept; the details are "
            "in the log file in the data folder."))
