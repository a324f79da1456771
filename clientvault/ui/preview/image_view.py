"""An image painted fitted into the widget, keeping its proportions (the pane's PDF page and pictures)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def fitted(size: QSize, box: QRect) -> QRect:
    """The largest rectangle of ``size``'s proportions centred in ``box``."""
    if size.isEmpty() or box.isEmpty():
        return QRect(box.topLeft(), QSize(0, 0))
    scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(box.x() + (box.width() - scaled.width()) // 2, box.y() + (box.height() - scaled.height()) // 2,
                 scaled.width(), scaled.height())


class ImageView(QWidget):
    """Paints ``image`` fitted and centred; a thin border marks the edge of a white page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewImage")
        self.image = QImage()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def set_image(self, image: QImage | None) -> None:
        self.image = image if image is not None else QImage()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if self.image.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = fitted(self.image.size(), self.rect().adjusted(4, 4, -4, -4))
        painter.drawImage(target, self.image)
        painter.setPen(QPen(QColor(0, 0, 0, 60)))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        painter.end()
