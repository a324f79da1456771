"""The sidebar's rows: a long razón social is elided with «…» before its file-count badge (never
painted under it), the NIT with its dots and check digit on a second line, and a sidebar wide
enough for a name by default, its width kept when the person drags it."""

from __future__ import annotations

from typing import Any

import pytest
from language_helpers import LANGUAGES
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, settle, start_and_wait_import

LONG = "Comercializadora Internacional de Productos Agroindustriales del Pacífico S.A.S."
SHORT = "Panadería La Espiga"


def option_for(view: Any, row: int) -> tuple[QStyleOptionViewItem, Any]:
    """The style option the view paints the row with, and its index."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return option, index


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_long_name_is_elided_before_the_badge_and_the_nit_is_below(qtbot: QtBot, window_in: Any, lang: str,
                                                                   size: tuple[int, int], make_file: Any) -> None:
    window = window_in(lang)
    window.resize(*size)
    long_one = add_company(window, LONG, nit="900123456")
    add_company(window, SHORT, select=False)
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(
        long_one.id, [str(make_file(f"Soporte {i}.pdf", text=str(i))) for i in range(12)])).close()
    settle(window)
    QApplication.processEvents()
    view = window.company_list
    delegate = view.itemDelegate()
    model = window.company_model
    row = model.row_of(long_one.id)
    option, index = option_for(view, row)
    assert option.rect.width() == view.viewport().width() - 2 * view.spacing()  # as wide as the list, no sideways scrolling
    layout = delegate.layout_for(option, index)
    assert not layout.name.intersects(layout.badge) and layout.name.right() < layout.badge.left()
    assert option.rect.contains(layout.badge) and option.rect.contains(layout.nit)
    elided = delegate.elided_name(option, index)
    assert elided.endswith("…") and LONG.startswith(elided[:-1])
    assert QFontMetrics(option.font).horizontalAdvance(elided) <= layout.name.width()
    assert len(elided) >= 25  # the default width leaves room for a good part of the name
    # The NIT as it is written, in grey on the line below the name.
    assert index.data(model.NitRole) == "NIT 900.123.456-8"
    # A screen reader hears what the row shows: a new company lacks the papers every company must have.
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == f"{LONG}, NIT 900.123.456-8, " + {
        "en": "12 files, Missing: Cámara, Resolución, RUT", "es": "12 archivos, Falta: Cámara, Resolución, RUT"}[lang]
    assert layout.nit.top() > layout.name.bottom() and layout.nit.left() == layout.name.left()
    short_option, short_index = option_for(view, model.row_of(window.vault.company(SHORT).id))
    assert delegate.elided_name(short_option, short_index) == SHORT  # a name that fits is whole
    assert short_index.data(model.NitRole) == {"en": "No NIT", "es": "Sin NIT"}[lang]
    # Two lines a row, in the view as in the delegate.
    hint = delegate.sizeHint(option, index)
    fm = QFontMetrics(option.font)
    assert hint.height() >= 2 * fm.height() and view.visualRect(index).height() >= 2 * fm.height()
    assert index.data(model.CountRole) == 12


def test_the_layout_never_overlaps_at_any_width_or_count(qtbot: QtBot, window: Any) -> None:
    from clientvault.ui.widgets.company_delegate import row_layout

    font = window.company_list.font()
    for width in range(120, 520, 7):
        for count in ("0", "7", "42", "1.234", "123.456"):
            layout = row_layout(QRect(0, 0, width, 44), font, count)
            assert layout.name.right() < layout.badge.left(), (width, count)
            assert layout.badge.width() >= QFontMetrics(font).horizontalAdvance(count)
            assert layout.nit.width() == layout.name.width()


def test_the_badge_is_painted_where_the_layout_puts_it(qtbot: QtBot, window: Any) -> None:
    """The pixels: the badge's area is painted (a pill, darker than the row) and a column of the row
    between the elided name and the badge is left empty."""
    add_company(window, LONG, nit="900123456")
    view = window.company_list
    option, index = option_for(view, 0)
    option.rect = option.rect.translated(-option.rect.topLeft())
    option.state = option.state & ~QStyle.StateFlag.State_Selected
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    layout = view.itemDelegate().layout_for(option, index)
    center = layout.badge.center()
    badge_edge = QPoint(layout.badge.left() + layout.badge.height() // 4, center.y())  # inside the pill, off the digit
    assert image.pixelColor(badge_edge) != image.pixelColor(QPoint(option.rect.right(), center.y()))
    gap = [image.pixelColor(QPoint(layout.name.right() + 2, y)) for y in range(option.rect.height())]
    assert len({c.rgb() for c in gap}) == 1  # nothing painted between the name and the badge


@pytest.mark.parametrize("width", [1366, 1600])
def test_sidebar_is_wide_enough_by_default(qtbot: QtBot, window: Any, width: int) -> None:
    add_company(window, LONG)
    window.resize(width, 768)
    QApplication.processEvents()
    sidebar = window.sidebar.width()
    assert sidebar == window.sidebar.default_width()
    assert 260 <= sidebar <= 360
    assert sidebar >= window.sidebar.fontMetrics().averageCharWidth() * 40  # ~30 characters of a name and a badge


def test_a_sidebar_width_the_person_drags_to_is_kept(qtbot: QtBot, open_window: Any, tmp_path: Any) -> None:
    window = open_window()
    add_company(window, LONG)
    window.resize(1366, 768)
    QApplication.processEvents()
    splitter = window.splitter
    handle = splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start + QPoint(60, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    dragged = window.sidebar.width()
    assert dragged != window.sidebar.default_width()
    window.close()  # the widths are saved as the window closes
    again = open_window(tmp_path / "vault")
    again.resize(1366, 768)
    QApplication.processEvents()
    assert again.sidebar.width() == dragged
