"""The preview window's pages: a scrolling column of page placeholders at the zoom's size, with only
the pages near the viewport rendered (in a worker, at the zoom's resolution) and far ones dropped.

Signals: currentPageChanged(int) — the page under the middle of the viewport, 0-based.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

from clientvault.preview import PreviewCancelled, open_preview
from clientvault.ui.preview.image_view import paint_marks
from clientvault.ui.workers import Task, run_task

KEEP_AROUND = 3  # pages kept rendered above and below the visible ones; the rest are dropped
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
POINT_TO_PX = 96 / 72  # zoom 1.0 shows a page at its printed size on a 96 dpi screen


def page_sizes(path: Path, mime_type: str | None, cancelled: Callable[[], bool]) -> tuple[str, list[tuple[float, float]]]:
    """("pdf" | "image", size of every page in points (pixels for images)), read in a worker."""
    preview = open_preview(path, mime_type, cancelled=cancelled)
    try:
        sizes = [preview.page_size(i) for i in range(preview.page_count)]  # type: ignore[union-attr]
        return ("pdf" if preview.kind == "pdf" else "image"), sizes
    finally:
        preview.close()


def render_page(path: Path, mime_type: str | None, page: int, width: int, cancelled: Callable[[], bool]) -> QImage:
    preview = open_preview(path, mime_type, cancelled=cancelled)
    try:
        if preview.kind == "pdf":
            return preview.render(page, width=width, cancelled=cancelled)  # type: ignore[union-attr]
        image = preview.image(page, cancelled=cancelled)  # type: ignore[union-attr]
        if image.width() > width * 1.2:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image
    finally:
        preview.close()


class PageWidget(QWidget):
    """One page: white with a shadow-like border until its image arrives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.rendered_width = 0
        self.failed = False
        self.marks: list[tuple[QRectF, ...]] = []  # search hits, fractions of the page (any zoom)
        self.current_mark = -1

    def set_image(self, image: QImage | None) -> None:
        self.image = image if image is not None else QImage()
        self.rendered_width = 0 if image is None else image.width()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect(), self.image)
        paint_marks(painter, self.rect(), self.marks, self.current_mark)
        painter.setPen(QColor(0, 0, 0, 80))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class PageView(QScrollArea):
    currentPageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(self.backgroundRole())
        self.path: Path | None = None
        self.mime_type: str | None = None
        self.sizes: list[tuple[float, float]] = []
        self.kind = "pdf"
        self.zoom = 1.0
        self.fitting = True  # the pages follow the view's width (re-fitted on resize) until a zoom is chosen
        self.pages: list[PageWidget] = []
        self._task: Task | None = None
        self._task_page = -1
        self._current = 0
        self._timer = QTimer(self, singleShot=True, interval=30)
        self._timer.timeout.connect(self._render_visible)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        container = self.container = QWidget()
        self.column = QVBoxLayout(container)
        self.column.setSpacing(12)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(container)
        self.setWidgetResizable(True)

    def set_document(self, path: Path, mime_type: str | None, kind: str, sizes: list[tuple[float, float]]) -> None:
        self.path, self.mime_type, self.kind, self.sizes = path, mime_type, kind, sizes
        for i in range(len(sizes)):
            page = PageWidget(self.container)
            page.setObjectName(f"page{i + 1}")
            self.column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(page)
        self.fit_width()

    def page_px(self, index: int, zoom: float | None = None) -> QSize:
        w, h = self.sizes[index]
        factor = (zoom if zoom is not None else self.zoom) * (POINT_TO_PX if self.kind == "pdf" else 1.0)
        return QSize(max(1, round(w * factor)), max(1, round(h * factor)))

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        keep = self._current
        self.zoom = zoom
        for i, page in enumerate(self.pages):
            page.setFixedSize(self.page_px(i))
        self.container.adjustSize()
        self.go_to_page(keep)
        self._timer.start()

    def zoom_in(self) -> None:
        self.fitting = False
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.fitting = False
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        """The widest page as wide as the view, less the margins and the vertical scroll bar."""
        self.fitting = True
        if not self.sizes:
            return
        widest = max(self.page_px(i, 1.0).width() for i in range(len(self.sizes)))
        self.set_zoom(max(self._fit_width_px(), 100) / widest)

    def _fit_width_px(self) -> int:
        # From the frame's inside, not the viewport: the viewport narrows when the scroll bar appears,
        # and fitting to it would make pages that no longer need the bar, which then goes away again.
        margins = self.column.contentsMargins()
        return self.contentsRect().width() - margins.left() - margins.right() - self.verticalScrollBar().sizeHint().width()

    def go_to_page(self, index: int) -> None:
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        self.column.activate()
        self.verticalScrollBar().setValue(self.pages[index].y() - 6)
        self._set_current(index)

    def set_marks(self, marks: dict[int, list[tuple[QRectF, ...]]]) -> None:
        """A search's hits, by page (fractions of each page); {} takes them all off."""
        for i, page in enumerate(self.pages):
            on_page = marks.get(i, [])
            if on_page or page.marks:
                page.marks, page.current_mark = on_page, -1
                page.update()

    def show_mark(self, page: int, index: int) -> None:
        """Hit ``index`` of ``page`` becomes the current one: outlined, and scrolled to a third of the
        way down the view (and sideways when the zoom makes the page wider than the view)."""
        for i, widget in enumerate(self.pages):
            if widget.current_mark != -1 and i != page:
                widget.current_mark = -1
                widget.update()
        if not 0 <= page < len(self.pages) or not 0 <= index < len(self.pages[page].marks):
            return
        widget = self.pages[page]
        widget.current_mark = index
        widget.update()
        self.column.activate()
        rect = self.pages[page].marks[index][0]
        y = widget.y() + round(rect.center().y() * widget.height())
        self.verticalScrollBar().setValue(y - self.viewport().height() // 3)
        x = widget.x() + round(rect.center().x() * widget.width())
        if not self.horizontalScrollBar().value() < x < self.horizontalScrollBar().value() + self.viewport().width():
            self.horizontalScrollBar().setValue(x - self.viewport().width() // 2)
        self._set_current(page)

    @property
    def current_page(self) -> int:
        return self._current

    def _set_current(self, index: int) -> None:
        if index != self._current:
            self._current = index
            self.currentPageChanged.emit(index)

    def _on_scrolled(self) -> None:
        middle = self.verticalScrollBar().value() + self.viewport().height() // 3
        for i, page in enumerate(self.pages):
            if page.y() + page.height() + 12 >= middle:
                self._set_current(i)
                break
        self._timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fitting and self.sizes:
            widest = max(self.page_px(i, 1.0).width() for i in range(len(self.sizes)))
            zoom = max(self._fit_width_px(), 100) / widest
            if abs(zoom - self.zoom) * widest >= 1:  # a real change of width, not the scroll bar's coming and going
                bar = self.verticalScrollBar()
                where = bar.value() / max(bar.maximum(), 1)
                self.set_zoom(zoom)
                bar.setValue(round(where * bar.maximum()))  # the same place in the document, not its page's top
        self._timer.start()

    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        return [i for i, p in enumerate(self.pages) if p.y() < bottom and p.y() + p.height() > top]

    def _render_visible(self) -> None:
        """Render the next visible page that is missing or at the wrong resolution; drop far pages."""
        visible = self.visible_pages() or [self._current]
        lo, hi = visible[0] - KEEP_AROUND, visible[-1] + KEEP_AROUND
        for i, page in enumerate(self.pages):
            if not lo <= i <= hi and page.rendered_width:
                page.set_image(None)
        if self._task is not None or self.path is None:
            return
        wanted = visible + [visible[-1] + 1, visible[0] - 1]
        for i in wanted:
            if 0 <= i < len(self.pages):
                width = round(self.page_px(i).width() * self.devicePixelRatioF())
                if abs(self.pages[i].rendered_width - width) > 2 and not self.pages[i].failed:
                    self._start(i, width)
                    return

    def _start(self, index: int, width: int) -> None:
        path, mime = self.path, self.mime_type
        assert path is not None

        def work(task: Task) -> QImage:
            return render_page(path, mime, index, width, lambda: task.cancelled)

        self._task_page = index
        self._task = run_task(work, lambda image: self._on_rendered(index, image), self._on_failed)

    def _on_rendered(self, index: int, image: QImage) -> None:
        if not isValid(self):
            return
        self._task = None
        if index < len(self.pages):
            self.pages[index].set_image(image)
        self._timer.start()

    def _on_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._task = None
        if not isinstance(exc, PreviewCancelled) and 0 <= self._task_page < len(self.pages):
            self.pages[self._task_page].setToolTip(getattr(exc, "message", str(exc)))
            self.pages[self._task_page].failed = True  # shown blank with the reason as a tooltip; not retried

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
