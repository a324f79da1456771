"""Uploads through the real window: the «Upload a file» dialog, real drop events carrying file URLs
(onto the table, onto a company in the sidebar, a folder), the summary, and cancelling."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import (
    add_company,
    db_names,
    files_on_disk,
    find_top_level,
    start_and_wait_import,
    summary_rows,
    table_names,
    wait_import,
)

from clientvault.core.maintenance import verify
from clientvault.core.storage import TEMP_PREFIX
from clientvault.ui.workers import Task

REFUSED = ["empty.pdf", "accident_2015.csv", "Factura_2024-03.xlsx"]
ACCEPTED = ["minimal-document.pdf", "Resolución facturación 2024.pdf", "simple.png", "sample.docx",
            "WithThreeCharts.xlsx", "constituents-financials.csv"]
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier


def mime_with_files(paths: list[Path]) -> QMimeData:
    """What a file manager puts on a drag: text/uri-list with file:// URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_over(target: QWidget, pos: QPoint, mime: QMimeData) -> tuple[bool, bool]:
    """Send the drag-enter and drag-move a real drag sends; returns whether each was accepted."""
    actions = COPY | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(pos, actions, mime, LEFT, NOMOD)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(pos, actions, mime, LEFT, NOMOD)
    QApplication.sendEvent(target, move)
    return enter.isAccepted(), move.isAccepted()


def drop(target: QWidget, pos: QPoint, mime: QMimeData) -> bool:
    event = QDropEvent(QPointF(pos), COPY | Qt.DropAction.MoveAction, mime, LEFT, NOMOD)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def drag_and_drop(target: QWidget, pos: QPoint, paths: list[Path]) -> None:
    mime = mime_with_files(paths)
    assert drag_over(target, pos, mime) == (True, True)
    assert drop(target, pos, mime)


@pytest.fixture
def company(window: Any) -> Any:
    return add_company(window, "Comercializadora Andina", nit="800191045")


def test_upload_dialog_marks_refused_files_and_imports_the_rest(
        qtbot: QtBot, window: Any, company: Any, corpus: Path) -> None:
    window.findChild(object, "actionUpload").trigger()
    dialog = window.findChild(QDialog, "uploadDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Upload files to Comercializadora Andina"
    load = dialog.findChild(QPushButton, "uploadLoad")
    assert not load.isEnabled()  # nothing chosen yet

    dialog.add_paths([str(corpus / n) for n in ACCEPTED + REFUSED])
    tree = dialog.findChild(object, "uploadList")
    listed = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())}
    assert set(listed) == set(ACCEPTED + REFUSED)
    for name in REFUSED:
        assert listed[name].startswith("Will be refused: "), (name, listed[name])
    assert "empty" in listed["empty.pdf"]
    assert "over the 5 MB limit" in listed["accident_2015.csv"]
    assert "really a PDF" in listed["Factura_2024-03.xlsx"]
    for name in ACCEPTED:
        assert listed[name].startswith("Ready ("), (name, listed[name])
    assert tree.topLevelItem(0).text(1)  # a size is shown
    assert load.isEnabled()

    summary = start_and_wait_import(qtbot, window, lambda: qtbot.mouseClick(load, LEFT))
    assert not dialog.isVisible()
    assert summary.objectName() == "importSummary"
    headline = summary.findChild(object, "importHeadline").text()
    assert headline == "Comercializadora Andina: 6 files uploaded, 3 refused."
    assert "cancelled" not in headline
    results = summary_rows(summary)
    assert {n for n, r in results.items() if r == "Refused"} == set(REFUSED)
    assert {n for n, r in results.items() if r == "Uploaded"} == set(ACCEPTED)
    # The problems are listed first: they are what the person acts on.
    assert [summary.list.topLevelItem(i).text(1) for i in range(3)] == ["Refused"] * 3

    assert sorted(table_names(window), key=str.casefold) == sorted(ACCEPTED, key=str.casefold)
    assert files_on_disk(window, company.id) == set(ACCEPTED) == db_names(window, company.id)
    for name in ACCEPTED:  # byte for byte what was chosen
        assert (window.vault.company_dir(company.id) / name).read_bytes() == (corpus / name).read_bytes()
    assert window.stats_label.text().startswith("6 files")
    assert window.company_model.index(0, 0).data(window.company_model.CountRole) == 6


