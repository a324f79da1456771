"""Moving and copying documents to another company through the real window: the menu actions and
their company chooser (type to filter, Enter to choose), a duplicate in the target left where it is
with its reason, and documents dragged from the table onto a company in the sidebar (a copy; with
Shift, a move), real drag events carrying what the table's own drag carries."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, files_on_disk, settle, table_names

COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
NOMOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def espiga(window: Any) -> Any:
    return add_company(window, "Panadería La Espiga", nit="800191045")


@pytest.fixture
def molinos(window: Any, espiga: Any) -> Any:
    company = add_company(window, "Molinos del Sur", nit="900123456", select=False)
    add_company(window, "Zeta S.A.S.", select=False)
    return company


@pytest.fixture
def files(window: Any, espiga: Any, make_file: Any) -> list[Any]:
    """Two papers of La Espiga, shown in its table (name order)."""
    summary = window.vault.import_files(espiga.id, [make_file("Balance 2023.pdf", text="balance"),
                                                    make_file("RUT.pdf", text="rut de la espiga")])
    settle(window)
    assert table_names(window) == ["Balance 2023.pdf", "RUT.pdf"]
    return [r.document for r in summary.results]


def history(window: Any, doc_id: int) -> list[str]:
    return [e.text for e in window.vault.history(doc_id)]


def chooser_names(dialog: Any) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]


def open_chooser(qtbot: QtBot, window: Any, action: Any) -> Any:
    """Trigger «Move to…» or «Copy to…»; the chooser opens in front, its filter ready for typing (a
    window manager makes a new dialog the active window; the offscreen platform is asked to)."""
    action.trigger()
    dialog = window.transfers.choose_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.filter_edit
    return dialog


def wait_transfer(qtbot: QtBot, window: Any) -> None:
    """Moves and copies run in the background (a whole company's would freeze the window)."""
    qtbot.waitUntil(lambda: window.transfers.transfer_task is None, timeout=30_000)
    settle(window)


def menu_actions(window: Any, title: str) -> list[Any]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return menu.actions()


def test_move_through_the_file_menu_with_the_chooser(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any]) -> None:
    assert not window.action_move_to.isEnabled()  # nothing selected
    click_row(qtbot, window.table, 1)
    assert window.action_move_to.isEnabled() and window.action_copy_to.isEnabled()
    assert window.action_move_to in menu_actions(window, "&File")
    assert window.action_move_to.text() == "&Move to another company…"
    dialog = open_chooser(qtbot, window, window.action_move_to)
    assert dialog.windowTitle() == "Move to another company"
    # The other companies, with their NIT; not the one the files are in.
    assert chooser_names(dialog) == ["Molinos del Sur — NIT 900.123.456-8", "Zeta S.A.S."]
    qtbot.keyClicks(dialog.filter_edit, "molinos")
    assert chooser_names(dialog) == ["Molinos del Sur — NIT 900.123.456-8"]
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    wait_transfer(qtbot, window)

    rut = files[1]
    assert window.vault.document(rut.id).company_id == molinos.id
    assert files_on_disk(window, molinos.id) == {"RUT.pdf"}
    assert files_on_disk(window, espiga.id) == {"Balance 2023.pdf"}
    assert table_names(window) == ["Balance 2023.pdf"]
    assert history(window, rut.id)[-1] == "Moved from Panadería La Espiga to Molinos del Sur"
    assert "moved to Molinos del Sur" in window.statusBar().currentMessage()


def test_the_chooser_filters_by_nit_and_accents_and_enter_on_nothing_stays(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any]) -> None:
    add_company(window, "Café Ñandú", select=False)
    click_row(qtbot, window.table, 0)
    dialog = open_chooser(qtbot, window, window.action_copy_to)
    qtbot.keyClicks(dialog.filter_edit, "cafe nandu")
    assert chooser_names(dialog) == ["Café Ñandú"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "900123")
    assert chooser_names(dialog) == ["Molinos del Sur — NIT 900.123.456-8"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "no such company")
    assert chooser_names(dialog) == [] and not dialog.ok_button.isEnabled()
    assert dialog.empty.isVisible() and dialog.empty.text() == "No company matches «no such company»."
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # nothing to choose: the person types on
    dialog.reject()
    assert files_on_disk(window, molinos.id) == set()


