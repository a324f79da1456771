"""The wrapped lists of the upkeep dialogs re-measure only the rows in view while they are resized
(every row was measured at each step of a resize: 20,000 rows took a second per step), the others
once the resize pauses; a row scrolled into view meanwhile is measured then, so every row a person
sees shows all its words."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clientvault.ui.widgets.wrapped_table import WrappedTable

SENTENCE = ("«Factura {i:04}.pdf» of Ferretería El Tornillo SAS was changed outside ClientVault: its content is no "
            "longer the one that was stored.")


def test_a_resize_measures_the_rows_in_view_and_scrolling_measures_the_others(qtbot: QtBot) -> None:
    table = WrappedTable(["What was found", "Result"])
    qtbot.addWidget(table)
    table.setColumnWidth(0, 120)
    table.resize(420, 300)
    table.show()
    qtbot.waitExposed(table)
    table.set_rows([[SENTENCE.format(i=i), "Left as it is."] for i in range(2_000)])
    narrow = table.rowHeight(0)
    assert narrow > 3 * table.fontMetrics().height()  # wrapped on many lines in a narrow column
    assert table.rowHeight(1_999) == narrow  # set_rows measures every row once

    table.setColumnWidth(0, 1_400)  # the words fit on one line now
    wide = table.rowHeight(0)
    assert wide < narrow and table.rowHeight(1) == wide
    assert table.rowHeight(1_999) == narrow  # out of view: not measured yet

    table.scrollToBottom()  # before the resize pauses: what scrolls into view is measured as it comes
    assert table.rowHeight(1_999) == wide

    qtbot.waitUntil(lambda: table.rowHeight(1_000) == wide, timeout=5_000)  # the resize paused: every row
    assert {table.rowHeight(r) for r in range(2_000)} == {wide}
    QApplication.processEvents()
    in_view = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)
    assert len(in_view) > 5 and in_view[-1] == 1_999
