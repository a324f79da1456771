"""The «Find in the document» bar of the preview window and of the pane beside the table.

The bar is the search's controller: it owns the typed text and the keys, and drives whichever
finder (``ui.preview.finders``) the host hands it for the document on screen. A host that has no
finder yet (the document is still loading) may open the bar with a text: the search runs as soon as
``set_finder`` brings one. Keys: Enter / F3 next, Shift+Enter / Shift+F3 previous, Esc closes; F3
and Esc act anywhere inside ``scope`` (the window, or the pane), while the bar is open.

Signals: closed() — the bar was closed (the host gives the focus back to the document).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from clientvault.ui import icons
from clientvault.ui.preview.finders import Finder, FindStatus

TYPING_PAUSE_MS = 250  # search when the typing pauses: a PDF search per letter would queue up behind itself


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, scope: QWidget, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.finder: Finder | None = None
        self._searched: str | None = None  # the text the finder last searched for
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in the document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.previous_button = self._button("findPrevious", self.tr("Previous"), Qt.ArrowType.UpArrow, compact)
        self.next_button = self._button("findNext", self.tr("Next"), Qt.ArrowType.DownArrow, compact)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("findClose")
        self.close_button.setIcon(icons.action_icon("x"))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the search (Esc)"))
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setHorizontalSpacing(4)
        row: tuple[QWidget, ...]
        if compact:  # the pane is narrow: the count goes under the field
            row = (self.edit, self.previous_button, self.next_button, self.close_button)
            for col, widget in enumerate(row):
                layout.addWidget(widget, 0, col)
            layout.addWidget(self.status, 1, 0, 1, 4)
            layout.setColumnStretch(0, 1)
        else:
            self.edit.setMinimumWidth(220)
            self.edit.setMaximumWidth(360)
            row = (self.edit, self.previous_button, self.next_button, self.status)
            for col, item in enumerate(row):
                layout.addWidget(item, 0, col)
            layout.addWidget(self.close_button, 0, 5)
            layout.setColumnStretch(4, 1)
        self.action_next = self._action("actionFindNext", QKeySequence.StandardKey.FindNext, scope)
        self.action_previous = self._action("actionFindPrevious", QKeySequence.StandardKey.FindPrevious, scope)
        self.action_close = QAction(self)
        self.action_close.setObjectName("actionFindClose")
        self.action_close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action_close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        scope.addAction(self.action_close)  # before the dialog's own Esc (which would close the window)
        self._set_keys(False)
        self._connect_signals()
        self.hide()

    def _button(self, name: str, text: str, arrow: Qt.ArrowType, compact: bool) -> QToolButton | QPushButton:
        button: QToolButton | QPushButton
        if compact:
            button = QToolButton(self)
            button.setArrowType(arrow)
            button.setAutoRaise(True)
            button.setToolTip(text)
        else:
            button = QPushButton(text, self)
            button.setAutoDefault(False)  # Enter in the field steps through hits; it must not press a button
        button.setObjectName(name)
        return button

    def _action(self, name: str, keys: QKeySequence.StandardKey, scope: QWidget) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        scope.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self._timer.timeout.connect(self._search_now)
        self.next_button.clicked.connect(lambda: self.step(1))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.close_button.clicked.connect(self.close_bar)
        self.action_next.triggered.connect(lambda: self.step(1))
        self.action_previous.triggered.connect(lambda: self.step(-1))
        self.action_close.triggered.connect(self.close_bar)

    def _set_keys(self, on: bool) -> None:
        for action in (self.action_next, self.action_previous, self.action_close):
            action.setEnabled(on)

    # -- what hosts call --------------------------------------------------------------------------

    def open(self, text: str | None = None) -> None:
        """Show the bar with the focus in its field (Ctrl+F); with ``text``, search for it at once."""
        self.show()
        self._set_keys(True)
        if text is not None:
            self.edit.setText(text)
            self._search_now()
        elif self.finder is not None and self._searched is None and self.edit.text():
            self._search_now()  # closed, then opened again: the previous text, its hits shown again
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self._timer.stop()
        self._set_keys(False)
        self.hide()
        if self.finder is not None:
            self.finder.clear()
        self._searched = None
        self.closed.emit()

    def set_finder(self, finder: Finder | None) -> None:
        """The finder for the document now on screen (None while it loads); an open bar searches it."""
        if self.finder is not None:
            self.finder.statusChanged.disconnect(self._on_finder_status_changed)
            self.finder.clear()
        self.finder = finder
        self._searched = None
        if finder is not None:
            finder.statusChanged.connect(self._on_finder_status_changed)
        if self.isVisible() and self.edit.text():
            self._search_now()
        else:
            self.status.clear()

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) hit; a text edited since the last search is searched first."""
        if not self.isVisible():
            self.open()
            return
        if self.finder is None:
            return
        if self._searched != self.edit.text():
            self._search_now()
        else:
            self.finder.step(delta)

    # -- handlers ---------------------------------------------------------------------------------

    def _on_edit_text_edited(self, _text: str) -> None:
        self._timer.start()

    def _search_now(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        self._searched = text
        if self.finder is None:
            self.status.setText(self.tr("Loading…") if text.strip() else "")
            return
        self.finder.search(text)

    def _on_finder_status_changed(self, status: FindStatus) -> None:
        self.status.setText(self.describe(status))
        found = status.total > 0
        self.next_button.setEnabled(found)
        self.previous_button.setEnabled(found)

    def describe(self, status: FindStatus) -> str:
        """The words under or beside the field: the count, «not found», or why there is nothing to search."""
        if status.message:
            return status.message
        if not status.needle.strip():
            return ""
        if not status.done:
            return self.tr("Searching…")
        if status.total == 0:
            return self.tr("No match for «%1».").replace("%1", status.needle.strip())
        if status.more:
            return self.tr("%1 of more than %2").replace("%1", str(status.current + 1)).replace("%2", str(status.total))
        return self.tr("%1 of %2").replace("%1", str(status.current + 1)).replace("%2", str(status.total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter / Shift+Enter in the field step through the hits (a QLineEdit's returnPressed has no
        modifiers); Esc closes the bar even where the scope's Esc action is shadowed."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
