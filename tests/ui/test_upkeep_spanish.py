"""The upkeep items in Spanish, as an accountant reads them: the menu items under their names, and
the trash's note and the check's sentences in usted, with real plurals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_check_files import _upload
from ui_helpers import add_company, settle

from clientvault.paths import resource_path
from clientvault.ui import i18n

ES_QM = resource_path("translations", "clientvault_es.qm")


@pytest.fixture
def spanish(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not ES_QM.is_file():
        pytest.skip(f"{ES_QM} is missing: compile the Spanish translation (bash scripts/update_translations.sh)")
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    yield
    i18n.install(qapp, "en")  # translators are per application; leave none behind for other tests


def _menu(window: Any, title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text() == title:
            return [a.text() for a in action.menu().actions() if not a.isSeparator()]
    raise AssertionError(title)


def test_the_upkeep_items_in_spanish(qtbot: QtBot, open_window: Any, spanish: None, corpus: Path) -> None:
    window = open_window()
    archivo = _menu(window, "&Archivo")
    start = archivo.index("Copia de seg&uridad…")
    assert archivo[start:start + 3] == ["Copia de seg&uridad…", "&Restaurar copia…", "Re&visar archivos"]
    assert "E&mpresas quitadas…" in _menu(window, "E&mpresa")
    assert "&Vaciar papelera…" in _menu(window, "&Editar")

    company = add_company(window, "Ferretería El Tornillo SAS")
    _upload(window, company, corpus, "minimal-document.pdf", "simple.png")
    (window.vault.company_dir(company.id) / "simple.png").unlink()
    window.action_check_files.trigger()
    dialog = window.upkeep.dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.windowTitle() == "Revisar archivos"
    assert dialog.headline.text() == "Se encontró 1 problema. 2 archivos revisados."
    assert dialog.list.texts() == [(
        "El archivo «simple.png» de Ferretería El Tornillo SAS no está en su carpeta: se eliminó o se movió fuera "
        "de ClientVault.",
        "No se puede reparar aquí. Recupere el archivo de su propia copia (una copia de seguridad, el correo en que "
        "llegó) o elimínelo de ClientVault.")]
    dialog.close()

    window.vault.delete([d.id for d in window.vault.list_documents(company.id)])
    window.action_trash.setChecked(True)
    settle(window)
    assert window.trash_bar.note.text() == "Los archivos de la papelera se eliminan definitivamente a los 30 días."
    assert window.trash_bar.button.text() == "Vaciar papelera…"
    window.trash_bar.button.click()
    box = window.upkeep.confirm_box
    assert box.text() == ("¿Eliminar definitivamente los 2 archivos de la papelera de «Ferretería El Tornillo SAS»? "
                          "No se puede deshacer.")
    box.button(QMessageBox.StandardButton.No).click()
