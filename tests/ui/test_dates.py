"""Every date the window shows reads the same way: the locale's order of day and month, two digits
each, a four-digit year, and the 24-hour clock in Spanish ("01/12/2026 17:29" in Colombia) or the
locale's clock in English ("12/01/2026 5:29 PM" in the United States), never "1/12/26 5:29 p. m.".

One stored moment, 2026-12-01 22:29 UTC (17:29 in Bogotá), is put on a document, its deletion, an
e-mail, a duplicate upload and a removed company; each view is read as a person reads it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from language_helpers import LANGUAGES
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, find_top_level, settle, start_and_wait_import

from clientvault.ui.models.search_model import SearchModel

MOMENT = datetime(2026, 12, 1, 22, 29)  # as stored: UTC without a zone
SHOWN = {"es": "01/12/2026 17:29", "en": "12/01/2026 5:29\u202fPM"}  # en-US writes a narrow no-break space
DAY = {"es": "01/12/2026", "en": "12/01/2026"}


@pytest.fixture(autouse=True)
def bogota(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Colombia's (UTC-5 all year), so the stored UTC moment is 17:29 on screen."""
    monkeypatch.setenv("TZ", "America/Bogota")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_formats_themselves(window_in: Any, lang: str) -> None:
    from clientvault.ui.formatting import date_format, local_date, local_datetime

    window_in(lang)
    assert local_datetime(MOMENT) == SHOWN[lang]
    assert local_date(MOMENT) == DAY[lang]
    assert local_date(datetime(2026, 3, 4, 15, 0)) == {"es": "04/03/2026", "en": "03/04/2026"}[lang]
    assert date_format() == {"es": "dd/MM/yyyy", "en": "MM/dd/yyyy"}[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_file_table_and_trash_show_the_date_in_full(qtbot: QtBot, window_in: Any, lang: str, make_file: Any) -> None:
    window = window_in(lang)
    company = add_company(window, "Comercializadora Andina")
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, [str(make_file("RUT.pdf"))])).close()
    D = window.vault.catalog.Document
    D.update(added=MOMENT).where(D.company == company.id).execute()
    window.document_model.set_company(company.id)  # re-read what was changed behind the window's back
    model = window.document_model
    assert model.index(0, model.COL_ADDED).data() == SHOWN[lang]

    window.table.selectRow(0)
    window.action_delete.trigger()
    settle(window)
    D.update(deleted_at=MOMENT).where(D.company == company.id).execute()
    window.action_trash.setChecked(True)
    assert model.headerData(model.COL_ADDED, window.table.horizontalHeader().orientation()) == \
        {"es": "Eliminado", "en": "Deleted"}[lang]
    assert model.index(0, model.COL_ADDED).data() == SHOWN[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_mail_history_table_and_details(qtbot: QtBot, window_in: Any, lang: str) -> None:
    window = window_in(lang)
    company = add_company(window, "Comercializadora Andina")
    window.vault.catalog.record_mail(
        dict(sent_at=MOMENT, company=company, company_name=company.name, sender="contador@example.com",
             to_addrs="gerencia@andina.example", subject="RUT", success=True), [(None, "RUT.pdf", 1234)])
    window.mail.action_history.trigger()
    dialog = window.mail.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.item(0, dialog.COL_WHEN).text() == SHOWN[lang]
    dialog.table.selectRow(0)
    assert dialog.details.toPlainText().splitlines()[0] == {"es": "Fecha: ", "en": "Date: "}[lang] + SHOWN[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_import_summary_says_when_the_copy_kept_was_uploaded(qtbot: QtBot, window_in: Any, lang: str,
                                                             make_file: Any) -> None:
    window = window_in(lang)
    company = add_company(window, "Comercializadora Andina")
    path = str(make_file("RUT.pdf"))
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, [path])).close()
    D = window.vault.catalog.Document
    D.update(added=MOMENT).where(D.company == company.id).execute()
    summary = start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, [path]))
    details = summary.list.topLevelItem(0).text(2)
    assert details.endswith({"es": "Se subió el ", "en": "It was uploaded on "}[lang] + SHOWN[lang] + "."), details


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_results_and_the_date_filter(qtbot: QtBot, window_in: Any, lang: str, make_file: Any,
                                            tmp_path: Path) -> None:
    window = window_in(lang)
    company = add_company(window, "Comercializadora Andina")
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(
        company.id, [str(make_file("Certificado Cámara de Comercio.pdf"))])).close()
    D = window.vault.catalog.Document
    D.update(added=MOMENT).where(D.company == company.id).execute()
    window.action_search.trigger()
    window.search_field.setText("certificado")
    window.search.run()
    model = window.search_panel.model
    assert model.rowCount() == 1
    index = model.index(0, 0)
    assert index.data(SearchModel.DateRole) == DAY[lang]
    assert DAY[lang] in index.data(Qt.ItemDataRole.ToolTipRole)
    # The date filter's fields write the day the same way as the results.
    since = window.search_panel.since_edit
    assert since.locale().toString(since.date(), since.displayFormat()) == \
        since.locale().toString(since.date(), {"es": "dd/MM/yyyy", "en": "MM/dd/yyyy"}[lang])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_recovery_message_writes_the_backup_time_as_every_date(window_in: Any, lang: str, tmp_path: Path) -> None:
    from clientvault.core.errors import CatalogMissing
    from clientvault.ui.recovery import _explain

    window_in(lang)
    exc = CatalogMissing(str(tmp_path), backup="vault-20261201-172900.db (2026-12-01 17:29)")  # local time
    text = _explain(exc, tmp_path)
    assert SHOWN[lang] in text and "2026-12-01" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_removed_companies_say_when(qtbot: QtBot, window_in: Any, lang: str, make_file: Any) -> None:
    window = window_in(lang)
    company = add_company(window, "Comercializadora Andina")
    start_and_wait_import(qtbot, window, lambda: window.files.import_paths(company.id, [str(make_file("RUT.pdf"))])).close()
    window.vault.remove_company(company.id, with_files=True)
    C = window.vault.catalog.Company
    C.update(removed_at=MOMENT).where(C.id == company.id).execute()
    window.action_removed_companies.trigger()
    qtbot.waitUntil(lambda: find_top_level("removedCompanies") is not None)
    dialog = find_top_level("removedCompanies")
    assert dialog.list.topLevelItem(0).text(dialog.COL_REMOVED) == SHOWN[lang]
