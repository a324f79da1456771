"""A preview big enough to read (issue 11, items 3 and 4): a multi-page TIFF turns its pages in the pane
and the window, the pane takes 40 % of the window and is remembered, a page is as wide as the pane, the
preview window fits the screen and keeps «Imprimir» in sight."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from language_helpers import LANGUAGES
from PIL import Image
from preview_helpers import LOAD_TIMEOUT_MS, corpus_dir, import_and_select, select_file, wait_settled
from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.ui.dialogs.preview_window import PREFERRED_SIZE, window_rect

COLOURS = [(200, 30, 30), (30, 160, 60), (40, 60, 210)]  # page 1 red, page 2 green, page 3 blue


def three_page_tiff(path: Path) -> Path:
    """A real multi-page TIFF as a scanner writes it: two A4-shaped pages and a landscape third."""
    pages = [Image.new("RGB", (300, 400), COLOURS[0]), Image.new("RGB", (300, 400), COLOURS[1]),
             Image.new("RGB", (500, 200), COLOURS[2])]
    pages[0].save(path, save_all=True, append_images=pages[1:], compression="tiff_deflate")
    return path


def colour_at_centre(image: QImage, rect: QRect | None = None) -> tuple[int, int, int]:
    centre = (rect or image.rect()).center()
    c = QColor(image.pixel(centre))
    return c.red(), c.green(), c.blue()


def close_to(rgb: tuple[int, int, int], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 12 for a, b in zip(rgb, expected, strict=True))


def import_tiff(qtbot: QtBot, window: Any, tmp_path: Path) -> Any:
    company = add_company(window, "Transportes del Valle Ltda.")
    summary = window.vault.import_files(company.id, [three_page_tiff(tmp_path / "Planilla escaneada.tif")])
    assert all(r.status == "imported" for r in summary.results), summary.results
    window.document_model.refresh()
    return select_file(qtbot, window, "Planilla escaneada.tif")


# -- item 3: a multi-page TIFF ---------------------------------------------------------------------


def test_tiff_pages_turn_in_the_pane(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    import_tiff(qtbot, window, tmp_path)
    pane = window.preview_pane
    assert wait_settled(qtbot, pane) == "ready"
    assert pane.nav.isVisible() and pane.prev_button.isVisible() and pane.next_button.isVisible()
    assert pane.page_label.text() == "Page 1 of 3"
    assert not pane.prev_button.isEnabled() and pane.next_button.isEnabled()

    def shown() -> tuple[int, int, int]:  # what the person sees: the pane's page, painted
        return colour_at_centre(pane.image_view.grab().toImage(), pane.image_view.image_rect())

    assert close_to(shown(), COLOURS[0])
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.content is not None and pane.content.page == 1, timeout=LOAD_TIMEOUT_MS)
    assert pane.page_label.text() == "Page 2 of 3" and pane.prev_button.isEnabled()
    assert close_to(shown(), COLOURS[1]), shown()  # page 2's pixels, not page 1's again

    # PgDown / PgUp with the focus in the pane, as in the preview window
    qtbot.mouseClick(pane.image_view, Qt.MouseButton.LeftButton)
    assert pane.image_view.hasFocus()
    qtbot.keyClick(pane.image_view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: pane.content.page == 2, timeout=LOAD_TIMEOUT_MS)
    assert close_to(shown(), COLOURS[2]) and not pane.next_button.isEnabled()
    assert pane.image_view.image.width() > pane.image_view.image.height()  # the landscape page in its own shape
    qtbot.keyClick(pane.image_view, Qt.Key.Key_PageDown)  # past the last page: stays
    assert pane.content.page == 2
    qtbot.keyClick(pane.image_view, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: pane.content.page == 1, timeout=LOAD_TIMEOUT_MS)
    assert close_to(shown(), COLOURS[1])


def test_page_keys_in_the_pane_leave_the_table_alone(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    """PgDown with the focus in the table scrolls the table, as before: the pane's keys act in the pane."""
    import_tiff(qtbot, window, tmp_path)
    pane = window.preview_pane
    assert wait_settled(qtbot, pane) == "ready"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_PageDown)
    QApplication.processEvents()
    assert pane.content.page == 0


