"""The backup and restore summaries in Spanish, as an accountant reads them: one file or one
company in the singular («Ya estaba aquí y no se tocó: 1 archivo.», «Nueva en la lista de
empresas: 1.»), and «empresa», never «cliente», for a company (real backups, real files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from test_backup import FILES, _patch_member, _restore
from test_check_files import _upload
from test_upkeep_spanish import spanish  # noqa: F401  (the fixture)
from ui_helpers import add_company, settle

TIMEOUT_MS = 30_000


def _open_restore(qtbot: QtBot, window: Any, source: Path) -> Any:
    window.upkeep.restore_backup()
    dialog = window.upkeep.dialog
    dialog.read(str(source))
    qtbot.waitUntil(lambda: not dialog.reading, timeout=TIMEOUT_MS)
    return dialog


def test_the_restore_summary_agrees_in_the_singular(
        qtbot: QtBot, open_window: Any, spanish: None, corpus: Path, tmp_path: Path) -> None:  # noqa: F811
    first = open_window(tmp_path / "vault")
    company = add_company(first, "Ferretería El Tornillo SAS")
    _upload(first, company, corpus, *FILES)
    first.upkeep.backup()
    backup = first.upkeep.dialog
    backup.company_radio.setChecked(True)
    target = tmp_path / "copia.zip"
    backup.path_edit.setText(str(target))
    backup.start_button.click()
    qtbot.waitUntil(lambda: not backup.running, timeout=TIMEOUT_MS)
    assert backup.status.text() == f"Copia guardada: 3 archivos de 1 empresa, en {target}."
    backup.close()
    _patch_member(target, "Ferretería El Tornillo SAS/simple.png", flags=0x1)  # a password: refused

    # Since the backup: minimal-document.pdf is other content under the same name, simple.png is gone.
    docs = {d.filename: d for d in first.vault.list_documents(company.id)}
    first.vault.delete([docs["minimal-document.pdf"].id, docs["simple.png"].id])
    first.vault.purge(doc_ids=[docs["minimal-document.pdf"].id, docs["simple.png"].id])
    other = tmp_path / "minimal-document.pdf"
    other.write_bytes((corpus / "minimal-document.pdf").read_bytes() + b"\n%otra\n")
    _upload(first, company, tmp_path, "minimal-document.pdf")
    dialog = _open_restore(qtbot, first, target)
    assert dialog.status.text().startswith("La copia contiene 1 empresa y 3 archivos.")
    _restore(qtbot, first, dialog)
    assert dialog.status.text() == (
        "0 archivos restaurados. Ya estaba aquí y no se tocó: 1 archivo. No restaurado porque otro archivo de aquí "
        "tiene el nombre (no se reemplazó nada): 1 archivo. No restaurado por estar dañado o ser rechazado (la "
        "lista dice por qué): 1 archivo.")
    rows = dialog.results.texts()
    assert [name for name, _company, _result in rows[:-1]] == ["minimal-document.pdf", "simple.png"]
    assert rows[-1] == ("Restaurado o que ya estaba aquí (no se lista): 1 archivo.", "", "")
    dialog.close()
    settle(first)

    second = open_window(tmp_path / "otra carpeta")
    dialog = _open_restore(qtbot, second, target)
    _restore(qtbot, second, dialog)
    assert dialog.status.text() == (
        "2 archivos restaurados. Nueva en la lista de empresas: 1. No restaurado por estar dañado o ser rechazado "
        "(la lista dice por qué): 1 archivo.")
    assert dialog.results.texts()[-1] == ("Restaurados o que ya estaban aquí (no se listan): 2 archivos.", "", "")
