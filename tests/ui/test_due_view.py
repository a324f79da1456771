"""«Por vencer» in the real window: the papers of every company expired or due soon, grouped by
company or by date, opened in their company, exported to Excel, printed, and the start-up notice."""

from __future__ import annotations

import errno
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from paper_files import paper
from print_helpers import pdf_pages, squeeze
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from clientvault.ui.dialogs.print_settings import PDF_TARGET
from clientvault.ui.formatting import local_date
from clientvault.ui.models.due_model import EXPIRED_COLOUR, DueModel

TODAY = date(2026, 12, 2)



def show_due(qtbot: QtBot, window: Any, today: date = TODAY) -> Any:
    """Choose «Por vencer» in the sidebar as the person does, the list read for ``today``."""
    view = window.due_view
    qtbot.waitUntil(lambda: not view._running)  # the start-up read, for the real today
    view.today = lambda: today
    settle(window)
    window.sidebar.show_due()
    qtbot.waitUntil(lambda: view.state == "ready" and not view._running and view.listed_on == today)
    assert window.showing_due()
    return view


def rows(view: Any) -> list[list[str]]:
    """Every row on screen (a company's row, then its papers), as the cells read: by DueModel.COL_*
    (the company and NIT columns of a paper under its company are "", its company's row says them)."""
    model, out = view.model, []

    def cells(parent: Any, r: int) -> list[str]:
        found = [""] * 7
        for c, what in enumerate(model.columns()):
            found[what] = model.index(r, c, parent).data() or ""
        return found

    for r in range(model.rowCount()):
        top = model.index(r, 0)
        out.append(cells(QModelIndex(), r))
        out.extend(cells(top, k) for k in range(model.rowCount(top)))
    return out


@pytest.fixture
def papers(window: Any, tmp_path: Path) -> dict[str, Any]:
    """Two companies' pólizas around TODAY, and a Cámara certificate renewed by a newer one."""
    vault = window.vault
    espiga = vault.add_company("Panadería La Espiga", nit="900123456")
    molinos = vault.add_company("Molinos del Sur")
    poliza, camara = vault.document_type("poliza"), vault.document_type("camara")
    found = {}
    for i, (label, days) in enumerate({"ayer": -3, "hoy": 0, "semana": 7, "fuera": 31}.items()):
        doc = paper(vault, tmp_path, (espiga, molinos)[i % 2].id, f"Póliza {label}.pdf")
        vault.set_details([doc.id], doc_type=poliza.id, expires=TODAY + timedelta(days=days))
        found[label] = doc
    old = paper(vault, tmp_path, espiga.id, "Cámara octubre.pdf")
    vault.set_details([old.id], doc_type=camara.id, created=TODAY - timedelta(days=45))
    new = paper(vault, tmp_path, espiga.id, "Cámara noviembre.pdf")
    vault.set_details([new.id], doc_type=camara.id, created=TODAY - timedelta(days=2))
    found.update(old_camara=old, new_camara=new, espiga=espiga, molinos=molinos)
    settle(window)
    return found


