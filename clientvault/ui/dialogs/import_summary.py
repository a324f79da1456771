"""After an import: how many files came in, which were duplicates and which were refused, and why.
A file kept with a warning (it looks damaged) says so. The reasons say what to do at their end, so
the selected row's reason is also shown in full, wrapped, below the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.values import ImportSummary
from clientvault.ui.formatting import local_datetime
from clientvault.ui.widgets.details_pane import details_pane

WARNING_COLOR = QColor("#8a4b00")


class ImportSummaryDialog(QDialog):
    def __init__(self, summary: ImportSummary, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Upload finished"))
        parent_widget = self.parentWidget()
        screen = parent_widget.screen() if parent_widget is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        self.resize(min(880, available.width() - 40), min(560, available.height() - 60))
        imported, dups, refused = (len(summary.of(s)) for s in ("imported", "duplicate", "refused"))
        warned = sum(1 for r in summary.of("imported") if r.warning)
        self.headline = QLabel(self.headline_text(imported, dups, refused, company_name, summary.cancelled, warned))
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("importResults")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.list.setColumnWidth(0, 260)
        self.list.setColumnWidth(1, 150)
        status_text = {"imported": self.tr("Uploaded"), "duplicate": self.tr("Duplicate"), "refused": self.tr("Refused")}
        # Problems first: they are what the person has to act on.
        order = {"refused": 0, "duplicate": 2, "imported": 3}
        for result in sorted(summary.results, key=lambda r: order[r.status] - (2 if r.warning else 0)):
            status = self.tr("Uploaded, looks damaged") if result.warning else status_text[result.status]
            details = result.message
            if result.status == "duplicate" and result.existing is not None:  # when the copy kept came in
                details += " " + self.tr("It was uploaded on %1.").replace("%1", local_datetime(result.existing.added))
            item = QTreeWidgetItem([result.source.name, status, details])
            item.setToolTip(2, details)
            if result.status == "refused":
                item.setForeground(1, Qt.GlobalColor.darkRed)
            elif result.warning:
                item.setForeground(1, WARNING_COLOR)
            self.list.addTopLevelItem(item)
        # The selected file's details in full, wrapped (the column cuts a reason where it says what to do).
        self.details, self.details_area = details_pane("importDetails")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.details_area, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)  # the first problem, when there is one

    def _on_list_current_item_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.details.setText(self.tr("“%1”: %2").replace("%1", current.text(0)).replace("%2", current.text(2))
                             if current is not None else "")

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
