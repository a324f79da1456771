"""After an import: how many files came in, which were duplicates and which were refused, and why.
A file kept with a warning (it looks damaged) says so. The reasons say what to do at their end, so
the selected row's reason is also shown in full, wrapped, below the list.

Each file uploaded also gets what its name and (once read) its text suggest: type, date, period.
Nothing is written until the person clicks «Apply suggestion» or «Apply all». A RUT, Cámara
certificate or resolución whose text names another company's NIT is warned about above the list,
in dark red, with a button that moves it to the company that has that NIT: a client's paper filed
in another client's folder is the worst mistake a firm can make. The text is read in the background
(``text_indexer.py``) right after the import, so suggestions and warnings are asked again as it
reads; a summary closed before then stays, hidden, until the reading ends, and comes back if a
warning appears (it deletes itself once closed with nothing left to read).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import ImportSummary, OwnerMismatch, Suggestion
from clientvault.core.vault import Vault
from clientvault.ui.formatting import local_date, local_datetime
from clientvault.ui.paper_words import PaperWords
from clientvault.ui.widgets.details_pane import details_pane
from clientvault.ui.widgets.owner_warning import MISFILED_COLOR, OwnerWarning

log = logging.getLogger(__name__)
WARNING_COLOR = QColor("#8a4b00")
# Suggestions are asked for the first this many files, a few milliseconds each on this thread, so
# CHUNK at a time between events: the summary of a big upload shows at once and fills in.
SUGGEST_LIMIT = 300
CHUNK = 25
REFRESH_MS = 300  # while the text is read, suggestions are asked again at most this often


@dataclass
class PaperRow:
    """One uploaded document's suggestion and NIT check, as last asked."""

    doc_id: int
    item: QTreeWidgetItem
    pending: bool = True  # its text is not read yet
    checksum: str = ""  # of the content whose text is awaited
    suggestion: Suggestion | None = None
    applicable: bool = False  # the suggestion would fill something still empty
    applied: bool = False
    mismatch: OwnerMismatch | None = None
    moved_to: str = ""
    gone: bool = False  # moved to the trash (or purged) meanwhile


