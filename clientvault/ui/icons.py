"""Icons: painted badges for each kind of document, and the toolbar's Lucide icons tinted with the
palette's text colour so they read on light and dark themes alike."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from clientvault.core.values import KINDS, label_for
from clientvault.paths import resource_path

_COLORS = {"pdf": "#c62828", "sheet": "#2e7d32", "word": "#1565c0", "image": "#6a1b9a", "text": "#546e7a"}
_TAGS = {"pdf": "PDF", "xlsx": "XLS", "xlsm": "XLS", "xls": "XLS", "docx": "DOC", "doc": "DOC",
         "png": "IMG", "jpeg": "IMG", "gif": "IMG", "bmp": "IMG", "tiff": "IMG", "webp": "IMG", "heic": "IMG",
         "csv": "CSV", "txt": "TXT"}


def format_label(code: str) -> str:
    return label_for(code)


@cache
def format_icon(code: str) -> QIcon:
    kind = KINDS.get(code)
    color = QColor(_COLORS.get(kind.family if kind else "", "#757575"))
    icon = QIcon()
    for size in (16, 24, 32, 48):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        rect = QRectF(size * 0.1, size * 0.02, size * 0.8, size * 0.96)
        p.drawRoundedRect(rect, size * 0.12, size * 0.12)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(5, int(size * 0.28)))
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, _TAGS.get(code, "?"))
        p.end()
        icon.addPixmap(pix)
    return icon


@cache
def action_icon(name: str) -> QIcon:
    """A toolbar icon from ``resources/icons/actions/<name>.svg`` (drawn with ``currentColor``)."""
    path = resource_path("icons", "actions", f"{name}.svg")
    if not path.exists():
        return QIcon()
    color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    renderer = QSvgRenderer(QByteArray(path.read_text(encoding="utf-8").replace("currentColor", color).encode()))
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pix)
    return icon
