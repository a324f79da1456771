"""Fixtures for the window tests: the REAL main window over a temporary vault, real files, real SQLite.

Every test in this folder fails on a Qt warning (qutebrowser's habit): a warning is a bug a person
would never see but that leaves the window in a state we did not mean. The offscreen platform's
harmless "does not support propagateSizeHints()" is ignored.

Dialogs are opened with ``open()`` by the window, never ``exec()``: tests find them through the
window's attributes (``window.companies.dialog``, ``window.files.summary_dialog``...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import IMPORT_TIMEOUT_MS

IGNORED_QT_MESSAGES = [
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
]
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Qt warnings fail every test of this folder (and only of this folder)."""
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES))


OpenWindow = Callable[..., Any]


@pytest.fixture(autouse=True)
def _no_background_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window reads document text a few seconds after it opens; the window's tests do not
    start that worker process behind every window (tests/ui/test_text_indexer.py starts it)."""
    from clientvault.ui.text_indexer import TextIndexer

    monkeypatch.setattr(TextIndexer, "START_DELAY_MS", -1)


@pytest.fixture
def open_window(qtbot: QtBot, tmp_path: Path) -> Iterator[OpenWindow]:
    """``open_window(data_dir=None)``: the main window over a vault (``tmp_path/"vault"`` by default),
    as ``clientvault.app.create_main_window`` opens it; closed, with its vault, at teardown."""
    from clientvault.app import create_main_window

    opened: list[Any] = []

    def open_(data_dir: Path | None = None) -> Any:
        window = create_main_window(data_dir or tmp_path / "vault")
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        task = window.files.import_task
        if task is not None:  # never leave a worker writing into a folder pytest is about to delete
            task.cancel()
            qtbot.waitUntil(lambda w=window: w.files.import_task is None, timeout=IMPORT_TIMEOUT_MS)
        for top in QApplication.topLevelWidgets():
            if top is not window and top.isVisible():
                top.close()
        window.close()
        window.vault.close()


@pytest.fixture
def window(open_window: OpenWindow) -> Any:
    """The main window over an empty vault in ``tmp_path/"vault"``."""
    return open_window()


@pytest.fixture
def window_in(open_window: Any, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Callable[..., Any]]:
    """``window_in("es")``: the main window in that language and its country's locale
    (``language_helpers.LOCALES``)."""
    from language_helpers import LOCALES
    from PySide6.QtCore import QLocale

    from clientvault.ui import i18n

    def open_(lang: str, data_dir: Any = None) -> Any:
        monkeypatch.setenv("CLIENTVAULT_LANG", lang)
        # The machine's locale as i18n.install reads it, so every widget is built in it.
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(LOCALES[lang])))
        return open_window(data_dir)

    yield open_
    monkeypatch.undo()
    i18n.install(qapp, "en")  # translators and the locale are the application's: leave English behind


@pytest.fixture
def spanish(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Spanish for what is built in the test (and for a window it opens); English left behind."""
    from clientvault.ui import i18n

    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")  # translators are per application; leave none behind for other tests
