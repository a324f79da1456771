"""The small editors of a paper's details: the type filter above the table, the type chooser, a date
that may be empty, a tags field that completes each tag typed after a comma, the expiry (by rule or
by hand) and the history list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.values import TYPE_UNTYPED, DocumentDetails, DocumentType, HistoryEntry
from clientvault.ui.formatting import date_format, local_datetime
from clientvault.ui.paper_words import PaperWords, as_day, expiry_state, state_colour

ALL_TYPES = -1  # the filter's «Todos los tipos» (TYPE_UNTYPED, 0, is «Sin tipo»)
KEEP = -2  # the bulk editor's «(varios)»: leave each document's type as it is
NO_TYPE = 0


class TypeFilter(QComboBox):
    """«Todos los tipos», «Sin tipo», then each type. Signals: typeChosen(object): a type's id,
    ``TYPE_UNTYPED`` or None for all, as the model's ``doc_type`` takes it."""

    typeChosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typeFilter")
        self.setAccessibleName(self.tr("Show files of type"))
        self.setToolTip(self.tr("Show only the files of one type"))
        # As wide as «Todos los tipos», not as «Certificado de Cámara de Comercio»: the name filter
        # beside it needs the room; the list that opens is as wide as its longest name.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(15)
        self.currentIndexChanged.connect(self._on_current_index_changed)
        self.set_types([])

    def set_types(self, types: Sequence[DocumentType]) -> None:
        """Fill the list again (types were added or renamed), keeping the choice when it still exists."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All types"), ALL_TYPES)
        self.addItem(self.tr("No type"), TYPE_UNTYPED)
        self.insertSeparator(2)
        for kind in types:
            self.addItem(kind.name, kind.id)
        found = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        view = self.view()
        if view is not None:
            view.setMinimumWidth(max((self.fontMetrics().horizontalAdvance(self.itemText(i))
                                      for i in range(self.count())), default=0) + 40)
        self.setToolTip(self.currentText() if self.currentIndex() > 2 else self.tr("Show only the files of one type"))
        if found < 0 and chosen not in (None, ALL_TYPES):
            self._on_current_index_changed(0)  # the type shown was removed: back to all of them

    def doc_type(self) -> int | None:
        data = self.currentData()
        return None if data in (None, ALL_TYPES) else int(data)

    def _on_current_index_changed(self, index: int) -> None:
        self.setToolTip(self.currentText() if index > 2 else self.tr("Show only the files of one type"))
        self.typeChosen.emit(self.doc_type())


class TypeChoice(QComboBox):
    """The type of one document (or of several: then «(varios)» first, meaning leave each as it is)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsType")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def set_types(self, types: Sequence[DocumentType], current: int | None, mixed: bool = False) -> None:
        self.blockSignals(True)
        self.clear()
        if mixed:
            self.addItem(self.tr("(several)"), KEEP)
        self.addItem(self.tr("No type"), NO_TYPE)
        for kind in types:
            self.addItem(kind.name, kind.id)
        found = self.findData(KEEP if mixed else (current or NO_TYPE))
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)

    def chosen(self) -> int | None:
        """The type's id, None for «Sin tipo», or ``KEEP``."""
        data = self.currentData()
        return None if data in (None, NO_TYPE) else int(data)


class DateField(QWidget):
    """A QDateEdit in the project's date format that may also be empty («sin fecha»): its minimum
    date stands for no date (Qt shows the special text then), and the × button empties it."""

    changed = Signal()
    EMPTY = QDate(1900, 1, 1)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(date_format())
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(self.EMPTY)
        self.edit.setSpecialValueText(empty_text)
        self.edit.setDate(self.EMPTY)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Remove the date"))
        self.clear_button.setAccessibleName(self.tr("Remove the date"))
        row.addWidget(self.edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.edit.dateChanged.connect(self._on_edit_date_changed)
        calendar = self.edit.calendarWidget()
        calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The calendar of an empty field would open in January 1900: open it on today's month.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def value(self) -> date | None:
        day = self.edit.date()
        return None if day == self.EMPTY else date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)
        self.edit.blockSignals(False)
        self.clear_button.setEnabled(value is not None)

    def _on_clear_button_clicked(self) -> None:
        self.edit.setDate(self.EMPTY)
        self.edit.setFocus()

    def _on_edit_date_changed(self, _day: QDate) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.changed.emit()


