"""The details panel under strain, in the real window over a real vault: leaving a file with
changes saves them once, a bulk edit of hundreds runs in the background and can be cancelled
between chunks, a rule edited in Settings while something is typed shows at once, Tab reaches the
panel from the table, and the company chooser finds a company by its NIT as the list shows it."""

from __future__ import annotations

from typing import Any

from paper_helpers import doc_named, select, stock
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from clientvault.ui import paper_actions


def test_leaving_a_file_with_changes_saves_them_once(qtbot: QtBot, window: Any, make_file: Any,
                                                      monkeypatch: Any) -> None:
    stock(window, make_file, "Acta 1.pdf", "Acta 2.pdf")
    vault, panel = window.vault, window.details_panel
    calls: list[tuple[list[int], dict[str, Any]]] = []
    real = vault.set_details
    monkeypatch.setattr(vault, "set_details", lambda ids, **kw: calls.append((list(ids), kw)) or real(ids, **kw))
    select(qtbot, window, "Acta 1.pdf")
    panel.notes.setPlainText("revisada")
    select(qtbot, window, "Acta 2.pdf")  # leaving it: what was typed is saved, once
    settle(window)
    first = doc_named(window, "Acta 1.pdf").id
    assert [(ids, kw) for ids, kw in calls] == [([first], {"notes": "revisada"})]
    assert vault.document(first).notes == "revisada"
    assert [e.kind for e in vault.history(first)] == ["added", "details"]


def test_a_bulk_edit_of_hundreds_runs_in_the_background(qtbot: QtBot, window: Any, make_file: Any,
                                                        monkeypatch: Any) -> None:
    monkeypatch.setattr(paper_actions, "BACKGROUND_AT", 4)
    monkeypatch.setattr(paper_actions, "CHUNK", 3)
    names = [f"Nómina {i:02d}.pdf" for i in range(10)]
    stock(window, make_file, *names)
    vault, panel = window.vault, window.details_panel
    window.table.selectAll()
    qtbot.waitUntil(lambda: len(panel.ids) == 10)
    nomina = vault.document_type("nomina")
    panel.type_choice.setCurrentIndex(panel.type_choice.findData(nomina.id))
    qtbot.keyClicks(panel.period, "2026-12")
    panel.save_button.click()
    assert window.papers.bulk_task is not None  # the window's thread goes on meanwhile
    qtbot.waitUntil(lambda: window.papers.bulk_task is None, timeout=20_000)
    settle(window)
    docs = [doc_named(window, n) for n in names]
    assert {(d.document_type_id, d.period) for d in (vault.document(x.id) for x in docs)} == {(nomina.id, "2026-12")}
    assert "10" in window.statusBar().currentMessage()


def test_a_rule_changed_while_typing_shows_at_once_and_what_was_typed_stays(qtbot: QtBot, window: Any,
                                                                            make_file: Any) -> None:
    stock(window, make_file, "Cámara.pdf")
    vault, panel = window.vault, window.details_panel
    camara = vault.document_type("camara")
    doc = doc_named(window, "Cámara.pdf")
    vault.set_details([doc.id], doc_type=camara.id)
    settle(window)
    select(qtbot, window, "Cámara.pdf")
    panel.notes.setPlainText("sin guardar")
    vault.edit_document_type(camara.id, name="Certificado de existencia", rule_days=10)  # as Settings does
    settle(window)
    assert panel.notes.toPlainText() == "sin guardar" and panel.dirty
    assert panel.type_choice.currentText() == "Certificado de existencia"


def test_tab_goes_from_the_table_to_the_panel(qtbot: QtBot, window: Any, make_file: Any) -> None:
    stock(window, make_file, "RUT.pdf")
    select(qtbot, window, "RUT.pdf")
    window.table.setFocus()
    focused = []
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        focused.append(window.focusWidget())
        if window.details_panel.isAncestorOf(window.focusWidget()):
            break
    assert window.details_panel.isAncestorOf(window.focusWidget()), [w.objectName() for w in focused]


def test_the_company_chooser_finds_a_company_by_its_nit_as_shown(qtbot: QtBot, window: Any) -> None:
    from clientvault.ui.dialogs.choose_company import ChooseCompanyDialog

    vault = window.vault
    here = vault.add_company("Panadería La Espiga", nit="800191045")
    vault.add_company("Molinos del Sur", nit="900123456")
    vault.add_company("Transportes 900 Ltda.")
    dialog = ChooseCompanyDialog(vault, here.id, "Move", "Move 1 file to this company:", "Move", parent=window)
    qtbot.addWidget(dialog)

    def shown(text: str) -> list[str]:
        dialog.filter_edit.setText(text)
        return [dialog.list.item(r).text().split("\n")[0] for r in range(dialog.list.count())
                if not dialog.list.item(r).isHidden()]

    assert shown("900.123.456-8")[0].startswith("Molinos del Sur")
    assert len(shown("900123456-8")) == 1 and len(shown("900.123.456")) == 1
    assert shown("molinos 900123456") == shown("900123456")
    assert shown("transportes") and not shown("transportes 900123456")
