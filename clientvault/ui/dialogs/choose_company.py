"""Which company to move or copy documents to: the other live companies, filtered as you type (by
name or NIT), Enter takes the one highlighted. A firm has hundreds of clients, so the list is never
a menu to scroll through."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.values import Company, fold  # fold: case and accents aside
from clientvault.core.vault import Vault
from clientvault.ui.formatting import nit_text

CompanyRole = Qt.ItemDataRole.UserRole + 1


class ChooseCompanyDialog(QDialog):
    """``chosen``: the company picked (set when the dialog is accepted)."""

    def __init__(self, vault: Vault, exclude_id: int | None, title: str, prompt: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseCompany")
        self.setWindowTitle(title)
        self.resize(460, 480)
        self.chosen: Company | None = None
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("chooseCompanyFilter")
        self.filter_edit.setPlaceholderText(self.tr("Type part of the name or the NIT…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("chooseCompanyList")
        for info in vault.companies():
            company = info.company
            if company.id == exclude_id:
                continue
            nit = nit_text(company.nit, company.dv) if company.nit else ""
            item = QListWidgetItem(f"{company.name} — NIT {nit}" if nit else company.name)
            item.setData(CompanyRole, company)
            self.list.addItem(item)
        self.empty = QLabel()
        self.empty.setObjectName("chooseCompanyEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._on_filter_text_changed("")
        self.filter_edit.setFocus()

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Up and Down in the filter walk the list, so the keyboard never has to leave the filter.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.event(event)  # the list moves its current row
                return True
        return super().eventFilter(watched, event)

    def _on_filter_text_changed(self, text: str) -> None:
        words = fold(text).split()
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            company: Company = item.data(CompanyRole)
            # Each word typed is in the name, or is (part of) the NIT however it is written: with
            # dots, with its check digit, as the list shows it («900.123.456-8»).
            nit = f"{company.nit}{company.dv if company.dv is not None else ''}" if company.nit else ""
            name = fold(company.name)
            shown = all(w in name or (nit and _digits(w) and _digits(w) in nit) for w in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)
        elif first is None:
            self.list.setCurrentRow(-1)
        if self.list.count() == 0:
            self.empty.setText(self.tr("There is no other company. Add one first."))
        elif first is None:
            self.empty.setText(self.tr("No company matches «%1».").replace("%1", text.strip()))
        self.empty.setVisible(first is None)
        self._update_ok()

    def _update_ok(self) -> None:
        current = self.list.currentItem()
        self.ok_button.setEnabled(current is not None and not current.isHidden())

    def accept(self) -> None:
        current = self.list.currentItem()
        if current is None or current.isHidden():
            return  # Enter with nothing that matches: stay, the person types on
        self.chosen = current.data(CompanyRole)
        super().accept()


def _digits(word: str) -> str:
    """The digits of a word made only of digits and a NIT's punctuation («900.123.456-8»); "" otherwise."""
    return "".join(ch for ch in word if ch.isdigit()) if word and all(ch.isdigit() or ch in ".-," for ch in word) else ""
