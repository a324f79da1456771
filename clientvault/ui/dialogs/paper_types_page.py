"""The "Paper types" page of Settings: every type with its expiry rule in words, a field to rename
the selected one and choose its rule, a button to add a type, and the papers a new company must
have. Nothing reaches the vault until Save; then each changed type is saved on its own, and one the
vault refuses keeps its message beside the field it is about (the others stay saved)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.errors import VaultError
from clientvault.core.vault import Vault
from clientvault.ui.dialogs.mail_settings_page import ERROR_STYLE, Note

RULE_ORDER = ("none", "days", "yearly", "own")
DEFAULT_DAYS = 30
DEFAULT_DAY = "12-31"


@dataclass
class TypeRow:
    """One type as the page holds it: what is on screen, and what the vault has (None: new)."""

    type_id: int | None
    name: str
    short_name: str | None
    rule: str
    days: int | None
    day: str | None
    saved: tuple[str, str, int | None, str | None] | None = None
    problem: str = ""
    problem_field: str = ""  # "name" | "rule": where its message is shown

    def wanted(self) -> tuple[str, str, int | None, str | None]:
        """The rule as the vault takes it: only the number the rule uses."""
        return (" ".join(self.name.split()), self.rule, self.days if self.rule == "days" else None,
                self.day if self.rule == "yearly" else None)

    @property
    def changed(self) -> bool:
        return self.saved is None or self.wanted() != self.saved


def _fold(text: str) -> str:
    """Names compared as a person reads them: «Cámara» and «camara » are the same name."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class PaperTypesPage(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperTypesPage")
        self.vault = vault
        self.rows: list[TypeRow] = []
        self._loading = False  # the editor is being filled from a row: its signals change nothing
        for found in vault.document_types():
            row = TypeRow(found.id, found.name, found.short_name, found.rule, found.rule_days, found.rule_day)
            row.saved = row.wanted()
            self.rows.append(row)
        self.default_ids = {tp.id for tp in vault.default_required_types()}
        self._build()
        self._layout()
        self._connect_signals()
        for row in self.rows:
            self._append(row)
        if self.rows:
            self.table.selectRow(0)

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("paperTypesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Short name"), self.tr("Expires")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # edited in the fields below
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add type…"))
        self.add_button.setObjectName("paperTypeAdd")
        # Only a type added on this page and not saved yet: a saved one may have papers.
        self.discard_button = QPushButton(self.tr("Discard new type"))
        self.discard_button.setObjectName("paperTypeDiscard")
        self.discard_button.hide()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("paperTypeName")
        self.name_edit.setMaxLength(80)
        self.name_error = self._error("paperTypeNameError")
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("paperTypeRule")
        self.rule_combo.addItem(self.tr("Does not expire"), "none")
        self.rule_combo.addItem(self.tr("Some days after its date"), "days")
        self.rule_combo.addItem(self.tr("Every year on a set day"), "yearly")
        self.rule_combo.addItem(self.tr("On the date each paper has"), "own")
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("paperTypeDays")
        self.days_spin.setRange(1, 3660)
        self.days_label = QLabel(self.tr("days after its date"))
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("paperTypeMonth")
        for month in range(1, 13):
            name = QLocale().monthName(month, QLocale.FormatType.LongFormat)
            self.month_combo.addItem(name[:1].upper() + name[1:], month)
        self.day_spin = QSpinBox()
        self.day_spin.setObjectName("paperTypeDay")
        self.day_spin.setRange(1, 31)
        self.rule_error = self._error("paperTypeRuleError")
        self.rule_note = Note(self.tr("Changing a rule recalculates the expiry date of the papers of that type, "
                                      "except those whose expiry date was entered by hand."))
        self.required_list = QListWidget()
        self.required_list.setObjectName("defaultRequiredTypes")
        # Side by side like words on a line, so sixteen types take a few lines of the page, each
        # name whole (in equal columns the long ones were cut to «Certif…»).
        self.required_list.setFlow(QListWidget.Flow.LeftToRight)
        self.required_list.setWrapping(True)
        self.required_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.required_list.setSpacing(2)
        self.status = self._error("paperTypesStatus")

    def _error(self, name: str) -> QLabel:
        label = Note()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.discard_button)
        top.addWidget(self.add_button)
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule_combo)
        rule_row.addWidget(self.days_spin)
        rule_row.addWidget(self.days_label)
        rule_row.addWidget(self.month_combo)
        rule_row.addWidget(self.day_spin)
        rule_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Expires:"), rule_row)
        form.addRow("", self.rule_error)
        form.addRow("", self.rule_note)
        heading = QLabel(self.tr("Papers a new company must have"))
        heading.setStyleSheet("font-weight: bold;")
        # Wide enough for the longest built-in name and its rule side by side, and for the list of
        # required papers to take four lines, not six.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 105)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 4)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(heading)
        layout.addWidget(Note(self.tr("ClientVault tells you when a company lacks one of them or it has expired. "
                                      "Each company's own list is in its Edit company window.")))
        layout.addWidget(self.required_list, 2)
        layout.addWidget(self.status)

    def _connect_signals(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.discard_button.clicked.connect(self._on_discard_clicked)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.rule_combo.currentIndexChanged.connect(self._on_rule_changed)
        self.days_spin.valueChanged.connect(self._on_rule_changed)
        self.month_combo.currentIndexChanged.connect(self._on_month_changed)
        self.day_spin.valueChanged.connect(self._on_rule_changed)

    def _append(self, row: TypeRow) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column in range(3):
            self.table.setItem(index, column, QTableWidgetItem())
        item = QListWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if row.type_id in self.default_ids else Qt.CheckState.Unchecked)
        self.required_list.addItem(item)  # its row in the list is the type's row in the table
        self._show_row(index)

    # -- words --------------------------------------------------------------------------------------

    def rule_text(self, rule: str, days: int | None, day: str | None) -> str:
        """The rule as the table says it: «30 días después de su fecha», «Cada año el 31 de marzo»."""
        if rule == "days":
            return self.tr("%n day(s) after its date", "", days or 0)
        if rule == "yearly" and day:
            month, number = (int(p) for p in day.split("-"))
            return self.tr("Every year on %1 %2").replace("%1", QLocale().monthName(month)).replace("%2", str(number))
        if rule == "own":
            return self.tr("On the date each paper has")
        return self.tr("Does not expire")

    def _show_row(self, index: int) -> None:
        row = self.rows[index]
        name, short, rule = (self._cell(index, column) for column in range(3))
        name.setText(row.name or self.tr("(no name yet)"))
        name.setForeground(QBrush(QColor("#b00020")) if row.problem else QBrush())
        name.setToolTip(row.problem)
        short.setText(row.short_name or "")
        rule.setText(self.rule_text(row.rule, row.days, row.day))
        self.required_list.item(index).setText(row.name or self.tr("(no name yet)"))

    def _cell(self, index: int, column: int) -> QTableWidgetItem:
        item = self.table.item(index, column)
        assert item is not None  # every cell is made with its row
        return item

    # -- the editor ---------------------------------------------------------------------------------

    def current_index(self) -> int | None:
        selected = self.table.selectionModel().selectedRows()
        return selected[0].row() if selected else None

    def _on_selection_changed(self) -> None:
        index = self.current_index()
        enabled = index is not None
        for widget in (self.name_edit, self.rule_combo, self.days_spin, self.month_combo, self.day_spin):
            widget.setEnabled(enabled)
        self.discard_button.setVisible(index is not None and self.rows[index].type_id is None)
        if index is None:
            return
        row = self.rows[index]
        self._loading = True
        try:
            self.name_edit.setText(row.name)
            self.rule_combo.setCurrentIndex(RULE_ORDER.index(row.rule))
            self.days_spin.setValue(row.days or DEFAULT_DAYS)
            month, day = (int(p) for p in (row.day or DEFAULT_DAY).split("-"))
            self.month_combo.setCurrentIndex(month - 1)
            self._limit_day(month)
            self.day_spin.setValue(day)
        finally:
            self._loading = False
        self._show_rule_fields()
        self._show_problem(row)

    def _show_rule_fields(self) -> None:
        rule = self.rule_combo.currentData()
        for days_part in (self.days_spin, self.days_label):
            days_part.setVisible(rule == "days")
        for day_part in (self.month_combo, self.day_spin):
            day_part.setVisible(rule == "yearly")

    def _show_problem(self, row: TypeRow) -> None:
        for label, field in ((self.name_error, "name"), (self.rule_error, "rule")):
            text = row.problem if row.problem_field == field else ""
            label.setText(text)
            label.setVisible(bool(text))

    def _limit_day(self, month: int) -> None:
        # A leap year, so 29 February can be chosen (the rule falls on the 28th in other years).
        self.day_spin.setMaximum(QDate(2000, month, 1).daysInMonth())

    def _on_add_clicked(self) -> None:
        self.rows.append(TypeRow(None, "", None, "none", None, None))
        self._append(self.rows[-1])
        self.table.selectRow(len(self.rows) - 1)
        self.table.scrollToBottom()
        self.name_edit.setFocus()

    def _on_discard_clicked(self) -> None:
        index = self.current_index()
        if index is None or self.rows[index].type_id is not None:
            return
        del self.rows[index]
        self.status.hide()  # what it said may have been about this one; Save says it again if not
        self.required_list.takeItem(index)
        self.table.removeRow(index)
        if self.rows:
            self.table.selectRow(min(index, len(self.rows) - 1))

    def _on_name_edited(self, text: str) -> None:
        index = self.current_index()
        if index is None:
            return
        row = self.rows[index]
        row.name = text
        if row.problem_field == "name":
            row.problem = row.problem_field = ""
            self._show_problem(row)
        self._show_row(index)

    def _on_month_changed(self) -> None:
        self._limit_day(int(self.month_combo.currentData()))
        self._on_rule_changed()

    def _on_rule_changed(self) -> None:
        self._show_rule_fields()
        index = self.current_index()
        if self._loading or index is None:
            return
        row = self.rows[index]
        row.rule = str(self.rule_combo.currentData())
        row.days = self.days_spin.value() if row.rule == "days" else row.days
        if row.rule == "yearly":
            row.day = f"{int(self.month_combo.currentData()):02d}-{self.day_spin.value():02d}"
        if row.problem_field == "rule":
            row.problem = row.problem_field = ""
            self._show_problem(row)
        self._show_row(index)

    # -- saving -------------------------------------------------------------------------------------

    def problems(self) -> bool:
        """Mark the rows the vault would refuse for their name (empty, or another type's); True if
        any. What the vault said at the last Save is forgotten: it is asked again."""
        seen: dict[str, int] = {}
        for index, row in enumerate(self.rows):
            row.problem = row.problem_field = ""
            key = _fold(row.name)
            if not key:
                row.problem, row.problem_field = self.tr("Enter the name of the paper type."), "name"
            elif key in seen:
                row.problem, row.problem_field = (self.tr("There is already a paper type named «%1».")
                                                  .replace("%1", self.rows[seen[key]].name.strip()), "name")
            else:
                seen[key] = index
        return any(row.problem for row in self.rows)

    def save(self) -> str:
        """Save the types changed on screen, then the papers a new company must have; returns what
        prevented it ("" when all is saved). Types saved before a refusal stay saved, and the
        message says so."""
        self.status.hide()
        saved = 0 if self.problems() else self._save_types()
        failed = [(i, row) for i, row in enumerate(self.rows) if row.problem]
        for index in range(len(self.rows)):
            self._show_row(index)
        if failed:
            index, row = failed[0]
            self.table.selectRow(index)
            self._show_problem(row)
            text = self.tr("%n paper type(s) could not be saved: see the message under the field.", "", len(failed))
            if saved:
                text += " " + self.tr("The other changes were saved.")
            self.status.setText(text)
            self.status.show()
            return text
        wanted = {self.rows[i].type_id
                  for i in range(self.required_list.count())
                  if self.required_list.item(i).checkState() == Qt.CheckState.Checked}
        if wanted != self.default_ids:
            try:
                self.vault.set_default_required_types([i for i in wanted if i is not None])
            except VaultError as exc:
                self.status.setText(exc.message)
                self.status.show()
                return exc.message
            self.default_ids = {i for i in wanted if i is not None}
        return ""

    def _save_types(self) -> int:
        """One vault call per changed type; returns how many were saved. A rename may need the name another type is leaving
        (A→B and B→C): the refused ones are tried again while each round saves one more."""
        waiting = [row for row in self.rows if row.changed]
        saved = 0
        while waiting:
            refused = []
            for row in waiting:
                name, rule, days, day = row.wanted()
                try:
                    if row.type_id is None:
                        found = self.vault.add_document_type(name, rule, days, day)
                    else:
                        found = self.vault.edit_document_type(row.type_id, name=name, rule=rule, rule_days=days,
                                                              rule_day=day)
                except VaultError as exc:
                    renamed = row.saved is None or name != row.saved[0]
                    row.problem, row.problem_field = exc.message, "name" if renamed else "rule"
                    refused.append(row)
                    continue
                row.type_id, row.name, row.problem, row.problem_field = found.id, found.name, "", ""
                row.saved = row.wanted()
                saved += 1
            if len(refused) == len(waiting):
                break
            waiting = refused
        return saved
