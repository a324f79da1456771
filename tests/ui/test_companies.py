"""Companies through the real window: the first-start empty state, the company dialog (NIT and its
check digit as you type), edit, remove, the sidebar filter and the file counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, files_on_disk, select_company, start_and_wait_import


def sidebar_names(window: Any) -> list[str]:
    model = window.company_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def open_company_dialog(qtbot: QtBot, window: Any, trigger: Any) -> Any:
    window.companies.dialog = None
    trigger()
    qtbot.waitUntil(lambda: window.companies.dialog is not None and window.companies.dialog.isVisible())
    return window.companies.dialog


def save_button(dialog: Any) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_first_start_shows_the_empty_state_and_its_button_opens_the_company_dialog(qtbot: QtBot, window: Any) -> None:
    assert window.stack.currentWidget() is window.empty_state
    title = window.findChild(object, "emptyTitle")
    assert title.isVisible() and title.text() == "Add your first company"
    assert not window.splitter.isVisible()
    button = window.findChild(object, "emptyAddCompany")
    assert button.isVisible()
    # Nothing to act on yet: file actions are off.
    for name in ("actionUpload", "actionDelete", "actionRename", "actionTrash", "actionEditCompany"):
        assert not window.findChild(object, name).isEnabled(), name

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.companies.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "companyDialog"
    assert dialog.windowTitle() == "New company"
    assert not save_button(dialog).isEnabled()  # no name yet


def test_add_company_through_the_dialog_checks_the_nit_as_you_type(qtbot: QtBot, window: Any) -> None:
    dialog = open_company_dialog(qtbot, window, window.empty_button.click)
    qtbot.keyClicks(dialog.findChild(object, "companyName"), "Comercializadora Andina SAS")
    nit = dialog.findChild(object, "companyNit")
    qtbot.keyClicks(nit, "800191045")
    dv = dialog.findChild(object, "companyDv")
    assert "Check digit (DV): 1" in dv.text()
    assert "800191045-1" in dv.text()
    assert dialog.findChild(object, "companyError").text() == ""
    assert save_button(dialog).isEnabled()

    qtbot.keyClicks(nit, "-2")  # the wrong check digit
    error = dialog.findChild(object, "companyError")
    assert not save_button(dialog).isEnabled()
    assert "The check digit of 800191045 is 1, not 2" in error.text()

    qtbot.keyClick(nit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(nit, "1")
    assert save_button(dialog).isEnabled()
    assert error.text() == ""
    qtbot.keyClicks(dialog.findChild(object, "companyEmail"), "contabilidad@andina")
    assert not save_button(dialog).isEnabled()
    assert "is not a valid e-mail address (company e-mail)" in error.text() and "name@company.com" in error.text()
    qtbot.keyClicks(dialog.findChild(object, "companyEmail"), ".example")
    assert save_button(dialog).isEnabled()

    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sidebar_names(window) == ["Comercializadora Andina SAS"]
    company = window.vault.catalog.Company.get(window.vault.catalog.Company.name == "Comercializadora Andina SAS")
    assert (company.nit, company.dv, company.email) == ("800191045", 1, "contabilidad@andina.example")
    assert window.current_company_id() == company.id
    # The empty state gave way to the three panes, and the file actions that apply are on.
    assert window.stack.currentWidget() is window.splitter
    assert window.findChild(object, "actionUpload").isEnabled()
    assert window.heading.text() == "Comercializadora Andina SAS"
    assert window.vault.company_dir(company.id).is_dir()


def test_short_nit_and_duplicate_name_are_refused_with_a_reason(qtbot: QtBot, window: Any) -> None:
    add_company(window, "Andina Ltda")
    dialog = open_company_dialog(qtbot, window, window.action_add_company.trigger)
    qtbot.keyClicks(dialog.name_edit, "andina ltda")
    qtbot.keyClicks(dialog.nit_edit, "123")
    assert not save_button(dialog).isEnabled()
    assert "5 to 15 digits" in dialog.error_label.text()
    dialog.nit_edit.clear()
    assert save_button(dialog).isEnabled()
    # The name clash is only known to the vault: the dialog stays open and says why.
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already exists" in dialog.error_label.text()
    assert window.vault.catalog.Company.select().count() == 1


def test_edit_company_through_the_dialog(qtbot: QtBot, window: Any) -> None:
    company = add_company(window, "Transportes del Valle", nit="900123456")
    dialog = open_company_dialog(qtbot, window, window.action_edit_company.trigger)
    assert dialog.windowTitle() == "Edit company"
    assert dialog.name_edit.text() == "Transportes del Valle"
    assert dialog.nit_edit.text() == f"900123456-{company.dv}"
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Transportes del Valle S.A.")
    dialog.nit_edit.clear()
    qtbot.keyClicks(dialog.nit_edit, "800191045")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sidebar_names(window) == ["Transportes del Valle S.A."]
    assert window.current_company_id() == company.id
    edited = window.vault.catalog.Company.get_by_id(company.id)
    assert (edited.name, edited.nit, edited.dv) == ("Transportes del Valle S.A.", "800191045", 1)


def test_cancel_leaves_the_company_unchanged(qtbot: QtBot, window: Any) -> None:
    add_company(window, "Ferretería Central")
    dialog = open_company_dialog(qtbot, window, window.action_edit_company.trigger)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Otro nombre")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert sidebar_names(window) == ["Ferretería Central"]


def confirm_remove(qtbot: QtBot, window: Any, answer: QMessageBox.StandardButton) -> str:
    window.companies.confirm_box = None
    window.action_remove_company.trigger()
    box = window.companies.confirm_box
    assert box is not None and box.objectName() == "removeCompanyConfirm"
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    qtbot.mouseClick(box.button(answer), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


def test_remove_an_empty_company(qtbot: QtBot, window: Any) -> None:
    keep = add_company(window, "Alfa SAS")
    gone = add_company(window, "Beta SAS")
    assert window.current_company_id() == gone.id
    text = confirm_remove(qtbot, window, QMessageBox.StandardButton.No)
    assert text == "Remove the company «Beta SAS»?"
    assert sidebar_names(window) == ["Alfa SAS", "Beta SAS"]

    confirm_remove(qtbot, window, QMessageBox.StandardButton.Yes)
    assert sidebar_names(window) == ["Alfa SAS"]
    assert window.vault.catalog.Company.get_or_none(window.vault.catalog.Company.id == gone.id) is None
    assert not window.vault.company_dir(gone.id).exists()
    assert window.current_company_id() == keep.id

    confirm_remove(qtbot, window, QMessageBox.StandardButton.Yes)
    assert sidebar_names(window) == []
    assert window.stack.currentWidget() is window.empty_state


def test_remove_a_company_with_files_moves_them_to_the_trash(qtbot: QtBot, window: Any, make_file: Any) -> None:
    company = add_company(window, "Gamma SAS")
    paths = [str(make_file(n)) for n in ("rut.pdf", "camara.pdf", "balance.csv")]
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, paths)).close()
    assert files_on_disk(window, company.id) == {"rut.pdf", "camara.pdf", "balance.csv"}

    text = confirm_remove(qtbot, window, QMessageBox.StandardButton.Yes)
    assert "has 3 files" in text and "trash" in text
    assert sidebar_names(window) == []
    # Nothing is lost: the files wait in the company's trash, their rows marked deleted.
    assert files_on_disk(window, company.id) == set()
    trash = window.vault.trash_dir(company.id)
    assert sorted(p.name.split("-", 1)[1] for p in trash.iterdir()) == ["balance.csv", "camara.pdf", "rut.pdf"]
    docs = list(window.vault.catalog.Document.select().where(window.vault.catalog.Document.company == company.id))
    assert len(docs) == 3 and all(d.deleted_at is not None for d in docs)
    assert window.vault.catalog.Company.get_by_id(company.id).removed_at is not None


def test_sidebar_filters_as_you_type_and_shows_file_counts(qtbot: QtBot, window: Any, make_file: Any) -> None:
    andina = add_company(window, "Comercializadora Andina", nit="800191045")
    add_company(window, "Panadería La Espiga")
    add_company(window, "Andamios del Norte")
    assert sidebar_names(window) == ["Andamios del Norte", "Comercializadora Andina", "Panadería La Espiga"]
    select_company(qtbot, window, andina.id)
    paths = [str(make_file(n)) for n in ("a.pdf", "b.pdf")]
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(andina.id, paths)).close()

    model = window.company_model
    counts = {model.index(r, 0).data(): model.index(r, 0).data(model.CountRole) for r in range(model.rowCount())}
    assert counts == {"Andamios del Norte": 0, "Comercializadora Andina": 2, "Panadería La Espiga": 0}
    tip = model.index(model.row_of(andina.id), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "NIT 800.191.045-1" in tip and "2 files" in tip
    assert window.stats_label.text().startswith("2 files · ")

    box = window.findChild(object, "companyFilter")
    qtbot.keyClicks(box, "and")
    assert sidebar_names(window) == ["Andamios del Norte", "Comercializadora Andina"]
    qtbot.keyClicks(box, "i")
    assert sidebar_names(window) == ["Comercializadora Andina"]
    qtbot.keyClicks(box, "x")
    assert sidebar_names(window) == []
    # An empty search result is not the first-start empty state.
    assert window.stack.currentWidget() is window.splitter
    box.clear()
    assert len(sidebar_names(window)) == 3
    qtbot.keyClicks(box, "8001910")  # by NIT too
    assert sidebar_names(window) == ["Comercializadora Andina"]