def test_tiff_pages_in_the_preview_window(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    import_tiff(qtbot, window, tmp_path)
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.state == "ready",
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    pages = preview.pages
    qtbot.waitUntil(preview.page_spin.isVisible)  # the toolbar lays out the controls it was given
    assert preview.page_spin.maximum() == 3 and preview.page_spin.text() == "Page 1 of 3"
    assert preview.action_next.isEnabled() and preview.action_next.shortcut().toString() == "PgDown"
    third = pages.page_px(2)
    assert third.width() > third.height()  # each page its own size, not page 1's
    preview.action_next.trigger()
    assert pages.current_page == 1 and preview.page_spin.value() == 2
    qtbot.waitUntil(lambda: pages.pages[1].rendered_width > 0, timeout=LOAD_TIMEOUT_MS)
    assert close_to(colour_at_centre(pages.pages[1].image), COLOURS[1])


def test_printing_a_tiff_prints_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    """The print code asks the renderer for pages (``page_count``, ``page_size(i)``, ``image(i)``): all three
    reach the paper, each with its own pixels."""
    from clientvault.ui.printing import print_document

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert print_document(three_page_tiff(tmp_path / "scan.tif"), "image/tiff", printer) == 3
    pdf = pdfium.PdfDocument(str(tmp_path / "printed.pdf"))
    try:
        assert len(pdf) == 3
        for i, colour in enumerate(COLOURS):
            bitmap = pdf[i].render(scale=0.5).to_pil().convert("RGB")
            counts = bitmap.getcolors(bitmap.width * bitmap.height) or []
            _count, most = max((n, c) for n, c in counts if c != (255, 255, 255))
            assert close_to(most, colour), (i, most)
    finally:
        pdf.close()


# -- item 4: room to read ---------------------------------------------------------------------------


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1600, 1000)])
def test_the_preview_takes_two_fifths_of_the_window(qtbot: QtBot, window: Any, size: QSize) -> None:
    add_company(window, "Comercializadora Andina S.A.S.")
    window.resize(size)
    QApplication.processEvents()
    assert window.width() == size.width()
    pane = window.preview_pane.width()
    assert pane >= 0.38 * window.width(), window.splitter.sizes()
    assert window.middle.width() >= 0.3 * window.width()  # the list keeps room for names


def test_the_search_page_hidden_does_not_hold_the_list_wide(qtbot: QtBot, window: Any) -> None:
    add_company(window, "Comercializadora Andina S.A.S.")
    window.resize(1024, 700)
    QApplication.processEvents()
    assert window.search_panel.minimumSizeHint().width() > window.middle.width()  # its filters need more
    assert window.preview_pane.width() >= 0.36 * window.width(), window.splitter.sizes()


def test_the_splitter_is_remembered(qtbot: QtBot, open_window: Any, tmp_path: Path) -> None:
    window = open_window()
    add_company(window, "Comercializadora Andina S.A.S.")
    window.resize(1200, 720)
    QApplication.processEvents()
    splitter: QSplitter = window.splitter
    handle = splitter.handle(2)  # between the list and the preview: drag it 150 px to the left
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start - QPoint(150, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start - QPoint(150, 0))
    chosen = splitter.sizes()
    assert chosen[2] > 0.45 * sum(chosen)
    window.close()  # saved as the window closes
    again = open_window(tmp_path / "vault")
    again.resize(1200, 720)
    QApplication.processEvents()
    assert again.size() == QSize(1200, 720) and again.splitter.sizes() == chosen


def test_an_old_release_s_narrow_preview_is_not_brought_back(qtbot: QtBot, open_window: Any, tmp_path: Path) -> None:
    """Every window saved its splitter on closing, so the old 320-pixel default was in every settings
    file, as if chosen: it is not read; the new default applies once."""
    first = open_window()
    add_company(first, "Comercializadora Andina S.A.S.")
    old = QSplitter()
    for _ in range(3):
        old.addWidget(type(first.sidebar.list)())  # any three widgets: only the sizes are in the state
    old.resize(1200, 700)
    old.setSizes([240, 640, 320])
    first.close()
    first.settings.setValue("splitter", QByteArray(old.saveState()))
    first.settings.sync()
    again = open_window(tmp_path / "vault")
    again.resize(1366, 768)
    QApplication.processEvents()
    assert again.preview_pane.width() >= 0.38 * again.width()


def test_a_pdf_page_is_as_wide_as_the_pane(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    window.resize(1366, 768)
    pane = window.preview_pane
    assert wait_settled(qtbot, pane) == "ready"
    QApplication.processEvents()
    view, area = pane.image_view, pane.image_scroll
    page = view.image_rect()
    assert area.viewport().width() - 12 <= page.width() <= area.viewport().width()  # the width, less a border
    assert page.height() > area.viewport().height()  # an A4 page scrolls, it is not shrunk into the pane
    assert area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible()
    assert view.heightForWidth(view.width()) == view.height()
    # wider window, wider page: re-fitted (and rendered again, sharp, at the new width)
    window.resize(1600, 1000)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: abs(view.image_rect().width() - area.viewport().width()) <= 12, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: pane.content.image.width() >= view.image_rect().width(), timeout=LOAD_TIMEOUT_MS)


def test_a_picture_is_fitted_but_never_blown_up(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "jpeg420exif.jpg", "hopper_g4.tif", select="jpeg420exif.jpg")
    pane = window.preview_pane
    assert wait_settled(qtbot, pane) == "ready"
    QApplication.processEvents()
    viewport = pane.image_scroll.viewport().width()
    assert viewport - 12 <= pane.image_view.image_rect().width() <= viewport  # 2048 px wide: fitted to the pane
    select_file(qtbot, window, "hopper_g4.tif")
    qtbot.waitUntil(lambda: pane.content is not None and pane.content.name == "hopper_g4.tif", timeout=LOAD_TIMEOUT_MS)
    assert pane.image_view.image_rect().width() == 128  # a 128-pixel fax at its own size, not a blur


