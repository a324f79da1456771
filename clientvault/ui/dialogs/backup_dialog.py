"""«Archivo › Copia de seguridad…»: a ZIP of every company's files, or of one company's, written in
the background with progress and Cancel (the core's ``write_backup``: per company, what
``clientvault export`` writes)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import BackupResult
from clientvault.core.vault import Vault
from clientvault.ui.dialogs.work_dialog import WorkDialog
from clientvault.ui.workers import Task, run_task


def default_folder() -> Path:
    """Where a person looks for a saved file: their Documents folder (whatever the system calls it,
    «Documentos» on a Spanish Windows), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class BackupDialog(WorkDialog):
    def __init__(self, vault: Vault, company_id: int | None, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up"))
        self.resize(680, 420)
        self.vault = vault
        self.company_id = company_id
        self.outcome: BackupResult | None = None
        intro = QLabel(self.tr(
            "A backup is a ZIP with a copy of your files, one folder per company, and a fingerprint of each file "
            "so that restoring it can check every one. Files in the trash are not included. Keep it on another "
            "disk or in the cloud."))
        intro.setWordWrap(True)
        files, _size = self._all_totals()
        self.all_radio = QRadioButton(self.tr("All companies (%n file(s))", "", files))
        self.all_radio.setObjectName("backupAll")
        self.company_radio = QRadioButton()
        self.company_radio.setObjectName("backupCompany")
        if company_id is not None:
            count, _ = vault.company_totals(company_id)
            self.company_radio.setText(self.tr("Only «%1» (%n file(s))", "", count).replace("%1", company_name))
        else:
            self.company_radio.setText(self.tr("Only one company (choose it on the left first)"))
            self.company_radio.setEnabled(False)
        self.all_radio.setChecked(True)
        where = QLabel(self.tr("Save the backup as:"))
        self.path_edit = QLineEdit(str(default_folder() / self._default_name()))
        self.path_edit.setObjectName("backupPath")
        self.choose_button = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        # Room for a message of four lines: a top-level dialog does not grow for a wrapped label's words.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgress")
        self.bar.hide()
        self.start_button = QPushButton(self.tr("Back up"))
        self.start_button.setObjectName("backupStart")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("backupCancel")
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.company_radio)
        layout.addSpacing(6)
        layout.addWidget(where)
        layout.addLayout(row)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.company_radio.toggled.connect(lambda _on: self.path_edit.setText(
            str(Path(self.path_edit.text()).with_name(self._default_name()))))

    def _all_totals(self) -> tuple[int, int]:
        infos = self.vault.companies()
        return sum(i.count for i in infos), sum(i.total_size for i in infos)

    def _default_name(self) -> str:
        today = date.today().isoformat()
        if self.company_radio.isChecked() and self.company_id is not None:
            name = self.vault.company(self.company_id).name.replace("/", "-").replace("\\", "-")
            return self.tr("Backup %1 %2.zip").replace("%1", name).replace("%2", today)
        return self.tr("ClientVault backup %1.zip").replace("%1", today)

    def _on_choose_button_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the backup as"), self.path_edit.text(),
                                                self.tr("ZIP files (*.zip)"))
        if target:
            self.path_edit.setText(target if target.lower().endswith(".zip") else target + ".zip")

    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._show_error(self.tr("Write where the backup goes, or choose it with «Choose…»."))
            return
        target = Path(text).expanduser()
        company_id = self.company_id if self.company_radio.isChecked() else None
        self.running, self.outcome, self.error_text = True, None, ""
        self._stop.clear()
        stop = self._stop
        for w in (self.all_radio, self.company_radio, self.path_edit, self.choose_button, self.start_button):
            w.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing the backup…"))

        def work(task: Task) -> BackupResult:
            return self.vault.write_backup(target, company_id, progress=task.report, cancelled=stop.is_set)

        run_task(work, lambda r: self._on_done(r, target), self._on_failed, self._on_progress,
                 on_close=self.vault.release_thread)

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Copying %1 of %2: %3").replace("%1", str(min(done + 1, total)))
                            .replace("%2", str(total)).replace("%3", name))

    def stopping_text(self) -> str:
        return self.tr("Stopping…")

    def _finish(self) -> None:
        self.running = False
        self.bar.hide()
        self.cancel_button.setEnabled(True)
        for w in (self.all_radio, self.path_edit, self.choose_button, self.start_button):
            w.setEnabled(True)
        self.company_radio.setEnabled(self.company_id is not None)

    def _on_done(self, result: BackupResult, target: Path) -> None:
        self._finish()
        self.outcome = result
        if result.cancelled:
            self.status.setText(self.tr("The backup was cancelled; no ZIP was left behind."))
            return
        self.status.setText(self.tr("Backup saved: %n file(s)", "", result.files) + " "
                            + self.tr("of %n company(ies), in %1.", "", result.companies).replace("%1", str(target)))
        self.start_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)

    def _on_failed(self, exc: Exception) -> None:
        self._finish()
        self._show_error(exc.message if isinstance(exc, VaultError) else self.tr(
            "The backup stopped because of an unexpected problem; no ZIP was left behind. The details are in the "
            "log file in the data folder."))