def test_upload_dialog_with_only_refused_files_cannot_load(qtbot: QtBot, window: Any, company: Any, corpus: Path) -> None:
    window.action_upload.trigger()
    dialog = window.findChild(QDialog, "uploadDialog")
    dialog.add_paths([str(corpus / n) for n in REFUSED])
    assert not dialog.findChild(QPushButton, "uploadLoad").isEnabled()
    assert dialog.summary.text() == "0 files ready, 3 will be refused."
    dialog.reject()
    assert window.files.import_task is None
    assert files_on_disk(window, company.id) == set()


def test_real_drop_onto_the_table_imports_into_the_selected_company(
        qtbot: QtBot, window: Any, company: Any, corpus: Path) -> None:
    other = add_company(window, "Zeta SAS", select=False)
    viewport = window.table.viewport()
    pos = viewport.rect().center()
    mime = mime_with_files([corpus / n for n in ACCEPTED[:3] + REFUSED])
    assert drag_over(viewport, pos, mime) == (True, True)
    assert window.table._drop_active  # the table highlights while files hover over it

    summary = start_and_wait_import(qtbot, window, lambda: drop(viewport, pos, mime))
    assert not window.table._drop_active
    assert "3 files uploaded, 3 refused" in summary.headline.text()
    assert sorted(table_names(window)) == sorted(ACCEPTED[:3])
    assert files_on_disk(window, company.id) == set(ACCEPTED[:3])
    assert files_on_disk(window, other.id) == set()
    summary.close()

    # The same file again is a duplicate, not a second copy.
    summary = start_and_wait_import(qtbot, window, lambda: drag_and_drop(viewport, pos, [corpus / ACCEPTED[0]]))
    assert summary_rows(summary) == {ACCEPTED[0]: "Duplicate"}
    assert "1 duplicate" in summary.headline.text()
    assert len(table_names(window)) == 3


def test_drop_of_something_that_is_not_a_file_is_ignored(qtbot: QtBot, window: Any, company: Any) -> None:
    mime = QMimeData()
    mime.setText("just some text")
    viewport = window.table.viewport()
    assert drag_over(viewport, viewport.rect().center(), mime) == (False, False)
    assert not drop(viewport, viewport.rect().center(), mime)
    assert window.files.import_task is None
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.com/factura.pdf")])
    assert drag_over(window.company_list.viewport(), QPoint(5, 5), remote) == (False, False)


def test_real_drop_onto_a_company_in_the_sidebar_imports_into_that_company(
        qtbot: QtBot, window: Any, company: Any, corpus: Path) -> None:
    second = add_company(window, "Zeta SAS", select=False)
    assert window.current_company_id() == company.id
    view = window.company_list
    row = window.company_model.row_of(second.id)
    assert row == 1
    pos = view.visualRect(window.company_model.index(row, 0)).center()
    mime = mime_with_files([corpus / "simple.png", corpus / "sample.docx", corpus / "empty.pdf"])
    assert drag_over(view.viewport(), pos, mime) == (True, True)
    assert view.drop_row == row  # that company highlights

    summary = start_and_wait_import(qtbot, window, lambda: drop(view.viewport(), pos, mime))
    assert view.drop_row == -1
    assert "Zeta SAS" in summary.headline.text()
    assert summary_rows(summary) == {"simple.png": "Uploaded", "sample.docx": "Uploaded", "empty.pdf": "Refused"}
    assert files_on_disk(window, second.id) == {"simple.png", "sample.docx"}
    assert files_on_disk(window, company.id) == set()
    assert table_names(window) == []  # the selected company did not change
    assert window.company_model.index(row, 0).data(window.company_model.CountRole) == 2


def test_drop_below_the_last_company_does_nothing(qtbot: QtBot, window: Any, company: Any, corpus: Path) -> None:
    view = window.company_list
    below = QPoint(10, view.viewport().height() - 5)
    assert not view.indexAt(below).isValid()
    mime = mime_with_files([corpus / "simple.png"])
    assert drag_over(view.viewport(), below, mime) == (True, False)
    assert not drop(view.viewport(), below, mime)
    assert window.files.import_task is None
    assert files_on_disk(window, company.id) == set()


