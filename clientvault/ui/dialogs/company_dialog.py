"""Add or edit a company. The NIT is checked as you type and its check digit (DV) shown; beside the
form, the papers the company must have (a new one starts with the default of Settings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.values import Company, company_email_problem, parse_nit
from clientvault.core.vault import Vault


class CompanyDialog(QDialog):
    """A problem is shown in red once the person has typed in its field, or tried to save (Enter):
    a form that opens already complaining about a name nobody has had the chance to type reads as
    a mistake. Until then Save is simply off, and the required field carries its asterisk."""

    def __init__(self, vault: Vault, company: Company | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self._vault = vault
        self._company = company
        self.result_company: Company | None = None
        self._touched: set[QLineEdit] = set()  # fields the person has typed in: their problems are shown
        self.setWindowTitle(self.tr("Edit company") if company else self.tr("New company"))
        self.name_edit = QLineEdit(company.name if company else "")
        self.name_edit.setObjectName("companyName")
        self.nit_edit = QLineEdit(company.nit_display if company else "")
        self.nit_edit.setObjectName("companyNit")
        self.nit_edit.setPlaceholderText(self.tr("e.g. 800191045 or 800.191.045-1"))
        self.dv_label = QLabel()
        self.dv_label.setObjectName("companyDv")
        self.email_edit = QLineEdit((company.email or "") if company else "")
        self.email_edit.setObjectName("companyEmail")
        self.phone_edit = QLineEdit((company.phone or "") if company else "")
        self.notes_edit = QPlainTextEdit(company.notes if company else "")
        self.notes_edit.setMaximumHeight(80)
        self.error_label = QLabel()
        self.error_label.setObjectName("companyError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828")
        self.required_list = self._required_list(company)
        form = QFormLayout()
        form.addRow(self.tr("Legal name (razón social) *"), self.name_edit)
        form.addRow(self.tr("NIT"), self.nit_edit)
        form.addRow("", self.dv_label)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # Room for a long razón social and a problem on one line (Qt's default is a narrow form).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        papers = QGroupBox(self.tr("Required papers"))
        papers_layout = QVBoxLayout(papers)
        hint = QLabel(self.tr("ClientVault tells you when one is missing or has expired."))
        hint.setWordWrap(True)
        papers_layout.addWidget(hint)
        papers_layout.addWidget(self.required_list)
        # A second column: sixteen types under the form would not fit a laptop's screen.
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error_label)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(papers)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._validate()

    def _required_list(self, company: Company | None) -> QListWidget:
        """Every type, checked when the company must have it (a new one: the default of Settings)."""
        wanted = self._vault.required_types(company.id) if company else self._vault.default_required_types()
        self._required_ids = {tp.id for tp in wanted}
        found = QListWidget()
        found.setObjectName("companyRequiredTypes")
        found.setTextElideMode(Qt.TextElideMode.ElideRight)
        found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in self._vault.document_types():
            item = QListWidgetItem(kind.name)
            item.setToolTip(kind.name)  # a long name the column cuts short
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind.id in self._required_ids else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, kind.id)
            found.addItem(item)
        # Every name whole and every type in sight, within reason (a name may be 80 letters long).
        frame = 2 * found.frameWidth() + found.style().pixelMetric(found.style().PixelMetric.PM_ScrollBarExtent) + 8
        found.setMinimumWidth(min(found.sizeHintForColumn(0) + frame, self.fontMetrics().averageCharWidth() * 45))
        found.setMinimumHeight(min(found.sizeHintForRow(0) * found.count() + frame, 420))
        return found

    def required_type_ids(self) -> list[int]:
        """The types checked in «Required papers»."""
        items = (self.required_list.item(i) for i in range(self.required_list.count()))
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name_edit, self.nit_edit, self.email_edit):
            edit.textEdited.connect(lambda _text, e=edit: self._touched.add(e))  # typed, not filled in by us
            edit.textChanged.connect(self._validate)
            # Enter is an attempt to save: with Save off it says why (the dialog clicks Save when it is on).
            edit.returnPressed.connect(self._on_edit_return_pressed)

    def _on_edit_return_pressed(self) -> None:
        self._touched.update((self.name_edit, self.nit_edit, self.email_edit))
        self._validate()

    def _nit_problem(self) -> str:
        """The core's one NIT check, as the person types; the DV is shown as soon as it is known."""
        text = self.nit_edit.text().strip()
        self.dv_label.setText("")
        if not text:
            return ""
        try:
            number, dv = parse_nit(text)
        except ValueError as exc:
            return str(exc)
        self.dv_label.setText(self.tr("Check digit (DV): %1  →  %2-%1").replace("%1", str(dv)).replace("%2", number))
        return ""

    def _validate(self) -> bool:
        problems = [(self.name_edit, self.tr("Enter the company's legal name.")
                     if not self.name_edit.text().strip() else ""),
                    (self.nit_edit, self._nit_problem()),
                    # The same check Send applies, so an address saved here is one an e-mail can go to.
                    (self.email_edit, company_email_problem(self.email_edit.text()))]
        self.error_label.setText("\n".join(text for edit, text in problems if text and edit in self._touched))
        ok = not any(text for _edit, text in problems)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def _on_buttons_accepted(self) -> None:
        self._touched.update((self.name_edit, self.nit_edit, self.email_edit))
        if not self._validate():
            return
        fields: dict = {"nit": self.nit_edit.text().strip() or None, "email": self.email_edit.text().strip() or None,
                  "phone": self.phone_edit.text().strip() or None, "notes": self.notes_edit.toPlainText()}
        try:
            if self._company is None:
                self.result_company = self._vault.add_company(self.name_edit.text(), **fields)
                # Saved: should the papers fail, Save again edits this company rather than adding it twice.
                self._company = self.result_company
                self._required_ids = {tp.id for tp in self._vault.required_types(self._company.id)}
            else:
                self.result_company = self._vault.edit_company(self._company.id, name=self.name_edit.text(), **fields)
            wanted = self.required_type_ids()
            if set(wanted) != self._required_ids:
                self._vault.set_required_types(self._company.id, wanted)
                self._required_ids = set(wanted)
        except VaultError as exc:
            self.error_label.setText(exc.message)
            return
        self.accept()