class TagEdit(QLineEdit):
    """Tags separated by commas; the tag being typed is completed from the vault's tags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsTags")
        self._words = QStringListModel(self)
        self.completer_ = QCompleter(self._words, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_known(self, tags: Sequence[str]) -> None:
        self._words.setStringList(list(tags))

    def tags(self) -> list[str]:
        return list(dict.fromkeys(t for t in (" ".join(p.split()) for p in self.text().split(",")) if t))

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def _on_text_edited(self, text: str) -> None:
        typed = text[:self.cursorPosition()].rsplit(",", 1)[-1].strip()
        if not typed:
            self._hide_popup()
            return
        self.completer_.setCompletionPrefix(typed)
        if self.completer_.completionCount():
            self.completer_.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self.completer_.popup()
        if popup is not None:
            popup.hide()

    def _on_completer_activated(self, tag: str) -> None:
        before, after = self.text()[:self.cursorPosition()], self.text()[self.cursorPosition():]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(head + tag + ", " + after.lstrip(", "))
        self.setCursorPosition(len(head + tag) + 2)
        self.textEdited.emit(self.text())  # what the panel watches to know the field was changed


class ExpiryField(QWidget):
    """When a paper expires: the rule's date in words with «Poner una fecha…», or a date entered by
    hand with «Usar la regla»; under it, how long it has left, in red or amber when it matters."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = PaperWords(self)
        self.by_hand = False
        self.rule_date: date | None = None
        self.line = QLabel()
        self.line.setObjectName("detailsExpiry")
        self.line.setWordWrap(True)
        self.date = DateField(self.tr("no date"))
        self.date.setAccessibleName(self.tr("Expiry date entered by hand"))
        self.date.edit.setObjectName("detailsExpiryDate")
        self.by_hand_button = QPushButton(self.tr("Enter a date…"))
        self.by_hand_button.setObjectName("detailsExpiryByHand")
        self.rule_button = QPushButton(self.tr("Use the rule"))
        self.rule_button.setObjectName("detailsUseRule")
        self.status = QLabel()
        self.status.setObjectName("detailsStatus")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        # The rule's words get the whole width (they wrap in a narrow panel); its button goes under them,
        # beside the days left.
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.date, 1)
        row.addWidget(self.rule_button)
        col.addLayout(row)
        under = QHBoxLayout()
        under.addWidget(self.status, 1)
        under.addWidget(self.by_hand_button)
        col.addLayout(under)
        self.date.changed.connect(self._show_state)
        self.date.changed.connect(self.changed)
        self.by_hand_button.clicked.connect(self._on_by_hand_button_clicked)
        self.rule_button.clicked.connect(self._on_rule_button_clicked)

    def show_details(self, details: DocumentDetails) -> None:
        doc = details.doc
        self.date.set_value(as_day(doc.expires_on) if doc.expires_set else None)
        self._set_by_hand(bool(doc.expires_set))
        self.show_rule(details.type, details.rule_expires)

    def show_rule(self, kind: DocumentType | None, rule_date: date | None) -> None:
        """What the rule of ``kind`` gives (for the date and period in the form, saved or not)."""
        self.rule_date = rule_date
        self.line.setText(self.words.expiry_line(rule_date, False, kind.rule if kind else None,
                                                 kind.rule_days if kind else None, kind.rule_day if kind else None))
        self._show_state()

    def _show_state(self) -> None:
        """How long is left until the date that counts: the one entered by hand, or the rule's."""
        state, left = expiry_state(self.date.value() if self.by_hand else self.rule_date)
        text = self.words.state_text(state, left)
        self.status.setText(text)
        colour = state_colour(state)
        self.status.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")

    def entered(self) -> date | None:
        """The date entered by hand (None: the rule's)."""
        return self.date.value() if self.by_hand else None

    def _set_by_hand(self, on: bool) -> None:
        self.by_hand = on
        self.line.setVisible(not on)
        self.by_hand_button.setVisible(not on)
        self.date.setVisible(on)
        self.rule_button.setVisible(on)
        self._show_state()

    def _on_by_hand_button_clicked(self) -> None:
        self.date.set_value(self.rule_date or date.today())  # starts from the rule's date
        self._set_by_hand(True)
        self.date.setFocus()
        self.changed.emit()

    def _on_rule_button_clicked(self) -> None:
        self._set_by_hand(False)
        self.by_hand_button.setFocus()
        self.changed.emit()


class HistoryList(QListWidget):
    """A document's history, the latest first: when (local time) and who, then what happened, the
    line wrapped to the panel's width (a tree's columns cut «Datos cambiados: tipo: — → …» short)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsHistory")
        self.setAccessibleName(self.tr("History"))
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when the panel is resized
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setMinimumHeight(120)

    def show_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.clear()
        for entry in reversed(entries):  # the latest first: what a person looks for
            when = " · ".join(p for p in (local_datetime(entry.at), entry.user) if p)
            item = QListWidgetItem(f"{when}\n{entry.text}")
            item.setToolTip(entry.text)
            self.addItem(item)

    def lines(self) -> list[str]:
        """What each entry says (without its date), latest first."""
        return [self.item(i).text().split("\n", 1)[-1] for i in range(self.count())]
