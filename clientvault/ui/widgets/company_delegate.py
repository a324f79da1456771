"""How a company reads in the sidebar: its name on the first line, cut with «…» before a rounded
badge with its file count, its NIT in grey on the second line, and on a third, only when it has
any, the papers it lacks: «Falta: RUT, Cámara» in amber, «Vencido: Resolución» in dark red.

Where each part goes is one function (``row_layout``) that both painting and the tests ask, so the
name's rectangle ends where the badge begins at every width: a long razón social is elided, never
painted under the count."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from clientvault.core.values import PaperGap
from clientvault.ui.models.company_model import CompanyModel, gap_groups

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, LINE_GAP, BADGE_GAP, BADGE_PAD = 8, 5, 2, 8, 7  # pixels
SEPARATOR = " · "
# The table's colours for the same states (paper_words.py): dark enough on white, amber not yellow.
EXPIRED, MISSING = QColor("#b3261e"), QColor("#8a5300")
EXPIRED_ON_DARK, MISSING_ON_DARK = QColor("#ff8a80"), QColor("#ffcc80")


@dataclass(frozen=True)
class RowLayout:
    """Where one row's parts go, in the view's coordinates (``gaps`` is empty when there are none)."""

    name: QRect
    nit: QRect
    badge: QRect
    gaps: QRect


def small_font(font: QFont) -> QFont:
    """The NIT line's and the badge's font: a little smaller than the name's."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return small


def count_text(count: int) -> str:
    return QLocale().toString(count)  # "1.234" in Spanish, "1,234" in English


def gap_colour(state: str, palette: QPalette) -> QColor:
    """Dark red for a paper expired, amber for one missing; lighter tints on a dark background."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if state == "expired":
        return EXPIRED_ON_DARK if dark else EXPIRED
    return MISSING_ON_DARK if dark else MISSING


def row_layout(rect: QRect, font: QFont, count: str, gaps: bool = False) -> RowLayout:
    """The name, the NIT and the gaps lines take the row's width but the badge's; the badge (as wide
    as its number, at least round) sits at the right, centred on the name and the NIT."""
    name_fm, small_fm = QFontMetrics(font), QFontMetrics(small_font(font))
    inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
    badge_h = small_fm.height() + 2
    badge_w = max(badge_h, small_fm.horizontalAdvance(count) + 2 * BADGE_PAD)
    two_lines = name_fm.height() + LINE_GAP + small_fm.height()
    badge = QRect(inner.right() - badge_w + 1, inner.top() + (two_lines - badge_h) // 2, badge_w, badge_h)
    text_right = badge.left() - BADGE_GAP - 1
    name = QRect(inner.left(), inner.top(), max(0, text_right - inner.left() + 1), name_fm.height())
    nit = QRect(inner.left(), name.bottom() + 1 + LINE_GAP, name.width(), small_fm.height())
    below = QRect(inner.left(), nit.bottom() + 1 + LINE_GAP, name.width(), small_fm.height()) if gaps else QRect()
    return RowLayout(name, nit, badge, below)


def row_height(font: QFont, gaps: bool = False) -> int:
    small = QFontMetrics(small_font(font)).height()
    return 2 * PAD_Y + QFontMetrics(font).height() + LINE_GAP + small + ((LINE_GAP + small) if gaps else 0)


def fit_gaps(gaps: list[PaperGap], fm: QFontMetrics, width: int) -> list[tuple[str, str]]:
    """The (state, text) pieces that fit in ``width``, separators included (state ""); the last one
    cut with «…» when they do not all fit. The tooltip has them all."""
    pieces: list[tuple[str, str]] = []
    for i, (state, text) in enumerate(gap_groups(gaps)):
        if i:
            pieces.append(("", SEPARATOR))
        pieces.append((state, text))
    fitted: list[tuple[str, str]] = []
    left = width
    for state, text in pieces:
        advance = fm.horizontalAdvance(text)
        if advance <= left:
            fitted.append((state, text))
            left -= advance
            continue
        cut = fm.elidedText(text, Qt.TextElideMode.ElideRight, left) if state else ""
        if cut and cut != "…":
            fitted.append((state, cut))
        elif fitted:  # no room for a word more: «Falta: RUT · …» says there is more
            fitted.append(("", "…"))
        break
    return fitted


def paint_badge(painter: QPainter, rect: QRect, text: str, text_color: QColor, selected: bool) -> None:
    """A pill a shade off the background, the number in the text's colour (rows and «Por vencer»)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(text_color)
    fill.setAlpha(60 if selected else 28)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    radius = rect.height() / 2
    painter.drawRoundedRect(QRectF(rect), radius, radius)
    painter.setPen(text_color)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


