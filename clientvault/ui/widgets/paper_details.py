"""The details panel under the preview: what the selected paper is and until when it is good.

One document: its type, its own date, the period it covers, when it expires (the type's rule's date,
or one entered by hand, with «Usar la regla» to go back), how long it has left, tags and notes; a
suggestion from its name and text, applied only when the person clicks «Aplicar»; its history,
folded under the form. Several documents: type, period and tags for all of them at once (a field
left as it is changes nothing), and «Aplicar sugerencias a los N».

The panel only shows and collects: ``paper_actions.PaperActions`` reads the vault, saves (one
``set_details`` call) and follows the change feed. Nothing is written until «Guardar» (or Enter in a
field); Esc or «Descartar» puts back what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientvault.core.values import DocumentDetails, DocumentType, HistoryEntry, clean_period, rule_expiry
from clientvault.ui.paper_words import PaperWords, as_day
from clientvault.ui.widgets.paper_fields import KEEP, DateField, ExpiryField, HistoryList, TagEdit, TypeChoice


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class PaperDetails(QFrame):
    """Signals:
        saveRequested(): «Guardar» (or Enter in a field); ``changes()`` says what to write.
        suggestionAccepted(): «Aplicar» on the suggestion (or «Aplicar sugerencias a los N»).
        historyToggled(bool): the history was unfolded (True) or folded.
    """

    saveRequested = Signal()
    suggestionAccepted = Signal()
    historyToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperDetails")
        self.words = PaperWords(self)
        self.ids: list[int] = []
        self.details: DocumentDetails | None = None
        self.dirty = False
        self._loading = False
        self.period_touched = False
        self._shown_with: tuple[list[DocumentType], list[str]] = ([], [])
        self._bulk_type: int | None = KEEP  # the type all of several have (KEEP: they differ)
        self._many_with: tuple[Any, ...] = ([], set(), set(), [], [])
        self._build()
        self.show_nothing()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        self.title = _label(name="detailsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        # «Este RUT es del NIT …, no de …»: a paper filed in the wrong client's folder is the worst mistake.
        self.owner_warning = _label(name="detailsOwnerWarning")
        self.owner_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.owner_warning.hide()
        outer.addWidget(self.owner_warning)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.empty = _label(name="detailsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        self.form_page = scroll
        self.pages.addWidget(scroll)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields when narrow
        form.setVerticalSpacing(4)
        self.form = form
        col.addLayout(form)

        self.type_choice = TypeChoice()
        self.type_choice.setAccessibleName(self.tr("Type"))
        form.addRow(self.tr("&Type:"), self.type_choice)
        self.created = DateField(self.tr("no date"))
        self.created.setAccessibleName(self.tr("Date of the paper"))
        self.created.edit.setObjectName("detailsCreated")
        form.addRow(self.tr("&Date of the paper:"), self.created)
        self.period = QLineEdit()
        self.period.setObjectName("detailsPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setPlaceholderText(self.tr("2023 or 2023-12"))
        self.period_error = _label(name="detailsPeriodError")
        self.period_error.setStyleSheet("color: #b3261e;")
        self.period_error.hide()
        period_box = QWidget()
        period_col = QVBoxLayout(period_box)
        period_col.setContentsMargins(0, 0, 0, 0)
        period_col.setSpacing(1)
        period_col.addWidget(self.period)
        period_col.addWidget(self.period_error)
        form.addRow(self.tr("&Period:"), period_box)

        self.expiry = ExpiryField()
        self.expiry_line, self.expiry_date, self.status = self.expiry.line, self.expiry.date, self.expiry.status
        self.by_hand_button, self.rule_button = self.expiry.by_hand_button, self.expiry.rule_button
        form.addRow(self.tr("Expires:"), self.expiry)

        self.tags = TagEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        form.addRow(self.tr("T&ags:"), self.tags)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("detailsNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("detailsSuggestion")
        self.suggestion_box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.suggestion_box)
        row.setContentsMargins(6, 2, 2, 2)
        self.suggestion = _label(name="detailsSuggestionText")
        self.accept_button = QPushButton(self.tr("Apply"))
        self.accept_button.setObjectName("detailsAcceptSuggestion")
        self.ignore_button = QPushButton(self.tr("Ignore"))
        self.ignore_button.setObjectName("detailsIgnoreSuggestion")
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.ignore_button)
        col.addWidget(self.suggestion_box)

        buttons = QHBoxLayout()
        self.history_button = QToolButton()
        self.history_button.setObjectName("detailsHistoryToggle")
        self.history_button.setCheckable(True)
        self.history_button.setArrowType(Qt.ArrowType.RightArrow)
        self.history_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_button.setText(self.tr("History"))
        self.history_button.setAutoRaise(True)
        self.unsaved = _label(name="detailsUnsaved")
        self.unsaved.setWordWrap(False)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("detailsDiscard")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("detailsSave")
        self.save_button.setDefault(True)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unsaved)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        col.addLayout(buttons)
        self.history = HistoryList()
        self.history.hide()
        col.addWidget(self.history)
        col.addStretch(1)
        self._connect()

    def _connect(self) -> None:
        self.type_choice.currentIndexChanged.connect(self._on_field_changed)
        self.created.changed.connect(self._on_field_changed)
        self.period.textEdited.connect(self._on_period_text_edited)
        self.period.editingFinished.connect(self.check_period)
        self.expiry.changed.connect(self._on_field_changed)
        self.tags.textEdited.connect(self._on_field_changed)
        self.notes.textChanged.connect(self._on_field_changed)
        self.save_button.clicked.connect(self.saveRequested)
        self.discard_button.clicked.connect(self.discard)
        self.accept_button.clicked.connect(self.suggestionAccepted)
        self.ignore_button.clicked.connect(self.suggestion_box.hide)
        self.history_button.toggled.connect(self._on_history_button_toggled)
        for edit in (self.period, self.tags):
            edit.returnPressed.connect(self._on_save_shortcut_activated)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.discard)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # from the notes too, where Enter starts a new line
            save = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self._on_save_shortcut_activated)
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the details (Enter in a field, or %1)").replace("%1", keys))
        self.discard_button.setToolTip(self.tr("Put back what is saved (Esc)"))

    def _on_save_shortcut_activated(self) -> None:
        if self.dirty:
            self.saveRequested.emit()

    # -- what is shown ------------------------------------------------------------------------

    def show_nothing(self, text: str = "") -> None:
        self.owner_warning.hide()
        self.ids, self.details, self.dirty = [], None, False
        self.title.setText(self.tr("Details"))
        self.title.setToolTip("")
        self.empty.setText(text or self.tr("Select a file to see and edit its type, dates, tags and notes."))
        self.pages.setCurrentWidget(self.empty)

    def show_one(self, details: DocumentDetails, types: list[DocumentType], known_tags: list[str]) -> None:
        """One document's details, as stored (anything typed and not saved is dropped)."""
        doc = details.doc
        self._loading = True
        self.ids, self.details = [doc.id], details
        self._shown_with = (types, known_tags)
        self.title.setText(self.tr("Details"))
        self.title.setToolTip(doc.filename)
        self.type_choice.set_types(types, doc.document_type_id)
        self.created.set_value(as_day(doc.created))
        self.period.setText(doc.period or "")
        self.period.setPlaceholderText(self.tr("2023 or 2023-12"))
        self.tags.set_known(known_tags)
        self.tags.set_tags(details.tags)
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.notes.setPlainText(doc.notes or "")
        self.tags.setToolTip("")
        self._show_single_rows(True)
        self.accept_button.setText(self.tr("Apply"))
        self.ignore_button.setVisible(True)
        self.suggestion_box.hide()
        self.expiry.show_details(details)
        self._loaded()

    def show_many(self, ids: list[int], types: list[DocumentType], type_ids: set[int | None],
                  periods: set[str | None], common_tags: list[str], known_tags: list[str]) -> None:
        """Several documents: type, period and tags for all; «(varios)» where they differ."""
        self._loading = True
        self.ids, self.details = list(ids), None
        self.owner_warning.hide()
        self._many_with = (types, type_ids, periods, common_tags, known_tags)
        self.title.setText(self.tr("%n file(s) selected: change them all at once", "", len(ids)))
        self.title.setToolTip("")
        one_type = next(iter(type_ids)) if len(type_ids) == 1 else None
        self._bulk_type = one_type if len(type_ids) == 1 else KEEP
        self.type_choice.set_types(types, one_type, mixed=len(type_ids) > 1)
        self.period.setText((next(iter(periods)) or "") if len(periods) == 1 else "")
        self.period.setPlaceholderText(self.tr("(several)") if len(periods) > 1 else self.tr("2023 or 2023-12"))
        self.tags.set_known(known_tags)
        self.tags.setText("")
        self.tags.setPlaceholderText(self.tr("tags to add to all of them, separated by commas"))
        self._show_single_rows(False)
        self.suggestion.setText(self.tr("Fill in what the names and texts of the files suggest, where it is missing."))
        self.accept_button.setText(self.tr("Apply suggestions to the %n", "", len(ids)))
        self.ignore_button.setVisible(False)
        self.suggestion_box.setVisible(True)
        self._loaded()
        if common_tags:
            self.tags.setToolTip(self.tr("They all have: %1").replace("%1", ", ".join(common_tags)))

    def refresh_types(self, types: list[DocumentType]) -> None:
        """The types were renamed or their rules changed while something typed is not saved: the
        list shows the new names and the rule line the new rule, and what was typed stays."""
        chosen = self.type_choice.currentData()
        self._loading = True
        try:
            self.type_choice.set_types(types, None, mixed=self.type_choice.findData(KEEP) >= 0)
            self.type_choice.setCurrentIndex(max(self.type_choice.findData(chosen), 0))
        finally:
            self._loading = False
        self._shown_with = (list(types), self._shown_with[1])
        if self.details is not None:
            self._show_rule()

    def show_owner_warning(self, text: str) -> None:
        self.owner_warning.setText(text)
        self.owner_warning.setVisible(bool(text))

    def show_suggestion(self, text: str) -> None:
        """«Sugerencia: RUT · 15/03/2024», with «Aplicar»; nothing when ``text`` is empty."""
        self.suggestion.setText(self.tr("Suggestion: %1").replace("%1", text))
        self.suggestion_box.setVisible(bool(text))

    def show_history(self, entries: list[HistoryEntry]) -> None:
        self.history.show_entries(entries)
        self.history_button.setText(self.tr("History (%1)").replace("%1", str(len(entries))))

    def _show_single_rows(self, single: bool) -> None:
        """The own date, the expiry and the notes are one document's; so is its history."""
        for field in (self.created, self.expiry, self.notes):
            self.form.setRowVisible(field, single)
        self.history_button.setVisible(single)
        self.history.setVisible(single and self.history_button.isChecked())  # unfolded stays unfolded

    def _loaded(self) -> None:
        self._loading = False
        self.period_touched = False
        self.period_error.hide()
        self.pages.setCurrentWidget(self.form_page)
        self.set_dirty(False)

    # -- editing ------------------------------------------------------------------------------

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.unsaved.setText(self.tr("Not saved") if dirty else "")
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def _on_field_changed(self, *_args: Any) -> None:
        if not self._loading:
            self.set_dirty(bool(self.changes()) or self._period_refused())
            if self.details is not None:
                self._show_rule()

    def _show_rule(self) -> None:
        """The rule's date for the type, date and period as they are in the form, before saving."""
        chosen = self.type_choice.chosen()
        kind = next((t for t in self._shown_with[0] if t.id == chosen), None)
        try:
            period = clean_period(self.period.text())
        except ValueError:
            period = None
        self.expiry.show_rule(kind, rule_expiry(kind.rule, kind.rule_days, kind.rule_day, self.created.value(), period)
                              if kind is not None else None)

    def _period_refused(self) -> bool:
        """A period typed that is not one: not saved, but not what is stored either."""
        if not self.period_touched:
            return False
        try:
            clean_period(self.period.text())
        except ValueError:
            return True
        return False

    def _on_period_text_edited(self, _text: str) -> None:
        self.period_touched = True
        self.period_error.hide()
        self._on_field_changed()

    def _on_history_button_toggled(self, on: bool) -> None:
        self.history_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.history.setVisible(on and len(self.ids) == 1)
        if on:
            # once the layout has made room for it (the panel is short at 768 pixels)
            QTimer.singleShot(0, lambda: self.form_page.ensureWidgetVisible(self.history))
        self.historyToggled.emit(on)

    def check_period(self) -> bool:
        """The period as typed is one (or empty); otherwise say why under the field."""
        try:
            clean_period(self.period.text())
        except ValueError as exc:
            self.period_error.setText(str(exc))
            self.period_error.show()
            return False
        self.period_error.hide()
        return True

    def changes(self) -> dict[str, Any]:
        """What the form says differently from what is stored, as ``set_details`` keywords (a period
        that is not one is left out: ``check_period`` says so)."""
        out: dict[str, Any] = {}
        if not self.ids:
            return out
        try:
            period: str | None = clean_period(self.period.text())
            period_ok = True
        except ValueError:
            period, period_ok = None, False
        chosen = self.type_choice.chosen()
        if self.details is None:  # several documents: only what was touched
            if chosen != KEEP and chosen != self._bulk_type:
                out["doc_type"] = chosen
            if self.period_touched and period_ok and period is not None:
                out["period"] = period
            if self.tags.tags():
                out["add_tags"] = self.tags.tags()
            return out
        doc = self.details.doc
        if chosen != (doc.document_type_id or None):
            out["doc_type"] = chosen
        if self.created.value() != as_day(doc.created):
            out["created"] = self.created.value()
        if period_ok and period != (doc.period or None):
            out["period"] = period
        entered = self.expiry.entered()
        if entered is not None:
            if not doc.expires_set or entered != as_day(doc.expires_on):
                out["expires"] = entered
        elif doc.expires_set:
            out["expires"] = None
        if self.tags.tags() != self.details.tags:
            out["tags"] = self.tags.tags()
        if self.notes.toPlainText() != (doc.notes or ""):
            out["notes"] = self.notes.toPlainText()
        return out

    def discard(self) -> None:
        """Put back what is stored («Descartar», Esc)."""
        if self.details is not None:
            history = self.history_button.text()
            suggestion = self.suggestion_box.isVisible()
            self.show_one(self.details, *self._shown_with)
            self.history_button.setText(history)
            self.suggestion_box.setVisible(suggestion)
        elif self.ids:
            self.show_many(self.ids, *self._many_with)