def test_copy_through_the_context_menu_keeps_the_details_and_both_histories(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any]) -> None:
    balance = files[0]
    window.vault.set_details([balance.id], doc_type=window.vault.document_type("estados").id, period="2023",
                             tags=["cierre"])
    settle(window)
    click_row(qtbot, window.table, 0)
    dialog = open_chooser(qtbot, window, window.action_copy_to)
    assert dialog.windowTitle() == "Copy to another company"
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)  # from the filter, down the list: Zeta
    assert dialog.list.currentItem().text() == "Zeta S.A.S."
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    wait_transfer(qtbot, window)

    assert files_on_disk(window, molinos.id) == {"Balance 2023.pdf"}
    assert files_on_disk(window, espiga.id) == {"Balance 2023.pdf", "RUT.pdf"}  # the original stays
    copy = window.vault.list_documents(molinos.id)[0]
    details = window.vault.document_details(copy.id)
    assert details.type is not None and details.type.code == "estados"
    assert details.doc.period == "2023" and details.tags == ["cierre"]
    assert history(window, copy.id)[-1] == "Copy of “Balance 2023.pdf” from Panadería La Espiga"
    assert history(window, balance.id)[-1] == "Copied to Molinos del Sur"


def test_the_context_menu_offers_move_and_copy(qtbot: QtBot, window: Any, espiga: Any, molinos: Any,
                                                files: list[Any]) -> None:
    from PySide6.QtWidgets import QMenu

    click_row(qtbot, window.table, 0)
    window._on_table_context_menu_requested(QPoint(5, 5))
    menu = next(m for m in window.findChildren(QMenu) if m.isVisible())
    assert window.action_move_to in menu.actions() and window.action_copy_to in menu.actions()
    menu.close()
    window.action_trash.setChecked(True)  # the trash's files are brought back first
    assert not window.action_move_to.isEnabled() and not window.action_copy_to.isEnabled()


def test_a_duplicate_in_the_target_is_left_where_it_is_with_its_reason(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any], make_file: Any) -> None:
    window.vault.import_files(molinos.id, [make_file("RUT Molinos.pdf", text="rut de la espiga")])  # same bytes
    settle(window)
    window.table.selectAll()
    dialog = open_chooser(qtbot, window, window.action_move_to)
    qtbot.keyClicks(dialog.filter_edit, "molinos")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    wait_transfer(qtbot, window)

    assert window.vault.document(files[0].id).company_id == molinos.id  # the other one moved
    assert window.vault.document(files[1].id).company_id == espiga.id
    assert files_on_disk(window, espiga.id) == {"RUT.pdf"}
    message = window.last_message
    assert message is not None and message.isVisible()
    assert "not moved to Molinos del Sur" in message.text()
    assert "• RUT.pdf: Molinos del Sur already has it as “RUT Molinos.pdf”." in message.text()
    message.close()


def test_a_copy_leaves_out_what_the_target_already_has_and_says_why(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any], make_file: Any) -> None:
    window.vault.import_files(molinos.id, [make_file("Balance Molinos.pdf", text="balance")])  # same bytes
    settle(window)
    window.table.selectAll()
    dialog = open_chooser(qtbot, window, window.action_copy_to)
    qtbot.keyClicks(dialog.filter_edit, "molinos")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)
    wait_transfer(qtbot, window)

    assert files_on_disk(window, molinos.id) == {"Balance Molinos.pdf", "RUT.pdf"}
    assert files_on_disk(window, espiga.id) == {"Balance 2023.pdf", "RUT.pdf"}
    assert "copied to Molinos del Sur" in window.statusBar().currentMessage()
    message = window.last_message
    assert message is not None and "not copied to Molinos del Sur" in message.text()
    assert "• Balance 2023.pdf: " in message.text() and "Balance Molinos.pdf" in message.text()
    assert history(window, files[0].id)[-1] != "Copied to Molinos del Sur"
    message.close()


# -- dragging documents onto a company in the sidebar ---------------------------------------------------


def table_drag(window: Any, rows: list[int]) -> Any:
    """What the table's drag carries for those rows (the model's own mimeData, as QAbstractItemView uses)."""
    model = window.document_model
    return model.mimeData([model.index(r, 0) for r in rows])


def company_point(window: Any, company_id: int) -> QPoint:
    return window.company_list.visualRect(window.company_model.index(window.company_model.row_of(company_id), 0)).center()


