"""Paper types in the REAL window: Settings › Paper types (add a type, rename one, change its rule and
see the papers that follow it get the new date, refusals shown beside the field), the papers a new
company must have, and a company's own required papers in its dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, settle


def open_settings(qtbot: QtBot, window: Any) -> Any:
    window.action_settings.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.tabs.setCurrentWidget(dialog.types_page)
    return dialog


def click_save(qtbot: QtBot, dialog: Any) -> None:
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_type(page: Any, name: str) -> None:
    rows = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    page.table.selectRow(rows.index(name))
    assert page.name_edit.text() == name


def type_text(widget: Any, text: str) -> None:
    """Keys as a keyboard sends them, accents too (QTest types ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def retype(qtbot: QtBot, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def choose(combo: Any, data: Any) -> None:
    combo.setCurrentIndex(combo.findData(data))


def camara_papers(window: Any, make_file: Any) -> tuple[int, int]:
    """Two Cámara certificates of 10 January 2026: one follows the rule, the other has its own date."""
    company = add_company(window, "Panadería La Espiga")
    summary = window.vault.import_files(company.id, [make_file("Cámara enero.pdf"), make_file("Cámara banco.pdf")])
    first, second = (r.document.id for r in summary.of("imported"))
    camara = window.vault.document_type("camara")
    window.vault.set_details([first, second], doc_type=camara.id, created=date(2026, 1, 10))
    window.vault.set_details([second], expires=date(2026, 5, 1))
    settle(window)
    return first, second


def test_the_page_lists_every_type_with_its_rule_in_words(qtbot: QtBot, window: Any) -> None:
    page = open_settings(qtbot, window).types_page
    shown = {page.table.item(r, 0).text(): (page.table.item(r, 1).text(), page.table.item(r, 2).text())
             for r in range(page.table.rowCount())}
    assert len(shown) == len(window.vault.document_types())
    assert shown["Certificado de Cámara de Comercio"][0] == "Cámara"
    assert "30" in shown["Certificado de Cámara de Comercio"][1]
    assert shown["Matrícula mercantil"][1] == "Every year on March 31"
    assert shown["RUT"][1] == "Does not expire"
    assert shown["Póliza"][1] == "On the date each paper has"
    assert page.rule_note.isVisible() and "entered by hand" in page.rule_note.text()


def test_a_type_added_with_a_yearly_rule_is_saved_in_the_vault(qtbot: QtBot, window: Any) -> None:
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is page.name_edit and page.name_edit.text() == ""
    qtbot.keyClicks(page.name_edit, "Registro Nacional de Turismo")
    assert not page.days_spin.isVisible() and not page.month_combo.isVisible()
    choose(page.rule_combo, "yearly")
    assert page.month_combo.isVisible() and page.day_spin.isVisible() and not page.days_spin.isVisible()
    choose(page.month_combo, 6)
    assert page.day_spin.maximum() == 30  # June has no 31st
    page.day_spin.setValue(30)
    last = page.table.rowCount() - 1
    assert page.table.item(last, 0).text() == "Registro Nacional de Turismo"
    assert page.table.item(last, 2).text() == "Every year on June 30"

    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    added = window.vault.document_type("Registro Nacional de Turismo")
    assert (added.rule, added.rule_day, added.rule_days) == ("yearly", "06-30", None)
    assert added in window.vault.document_types()


def test_renaming_the_camara_type_keeps_its_papers(qtbot: QtBot, window: Any, make_file: Any) -> None:
    first, second = camara_papers(window, make_file)
    camara = window.vault.document_type("camara")
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    select_type(page, "Certificado de Cámara de Comercio")
    retype(qtbot, page.name_edit, "Certificado de existencia (Cámara)")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.vault.document_type(camara.id).name == "Certificado de existencia (Cámara)"
    for doc_id in (first, second):
        details = window.vault.document_details(doc_id)
        assert details.type is not None and details.type.id == camara.id
        assert details.type.name == "Certificado de existencia (Cámara)"


def test_a_new_rule_moves_the_expiry_of_papers_that_follow_it(qtbot: QtBot, window: Any, make_file: Any) -> None:
    first, second = camara_papers(window, make_file)
    assert window.vault.document(first).expires_on == date(2026, 2, 9)
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    select_type(page, "Certificado de Cámara de Comercio")
    assert page.days_spin.isVisible() and page.days_spin.value() == 30
    page.days_spin.setValue(60)
    assert "60" in page.table.item(page.current_index(), 2).text()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.vault.document_type("camara").rule_days == 60
    assert window.vault.document(first).expires_on == date(2026, 3, 11)  # 60 days after 10 January
    kept = window.vault.document(second)
    assert kept.expires_set and kept.expires_on == date(2026, 5, 1)  # the date entered by hand stays


def test_an_empty_or_taken_name_is_refused_beside_the_field(qtbot: QtBot, window: Any) -> None:
    before = [(t.id, t.name) for t in window.vault.document_types()]
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    select_type(page, "RUT")
    retype(qtbot, page.name_edit, "   ")
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is page
    assert page.name_error.isVisible() and page.name_error.text() == "Enter the name of the paper type."
    assert page.status.isVisible()

    retype(qtbot, page.name_edit, "cédula")  # another type's name, whatever the case and accents
    assert not page.name_error.isVisible()  # typing again clears the old message
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert page.name_error.text() == "There is already a paper type named «Cédula»."
    assert [(t.id, t.name) for t in window.vault.document_types()] == before  # nothing saved


def test_a_refusal_by_the_vault_is_shown_and_the_other_changes_are_saved(qtbot: QtBot, window: Any) -> None:
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    select_type(page, "Acta")
    retype(qtbot, page.name_edit, "Acta de asamblea")
    select_type(page, "Otro")
    retype(qtbot, page.name_edit, "Planilla PILA")
    window.vault.add_document_type("Planilla PILA")  # meanwhile, from the command line
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert page.name_edit.text() == "Planilla PILA"  # the refused one is shown, its message under its name
    assert page.name_error.isVisible() and "Planilla PILA" in page.name_error.text()
    assert "other changes were saved" in page.status.text()
    assert window.vault.document_type("acta").name == "Acta de asamblea"
    assert window.vault.document_type("otro").name == "Otro"

    retype(qtbot, page.name_edit, "Otro documento")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.vault.document_type("otro").name == "Otro documento"


def required_names(dialog_list: Any) -> set[str]:
    return {dialog_list.item(i).text() for i in range(dialog_list.count())
            if dialog_list.item(i).checkState() == Qt.CheckState.Checked}


def set_checked(dialog_list: Any, name: str, checked: bool) -> None:
    item = next(dialog_list.item(i) for i in range(dialog_list.count()) if dialog_list.item(i).text() == name)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def open_company_dialog(qtbot: QtBot, window: Any, action: Any) -> Any:
    window.companies.dialog = None
    action.trigger()
    qtbot.waitUntil(lambda: window.companies.dialog is not None and window.companies.dialog.isVisible())
    return window.companies.dialog


def test_a_new_company_must_have_the_papers_set_in_settings(qtbot: QtBot, window: Any) -> None:
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    assert required_names(page.required_list) == {"RUT", "Certificado de Cámara de Comercio",
                                                  "Resolución de facturación"}
    set_checked(page.required_list, "Resolución de facturación", False)
    set_checked(page.required_list, "Contrato", True)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    wanted = {"RUT", "Certificado de Cámara de Comercio", "Contrato"}
    assert {t.name for t in window.vault.default_required_types()} == wanted

    company_dialog = open_company_dialog(qtbot, window, window.action_add_company)
    assert required_names(company_dialog.required_list) == wanted
    type_text(company_dialog.name_edit, "Ferretería Central")
    qtbot.mouseClick(company_dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not company_dialog.isVisible()
    company = window.vault.company("Ferretería Central")
    assert {t.name for t in window.vault.required_types(company.id)} == wanted


def test_a_companys_required_papers_are_edited_in_its_dialog(qtbot: QtBot, window: Any) -> None:
    company = add_company(window, "Transportes del Valle", nit="900123456")
    other = add_company(window, "Alfa SAS", select=False)
    dialog = open_company_dialog(qtbot, window, window.action_edit_company)
    assert dialog.windowTitle() == "Edit company"
    set_checked(dialog.required_list, "RUT", False)
    set_checked(dialog.required_list, "Póliza", True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert {t.name for t in window.vault.required_types(company.id)} == {
        "Certificado de Cámara de Comercio", "Resolución de facturación", "Póliza"}
    # Only that company: the others and the default for new ones are as they were.
    assert {t.name for t in window.vault.required_types(other.id)} == {
        "RUT", "Certificado de Cámara de Comercio", "Resolución de facturación"}

    again = open_company_dialog(qtbot, window, window.action_edit_company)
    assert required_names(again.required_list) == {"Certificado de Cámara de Comercio", "Resolución de facturación",
                                                    "Póliza"}
    again.reject()


def test_a_new_type_not_wanted_after_all_is_discarded_before_saving(qtbot: QtBot, window: Any) -> None:
    before = [t.name for t in window.vault.document_types()]
    dialog = open_settings(qtbot, window)
    page = dialog.types_page
    select_type(page, "RUT")
    assert not page.discard_button.isVisible()  # a saved type may have papers: never discarded here
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)  # left without a name
    assert dialog.isVisible() and page.name_error.text() == "Enter the name of the paper type."
    assert page.discard_button.isVisible()
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == len(before) == page.required_list.count()
    assert not page.status.isVisible()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert [t.name for t in window.vault.document_types()] == before
