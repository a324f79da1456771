"""What the operating system says reaches the screen in the window's words (issue 11, item 13): saving
a copy into a read-only folder, or into a folder that is gone, says so in Spanish, never
"Permission denied" or "No such file or directory" inside a Spanish sentence; the English stays in
the log."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import add_company, click_row, settle

ENGLISH = ("Permission denied", "No such file", "Read-only file system", "Errno")


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may write in: a read-only bind mount as root (root writes through modes), its
    mode otherwise."""
    folder = tmp_path / "Entregas cliente"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    ok = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True).returncode == 0
    if not ok:
        pytest.skip("a read-only folder for root needs a bind mount, which this machine does not allow")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("this machine does not allow read-only bind mounts")
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def save_copy_to(qtbot: QtBot, window: Any, corpus: Path, target: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    company = add_company(window, "Comercializadora Andina")
    window.vault.import_files(company.id, [corpus / "minimal-document.pdf"])
    settle(window)
    qtbot.waitUntil(lambda: window.document_model.rowCount() == 1)
    click_row(qtbot, window.table, 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.action_save_copy.trigger()
    qtbot.waitUntil(lambda: window.last_message is not None and window.last_message.isVisible())
    return str(window.last_message.text())


def test_saving_a_copy_into_a_read_only_folder_says_so_in_spanish(
        qtbot: QtBot, spanish: None, open_window: Any, corpus: Path, read_only_folder: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    window = open_window()
    with caplog.at_level("INFO", logger="clientvault.core.diskerrors"):
        text = save_copy_to(qtbot, window, corpus, read_only_folder / "RUT.pdf", monkeypatch)
    assert text.startswith("No se pudo guardar una copia de minimal-document.pdf en ")
    assert ("el disco o la carpeta es de solo lectura" in text) or ("no tiene permiso" in text), text
    assert not [w for w in ENGLISH if w in text], text
    assert "Read-only file system" in caplog.text or "Permission denied" in caplog.text  # for the log only


def test_saving_a_copy_into_a_folder_that_is_gone_says_so_in_spanish(
        qtbot: QtBot, spanish: None, open_window: Any, corpus: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    text = save_copy_to(qtbot, window, corpus, tmp_path / "memoria USB" / "RUT.pdf", monkeypatch)
    assert "el archivo o la carpeta no existe" in text, text
    assert not [w for w in ENGLISH if w in text], text