class ImportSummaryDialog(QDialog):
    COL_FILE, COL_RESULT, COL_DETAILS, COL_SUGGESTION = range(4)

    def __init__(self, summary: ImportSummary, company_name: str, parent: QWidget | None = None,
                 vault: Vault | None = None, reader: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Upload finished"))
        self.vault = vault
        self.summary, self.company_name = summary, company_name
        self._words = PaperWords(self)  # a period as the table and the details panel write it
        self._types = {tp.id: tp.label for tp in vault.document_types()} if vault is not None else {}
        parent_widget = self.parentWidget()
        screen = parent_widget.screen() if parent_widget is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(980, available.width() - 40), min(600, available.height() - 60))
        self.headline = QLabel()
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.warnings_box = QFrame()
        self.warnings_box.setObjectName("ownerWarnings")
        self.warnings_layout = QVBoxLayout(self.warnings_box)
        self.warnings_layout.setContentsMargins(0, 0, 0, 0)
        self.warnings_box.hide()
        self.warnings: dict[int, OwnerWarning] = {}
        self.list = QTreeWidget()
        self.list.setObjectName("importResults")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details"), self.tr("Suggestion")])
        self.list.header().moveSection(self.COL_SUGGESTION, self.COL_DETAILS)  # read before the long reasons
        self.list.setColumnWidth(self.COL_FILE, 240)
        self.list.setColumnWidth(self.COL_RESULT, 130)
        self.list.setColumnWidth(self.COL_SUGGESTION, 260)
        self.rows: dict[int, PaperRow] = {}
        self._misfiled_seen = 0  # warnings on screen when the person closed the summary
        self._fill(summary)
        self.details, self.details_area = details_pane("importDetails")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        self.apply_button = QPushButton(self.tr("Apply suggestion"))
        self.apply_button.setObjectName("importApplySelected")
        self.apply_button.setToolTip(self.tr("Fill in the type, date and period suggested for the selected files"))
        self.apply_all_button = QPushButton(self.tr("Apply all"))
        self.apply_all_button.setObjectName("importApplyAll")
        self.apply_all_button.setToolTip(self.tr("Fill in what is suggested for every file; what a file already "
                                                 "has is kept"))
        for button in (self.apply_button, self.apply_all_button):
            button.setAutoDefault(False)  # Enter closes the summary; it never applies anything
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setVisible(bool(self.rows))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.warnings_box)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.details_area, 1)
        layout.addWidget(buttons)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._unasked = list(self.rows.values())
        self._chunk_timer = QTimer(self)
        self._chunk_timer.setSingleShot(True)
        self._chunk_timer.setInterval(0)
        self._connect_signals(reader)
        self._ask_next_chunk()
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)  # the first problem, when there is one

    def _fill(self, summary: ImportSummary) -> None:
        status_text = {"imported": self.tr("Uploaded"), "duplicate": self.tr("Duplicate"), "refused": self.tr("Refused")}
        # Problems first: they are what the person has to act on.
        order = {"refused": 0, "duplicate": 2, "imported": 3}
        for result in sorted(summary.results, key=lambda r: order[r.status] - (2 if r.warning else 0)):
            status = self.tr("Uploaded, looks damaged") if result.warning else status_text[result.status]
            details = result.message
            if result.status == "duplicate" and result.existing is not None:  # when the copy kept came in
                details += " " + self.tr("It was uploaded on %1.").replace("%1", local_datetime(result.existing.added))
            item = QTreeWidgetItem([result.source.name, status, details, ""])
            item.setToolTip(self.COL_DETAILS, details)
            if result.status == "refused":
                item.setForeground(self.COL_RESULT, Qt.GlobalColor.darkRed)
            elif result.warning:
                item.setForeground(self.COL_RESULT, WARNING_COLOR)
            self.list.addTopLevelItem(item)
            if (self.vault is not None and result.status == "imported" and result.document is not None
                    and len(self.rows) < SUGGEST_LIMIT):
                self.rows[result.document.id] = PaperRow(result.document.id, item)

    def _connect_signals(self, reader: QObject | None) -> None:
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.apply_all_button.clicked.connect(self._on_apply_all_clicked)
        self._refresh_timer.timeout.connect(self._check_pending)
        self._chunk_timer.timeout.connect(self._ask_next_chunk)
        self.finished.connect(self._on_finished)
        if reader is not None and self.rows:  # a TextIndexer: it reads the new files first
            reader.progressed.connect(self._on_reader_progressed)  # type: ignore[attr-defined]
            reader.finished.connect(self._on_reader_finished)  # type: ignore[attr-defined]

    def _ask_next_chunk(self) -> None:
        chunk = [r for r in self._unasked[:CHUNK] if not r.checksum]  # not asked already (the reader ended)
        del self._unasked[:CHUNK]
        self._check(chunk)
        if self._unasked:
            self._chunk_timer.start()

    # -- the text arrives ------------------------------------------------------------------------

    def _on_reader_progressed(self, _done: int, _total: int) -> None:
        if not self._refresh_timer.isActive() and any(r.pending for r in self.rows.values()):
            self._refresh_timer.start()

    def _on_reader_finished(self, _report: object) -> None:
        self._refresh_timer.stop()
        self._check([r for r in self.rows.values() if r.pending])  # also those trashed meanwhile
        self._after_reading()

    def _after_reading(self) -> None:
        """Closed already: back on screen when a warning has appeared, or gone once nothing is left
        to read."""
        if self.isVisible():
            return
        if self.misfiled_count() > self._misfiled_seen:
            self.open()
            QApplication.alert(self)
        elif not any(r.pending for r in self.rows.values()):
            self.deleteLater()

    def _on_finished(self, _result: int) -> None:
        self._misfiled_seen = self.misfiled_count()  # seen; only a new one brings the summary back
        if not any(r.pending for r in self.rows.values()):
            self.deleteLater()

    def _check_pending(self) -> None:
        """Ask again for the rows whose text has arrived. The reader reads the newest first, so the
        look stops at the first row still unread: a tick costs a query or two, not one a row (this
        runs on the window's thread, for minutes through a big upload; its end looks at them all)."""
        assert self.vault is not None
        arrived = []
        for row in sorted((r for r in self.rows.values() if r.pending and r.checksum), key=lambda r: -r.doc_id):
            try:
                text = self.vault.document_text(row.doc_id)
            except VaultError:
                break
            if text is None or text.checksum != row.checksum:
                break
            arrived.append(row)
        if arrived:
            self._check(arrived)
            self._after_reading()

    def _check(self, rows: list[PaperRow]) -> None:
        """Ask again what each of ``rows`` suggests and whether its NIT is its company's."""
        assert self.vault is not None or not rows
        for row in rows:
            try:
                self._ask(row)
            except VaultError as exc:  # busy, or a disk problem: the next reading asks again
                log.info("could not check document %s: %s", row.doc_id, exc.message)
            self._show_row(row)
        self._sync_warnings()
        self._update_headline()
        self._update_buttons()
        self._on_list_current_item_changed(self.list.currentItem(), None)

    def _ask(self, row: PaperRow) -> None:
        assert self.vault is not None
        doc = self.vault.find_document(row.doc_id)
        if doc is None or doc.deleted_at is not None:
            row.gone, row.pending, row.applicable, row.mismatch = True, False, False, None
            return
        text = self.vault.document_text(doc.id)
        row.checksum = doc.checksum
        row.pending = text is None or text.checksum != doc.checksum
        found = row.suggestion = self.vault.suggest_details(doc.id)
        row.applicable = ((found.type_id is not None and doc.document_type_id is None)
                          or (found.created is not None and doc.created is None)
                          or (found.period is not None and not doc.period)
                          or (found.expires is not None and not doc.expires_set))
        if not row.moved_to:  # once moved, the warning says where it went
            row.mismatch = self.vault.owner_mismatch(doc.id) if found.nits else None

    # -- what is shown ---------------------------------------------------------------------------

    def suggestion_text(self, row: PaperRow) -> str:
        if row.gone:
            return self.tr("In the trash")
        found = row.suggestion
        parts: list[str] = []
        if found is not None:
            if found.type_id is not None:
                parts.append(self._type_label(found.type_id))
            if found.created is not None:
                parts.append(local_date(found.created))
            if found.period:
                parts.append(self.tr("period %1").replace("%1", self._words.period_text(found.period)))
            if found.expires is not None:
                parts.append(self.tr("expires %1").replace("%1", local_date(found.expires)))
        text = " · ".join(parts)
        if text and row.applied and not row.applicable:
            text = self.tr("Applied: %1").replace("%1", text)
        if row.pending:  # the text may tell more (or name another company's NIT)
            reading = self.tr("Reading the content…")
            return f"{text} — {reading}" if text else reading
        return text or self.tr("Nothing to suggest")

    def _type_label(self, type_id: int) -> str:
        if type_id not in self._types and self.vault is not None:  # one the accountant added meanwhile
            self._types = {tp.id: tp.label for tp in self.vault.document_types()}
        return self._types.get(type_id, "")

    def _show_row(self, row: PaperRow) -> None:
        text = self.suggestion_text(row)
        row.item.setText(self.COL_SUGGESTION, text)
        row.item.setToolTip(self.COL_SUGGESTION, text)
        if row.moved_to:
            row.item.setText(self.COL_RESULT, self.tr("Moved to %1").replace("%1", row.moved_to))
        colour = MISFILED_COLOR if row.mismatch is not None and not row.moved_to else None
        for col in (self.COL_FILE, self.COL_SUGGESTION):
            if colour is not None:
                row.item.setForeground(col, colour)
            else:
                row.item.setData(col, Qt.ItemDataRole.ForegroundRole, None)
        if colour is not None:
            row.item.setToolTip(self.COL_FILE, row.mismatch.text if row.mismatch is not None else "")
            index = self.list.indexOfTopLevelItem(row.item)
            if index > 0:  # on top: it is what must be dealt with first
                current, selected = self.list.currentItem(), row.item.isSelected()
                self.list.takeTopLevelItem(index)
                self.list.insertTopLevelItem(0, row.item)
                row.item.setSelected(selected)
                if current is not None:
                    self.list.setCurrentItem(current, 0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _sync_warnings(self) -> None:
        for row in self.rows.values():
            warning = self.warnings.get(row.doc_id)
            if row.mismatch is not None and warning is None:
                warning = self.warnings[row.doc_id] = OwnerWarning(row.mismatch, self.warnings_box)
                warning.move_button.clicked.connect(lambda _=False, r=row: self._move(r))
                self.warnings_layout.addWidget(warning)
            elif warning is not None and row.mismatch is None and not row.moved_to:
                self.warnings_layout.removeWidget(warning)
                warning.deleteLater()
                del self.warnings[row.doc_id]
            elif warning is not None and row.mismatch is not None:
                warning.show_mismatch(row.mismatch)
        self.warnings_box.setVisible(bool(self.warnings))

    def misfiled_count(self) -> int:
        return sum(1 for r in self.rows.values() if r.mismatch is not None and not r.moved_to)

    def _update_headline(self) -> None:
        summary = self.summary
        imported, dups, refused = (len(summary.of(s)) for s in ("imported", "duplicate", "refused"))
        warned = sum(1 for r in summary.of("imported") if r.warning)
        text = self.headline_text(imported, dups, refused, self.company_name, summary.cancelled, warned)
        misfiled, moved = self.misfiled_count(), sum(1 for r in self.rows.values() if r.moved_to)
        if misfiled:
            text += " " + self.tr("%n document(s) seem to belong to another company.", "", misfiled)
        if moved:
            text += " " + self.tr("%n moved to the company whose NIT it names.", "", moved)
        self.headline.setText(text)
        self.headline.setStyleSheet(f"QLabel {{ color: {MISFILED_COLOR.name()}; font-weight: bold; }}"
                                    if misfiled else "")

    def _update_buttons(self) -> None:
        selected = [r for r in self.rows.values() if r.item.isSelected()]
        self.apply_button.setEnabled(any(r.applicable for r in selected))
        self.apply_all_button.setEnabled(any(r.applicable for r in self.rows.values()))

    def _on_list_current_item_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            self.details.setText("")
            return
        text = self.tr("“%1”: %2").replace("%1", current.text(self.COL_FILE)).replace("%2", current.text(self.COL_DETAILS))
        row = next((r for r in self.rows.values() if r.item is current), None)
        if row is not None:
            text += "\n" + self.tr("Suggested: %1").replace("%1", current.text(self.COL_SUGGESTION))
            if row.mismatch is not None and not row.moved_to:
                text = row.mismatch.text + "\n" + text
        self.details.setText(text)

    # -- what the person does ----------------------------------------------------------------------

    def _on_apply_clicked(self) -> None:
        self.apply([r.doc_id for r in self.rows.values() if r.item.isSelected() and r.applicable])

    def _on_apply_all_clicked(self) -> None:
        self.apply([r.doc_id for r in self.rows.values() if r.applicable])

    def apply(self, doc_ids: list[int]) -> None:
        if not doc_ids or self.vault is None:
            return
        try:
            self.vault.accept_suggestion(doc_ids)
        except VaultError as exc:
            self.details.setText(exc.message)
        rows = [self.rows[i] for i in doc_ids]
        for row in rows:
            row.applied = True
        self._check(rows)  # a type now set decides whether its NIT is checked

    def _move(self, row: PaperRow) -> None:
        warning, mismatch = self.warnings[row.doc_id], row.mismatch
        if mismatch is None or mismatch.owner is None or self.vault is None:
            return
        try:
            report = self.vault.move_documents([row.doc_id], mismatch.owner.id)
        except VaultError as exc:
            warning.show_problem(exc.message)
            return
        if report.skipped:
            warning.show_problem(self.tr("It was not moved: %1").replace("%1", report.skipped[0][1]))
            return
        row.moved_to, row.mismatch = mismatch.owner.name, None
        warning.show_moved(mismatch.owner.name)
        self._check([row])

    def headline_text(self, imported: int, dups: int, refused: int, company: str, cancelled: bool,
                      warned: int = 0) -> str:
        parts = [self.tr("%n file(s) uploaded", "", imported)]
        if warned:
            parts[0] += " " + self.tr("(%n with a warning)", "", warned)
        if dups:
            parts.append(self.tr("%n duplicate(s) skipped", "", dups))
        if refused:
            parts.append(self.tr("%n refused", "", refused))
        text = f"{company}: {', '.join(parts)}."
        if cancelled:
            text += " " + self.tr("The upload was cancelled; the files uploaded before that are kept.")
        return text
