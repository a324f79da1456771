"""Closing the window while a check of the files runs keeps the window (the check comes to the
front and a message says to wait or cancel); a backup needs a company; the print preview of a long
CSV turned to landscape draws its pages again without crashing (the progress dialog's own event
processing repainted the pages the printer had just freed)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from preview_helpers import LOAD_TIMEOUT_MS, select_file
from PySide6.QtGui import QPageLayout
from pytestqt.qtbot import QtBot
from ui_helpers import add_company

from clientvault.ui.dialogs.print_preview import PrintPreviewWindow


def test_closing_during_a_check_keeps_the_window_until_it_ends(qtbot: QtBot, window: Any) -> None:
    add_company(window, "Ferretería El Tornillo SAS")
    release = threading.Event()
    real_verify = window.vault.verify

    def slow_verify(*args: Any, **kwargs: Any) -> Any:
        release.wait(30)
        return real_verify(*args, **kwargs)

    window.vault.verify = slow_verify
    window.action_check_files.trigger()
    dialog = window.upkeep.dialog
    qtbot.waitUntil(lambda: dialog.running, timeout=5_000)
    window.close()
    assert window.isVisible()  # not closed: the check would have been dropped half-way
    assert "Wait until the work in progress ends" in window.last_message.text()
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    window.last_message.close()
    window.close()
    assert not window.isVisible()


def test_back_up_needs_a_company(qtbot: QtBot, window: Any) -> None:
    assert not window.action_backup.isEnabled()  # it wrote an empty ZIP «0 files of 0 clients»
    add_company(window, "Ferretería El Tornillo SAS")
    assert window.action_backup.isEnabled()


def test_a_long_csv_print_preview_turns_to_landscape(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    company = add_company(window, "Contadores Ñandú")
    source = tmp_path / "movimientos.csv"
    source.write_text("fecha;detalle;valor\n" + "".join(f"2024-03-{i % 28 + 1:02d};pago {i};{i * 1000}\n"
                                                       for i in range(2_000)), encoding="utf-8")
    assert all(r.status == "imported" for r in window.vault.import_files(company.id, [source]).results)
    window.document_model.refresh()
    select_file(qtbot, window, "movimientos.csv")
    window.action_print.trigger()
    preview = window.files.print_job
    assert isinstance(preview, PrintPreviewWindow)
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS * 4)
    combo = preview.settings.orientation_combo
    combo.setCurrentIndex(combo.findData(QPageLayout.Orientation.Landscape))
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS * 4)
    assert preview.preview_printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert preview.view.pageCount() >= 1
    preview.close()