def test_a_dropped_folder_imports_its_supported_files(qtbot: QtBot, window: Any, company: Any, make_file: Any,
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "Cierre 2024"
    make_file("Balance general.pdf", folder=folder)
    make_file("extracto.csv", folder=folder)
    make_file("foto recibo.png", folder=folder / "recibos")
    make_file("Thumbs.db", data=b"\x00" * 64, folder=folder)  # not a document: skipped, not refused
    make_file(".DS_Store", data=b"\x00" * 64, folder=folder)
    make_file("instalador.exe", data=b"MZ" + b"\x00" * 64, folder=folder)
    viewport = window.table.viewport()
    summary = start_and_wait_import(qtbot, window, lambda: drag_and_drop(viewport, viewport.rect().center(), [folder]))
    assert summary_rows(summary) == {"Balance general.pdf": "Uploaded", "extracto.csv": "Uploaded",
                                     "foto recibo.png": "Uploaded"}
    assert sorted(table_names(window)) == ["Balance general.pdf", "extracto.csv", "foto recibo.png"]
    assert files_on_disk(window, company.id) == {"Balance general.pdf", "extracto.csv", "foto recibo.png"}


def test_a_second_upload_while_one_runs_is_refused_with_a_message(
        qtbot: QtBot, window: Any, company: Any, make_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = threading.Event()
    real_cancelled = Task.cancelled

    def held(task: Task) -> bool:  # the worker waits before its first file until the test lets it go
        gate.wait(30)
        return bool(real_cancelled.fget(task))  # type: ignore[attr-defined]

    monkeypatch.setattr(Task, "cancelled", property(held))
    window.files.import_paths(company.id, [str(make_file("uno.pdf"))])
    assert window.files.import_task is not None
    window.files.import_paths(company.id, [str(make_file("dos.pdf"))])
    box = window.last_message
    assert box is not None and box.objectName() == "errorMessage" and box.isVisible()
    assert "already running" in box.text()
    gate.set()
    summary = wait_import(qtbot, window)
    assert summary_rows(summary) == {"uno.pdf": "Uploaded"}
    assert files_on_disk(window, company.id) == {"uno.pdf"}


def test_cancel_keeps_what_was_imported_and_leaves_nothing_half_written(
        qtbot: QtBot, window: Any, company: Any, make_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(make_file(f"soporte_{i:03}.txt", text=f"soporte contable {i}")) for i in range(200)]
    # The worker asks «cancelled?» before each file. The 11th time (10 files in), it waits here
    # until the person has pressed Cancel, so the test does not race the upload.
    real_cancelled = Task.cancelled
    asked: list[int] = []
    ten_done, may_go_on = threading.Event(), threading.Event()

    def cancelled(task: Task) -> bool:
        asked.append(1)
        if len(asked) == 11:
            ten_done.set()
            may_go_on.wait(30)
        return bool(real_cancelled.fget(task))  # type: ignore[attr-defined]

    monkeypatch.setattr(Task, "cancelled", property(cancelled))
    window.files.summary_dialog = None
    window.files.import_paths(company.id, paths)
    progress = window.files.progress
    assert progress is not None and progress.objectName() == "importProgress"
    qtbot.waitUntil(ten_done.is_set, timeout=30_000)
    qtbot.waitUntil(progress.isVisible, timeout=10_000)  # shown once the upload takes a moment
    cancel = progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, LEFT)
    may_go_on.set()
    summary = wait_import(qtbot, window)
    assert window.files.progress is None  # the progress dialog went away
    assert find_top_level("importProgress") is None

    headline = summary.headline.text()
    assert "cancelled" in headline and "10 files uploaded" in headline
    assert len(asked) == 11  # nothing was tried after the cancel
    folder = window.vault.company_dir(company.id)
    on_disk = files_on_disk(window, company.id)
    assert len(on_disk) == 10
    assert on_disk == db_names(window, company.id) == set(table_names(window))
    assert not [p for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX)]
    for doc in window.vault.catalog.Document.select().where(window.vault.catalog.Document.company == company.id):
        assert (folder / doc.filename).stat().st_size == doc.size
    report = verify(window.vault)
    assert report.consistent and report.problems == []
    assert window.findChild(object, "actionUpload").isEnabled()
