"""Icons: painted badges for each kind of document, and the toolbar's Lucide icons tinted with the
palette's text colour so they read on light and dark themes alike."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

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


class _TintedSvgEngine(QIconEngine):
    """Draws an SVG at the size asked for, when it is first asked for.

    Rendering every toolbar icon at five sizes before the window could paint cost about 10 ms of
    start-up; most of those pixmaps were never shown. Pixmaps are kept per size and mode, so each is
    drawn once; the disabled look is the style's, as for any other icon.
    """

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderer: QSvgRenderer | None = None
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        pix = self._pixmaps.get(key)
        if pix is None:
            if self._renderer is None:
                self._renderer = QSvgRenderer(QByteArray(self._svg))
            pix = QPixmap(size)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            self._renderer.render(painter)
            painter.end()
            if mode != QIcon.Mode.Normal and QApplication.instance() is not None:
                pix = QApplication.style().generatedIconPixmap(mode, pix, QStyleOption())
            self._pixmaps[key] = pix
        return pix

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pix = self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)), mode, state)
        painter.drawPixmap(rect, pix)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        return size  # a vector icon fits any square it is given

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg)


@cache
def action_icon(name: str) -> QIcon:
    """A toolbar icon from ``resources/icons/actions/<name>.svg`` (drawn with ``currentColor``, which
    becomes the palette's text colour), rendered lazily by ``_TintedSvgEngine``."""
    path = resource_path("icons", "actions", f"{name}.svg")
    if not path.exists():
        return QIcon()
    color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return QIcon(_TintedSvgEngine(path.read_text(encoding="utf-8").replace("currentColor", color).encode()))
