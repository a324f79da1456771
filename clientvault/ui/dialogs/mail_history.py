"""The history of sends for one document or one company: when, to whom, what, and whether it arrived
at the server (with the reason when it did not). Read-only: the record is the accountant's proof."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.values import MailRecord
from clientvault.ui.formatting import human_size, local_datetime


class MailHistoryDialog(QDialog):
    COL_WHEN, COL_TO, COL_SUBJECT, COL_FILES, COL_RESULT = range(5)

    def __init__(self, title: str, records: list[MailRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailHistoryDialog")
        self.setWindowTitle(title)
        self.records = records
        self.table = QTableWidget(len(records), 5)
        self.table.setObjectName("mailHistoryTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("To"), self.tr("Subject"), self.tr("Files"),
                                              self.tr("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(self.COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        for row, rec in enumerate(records):
            self._fill_row(row, rec)
        self.table.resizeColumnToContents(self.COL_WHEN)
        self.details = QPlainTextEdit()
        self.details.setObjectName("mailHistoryDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        empty = QLabel(self.tr("Nothing has been sent by e-mail from here yet."))
        empty.setVisible(not records)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.resize(820, 460)
        if records:
            self.table.selectRow(0)

    def _fill_row(self, row: int, rec: MailRecord) -> None:
        result = self.tr("Sent") if rec.success else self.tr("Not sent")
        cells = [local_datetime(rec.sent_at), rec.to_addrs, rec.subject, ", ".join(f.filename for f in rec.files), result]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text if col != self.COL_RESULT else (rec.error or text))
            if col == self.COL_RESULT and not rec.success:
                item.setForeground(QBrush(QColor("#b00020")))
            self.table.setItem(row, col, item)

    def _on_table_item_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        rec = self.records[rows[0].row()]
        lines = [self.tr("Date: %1").replace("%1", local_datetime(rec.sent_at)),
                 self.tr("From: %1").replace("%1", rec.sender), self.tr("To: %1").replace("%1", rec.to_addrs)]
        if rec.cc_addrs:
            lines.append(self.tr("CC: %1").replace("%1", rec.cc_addrs))
        if rec.bcc_addrs:  # hidden from the other recipients, not from the sender's own record
            lines.append(self.tr("BCC: %1").replace("%1", rec.bcc_addrs))
        if rec.company_name:
            lines.append(self.tr("Company: %1").replace("%1", rec.company_name))
        lines += [f"  • {f.filename} ({human_size(f.size)})" for f in rec.files]
        lines.append(self.tr("Sent to the mail server.") if rec.success else self.tr("Not sent: %1").replace("%1", rec.error))
        self.details.setPlainText("\n".join(lines))
