"""The document table of the real window: sorting by every column (done by SQL), filtering as you
type, delete / undo / trash / restore / purge, inline rename, save a copy, dragging files out, and
actions that are off when they cannot apply."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import (
    add_company,
    click_row,
    db_names,
    files_on_disk,
    start_and_wait_import,
    table_documents,
    table_names,
)

from clientvault.ui.models.document_model import DocumentModel

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = ["Factura 001.pdf", "acta asamblea.pdf", "Balance 2024.csv", "rut.png", "a_b nota.txt", "axb nota.txt",
         "descuento 100% socios.pdf", "Resolución facturación.pdf", "zeta.csv"]


@pytest.fixture
def stocked(qtbot: QtBot, window: Any, make_file: Any) -> dict[str, Path]:
    """A company with nine real files of different kinds and sizes, uploaded through the window."""
    company = add_company(window, "Comercializadora Andina")
    sources: dict[str, Path] = {}
    for i, name in enumerate(NAMES):
        if name.endswith(".pdf"):
            sources[name] = make_file(name, size=2000 + 997 * i)
        else:
            sources[name] = make_file(name, text=name + "x" * (40 * i))
    summary = start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, [str(p) for p in
                                                                                                   sources.values()]))
    assert f"{len(NAMES)} files uploaded" in summary.headline.text()
    summary.close()
    window.stored_company = company
    return sources


def select_rows(qtbot: QtBot, window: Any, names: list[str]) -> None:
    """Click the first, Ctrl+click the others, as a person selects several files."""
    window.table.clearSelection()
    shown = table_names(window)
    for i, name in enumerate(names):
        click_row(qtbot, window.table, shown.index(name), DocumentModel.COL_FORMAT, CTRL if i else Qt.KeyboardModifier.NoModifier)
    assert sorted(d.filename for d in window.selected_documents()) == sorted(names)


def enabled(window: Any, *names: str) -> list[bool]:
    return [window.findChild(object, n).isEnabled() for n in names]


# -- sorting and filtering ------------------------------------------------------------------------

SORT_KEYS = {  # names in Spanish order (tests/ui/test_window_sort_order.py)
    DocumentModel.COL_NAME: lambda d: (d.sort_key, d.id),
    DocumentModel.COL_FORMAT: lambda d: (d.mime_type, d.sort_key, d.id),
    DocumentModel.COL_ADDED: lambda d: (d.added, d.id),
    DocumentModel.COL_SIZE: lambda d: (d.size, d.id),
}


@pytest.mark.parametrize("column", list(SORT_KEYS), ids=["name", "format", "date", "size"])
def test_sorting_by_each_column_in_both_directions(qtbot: QtBot, window: Any, stocked: Any, column: int) -> None:
    rows = list(window.vault.catalog.Document.select().where(window.vault.catalog.Document.company == window.stored_company.id))
    ascending = [d.id for d in sorted(rows, key=SORT_KEYS[column])]
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    seen = []
    for _click in range(2):  # a click on a header sorts by it; a second click reverses
        qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
        assert header.sortIndicatorSection() == column
        order = header.sortIndicatorOrder()
        seen.append(order)
        expected = ascending if order == Qt.SortOrder.AscendingOrder else ascending[::-1]
        assert [d.id for d in table_documents(window)] == expected
    assert set(seen) == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}


def test_sorting_is_what_a_person_reads(qtbot: QtBot, window: Any, stocked: Any) -> None:
    table = window.table
    table.sortByColumn(DocumentModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert table_names(window) == sorted(NAMES, key=str.casefold)
    table.sortByColumn(DocumentModel.COL_SIZE, Qt.SortOrder.DescendingOrder)
    sizes = [d.size for d in table_documents(window)]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == len(NAMES)
    table.sortByColumn(DocumentModel.COL_FORMAT, Qt.SortOrder.AscendingOrder)
    kinds = [window.document_model.index(r, DocumentModel.COL_FORMAT).data() for r in range(len(NAMES))]
    # Files of one kind sit together.
    assert len([k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]) == len(set(kinds)) == 4
    assert "PDF" in kinds


def test_filter_as_you_type_shows_only_matching_names(qtbot: QtBot, window: Any, stocked: Any) -> None:
    box = window.findChild(QLineEdit, "documentFilter")
    qtbot.keyClicks(box, "fact")
    assert sorted(table_names(window)) == ["Factura 001.pdf", "Resolución facturación.pdf"]
    qtbot.keyClicks(box, "ura 0")
    assert table_names(window) == ["Factura 001.pdf"]
    box.clear()
    assert len(table_names(window)) == len(NAMES)
    qtbot.keyClicks(box, "zzz")
    assert table_names(window) == []
    assert window.table.empty_text == "No file name contains «zzz»."
    assert window.findChild(object, "actionUpload").isEnabled()


def test_filter_takes_underscore_and_percent_literally(qtbot: QtBot, window: Any, stocked: Any) -> None:
    box = window.filter_edit
    qtbot.keyClicks(box, "a_b")
    assert table_names(window) == ["a_b nota.txt"]  # not "axb nota.txt": "_" is no wildcard
    box.clear()
    qtbot.keyClicks(box, "0%")
    assert table_names(window) == ["descuento 100% socios.pdf"]


def test_filter_with_accents_typed_on_the_keyboard(qtbot: QtBot, window: Any, stocked: Any) -> None:
    box = window.filter_edit
    box.setFocus()
    qtbot.keyClicks(box, "resoluci")
    # keyClicks aborts on non-ASCII (FACTS.md): send the key event a keyboard sends for "ó".
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ó"))
    assert box.text() == "resolució"
    assert table_names(window) == ["Resolución facturación.pdf"]
    box.clear()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "Ó"))
    # Case and accents folded: "Ó" finds every name with an o, accented or not.
    everything = sorted(d.filename for d in window.vault.list_documents(window.current_company_id()))
    with_o = [n for n in everything if "o" in unicodedata.normalize("NFKD", n.casefold())]
    assert 0 < len(with_o) < len(everything) and sorted(table_names(window)) == with_o
    box.clear()
    qtbot.keyClicks(box, "FACTURACION")
    assert table_names(window) == ["Resolución facturación.pdf"]


# -- actions on/off ----------------------------------------------------------------------------------


def test_actions_are_off_when_they_cannot_apply(qtbot: QtBot, window: Any, stocked: Any) -> None:
    window.table.clearSelection()
    assert enabled(window, "actionUpload", "actionDelete", "actionRename", "actionSaveCopy", "actionRestore",
                   "actionPurge", "actionUndo") == [True, False, False, False, False, False, False]
    select_rows(qtbot, window, ["rut.png"])
    assert enabled(window, "actionDelete", "actionRename", "actionSaveCopy", "actionPreview") == [True] * 4
    select_rows(qtbot, window, ["rut.png", "zeta.csv"])
    assert enabled(window, "actionDelete", "actionRename", "actionSaveCopy", "actionPreview") == [True, False, True, False]
    window.findChild(object, "actionTrash").setChecked(True)
    assert enabled(window, "actionUpload", "actionDelete", "actionRename", "actionRestore", "actionPurge") == [False] * 5
    window.findChild(object, "actionTrash").setChecked(False)
    assert enabled(window, "actionUpload") == [True]


# -- delete, undo, trash, restore, purge ---------------------------------------------------------


def test_delete_then_undo_with_ctrl_z(qtbot: QtBot, window: Any, stocked: Any) -> None:
    cid = window.stored_company.id
    trash = window.vault.trash_dir(cid)
    select_rows(qtbot, window, ["rut.png", "zeta.csv"])
    window.findChild(object, "actionDelete").trigger()
    assert "rut.png" not in table_names(window) and "zeta.csv" not in table_names(window)
    assert len(table_names(window)) == len(NAMES) - 2
    assert files_on_disk(window, cid) == set(NAMES) - {"rut.png", "zeta.csv"}
    assert sorted(p.name.split("-", 1)[1] for p in trash.iterdir()) == ["rut.png", "zeta.csv"]
    assert window.stats_label.text().startswith(f"{len(NAMES) - 2} files")
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert enabled(window, "actionUndo") == [True]

    activate(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    assert sorted(table_names(window)) == sorted(NAMES)
    assert files_on_disk(window, cid) == set(NAMES)
    assert list(trash.iterdir()) == []
    assert enabled(window, "actionUndo") == [False]  # only the last delete is undone, once


def test_delete_key_on_the_table_moves_to_the_trash(qtbot: QtBot, window: Any, stocked: Any) -> None:
    activate(qtbot, window)
    select_rows(qtbot, window, ["acta asamblea.pdf"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "acta asamblea.pdf" not in table_names(window)
    assert db_names(window, window.stored_company.id, trash=True) == {"acta asamblea.pdf"}


def test_trash_view_restore_and_purge(qtbot: QtBot, window: Any, stocked: Any, make_file: Any) -> None:
    cid = window.stored_company.id
    select_rows(qtbot, window, ["rut.png", "zeta.csv", "Factura 001.pdf"])
    window.action_delete.trigger()
    trash_action = window.findChild(object, "actionTrash")
    trash_action.setChecked(True)
    assert window.heading.text() == "Comercializadora Andina — Trash"
    assert sorted(table_names(window)) == ["Factura 001.pdf", "rut.png", "zeta.csv"]
    assert window.document_model.headerData(DocumentModel.COL_ADDED, Qt.Orientation.Horizontal) == "Deleted"
    assert not window.document_model.flags(window.document_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    select_rows(qtbot, window, ["rut.png"])
    window.findChild(object, "actionRestore").trigger()
    assert sorted(table_names(window)) == ["Factura 001.pdf", "zeta.csv"]
    assert "rut.png" in files_on_disk(window, cid)

    select_rows(qtbot, window, ["zeta.csv"])
    trashed_file = window.vault.document_path(window.selected_documents()[0])
    assert trashed_file.is_file()
    window.findChild(object, "actionPurge").trigger()
    box = window.files.purge_box
    assert box.objectName() == "purgeConfirm" and box.isVisible()
    assert "permanently" in box.text() and "cannot be undone" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)  # changed their mind
    assert trashed_file.is_file() and sorted(table_names(window)) == ["Factura 001.pdf", "zeta.csv"]

    select_rows(qtbot, window, ["zeta.csv"])
    zeta_id = window.selected_documents()[0].id
    assert zeta_id in window.files.last_deleted
    window.action_purge.trigger()
    box = window.files.purge_box
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes.text() == "Delete permanently"
    qtbot.mouseClick(yes, LEFT)
    assert table_names(window) == ["Factura 001.pdf"]
    assert not trashed_file.exists()
    assert window.vault.catalog.Document.get_or_none(window.vault.catalog.Document.filename == "zeta.csv") is None
    assert zeta_id not in window.files.last_deleted  # Undo can no longer promise what was purged

    trash_action.setChecked(False)
    assert sorted(table_names(window)) == sorted(set(NAMES) - {"zeta.csv", "Factura 001.pdf"})
    assert files_on_disk(window, cid) == set(NAMES) - {"zeta.csv", "Factura 001.pdf"}


def test_restore_when_the_name_was_taken_again_keeps_both(qtbot: QtBot, window: Any, stocked: Any,
                                                          make_file: Any) -> None:
    cid = window.stored_company.id
    select_rows(qtbot, window, ["rut.png"])
    window.action_delete.trigger()
    newer = make_file("rut.png", text="the newer RUT")
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(cid, [str(newer)])).close()
    window.action_trash.setChecked(True)
    select_rows(qtbot, window, ["rut.png"])
    window.action_restore.trigger()
    window.action_trash.setChecked(False)
    assert {"rut.png", "rut (2).png"} <= set(table_names(window))
    assert (window.vault.company_dir(cid) / "rut.png").read_bytes() == newer.read_bytes()


# -- rename ------------------------------------------------------------------------------------------


def activate(qtbot: QtBot, window: Any) -> None:
    """Keyboard shortcuts only reach the active window, as on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_editor(qtbot: QtBot, window: Any, name: str) -> QLineEdit:
    activate(qtbot, window)
    select_rows(qtbot, window, [name])
    window.findChild(object, "actionRename").trigger()
    editors = [e for e in window.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    assert editors[0].text() == name
    return editors[0]


def test_inline_rename_keeps_the_extension_and_renames_on_disk(qtbot: QtBot, window: Any, stocked: Any) -> None:
    cid = window.stored_company.id
    editor = open_editor(qtbot, window, "acta asamblea.pdf")
    editor.selectAll()
    qtbot.keyClicks(editor, "Acta asamblea marzo")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter commits the new name (and opens no preview)
    qtbot.waitUntil(lambda: "Acta asamblea marzo.pdf" in table_names(window))
    assert not [e for e in window.table.viewport().findChildren(QLineEdit) if e.isVisible()]  # editor closed
    assert "next version" not in window.statusBar().currentMessage()  # Enter did not go to Preview
    assert "acta asamblea.pdf" not in table_names(window)
    folder = window.vault.company_dir(cid)
    assert (folder / "Acta asamblea marzo.pdf").read_bytes() == stocked["acta asamblea.pdf"].read_bytes()
    assert not (folder / "acta asamblea.pdf").exists()
    assert db_names(window, cid) == files_on_disk(window, cid)


def test_rename_onto_an_existing_name_shows_an_error_and_changes_nothing(qtbot: QtBot, window: Any,
                                                                         stocked: Any) -> None:
    cid = window.stored_company.id
    before = files_on_disk(window, cid)
    editor = open_editor(qtbot, window, "acta asamblea.pdf")
    editor.selectAll()
    qtbot.keyClicks(editor, "factura 001")  # same name, other case: a clash on Windows and macOS
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    box = window.last_message
    assert box.objectName() == "errorMessage"
    assert "There is already a file named" in box.text() and "factura 001.pdf" in box.text()
    assert "Choose another name" in box.text()
    assert files_on_disk(window, cid) == before == db_names(window, cid)
    assert "acta asamblea.pdf" in table_names(window)
    box.close()


# -- copies out -------------------------------------------------------------------------------------


def test_save_a_copy_writes_an_identical_file(qtbot: QtBot, window: Any, stocked: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "copia.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def fake_save(parent: Any, caption: str, directory: str, *args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    select_rows(qtbot, window, ["Resolución facturación.pdf"])
    window.findChild(object, "actionSaveCopy").trigger()
    assert Path(asked[0]).name == "Resolución facturación.pdf"  # suggests the file's own name
    assert target.read_bytes() == stocked["Resolución facturación.pdf"].read_bytes()


def test_save_copies_of_several_files_into_a_folder(qtbot: QtBot, window: Any, stocked: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "copias"
    out.mkdir()
    (out / "rut.png").write_bytes(b"something already there")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    select_rows(qtbot, window, ["rut.png", "zeta.csv"])
    window.action_save_copy.trigger()
    assert (out / "rut.png").read_bytes() == b"something already there"  # never overwritten
    assert (out / "rut (2).png").read_bytes() == stocked["rut.png"].read_bytes()
    assert (out / "zeta.csv").read_bytes() == stocked["zeta.csv"].read_bytes()


def test_dragging_rows_out_carries_the_stored_files(qtbot: QtBot, window: Any, stocked: Any) -> None:
    select_rows(qtbot, window, ["rut.png", "Balance 2024.csv"])
    model = window.document_model
    indexes = window.table.selectionModel().selectedIndexes()
    assert all(model.flags(i) & Qt.ItemFlag.ItemIsDragEnabled for i in indexes)
    assert "text/uri-list" in model.mimeTypes()
    mime = model.mimeData(indexes)
    urls = mime.urls()
    assert len(urls) == 2 and all(u.isLocalFile() and u.scheme() == "file" for u in urls)
    folder = window.vault.company_dir(window.stored_company.id)
    paths = sorted(Path(u.toLocalFile()) for u in urls)
    assert paths == sorted([folder / "rut.png", folder / "Balance 2024.csv"])
    for p in paths:
        assert p.read_bytes() == stocked[p.name].read_bytes()
