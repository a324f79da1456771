"""How one search result is drawn: the file's icon and name, its kind and date at the right, the
company under it, and for a document found by its text, the words around the hit, highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from clientvault.core.values import HIT_START
from clientvault.ui.models.search_model import SearchModel, snippet_html

Index = QModelIndex | QPersistentModelIndex
PAD, ICON, GAP = 8, 22, 10


class SearchResultDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument(self)
        self._doc.setDocumentMargin(0)

    def _line(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height()  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        lines = 3 if index.data(SearchModel.SnippetRole) else 2
        return QSize(200, 2 * PAD + lines * self._line(option) + (lines - 1) * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()  # type: ignore[attr-defined]
        # The background (selection, hover, alternate rows) as the style draws it, without the text.
        opt.text = ""  # type: ignore[attr-defined]
        opt.icon = opt.icon.__class__()  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # type: ignore[attr-defined]

        rect: QRect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        line = self._line(option)
        painter.save()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(rect.left(), rect.top() + (line - ICON) // 2 + 1, ICON, ICON))
        left = rect.left() + ICON + GAP
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)

        meta = "  ·  ".join(x for x in (index.data(SearchModel.KindRole), index.data(SearchModel.DateRole)) if x)
        meta_width = metrics.horizontalAdvance(meta)
        painter.setFont(font)
        painter.setPen(quiet)
        top = QRect(left, rect.top(), rect.right() - left, line)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), meta)

        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name_rect = QRect(left, rect.top(), max(0, top.width() - meta_width - GAP), line)
        marked = str(index.data(SearchModel.MarkedNameRole) or "")
        if HIT_START in marked:  # found by its name: the words found highlighted, as in a passage
            self._paint_snippet(painter, name_rect, marked, bold, text_colour)
        else:
            name = QFontMetrics(bold).elidedText(str(index.data() or ""), Qt.TextElideMode.ElideMiddle,
                                                 name_rect.width())
            painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)

        painter.setFont(font)
        painter.setPen(quiet)
        company_rect = QRect(left, rect.top() + line + 3, rect.right() - left, line)
        company = metrics.elidedText(str(index.data(SearchModel.CompanyRole) or ""), Qt.TextElideMode.ElideRight,
                                     company_rect.width())
        painter.drawText(company_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), company)

        hit = index.data(SearchModel.HitRole)
        if hit is not None and hit.where == "text" and hit.snippet:
            snippet_rect = QRect(left, rect.top() + 2 * (line + 3), rect.right() - left, line)
            self._paint_snippet(painter, snippet_rect, hit.snippet, font, text_colour)
        painter.restore()

    def _paint_snippet(self, painter: QPainter, rect: QRect, snippet: str, font: QFont, colour: QColor) -> None:
        """One line of rich text: cut to what fits, ending in "…", so a long paragraph never wraps
        into the next result."""
        budget = max(8, int(rect.width() / max(1, QFontMetrics(font).averageCharWidth()) * 0.92))
        self._doc.setDefaultFont(font)
        while True:
            self._doc.setHtml(snippet_html(snippet, budget))
            if self._doc.idealWidth() <= rect.width() or budget <= 8:
                break
            budget = int(budget * 0.9)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        self._doc.documentLayout().draw(painter, context)
        painter.restore()
