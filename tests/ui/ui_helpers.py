"""Helpers for the window tests (imported by the test modules; conftest.py holds the fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QListView, QWidget
from pytestqt.qtbot import QtBot

from clientvault.core.catalog.models import Company, Document
from clientvault.core.sidecars import is_own_file

IMPORT_TIMEOUT_MS = 60_000


# -- helpers ---------------------------------------------------------------------------------------


def settle(window: Any) -> None:
    """Deliver what the vault announced (changes from worker threads are queued to the GUI thread,
    and bursts are gathered for a few milliseconds) instead of waiting for the burst timer."""
    QApplication.processEvents()
    window.events.flush()


def add_company(window: Any, name: str, nit: str | None = None, select: bool = True) -> Company:
    """A company made through the vault (the company dialog has its own tests); the sidebar shows it
    by following the change feed."""
    company = window.vault.add_company(name, nit=nit)
    settle(window)
    if select:
        window.select_company(company.id)
    return company


def select_company(qtbot: QtBot, window: Any, company_id: int) -> None:
    """Click the company in the sidebar, as a person would."""
    row = window.company_model.row_of(company_id)
    assert row >= 0, f"company {company_id} is not in the sidebar"
    click_row(qtbot, window.company_list, row)
    assert window.current_company_id() == company_id


def click_row(qtbot: QtBot, view: QListView | Any, row: int, column: int = 0,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), f"row {row} is not visible"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def start_and_wait_import(qtbot: QtBot, window: Any, start: Callable[[], Any]) -> Any:
    """Run ``start()`` (a drop, a click on «Upload file(s)»...) and wait for the import it starts to
    finish; returns the summary dialog it opened."""
    window.files.summary_dialog = None
    start()
    wait_import(qtbot, window)
    return window.files.summary_dialog


def wait_import(qtbot: QtBot, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.files.import_task is None and window.files.summary_dialog is not None,
                    timeout=IMPORT_TIMEOUT_MS)
    dialog = window.files.summary_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def table_names(window: Any) -> list[str]:
    """The names shown in the table, top to bottom (what a person reads)."""
    model = window.table.model()
    return [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]


def table_documents(window: Any) -> list[Document]:
    model = window.document_model
    return [model.index(r, 0).data(model.DocumentRole) for r in range(model.rowCount())]


def summary_rows(dialog: Any) -> dict[str, str]:
    """The summary dialog's list: file name -> result ("Uploaded", "Duplicate", "Refused")."""
    tree = dialog.list
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}


def files_on_disk(window: Any, company_id: int) -> set[str]:
    """The files a person sees in the company folder (not the hidden trash)."""
    folder = window.vault.company_dir(company_id)
    return {p.name for p in folder.iterdir() if p.is_file() and not is_own_file(p.name)} if folder.is_dir() else set()


def db_names(window: Any, company_id: int, trash: bool = False) -> set[str]:
    D = window.vault.catalog.Document
    q = D.select().where((D.company == company_id) & D.deleted_at.is_null(not trash))
    return {d.filename for d in q}


def viewport_point(view: Any, index: QModelIndex | None = None) -> QPoint:
    return view.visualRect(index).center() if index is not None else view.viewport().rect().center()


def find_top_level(object_name: str) -> QWidget | None:
    for w in QApplication.topLevelWidgets():
        if w.objectName() == object_name and w.isVisible():
            return w
    return None


def insert_documents(vault: Any, company_id: int, count: int, name: Callable[[int], str] | None = None) -> None:
    """Rows straight into SQLite (no files), 1,000 per statement in one transaction: a big vault in
    seconds, for tests that count what the window loads, not what is on disk."""
    from datetime import datetime, timedelta

    from clientvault.core.catalog.models import fold, name_key, sort_key

    base = datetime(2024, 1, 1)
    name = name or (lambda i: f"Soporte {i:06}.pdf")
    with vault.catalog.atomic():
        for start in range(0, count, 1000):
            rows = []
            for i in range(start, min(count, start + 1000)):
                filename = name(i)
                rows.append({"company": company_id, "title": filename.rsplit(".", 1)[0], "original_filename": filename,
                             "filename": filename, "name_key": name_key(filename), "search_key": fold(filename),
                             "sort_key": sort_key(filename), "mime_type": "application/pdf",
                             "size": 1000 + i, "checksum": "0" * 64, "added": base + timedelta(seconds=i),
                             "modified": base + timedelta(seconds=i)})
            vault.catalog.Document.insert_many(rows).execute()
