"""An image painted fitted into the widget, keeping its proportions (the pane's PDF page and pictures)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


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
    """Paints ``image`` fitted and centred; a thin border marks the edge of a white page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewImage")
        self.image = QImage()
        self.marks: list[tuple[QRectF, ...]] = []  # search hits on this page, fractions of it
        self.current_mark = -1
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click on the page puts Ctrl+F in the pane's hands
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def set_image(self, image: QImage | None) -> None:
        self.image = image if image is not None else QImage()
        self.update()

    def set_marks(self, marks: list[tuple[QRectF, ...]], current: int = -1) -> None:
        self.marks, self.current_mark = marks, current
        self.update()

    def image_rect(self) -> QRect:
        """Where the image is painted (fitted and centred)."""
        return fitted(self.image.size(), self.rect().adjusted(4, 4, -4, -4))

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
