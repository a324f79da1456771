"""«Archivo › Revisar archivos»: the command line's ``verify`` (and its ``--repair``) in the window.

The check runs off the GUI thread with a progress bar and Cancel; what it found is listed in
sentences a person reads (which file, of which company, what happened), each with what «Reparar»
will do about it. The core's own messages name command-line commands and paths, so the sentences
here are the window's, built from the kind of each problem and the file and company it concerns.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import Problem, VerifyReport
from clientvault.core.vault import Vault
from clientvault.ui.dialogs.work_dialog import WorkDialog
from clientvault.ui.widgets.wrapped_table import MAX_ROWS, WrappedTable
from clientvault.ui.workers import Task, run_task


@dataclass(frozen=True)
class Listing:
    """What the dialog shows of a report, worked out by the worker (it looks up every file's name)."""

    report: VerifyReport
    headline: str
    rows: list[list[str]]
    warned: set[int]  # rows whose result is for the person to act on
    count: int  # problems as a person counts them (rows may hold fewer, and one «and N more»)
    repairable: bool  # «Repair» can fix one of them


class CheckDialog(WorkDialog):
    """Checks every file when opened; «Repair» runs the repair and lists what it did."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Check files"))
        self.resize(820, 520)
        self.vault = vault
        self.task: Task | None = None
        self.report: VerifyReport | None = None
        self.repaired = False
        intro = QLabel(self.tr(
            "ClientVault compares every stored file with what it recorded when the file came in: files "
            "missing from their folder, files changed outside ClientVault, and files in the folders that "
            "it has no record of."))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("checkProgress")
        self.headline = QLabel()
        self.headline.setObjectName("checkHeadline")
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.list = WrappedTable([self.tr("What was found"), self.tr("What «Repair» does")])
        self.list.setObjectName("checkResults")
        self.list.setColumnWidth(0, 390)
        self.list.hide()
        self.repair_note = QLabel()
        self.repair_note.setObjectName("checkRepairNote")
        self.repair_note.setWordWrap(True)
        self.repair_note.hide()
        self.buttons = QDialogButtonBox()
        self.repair_button = QPushButton(self.tr("Repair"))
        self.repair_button.setObjectName("checkRepair")
        self.repair_button.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("checkCancel")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("checkClose")
        self.close_button.hide()
        self.buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.headline)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # takes the room while the list is hidden (the list's stretch wins otherwise)
        layout.addWidget(self.repair_note)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.repair_button.clicked.connect(lambda: self.start(repair=True))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.accept)

    # -- running ---------------------------------------------------------------------------------

    def start(self, repair: bool = False) -> None:
        """Check (or repair) in the background; the list shows when it is done."""
        self.repaired = repair
        self.status.setText(self.tr("Repairing…") if repair else self.tr("Checking your files…"))
        self.bar.setRange(0, 0)
        for w in (self.status, self.bar, self.cancel_button):
            w.show()
        for w in (self.repair_button, self.close_button, self.repair_note):
            w.hide()
        self.cancel_button.setEnabled(True)
        self.running = True
        self._stop.clear()
        stop = self._stop

        def work(task: Task) -> Listing:
            return self.listing(self.vault.verify(repair=repair, progress=task.report, cancelled=stop.is_set))

        self.task = run_task(work, self._on_task_done, self._on_task_failed, self._on_task_progress,
                             on_close=self.vault.release_thread)

    def _on_task_progress(self, done: int, total: int, company: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText((self.tr("Repairing %1…") if self.repaired else self.tr("Checking %1…")).replace("%1", company))

    def stopping_text(self) -> str:
        return self.tr("Stopping the check…")

    def _finish(self) -> None:
        self.task = None
        self.running = False
        for w in (self.status, self.bar, self.cancel_button):
            w.hide()
        self.close_button.show()
        self.close_button.setDefault(True)

    def _on_task_failed(self, exc: Exception) -> None:
        self._finish()
        self.headline.setText(exc.message if isinstance(exc, VaultError) else self.tr(
            "The check stopped because of an unexpected problem; nothing was changed by it. The details are in "
            "the log file in the data folder."))

    def listing(self, report: VerifyReport) -> Listing:
        """The headline and the rows: what the person has to act on first (what «Repair» cannot fix),
        then what it can, then what it did, so that none of the first is left among the «N more».
        Runs on the worker: the names come from one look-up of the files and one of the companies."""
        problems = self.shown_problems(report)
        shown = sorted(problems, key=lambda p: (p.repaired, p.repairable))[:MAX_ROWS]
        names = self.vault.catalog.filenames(p.document_id for p in shown if p.document_id is not None)
        companies = {c.id: c.name for c in self.vault.catalog.all_companies()}
        rows = [[self.found_text(p, names, companies), self.result_text(p)] for p in shown]
        if len(problems) > len(shown):
            rows.append([self.tr("…and %n more.", "", len(problems) - len(shown)), ""])
        return Listing(report, self.headline_text(report), rows,
                       {i for i, p in enumerate(shown) if not p.repaired and not p.repairable}, len(problems),
                       any(p.repairable for p in problems))

    def _on_task_done(self, listing: Listing) -> None:
        self._finish()
        self.report = listing.report
        self.headline.setText(listing.headline)
        self.list.setHorizontalHeaderLabels([self.tr("What was found"),
                                             self.tr("Result") if self.repaired else self.tr("What «Repair» does")])
        self.list.set_rows(listing.rows, warn_column=1, warned=listing.warned)
        self.list.setVisible(bool(listing.count))
        can_repair = not self.repaired and listing.repairable
        self.repair_button.setVisible(can_repair)
        if can_repair:
            self.repair_button.setDefault(True)
            self.repair_note.setText(self.tr(
                "«Repair» does what the list says for each problem. A copy of the database is made first, and "
                "nothing of yours is deleted: what cannot be put back in its place is moved to a folder of "
                "its own in the data folder."))
        self.repair_note.setVisible(can_repair)

    # -- words -----------------------------------------------------------------------------------

    @staticmethod
    def shown_problems(report: VerifyReport) -> list[Problem]:
        """The problems as a person counts them: a file renamed in the file manager is one (its
        stored name is missing, and the copy under the new name is what a repair puts back), not two."""
        spares = {p.spare for p in report.problems if p.spare is not None and not p.repaired}
        return [p for p in report.problems if not (p.kind in ("orphan", "temp") and p.path in spares)]

    def headline_text(self, report: VerifyReport) -> str:
        checked = self.tr("%n file(s) checked.", "", report.documents_checked)
        problems = self.shown_problems(report)
        pending = [p for p in problems if not p.repaired]
        if report.cancelled:
            text = self.tr("The check was stopped before the end.") + " " + checked
        elif not problems:
            return self.tr("Everything is in order.") + " " + checked
        elif self.repaired and not pending:
            text = self.tr("Repaired: everything is in order now.") + " " + checked
        elif self.repaired:
            text = (self.tr("%n problem(s) repaired.", "", len(problems) - len(pending)) + " "
                    + self.tr("%n problem(s) could not be repaired here: the list says what to do.", "", len(pending)))
        else:
            text = self.tr("%n problem(s) found.", "", len(problems)) + " " + checked
            fixable = sum(p.repairable for p in problems)
            if fixable:
                text += " " + self.tr("«Repair» can fix %n of them.", "", fixable)
        return text

    def _company_name(self, p: Problem, companies: dict[int, str]) -> str:
        """The company a problem's file belongs to, by the folder it is in (``companies/<id>/...``)."""
        try:
            parts = p.path.relative_to(self.vault.companies_dir).parts
        except ValueError:
            parts = ()
        name = companies.get(int(parts[0])) if parts and parts[0].isdigit() else None
        return name if name is not None else self.tr("a company")

    @staticmethod
    def _file_name(p: Problem, names: dict[int, str]) -> str:
        name = names.get(p.document_id) if p.document_id is not None else None
        return name if name is not None else p.path.name

    def found_text(self, p: Problem, names: dict[int, str], companies: dict[int, str]) -> str:
        """What a problem means, in a sentence that names the file (``names``: stored names by
        document) and its company (``companies``: names by id)."""
        name, company = self._file_name(p, names), self._company_name(p, companies)
        texts = {
            "missing": self.tr("The file «%1» of %2 is not in its folder: it was deleted or moved outside "
                               "ClientVault."),
            "changed": self.tr("«%1» of %2 was changed outside ClientVault: its content is no longer the one "
                               "that was stored."),
            "orphan": self.tr("«%1» is in the folder of %2, but ClientVault has no record of it."),
            "temp": self.tr("A half-written copy left by an upload that was interrupted, in the folder of %2."),
            "purge": self.tr("A file deleted permanently from the trash of %2 was left half-deleted."),
            "stray_folder": self.tr("The folder «%1» in the data folder belongs to no company."),
            "index": self.tr("The search by content needs to be brought up to date."),
        }
        text = texts.get(p.kind)
        return p.message if text is None else text.replace("%1", name).replace("%2", company)

    def result_text(self, p: Problem) -> str:
        """What «Repair» does about it (before a repair), or what became of it (after one)."""
        if p.repaired:
            return self.tr("Repaired.")
        if p.kind == "missing":
            if p.spare is not None and p.spare.name.startswith("."):  # an upload's hidden temporary copy
                return self.tr("Puts it back: an upload that was interrupted left a copy of it in the company's "
                               "folder.")
            if p.spare is not None:
                return self.tr("Puts it back under its own name: a file with the same content is in the company's "
                               "folder as «%1».").replace("%1", p.spare.name)
            return self.tr("Cannot be repaired here. Put the file back from your own copy (a backup, the e-mail it "
                           "came in), or delete it from ClientVault.")
        texts = {
            "changed": self.tr("Moves the changed copy to the folder «cambiados» in the data folder, so that it is "
                               "not taken for the original. Then put the original back from your own copy."),
            "orphan": self.tr("Adds it to the company's files again (or, if it cannot, moves it to the folder "
                              "«lost+found» in the data folder). Nothing is deleted."),
            "temp": self.tr("Removes it: the original is still where it was uploaded from."),
            "purge": self.tr("Finishes deleting it, as was asked."),
            "index": self.tr("Brings it up to date from the texts already read; nothing is lost."),
            "stray_folder": self.tr("Moves it to the folder «lost+found» in the data folder; nothing is deleted.")
            if p.repairable else self.tr("Left as it is."),
        }
        return texts.get(p.kind, self.tr("Cannot be repaired here."))
