"""Shortcuts in Spanish menus and tooltips name the keys as a Colombian keyboard prints them
(«Enter», «Ctrl», «Mayús»), not as Qt's own Spanish does («Retorno», «Control», «Mayúsculas»)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from clientvault.paths import resource_path
from clientvault.ui import i18n

ES_QM = resource_path("translations", "clientvault_es.qm")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")  # translators are per application; leave none behind for other tests


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


@pytest.mark.skipif(not ES_QM.is_file(), reason=f"{ES_QM} is missing: run scripts/update_translations.sh")
def test_spanish_key_names(spanish: None) -> None:
    assert native("Return") == "Enter"
    assert native("Ctrl+Shift+F") == "Ctrl+Mayús+F"
    assert native("Del") == "Supr"
    assert native("Ctrl+K") == "Ctrl+K"


def test_english_key_names(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    assert native("Return") == "Return"
    assert native("Ctrl+Shift+F") == "Ctrl+Shift+F"


@pytest.mark.skipif(not ES_QM.is_file(), reason=f"{ES_QM} is missing: run scripts/update_translations.sh")
def test_preview_tooltip_in_spanish(spanish: None, open_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTVAULT_LANG", "es")
    window = open_window()
    action = window.findChild(QAction, "actionPreview")
    assert action.toolTip().endswith("(Enter)"), action.toolTip()
    assert "Retorno" not in action.toolTip()
