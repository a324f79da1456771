"""The window when the vault's database is lost: it says so and offers to rebuild or to go back to
the backup, and then opens with every company and file back (real files, real SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from clientvault.core import errors
from clientvault.core.vault import Vault
from clientvault.ui import i18n
from clientvault.ui.recovery import offer_recovery


@pytest.fixture
def lost(tmp_path: Path, make_file: Any) -> Path:
    root = tmp_path / "vault"
    vault = Vault(root)
    andina = vault.add_company("Comercializadora Andina S.A.S.", nit="800191045")
    vault.import_files(andina.id, [make_file("RUT.pdf")])
    vault.close()
    later = Vault(root)  # another day: the daily backup, then one more file after it
    later.import_files(andina.id, [make_file("Balance.csv")])
    later.close()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        (root / name).unlink(missing_ok=True)
    return root


def answer(choice: str, seen: list[str]) -> QTimer:
    """Click ``choice`` in the recovery box, then OK in whatever message follows."""
    def tick() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        seen.append(box.text())
        if box.objectName() == "recoveryBox":
            [button] = [b for b in box.findChildren(QPushButton) if b.text() == choice]
            button.click()
        else:
            box.accept()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    return timer


@pytest.mark.parametrize("choice", ["Rebuild from the folders", "Go back to the backup"])
def test_a_lost_database_is_explained_and_brought_back(qtbot: QtBot, qapp: QApplication, lost: Path,
                                                       choice: str) -> None:
    i18n.install(qapp, "en")  # as the program does before it opens the vault: English plurals come from its .qm
    with pytest.raises(errors.CatalogMissing) as exc:
        Vault(lost)
    seen: list[str] = []
    timer = answer(choice, seen)
    try:
        assert offer_recovery(exc.value, lost)
    finally:
        timer.stop()
    assert "The database of your files was not found" in seen[0] and "clientvault" not in seen[0]  # no commands to type
    assert ("rebuilt: 1 company and 2 files are back" in seen[1]) if choice.startswith("Rebuild") else (
        "is back in place, and 1 file added after it came back from the companies' folders" in seen[1])
    vault = Vault(lost)
    try:
        [info] = vault.companies()
        assert (info.company.name, info.count) == ("Comercializadora Andina S.A.S.", 2)
    finally:
        vault.close()


def test_quit_changes_nothing(qtbot: QtBot, lost: Path) -> None:
    with pytest.raises(errors.CatalogMissing) as exc:
        Vault(lost)
    seen: list[str] = []
    timer = answer("Quit", seen)
    try:
        assert not offer_recovery(exc.value, lost)
    finally:
        timer.stop()
    assert not (lost / "vault.db").exists()
    with pytest.raises(errors.CatalogMissing):
        Vault(lost)
