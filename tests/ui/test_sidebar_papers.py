"""The sidebar and the papers: each company's row says what it lacks («Falta: RUT», «Vencido:
Cámara») from its real documents and the papers it must have, the «Only with papers pending»
filter lists only those companies, «Por vencer» above the list counts what is due and is chosen
by click, Enter or Space, and the company heading repeats the gaps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, select_company, settle

from clientvault.core.vault import Vault

TODAY = date.today()


MAKE_FILE: list[Any] = []


@pytest.fixture(autouse=True)
def _files(make_file: Any) -> Iterator[None]:
    MAKE_FILE.append(make_file)
    yield
    MAKE_FILE.clear()


def add_paper(vault: Vault, company_id: int, name: str, code: str, created: date | None = None) -> int:
    """A real PDF imported into the company, then given its type (and its own date) as the details
    panel gives them."""
    path = MAKE_FILE[-1](name, text=f"{name} {company_id}")
    doc = vault.import_files(company_id, [path]).of("imported")[0].document
    assert doc is not None
    vault.set_details([doc.id], doc_type=vault.document_type(code).id, created=created)
    return int(doc.id)


def must_have(vault: Vault, company_id: int, *codes: str) -> None:
    vault.set_required_types(company_id, [vault.document_type(c).id for c in codes])


def row_data(window: Any, company_id: int, role: Any) -> Any:
    model = window.company_model
    return model.index(model.row_of(company_id), 0).data(role)


def shown_names(window: Any) -> list[str]:
    model = window.company_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def three_companies(window: Any) -> tuple[Any, Any, Any]:
    """La Espiga has its RUT and a Cámara certificate of 40 days ago (expired: 30 days); Andina has
    nothing; Los Andes has its RUT and a Cámara of 10 days ago. Each must have a RUT and a Cámara."""
    vault = window.vault
    espiga = add_company(window, "Panadería La Espiga", nit="900123456")
    andina = add_company(window, "Comercializadora Andina", nit="800191045", select=False)
    andes = add_company(window, "Transportes Los Andes", select=False)
    for company in (espiga, andina, andes):
        must_have(vault, company.id, "rut", "camara")
    add_paper(vault, espiga.id, "RUT Espiga.pdf", "rut")
    add_paper(vault, espiga.id, "Certificado Cámara Espiga.pdf", "camara", TODAY - timedelta(days=40))
    add_paper(vault, andes.id, "RUT Andes.pdf", "rut")
    add_paper(vault, andes.id, "Certificado Cámara Andes.pdf", "camara", TODAY - timedelta(days=10))
    settle(window)
    return espiga, andina, andes


def test_each_row_says_what_its_company_lacks(qtbot: QtBot, window_in: Any) -> None:
    window = window_in("es")
    window.resize(1366, 768)
    espiga, andina, andes = three_companies(window)
    model = window.company_model
    assert row_data(window, espiga.id, model.GapsTextRole) == "Vencido: Cámara"  # its RUT is typed: no «Falta: RUT»
    assert row_data(window, andina.id, model.GapsTextRole) == "Falta: Cámara, RUT"
    assert row_data(window, andes.id, model.GapsTextRole) == ""  # a Cámara of 10 days ago is still good
    assert [g.state for g in row_data(window, espiga.id, model.GapsRole)] == ["expired"]
    tip = row_data(window, andina.id, Qt.ItemDataRole.ToolTipRole)
    assert "Falta: RUT" in tip and "Falta: Cámara" in tip
    # As painted: a third line only where there is something to say.
    view, delegate = window.company_list, window.company_list.itemDelegate()
    rect_of = {c.id: view.visualRect(model.index(model.row_of(c.id), 0)) for c in (espiga, andina, andes)}
    assert rect_of[espiga.id].height() == rect_of[andina.id].height() > rect_of[andes.id].height()
    option, index = option_for(view, model.row_of(espiga.id))
    layout = delegate.layout_for(option, index)
    assert layout.gaps.top() > layout.nit.bottom() and option.rect.contains(layout.gaps)
    assert layout.gaps.right() < layout.badge.left()
    assert delegate.painted_gaps(option, index) == [("expired", "Vencido: Cámara")]
    assert delegate.layout_for(*option_for(view, model.row_of(andes.id))).gaps.isEmpty()
    # A paper typed later is seen at once: Andina's RUT arrives.
    add_paper(window.vault, andina.id, "RUT Andina.pdf", "rut")
    settle(window)
    assert row_data(window, andina.id, model.GapsTextRole) == "Falta: Cámara"


def option_for(view: Any, row: int) -> tuple[QStyleOptionViewItem, Any]:
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return option, index


def test_the_gaps_are_painted_dark_red_and_amber_and_cut_when_long(qtbot: QtBot, window: Any) -> None:
    vault = window.vault
    company = add_company(window, "Panadería La Espiga", nit="900123456")
    add_paper(vault, company.id, "Certificado Cámara.pdf", "camara", TODAY - timedelta(days=40))
    must_have(vault, company.id, "camara", "rut")
    settle(window)
    view, delegate = window.company_list, window.company_list.itemDelegate()
    option, index = option_for(view, 0)
    option.rect = option.rect.translated(-option.rect.topLeft())
    option.state = option.state & ~QStyle.StateFlag.State_Selected
    pieces = delegate.painted_gaps(option, index)
    assert pieces == [("expired", "Expired: Cámara"), ("", " · "), ("missing", "Missing: RUT")]  # in type order
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    gaps = delegate.layout_for(option, index).gaps
    colours = {image.pixelColor(QPoint(x, y)).rgb() for x in range(gaps.left(), gaps.right())
               for y in range(gaps.top(), gaps.bottom())}
    reds = [QColor(c) for c in colours if QColor(c).red() > QColor(c).green() + 60]
    assert reds, "the gaps line has no red or amber in it"
    # Many papers missing in a narrow list: the line ends with «…» inside its width; the tooltip has all.
    must_have(vault, company.id, *("rut", "camara", "resolucion", "matricula", "estados", "renta", "iva", "nomina"))
    settle(window)
    option, index = option_for(view, 0)
    option.rect.setWidth(220)
    pieces = delegate.painted_gaps(option, index)
    assert pieces[-1][1].endswith("…")
    fm = view.fontMetrics()
    from clientvault.ui.widgets.company_delegate import small_font

    small = type(fm)(small_font(option.font))
    assert sum(small.horizontalAdvance(text) for _state, text in pieces) <= delegate.layout_for(option, index).gaps.width() + 1
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert all(word in tip for word in ("Missing: Nómina", "Missing: IVA", "Expired: Cámara"))


def test_a_new_rule_changes_the_gaps(qtbot: QtBot, window: Any) -> None:
    """The Cámara's rule edited in Settings (typesChanged): 60 days instead of 30, and a certificate
    of 40 days ago is good again."""
    espiga, _andina, _andes = three_companies(window)
    model = window.company_model
    assert row_data(window, espiga.id, model.GapsTextRole) == "Expired: Cámara"
    camara = window.vault.document_type("camara")
    window.vault.edit_document_type(camara.id, rule="days", rule_days=60)
    settle(window)
    assert row_data(window, espiga.id, model.GapsTextRole) == ""


def test_the_filter_lists_only_companies_with_papers_pending(qtbot: QtBot, window: Any) -> None:
    espiga, andina, andes = three_companies(window)
    sidebar = window.sidebar
    box = sidebar.gaps_filter
    assert box.isVisible() and not box.isChecked()
    assert box.text() == "Only with papers pending (2)"
    select_company(qtbot, window, andes.id)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert shown_names(window) == ["Comercializadora Andina", "Panadería La Espiga"]
    assert window.current_company_id() in (espiga.id, andina.id)  # Los Andes is hidden: another is current
    # With a search too.
    qtbot.keyClicks(sidebar.filter_edit, "espiga")
    assert shown_names(window) == ["Panadería La Espiga"]
    sidebar.filter_edit.clear()
    # Every paper in order: the list is empty and says why (not the first-start page).
    add_paper(window.vault, andina.id, "RUT Andina.pdf", "rut")
    add_paper(window.vault, andina.id, "Cámara Andina.pdf", "camara", TODAY)
    add_paper(window.vault, espiga.id, "Cámara Espiga nueva.pdf", "camara", TODAY - timedelta(days=2))
    settle(window)
    assert shown_names(window) == []
    assert window.company_list.empty_text == "All companies have their papers up to date."
    assert window.stack.currentWidget() is window.splitter
    assert box.text() == "Only with papers pending (0)"
    box.click()
    assert not box.isChecked()
    assert shown_names(window) == ["Comercializadora Andina", "Panadería La Espiga", "Transportes Los Andes"]


def test_choosing_a_company_the_filter_hides_turns_the_filter_off(qtbot: QtBot, window: Any) -> None:
    _espiga, _andina, andes = three_companies(window)
    window.sidebar.gaps_filter.setChecked(True)
    assert "Transportes Los Andes" not in shown_names(window)
    window.select_company(andes.id)
    assert not window.sidebar.gaps_filter.isChecked()
    assert window.current_company_id() == andes.id


def test_due_entry_counts_and_is_chosen_by_click_enter_and_space(qtbot: QtBot, window: Any) -> None:
    espiga, andina, andes = three_companies(window)
    sidebar, entry = window.sidebar, window.sidebar.due_entry
    # Espiga's Cámara expired 10 days ago, Los Andes's expires in 20 days: both are «Por vencer».
    assert window.vault.due_count() == 2
    assert entry.isVisible() and entry.count == sidebar.due_count == 2
    assert entry.accessibleName() == "Due papers" and entry.accessibleDescription().startswith("2 paper")
    assert entry.geometry().bottom() < sidebar.filter_edit.geometry().top()  # above the search and the list
    select_company(qtbot, window, andina.id)
    heard: list[Any] = []
    sidebar.currentCompanyChanged.connect(lambda cid: heard.append(("company", cid)))
    sidebar.dueRequested.connect(lambda: heard.append(("due", None)))
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    assert heard == [("company", None), ("due", None)]  # no company current, said before «Por vencer»
    assert entry.isChecked() and sidebar.showing_due
    assert not window.company_list.selectionModel().hasSelection() and window.current_company_id() is None
    # A change meanwhile refreshes the list, and still no company is chosen for the person.
    add_paper(window.vault, andes.id, "Póliza.pdf", "poliza")
    settle(window)
    assert window.current_company_id() is None and not window.company_list.selectionModel().hasSelection()
    assert entry.isChecked()
    # Choosing a company leaves «Por vencer».
    select_company(qtbot, window, espiga.id)
    assert not entry.isChecked() and not sidebar.showing_due and heard[-1] == ("company", espiga.id)
    # By keyboard: Tab reaches it (from the company list, round the sidebar's widgets), Enter and Space choose it.
    window.activateWindow()
    entry.setFocus(Qt.FocusReason.TabFocusReason)
    assert entry.focusPolicy() & Qt.FocusPolicy.TabFocus
    heard.clear()
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert heard == [("company", None), ("due", None)] and entry.isChecked()
    click_row(qtbot, window.company_list, 0)
    heard.clear()
    qtbot.keyClick(entry, Qt.Key.Key_Space)
    assert ("due", None) in heard and entry.isChecked()
    # Clicking it again keeps it chosen (a place, not a switch) and asks for the page again.
    heard.clear()
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    assert entry.isChecked() and heard == [("due", None)]


def test_tab_goes_down_the_sidebar_as_it_reads(qtbot: QtBot, window: Any) -> None:
    """«Por vencer», the search field, the filter, the companies: Tab follows the order on screen."""
    add_company(window, "Panadería La Espiga")
    sidebar = window.sidebar
    window.activateWindow()
    sidebar.due_entry.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sidebar.due_entry)
    focused = sidebar.due_entry.grab().toImage()
    for expected in (sidebar.filter_edit, sidebar.gaps_filter, sidebar.list):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    # The focus was to be seen on it: a ring along its edge, gone once the focus moves on.
    unfocused = sidebar.due_entry.grab().toImage()
    ratio = focused.width() / sidebar.due_entry.width()
    edge = [QPoint(int(2 * ratio), y) for y in range(focused.height() // 3, 2 * focused.height() // 3)]
    assert any(focused.pixelColor(p) != unfocused.pixelColor(p) for p in edge)


def test_the_badge_follows_the_changes(qtbot: QtBot, window: Any) -> None:
    company = add_company(window, "Panadería La Espiga")
    assert window.sidebar.due_count == 0 == window.vault.due_count()
    add_paper(window.vault, company.id, "Cámara.pdf", "camara", TODAY - timedelta(days=5))
    settle(window)
    assert window.sidebar.due_count == 1 == window.vault.due_count()
    window.sidebar.set_due_count(7)  # what the «Por vencer» page may say it found
    assert window.sidebar.due_entry.count == 7


def test_the_heading_shows_the_gaps(qtbot: QtBot, window_in: Any) -> None:
    window = window_in("es")
    window.resize(1366, 768)
    espiga, andina, andes = three_companies(window)
    select_company(qtbot, window, espiga.id)
    label = window.heading_gaps
    assert window.heading.text() == "Panadería La Espiga"
    assert label.isVisible() and label.text() == "— Vencido: Cámara"
    assert label.painted() == [("expired", "Vencido: Cámara")]  # whole: there is room at 1366
    assert label.geometry().left() >= window.heading.geometry().right()  # beside the name
    assert label.font().pointSizeF() < window.heading.font().pointSizeF()
    select_company(qtbot, window, andina.id)
    assert label.text() == "— Falta: Cámara, RUT" and "Falta: RUT" in label.toolTip()
    select_company(qtbot, window, andes.id)
    assert not label.isVisible()


def test_a_sidebar_alone_over_a_vault(qtbot: QtBot, vault: Vault) -> None:
    """The sidebar needs only its model: the badge, the gaps and the signal without a window."""
    from clientvault.ui.models.company_model import CompanyModel
    from clientvault.ui.widgets.company_sidebar import CompanySidebar

    company = vault.add_company("Panadería La Espiga")
    must_have(vault, company.id, "rut")
    add_paper(vault, company.id, "Cámara.pdf", "camara", TODAY - timedelta(days=31))
    model = CompanyModel(vault)
    sidebar = CompanySidebar(model)
    qtbot.addWidget(sidebar)
    model.refresh()
    sidebar.show()
    assert sidebar.due_count == 1 and sidebar.current_id == company.id
    assert model.gaps_text(company.id) == "Missing: RUT"
    with qtbot.waitSignal(sidebar.dueRequested):
        qtbot.mouseClick(sidebar.due_entry, Qt.MouseButton.LeftButton)
    assert sidebar.current_id is None


def test_the_badge_counts_the_days_the_page_shows(qtbot: QtBot, window: Any) -> None:
    """«Por vencer» set to 7 days: the badge counts what the page lists, not 30 days' worth."""
    three_companies(window)  # one Cámara expired 10 days ago, one expiring in 20 days
    assert window.sidebar.due_count == 2
    window.due_view.set_days(7)
    assert window.sidebar.due_count == 1 == window.vault.due_count(7)
    window.due_view.set_days(30)
    assert window.sidebar.due_count == 2


def test_the_dates_are_counted_again_after_midnight(qtbot: QtBot, window: Any) -> None:
    from datetime import datetime

    from clientvault.ui.models.company_model import ms_to_midnight

    assert ms_to_midnight(datetime(2026, 3, 30, 23, 59, 0)) == 65_000  # a minute and the 5 s margin
    assert ms_to_midnight(datetime(2026, 3, 31, 0, 0, 4)) >= 1000
    timer = window.company_model._midnight
    assert timer.isActive() and timer.remainingTime() <= 24 * 3600 * 1000 + 5000