def test_the_preview_window_s_pages_follow_its_width(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.state == "ready",
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    pages = preview.pages

    def fits() -> bool:
        return abs(pages.pages[0].width() - (pages.viewport().width() - 24)) <= 2

    qtbot.waitUntil(fits)
    bar = pages.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # reading the middle of the document
    preview.resize(preview.width() - 200, preview.height())
    qtbot.waitUntil(fits)
    assert abs(bar.value() / bar.maximum() - 0.5) < 0.02  # still there, at the new width
    preview.action_zoom_in.trigger()  # a zoom chosen by the person is kept on resize
    chosen = pages.pages[0].width()
    preview.resize(preview.width() + 100, preview.height())
    QApplication.processEvents()
    assert pages.pages[0].width() == chosen
    preview.action_fit.trigger()
    qtbot.waitUntil(fits)


@pytest.mark.parametrize(("available", "frame"), [
    (QRect(0, 0, 1366, 728), QMargins(0, 0, 0, 0)),  # a 1366x768 laptop with a 40-pixel taskbar
    (QRect(0, 27, 1366, 741), QMargins(2, 30, 2, 2)),  # a top bar, and a window manager's title bar
    (QRect(1600, 0, 1600, 960), QMargins(1, 28, 1, 1)),  # the second of two screens
    (QRect(0, 0, 800, 600), QMargins(0, 0, 0, 0)),
])
def test_the_preview_window_fits_the_available_screen(available: QRect, frame: QMargins) -> None:
    inner = window_rect(available, PREFERRED_SIZE, frame)
    outer = inner.marginsAdded(frame)
    assert available.contains(outer), (available, outer)
    assert abs((outer.left() - available.left()) - (available.right() - outer.right())) <= 1  # centred
    assert abs((outer.top() - available.top()) - (available.bottom() - outer.bottom())) <= 1
    assert inner.width() == min(PREFERRED_SIZE.width(), available.width() - frame.left() - frame.right())
    assert outer.height() == available.height()  # a document is tall: all the height there is


def test_the_preview_window_opens_within_the_screen(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.isVisible(),
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    available = preview.screen().availableGeometry()
    assert available.contains(preview.frameGeometry()), (available, preview.frameGeometry())
    assert preview.height() <= 768 or available.height() > 768


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_comes_first_and_stays_in_sight(qtbot: QtBot, window_in: Any, lang: str) -> None:
    window = window_in(lang)
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    window.resize(1366, 768)
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.state == "ready",
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    toolbar = preview.toolbar
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert actions[:2] == [preview.action_print, preview.action_save]
    assert preview.action_print.text() == ("Imprimir…" if lang == "es" else "Print…")
    # the width it opens at on a 1366-pixel laptop (the test screen may be smaller)
    preview.resize(window_rect(QRect(0, 0, 1366, 728), PREFERRED_SIZE, QMargins()).size())
    QApplication.processEvents()
    for action in (preview.action_print, preview.action_save, preview.action_find):
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()  # not in the » menu
        assert toolbar.rect().contains(button.geometry()), action.text()


def test_the_table_columns_are_as_wide_as_their_content(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf", "jpeg420exif.jpg", "constituents-financials.csv")
    window.resize(1366, 768)
    QApplication.processEvents()
    table, model = window.table, window.document_model

    def content_width(col: int) -> int:
        widest = max(table.sizeHintForIndex(model.index(r, col)).width() for r in range(model.rowCount()))
        return max(widest, table.horizontalHeader().sectionSizeFromContents(col).width())

    for col in (model.COL_FORMAT, model.COL_ADDED, model.COL_SIZE):
        qtbot.waitUntil(lambda c=col: content_width(c) <= table.columnWidth(c) <= content_width(c) + 24,
                        timeout=LOAD_TIMEOUT_MS)
    assert table.columnWidth(model.COL_NAME) > table.columnWidth(model.COL_FORMAT)  # the name has the rest
    corpus_dir()


def test_the_widths_come_back_after_a_search(qtbot: QtBot, window: Any) -> None:
    """The search page needs a wider middle for its filters; it takes that room while shown and gives
    it back when it closes, so one search does not leave the preview narrow for good."""
    add_company(window, "Comercializadora Andina S.A.S.")
    window.resize(1366, 768)
    QApplication.processEvents()
    before = window.splitter.sizes()
    window.middle.setCurrentWidget(window.search_panel)
    qtbot.waitUntil(lambda: window.middle.width() >= window.search_panel.minimumSizeHint().width())
    window.middle.setCurrentWidget(window.files_page)
    QApplication.processEvents()
    assert window.splitter.sizes() == before


def test_an_empty_company_s_headers_are_not_cut(qtbot: QtBot, window: Any) -> None:
    add_company(window, "Panadería La Espiga")
    table, model = window.table, window.document_model
    assert model.rowCount() == 0
    header = table.horizontalHeader()
    for col in (model.COL_FORMAT, model.COL_ADDED, model.COL_SIZE):
        qtbot.waitUntil(lambda c=col: table.columnWidth(c) >= header.sectionSizeFromContents(c).width())
