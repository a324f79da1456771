"""Helpers for the tests of the details panel and the Tipo / Periodo / Vence columns: a company with
files, a row clicked as a person clicks it, a cell as the table shows it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, settle, table_documents, table_names

from clientvault.ui.models.document_model import DocumentModel
from clientvault.ui.paper_words import PaperWords

CTRL = Qt.KeyboardModifier.ControlModifier
M = DocumentModel


def plural(source: str, n: int, owner: Any = None) -> str:
    """A plural sentence as the window shows it («Vence en 20 días»; the English forms come from the
    English translation, which Qt falls back from to «20 day(s)» until it has them)."""
    return (owner or PaperWords()).tr(source, "", n)


def stock(window: Any, make_file: Any, *names: str) -> Any:
    company = add_company(window, "Panadería La Espiga", nit="900123456")
    window.vault.import_files(company.id, [make_file(n, text=n) for n in names])
    settle(window)
    assert sorted(table_names(window)) == sorted(names)
    return company


def row_of(window: Any, name: str) -> int:
    return table_names(window).index(name)


def select(qtbot: QtBot, window: Any, *names: str) -> None:
    for i, name in enumerate(names):
        click_row(qtbot, window.table, row_of(window, name), M.COL_FORMAT, CTRL if i else Qt.KeyboardModifier.NoModifier)
    assert len(window.selected_rows()) == len(names)
    # The suggestion and the NIT check come a moment after the selection settles.
    qtbot.waitUntil(lambda: not window.papers._hint_timer.isActive())


def cell(window: Any, name: str, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return window.document_model.index(row_of(window, name), col).data(role)


def doc_named(window: Any, name: str) -> Any:
    return next(d for d in table_documents(window) if d.filename == name)


def choose_type(panel: Any, type_id: int | None) -> None:
    combo = panel.type_choice
    combo.setCurrentIndex(combo.findData(type_id if type_id is not None else 0))


def set_day(field: Any, day: date) -> None:
    field.edit.setDate(QDate(day.year, day.month, day.day))


def save(qtbot: QtBot, window: Any) -> None:
    panel = window.details_panel
    assert panel.save_button.isEnabled()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    settle(window)
