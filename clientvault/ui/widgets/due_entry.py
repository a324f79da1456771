"""«Por vencer» above the company list: one row that reads like a company's (the same padding, the
same rounded badge, the list's highlight while it is chosen) but is a button: Tab reaches it, Enter
or Space or a click chooses it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QStyle, QStyleOptionViewItem, QWidget

from clientvault.ui.widgets.company_delegate import BADGE_GAP, BADGE_PAD, PAD_X, PAD_Y, count_text, paint_badge, small_font


class DueEntry(QAbstractButton):
    """Checked while the «Por vencer» page is shown; a click on it when checked leaves it checked
    (it is a place to go, not a switch). ``count``: the papers expired or expiring soon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueEntry")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.count = 0
        self.inset = 0  # the company list's frame and spacing: the text and badge line up with its rows'
        self.setText(self.tr("Due papers"))
        self.setToolTip(self.tr("Papers expired or expiring soon, of every company"))
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = int(count)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.tr("%n paper(s) expired or expiring soon", "", self.count))
        self.update()

    def nextCheckState(self) -> None:  # noqa: N802
        self.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()  # a button takes Space only; a row of a list is chosen with Enter too
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.label_font())
        badge = QFontMetrics(small_font(self.font())).horizontalAdvance(count_text(self.count)) + 2 * BADGE_PAD
        width = 2 * (PAD_X + self.inset) + fm.horizontalAdvance(self.text()) + BADGE_GAP + badge
        return QSize(width, fm.height() + 2 * PAD_Y + 8)  # as tall as a company's name line and a little more

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.sizeHint().height())

    def label_font(self) -> QFont:
        font = self.font()
        font.setBold(True)  # a place of its own, not one more company
        return font

    def badge_rect(self) -> tuple[int, int, int, int]:
        """(x, y, width, height) of the badge: at the right, as the company rows' are."""
        small = QFontMetrics(small_font(self.font()))
        h = small.height() + 2
        w = max(h, small.horizontalAdvance(count_text(self.count)) + 2 * BADGE_PAD)
        inner = self.rect().adjusted(PAD_X + self.inset, 0, -PAD_X - self.inset, 0)
        return inner.right() - w + 1, inner.center().y() - h // 2 + 1, w, h

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        opt = QStyleOptionViewItem()
        opt.initFrom(self)
        checked = self.isChecked()
        if checked:
            opt.state |= QStyle.StateFlag.State_Selected  # type: ignore[operator]
        if self.window().isActiveWindow():
            opt.state |= QStyle.StateFlag.State_Active  # type: ignore[operator]
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, self)
        colour = self.palette().color(QPalette.ColorRole.HighlightedText if checked else QPalette.ColorRole.Text)
        if self.hasFocus():  # the style's focus rectangle is faint or absent (Fusion): a ring one can see
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ring = QPen(colour if checked else self.palette().color(QPalette.ColorRole.Highlight), 1.5)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)
            painter.restore()
        x, y, w, h = self.badge_rect()
        font = self.label_font()
        painter.setFont(font)
        painter.setPen(colour)
        left = PAD_X + self.inset
        text_rect = QRect(left, 0, max(0, x - BADGE_GAP - left), self.height())
        text = QFontMetrics(font).elidedText(self.text(), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.setFont(small_font(self.font()))
        paint_badge(painter, QRect(x, y, w, h), count_text(self.count), colour, checked)
        painter.end()
