"""The preview window: opened by double-click, Enter and Space, pages navigated, a byte-identical copy saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from preview_helpers import LOAD_TIMEOUT_MS, corpus_dir, import_and_select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import table_documents


def _open_window(qtbot: QtBot, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.files.preview_window is not None and window.files.preview_window.isVisible(),
                    timeout=LOAD_TIMEOUT_MS)
    preview = window.files.preview_window
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=LOAD_TIMEOUT_MS)
    return preview


def test_double_click_opens_and_pages_navigate(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "pdflatex-4-pages.pdf")
    rect = window.table.visualRect(window.table.model().index(0, 0))
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = _open_window(qtbot, window)
    pages = preview.pages
    assert len(pages.pages) == 4 and preview.page_spin.maximum() == 4
    assert preview.page_spin.text().endswith("4")
    qtbot.waitUntil(lambda: pages.pages[0].rendered_width > 0, timeout=LOAD_TIMEOUT_MS)
    preview.action_next.trigger()
    assert pages.current_page == 1 and preview.page_spin.value() == 2
    preview.page_spin.setValue(4)
    assert pages.current_page == 3
    qtbot.waitUntil(lambda: pages.pages[3].rendered_width > 0, timeout=LOAD_TIMEOUT_MS)
    preview.action_prev.trigger()
    assert pages.current_page == 2
    before = pages.pages[0].width()
    preview.action_zoom_in.trigger()
    assert pages.pages[0].width() > before
    preview.action_fit.trigger()
    assert pages.pages[0].width() <= pages.viewport().width()


def test_enter_opens_the_preview_and_space_toggles_quick_look(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "simple-monthly-budget.xlsx")
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    preview = _open_window(qtbot, window)
    assert preview.sheet_view is not None and preview.sheet_view.current_table() is not None
    preview.close()
    qtbot.waitUntil(lambda: window.files.preview_window is None, timeout=5_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)  # shortcuts act in the active window only
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    _open_window(qtbot, window)
    window.action_quick_look.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is None, timeout=5_000)


@pytest.mark.parametrize("name", ["Resolución facturación 2024.pdf", "tables.docx"])
def test_save_a_copy_is_byte_identical(qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       name: str) -> None:
    import_and_select(qtbot, window, name)
    window.action_preview.trigger()
    preview = _open_window(qtbot, window)
    target = tmp_path / "out" / "copia.bin"
    target.parent.mkdir()
    offered: list[str] = []

    def fake_save(_parent: Any, _title: str, suggested: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    preview.action_save.trigger()
    assert Path(offered[0]).name == name  # the original name is offered
    assert target.read_bytes() == (corpus_dir() / name).read_bytes()
    doc = table_documents(window)[0]
    assert target.read_bytes() == window.vault.document_path(doc).read_bytes()


def test_preview_window_of_a_damaged_file_says_so(qtbot: QtBot, window: Any) -> None:
    import_and_select(qtbot, window, "bug1020226.pdf")
    window.action_preview.trigger()
    qtbot.waitUntil(lambda: window.files.preview_window is not None, timeout=5_000)
    preview = window.files.preview_window
    qtbot.waitUntil(lambda: preview.state == "error", timeout=LOAD_TIMEOUT_MS)
    assert preview.message.text().strip()
