"""After an import: how many files came in, which were duplicates and which were refused, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from clientvault.core.values import ImportSummary
from clientvault.ui.formatting import local_datetime


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: ImportSummary, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Upload finished"))
        self.resize(720, 380)
        imported, dups, refused = (len(summary.of(s)) for s in ("imported", "duplicate", "refused"))
        self.headline = QLabel(self.headline_text(imported, dups, refused, company_name, summary.cancelled))
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("importResults")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.list.setColumnWidth(0, 260)
        self.list.setColumnWidth(1, 110)
        status_text = {"imported": self.tr("Uploaded"), "duplicate": self.tr("Duplicate"), "refused": self.tr("Refused")}
        # Problems first: they are what the person has to act on.
        order = {"refused": 0, "duplicate": 1, "imported": 2}
        for result in sorted(summary.results, key=lambda r: order[r.status]):
            details = result.message
            if result.status == "duplicate" and result.existing is not None:  # when the copy kept came in
                details += " " + self.tr("It was uploaded on %1.").replace("%1", local_datetime(result.existing.added))
            item = QTreeWidgetItem([result.source.name, status_text[result.status], details])
            item.setToolTip(2, details)
            if result.status == "refused":
                item.setForeground(1, Qt.GlobalColor.darkRed)
            self.list.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def headline_text(self, imported: int, dups: int, refused: int, company: str, cancelled: bool) -> str:
        text = self.tr("%1: %2 uploaded, %3 duplicate(s) skipped, %4 refused.").replace("%1", company).replace(
            "%2", str(imported)).replace("%3", str(dups)).replace("%4", str(refused))
        if cancelled:
            text += " " + self.tr("The upload was cancelled; the files uploaded before that are kept.")
        return text
