"""Icons: painted badges for each kind of document, and the toolbar's Lucide icons tinted with the
palette's text colour so they read on light and dark themes alike."""

from __future__ import annotations

from collections.abc import Callable
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


class _LazyIconEngine(QIconEngine):
    """Draws an icon at the size asked for, when it is first asked for.

    Drawing every toolbar icon at five sizes and every format badge at four before the window could
    paint cost about 15 ms of start-up; most of those pixmaps were never shown. Each pixmap is drawn
    once per size and mode by ``draw(painter, side)`` into a square; the disabled look is the
    style's, as for any other icon.
    """

    def __init__(self, draw: Callable[[QPainter, int], None]) -> None:
        super().__init__()
        self._draw = draw
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}
        self._clones: list[_LazyIconEngine] = []

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        pix = self._pixmaps.get(key)
        if pix is None:
            side = max(1, min(size.width(), size.height()))
            pix = QPixmap(side, side)
            pix.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pix)
            self._draw(painter, side)
            painter.end()
            if mode != QIcon.Mode.Normal and QApplication.instance() is not None:
                pix = QApplication.style().generatedIconPixmap(mode, pix, QStyleOption())
            self._pixmaps[key] = pix
        return pix

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        side = min(rect.width(), rect.height())
        pix = self.pixmap(QSize(round(side * ratio), round(side * ratio)), mode, state)
        painter.drawPixmap(QRect(rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2,
                                 side, side), pix)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)  # drawn to fit any square it is given

    def clone(self) -> QIconEngine:
        # Qt asks for a clone when a copy of the icon is changed (addPixmap, addFile...). PySide does
        # not hand a Python engine returned here over to C++, so Qt would be left holding a freed
        # one: keep each clone alive with the engine it came from (the icons are cached for the
        # program's life; clones are rare).
        twin = _LazyIconEngine(self._draw)
        self._clones.append(twin)
        return twin


@cache
def format_icon(code: str) -> QIcon:
    """A coloured badge with the format's tag ("PDF", "XLS"...), drawn at the size shown."""
    kind = KINDS.get(code)
    color = QColor(_COLORS.get(kind.family if kind else "", "#757575"))
    tag = _TAGS.get(code, "?")

    def draw(p: QPainter, size: int) -> None:
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
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, tag)

    return QIcon(_LazyIconEngine(draw))


@cache
def action_icon(name: str) -> QIcon:
    """A toolbar icon from ``clientvault/resources/icons/actions/<name>.svg`` (drawn with ``currentColor``, which
    becomes the palette's text colour), drawn at the size shown."""
    path = resource_path("icons", "actions", f"{name}.svg")
    if not path.exists():
        return QIcon()
    color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    svg = path.read_text(encoding="utf-8").replace("currentColor", color).encode()
    renderer: list[QSvgRenderer] = []  # parsed on first draw, then kept

    def draw(painter: QPainter, _side: int) -> None:
        if not renderer:
            renderer.append(QSvgRenderer(QByteArray(svg)))
        renderer[0].render(painter)

    return QIcon(_LazyIconEngine(draw))
