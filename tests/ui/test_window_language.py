"""The window speaks Spanish or English: ``CLIENTVAULT_LANG`` forces one. Spanish needs the compiled
``clientvault/resources/translations/clientvault_es.qm``; without it the Spanish test is skipped, saying why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, start_and_wait_import, summary_rows

from clientvault.paths import resource_path
from clientvault.ui import i18n

ES_QM = resource_path("translations", "clientvault_es.qm")


def menu_titles(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")  # translators are per application; leave none behind for other tests


def test_english_window(qtbot: QtBot, window: Any) -> None:
    assert window.windowTitle() == "ClientVault"
    assert menu_titles(window) == ["&File", "&Edit", "&Company", "&View", "&Help"]
    assert window.findChild(object, "emptyTitle").text() == "Add your first company"
    assert window.findChild(QPushButton, "emptyAddCompany").text() == "Add a company…"
    assert window.findChild(object, "actionUpload").text() == "&Upload a file…"


@pytest.mark.skipif(not ES_QM.is_file(), reason=f"{ES_QM} is missing: compile the Spanish translation "
                    "(bash scripts/update_translations.sh)")
def test_spanish_window(qtbot: QtBot, open_window: Any, monkeypatch: pytest.MonkeyPatch, back_to_english: None,
                        corpus: Path) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    window = open_window()
    assert window.windowTitle() == "ClientVault"  # the brand, in both languages
    assert menu_titles(window) == ["&Archivo", "&Editar", "E&mpresa", "&Ver", "A&yuda"]
    assert window.findChild(object, "emptyTitle").text() == "Agregue su primera empresa"
    assert window.findChild(QPushButton, "emptyAddCompany").text() == "Agregar una empresa…"
    assert window.findChild(object, "actionUpload").text() == "&Subir un archivo…"

    company = add_company(window, "Comercializadora Andina")
    model = window.document_model
    headers = [model.headerData(c, window.table.horizontalHeader().orientation()) for c in range(model.COLUMNS)]
    assert headers == ["Nombre", "Tipo", "Periodo", "Vence", "Formato", "Fecha de carga", "Tamaño"]
    assert window.filter_edit.placeholderText() == "Filtrar archivos por nombre…"

    window.action_upload.trigger()
    dialog = window.findChild(QDialog, "uploadDialog")
    assert dialog.windowTitle() == "Subir archivos a Comercializadora Andina"
    dialog.add_paths([str(corpus / "simple.png"), str(corpus / "empty.pdf")])
    statuses = [dialog.list.topLevelItem(i).text(2) for i in range(dialog.list.topLevelItemCount())]
    assert any(s.startswith("Se rechazará: ") and "vacío" in s for s in statuses), statuses  # the core's reason too
    load = dialog.findChild(QPushButton, "uploadLoad")
    assert load.text() == "Subir 1 archivo"
    summary = start_and_wait_import(qtbot, window, load.click)
    assert summary_rows(summary) == {"simple.png": "Subido", "empty.pdf": "Rechazado"}
    assert summary.headline.text() == "Comercializadora Andina: 1 archivo subido, 1 rechazado."
    assert window.stats_label.text().startswith("1 archivo · ")
    assert window.vault.company_dir(company.id).joinpath("simple.png").is_file()