def drag_over(target: QWidget, pos: QPoint, mime: Any, mods: Qt.KeyboardModifier = NOMOD) -> tuple[bool, bool]:
    actions = COPY  # the table offers only a copy (a file manager must never move a file out of the vault)
    enter = QDragEnterEvent(pos, actions, mime, LEFT, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(pos, actions, mime, LEFT, mods)
    QApplication.sendEvent(target, move)
    return enter.isAccepted(), move.isAccepted()


def drop(target: QWidget, pos: QPoint, mime: Any, mods: Qt.KeyboardModifier = NOMOD) -> bool:
    event = QDropEvent(QPointF(pos), COPY, mime, LEFT, mods)
    QApplication.sendEvent(target, event)
    return event.isAccepted() and event.dropAction() == COPY


def test_dragging_documents_onto_a_company_copies_them_and_shift_moves_them(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any]) -> None:
    view = window.company_list
    pos = company_point(window, molinos.id)
    mime = table_drag(window, [0])
    assert mime.urls()  # still files for the desktop or a mail program
    assert drag_over(view.viewport(), pos, mime) == (True, True)
    assert view.drop_row == window.company_model.row_of(molinos.id)
    assert view.drop_hint.startswith("Copy 1 file") and "to Molinos del Sur (hold Shift to move" in view.drop_hint
    assert drop(view.viewport(), pos, mime)
    wait_transfer(qtbot, window)
    assert view.drop_row == -1
    assert window.files.import_task is None  # not an upload of the files: a copy in the vault
    assert files_on_disk(window, molinos.id) == {"Balance 2023.pdf"}
    assert files_on_disk(window, espiga.id) == {"Balance 2023.pdf", "RUT.pdf"}
    assert history(window, files[0].id)[-1] == "Copied to Molinos del Sur"

    mime = table_drag(window, [1])
    assert drag_over(view.viewport(), pos, mime, SHIFT) == (True, True)
    assert view.drop_hint.startswith("Move 1 file") and view.drop_hint.endswith("to Molinos del Sur")
    assert drop(view.viewport(), pos, mime, SHIFT)
    wait_transfer(qtbot, window)
    assert window.vault.document(files[1].id).company_id == molinos.id
    assert files_on_disk(window, molinos.id) == {"Balance 2023.pdf", "RUT.pdf"}
    assert files_on_disk(window, espiga.id) == {"Balance 2023.pdf"}
    assert table_names(window) == ["Balance 2023.pdf"]
    assert history(window, files[1].id)[-1] == "Moved from Panadería La Espiga to Molinos del Sur"


def test_documents_dropped_onto_their_own_company_or_below_the_list_do_nothing(
        qtbot: QtBot, window: Any, espiga: Any, molinos: Any, files: list[Any]) -> None:
    view = window.company_list
    mime = table_drag(window, [0, 1])
    own = company_point(window, espiga.id)
    assert drag_over(view.viewport(), own, mime) == (True, False)
    assert view.drop_row == -1 and view.drop_hint == ""
    assert not drop(view.viewport(), own, mime, SHIFT)
    below = QPoint(10, view.viewport().height() - 5)
    assert not view.indexAt(below).isValid()
    assert not drop(view.viewport(), below, mime)
    wait_transfer(qtbot, window)
    assert window.files.import_task is None
    assert files_on_disk(window, espiga.id) == {"Balance 2023.pdf", "RUT.pdf"}
    assert files_on_disk(window, molinos.id) == set()
    assert all(e.kind == "added" for d in files for e in window.vault.history(d.id))


def test_a_drag_out_of_the_trash_carries_only_the_files(qtbot: QtBot, window: Any, espiga: Any, molinos: Any,
                                                         files: list[Any]) -> None:
    from clientvault.ui.widgets.document_drag import DOCUMENTS_MIME

    assert table_drag(window, [0]).hasFormat(DOCUMENTS_MIME)
    window.vault.delete([files[0].id])
    window.action_trash.setChecked(True)
    settle(window)
    assert table_names(window) == ["Balance 2023.pdf"]
    mime = table_drag(window, [0])
    assert mime.urls() and not mime.hasFormat(DOCUMENTS_MIME)  # a trashed paper is not moved or copied
    # Nor uploaded again by a drop onto a company: the file would stay in the trash and come in anew.
    pos = company_point(window, espiga.id)
    assert drag_over(window.company_list.viewport(), pos, mime) == (False, False)
    assert not drop(window.company_list.viewport(), pos, mime)
    settle(window)
    assert window.files.import_task is None and window.vault.count_documents(espiga.id) == 1