def test_by_date_lists_what_expired_and_what_is_due_within_30_days(qtbot: QtBot, window: Any,
                                                                   papers: dict[str, Any]) -> None:
    view = show_due(qtbot, window)
    view.set_grouping("date")
    got = rows(view)
    names = [r[DueModel.COL_DOCUMENT] for r in got]
    # Expired first, then the soonest; the one due in 31 days is outside 30; the Cámara certificate
    # renewed by a newer one is not listed (the newer one is, due in 28 days).
    assert names == ["Póliza ayer.pdf", "Póliza hoy.pdf", "Póliza semana.pdf", "Cámara noviembre.pdf"]
    assert got[0][DueModel.COL_COMPANY] == "Panadería La Espiga" and got[0][DueModel.COL_NIT] == "900.123.456-8"
    assert got[0][DueModel.COL_STATUS].startswith("Expired 3 day")
    assert got[1][DueModel.COL_STATUS] == "Due today"
    assert got[2][DueModel.COL_STATUS].startswith("Due in 7 day")
    assert got[3][DueModel.COL_TYPE] == "Cámara"
    assert got[3][DueModel.COL_DUE] == local_date(TODAY + timedelta(days=28))
    assert got[0][DueModel.COL_ACTION] == "Renew the policy"
    assert got[3][DueModel.COL_ACTION] == "Request a new Chamber of Commerce certificate"
    model = view.model
    assert model.index(0, DueModel.COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) == EXPIRED_COLOUR
    assert model.index(1, DueModel.COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    # 60 days: the one due in 31 days comes in; the choice is remembered.
    view.set_days(60)
    qtbot.waitUntil(lambda: view.state == "ready" and not view._running and len(view.model.items) == 5)
    assert window.settings.value("due/days") in (60, "60")


def test_by_company_groups_each_companys_papers_under_it(qtbot: QtBot, window: Any, papers: dict[str, Any]) -> None:
    view = show_due(qtbot, window)
    view.set_grouping("date")
    assert window.settings.value("due/grouping") == "date"
    view.set_grouping("company")
    got = [r[DueModel.COL_DOCUMENT] for r in rows(view)]
    assert got[1:2] + got[3:] == ["Póliza hoy.pdf", "Póliza ayer.pdf", "Póliza semana.pdf", "Cámara noviembre.pdf"]
    assert got[0].startswith("Molinos del Sur — 1 paper")
    assert got[2].startswith("Panadería La Espiga — NIT 900.123.456-8 · 3 paper") and got[2].endswith(", 1 expired")
    # The company's row is one cell across the columns; its papers' rows have no company columns.
    assert view.tree.isFirstColumnSpanned(0, QModelIndex())
    assert view.model.column_of(DueModel.COL_COMPANY) == -1 and view.model.column_of(DueModel.COL_DOCUMENT) == 0
    assert window.settings.value("due/grouping") == "company"


def test_nothing_due_says_so(qtbot: QtBot, window: Any) -> None:
    window.vault.add_company("Molinos del Sur")
    view = show_due(qtbot, window)
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text().startswith("No papers expired or due within the next 30 day")
    assert not view.export_button.isEnabled() and not view.print_button.isEnabled()


def test_double_click_opens_the_paper_in_its_company(qtbot: QtBot, window: Any, papers: dict[str, Any]) -> None:
    view = show_due(qtbot, window)
    view.set_grouping("company")
    target = papers["semana"]
    index = view.model.index_of(target.id).siblingAtColumn(view.model.column_of(DueModel.COL_DOCUMENT))
    view.tree.scrollTo(index)
    where = view.tree.visualRect(index).center()
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
    qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert not window.showing_due()
    assert window.current_company_id() == target.company_id
    assert [d.id for d in window.selected_documents()] == [target.id]
    # «Por vencer» again, then Enter on a row: the same.
    show_due(qtbot, window)
    view.tree.setCurrentIndex(view.model.index_of(papers["hoy"].id))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.current_company_id() == papers["hoy"].company_id
    assert [d.id for d in window.selected_documents()] == [papers["hoy"].id]


def test_choosing_a_company_brings_its_files_back(qtbot: QtBot, window: Any, papers: dict[str, Any]) -> None:
    show_due(qtbot, window)
    assert not window.action_delete.isEnabled()
    window.sidebar.select_company(papers["molinos"].id)
    assert window.middle.currentWidget() is window.files_page
    assert window.current_company_id() == papers["molinos"].id


def test_the_matricula_is_listed_before_31_march(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    vault = window.vault
    company = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, company.id, "Renovación matrícula 2026.pdf")
    vault.set_details([doc.id], doc_type=vault.document_type("matricula").id, created=date(2026, 3, 20))
    view = show_due(qtbot, window, today=date(2027, 3, 15))
    (item,) = view.model.items
    assert item.expires_on == date(2027, 3, 31) and item.days_left == 16
    assert "March 31" in item.action
    view.set_grouping("date")
    assert rows(view)[0][DueModel.COL_DUE] == local_date(date(2027, 3, 31))


def test_a_yearly_rule_on_29_february_falls_on_the_28th_in_other_years(qtbot: QtBot, window: Any,
                                                                          tmp_path: Path) -> None:
    vault = window.vault
    company = vault.add_company("Molinos del Sur")
    kind = vault.add_document_type("Informe bisiesto", rule="yearly", rule_day="02-29")
    doc = paper(vault, tmp_path, company.id, "Informe 2025.pdf")
    vault.set_details([doc.id], doc_type=kind.id, created=date(2025, 6, 1))
    view = show_due(qtbot, window, today=date(2026, 2, 20))
    assert [(i.expires_on, i.days_left) for i in view.model.items] == [(date(2026, 2, 28), 8)]
    leap = paper(vault, tmp_path, company.id, "Informe 2027.pdf")
    vault.set_details([leap.id], doc_type=kind.id, created=date(2027, 1, 5))
    view = show_due(qtbot, window, today=date(2028, 2, 20))
    assert [(i.doc.id, i.expires_on) for i in view.model.items if i.doc.id == leap.id] == [(leap.id, date(2028, 2, 29))]


def test_export_writes_a_workbook_with_real_dates(qtbot: QtBot, window: Any, papers: dict[str, Any],
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    view = show_due(qtbot, window)
    view.set_grouping("date")
    monkeypatch.setattr(view, "ask_export_target", lambda: str(tmp_path / "lista"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(tmp_path / "lista.xlsx")
    sheet = book.active
    assert [c.value for c in sheet[1]] == ["Company", "NIT", "Document", "Type", "Document date", "Due", "Status",
                                           "What to do"]
    assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "A2"
    first = [c.value for c in sheet[2]]
    assert first[:4] == ["Panadería La Espiga", "900.123.456-8", "Póliza ayer.pdf", "Póliza"]
    assert first[5].date() == TODAY - timedelta(days=3) and sheet.cell(2, 6).is_date
    assert sheet.cell(2, 6).number_format == "DD/MM/YYYY"
    assert first[6] == "Expired 3 days ago" and first[7] == "Renew the policy"
    assert sheet.cell(5, 5).value.date() == TODAY - timedelta(days=2)  # the Cámara's own date
    assert sheet.max_row == 5 and sheet.column_dimensions["C"].width > 10
    assert "lista.xlsx" in window.statusBar().currentMessage()


def test_export_refuses_the_data_folder_and_says_when_the_disk_is_full(
        qtbot: QtBot, window: Any, papers: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = show_due(qtbot, window)
    inside = window.vault.root / "lista.xlsx"
    monkeypatch.setattr(view, "ask_export_target", lambda: str(inside))
    view.export()
    assert not inside.exists()
    assert "data folder" in window.last_message.text()
    window.last_message.close()
    import clientvault.core.due_export as due_export

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(due_export.os, "fsync", full)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(view, "ask_export_target", lambda: str(out / "lista.xlsx"))
    view.export()
    assert list(out.iterdir()) == []  # no half file, no temporary one left
    assert "Could not save" in window.last_message.text() and "No space left" not in window.last_message.text()


def test_print_prints_the_list_with_its_header(qtbot: QtBot, window: Any, papers: dict[str, Any],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = show_due(qtbot, window)
    preview = view.print_()
    qtbot.waitUntil(lambda: preview.state == "ready")
    out = tmp_path / "lista.pdf"
    monkeypatch.setattr(preview, "ask_pdf_target", lambda: str(out))
    preview.settings.printer_combo.setCurrentIndex(preview.settings.printer_combo.findData(PDF_TARGET))
    preview.print_()
    (page,) = pdf_pages(out)
    assert page[0] > page[1]  # landscape: eight columns across the paper
    text = squeeze(page[2])
    for words in ("Due papers", "within 30 day", "Panadería La Espiga", "Molinos del Sur", "Póliza ayer.pdf",
                  "Cámara noviembre.pdf", "Renew the policy", (TODAY - timedelta(days=3)).strftime("%d/%m/%Y"),
                  local_date(date.today())):
        assert squeeze(words) in text, words
    assert "Póliza fuera" not in text and "octubre" not in text


def test_at_start_a_quiet_notice_names_what_is_due_this_week(qtbot: QtBot, open_window: Any, tmp_path: Path) -> None:
    from clientvault.core.vault import Vault

    today = date.today()
    vault = Vault(tmp_path / "vault")
    company = vault.add_company("Panadería La Espiga")
    poliza = vault.document_type("poliza")
    for name, days in (("Póliza vencida.pdf", -1), ("Póliza 1.pdf", 2), ("Póliza 2.pdf", 6), ("Póliza lejos.pdf", 20)):
        doc = paper(vault, tmp_path, company.id, name)
        vault.set_details([doc.id], doc_type=poliza.id, expires=today + timedelta(days=days))
    vault.close()
    window = open_window()
    qtbot.waitUntil(lambda: window._due_noticed)
    notice = window.due_notice
    assert notice is not None and notice.isVisible() and window.last_message is None  # a line, no box
    assert notice.text().startswith("2 paper") and "due this week · 1 expired — see «Due papers»" in notice.text()
    # A click on it opens «Por vencer»; it goes away.
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)
    assert window.showing_due()
    qtbot.waitUntil(lambda: not shiboken6.isValid(notice))
    # The list read again later says nothing more.
    window.due_view.reload()
    window._on_due_view_loaded(window.due_view.model.items)
    assert not shiboken6.isValid(window.due_notice) and window.statusBar().currentMessage() == ""


def test_the_list_follows_changes_while_shown(qtbot: QtBot, window: Any, papers: dict[str, Any]) -> None:
    view = show_due(qtbot, window)
    runs = view.runs
    window.vault.set_details([papers["fuera"].id], expires=TODAY + timedelta(days=10))  # now due within 30
    settle(window)
    qtbot.waitUntil(lambda: papers["fuera"].id in {i.doc.id for i in view.model.items})
    window.vault.delete([papers["ayer"].id])  # to the trash: nobody's worry any more
    settle(window)
    qtbot.waitUntil(lambda: papers["ayer"].id not in {i.doc.id for i in view.model.items})
    assert view.runs >= runs + 2
    # Hidden, it only remembers to read again, and does when shown.
    window.sidebar.select_company(papers["molinos"].id)
    qtbot.waitUntil(lambda: not view._running)
    before = view.runs
    window.vault.set_details([papers["hoy"].id], expires=TODAY + timedelta(days=90))
    settle(window)
    assert view.runs == before and view._stale
    show_due(qtbot, window)
    assert papers["hoy"].id not in {i.doc.id for i in view.model.items}


def test_the_row_highlighted_is_previewed(qtbot: QtBot, window: Any, papers: dict[str, Any]) -> None:
    view = show_due(qtbot, window)
    view.tree.setCurrentIndex(view.model.index_of(papers["semana"].id))
    assert window.preview_pane.name == "Póliza semana.pdf"
    assert window.preview_pane.path == window.vault.document_path(window.vault.document(papers["semana"].id))
    # A paper deleted since the list was read: opening it says so and the list is read again.
    window.vault.delete([papers["hoy"].id])  # the change feed reaches the view once events run
    view.tree.setCurrentIndex(view.model.index_of(papers["hoy"].id))
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert "«Póliza hoy.pdf» is no longer among the files" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not view.model.index_of(papers["hoy"].id).isValid())
    assert window.showing_due()


def test_the_start_notice_goes_away_by_itself(qtbot: QtBot, open_window: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from clientvault.core.vault import Vault
    from clientvault.ui import mainwindow

    vault = Vault(tmp_path / "vault")
    company = vault.add_company("Molinos del Sur")
    doc = paper(vault, tmp_path, company.id, "Póliza.pdf")
    vault.set_details([doc.id], doc_type=vault.document_type("poliza").id, expires=date.today())
    vault.close()
    monkeypatch.setattr(mainwindow, "DUE_NOTICE_MS", 100)
    window = open_window()
    qtbot.waitUntil(lambda: window._due_noticed)
    notice = window.due_notice
    assert notice.text().startswith("1 paper") and "expired" not in notice.text()
    qtbot.waitUntil(lambda: not shiboken6.isValid(notice))
    assert not window.showing_due()


def test_a_long_list_is_printed_from_its_first_rows(qtbot: QtBot, window: Any, papers: dict[str, Any],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The paper holds at most MAX_PRINT_ROWS rows of a sheet and says so when there are more: the
    workbook printed carries one more, not the 16,000 a big list may have."""
    import openpyxl

    from clientvault.ui import printing

    monkeypatch.setattr(printing, "MAX_PRINT_ROWS", 2)
    view = show_due(qtbot, window)
    preview = view.print_()
    qtbot.waitUntil(lambda: preview.state == "ready")
    assert openpyxl.load_workbook(preview.path).active.max_row == 1 + 3
    folder = preview.path.parent
    preview.close()
    qtbot.waitUntil(lambda: not folder.exists())  # the workbook went with the preview


def test_papers_expired_over_a_year_ago_are_listed_only_when_asked(qtbot: QtBot, window: Any,
                                                                   papers: dict[str, Any]) -> None:
    vault = window.vault
    vault.set_details([papers["fuera"].id], expires=TODAY - timedelta(days=400))
    settle(window)
    view = show_due(qtbot, window)
    view.set_grouping("date")
    assert "Póliza fuera.pdf" not in [r[DueModel.COL_DOCUMENT] for r in rows(view)]
    badge = window.company_model.due_count
    view.older_check.click()
    qtbot.waitUntil(lambda: view.state == "ready" and not view._running and len(view.model.items) == 5)
    assert rows(view)[0][DueModel.COL_DOCUMENT] == "Póliza fuera.pdf"
    qtbot.waitUntil(lambda: window.company_model.due_count == badge + 1)  # the badge counts what the page lists
    assert window.settings.value("due/older") == "true"
