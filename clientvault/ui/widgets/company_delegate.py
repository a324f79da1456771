"""How a company reads in the sidebar: its name on the first line, cut with «…» before a rounded
badge with its file count, and its NIT in grey on the second line.

Where each part goes is one function (``row_layout``) that both painting and the tests ask, so the
name's rectangle ends where the badge begins at every width: a long razón social is elided, never
painted under the count."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from clientvault.ui.models.company_model import CompanyModel

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, LINE_GAP, BADGE_GAP, BADGE_PAD = 8, 5, 2, 8, 7  # pixels


@dataclass(frozen=True)
class RowLayout:
    """Where one row's parts go, in the view's coordinates."""

    name: QRect
    nit: QRect
    badge: QRect


def small_font(font: QFont) -> QFont:
    """The NIT line's and the badge's font: a little smaller than the name's."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return small


def count_text(count: int) -> str:
    return QLocale().toString(count)  # "1.234" in Spanish, "1,234" in English


def row_layout(rect: QRect, font: QFont, count: str) -> RowLayout:
    """The name and the NIT line take the row's width but the badge's; the badge (as wide as its
    number, at least round) sits at the right, centred on the two lines."""
    name_fm, small_fm = QFontMetrics(font), QFontMetrics(small_font(font))
    inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
    badge_h = small_fm.height() + 2
    badge_w = max(badge_h, small_fm.horizontalAdvance(count) + 2 * BADGE_PAD)
    badge = QRect(inner.right() - badge_w + 1, inner.center().y() - badge_h // 2 + 1, badge_w, badge_h)
    text_right = badge.left() - BADGE_GAP - 1
    name = QRect(inner.left(), inner.top(), max(0, text_right - inner.left() + 1), name_fm.height())
    nit = QRect(inner.left(), name.bottom() + 1 + LINE_GAP, name.width(), small_fm.height())
    return RowLayout(name, nit, badge)


def row_height(font: QFont) -> int:
    return 2 * PAD_Y + QFontMetrics(font).height() + LINE_GAP + QFontMetrics(small_font(font)).height()


class CompanyDelegate(QStyledItemDelegate):
    """Paints a company row (and the highlight of a drop onto it: ``drop_row`` of the view)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # No width of its own: a row is as wide as the list, and the name is elided to fit it.
        return QSize(0, row_height(option.font))  # type: ignore[attr-defined]

    def layout_for(self, option: QStyleOptionViewItem, index: Index) -> RowLayout:
        return row_layout(option.rect, option.font, count_text(int(index.data(CompanyModel.CountRole) or 0)))  # type: ignore[attr-defined]

    def elided_name(self, option: QStyleOptionViewItem, index: Index) -> str:
        """The name as painted: whole when it fits before the badge, cut with «…» otherwise."""
        width = self.layout_for(option, index).name.width()
        return QFontMetrics(option.font).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, width)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]  # the style draws the background and focus; the texts are ours
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        layout = self.layout_for(opt, index)
        painter.save()
        if getattr(self._view, "drop_row", -1) == index.row():
            painter.setPen(QColor("#1976d2"))
            painter.setBrush(QColor(25, 118, 210, 40))
            painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 4, 4)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(text_color)
        painter.drawText(layout.name, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.elided_name(opt, index))
        small = small_font(opt.font)  # type: ignore[attr-defined]
        painter.setFont(small)
        grey = QColor(text_color)
        grey.setAlpha(200 if selected else 150)
        painter.setPen(grey)
        nit = QFontMetrics(small).elidedText(str(index.data(CompanyModel.NitRole) or ""), Qt.TextElideMode.ElideRight,
                                             layout.nit.width())
        painter.drawText(layout.nit, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), nit)
        # The badge: a pill a shade off the row's background, the count in the text's colour.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(text_color)
        fill.setAlpha(60 if selected else 28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = layout.badge.height() / 2
        painter.drawRoundedRect(layout.badge, radius, radius)
        painter.setPen(text_color)
        painter.drawText(layout.badge, int(Qt.AlignmentFlag.AlignCenter),
                         count_text(int(index.data(CompanyModel.CountRole) or 0)))
        painter.restore()