class CompanyDelegate(QStyledItemDelegate):
    """Paints a company row (and the highlight of a drop onto it: ``drop_row`` of the view)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # No width of its own: a row is as wide as the list, and the name is elided to fit it.
        return QSize(0, row_height(option.font, bool(index.data(CompanyModel.GapsRole))))  # type: ignore[attr-defined]

    def layout_for(self, option: QStyleOptionViewItem, index: Index) -> RowLayout:
        return row_layout(option.rect, option.font, count_text(int(index.data(CompanyModel.CountRole) or 0)),  # type: ignore[attr-defined]
                          bool(index.data(CompanyModel.GapsRole)))

    def elided_name(self, option: QStyleOptionViewItem, index: Index) -> str:
        """The name as painted: whole when it fits before the badge, cut with «…» otherwise."""
        width = self.layout_for(option, index).name.width()
        return QFontMetrics(option.font).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, width)  # type: ignore[attr-defined]

    def painted_gaps(self, option: QStyleOptionViewItem, index: Index) -> list[tuple[str, str]]:
        """The third line as painted: (state, text) pieces, the last one maybe cut with «…»."""
        width = self.layout_for(option, index).gaps.width()
        return fit_gaps(index.data(CompanyModel.GapsRole) or [], QFontMetrics(small_font(option.font)), width)  # type: ignore[attr-defined]

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
        x = layout.gaps.left()
        for state, text in self.painted_gaps(opt, index):
            # On the selection's colour the red and amber would not read: the gaps take its text colour.
            painter.setPen(grey if not state else text_color if selected else gap_colour(state, palette))
            piece = QRect(x, layout.gaps.top(), layout.gaps.right() - x + 1, layout.gaps.height())
            painter.drawText(piece, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            x += QFontMetrics(small).horizontalAdvance(text)
        paint_badge(painter, layout.badge, count_text(int(index.data(CompanyModel.CountRole) or 0)), text_color, selected)
        painter.restore()


class GapsLabel(QLabel):
    """Beside the company heading: «— Falta: RUT · Vencido: Cámara» in the rows' colours, in the
    window's font (the heading's is larger and bold), cut with «…» when the window is narrow; the
    tooltip has every gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyHeadingGaps")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.gaps: list[PaperGap] = []

    def show_gaps(self, gaps: list[PaperGap], text: str) -> None:
        """``text``: the gaps in words (``CompanyModel.gaps_text``), what a screen reader hears."""
        self.gaps = list(gaps)
        self.setText("— " + text if text else "")
        self.setToolTip("\n".join(g.text for g in gaps))
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        self.update()

    def painted(self) -> list[tuple[str, str]]:
        """(state, text) pieces as painted after the dash."""
        fm = self.fontMetrics()
        return fit_gaps(self.gaps, fm, self.contentsRect().width() - fm.horizontalAdvance("— "))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.gaps:
            return
        painter = QPainter(self)
        rect, fm = self.contentsRect(), self.fontMetrics()
        grey = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        grey.setAlpha(150)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        x = rect.left()
        for state, text in [("", "— "), *self.painted()]:
            painter.setPen(grey if not state else gap_colour(state, self.palette()))
            painter.drawText(QRect(x, rect.top(), rect.right() - x + 1, rect.height()), flags, text)
            x += fm.horizontalAdvance(text)
        painter.end()
