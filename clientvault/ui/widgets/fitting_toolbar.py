"""A toolbar whose buttons drop their text, least-used first, when the window is too narrow for
all of it, so nothing (above all the search field at its end) falls into the overflow menu (») a
person never opens. A button without text still names itself in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

SLACK = 12  # the layout's own margins and the rounding of widths


class FittingToolBar(QToolBar):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.shrink_order: list[QAction] = []  # whose text goes first when space runs out

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def needed_width(self) -> int:
        """The width the items need: buttons as they are now, an expanding spacer nothing, a field
        its minimum."""
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        total = SLACK + self.contentsMargins().left() + self.contentsMargins().right()
        for action in self.actions():
            widget = self.widgetForAction(action)
            if widget is None or not action.isVisible():
                continue
            if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Expanding and widget.minimumWidth() == 0:
                width = 0
            elif widget.minimumWidth() > 0:
                width = widget.minimumWidth()
            else:
                width = widget.sizeHint().width()
            total += width + spacing
        return total

    def fit(self) -> None:
        buttons = [b for b in map(self.widgetForAction, self.shrink_order) if isinstance(b, QToolButton)]
        for button in buttons:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in buttons:
            if self.needed_width() <= self.width():
                break
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
