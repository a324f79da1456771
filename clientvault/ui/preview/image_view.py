"""The pane's page: a PDF page or a picture as wide as the pane (a page fitted into the pane's height
was a thumbnail nobody could read), in a scroll area for the rest of its height; re-fitted whenever
the pane's width changes, since the scroll area gives it its width and asks ``heightForWidth``."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

MARGIN = 4  # around the page, so its border shows


def fitted(size: QSize, box: QRect) -> QRect:
    """The largest rectangle of ``size``'s proportions centred in ``box``."""
    if size.isEmpty() or box.isEmpty():
        return QRect(box.topLeft(), QSize(0, 0))
    scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(box.x() + (box.width() - scaled.width()) // 2, box.y() + (box.height() - scaled.height()) // 2,
                 scaled.width(), scaled.height())


MARK = QColor(255, 236, 61)  # a highlighter's yellow: every hit of a search on the page
CURRENT_MARK = QColor(255, 150, 30)  # the hit the find bar counts as current: orange, and outlined


def paint_marks(painter: QPainter, page: QRect, marks: list[tuple[QRectF, ...]], current: int) -> None:
    """Search hits over a rendered page: ``marks`` are fractions of the page, so they follow any zoom.
    Multiplied onto the page, as a highlighter pen: the white turns yellow, the letters stay black."""
    if not marks:
        return
    painter.save()
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    painter.setPen(Qt.PenStyle.NoPen)
    w, h = page.width(), page.height()
    for i, rects in enumerate(marks):
        painter.setBrush(CURRENT_MARK if i == current else MARK)
        for r in rects:
            painter.drawRect(QRectF(page.x() + r.x() * w - 1, page.y() + r.y() * h - 1, r.width() * w + 2, r.height() * h + 2))
    painter.restore()
    if 0 <= current < len(marks):  # an outline too, so the current hit stands out on a coloured page
        painter.save()
        painter.setPen(QPen(QColor(200, 90, 0), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in marks[current]:
            painter.drawRect(QRectF(page.x() + r.x() * w - 2, page.y() + r.y() * h - 2, r.width() * w + 4, r.height() * h + 4))
        painter.restore()


class ImageView(QWidget):
    """Paints ``image`` as wide as the widget (a picture smaller than that at its own size, centred:
    blown up it would only be blurred), top-aligned; a thin border marks the edge of a white page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewImage")
        self.image = QImage()
        self.enlarge = True  # a PDF page is rendered for this width anyway; a picture is not blown up
        self.marks: list[tuple[QRectF, ...]] = []  # search hits on this page, fractions of it
        self.current_mark = -1
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the page puts Ctrl+F in the pane's hands
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(120, 120)

    def set_image(self, image: QImage | None, enlarge: bool = True) -> None:
        self.image = image if image is not None else QImage()
        self.enlarge = enlarge
        self.updateGeometry()  # a new height for the same width: the scroll area asks again
        self.update()

    def set_marks(self, marks: list[tuple[QRectF, ...]], current: int = -1) -> None:
        self.marks, self.current_mark = marks, current
        self.update()
        if 0 <= current < len(marks) and marks[current]:
            self._reveal(marks[current][0])

    def _reveal(self, mark: QRectF) -> None:
        """Scroll the pane to the current hit (it may be at the foot of a page taller than the pane)."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            page = self.image_rect()
            area.ensureVisible(round(page.x() + mark.center().x() * page.width()),
                               round(page.y() + mark.center().y() * page.height()), 20, area.viewport().height() // 3)

    def _page_size(self, width: int) -> QSize:
        """The painted size of the image in a widget ``width`` wide."""
        if self.image.isNull():
            return QSize(0, 0)
        natural = self.image.size() / max(self.image.devicePixelRatio(), 1.0)
        room = max(width - 2 * MARGIN, 1)
        w = room if self.enlarge else min(room, natural.width())
        return QSize(w, max(1, round(natural.height() * w / max(natural.width(), 1))))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._page_size(width).height() + 2 * MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.heightForWidth(300))

    def image_rect(self) -> QRect:
        """Where the image is painted: as wide as the widget, centred across, at the top."""
        size = self._page_size(self.width())
        return QRect((self.width() - size.width()) // 2, MARGIN, size.width(), size.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.image_rect()
        painter.drawImage(target, self.image)
        paint_marks(painter, target, self.marks, self.current_mark)
        painter.setPen(QPen(QColor(0, 0, 0, 60)))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()


def page_scroll_area(view: ImageView, parent: QWidget | None = None) -> QScrollArea:
    """``view`` in a scroll area that gives it its own width and scrolls it up and down only."""
    area = QScrollArea(parent)
    area.setObjectName("previewImageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    area.setWidget(view)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page takes the focus on a click, the area never
    return area
